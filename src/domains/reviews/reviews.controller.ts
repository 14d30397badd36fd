import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentUser } from '../../kernel/auth.decorators.js';
import { ApiErrors } from '../../kernel/api-errors.js';
import { Idempotent } from '../../platform/idempotency/idempotency.interceptor.js';
import { PageQueryDto } from '../../kernel/pagination.js';
import {
  AssignmentDetailView,
  AssignmentListQueryDto,
  AssignmentPage,
  AssignmentView,
  ConsensusDto,
  ConsensusView,
  CreateAssignmentDto,
  DeclarationDto,
  EvaluatorCandidatePage,
  RankingView,
  ReviewPage,
  ReviewView,
  SaveReviewDto,
} from './dto/review.dto.js';
import { RankingService } from './ranking.service.js';
import { ReviewsService } from './reviews.service.js';
import type { Actor } from '../../kernel/actor.js';

@ApiTags('reviews')
@Controller()
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly rankings: RankingService,
  ) {}

  @ApiOperation({
    summary: 'Assign an evaluator',
    description: 'Staff assign an evaluator to review an application.',
  })
  @ApiErrors('ALREADY_EXISTS', 'INVALID_TRANSITION', 'CONFLICT_OF_INTEREST', 'CALL_STILL_OPEN')
  @Post('applications/:id/assignments')
  @Auth('staff', 'admin')
  @Idempotent()
  @ApiCreatedResponse({
    type: AssignmentView,
    description:
      '422 CONFLICT_OF_INTEREST when the evaluator’s organisation (or one linked to it) is a partner; ' +
      '409 ALREADY_EXISTS when already assigned (also after a recusal); 409 INVALID_TRANSITION unless admissible or under review',
  })
  assign(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateAssignmentDto,
  ): Promise<AssignmentView> {
    return this.reviews.assign(actor, id, dto);
  }

  @ApiOperation({
    summary: 'Evaluators to choose from, with their conflicts of interest',
    description:
      'The active evaluators, each with the conflicts of interest an assignment to this application would be refused for, and their assignment on it if any.',
  })
  @Get('applications/:id/evaluator-candidates')
  @Auth('staff', 'admin')
  @ApiOkResponse({
    type: EvaluatorCandidatePage,
    description:
      'By name; conflicts name the partner, its role, and for a link the evaluator’s organisation it runs through',
  })
  evaluatorCandidates(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<EvaluatorCandidatePage> {
    return this.reviews.evaluatorCandidates(id, query);
  }

  @ApiOperation({
    summary: 'List the reviews of an application',
    description: 'The submitted reviews with their scores.',
  })
  @Get('applications/:id/reviews')
  @Auth('evaluator', 'staff', 'admin')
  @ApiOkResponse({
    type: ReviewPage,
    description: 'Staff: every submitted review. An evaluator: only their own, never another evaluator’s',
  })
  listReviews(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<ReviewPage> {
    return this.reviews.listReviews(actor, id, query);
  }

  @ApiOperation({
    summary: 'Record the consensus score',
    description: 'Staff close the review of an application with the agreed score.',
  })
  @ApiErrors('INVALID_TRANSITION')
  @Post('applications/:id/consensus')
  @Auth('staff', 'admin')
  @Idempotent()
  @ApiCreatedResponse({
    type: ConsensusView,
    description: 'Replaces the mean score in the ranking; the latest note counts. Only while under review',
  })
  consensus(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConsensusDto,
  ): Promise<ConsensusView> {
    return this.reviews.consensus(actor, id, dto);
  }

  @ApiOperation({
    summary: 'List review assignments',
    description: 'Evaluators see their own assignments; staff see all.',
  })
  @Get('assignments')
  @Auth('evaluator', 'staff', 'admin')
  @ApiOkResponse({ type: AssignmentPage, description: 'Evaluators see their own assignments only' })
  listAssignments(
    @CurrentUser() actor: Actor,
    @Query() query: AssignmentListQueryDto,
  ): Promise<AssignmentPage> {
    return this.reviews.listAssignments(actor, query);
  }

  @ApiOperation({ summary: 'Get one review assignment', description: 'With its declaration and review.' })
  @Get('assignments/:id')
  @Auth('evaluator', 'staff', 'admin')
  @ApiOkResponse({
    type: AssignmentDetailView,
    description: 'The application content is only there after declaring no conflict of interest',
  })
  getAssignment(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AssignmentDetailView> {
    return this.reviews.getAssignment(actor, id);
  }

  @ApiOperation({
    summary: 'Read the application to review',
    description: 'The submitted snapshot, after declaring no conflict of interest.',
  })
  @ApiErrors('CONFLICT_OF_INTEREST')
  @Get('assignments/:id/application')
  @Auth('evaluator', 'staff', 'admin')
  @ApiOkResponse({
    type: Object,
    description:
      'The application as submitted; 403 for its evaluator until they declared no conflict of interest',
  })
  getAssignmentApplication(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Record<string, unknown>> {
    return this.reviews.getAssignmentApplication(actor, id);
  }

  @ApiOperation({
    summary: 'Declare a conflict of interest or none',
    description: 'An evaluator must declare before seeing the application.',
  })
  @ApiErrors('INVALID_TRANSITION')
  @Post('assignments/:id/declaration')
  @Auth('evaluator')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ type: AssignmentDetailView, description: 'hasConflict true recuses the assignment' })
  declare(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclarationDto,
  ): Promise<AssignmentDetailView> {
    return this.reviews.declare(actor, id, dto);
  }

  @ApiOperation({
    summary: 'Save or submit a review',
    description: 'Scores per criterion with comments; submitted reviews are final.',
  })
  @ApiErrors('CONFLICT_OF_INTEREST', 'ALREADY_SUBMITTED', 'INVALID_TRANSITION')
  @Put('assignments/:id/review')
  @Auth('evaluator')
  @Idempotent()
  @ApiOkResponse({
    type: ReviewView,
    description:
      'Saves a draft, or submits with submit: true (400 when a criterion, score or comment is missing or out of range); ' +
      '409 ALREADY_SUBMITTED once submitted',
  })
  saveReview(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveReviewDto,
  ): Promise<ReviewView> {
    return this.reviews.saveReview(actor, id, dto);
  }

  @ApiOperation({
    summary: 'Rank the applications of a call',
    description: 'By consensus score, with the budget line where the money runs out.',
  })
  @Get('calls/:id/ranking')
  @Auth('staff', 'admin')
  @ApiOkResponse({
    type: RankingView,
    description:
      'Ordered by score with documented tie-breaks; cumulative requested amounts and the funding line; ' +
      'spread, disagreement and the rank normalised for evaluator severity',
  })
  ranking(@Param('id', ParseUUIDPipe) id: string): Promise<RankingView> {
    return this.rankings.ranking(id);
  }
}
