// Native ESM jest (run with NODE_OPTIONS=--experimental-vm-modules); @swc/jest keeps decorator metadata.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'es6' },
};

export default {
  testEnvironment: 'node',
  // '#lib' imports (package.json) resolve to the TypeScript sources under this condition, to dist/ in Node.
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // content-disposition 3 is ESM-only and reached through require() from @fastify/static (used by /docs);
    // Node 20 loads it (require(esm)), jest's module runtime cannot, so tests get the API-identical v1.
    '^content-disposition$': 'content-disposition-cjs',
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/bench/peer/'],
  testTimeout: 30000,
  // Two workers, recycled past 1 GB: one in-band process holding every suite's module graph runs out of heap.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  globalSetup: '<rootDir>/test/announce-skipped-suites.js',
};
