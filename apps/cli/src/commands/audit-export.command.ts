import { Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { CustomerAuditTrail, EXPORT_FORMATS, checkSignedExport, type ExportFormat } from '#audit';
import { storedEventsOf } from '#event-store';
import { withEventStore } from '../with-event-store.js';

interface AuditExportOptions {
  format: ExportFormat;
  out?: string;
}

/** `audit:export <customerId> --format csv|json [--out file]`: the stored history, unredacted, with its checksum line. */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('audit:export')
    .description("Signed export of a customer's full event history; line 1 is the SHA-256 of the rest (check: tail -n +2 FILE | sha256sum)")
    .argument('<customerId>', 'customer UUID')
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (customerId: string, options: AuditExportOptions) => {
      const file = await withEventStore((store) => new CustomerAuditTrail(storedEventsOf(store)).export(customerId, options.format), env);
      if (options.out === undefined) {
        process.stdout.write(file);
        return;
      }
      await writeFile(options.out, file, 'utf8');
      console.error(`Wrote ${options.out} (sha256=${checkSignedExport(file).declared})`);
    });
}
