import { createHash } from 'node:crypto';

/**
 * A file whose first line carries the SHA-256 of everything after it, so a recipient can check it
 * with nothing but `tail -n +2 file | sha256sum`. A checksum, not a signature: it proves the file is
 * the one whose digest the auditor wrote down, not who made it.
 */
const HEADER_PREFIX = '# dossier-audit-export sha256=';
const HEADER_PATTERN = /^# dossier-audit-export sha256=([0-9a-f]{64})$/;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function signExport(body: string): string {
  return `${HEADER_PREFIX}${sha256(body)}\n${body}`;
}

export interface ExportCheck {
  valid: boolean;
  declared?: string;
  actual?: string;
}

export function checkSignedExport(file: string): ExportCheck {
  const newline = file.indexOf('\n');
  if (newline === -1) return { valid: false };
  const declared = HEADER_PATTERN.exec(file.slice(0, newline))?.[1];
  if (declared === undefined) return { valid: false };
  const actual = sha256(file.slice(newline + 1));
  return { valid: declared === actual, declared, actual };
}
