import type { Command } from 'commander';
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkSignedExport, parsePublicKey } from '#audit';

interface VerifyExportOptions {
  publicKey?: string;
}

/** The public key from a file (PEM or JWK), or from a URL such as `https://host/v1/audit/signing-key`. */
async function loadPublicKey(source: string): Promise<KeyObject> {
  if (!/^https?:\/\//.test(source)) return parsePublicKey(await readFile(source, 'utf8'));
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return parsePublicKey(await response.text());
}

/**
 * `audit:verify-export <file> --public-key <file|url>`: checks the checksum and the Ed25519 signature of
 * an audit export, offline given a key file; exit code 1 when either fails. Without --public-key only
 * checksum-only exports (made before signing) can be checked.
 */
export function register(program: Command): void {
  program
    .command('audit:verify-export')
    .description('Check that an audit export is unchanged and signed by the given key')
    .argument('<file>', 'a file written by audit:export or GET /v1/customers/:id/history?format=csv|json')
    .option('--public-key <file|url>', 'the Ed25519 public key (PEM or JWK file, or the URL of GET /v1/audit/signing-key)')
    .action(async (path: string, options: VerifyExportOptions) => {
      const file = await readFile(path, 'utf8');
      const publicKey = options.publicKey === undefined ? undefined : await loadPublicKey(options.publicKey);
      const check = checkSignedExport(file, publicKey);
      const invalid = (why: string) => {
        console.log(`INVALID ${path}: ${why}`);
        process.exitCode = 1;
      };
      if (check.declared === undefined) return invalid('no checksum line');
      if (check.declared !== check.actual) return invalid(`declared ${check.declared}, actual ${check.actual}`);
      if (check.signature === 'unchecked') return invalid(`signed by key ${check.keyId}: give --public-key <file|url> to check the signature`);
      if (check.signature === 'invalid') return invalid(`the signature is not that of the given key (the file names key ${check.keyId})`);
      if (check.signature === 'absent' && publicKey) return invalid('not signed (a checksum-only export from before signing)');
      console.log(
        check.signature === 'valid'
          ? `OK ${path} sha256=${check.actual} signed by key ${check.keyId}`
          : `OK ${path} sha256=${check.actual} (checksum only, not signed)`,
      );
    });
}
