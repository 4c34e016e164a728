import type { KeysetPosition } from './read-store.port.js';

// Opaque to clients: base64url of the keyset position, so the wire format can change freely.

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

/** Undefined for anything that is not a cursor we issued. */
export function decodeCursor(cursor: string): KeysetPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [value, id] = parsed as unknown[];
    if ((typeof value !== 'string' && typeof value !== 'number') || typeof id !== 'string') return undefined;
    return { value, id };
  } catch {
    return undefined;
  }
}
