import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { DeMinimisController } from './de-minimis.controller.js';
import { DeMinimisService } from './de-minimis.service.js';

/** Budgets and state aid. For now: de minimis aid per single undertaking (decisions use DeMinimisService). */
@Module({
  imports: [OrganisationsModule],
  controllers: [DeMinimisController],
  providers: [DeMinimisService],
  exports: [DeMinimisService],
})
export class BudgetsModule {}
