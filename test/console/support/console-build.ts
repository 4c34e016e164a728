import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Builds the console with Vite into a fresh temp directory (so `npm test` never depends on a manual build); returns it. */
export async function buildConsole(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'dossier-console-'));
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/console/vite.config.ts', '--outDir', outDir, '--emptyOutDir'], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return outDir;
}
