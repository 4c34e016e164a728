// One behavioural contract for every KeyStore adapter (SQLite, MongoDB). Each `open()` is one more
// host on the same storage; subject ids are random per test, so the suite can share a server.
import { randomBytes, randomUUID } from 'node:crypto';
import { decryptField, encryptField, ERASED, type KeyStore } from '#privacy';

export interface KeyStoreFixture {
  /** A handle on the shared storage, as another host opens it: the same master key unless given. */
  open(masterKey?: Buffer): Promise<KeyStore>;
  cleanup(): Promise<void>;
}

export function describeKeyStoreContract(name: string, create: (masterKey: Buffer) => Promise<KeyStoreFixture>): void {
  describe(`KeyStore contract: ${name}`, () => {
    const masterKey = randomBytes(32);
    let fixture: KeyStoreFixture;
    const opened: KeyStore[] = [];
    const host = async (key?: Buffer) => {
      const keys = await fixture.open(key);
      opened.push(keys);
      return keys;
    };
    const subject = () => `subject-${randomUUID()}`;

    beforeEach(async () => {
      fixture = await create(masterKey);
    });

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((keys) => keys.close()));
      await fixture.cleanup();
    });

    it('creates one 32-byte key per subject on first use and returns it again', async () => {
      const keys = await host();
      const id = subject();
      expect(await keys.existingKey(id)).toBeUndefined();
      expect(await keys.existingKey(id)).toBeUndefined();
      const key = await keys.keyFor(id);
      expect(key).toHaveLength(32);
      expect(await keys.keyFor(id)).toEqual(key);
      expect(await keys.existingKey(id)).toEqual(key);
      expect(await keys.keyFor(subject())).not.toEqual(key);
    });

    it('creates the missing keys of many subjects at once, leaving existing and destroyed ones as they were', async () => {
      const [first, second] = [await host(), await host()];
      const [existing, destroyed, fresh] = [subject(), subject(), subject()];
      const kept = await first.keyFor(existing);
      await first.keyFor(destroyed);
      await first.destroy(destroyed, new Date('2024-06-01T00:00:00Z'));
      await first.createKeys([existing, destroyed, fresh, fresh]);
      expect(await second.existingKey(existing)).toEqual(kept);
      expect(await second.keyFor(destroyed)).toBeUndefined();
      expect(await second.existingKey(fresh)).toHaveLength(32);
      expect(await second.keyFor(fresh)).toEqual(await first.existingKey(fresh));
    });

    it('gives every host the same key: what one host encrypts, another decrypts', async () => {
      const [first, second] = [await host(), await host()];
      const id = subject();
      const ciphertext = encryptField('ops@alpha.example', (await first.keyFor(id)) as Buffer);
      expect(decryptField(ciphertext, await second.existingKey(id))).toBe('ops@alpha.example');
      expect(await second.keyFor(id)).toEqual(await first.keyFor(id));
    });

    it('keeps one key per subject when two hosts create the first one at once', async () => {
      const [first, second] = [await host(), await host()];
      const id = subject();
      const keys = await Promise.all([first, second, first, second].map((keys) => keys.keyFor(id)));
      expect(keys[0]).toHaveLength(32);
      for (const key of keys) expect(key).toEqual(keys[0]);
      expect(await second.existingKey(id)).toEqual(keys[0]);
    });

    it('destroys a key for every host, for good: idempotent, never re-created, ciphertext reads as [erased]', async () => {
      const [first, second] = [await host(), await host()];
      const id = subject();
      const ciphertext = encryptField('13812345678', (await first.keyFor(id)) as Buffer);
      await second.destroy(id, new Date('2026-01-02T00:00:00Z'));
      await first.destroy(id, new Date('2026-01-03T00:00:00Z'));
      for (const keys of [first, second]) {
        expect(await keys.keyFor(id)).toBeUndefined();
        expect(decryptField(ciphertext, await keys.existingKey(id))).toBe(ERASED);
      }
    });

    it('a subject destroyed before it ever had a key never gets one', async () => {
      const [first, second] = [await host(), await host()];
      const id = subject();
      await first.destroy(id, new Date());
      expect(await second.keyFor(id)).toBeUndefined();
      expect(await first.keyFor(id)).toBeUndefined();
    });

    it('a destroy racing the first creation leaves no key on any host', async () => {
      const [first, second] = [await host(), await host()];
      const id = subject();
      await Promise.all([first.keyFor(id), second.destroy(id, new Date()), first.keyFor(id)]);
      expect(await first.keyFor(id)).toBeUndefined();
      expect(await second.existingKey(id)).toBeUndefined();
    });

    it('keeps keys wrapped: a host with another master key gets an error, never a key of its own', async () => {
      const id = subject();
      await (await host()).keyFor(id);
      const stranger = await host(randomBytes(32));
      await expect(stranger.existingKey(id)).rejects.toThrow();
      await expect(stranger.keyFor(id)).rejects.toThrow();
    });
  });
}
