import { readFileSync, writeFileSync } from 'node:fs';
import request from 'supertest';
import { buildOpenApiDocument } from '../apps/api/src/openapi/openapi.js';
import { createTestApp, type TestApp } from './support/app.js';

const FILE = new URL('../apps/api/openapi.json', import.meta.url);

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is served at /api/openapi.json and /api/docs', async () => {
    const json = await request(t.http).get('/api/openapi.json').expect(200);
    expect(json.body.paths['/api/auth/login']).toBeDefined();
    await request(t.http).get('/api/docs').expect(200);
  });

  it('matches the committed apps/api/openapi.json (run `npm run openapi` after changing the API)', () => {
    const current = `${JSON.stringify(buildOpenApiDocument(t.app), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(FILE, current);
    expect(readFileSync(FILE, 'utf8')).toBe(current);
  });
});
