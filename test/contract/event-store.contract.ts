// One behavioural contract for every EventStore adapter (SQLite, EventStoreDB).
// Tests use random stream ids, types and prefixes, and read the feed only after the head they
// saw at the start, so the suite can run against a shared server.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '#shared';
import {
  DuplicateEventIdError,
  RepeatedStreamError,
  SubscriptionFailedError,
  WrongExpectedRevisionError,
  type EventStore,
  type EventSubscription,
  type ExpectedRevision,
  type ProposedEvent,
  type RecordedEvent,
  GENESIS_HASH,
  eventHash,
} from '#event-store';

export interface ContractOptions {
  /** The store can tell an event id reused in another stream (SQLite: unique index; EventStoreDB: no global id index). */
  detectsIdReuseAcrossStreams?: boolean;
}

export function describeEventStoreContract(
  name: string,
  create: (clock: ManualClock) => Promise<{ store: EventStore; cleanup(): Promise<void> }>,
  options: ContractOptions = {},
): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let clock: ManualClock;
    let cleanup: () => Promise<void>;
    let prefix: string;
    let startHead: number;

    beforeEach(async () => {
      clock = new ManualClock(new Date('2024-05-01T08:00:00.000Z'));
      ({ store, cleanup } = await create(clock));
      prefix = `ct${randomUUID().replaceAll('-', '').slice(0, 12)}-`;
      startHead = await store.headPosition();
    });

    afterEach(async () => {
      await cleanup();
    });

    const streamId = (label = 'customer'): string => `${prefix}${label}-${randomUUID()}`;
    const appendOne = (stream: string, expected: ExpectedRevision, type = 'Noted') => store.append(stream, [proposed(type)], expected);
    const ours = (events: RecordedEvent[]) => events.filter((e) => e.streamId.startsWith(prefix));

    describe('append expectations', () => {
      it('creates a stream with no_stream and refuses no_stream once it exists', async () => {
        const s = streamId();
        const first = await appendOne(s, 'no_stream');
        expect(first.nextRevision).toBe(0);
        expect(first.position).toBeGreaterThan(startHead);
        await expect(appendOne(s, 'no_stream')).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', actual: 0 });
      });

      it('appends with any to a new and to an existing stream', async () => {
        const s = streamId();
        expect((await appendOne(s, 'any')).nextRevision).toBe(0);
        expect((await appendOne(s, 'any')).nextRevision).toBe(1);
      });

      it('refuses stream_exists on a missing stream with actual -1, accepts it on an existing one', async () => {
        const s = streamId();
        const error = await appendOne(s, 'stream_exists').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId: s, expected: 'stream_exists', actual: -1 });
        expect(await store.readStream(s)).toEqual([]);
        await appendOne(s, 'no_stream');
        expect((await appendOne(s, 'stream_exists')).nextRevision).toBe(1);
      });

      it('appends at an exact revision and reports the actual one on conflict', async () => {
        const s = streamId();
        await appendOne(s, 'no_stream');
        expect((await appendOne(s, 0)).nextRevision).toBe(1);
        const error = await appendOne(s, 0).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ expected: 0, actual: 1 });
        await expect(appendOne(s, 5)).rejects.toMatchObject({ actual: 1 });
        await expect(appendOne(streamId(), 0)).rejects.toMatchObject({ actual: -1 });
      });

      it('numbers revisions from 0, consecutively, across batches', async () => {
        const s = streamId();
        const a = await store.append(s, [proposed('A'), proposed('B'), proposed('C')], 'no_stream');
        expect(a.nextRevision).toBe(2);
        const b = await store.append(s, [proposed('D'), proposed('E')], 2);
        expect(b.nextRevision).toBe(4);
        const events = await store.readStream(s);
        expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
        expect(events.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D', 'E']);
        expect(events.every((e) => e.streamId === s)).toBe(true);
        expect(b.position).toBe(events[4].position);
        expect(a.position).toBe(events[2].position);
      });

      it('gives strictly increasing positions across streams', async () => {
        const s1 = streamId('one');
        const s2 = streamId('two');
        const results = [
          await store.append(s1, [proposed('A'), proposed('A')], 'no_stream'),
          await store.append(s2, [proposed('B')], 'no_stream'),
          await store.append(s1, [proposed('A')], 1),
          await store.append(s2, [proposed('B'), proposed('B')], 0),
        ];
        const positions = results.map((r) => r.position);
        expect(isStrictlyIncreasing(positions)).toBe(true);
        const feed = await readWholeFeed(store, { after: startHead, streamPrefixes: [prefix] });
        expect(feed.map((e) => e.streamId)).toEqual([s1, s1, s2, s1, s2, s2]);
        expect(isStrictlyIncreasing(feed.map((e) => e.position))).toBe(true);
        expect(feed.every((e) => Number.isSafeInteger(e.position) && e.position > startHead)).toBe(true);
      });
    });

    describe('appendToStreams', () => {
      it('lands every part, each judged by its own expectation, with results in the order asked', async () => {
        const [existing, fresh, anywhere] = [streamId('existing'), streamId('fresh'), streamId('any')];
        await appendOne(existing, 'no_stream');
        const results = await store.appendToStreams([
          { streamId: existing, events: [proposed('A'), proposed('B')], expected: 0 },
          { streamId: fresh, events: [proposed('C')], expected: 'no_stream' },
          { streamId: anywhere, events: [proposed('D')], expected: 'any' },
        ]);
        expect(results.map((r) => r.nextRevision)).toEqual([2, 0, 0]);
        const streams = await store.readStreams([existing, fresh, anywhere, streamId('missing')]);
        expect([...streams.values()].map((events) => events.map((e) => e.type))).toEqual([['Noted', 'A', 'B'], ['C'], ['D'], []]);
        expect(results.map((r) => r.position)).toEqual([existing, fresh, anywhere].map((s) => streams.get(s)!.at(-1)!.position));
      });

      it('writes nothing when one part is at a wrong revision, and names that stream', async () => {
        const [a, b, c] = [streamId('a'), streamId('b'), streamId('c')];
        await appendOne(b, 'no_stream');
        await appendOne(b, 0);
        const error = await store
          .appendToStreams([
            { streamId: a, events: [proposed('A')], expected: 'no_stream' },
            { streamId: b, events: [proposed('B')], expected: 0 },
            { streamId: c, events: [proposed('C')], expected: 'any' },
          ])
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId: b, expected: 0, actual: 1 });
        expect(await store.readStream(a)).toEqual([]);
        expect(await store.readStream(c)).toEqual([]);
        expect((await readWholeFeed(store, { after: startHead, streamPrefixes: [prefix] })).map((e) => e.streamId)).toEqual([b, b]);
      });

      it('puts all the parts in one contiguous run of the global feed, each stream in revision order', async () => {
        const [a, b, c] = [streamId('a'), streamId('b'), streamId('c')];
        await appendOne(b, 'no_stream');
        const batch = [
          { streamId: a, events: [proposed('A1'), proposed('A2')], expected: 'no_stream' as const },
          { streamId: b, events: [proposed('B1')], expected: 0 },
          { streamId: c, events: [proposed('C1'), proposed('C2'), proposed('C3')], expected: 'any' as const },
        ];
        const results = await store.appendToStreams(batch);
        const ids = new Set(batch.flatMap((part) => part.events.map((e) => e.id)));
        const feed = await readWholeFeed(store, { after: startHead });
        const first = feed.findIndex((e) => ids.has(e.id));
        const run = feed.slice(first, first + ids.size);
        expect(new Set(run.map((e) => e.id))).toEqual(ids);
        expect(isStrictlyIncreasing(run.map((e) => e.position))).toBe(true);
        for (const part of batch) {
          expect(run.filter((e) => e.streamId === part.streamId).map((e) => e.id)).toEqual(part.events.map((e) => e.id));
        }
        expect(Math.max(...results.map((r) => r.position))).toBe(run.at(-1)!.position);
      });

      it('shows subscribers all the parts of a multi-stream append or none of them', async () => {
        const [a, b, marker] = [streamId('a'), streamId('b'), streamId('marker')];
        await appendOne(b, 'no_stream');
        const subscription = store.subscribeToAll({ after: startHead, streamPrefixes: [prefix] });
        const reader = collect(subscription, 5);
        const refused = store.appendToStreams([
          { streamId: a, events: [proposed('Refused')], expected: 'no_stream' },
          { streamId: b, events: [proposed('Refused')], expected: 'no_stream' },
        ]);
        await expect(refused).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', streamId: b });
        await store.appendToStreams([
          { streamId: a, events: [proposed('Landed')], expected: 'no_stream' },
          { streamId: b, events: [proposed('Landed'), proposed('Landed')], expected: 0 },
        ]);
        await appendOne(marker, 'no_stream', 'Marker');
        const events = await reader;
        await subscription.close();
        expect(events.map((e) => e.type)).toEqual(['Noted', 'Landed', 'Landed', 'Landed', 'Marker']);
      });

      it('chains each stream on from its own head', async () => {
        const [a, b] = [streamId('a'), streamId('b')];
        await store.append(a, [proposed('A', { n: 1 })], 'no_stream');
        await store.appendToStreams([
          { streamId: a, events: [proposed('A', { n: 2 }), proposed('A', { n: 3 })], expected: 0 },
          { streamId: b, events: [proposed('B', { n: 1 })], expected: 'no_stream' },
        ]);
        await store.append(b, [proposed('B', { n: 2 })], 0);
        for (const s of [a, b]) {
          let prevHash = GENESIS_HASH;
          for (const event of await store.readStream(s)) {
            expect(event.metadata.prevHash).toBe(prevHash);
            expect(event.metadata.hash).toBe(eventHash(prevHash, event));
            prevHash = event.metadata.hash;
          }
        }
        expect((await store.readStream(a)).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      });

      it('answers a retry of the same parts with the original results and appends nothing', async () => {
        const [a, b] = [streamId('a'), streamId('b')];
        const batch = [
          { streamId: a, events: [proposed('A')], expected: 'no_stream' as const },
          { streamId: b, events: [proposed('B'), proposed('B')], expected: 'any' as const },
        ];
        const original = await store.appendToStreams(batch);
        expect(await store.appendToStreams(batch)).toEqual(original);
        expect((await readWholeFeed(store, { after: startHead, streamPrefixes: [prefix] })).length).toBe(3);
      });

      it('refuses a stream named twice, writing nothing', async () => {
        const [a, b] = [streamId('a'), streamId('b')];
        const twice = store.appendToStreams([
          { streamId: a, events: [proposed('A')], expected: 'any' },
          { streamId: b, events: [proposed('B')], expected: 'any' },
          { streamId: a, events: [proposed('A')], expected: 'any' },
        ]);
        await expect(twice).rejects.toBeInstanceOf(RepeatedStreamError);
        expect(await readWholeFeed(store, { after: startHead, streamPrefixes: [prefix] })).toEqual([]);
      });

      it('lets one of several multi-stream appends claiming the same stream win; the losers write none of their parts', async () => {
        const claimed = streamId('claimed');
        const others = Array.from({ length: 4 }, (_, i) => streamId(`other${i}`));
        const outcomes = await Promise.allSettled(
          others.map((other) =>
            store.appendToStreams([
              { streamId: other, events: [proposed('Mine')], expected: 'no_stream' },
              { streamId: claimed, events: [proposed('Claimed', { by: other })], expected: 'no_stream' },
            ]),
          ),
        );
        const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [others[i]] : []));
        expect(won).toHaveLength(1);
        for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ name: 'WrongExpectedRevisionError', streamId: claimed });
        const streams = await store.readStreams([claimed, ...others]);
        expect(streams.get(claimed)!.map((e) => e.data)).toEqual([{ by: won[0] }]);
        expect(others.filter((o) => streams.get(o)!.length > 0)).toEqual(won);
      });
    });

    describe('readStream', () => {
      it('reads a range by fromRevision, toRevision and maxCount', async () => {
        const s = streamId();
        await store.append(
          s,
          Array.from({ length: 6 }, (_, i) => proposed('N', { i })),
          'no_stream',
        );
        const revisions = async (o: Parameters<EventStore['readStream']>[1]) => (await store.readStream(s, o)).map((e) => e.revision);
        expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5]);
        expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4, 5]);
        expect(await revisions({ toRevision: 2 })).toEqual([0, 1, 2]);
        expect(await revisions({ fromRevision: 1, toRevision: 3 })).toEqual([1, 2, 3]);
        expect(await revisions({ fromRevision: 1, maxCount: 2 })).toEqual([1, 2]);
        expect(await revisions({ fromRevision: 2, toRevision: 4, maxCount: 10 })).toEqual([2, 3, 4]);
        expect(await revisions({ fromRevision: 9 })).toEqual([]);
      });

      it('reads a missing stream as []', async () => {
        expect(await store.readStream(streamId())).toEqual([]);
      });
    });

    describe('readAll', () => {
      it('pages the feed with an exclusive after, without skipping or repeating', async () => {
        const appendedIds: string[] = [];
        const streams = [streamId('a'), streamId('b')];
        for (let i = 0; i < 7; i += 1) {
          const event = proposed('Paged', { i });
          appendedIds.push(event.id);
          await store.append(streams[i % 2], [event], 'any');
        }
        for (const filter of [{ streamPrefixes: [prefix] }, {}]) {
          const seen: RecordedEvent[] = [];
          let after = startHead;
          for (;;) {
            const page = await store.readAll({ after, limit: 3, ...filter });
            if (page.length === 0) break;
            expect(page.length).toBeLessThanOrEqual(3);
            expect(page[0].position).toBeGreaterThan(after);
            seen.push(...page);
            after = page[page.length - 1].position;
            if (ours(seen).length >= 7 && !('streamPrefixes' in filter)) break;
          }
          expect(isStrictlyIncreasing(seen.map((e) => e.position))).toBe(true);
          expect(ours(seen).map((e) => e.id)).toEqual(appendedIds);
        }
      });

      it('filters by event type', async () => {
        const typeA = `${prefix}Alpha`;
        const typeB = `${prefix}Beta`;
        const s = streamId();
        await store.append(s, [proposed(typeA), proposed(typeB), proposed(typeA), proposed('Other')], 'no_stream');
        const onlyA = await readWholeFeed(store, { after: startHead, types: [typeA] });
        expect(onlyA.map((e) => [e.type, e.revision])).toEqual([
          [typeA, 0],
          [typeA, 2],
        ]);
        const both = await readWholeFeed(store, { after: startHead, types: [typeA, typeB] });
        expect(both.map((e) => e.revision)).toEqual([0, 1, 2]);
        const paged = await store.readAll({ after: startHead, types: [typeA, typeB], limit: 2 });
        expect(paged.map((e) => e.revision)).toEqual([0, 1]);
      });

      it('filters by stream prefix', async () => {
        const customer = `${prefix}customer-${randomUUID()}`;
        const user = `${prefix}user-${randomUUID()}`;
        const other = `${prefix}webhook-${randomUUID()}`;
        await appendOne(customer, 'no_stream');
        await appendOne(user, 'no_stream');
        await appendOne(other, 'no_stream');
        await appendOne(customer, 0);
        const customers = await readWholeFeed(store, { after: startHead, streamPrefixes: [`${prefix}customer-`] });
        expect(customers.map((e) => [e.streamId, e.revision])).toEqual([
          [customer, 0],
          [customer, 1],
        ]);
        const two = await readWholeFeed(store, { after: startHead, streamPrefixes: [`${prefix}customer-`, `${prefix}user-`] });
        expect(two.map((e) => e.streamId)).toEqual([customer, user, customer]);
        const typed = await readWholeFeed(store, { after: startHead, streamPrefixes: [`${prefix}user-`], types: ['Noted'] });
        expect(typed.map((e) => e.streamId)).toEqual([user]);
      });
    });

    describe('idempotency', () => {
      it('re-appending the same ids returns the original result and adds nothing', async () => {
        const s = streamId();
        const batch = [proposed('A'), proposed('B')];
        const original = await store.append(s, batch, 'no_stream');
        expect(await store.append(s, batch, 'no_stream')).toEqual(original);
        expect(await store.append(s, batch, 'any')).toEqual(original);
        expect(await store.append(s, batch, 'stream_exists')).toEqual(original);
        expect(await store.append(s, batch, 7)).toEqual(original);
        const later = await appendOne(s, 1);
        expect(await store.append(s, batch, 'no_stream')).toEqual(original);
        expect((await store.readStream(s)).map((e) => e.id)).toEqual([...batch.map((e) => e.id), expect.any(String)]);
        expect(later.nextRevision).toBe(2);
        expect((await readWholeFeed(store, { after: startHead, streamPrefixes: [prefix] })).length).toBe(3);
      });

      it('appends nothing for a retry with any or stream_exists after other events followed it', async () => {
        const s = streamId();
        await appendOne(s, 'no_stream');
        const batch = [proposed('A'), proposed('B')];
        const original = await store.append(s, batch, 'any');
        const claim = [proposed('Claimed')];
        const claimed = await store.append(s, claim, 'stream_exists');
        for (let i = 0; i < 3; i += 1) await appendOne(s, 'any');
        expect(await store.append(s, batch, 'any')).toEqual(original);
        expect(await store.append(s, batch, 'stream_exists')).toEqual(original);
        expect(await store.append(s, claim, 'any')).toEqual(claimed);
        expect(await store.append(s, claim, 'stream_exists')).toEqual(claimed);
        const events = await store.readStream(s);
        expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
        expect(events.slice(1, 4).map((e) => e.id)).toEqual([...batch, ...claim].map((e) => e.id));
        expect((await readWholeFeed(store, { after: startHead, streamPrefixes: [prefix] })).length).toBe(7);
      });

      it('refuses a batch that only partly repeats earlier ids', async () => {
        const s = streamId();
        const [a, b, c] = [proposed('A'), proposed('B'), proposed('C')];
        await store.append(s, [a, b], 'no_stream');
        await expect(store.append(s, [b, c], 'any')).rejects.toBeInstanceOf(DuplicateEventIdError);
        await expect(store.append(s, [c, a], 'any')).rejects.toBeInstanceOf(DuplicateEventIdError);
        await expect(store.append(s, [b, a], 'any')).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect((await store.readStream(s)).length).toBe(2);
      });

      if (options.detectsIdReuseAcrossStreams) {
        it('refuses an id already used in another stream', async () => {
          const event = proposed('A');
          await store.append(streamId(), [event], 'no_stream');
          await expect(store.append(streamId(), [event], 'no_stream')).rejects.toBeInstanceOf(DuplicateEventIdError);
          await expect(store.append(streamId(), [proposed('B'), event], 'no_stream')).rejects.toBeInstanceOf(DuplicateEventIdError);
          expect((await readWholeFeed(store, { after: startHead, streamPrefixes: [prefix] })).length).toBe(1);
        });
      }
    });

    describe('hash chain and metadata', () => {
      it('chains each event to the previous one of its stream', async () => {
        const s = streamId();
        await store.append(s, [proposed('A', { n: 1 }), proposed('B', { n: 2 })], 'no_stream');
        await appendOne(streamId(), 'no_stream'); // another stream in between must not affect the chain
        await store.append(s, [proposed('C', { n: 3 })], 1);
        const events = await store.readStream(s);
        expect(events[0].metadata.prevHash).toBe(GENESIS_HASH);
        for (let i = 0; i < events.length; i += 1) {
          const { prevHash, hash } = events[i].metadata;
          if (i > 0) expect(prevHash).toBe(events[i - 1].metadata.hash);
          expect(hash).toMatch(/^[0-9a-f]{64}$/);
          expect(hash).toBe(eventHash(prevHash, events[i]));
        }
      });

      it('stamps recordedAt from the injected clock', async () => {
        const s = streamId();
        clock.set(new Date('2023-02-03T04:05:06.789Z'));
        await appendOne(s, 'no_stream');
        clock.advance(60_000);
        await appendOne(s, 0);
        const [first, second] = await store.readStream(s);
        expect(first.metadata.recordedAt).toBe('2023-02-03T04:05:06.789Z');
        expect(second.metadata.recordedAt).toBe('2023-02-03T04:06:06.789Z');
      });

      it('round-trips data and metadata', async () => {
        const s = streamId();
        const data = { name: '張三 Zhang', nested: { list: [1, 'two', { three: true }], nothing: null }, amount: 12345 };
        const event = proposed('CustomerRegistered', data, { tenant: 'hb', trace: { span: 'abc' } });
        await store.append(s, [event], 'no_stream');
        const [recorded] = await store.readStream(s);
        const [fromFeed] = await store.readAll({ after: startHead, streamPrefixes: [prefix], limit: 1 });
        for (const read of [recorded, fromFeed]) {
          expect(read.id).toBe(event.id);
          expect(read.type).toBe('CustomerRegistered');
          expect(read.data).toEqual(data);
          expect(read.metadata).toEqual({
            ...event.metadata,
            recordedAt: '2024-05-01T08:00:00.000Z',
            prevHash: GENESIS_HASH,
            hashVersion: 2,
            hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          });
        }
        expect(fromFeed).toEqual(recorded);
      });
    });

    describe('subscribeToAll', () => {
      it('catches up, then delivers events appended after subscribing', async () => {
        const s = streamId();
        await store.append(s, [proposed('A'), proposed('B')], 'no_stream');
        const subscription = store.subscribeToAll({ after: startHead, streamPrefixes: [prefix] });
        const reader = collect(subscription, 4);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await appendOne(s, 1, 'C');
        await appendOne(streamId(), 'no_stream', 'D');
        const events = await reader;
        await subscription.close();
        expect(events.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
        expect(isStrictlyIncreasing(events.map((e) => e.position))).toBe(true);
      });

      it('resumes exactly after a given position', async () => {
        const s = streamId();
        await store.append(s, [proposed('A'), proposed('B'), proposed('C')], 'no_stream');
        await store.append(s, [proposed('D')], 2);
        const all = await store.readStream(s);
        const subscription = store.subscribeToAll({ after: all[1].position, streamPrefixes: [prefix] });
        const events = await collect(subscription, 2);
        await subscription.close();
        expect(events.map((e) => e.id)).toEqual([all[2].id, all[3].id]);
      });

      it('applies the type filter live', async () => {
        const wanted = `${prefix}Wanted`;
        const subscription = store.subscribeToAll({ after: startHead, types: [wanted] });
        const reader = collect(subscription, 2);
        const s = streamId();
        await store.append(s, [proposed('Unwanted'), proposed(wanted, { n: 1 })], 'no_stream');
        await store.append(s, [proposed('Unwanted'), proposed(wanted, { n: 2 })], 1);
        const events = await reader;
        await subscription.close();
        expect(events.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
      });

      it('fails permanently, instead of waiting, when asked to start after a position beyond the head', async () => {
        const head = await store.headPosition();
        const subscription = store.subscribeToAll({ after: head + 10 ** 12, streamPrefixes: [prefix] });
        const iterating = (async () => {
          for await (const _event of subscription);
        })();
        await expect(iterating).rejects.toThrow(SubscriptionFailedError);
        expect(subscription.failure).toBeInstanceOf(SubscriptionFailedError);
        expect(subscription.failure?.message).toMatch(/^Cannot subscribe after position \d+: the store's newest event is at \d+/);
        await subscription.close();
      });

      it('ends the iteration promptly on close', async () => {
        const subscription = store.subscribeToAll({ after: await store.headPosition(), streamPrefixes: [prefix] });
        const iterating = (async () => {
          const received: RecordedEvent[] = [];
          for await (const event of subscription) received.push(event);
          return received;
        })();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const started = Date.now();
        await subscription.close();
        expect(await iterating).toEqual([]);
        expect(Date.now() - started).toBeLessThan(2000);
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of several appends at the same expected revision win', async () => {
        const s = streamId();
        await appendOne(s, 'no_stream');
        const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => appendOne(s, 0)));
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(4);
        for (const o of lost) expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(s)).map((e) => e.revision)).toEqual([0, 1]);
      });

      it('judges each of appends made together on its own: the one with a stale revision fails, the others land', async () => {
        const [a, b, c] = [streamId(), streamId(), streamId()];
        await appendOne(b, 'no_stream');
        await appendOne(b, 0);
        // Issued in the same turn, so a store that groups commits puts them in one transaction.
        const outcomes = await Promise.allSettled([appendOne(a, 'no_stream'), appendOne(b, 0), appendOne(c, 'no_stream'), appendOne(b, 1)]);
        expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
        expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ name: 'WrongExpectedRevisionError', streamId: b, actual: 1 });
        const landed = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
        expect(landed.map((r) => r.nextRevision)).toEqual([0, 0, 2]);
        expect(new Set(landed.map((r) => r.position)).size).toBe(3);
        expect(await store.readStream(a)).toHaveLength(1);
        expect((await store.readStream(b)).map((e) => e.revision)).toEqual([0, 1, 2]);
        expect(await store.readStream(c)).toHaveLength(1);
      });

      it('refuses only the member of appends made together whose event id is reused', async () => {
        const [a, b] = [streamId(), streamId()];
        const reused = proposed('Noted');
        await store.append(a, [reused], 'no_stream');
        const outcomes = await Promise.allSettled([store.append(b, [{ ...reused }, proposed('Noted')], 'any'), appendOne(b, 'any')]);
        expect(outcomes.map((o) => o.status)).toEqual([options.detectsIdReuseAcrossStreams ? 'rejected' : 'fulfilled', 'fulfilled']);
        if (options.detectsIdReuseAcrossStreams) {
          expect((outcomes[0] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
          expect(await store.readStream(b)).toHaveLength(1);
        }
      });

      it('keeps the hash chain intact under concurrent appends with any', async () => {
        const s = streamId();
        await Promise.all(Array.from({ length: 6 }, (_, i) => store.append(s, [proposed('N', { i })], 'any')));
        const events = await store.readStream(s);
        expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
        let prevHash = GENESIS_HASH;
        for (const event of events) {
          expect(event.metadata.prevHash).toBe(prevHash);
          expect(event.metadata.hash).toBe(eventHash(prevHash, event));
          prevHash = event.metadata.hash;
        }
      });
    });

    describe('headPosition and ping', () => {
      it('reports the position of the newest event', async () => {
        const before = await store.headPosition();
        expect(Number.isSafeInteger(before)).toBe(true);
        const result = await appendOne(streamId(), 'no_stream');
        expect(result.position).toBeGreaterThan(before);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(result.position);
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });
  });
}

let sequence = 0;

export function proposed(type: string, data: Record<string, unknown> = { seq: sequence }, extraMetadata: Record<string, unknown> = {}): ProposedEvent {
  sequence += 1;
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actorId: 'user-1',
      actorRole: 'sales',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: new Date(Date.UTC(2024, 0, 1, 0, 0, sequence % 60)).toISOString(),
      schemaVersion: 1,
      ...extraMetadata,
    },
  };
}

function isStrictlyIncreasing(values: number[]): boolean {
  return values.every((value, i) => i === 0 || value > values[i - 1]);
}

async function readWholeFeed(store: EventStore, filter: { after: number; types?: string[]; streamPrefixes?: string[] }): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after = filter.after;
  for (;;) {
    const page = await store.readAll({ ...filter, after, limit: 100 });
    if (page.length === 0) return events;
    events.push(...page);
    after = page[page.length - 1].position;
  }
}

/** The first `count` events of a subscription, or a failure after a few seconds. */
async function collect(subscription: EventSubscription, count: number, timeoutMs = 5000): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const reading = (async () => {
    for await (const event of subscription) {
      received.push(event);
      if (received.length === count) break;
    }
    return received;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`subscription delivered ${received.length} of ${count} events`)), timeoutMs);
  });
  try {
    return await Promise.race([reading, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
