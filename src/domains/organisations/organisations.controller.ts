import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import {
  AcceptInvitationDto,
  ConfirmSmeDto,
  InvitationDto,
  InvitationView,
  JoinDecisionDto,
  JoinRequestDto,
  JoinRequestListQueryDto,
  JoinRequestView,
  MemberRoleDto,
  MemberView,
  UpdateOrganisationDto,
  CreateLinkDto,
  CreateOrganisationDto,
  LinkView,
  LookupQueryDto,
  OrganisationListQueryDto,
  OrganisationPage,
  OrganisationSummary,
  OrganisationView,
  SingleUndertakingView,
} from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @ApiOperation({
    summary: 'Register an organisation',
    description:
      'An undertaking with a valid enterprise number (KBO/BCE) and IBAN; an applicant becomes its member.',
  })
  @ApiErrors('ALREADY_EXISTS')
  @Post()
  @Auth('applicant', 'staff', 'admin')
  @Idempotent()
  @ApiCreatedResponse({ type: OrganisationView, description: 'An applicant who creates it becomes a member' })
  create(@CurrentUser() actor: Actor, @Body() dto: CreateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.create(actor, dto);
  }

  @ApiOperation({
    summary: 'List organisations',
    description: 'Applicants see their own organisations; staff and admins see all.',
  })
  @Get()
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({
    type: OrganisationPage,
    description: 'Applicants see their own organisations, staff see all',
  })
  list(@CurrentUser() actor: Actor, @Query() query: OrganisationListQueryDto): Promise<OrganisationPage> {
    return this.organisations.list(actor, query);
  }

  @ApiOperation({
    summary: 'Look up an organisation by enterprise number',
    description: 'Finds a registered organisation, e.g. to add it as a partner.',
  })
  @Get('lookup')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({
    type: OrganisationSummary,
    description: 'Find an organisation by enterprise number, e.g. to add it as a partner',
  })
  lookup(@Query() query: LookupQueryDto): Promise<OrganisationSummary> {
    return this.organisations.lookup(query.enterpriseNumber);
  }

  @ApiOperation({ summary: 'Get one organisation', description: 'Its registration data.' })
  @Get(':id')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: OrganisationView })
  get(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<OrganisationView> {
    return this.organisations.get(actor, id);
  }

  @ApiOperation({
    summary: 'Link two organisations',
    description:
      'Records a partner or linked enterprise relation; together they form the single undertaking.',
  })
  @ApiErrors('ALREADY_EXISTS')
  @Post(':id/links')
  @Auth('staff', 'admin')
  @ApiCreatedResponse({ type: LinkView, description: 'Links two organisations into one single undertaking' })
  link(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateLinkDto,
  ): Promise<LinkView> {
    return this.organisations.link(actor, id, dto);
  }

  @ApiOperation({
    summary: 'List the links of an organisation',
    description: 'Its partner and linked enterprises.',
  })
  @Get(':id/links')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: [LinkView] })
  links(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<LinkView[]> {
    return this.organisations.links(actor, id);
  }

  @ApiOperation({
    summary: 'Get the single undertaking',
    description: 'Every organisation linked to this one, directly or through others (for de minimis aid).',
  })
  @Get(':id/single-undertaking')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: SingleUndertakingView })
  singleUndertaking(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<SingleUndertakingView> {
    return this.organisations.singleUndertaking(actor, id);
  }

  @Patch(':id')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: "Change an organisation's facts",
    description:
      'Name, kind, SME size, address, IBAN. Its administrators while it is pending; staff at any time ' +
      '(after verification only staff: 403 for the administrators). Audited with old and new values.',
  })
  @ApiOkResponse({ type: OrganisationView })
  update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.update(actor, id, dto);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Auth('staff', 'admin')
  @ApiOperation({
    summary: 'Verify an organisation',
    description: 'Staff checked who acts for it (KBO, mandate): its facts count and it may submit. Audited.',
  })
  @ApiOkResponse({ type: OrganisationView })
  verify(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<OrganisationView> {
    return this.organisations.verify(actor, id);
  }

  @Post(':id/sme-confirmation')
  @HttpCode(200)
  @Auth('staff', 'admin')
  @ApiOperation({
    summary: "Confirm an organisation's SME size",
    description:
      'Staff record the size they found, the day and the evidence they saw (audited). Until then the ' +
      'size is shown as declared (`smeStatus`). A later change of kind or size clears the confirmation.',
  })
  @ApiOkResponse({ type: OrganisationView })
  confirmSme(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConfirmSmeDto,
  ): Promise<OrganisationView> {
    return this.organisations.confirmSme(actor, id, dto);
  }

  @Get(':id/members')
  @Auth('applicant', 'evaluator', 'staff', 'admin')
  @ApiOperation({ summary: 'The team of an organisation', description: 'Its members and their roles.' })
  @ApiOkResponse({ type: [MemberView] })
  members(@CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<MemberView[]> {
    return this.organisations.members(actor, id);
  }

  @Patch(':id/members/:userId')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: "Change a member's role",
    description:
      'Administrators (or staff) make a member administrator or take the role back; an organisation ' +
      'always keeps at least one administrator (409 INVALID_TRANSITION).',
  })
  @ApiOkResponse({ type: [MemberView] })
  setMemberRole(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: MemberRoleDto,
  ): Promise<MemberView[]> {
    return this.organisations.setMemberRole(actor, id, userId, dto.role);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Remove a member, or leave',
    description:
      'Administrators (or staff) remove a member; a member may remove themselves. One administrator remains.',
  })
  @ApiNoContentResponse()
  removeMember(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.organisations.removeMember(actor, id, userId);
  }

  @Post(':id/join-requests')
  @Auth('applicant')
  @ApiOperation({
    summary: 'Ask to join an organisation',
    description:
      'For a registered enterprise number (find it with /organisations/lookup). Its administrators or staff ' +
      'approve or refuse. A pending request is returned again.',
  })
  @ApiCreatedResponse({ type: JoinRequestView })
  requestJoin(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: JoinRequestDto,
  ): Promise<JoinRequestView> {
    return this.organisations.requestJoin(actor, id, dto);
  }

  @Get(':id/join-requests')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Join requests of an organisation',
    description: 'For its administrators and staff.',
  })
  @ApiOkResponse({ type: [JoinRequestView] })
  joinRequests(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: JoinRequestListQueryDto,
  ): Promise<JoinRequestView[]> {
    return this.organisations.joinRequests(actor, id, query.status);
  }

  @Post(':id/join-requests/:requestId/decision')
  @HttpCode(200)
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Approve or refuse a join request',
    description:
      'Administrators or staff. Approved: the requester becomes a member (administrator if there is none).',
  })
  @ApiOkResponse({ type: JoinRequestView })
  decideJoinRequest(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() dto: JoinDecisionDto,
  ): Promise<JoinRequestView> {
    return this.organisations.decideJoinRequest(actor, id, requestId, dto.decision);
  }

  @Post(':id/invitations')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Invite a colleague by e-mail',
    description:
      'Administrators (or staff). The mail holds a single-use link, valid for 7 days, for that address.',
  })
  @ApiCreatedResponse({ type: InvitationView })
  invite(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InvitationDto,
  ): Promise<InvitationView> {
    return this.organisations.invite(actor, id, dto);
  }

  @Get(':id/invitations')
  @Auth('applicant', 'staff', 'admin')
  @ApiOperation({
    summary: 'Open invitations of an organisation',
    description:
      'For its administrators and staff: the invitations sent by e-mail that are neither accepted nor ' +
      'expired, with the address, the role and the expiry, soonest expiry first.',
  })
  @ApiOkResponse({ type: [InvitationView] })
  invitations(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<InvitationView[]> {
    return this.organisations.invitations(actor, id);
  }
}

@ApiTags('organisations')
@Controller('organisation-invitations')
export class OrganisationInvitationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post('accept')
  @HttpCode(200)
  @Auth('applicant')
  @ApiOperation({
    summary: 'Accept an invitation to join an organisation',
    description:
      'Signed in with the invited e-mail address; the token of the mail works once, within 7 days.',
  })
  @ApiOkResponse({ type: [MemberView] })
  accept(@CurrentUser() actor: Actor, @Body() dto: AcceptInvitationDto): Promise<MemberView[]> {
    return this.organisations.acceptInvitation(actor, dto.token);
  }
}
