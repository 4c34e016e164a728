import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptField, encryptField, ERASED } from '../field-cipher.js';
import { SqliteKeyStore } from '../sqlite-key-store.js';

describe('SqliteKeyStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-keys-'));
  const file = join(dir, 'keys.db');
  const master = randomBytes(32);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates one key per subject, keeps it across reopening, and stores it wrapped', async () => {
    const keys = new SqliteKeyStore(file, master);
    const key = await keys.keyFor('c1');
    expect(key).toHaveLength(32);
    expect(await keys.keyFor('c1')).toEqual(key);
    expect(await keys.existingKey('c2')).toBeUndefined();
    await keys.close();
    const reopened = new SqliteKeyStore(file, master);
    expect(await reopened.existingKey('c1')).toEqual(key);
    await reopened.close();
    expect(readFileSync(file).includes(key as Buffer)).toBe(false);
  });

  it('creates the keys asked for at once together: each subject one key, the same to every asker, kept after reopening', async () => {
    const keys = new SqliteKeyStore(file, master);
    const asked = ['g1', 'g2', 'g1', 'g3'];
    const [g1, g2, g1Again, g3] = await Promise.all(asked.map((subject) => keys.keyFor(subject)));
    expect(g1Again).toEqual(g1);
    expect(new Set([g1, g2, g3].map((k) => k?.toString('hex'))).size).toBe(3);
    await keys.close();
    const reopened = new SqliteKeyStore(file, master);
    expect(await Promise.all(['g1', 'g2', 'g3'].map((subject) => reopened.existingKey(subject)))).toEqual([g1, g2, g3]);
    await reopened.close();
  });

  it('destroys a key for good: no re-creation, ciphertext reads as [erased]', async () => {
    const keys = new SqliteKeyStore(file, master);
    const key = (await keys.keyFor('c3')) as Buffer;
    const secret = encryptField('13812345678', key);
    await keys.destroy('c3', new Date());
    await keys.destroy('c3', new Date());
    expect(await keys.keyFor('c3')).toBeUndefined();
    expect(decryptField(secret, await keys.existingKey('c3'))).toBe(ERASED);
    await keys.close();
  });

  it('refuses to unwrap keys with another master key', async () => {
    const keys = new SqliteKeyStore(file, randomBytes(32));
    await expect(keys.existingKey('c1')).rejects.toThrow();
    await keys.close();
  });

  it('answers a new key only once it is in the file: another handle finds it at that moment', async () => {
    const keys = new SqliteKeyStore(file, master);
    const other = new SqliteKeyStore(file, master);
    const subjects = Array.from({ length: 50 }, (_, i) => `d${i}`);
    const seenByOther = await Promise.all(subjects.map(async (subject) => [await keys.keyFor(subject), await other.existingKey(subject)]));
    for (const [created, found] of seenByOther) expect(found).toEqual(created);
    await Promise.all([keys.close(), other.close()]);
  });

  it('asked for keys while it closes, creates them before it closes', async () => {
    const keys = new SqliteKeyStore(file, master);
    const asked = keys.keyFor('e1');
    await keys.close();
    const created = await asked;
    const reopened = new SqliteKeyStore(file, master);
    expect(await reopened.existingKey('e1')).toEqual(created);
    await reopened.close();
  });
});
