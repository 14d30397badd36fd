import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse } from '../../kernel/api-errors.js';
import type { Response } from 'express';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { SubmissionReceiptService } from './submission-receipt.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('applications')
@Controller('applications/:id')
export class SubmissionReceiptController {
  constructor(private readonly receipts: SubmissionReceiptService) {}

  @Get('submission.pdf')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'The PDF receipt of the last submission',
    description:
      'Reference, submission time, consortium, costs, figures and every document with its SHA-256, from ' +
      'the snapshot, in the application’s language. 404 before the first submission.',
  })
  @ApiFileResponse('application/pdf', 'The receipt (PDF)')
  async download(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { pdf, fileName } = await this.receipts.render(actor, id);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${fileName}"`,
      length: pdf.length,
    });
  }
}
