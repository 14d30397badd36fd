import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { dataSourceOptions, type EntityList, initialiseDataSource } from './data-source.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config, entities),
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
