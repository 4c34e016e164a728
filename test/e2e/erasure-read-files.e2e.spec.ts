import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

// After an erasure, the read model's files keep no copy of the erased phone: not in read.db, not in its WAL.

describe('erasure and the SQLite read model files', () => {
  let t: TestApp;
  const phone = '13855557777';

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close({ removeData: true }));

  const fileHolds = (name: string, text: string) => {
    const file = join(t.dataDir, name);
    return existsSync(file) && readFileSync(file).includes(text);
  };
  const readFilesHold = (text: string) => fileHolds('read.db', text) || fileHolds('read.db-wal', text);
  const readAfterHead = async (id: string) =>
    request(t.http)
      .get(`/v1/customers/${id}`)
      .set(bearer(t.adminToken))
      .set('x-min-position', String(await t.headPosition()))
      .expect(200);

  it('leaves the phone in neither read.db nor read.db-wal once the projections caught up', async () => {
    const { id } = await t.registerCustomer({ token: t.adminToken }, customerBody({ contact: { name: 'Qian Qi', phone } }));
    await readAfterHead(id);
    expect(readFilesHold(phone)).toBe(true);

    await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request #9' }).expect(200);
    expect((await readAfterHead(id)).body.contact.phone).toBe('[erased]');
    await waitFor(() => !readFilesHold(phone), 'the erased phone to leave read.db and read.db-wal', 5_000);
  });
});
