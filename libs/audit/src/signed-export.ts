import { createHash, type KeyObject } from 'node:crypto';
import { publicKeyId, verifyExportSignature, type ExportSigningKey } from './export-signing-key.js';

/**
 * An export whose first line carries the SHA-256 of everything after it and an Ed25519 signature of
 * those bytes, with the id of the signing key. Anyone holding the public key (`GET /v1/audit/signing-key`)
 * checks it offline: `audit:verify-export FILE --public-key key.pem`, or `tail -n +2 FILE` through any
 * Ed25519 verifier. Files from before signing carry the checksum alone: still checkable, proving only
 * that the file is the one whose digest was noted, not who made it.
 */
const SIGNED_HEADER = /^# dossier-audit-export sha256=([0-9a-f]{64}) ed25519=([A-Za-z0-9+/]+={0,2}) key=([0-9a-f]{16})$/;
const CHECKSUM_HEADER = /^# dossier-audit-export sha256=([0-9a-f]{64})$/;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function signExport(body: string, key: ExportSigningKey): string {
  return `# dossier-audit-export sha256=${sha256(body)} ed25519=${key.sign(body)} key=${key.keyId}\n${body}`;
}

export interface ExportCheck {
  /** The checksum matches and, when a public key was given, the signature is that key's. */
  valid: boolean;
  declared?: string;
  actual?: string;
  /** Id of the key the header names; absent for checksum-only files. */
  keyId?: string;
  /** Whether the signature was checked (a public key was given) and held. */
  signature?: 'valid' | 'invalid' | 'unchecked' | 'absent';
}

/** Checks the checksum, and the signature against `publicKey` when given (a checksum-only file then fails). */
export function checkSignedExport(file: string, publicKey?: KeyObject): ExportCheck {
  const newline = file.indexOf('\n');
  if (newline === -1) return { valid: false };
  const header = file.slice(0, newline);
  const body = file.slice(newline + 1);
  const actual = sha256(body);
  const signed = SIGNED_HEADER.exec(header);
  if (signed) {
    const [, declared, signatureText, keyId] = signed;
    if (!publicKey) return { valid: declared === actual, declared, actual, keyId, signature: 'unchecked' };
    const signature = publicKeyId(publicKey) === keyId && verifyExportSignature(body, signatureText, publicKey) ? 'valid' : 'invalid';
    return { valid: declared === actual && signature === 'valid', declared, actual, keyId, signature };
  }
  const declared = CHECKSUM_HEADER.exec(header)?.[1];
  if (declared === undefined) return { valid: false };
  return { valid: declared === actual && !publicKey, declared, actual, signature: 'absent' };
}
