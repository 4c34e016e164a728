// The architecture's boundaries, checked on every import by `npm test` (npm run lint:deps).
// Layering of the libraries, bottom up:
//   shared (clock, calendar, normalisers of phones, e-mails and names) · domain (pure rules, nothing else) · read-store · api-client (the typed HTTP client, generated types)
//   event-store → shared
//   leases (one active holder per background job; admin requests relayed to it) → event-store, shared
//   privacy, audit, integrations, auth, seed → domain (+ event-store, shared where they store or read events)
//   application (command pipeline, access policy) → domain, event-store, shared
//   projections (read models) → domain, event-store, read-store, shared
//   sagas (process managers) → application (their effects are commands) and projections (the scheduler reads the
//   customer-profiles read model), besides the layers below.
const LAYERS = {
  shared: [],
  domain: [],
  'read-store': [],
  'api-client': [],
  'event-store': ['shared'],
  leases: ['event-store', 'shared'],
  privacy: ['domain', 'event-store', 'shared'],
  audit: ['domain', 'event-store', 'shared'],
  integrations: ['domain'],
  auth: ['domain'],
  seed: ['domain', 'event-store'],
  application: ['domain', 'event-store', 'shared'],
  projections: ['domain', 'event-store', 'read-store', 'shared'],
  sagas: ['domain', 'event-store', 'read-store', 'shared', 'application', 'projections'],
};

const layerRules = Object.entries(LAYERS).map(([lib, allowed]) => ({
  name: `layer-${lib}`,
  comment: `libs/${lib} may import only ${allowed.length ? allowed.join(', ') : 'itself'} among the libraries`,
  severity: 'error',
  from: { path: `^libs/${lib}/` },
  to: { path: '^libs/([^/]+)/', pathNot: [`^libs/(${[lib, ...allowed].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'libs-never-import-apps', severity: 'error', from: { path: '^libs/' }, to: { path: '^apps/' } },
    { name: 'apps-never-import-bench-or-tests', severity: 'error', from: { path: '^(apps|libs)/' }, to: { path: '^(bench|test)/' } },
    {
      name: 'domain-imports-nothing-but-itself',
      comment: 'The domain is pure TypeScript: no framework, no Node API, no package.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { pathNot: '^libs/domain/' },
    },
    {
      name: 'lib-entered-through-its-index',
      comment: "Another library is reached through '#lib' (its src/index.ts), never a path inside it.",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'libs-entered-through-their-index',
      severity: 'error',
      from: { path: '^(apps|bench|test)/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'server-entered-through-its-index',
      severity: 'error',
      from: { path: '^(apps/cli|bench|test)/' },
      to: { path: '^apps/server/src/.+', pathNot: '^apps/server/src/index\\.ts$' },
    },
    {
      name: 'console-is-an-api-client',
      comment:
        'The browser console (apps/console) imports its own files, the typed API client and the pure label table of the domain (eslint allows only its names), besides its packages.',
      severity: 'error',
      from: { path: '^apps/console/' },
      to: { path: '^(apps|libs)/', pathNot: ['^apps/console/', '^libs/api-client/', '^libs/domain/'] },
    },
    {
      name: 'only-the-console-imports-browser-packages',
      severity: 'error',
      from: { pathNot: '^apps/console/' },
      to: { path: 'node_modules/(preact|echarts)/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|bench/peer)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { conditionNames: ['source', 'import', 'node', 'default'], exportsFields: ['exports'], extensions: ['.ts', '.tsx', '.js'] },
    reporterOptions: { dot: { collapsePattern: '^(libs|apps)/[^/]+' } },
  },
};
