import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserDirectory, type CommandContext } from '#application';
import { CustomerImporter, type ImportReport, importRows } from '#server';
import { progressBar } from '../progress.js';
import { withAppContext } from '../with-app-context.js';

const CHUNK = 200;

/**
 * `import <file.csv|file.json> [--as username]`: customers registered through the same importer as
 * `POST /v1/customers/import`. Keys derive from the file's content, so running the same file
 * again registers nobody twice.
 */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('import')
    .description('Import customers from CSV (header line; contact.phone style columns) or a JSON array')
    .argument('<file>', 'a .csv or .json file')
    .option('--as <username>', 'the user the import is recorded as (and default owner)', env.ADMIN_USERNAME ?? 'admin')
    .action(async (file: string, options: { as: string }) => {
      const text = await readFile(file, 'utf8');
      const rows = importRows(extname(file).toLowerCase() === '.json' ? JSON.parse(text) : text);
      const fileKey = createHash('sha256').update(text).digest('hex');
      const report = await withAppContext(async (app) => {
        const user = await app.get(UserDirectory).findByUsername(options.as);
        if (!user) throw new Error(`No user "${options.as}"`);
        const context: CommandContext = {
          actor: { userId: user.userId, role: user.role, ...(user.teamId ? { teamId: user.teamId } : {}) },
          correlationId: `cli-import-${fileKey.slice(0, 12)}`,
          causationId: `cli-import-${fileKey.slice(0, 12)}`,
        };
        return importInChunks(app.get(CustomerImporter), rows, context, fileKey);
      }, env);
      console.log(JSON.stringify({ created: report.created.length, rejected: report.rejected }, null, 2));
      if (report.rejected.length > 0) process.exitCode = 2;
    });
}

async function importInChunks(importer: CustomerImporter, rows: unknown[], context: CommandContext, fileKey: string): Promise<ImportReport> {
  const total: ImportReport = { created: [], rejected: [] };
  const bar = progressBar('import', rows.length);
  const started = Date.now();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const report = await importer.import(chunk, { ...context, idempotencyKey: `${fileKey}:${start}` });
    total.created.push(...report.created.map((c) => ({ ...c, row: c.row + start })));
    total.rejected.push(...report.rejected.map((r) => ({ ...r, row: r.row + start })));
    const done = start + chunk.length;
    bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) });
  }
  bar.stop();
  return total;
}
