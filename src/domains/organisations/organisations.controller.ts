import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import {
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
}
