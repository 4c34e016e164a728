import request from 'supertest';
import { bearer } from './bearer.js';
import type { TestApp } from './test-app.js';
import { waitFor } from './wait-for.js';

/**
 * Waits until every saga reaction to the feed so far has settled: no customer event (the sagas' feed; admin
 * streams such as rebuild requests are not in it) lies after the feeder's checkpoint, and none was appended by
 * a reaction meanwhile. Returns the head, to read at (X-Min-Position).
 */
export async function sagasSettled(t: TestApp): Promise<number> {
  let head = 0;
  await waitFor(async () => {
    head = await t.headPosition();
    const { position } = (await request(t.http).get('/v1/admin/sagas').set(bearer(t.adminToken)).expect(200)).body as { position: number };
    return (await t.customerEventsAfter(position)) === 0 && (await t.headPosition()) === head;
  }, 'the sagas to settle');
  return head;
}
