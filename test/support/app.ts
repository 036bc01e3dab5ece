import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/app.setup.js';
import { loadConfig } from '../../apps/api/src/config/config.js';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-organization.js';
import { DemoSeedService } from '../../apps/api/src/demo/demo-seed.service.js';
import { createDatabaseFromTemplate, dropDatabase, SERVER_ENV, TEMPLATE_ENV } from './pg-admin.mjs';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  db: DataSource;
  /** Signs in (password `footsteps-demo` unless given) and returns a bearer token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real application, in process, on a database of its own copied from the migrated
 * template, with the demo organization seeded. Call `close()` in afterAll.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const server = process.env[SERVER_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (!server || !template) throw new Error('The Jest global setup did not prepare a database.');
  const name = `footsteps_test_${randomBytes(6).toString('hex')}`;
  const url = await createDatabaseFromTemplate(server, name, template);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false });
  configureApp(app, config);
  await app.init();
  await app.get(DemoSeedService).seedIfEmpty();
  const http = app.getHttpServer();
  return {
    app,
    http,
    db: app.get<DataSource>(getDataSourceToken()),
    async login(email, password = DEMO_PASSWORD) {
      const res = await request(http).post('/api/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`Login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async close() {
      await app.close();
      await dropDatabase(server, name);
    },
  };
}
