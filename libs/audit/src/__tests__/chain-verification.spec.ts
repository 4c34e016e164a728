import { customerStream } from '#domain';
import { GENESIS_HASH, eventHash } from '#event-store';
import { verifyChain } from '../chain-verification.js';
import { CUSTOMER_ID, openAuditFixture, type AuditFixture } from './audit-fixture.js';

describe('verifyChain over a stream in a real SQLite file', () => {
  let fixture: AuditFixture;
  beforeEach(async () => {
    fixture = await openAuditFixture();
  });
  afterEach(() => fixture.cleanup());

  const stream = customerStream(CUSTOMER_ID);
  const verify = async () => verifyChain(await fixture.store.readStream(stream));

  it('is valid for an untouched stream and reports the head hash', async () => {
    const events = await fixture.store.readStream(stream);
    expect(await verify()).toEqual({ valid: true, events: 5, headHash: events[4].metadata.hash });
  });

  it('finds data edited directly in the file', async () => {
    fixture.tamper("UPDATE events SET data = json_set(data, '$.reason', 'never mind') WHERE stream_id = ? AND revision = 1", stream);
    expect(await verify()).toEqual({ valid: false, events: 5, brokenAt: 1, reason: 'data-altered' });
  });

  it('finds an edited actor in the metadata', async () => {
    fixture.tamper("UPDATE events SET metadata = json_set(metadata, '$.actorId', 'someone-else') WHERE stream_id = ? AND revision = 3", stream);
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 3, reason: 'data-altered' });
  });

  it.each([
    ['recordedAt', "'2020-01-01T00:00:00.000Z'"],
    ['actorRole', "'admin'"],
    ['correlationId', "'elsewhere'"],
    ['schemaVersion', '2'],
  ])('finds an edited %s in the metadata', async (key, value) => {
    fixture.tamper(`UPDATE events SET metadata = json_set(metadata, '$.${key}', ${value}) WHERE stream_id = ? AND revision = 2`, stream);
    expect(await verify()).toEqual({ valid: false, events: 5, brokenAt: 2, reason: 'data-altered' });
  });

  it('keeps verifying events sealed under hash version 1, before metadata was covered', async () => {
    let prevHash = GENESIS_HASH;
    for (const event of await fixture.store.readStream(stream)) {
      const metadata: Record<string, unknown> = { ...event.metadata, prevHash };
      delete metadata.hashVersion;
      metadata.hash = eventHash(prevHash, { ...event, metadata: metadata as typeof event.metadata });
      fixture.tamper('UPDATE events SET metadata = ? WHERE stream_id = ? AND revision = ?', JSON.stringify(metadata), stream, event.revision);
      prevHash = metadata.hash as string;
    }
    const legacy = await fixture.store.readStream(stream);
    expect(legacy.map((e) => e.metadata.hashVersion)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(await verify()).toEqual({ valid: true, events: 5, headHash: prevHash });
    fixture.tamper("UPDATE events SET data = json_set(data, '$.reason', 'edited') WHERE stream_id = ? AND revision = 1", stream);
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 1, reason: 'data-altered' });
  });

  it('finds an event deleted from the middle', async () => {
    fixture.tamper('DELETE FROM events WHERE stream_id = ? AND revision = 2', stream);
    expect(await verify()).toEqual({ valid: false, events: 4, brokenAt: 2, reason: 'event-missing' });
  });

  it('finds a deletion hidden by renumbering the revisions', async () => {
    fixture.tamper('DELETE FROM events WHERE stream_id = ? AND revision = 2', stream);
    fixture.tamper('UPDATE events SET revision = revision - 1 WHERE stream_id = ? AND revision > 2', stream);
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2, reason: 'chain-mismatch' });
  });

  it('finds an edit whose own hash was recomputed, at the next link', async () => {
    const events = await fixture.store.readStream(stream);
    const { eventHash } = await import('#event-store');
    const forged = { ...events[1], data: { ...events[1].data, reason: 'forged' } };
    const forgedHash = eventHash(events[1].metadata.prevHash, forged);
    fixture.tamper(
      "UPDATE events SET data = ?, metadata = json_set(metadata, '$.hash', ?) WHERE stream_id = ? AND revision = 1",
      JSON.stringify(forged.data),
      forgedHash,
      stream,
    );
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2, reason: 'chain-mismatch' });
  });

  it('finds a deleted first event', async () => {
    fixture.tamper('DELETE FROM events WHERE stream_id = ? AND revision = 0', stream);
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 0, reason: 'event-missing' });
  });
});
