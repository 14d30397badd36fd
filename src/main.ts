import 'reflect-metadata';
import { createApp } from './app.setup.js';
import { ConfigError, loadConfig } from './kernel/config/config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const app = await createApp(config);
  await app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  console.warn(
    `Subsidies API on ${url}/api (OpenAPI: ${url}/api/docs) — database: ${
      config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.pgliteDataDir}`
    }`,
  );
}

main().catch((err: unknown) => {
  console.error('Failed to start:', err);
  process.exit(1);
});
