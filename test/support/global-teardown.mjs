import { dropDatabase, SERVER_ENV, TEMPLATE_ENV } from './pg-admin.mjs';

export default async function teardown() {
  const server = process.env[SERVER_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (server && template) await dropDatabase(server, template);
  await globalThis.footstepsEmbeddedStop?.();
}
