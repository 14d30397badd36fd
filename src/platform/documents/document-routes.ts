import {
  applyDecorators,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  type PipeTransform,
  Post,
  Req,
  Res,
  type StreamableFile,
  type Type,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor, Role } from '../../kernel/actor.js';
import { ApiErrors, ApiFileResponse } from '../../kernel/api-errors.js';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { type DocumentOwnerPolicy, DocumentsService } from './documents.service.js';
import { DocumentView, UploadDocumentDto } from './dto/document.dto.js';
import { sendDocument } from './send-document.js';

type Roles = [Role, ...Role[]];
/** An operation's summary and description in the OpenAPI document. */
type Text = [summary: string, description: string];

export interface DocumentRoutesOptions {
  /** The path parameters of the record (`@Controller` path), in order; each must be a UUID. */
  params: readonly string[];
  /** Who may list and download / attach and remove (the access policy decides per record). */
  readers: Roles;
  writers: Roles;
  /** What the record's routes say; each operation's description adds what is common. */
  texts: { upload: Text; list: Text; download: Text; remove: Text };
}

/** Every named path parameter a UUID (400 otherwise, as `ParseUUIDPipe` answers). */
class UuidParams implements PipeTransform<Record<string, string>> {
  private readonly uuid = new ParseUUIDPipe();

  constructor(private readonly names: readonly string[]) {}

  async transform(value: Record<string, string>): Promise<Record<string, string>> {
    const ids: Record<string, string> = {};
    for (const name of this.names) {
      // Never null: the pipe is not optional, it throws for a missing or malformed value.
      ids[name] = (await this.uuid.transform(value[name], { type: 'param', data: name }))!;
    }
    return ids;
  }
}

const UPLOAD =
  ' multipart/form-data with one `file`, a `kind`, a `title` and optionally the partner `organisationId`. ' +
  'The type is judged on the content: PDF, PNG, JPEG, ODT, DOCX, XLSX (else 415); at most ' +
  'DOCUMENT_MAX_BYTES (else 413); scanned by clamd when configured (422 DOCUMENT_REJECTED when infected).';
const DOWNLOAD =
  ' The bytes as uploaded (ETag: the SHA-256), as an attachment; 409 DOCUMENT_PENDING while being scanned.';

/**
 * The four document routes of a kind of record (`POST` and `GET …/documents`, `GET` and `DELETE
 * …/documents/:documentId`), over `DocumentsService` and the record's `policy`. The owning domain
 * declares the controller:
 *
 *   @ApiTags('documents')
 *   @Controller('erdf-projects/:id/claims/:claimId/documents')
 *   export class ErdfClaimDocumentsController extends DocumentRoutes(ErdfClaimDocuments, { … }) {}
 */
export function DocumentRoutes(policy: Type<DocumentOwnerPolicy>, options: DocumentRoutesOptions) {
  const Ids = () => Param(new UuidParams(options.params));
  const PathParams = applyDecorators(
    ...options.params.map((name) => ApiParam({ name, type: String, format: 'uuid' })),
  );
  const { upload, list, download, remove } = options.texts;

  class DocumentRoutesController {
    constructor(
      @Inject(DocumentsService) readonly documents: DocumentsService,
      @Inject(policy) readonly policy: DocumentOwnerPolicy,
    ) {}

    @Post()
    @Auth(...options.writers)
    @ApiOperation({ summary: upload[0], description: upload[1] + UPLOAD })
    @ApiErrors('INVALID_TRANSITION', 'DOCUMENT_REJECTED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE')
    @PathParams
    @ApiConsumes('multipart/form-data')
    @ApiBody({ type: UploadDocumentDto })
    @ApiCreatedResponse({ type: DocumentView })
    upload(
      @CurrentUser() actor: Actor,
      @Ids() ids: Record<string, string>,
      @Req() req: Request,
    ): Promise<DocumentView> {
      return this.documents.of(this.policy, ids).upload(actor, req);
    }

    @Get()
    @Auth(...options.readers)
    @ApiOperation({ summary: list[0], description: list[1] })
    @PathParams
    @ApiOkResponse({ type: [DocumentView] })
    list(@CurrentUser() actor: Actor, @Ids() ids: Record<string, string>): Promise<DocumentView[]> {
      return this.documents.of(this.policy, ids).list(actor);
    }

    @Get(':documentId')
    @Auth(...options.readers)
    @ApiOperation({ summary: download[0], description: download[1] + DOWNLOAD })
    @ApiErrors('DOCUMENT_PENDING')
    @PathParams
    @ApiFileResponse('application/octet-stream', 'The file')
    async download(
      @CurrentUser() actor: Actor,
      @Ids() ids: Record<string, string>,
      @Param('documentId', ParseUUIDPipe) documentId: string,
      @Res({ passthrough: true }) res: Response,
    ): Promise<StreamableFile> {
      const { document, content } = await this.documents.of(this.policy, ids).open(actor, documentId);
      return sendDocument(res, document, content);
    }

    @Delete(':documentId')
    @HttpCode(204)
    @Auth(...options.writers)
    @ApiOperation({ summary: remove[0], description: remove[1] })
    @ApiErrors('INVALID_TRANSITION')
    @PathParams
    @ApiNoContentResponse({ description: 'Removed' })
    async remove(
      @CurrentUser() actor: Actor,
      @Ids() ids: Record<string, string>,
      @Param('documentId', ParseUUIDPipe) documentId: string,
    ): Promise<void> {
      await this.documents.of(this.policy, ids).remove(actor, documentId);
    }
  }
  return DocumentRoutesController;
}
