import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../clock.js';
import { APP_CONFIG, type AppConfig } from './config.js';

/** Global: the validated configuration and the clock. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock],
      exports: [APP_CONFIG, Clock],
    };
  }
}
