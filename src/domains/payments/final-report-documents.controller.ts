import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DocumentRoutes } from '../../platform/documents/document-routes.js';
import { FinalReportDocumentsService } from './final-report-documents.service.js';

@ApiTags('documents')
@Controller('applications/:id/final-report/documents')
export class FinalReportDocumentsController extends DocumentRoutes(FinalReportDocumentsService, {
  params: ['id'],
  readers: ['applicant', 'staff', 'admin'],
  writers: ['applicant', 'staff'],
  texts: {
    upload: [
      'Attach evidence to the final report',
      'While the grant runs and the report is not accepted (409); by members of the coordinator, or staff.',
    ],
    list: ['The evidence of the final report', 'With SHA-256 and scan status'],
    download: ['Download evidence of the final report', 'Whoever may read the application.'],
    remove: ['Remove evidence from the final report', 'Until the report is accepted (409)'],
  },
}) {}
