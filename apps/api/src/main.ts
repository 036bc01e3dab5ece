import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { ConfigError, loadConfig } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Footsteps cannot start.\n${err.message}`);
      process.exit(1);
    }
    throw err;
  }

  let embedded: EmbeddedDatabase | undefined;
  if (!config.database.url) {
    embedded = await startEmbeddedPostgres(config.database.dataDir, config.database.embeddedPort, undefined, [config.port]);
    config = { ...config, database: { ...config.database, url: embedded.url } };
    console.log(`Footsteps: no DATABASE_URL set, using the embedded PostgreSQL in ${config.database.dataDir}`);
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, bufferLogs: true });
  configureApp(app, config);
  const shutdown = async (signal: string): Promise<void> => {
    console.log(`Footsteps: ${signal} received, shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen(config.port);
  console.log(`Footsteps is running on http://localhost:${config.port} (API under /api, docs at /api/docs)`);
}

main().catch((err: unknown) => {
  console.error('Footsteps failed to start:', err);
  process.exit(1);
});
