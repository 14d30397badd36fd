import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { DocumentView, UploadDocumentDto } from '../../platform/documents/dto/document.dto.js';
import { sendDocument } from '../../platform/documents/send-document.js';
import { ApplicationDocumentsService } from './application-documents.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('documents')
@Controller('applications/:id/documents')
export class ApplicationDocumentsController {
  constructor(private readonly documents: ApplicationDocumentsService) {}

  @Post()
  @Auth('applicant')
  @ApiOperation({
    summary: 'Attach a document to an application',
    description:
      'multipart/form-data with one `file`, a `kind`, a `title` and optionally the partner `organisationId`. ' +
      'Only while draft or returned (409), by members of the coordinator. The type is judged on the ' +
      'content: PDF, PNG, JPEG, ODT, DOCX, XLSX (else 415); at most DOCUMENT_MAX_BYTES (else 413); ' +
      'scanned by clamd when configured (422 DOCUMENT_REJECTED when infected).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentDto })
  @ApiCreatedResponse({ type: DocumentView })
  upload(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() req: Request,
  ): Promise<DocumentView> {
    return this.documents.upload(actor, id, req);
  }

  @Get()
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: "An application's documents",
    description:
      'Its current documents with their SHA-256 and scan status; also for the evaluators assigned to it.',
  })
  @ApiOkResponse({ type: [DocumentView] })
  list(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DocumentView[]> {
    return this.documents.list(actor, id);
  }

  @Get(':documentId')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({
    summary: 'Download a document',
    description:
      'The bytes as uploaded (ETag: the SHA-256), as an attachment; also a document removed after a ' +
      'submission that listed it. 409 DOCUMENT_PENDING while being scanned.',
  })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'The file',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { document, content } = await this.documents.download(actor, id, documentId);
    return sendDocument(res, document, content);
  }

  @Delete(':documentId')
  @HttpCode(204)
  @Auth('applicant')
  @ApiOperation({
    summary: 'Remove a document from an application',
    description:
      'Only while draft or returned (409), by members of the coordinator. The content goes when nothing else uses it.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
  ): Promise<void> {
    await this.documents.remove(actor, id, documentId);
  }
}
