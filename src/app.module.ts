import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { ApplicationsModule } from './domains/applications/applications.module.js';
import { AuditModule } from './platform/audit/audit.module.js';
import { AuthModule } from './platform/identity/auth.module.js';
import { DecisionsModule } from './domains/decisions/decisions.module.js';
import { PaymentsModule } from './domains/payments/payments.module.js';
import { StateAidModule } from './domains/state-aid/state-aid.module.js';
import { ENTITIES } from './entities.js';
import { AccessModule } from './platform/access/access.module.js';
import { IdempotencyModule } from './platform/idempotency/idempotency.module.js';
import { DocumentsModule } from './platform/documents/documents.module.js';
import type { AppConfig } from './kernel/config/config.js';
import { KernelModule } from './kernel/kernel.module.js';
import { DatabaseModule } from './kernel/db/database.module.js';
import { ErdfModule } from './domains/erdf/erdf.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { JobsModule } from './platform/jobs/jobs.module.js';
import { NotificationsModule } from './platform/notifications/notifications.module.js';
import { LettersModule } from './domains/letters/letters.module.js';
import { OrganisationsModule } from './domains/organisations/organisations.module.js';
import { ProgrammesModule } from './domains/programmes/programmes.module.js';
import { ReportingModule } from './domains/reporting/reporting.module.js';
import { ReviewsModule } from './domains/reviews/reviews.module.js';
import { UsersModule } from './platform/identity/users.module.js';

type ModuleImport = NonNullable<ModuleMetadata['imports']>[number];

@Module({})
export class AppModule {
  /** `extraImports`: modules added by tests (e.g. a test job). */
  static register(config: AppConfig, extraImports: ModuleImport[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        KernelModule.forRoot(config),
        DatabaseModule.forRoot(ENTITIES),
        AuditModule,
        AccessModule,
        DocumentsModule,
        IdempotencyModule,
        HealthModule,
        JobsModule,
        NotificationsModule,
        UsersModule,
        AuthModule,
        OrganisationsModule,
        ErdfModule,
        ProgrammesModule,
        ApplicationsModule,
        StateAidModule,
        DecisionsModule,
        PaymentsModule,
        ReviewsModule,
        LettersModule,
        ReportingModule,
        ...extraImports,
      ],
    };
  }
}
