import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { dataSourceOptions, initialiseDataSource } from './data-source.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config),
          dataSourceFactory: async (options) => {
            const dataSource = await initialiseDataSource(options!);
            await dataSource.runMigrations({ transaction: 'each' });
            return dataSource;
          },
        }),
      ],
    };
  }
}
