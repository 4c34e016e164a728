import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { checkSignedExport } from '#audit';

/** `audit:verify-export <file>`: checks the checksum line of an audit export; exit code 1 when it does not match. */
export function register(program: Command): void {
  program
    .command('audit:verify-export')
    .description('Check that an audit export is unchanged since it was made')
    .argument('<file>', 'a file written by audit:export')
    .action(async (path: string) => {
      const check = checkSignedExport(await readFile(path, 'utf8'));
      if (check.valid) {
        console.log(`OK ${path} sha256=${check.actual}`);
        return;
      }
      console.log(check.declared === undefined ? `INVALID ${path}: no checksum line` : `INVALID ${path}: declared ${check.declared}, actual ${check.actual}`);
      process.exitCode = 1;
    });
}
