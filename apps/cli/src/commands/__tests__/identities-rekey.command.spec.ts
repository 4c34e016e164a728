import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdentityFingerprints, identityHashKey, toProposedEvents } from '#application';
import { identityClaimStream } from '#domain';
import { openSqliteEventStore, type EventStore } from '#event-store';
import { SystemClock } from '#shared';
import { capturedOutput } from './captured-output.js';
import { register as registerIdentitiesRekey } from '../identities-rekey.command.js';
import { register as registerImport } from '../import.command.js';
import { register as registerUsersImport } from '../users-import.command.js';

// Issue 11, hole 3: identity-claim stream names are keyed hashes; `identities:rekey` moves claims
// made under the unkeyed SHA-256 names of earlier versions.

describe('identities:rekey on a real SQLite data dir', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-cli-rekey-'));
  const masterKey = Buffer.alloc(32, 9).toString('base64');
  const env = {
    DATA_DIR: dataDir,
    DATA_KEY_ENCRYPTION_KEY: masterKey,
    ADMIN_PASSWORD: 'admin-password-1',
    JWT_SECRET: 'cli-test-secret-that-is-long-enough-01',
    LOG_LEVEL: 'silent',
  };
  const keyed = new IdentityFingerprints(identityHashKey(Buffer.from(masterKey, 'base64')));
  const identity = { name: 'Rekey Co', contact: { phone: '13800000007' } };
  const printed = capturedOutput();

  const run = async (...args: string[]) => {
    printed.length = 0;
    const program = new Command().exitOverride();
    for (const register of [registerUsersImport, registerImport, registerIdentitiesRekey]) register(program, env);
    await program.parseAsync(args, { from: 'user' });
    return JSON.parse(printed.join('\n')) as Record<string, unknown>;
  };
  const withStore = async <T>(work: (store: EventStore) => Promise<T>): Promise<T> => {
    const store = openSqliteEventStore(join(dataDir, 'events.db'), new SystemClock());
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };
  const holders = (store: EventStore, fingerprint: string) =>
    store
      .readStream(identityClaimStream(fingerprint))
      .then((events) =>
        events.reduce(
          (held, e) => (e.type === 'CustomerIdentityReleased' ? held.filter((id) => id !== e.data.customerId) : [...held, String(e.data.customerId)]),
          [] as string[],
        ),
      );
  const append = (store: EventStore, fingerprint: string, type: string, customerId: string) => {
    const context = { actor: { userId: 'old-version', role: 'admin' as const }, correlationId: 'c', causationId: 'c' };
    return store.append(
      identityClaimStream(fingerprint),
      toProposedEvents([{ type, data: { customerId } }], identityClaimStream(fingerprint), context, new Date()),
      'any',
    );
  };

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('names the claim streams of a registration by a keyed hash: nothing under the unkeyed SHA-256 name', async () => {
    writeFileSync(join(dataDir, 'users.csv'), 'username,password,role\nrekey.sales,long-enough-pw-1,sales\n');
    await run('users:import', join(dataDir, 'users.csv'));
    writeFileSync(
      join(dataDir, 'customers.csv'),
      `name,type,contact.phone,industry,region,source\n${identity.name},enterprise,${identity.contact.phone},internet,HB,online\n`,
    );
    expect((await run('import', join(dataDir, 'customers.csv'), '--as', 'rekey.sales')).created).toBe(1);
    await withStore(async (store) => {
      const [legacy] = IdentityFingerprints.legacy(identity.name, identity.contact);
      expect(await store.readStream(identityClaimStream(legacy))).toEqual([]);
      expect(await holders(store, keyed.of(identity.name, identity.contact)[0])).toHaveLength(1);
    });
  });

  it('moves claims made under the unkeyed names to the keyed ones; a second run changes nothing', async () => {
    const [legacy] = IdentityFingerprints.legacy(identity.name, identity.contact);
    const [current] = keyed.of(identity.name, identity.contact);
    // The data dir as an earlier version left it: the claim under the SHA-256 name only.
    const customerId = await withStore(async (store) => {
      const [holder] = await holders(store, current);
      await append(store, current, 'CustomerIdentityReleased', holder);
      await append(store, legacy, 'CustomerIdentityClaimed', holder);
      return holder;
    });

    expect(await run('identities:rekey')).toEqual({ customers: 1, appended: 2 });
    await withStore(async (store) => {
      expect(await holders(store, legacy)).toEqual([]);
      expect(await holders(store, current)).toEqual([customerId]);
    });
    // Duplicate detection finds the customer again under the keyed name: the twin (its own code, so not recognised
    // as the earlier import of the same row) is skipped as that customer instead of registered.
    writeFileSync(
      join(dataDir, 'twin.csv'),
      `code,name,type,contact.phone,industry,region,source\nHD-IT-2024-777,${identity.name},enterprise,${identity.contact.phone},internet,HD,online\n`,
    );
    const twin = await run('import', join(dataDir, 'twin.csv'), '--as', 'rekey.sales');
    expect(twin).toMatchObject({ created: 0, skipped: 1, rejected: [] });

    const head = await withStore((store) => store.headPosition());
    expect(await run('identities:rekey')).toEqual({ customers: 1, appended: 0 });
    expect(await withStore((store) => store.headPosition())).toBe(head);
  });
});
