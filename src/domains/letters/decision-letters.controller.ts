import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { DecisionLettersService } from './decision-letters.service.js';
import {
  LetterDownloadQueryDto,
  LetterPendingView,
  LetterVersionView,
  RegenerationView,
} from './dto/decision-letter.dto.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('decision letters')
@Controller()
export class DecisionLettersController {
  constructor(private readonly letters: DecisionLettersService) {}

  @ApiOperation({
    summary: 'Download the decision letter',
    description: 'The PDF letter of the decision on an application (Dutch first, English as a courtesy).',
  })
  @Get('applications/:id/decision-letter')
  @Auth('applicant', 'staff', 'admin')
  @ApiProduces('application/pdf', 'application/json')
  @ApiOkResponse({
    description: 'The decision letter (PDF); the same bytes on every download (ETag: its SHA-256)',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiAcceptedResponse({ type: LetterPendingView, description: 'The letter is being produced' })
  async download(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: LetterDownloadQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | LetterPendingView> {
    const letter = await this.letters.download(actor, id, query);
    if (letter.status === 'pending') {
      res.status(202).setHeader('Retry-After', '2');
      return { status: 'pending' };
    }
    res.setHeader('ETag', `"${letter.sha256}"`);
    res.setHeader('X-Letter-Version', String(letter.letter.version));
    res.setHeader('X-Letter-Kind', letter.letter.kind);
    res.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(letter.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${letter.fileName}"`,
      length: letter.content.length,
    });
  }

  @Get('applications/:id/decision-letters')
  @Auth('staff', 'admin')
  @ApiOperation({
    summary: 'List every version of a decision’s letters',
    description:
      'The Dutch act and any English courtesy translation, every version with its SHA-256, dispatch date and the version it supersedes; download one with ?lang=&version=.',
  })
  @ApiOkResponse({ type: [LetterVersionView] })
  async versions(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<LetterVersionView[]> {
    return (await this.letters.versions(actor, id)).map((l) => ({
      id: l.id,
      language: l.language,
      kind: l.kind,
      version: l.version,
      supersedesId: l.supersedesId,
      dispatchedOn: l.dispatchedOn,
      sha256: l.sha256,
      sizeBytes: l.sizeBytes,
      templateVersion: l.templateVersion,
      createdAt: l.createdAt,
    }));
  }

  @ApiOperation({
    summary: 'Regenerate the decision letters of a call',
    description: 'Queues the letters of every decision of the call again, e.g. after a template change.',
  })
  @Post('calls/:id/decision-letters')
  @Auth('staff')
  @Idempotent()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: RegenerationView,
    description: 'Renders every decision letter of the call again, in the background',
  })
  regenerate(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<RegenerationView> {
    return this.letters.regenerateCall(actor, id);
  }
}
