import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserDirectory, type CommandContext } from '#application';
import { CustomerImporter, headerErrors, readImportFile, XLSX_CONTENT_TYPE } from '#server';
import { progressBar } from '../progress.js';
import { withAppContext } from '../with-app-context.js';

/**
 * `import <file.csv|file.xlsx|file.json> [--as username] [--encoding gbk]`: customers registered
 * through the same importer as `POST /v1/customers/import`. Rows already imported (or matching an
 * existing customer) are skipped, so running the same file again registers nobody twice.
 */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('import')
    .description('Import customers from the template: CSV (UTF-8 or GBK, Chinese or English headers), XLSX, or a JSON array')
    .argument('<file>', 'a .csv, .xlsx or .json file')
    .option('--as <username>', 'the user the import is recorded as (and default owner)', env.ADMIN_USERNAME ?? 'admin')
    .option('--encoding <name>', 'the CSV encoding (e.g. gbk, gb18030, utf-8); detected when omitted')
    .action(async (file: string, options: { as: string; encoding?: string }) => {
      const bytes = await readFile(file);
      const extension = extname(file).toLowerCase();
      const table = await readImportFile(extension === '.json' ? JSON.parse(bytes.toString('utf8')) : bytes, {
        ...(extension === '.xlsx' ? { contentType: XLSX_CONTENT_TYPE } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
      });
      const badHeaders = headerErrors(table.headers ?? []);
      if (badHeaders.length > 0) throw new Error(`Unreadable header row: ${badHeaders.map((e) => `column "${e.field}": ${e.message}`).join('; ')}`);
      const fileKey = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
      const started = Date.now();
      const report = await withAppContext(async (app) => {
        const user = await app.get(UserDirectory).findByUsername(options.as);
        if (!user) throw new Error(`No user "${options.as}"`);
        const context: CommandContext = {
          actor: { userId: user.userId, role: user.role, ...(user.teamId ? { teamId: user.teamId } : {}) },
          correlationId: `cli-import-${fileKey}`,
          causationId: `cli-import-${fileKey}`,
        };
        const bar = progressBar('import', table.rows.length);
        let done = 0;
        try {
          return await app.get(CustomerImporter).import(table.rows, context, {
            onRow: () => {
              done++;
              if (done % 100 === 0 || done === table.rows.length) bar.update(done, { rate: rateOf(done, started) });
            },
          });
        } finally {
          bar.stop();
        }
      }, env);
      const seconds = (Date.now() - started) / 1000;
      console.log(
        JSON.stringify(
          {
            created: report.created.length,
            skipped: report.skipped.length,
            rejected: report.rejected,
            rows: table.rows.length,
            seconds: Number(seconds.toFixed(2)),
            rowsPerSecond: rateOf(table.rows.length, started),
          },
          null,
          2,
        ),
      );
      if (report.rejected.length > 0) process.exitCode = 2;
    });
}

function rateOf(rows: number, started: number): number {
  return Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
}
