import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

// The console's build: `npm run build` writes it to dist/console, which the server serves at /console/.
// `#api-client` and `#domain` resolve through package.json `imports` under the `source` condition (the TypeScript).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  publicDir: false,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No inline module-preload polyfill: the CSP allows this origin's scripts only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  logLevel: 'warn',
});
