const BITS = 1 << 25; // 4 MB: ~1% false positives at 3 million keys

/**
 * A Bloom filter of the documents a rebuild has written. A rebuild starts from empty shadow
 * collections, so a key it never wrote cannot be there: most lookups of new customers, members and
 * cohorts skip the store. A false positive only costs the lookup it would have made anyway.
 */
export class WrittenKeysFilter {
  private readonly bits = new Uint32Array(BITS / 32);

  add(key: string): void {
    const [a, b] = hashes(key);
    for (let i = 0; i < 3; i += 1) {
      const bit = (a + i * b) & (BITS - 1);
      this.bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  mightContain(key: string): boolean {
    const [a, b] = hashes(key);
    for (let i = 0; i < 3; i += 1) {
      const bit = (a + i * b) & (BITS - 1);
      if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Two independent 32-bit FNV-1a variants (double hashing gives the k positions). */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return [a >>> 0, (b >>> 0) | 1];
}
