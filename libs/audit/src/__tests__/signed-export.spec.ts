import { createHash, createPublicKey, verify } from 'node:crypto';
import { ExportSigningKey, parsePublicKey, publicKeyDocument } from '../export-signing-key.js';
import { checkSignedExport, signExport } from '../signed-export.js';

describe('signed export', () => {
  const body = 'position,revision\n1,0\n';
  const key = ExportSigningKey.fromSeed(Buffer.alloc(32, 1));
  const otherKey = ExportSigningKey.fromSeed(Buffer.alloc(32, 2));
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('puts the SHA-256 of the rest of the file and its Ed25519 signature on the first line', () => {
    const file = signExport(body, key);
    const [header, ...rest] = file.split('\n');
    const match = /^# dossier-audit-export sha256=([0-9a-f]{64}) ed25519=(\S+) key=([0-9a-f]{16})$/.exec(header);
    expect(match?.[1]).toBe(sha256(rest.join('\n')));
    expect(rest.join('\n')).toBe(body);
    // Any Ed25519 verifier checks it with the public PEM alone.
    expect(verify(null, Buffer.from(body), createPublicKey(publicKeyDocument(key.publicKey).pem), Buffer.from(match![2], 'base64'))).toBe(true);
    expect(match?.[3]).toBe(key.keyId);
  });

  it('checks an untouched file as valid, with the signer public key', () => {
    expect(checkSignedExport(signExport(body, key))).toMatchObject({ valid: true, signature: 'unchecked' });
    expect(checkSignedExport(signExport(body, key), key.publicKey)).toMatchObject({ valid: true, signature: 'valid', keyId: key.keyId });
  });

  it('refuses a file checked with another public key', () => {
    expect(checkSignedExport(signExport(body, key), otherKey.publicKey)).toMatchObject({ valid: false, signature: 'invalid' });
  });

  it('refuses a body edited with its checksum recomputed: only the signature catches it', () => {
    const file = signExport(body, key);
    const edited = file.replace('1,0', '1,1').replace(/sha256=[0-9a-f]{64}/, `sha256=${sha256(body.replace('1,0', '1,1'))}`);
    expect(checkSignedExport(edited).valid).toBe(true);
    expect(checkSignedExport(edited, key.publicKey)).toMatchObject({ valid: false, signature: 'invalid' });
  });

  it.each([
    ['an edited body', (file: string) => file.replace('1,0', '1,1')],
    ['an appended line', (file: string) => `${file}2,1\n`],
    ['a removed trailing newline', (file: string) => file.slice(0, -1)],
    ['a forged header', (file: string) => file.replace(/sha256=[0-9a-f]{4}/, 'sha256=0000')],
    ['no header at all', () => body],
  ])('refuses %s', (_, edit) => {
    expect(checkSignedExport(edit(signExport(body, key))).valid).toBe(false);
    expect(checkSignedExport(edit(signExport(body, key)), key.publicKey).valid).toBe(false);
  });

  describe('checksum-only files from before signing', () => {
    const legacy = `# dossier-audit-export sha256=${sha256(body)}\n${body}`;

    it('still check by their checksum, and fail when a signature is asked for', () => {
      expect(checkSignedExport(legacy)).toMatchObject({ valid: true, signature: 'absent' });
      expect(checkSignedExport(legacy.replace('1,0', '1,1')).valid).toBe(false);
      expect(checkSignedExport(legacy, key.publicKey)).toMatchObject({ valid: false, signature: 'absent' });
    });
  });

  it('reads the public key as PEM, JWK or the served document', () => {
    const document = publicKeyDocument(key.publicKey);
    for (const text of [document.pem, JSON.stringify(document.jwk), JSON.stringify(document)]) expect(parsePublicKey(text).equals(key.publicKey)).toBe(true);
    expect(() => parsePublicKey('not a key')).toThrow();
  });
});
