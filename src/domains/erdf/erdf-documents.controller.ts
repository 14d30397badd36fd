import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DocumentRoutes } from '../../platform/documents/document-routes.js';
import { ErdfClaimDocuments, ErdfExpenseDocuments } from './erdf-documents.service.js';

const READ = 'Staff, and members of the partner organisations of the project.';

@ApiTags('documents')
@Controller('erdf-projects/:id/expenses/:expenseId/documents')
export class ErdfExpenseDocumentsController extends DocumentRoutes(ErdfExpenseDocuments, {
  params: ['id', 'expenseId'],
  readers: ['staff', 'applicant'],
  writers: ['staff'],
  texts: {
    upload: [
      'Attach the invoice (or other evidence) to an ERDF expense',
      'By staff, while the expense is not withdrawn and in no submitted claim (409).',
    ],
    list: ["An ERDF expense's documents", `With SHA-256 and scan status. ${READ}`],
    download: ['Download a document of an ERDF expense', READ],
    remove: [
      'Remove a document from an ERDF expense',
      'By staff, while the expense is not withdrawn and in no submitted claim (409).',
    ],
  },
}) {}

@ApiTags('documents')
@Controller('erdf-projects/:id/claims/:claimId/documents')
export class ErdfClaimDocumentsController extends DocumentRoutes(ErdfClaimDocuments, {
  params: ['id', 'claimId'],
  readers: ['staff', 'applicant'],
  writers: ['staff'],
  texts: {
    upload: [
      'Attach a document to an ERDF payment claim',
      'By staff, while the claim is a draft (409 once submitted; the submission records the hashes).',
    ],
    list: ["An ERDF claim's documents", `With SHA-256 and scan status. ${READ}`],
    download: ['Download a document of an ERDF claim', READ],
    remove: ['Remove a document from an ERDF claim', 'By staff, while the claim is a draft (409).'],
  },
}) {}
