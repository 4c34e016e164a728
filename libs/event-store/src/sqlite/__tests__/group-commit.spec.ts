import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '#shared';
import { GroupCommit } from '../group-commit.js';
import { openSqliteEventStore } from '../sqlite-event-store.js';

const event = (type = 'Noted') => ({
  id: crypto.randomUUID(),
  type,
  data: {},
  metadata: { actorId: 'a', actorRole: 'admin', correlationId: 'c', causationId: 'c', occurredAt: '2024-01-01T00:00:00.000Z', schemaVersion: 1 },
});

describe('GroupCommit', () => {
  it('serves requests made in the same turn with one commit, each with its own outcome', async () => {
    const commits: number[][] = [];
    const group = new GroupCommit<number, number>((requests) => {
      commits.push([...requests]);
      return requests.map((n) => (n < 0 ? { ok: false, error: new Error(`bad ${n}`) } : { ok: true, value: n * 10 }));
    });
    const outcomes = await Promise.allSettled([group.submit(1), group.submit(-2), group.submit(3)]);
    expect(commits).toEqual([[1, -2, 3]]);
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('bad -2') },
      { status: 'fulfilled', value: 30 },
    ]);
    await group.submit(4);
    expect(commits).toHaveLength(2);
  });

  it('settles nothing before the commit ran, and fails every member when the commit itself fails', async () => {
    let committed = false;
    const group = new GroupCommit<number, number>(() => {
      committed = true;
      throw new Error('disk I/O error');
    });
    const settledEarly: boolean[] = [];
    const pending = [group.submit(1), group.submit(2)].map((p) => p.finally(() => settledEarly.push(!committed)));
    const outcomes = await Promise.allSettled(pending);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(settledEarly).toEqual([false, false]);
  });
});

describe('SqliteEventStore group commit', () => {
  it('commits the appends of one turn in one transaction (another connection sees one commit)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-group-'));
    const file = join(dir, 'events.db');
    const store = openSqliteEventStore(file, new ManualClock(new Date('2024-01-01T00:00:00Z')));
    const reader = new BetterSqlite3(file, { readonly: true });
    try {
      await store.append('warm-up', [event()], 'no_stream');
      // data_version changes once per transaction committed by another connection.
      const version = () => reader.pragma('data_version', { simple: true }) as number;
      const before = version();
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(`s-${i}`, [event()], 'no_stream')));
      expect(version()).toBe(before + 1);
      expect(results.map((r) => r.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    } finally {
      reader.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SqliteEventStore multi-stream appends in a group commit', () => {
  it('joins a group as one member: its parts land or fail together, the other members land in the same commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-group-'));
    const file = join(dir, 'events.db');
    const store = openSqliteEventStore(file, new ManualClock(new Date('2024-01-01T00:00:00Z')));
    const reader = new BetterSqlite3(file, { readonly: true });
    try {
      await store.append('taken', [event()], 'no_stream');
      const version = () => reader.pragma('data_version', { simple: true }) as number;
      const before = version();
      const outcomes = await Promise.allSettled([
        store.append('single-1', [event()], 'no_stream'),
        store.appendToStreams([
          { streamId: 'multi-1', events: [event(), event()], expected: 'no_stream' },
          { streamId: 'taken', events: [event()], expected: 'no_stream' },
        ]),
        store.appendToStreams([
          { streamId: 'multi-2', events: [event()], expected: 'no_stream' },
          { streamId: 'multi-3', events: [event()], expected: 'no_stream' },
        ]),
        store.append('single-2', [event()], 'no_stream'),
      ]);
      expect(version()).toBe(before + 1);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(await store.readStream('multi-1')).toEqual([]);
      const feed = await store.readAll({ after: 1, limit: 10 });
      expect(feed.map((e) => [e.streamId, e.position])).toEqual([
        ['single-1', 2],
        ['multi-2', 3],
        ['multi-3', 4],
        ['single-2', 5],
      ]);
    } finally {
      reader.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
