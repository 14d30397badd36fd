import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BudgetsModule } from './budgets/budgets.module.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { ErdfModule } from './erdf/erdf.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { LettersModule } from './letters/letters.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { ProgrammesModule } from './programmes/programmes.module.js';
import { ReportingModule } from './reporting/reporting.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { UsersModule } from './users/users.module.js';

type ModuleImport = NonNullable<ModuleMetadata['imports']>[number];

@Module({})
export class AppModule {
  /** `extraImports`: modules added by tests (e.g. a test job or a fixed letter data loader). */
  static register(config: AppConfig, extraImports: ModuleImport[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        AuditModule,
        HealthModule,
        JobsModule,
        UsersModule,
        AuthModule,
        OrganisationsModule,
        ErdfModule,
        ProgrammesModule,
        ApplicationsModule,
        BudgetsModule,
        ReviewsModule,
        LettersModule,
        ReportingModule,
        ...extraImports,
      ],
    };
  }
}
