import request from 'supertest';
import { bearer } from './support/bearer.js';
import { captureLogs } from './support/log-capture.js';
import { customerBody, startTestApp } from './support/test-app.js';

// A normal stop (SIGTERM, app.close()) while the projections still have a batch in hand: they flush
// it and give their lease up, and nothing is logged as an error (an operator alerts on level ≥ 50).
describe('a clean shutdown', () => {
  it('logs no error while projections are busy with the commands just accepted', async () => {
    const logs = captureLogs();
    const t = await startTestApp({ env: { LOG_LEVEL: 'info' }, logDestination: logs.destination });
    try {
      const { id } = await t.registerCustomer({ token: t.adminToken });
      const followUp = { method: 'phone', content: 'called about the renewal', result: 'interested' };
      await Promise.all(
        Array.from({ length: 30 }, () => request(t.http).post(`/v1/customers/${id}/follow-ups`).set(bearer(t.adminToken)).send(followUp).expect(201)),
      );
      await Promise.all(Array.from({ length: 10 }, () => request(t.http).post('/v1/customers').set(bearer(t.adminToken)).send(customerBody()).expect(201)));
    } finally {
      await t.close({ removeData: true });
    }
    const errors = logs.entries().filter((entry) => Number(entry.level) >= 50);
    expect(errors).toEqual([]);
    expect(logs.lines.length).toBeGreaterThan(0); // the app did log: the empty error list is not from silence
  });
});
