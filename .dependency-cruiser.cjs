/**
 * Boundaries of the Footsteps codebase, checked by `npm run lint:deps` (part of CI):
 * the web app never imports the API, the shared libraries never import an app, services and
 * the exercise kinds never reach for HTTP, and nothing imports across in a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: 'web-never-imports-api',
      comment: 'The web app talks to the API over HTTP through the generated client only.',
      severity: 'error',
      from: { path: '^apps/web' },
      to: { path: '^apps/api' },
    },
    {
      name: 'libs-never-import-apps',
      comment: 'libs/ is shared by the API and the web app; it cannot depend on either.',
      severity: 'error',
      from: { path: '^libs' },
      to: { path: '^apps' },
    },
    {
      name: 'libs-stay-framework-free',
      comment: 'The shared libraries are plain TypeScript: no NestJS, TypeORM, Express or React.',
      severity: 'error',
      from: { path: '^libs' },
      to: { path: 'node_modules/(@nestjs|typeorm|express|react)' },
    },
    {
      name: 'services-never-import-http',
      comment: 'Services throw DomainError; only controllers and the HTTP pipeline know about HTTP.',
      severity: 'error',
      from: { path: '^apps/api/src/.+\\.service\\.ts$' },
      to: { path: 'node_modules/(express|@nestjs/platform-express)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(apps|libs)', pathNot: '\\.entity\\.ts$' },
      to: { circular: true, pathNot: '\\.entity\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist|\\.d\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['source', 'import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
