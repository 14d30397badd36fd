import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RankingService } from './ranking.service.js';
import { ReviewsController } from './reviews.controller.js';
import { ReviewsRepository } from './reviews.repository.js';
import { ReviewsService } from './reviews.service.js';

@Module({
  imports: [ApplicationsModule, OrganisationsModule],
  controllers: [ReviewsController],
  providers: [ReviewsService, RankingService, ReviewsRepository],
  exports: [ReviewsService, RankingService],
})
export class ReviewsModule {}
