import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import type { Actor } from '../../kernel/actor.js';
import {
  PartnerInvitationEmailDto,
  PartnerInvitationView,
  PartnerTokenDto,
} from './dto/partner-invitation.dto.js';
import { PartnerConsentService } from './partner-consent.service.js';

@ApiTags('applications')
@Controller()
export class PartnerInvitationsController {
  constructor(private readonly consent: PartnerConsentService) {}

  @Get('applications/:id/partner-invitations')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Partner consent of an application',
    description:
      'One invitation per partner organisation; the application is submitted only when all are accepted.',
  })
  @ApiOkResponse({ type: [PartnerInvitationView] })
  list(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PartnerInvitationView[]> {
    return this.consent.list(actor, id);
  }

  @Post('partner-invitations/accept-token')
  @HttpCode(200)
  @Auth('applicant')
  @ApiOperation({
    summary: 'Accept a partner invitation mailed to your address',
    description:
      'For an organisation without members: signed in with the address the coordinator gave; valid 14 days.',
  })
  @ApiOkResponse({ type: PartnerInvitationView })
  acceptByToken(@CurrentUser() actor: Actor, @Body() dto: PartnerTokenDto): Promise<PartnerInvitationView> {
    return this.consent.answerByToken(actor, dto.token, 'accepted');
  }

  @Post('partner-invitations/decline-token')
  @HttpCode(200)
  @Auth('applicant')
  @ApiOperation({
    summary: 'Decline a partner invitation mailed to your address',
    description:
      'The refusal by the link of the mail, signed in with that address, while the application is a draft ' +
      'or returned; the coordinator is told. An unknown or expired token is 400 VALIDATION_FAILED (field ' +
      '`token`); an invitation answered already is 409 INVALID_TRANSITION.',
  })
  @ApiErrors('INVALID_TRANSITION')
  @ApiOkResponse({ type: PartnerInvitationView })
  declineByToken(@CurrentUser() actor: Actor, @Body() dto: PartnerTokenDto): Promise<PartnerInvitationView> {
    return this.consent.answerByToken(actor, dto.token, 'declined');
  }

  @Post('partner-invitations/:id/accept')
  @HttpCode(200)
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Accept to take part as a partner',
    description:
      'A member of the invited organisation; before a decision. Others who see the application get 403.',
  })
  @ApiOkResponse({ type: PartnerInvitationView })
  accept(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PartnerInvitationView> {
    return this.consent.answer(actor, id, 'accepted');
  }

  @Post('partner-invitations/:id/decline')
  @HttpCode(200)
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Decline to take part as a partner',
    description:
      'A member of the invited organisation, before submission. The application cannot be submitted then.',
  })
  @ApiOkResponse({ type: PartnerInvitationView })
  decline(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PartnerInvitationView> {
    return this.consent.answer(actor, id, 'declined');
  }

  @Post('partner-invitations/:id/withdraw')
  @HttpCode(200)
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Withdraw a given consent',
    description: 'A member of the invited organisation, before submission.',
  })
  @ApiOkResponse({ type: PartnerInvitationView })
  withdraw(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PartnerInvitationView> {
    return this.consent.answer(actor, id, 'withdrawn');
  }

  @Post('partner-invitations/:id/email')
  @HttpCode(200)
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Mail the invitation to an address',
    description:
      'Members of the coordinating organisation, for a partner organisation that has no members yet: the ' +
      'person at that address accepts with the link (signed in with that address).',
  })
  @ApiOkResponse({ type: PartnerInvitationView })
  email(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PartnerInvitationEmailDto,
  ): Promise<PartnerInvitationView> {
    return this.consent.sendByEmail(actor, id, dto);
  }
}
