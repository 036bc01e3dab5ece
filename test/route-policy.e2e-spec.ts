import { Controller, Get, type INestApplication, RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import request from 'supertest';
import { PERMISSIONS } from '#contracts';
import { IS_PUBLIC, REQUIRED_PERMISSION } from '../apps/api/src/auth/policy.decorators.js';
import { createTestApp, type TestApp } from './support/app.js';

interface RouteInfo {
  route: string;
  isPublic: boolean;
  permission?: string;
}

/** Every route handler Nest registered, with the policy it declares. */
function routesOf(app: INestApplication): RouteInfo[] {
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const controllers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  return controllers.flatMap((wrapper) => {
    const instance = wrapper.instance as object | undefined;
    if (!instance) return [];
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    const base = reflector.get<string>(PATH_METADATA, instance.constructor) ?? '';
    return scanner.getAllMethodNames(proto).flatMap((name) => {
      const handler = proto[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const targets = [handler, instance.constructor];
      return [{
        route: `${method} /${[base, path].filter((p) => p && p !== '/').join('/')} (${instance.constructor.name}.${name})`,
        isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
        permission: reflector.getAllAndOverride<string>(REQUIRED_PERMISSION, targets),
      }];
    });
  });
}

@Controller('undeclared')
class UndeclaredController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

describe('access policy of every route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finds the routes (the enumeration itself works)', () => {
    const routes = routesOf(t.app).map((r) => r.route);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes).toEqual(expect.arrayContaining([expect.stringMatching(/^POST \/auth\/login/), expect.stringMatching(/^GET \/people /)]));
  });

  it('has a declared policy (public or a known permission) on every route', () => {
    const missing = routesOf(t.app).filter((r) => !r.isPublic && !r.permission).map((r) => r.route);
    expect(missing).toEqual([]);
    const unknown = routesOf(t.app).filter((r) => r.permission && !(PERMISSIONS as readonly string[]).includes(r.permission)).map((r) => r.route);
    expect(unknown).toEqual([]);
  });

  it('keeps the public routes to the few that must be', () => {
    const open = routesOf(t.app).filter((r) => r.isPublic).map((r) => r.route.split(' (')[0]);
    expect(open.sort()).toEqual(['GET /health', 'POST /auth/accept-invite', 'POST /auth/login']);
  });
});

describe('a route without a policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // A second app with an undeclared controller mounted proves the guard refuses it.
  it('is refused for a signed-in admin, because the guard denies by default', async () => {
    const { Test } = await import('@nestjs/testing');
    const { AppModule } = await import('../apps/api/src/app.module.js');
    const { configureApp } = await import('../apps/api/src/app.setup.js');
    const { loadConfig } = await import('../apps/api/src/config/config.js');
    const url = t.db.options.type === 'postgres' ? (t.db.options as { url: string }).url : '';
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const root = AppModule.forRoot(config);
    const moduleRef = await Test.createTestingModule({ imports: [{ ...root, controllers: [...(root.controllers ?? []), UndeclaredController] }] }).compile();
    const withUndeclared = moduleRef.createNestApplication({ bodyParser: false });
    configureApp(withUndeclared, config);
    await withUndeclared.init();
    try {
      const token = await t.login('admin@demo.test');
      const res = await request(withUndeclared.getHttpServer()).get('/api/undeclared').set('Authorization', `Bearer ${token}`).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.body)).not.toContain('should never be served');
    } finally {
      await withUndeclared.close();
    }
  });
});
