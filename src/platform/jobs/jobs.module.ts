import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { BullMqJobQueue } from './bullmq-queue.js';
import { InlineJobQueue } from './inline-queue.js';
import { JobDispatcher } from './job-dispatcher.js';
import { JobRunner } from './job-runner.js';
import { JobsController } from './jobs.controller.js';
import { JobsRepository } from './jobs.repository.js';
import { JobsService } from './jobs.service.js';
import { JOB_QUEUE, type JobQueue } from './queue-backend.js';

/**
 * Background jobs. Global: any service enqueues with `JobsService.enqueue(manager, NAME, payload)`,
 * any module declares a processor with `@JobProcessor(NAME)` on a provider.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [JobsController],
  providers: [
    {
      provide: JOB_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): JobQueue =>
        config.queueBackend === 'inline' ? new InlineJobQueue() : new BullMqJobQueue(config),
    },
    JobRunner,
    JobDispatcher,
    JobsService,
    JobsRepository,
  ],
  exports: [JobsService],
})
export class JobsModule {}
