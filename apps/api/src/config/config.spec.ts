import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives a newcomer working defaults: port 3000, the embedded database in ./data, the demo seeded', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ env: 'development', port: 3000, database: { url: undefined, dataDir: './data' }, seedDemo: true, log: { pretty: true } });
    expect(c.session.cookieSecure).toBe(false);
  });

  it('refuses to start production without a real database and secret, naming each variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    const attempt = () => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' });
    expect(attempt).toThrow(/DATABASE_URL: is required in production/);
    expect(attempt).toThrow(/SESSION_SECRET: must be set/);
    expect(attempt).toThrow(/SEED_DEMO: cannot be enabled in production/);
  });

  it('accepts production with a database and a secret, never seeding and logging JSON', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/footsteps', SESSION_SECRET: 'x'.repeat(40) });
    expect(c).toMatchObject({ seedDemo: false, log: { pretty: false }, session: { cookieSecure: true } });
  });

  it('names a malformed value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ BODY_LIMIT: 'lots' })).toThrow(/BODY_LIMIT/);
  });
});
