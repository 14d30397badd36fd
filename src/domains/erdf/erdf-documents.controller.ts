import { Controller, type Type } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DocumentOwnerPolicy } from '../../platform/documents/documents.service.js';
import { DocumentRoutes } from '../../platform/documents/document-routes.js';
import { ErdfClaimDocuments, ErdfExpenseDocuments } from './erdf-documents.service.js';

/**
 * The document routes of an ERDF record: staff change them `while` its state allows (409 after),
 * staff and the members of the project's partner organisations read them.
 */
function erdfDocumentRoutes(
  policy: Type<DocumentOwnerPolicy>,
  param: string,
  record: { a: string; the: string },
  change: string,
) {
  const readers = 'Staff, and members of the partner organisations of the project.';
  return DocumentRoutes(policy, {
    params: ['id', param],
    readers: ['staff', 'applicant'],
    writers: ['staff'],
    texts: {
      upload: [`Attach a document to ${record.a}`, `By staff, ${change}.`],
      list: [`The documents of ${record.the}`, `With SHA-256 and scan status. ${readers}`],
      download: [`Download a document of ${record.the}`, readers],
      remove: [`Remove a document from ${record.the}`, `By staff, ${change}.`],
    },
  });
}

@ApiTags('documents')
@Controller('erdf-projects/:id/expenses/:expenseId/documents')
export class ErdfExpenseDocumentsController extends erdfDocumentRoutes(
  ErdfExpenseDocuments,
  'expenseId',
  { a: 'an ERDF expense (its invoice)', the: 'an ERDF expense' },
  'while the expense is not withdrawn and in no submitted claim (409)',
) {}

@ApiTags('documents')
@Controller('erdf-projects/:id/claims/:claimId/documents')
export class ErdfClaimDocumentsController extends erdfDocumentRoutes(
  ErdfClaimDocuments,
  'claimId',
  { a: 'an ERDF payment claim', the: 'an ERDF claim' },
  'while the claim is a draft (409 once submitted: the submission records the hashes)',
) {}
