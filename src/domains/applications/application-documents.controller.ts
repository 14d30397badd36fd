import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DocumentRoutes } from '../../platform/documents/document-routes.js';
import { ApplicationDocumentsService } from './application-documents.service.js';

const CHANGE = 'Only while draft or returned (409), by members of the coordinator.';

@ApiTags('documents')
@Controller('applications/:id/documents')
export class ApplicationDocumentsController extends DocumentRoutes(ApplicationDocumentsService, {
  params: ['id'],
  readers: ['applicant', 'evaluator', 'staff', 'admin'],
  writers: ['applicant'],
  texts: {
    upload: ['Attach a document to an application', CHANGE],
    list: [
      "An application's documents",
      'Its current documents with their SHA-256 and scan status; also for the evaluators assigned to it.',
    ],
    download: ['Download a document', 'Also a document removed after a submission that listed it.'],
    remove: [
      'Remove a document from an application',
      `${CHANGE} The content goes when nothing else uses it.`,
    ],
  },
}) {}
