import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';

/** Global: the validated configuration and the clock. */
@Global()
@Module({})
export class KernelModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: KernelModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock],
      exports: [APP_CONFIG, Clock],
    };
  }
}
