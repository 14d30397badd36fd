import { Module } from '@nestjs/common';
import { ErdfModule } from '../erdf/erdf.module.js';
import { DueDateReminders } from './reminders.js';
import { RemindersRepository } from './reminders.repository.js';
import { ReportingController } from './reporting.controller.js';
import { ReportingRepository } from './reporting.repository.js';
import { ReportingService } from './reporting.service.js';

/** Budget and ERDF reports for staff, with CSV/XLSX/PDF exports, and open data in the 360Giving standard. */
@Module({
  imports: [ErdfModule],
  controllers: [ReportingController],
  providers: [ReportingRepository, ReportingService, RemindersRepository, DueDateReminders],
})
export class ReportingModule {}
