import { Global, Module } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository.js';
import { IdempotencySweeper } from './idempotency.sweeper.js';

/** Global: `@Idempotent()` routes of every domain share the one store of idempotency keys. */
@Global()
@Module({
  providers: [IdempotencyRepository, IdempotencySweeper],
  exports: [IdempotencyRepository, IdempotencySweeper],
})
export class IdempotencyModule {}
