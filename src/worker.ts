/**
 * `npm run start:worker`: a process that runs the background jobs (workers and the outbox
 * dispatcher) and serves no HTTP. Run API processes with RUN_WORKERS=false and as many of these as
 * the load needs, on any machine that reaches the same DATABASE_URL and REDIS_URL (or, with
 * QUEUE_BACKEND=postgres, the same database). SIGTERM waits for running jobs, then exits.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { type AppConfig, ConfigError, loadConfig } from './kernel/config/config.js';
import { createPino, PinoNestLogger } from './kernel/config/logging.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = { ...loadConfig(process.env), runWorkers: true };
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  if (config.queueBackend === 'inline') {
    console.error(
      'start:worker needs a shared queue: set REDIS_URL (or QUEUE_BACKEND=postgres with DATABASE_URL). ' +
        'On the embedded default, `npm start` runs the jobs in-process.',
    );
    process.exit(78);
  }
  const app = await NestFactory.createApplicationContext(AppModule.register(config), {
    logger: new PinoNestLogger(createPino(config)),
  });
  app.enableShutdownHooks();
  await app.init();
  console.warn(`Subsidies worker running jobs from the ${config.queueBackend} queue`);
}

main().catch((err: unknown) => {
  console.error('Failed to start the worker:', err);
  process.exit(1);
});
