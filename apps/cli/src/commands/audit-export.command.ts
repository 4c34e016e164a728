import { Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { CustomerAuditTrail, EXPORT_FORMATS, checkSignedExport, type ExportFormat } from '#audit';
import { storedEventsOf } from '#event-store';
import { loadConfig, resolveAuditSigningKey } from '#server';
import { withEventStore } from '../with-event-store.js';

interface AuditExportOptions {
  format: ExportFormat;
  out?: string;
}

/** `audit:export <customerId> --format csv|json [--out file]`: the stored history, unredacted, signed with the server's audit key. */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('audit:export')
    .description(
      "Signed export of a customer's full event history; line 1 carries the SHA-256 and Ed25519 signature of the rest (check: audit:verify-export FILE --public-key KEY)",
    )
    .argument('<customerId>', 'customer UUID')
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (customerId: string, options: AuditExportOptions) => {
      const key = resolveAuditSigningKey(loadConfig(env));
      const file = await withEventStore((store) => new CustomerAuditTrail(storedEventsOf(store), store, key).export(customerId, options.format), env);
      if (options.out === undefined) {
        process.stdout.write(file);
        return;
      }
      await writeFile(options.out, file, 'utf8');
      console.error(`Wrote ${options.out} (sha256=${checkSignedExport(file).declared}, signed by key ${key.keyId})`);
    });
}
