import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';

/** DER of a PKCS#8 Ed25519 private key up to its 32-byte seed (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Short name of a public key: the first 16 hex digits of the SHA-256 of its SubjectPublicKeyInfo. */
export function publicKeyId(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);
}

/** The Ed25519 key that signs audit exports (SPEC §7), made from a 32-byte seed. */
export class ExportSigningKey {
  readonly publicKey: KeyObject;
  readonly keyId: string;

  private constructor(private readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
    this.keyId = publicKeyId(this.publicKey);
  }

  static fromSeed(seed: Buffer): ExportSigningKey {
    if (seed.length !== 32) throw new Error('An Ed25519 seed is 32 bytes');
    return new ExportSigningKey(createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
  }

  static newSeed(): Buffer {
    return randomBytes(32);
  }

  /** Base64 Ed25519 signature of the UTF-8 bytes of `text`. */
  sign(text: string): string {
    return sign(null, Buffer.from(text, 'utf8'), this.privateKey).toString('base64');
  }
}

export function verifyExportSignature(text: string, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** What `GET /v1/audit/signing-key` serves: the same public key as PEM and as JWK. */
export interface PublicKeyDocument {
  algorithm: 'Ed25519';
  keyId: string;
  pem: string;
  jwk: JsonWebKey;
}

export function publicKeyDocument(key: KeyObject): PublicKeyDocument {
  return { algorithm: 'Ed25519', keyId: publicKeyId(key), pem: key.export({ format: 'pem', type: 'spki' }).toString(), jwk: key.export({ format: 'jwk' }) };
}

/** An Ed25519 public key from a PEM, a JWK, or a PublicKeyDocument (JSON); throws on anything else. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN') ? createPublicKey(trimmed) : fromJson(JSON.parse(trimmed) as Partial<PublicKeyDocument> & JsonWebKey);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Not an Ed25519 public key (${key.asymmetricKeyType})`);
  return key;
}

function fromJson(json: Partial<PublicKeyDocument> & JsonWebKey): KeyObject {
  if (typeof json.pem === 'string') return createPublicKey(json.pem);
  const jwk = json.jwk ?? json;
  return createPublicKey({ key: jwk, format: 'jwk' });
}
