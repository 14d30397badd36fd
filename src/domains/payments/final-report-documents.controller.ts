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
import { FinalReportDocumentsService } from './final-report-documents.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('documents')
@Controller('applications/:id/final-report/documents')
export class FinalReportDocumentsController {
  constructor(private readonly documents: FinalReportDocumentsService) {}

  @Post()
  @Auth('applicant', 'staff')
  @ApiOperation({
    summary: 'Attach evidence to the final report',
    description:
      'multipart/form-data with one `file`, a `kind`, a `title` and optionally the partner `organisationId`; ' +
      'while the grant runs and the report is not accepted (409). Same checks as application documents ' +
      '(413, 415, 422 DOCUMENT_REJECTED).',
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
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({ summary: 'The evidence of the final report', description: 'With SHA-256 and scan status' })
  @ApiOkResponse({ type: [DocumentView] })
  list(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DocumentView[]> {
    return this.documents.list(actor, id);
  }

  @Get(':documentId')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Download evidence of the final report',
    description: 'As an attachment; ETag: the SHA-256',
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
  @Auth('applicant', 'staff')
  @ApiOperation({
    summary: 'Remove evidence from the final report',
    description: 'Until the report is accepted (409)',
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
