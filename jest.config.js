// Jest runs the API and library tests as native ES modules (NestJS 12 ships as ESM), so npm
// scripts start it with NODE_OPTIONS=--experimental-vm-modules. @swc/jest compiles TypeScript
// with decorator metadata; type checking is `npm run typecheck`.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^#contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^#empathy$': '<rootDir>/libs/empathy/src/index.ts',
    '^#module-kinds$': '<rootDir>/libs/module-kinds/src/index.ts',
    '^#library$': '<rootDir>/libs/library/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/support/preload-nest.ts'],
};

/** @type {import('jest').Config} */
export default {
  // Each API test file boots the app on its own database; on a busy 2-core machine that can exceed 5 s.
  testTimeout: 30_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/libs/*/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
  ],
};
