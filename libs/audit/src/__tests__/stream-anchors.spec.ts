import { customerStream } from '#domain';
import { eventHash } from '#event-store';
import { ANCHOR_STREAM, StreamAnchorWriter, newestAnchorOf } from '../anchors/index.js';
import { CustomerAuditTrail } from '../customer-audit-trail.js';
import { CUSTOMER_ID, STORY, openAuditFixture, proposed, type AuditFixture } from './audit-fixture.js';

describe('stream anchors over a real SQLite file', () => {
  let fixture: AuditFixture;
  let writer: StreamAnchorWriter;
  let trail: CustomerAuditTrail;
  beforeEach(async () => {
    fixture = await openAuditFixture();
    writer = new StreamAnchorWriter(fixture.store, fixture.clock);
    trail = new CustomerAuditTrail(fixture.store);
  });
  afterEach(() => fixture.cleanup());

  const stream = customerStream(CUSTOMER_ID);

  it('anchors the head of each grown stream once, and nothing when nothing grew', async () => {
    expect(await writer.anchor()).toEqual({ anchors: 1, heads: 1 });
    expect(await writer.anchor()).toEqual({ anchors: 0, heads: 0 });
    const head = (await fixture.store.readStream(stream)).at(-1)!;
    expect((await fixture.store.readStream(ANCHOR_STREAM))[0].data).toEqual({
      throughPosition: head.position,
      heads: [{ streamId: stream, revision: 4, hash: head.metadata.hash }],
    });
    expect(await trail.verify(CUSTOMER_ID)).toEqual({ valid: true, events: 5, headHash: head.metadata.hash, anchoredRevision: 4 });
  });

  it('finds the last event deleted after it was anchored', async () => {
    await writer.anchor();
    fixture.tamper('DELETE FROM events WHERE stream_id = ? AND revision = 4', stream);
    expect(await trail.verify(CUSTOMER_ID)).toEqual({ valid: false, events: 4, brokenAt: 4, reason: 'tail-missing' });
  });

  it('checks against the newest anchor: events appended after it may be cut only back to it', async () => {
    await writer.anchor();
    await fixture.store.append(stream, [proposed(STORY[3], 5)], 4);
    await writer.anchor();
    expect(await trail.verify(CUSTOMER_ID)).toMatchObject({ valid: true, events: 6, anchoredRevision: 5 });
    fixture.tamper('DELETE FROM events WHERE stream_id = ? AND revision = 5', stream);
    expect(await trail.verify(CUSTOMER_ID)).toMatchObject({ valid: false, brokenAt: 5, reason: 'tail-missing' });
  });

  it('finds a last event replaced by one with a freshly computed hash', async () => {
    await writer.anchor();
    const last = (await fixture.store.readStream(stream)).at(-1)!;
    const forged = { ...last, data: { ...last.data, reason: 'forged' } };
    fixture.tamper(
      "UPDATE events SET data = ?, metadata = json_set(metadata, '$.hash', ?) WHERE stream_id = ? AND revision = 4",
      JSON.stringify(forged.data),
      eventHash(last.metadata.prevHash, forged),
      stream,
    );
    expect(await trail.verify(CUSTOMER_ID)).toMatchObject({ valid: false, brokenAt: 4, reason: 'anchor-mismatch' });
  });

  it('refuses anchors edited to agree with a cut stream', async () => {
    await writer.anchor();
    fixture.tamper('DELETE FROM events WHERE stream_id = ? AND revision = 4', stream);
    fixture.tamper("UPDATE events SET data = json_set(data, '$.heads[0].revision', 3) WHERE stream_id = ?", ANCHOR_STREAM);
    expect(await trail.verify(CUSTOMER_ID)).toMatchObject({ valid: false, reason: 'anchors-altered' });
  });

  it('finds a stream deleted whole once anchored', async () => {
    await writer.anchor();
    fixture.tamper('DELETE FROM events WHERE stream_id = ?', stream);
    expect(await trail.verify(CUSTOMER_ID)).toEqual({ valid: false, events: 0, brokenAt: 0, reason: 'tail-missing' });
  });

  describe('with more anchors than one page', () => {
    const other = customerStream('7a1b2c3d-0000-4000-8000-000000000001');
    beforeEach(async () => {
      await writer.anchor();
      for (let revision = 0; revision < 450; revision += 1) {
        await fixture.store.append(other, [proposed(STORY[3], 1000 + revision)], revision === 0 ? 'no_stream' : revision - 1);
        await writer.anchor();
      }
    });

    it('finds the newest anchor of each stream, however far back', async () => {
      expect(await newestAnchorOf(fixture.store, stream)).toMatchObject({ intact: true, head: { revision: 4 } });
      expect(await newestAnchorOf(fixture.store, other)).toMatchObject({ intact: true, head: { revision: 449 } });
      expect(await newestAnchorOf(fixture.store, customerStream('7a1b2c3d-0000-4000-8000-00000000ffff'))).toEqual({ intact: true });
    });

    it('refuses the anchors when one between the newest and the one used was deleted', async () => {
      fixture.tamper('DELETE FROM events WHERE stream_id = ? AND revision = 300', ANCHOR_STREAM);
      expect(await newestAnchorOf(fixture.store, stream)).toEqual({ intact: false });
      expect(await trail.verify(CUSTOMER_ID)).toMatchObject({ valid: false, reason: 'anchors-altered' });
    });
  });

  it('lets a second writer (another replica) go on after the anchors of the first', async () => {
    await writer.anchor();
    await fixture.store.append(stream, [proposed(STORY[3], 5)], 4);
    const replica = new StreamAnchorWriter(fixture.store, fixture.clock);
    expect(await replica.anchor()).toEqual({ anchors: 1, heads: 1 });
    await fixture.store.append(stream, [proposed(STORY[3], 6)], 5);
    expect(await writer.anchor()).toEqual({ anchors: 1, heads: 1 });
    expect((await fixture.store.readStream(ANCHOR_STREAM)).map((e) => (e.data as { heads: { revision: number }[] }).heads[0].revision)).toEqual([4, 5, 6]);
  });
});
