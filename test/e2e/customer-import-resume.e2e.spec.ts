// An import cut off mid-file (the commit of a batch fails, the server goes down) keeps every row it
// acknowledged, none of the batch that failed, and a re-import of the file finishes the job without
// duplicates.
import request from 'supertest';
import { UserDirectory, type CommandContext } from '#application';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '#event-store';
import { CustomerImporter, type RowOutcome } from '#server';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ROWS = 1_200;
const rows = Array.from({ length: ROWS }, (_, i) => ({
  客戶名稱: `續傳測試${i}有限公司`,
  手機號碼: `136${String(i).padStart(8, '0')}`,
  所屬行業: '零售',
  客戶類型: '企業',
  來源渠道: '展會',
  地區: '華中',
  客戶狀態: i % 3 === 0 ? '意向客戶' : '潛在客戶',
}));

async function registered(t: TestApp): Promise<RecordedEvent[]> {
  const store = t.app.get<EventStore>(EVENT_STORE);
  const events: RecordedEvent[] = [];
  for (let after = 0; ;) {
    const page = await store.readAll({ after, types: ['CustomerRegistered'], limit: 1000 });
    if (page.length === 0) return events;
    events.push(...page);
    after = page.at(-1)!.position;
  }
}

async function adminContext(t: TestApp): Promise<CommandContext> {
  const admin = (await t.app.get(UserDirectory).findByUsername('admin'))!;
  return { actor: { userId: admin.userId, role: admin.role }, correlationId: 'resume-test', causationId: 'resume-test' };
}

describe('an import cut off mid-file', () => {
  let t: TestApp;
  afterAll(() => t.close({ removeData: true }));

  it('keeps what it acknowledged, nothing of the failed batch, and finishes on a re-import without duplicates', async () => {
    t = await startTestApp();
    const store = t.app.get<EventStore>(EVENT_STORE);
    const commit = store.appendToStreams.bind(store);
    let commits = 0;
    // The second batch's commit fails as a disk error would; the first one has landed.
    store.appendToStreams = async (appends) => {
      if (++commits === 2) throw new Error('disk I/O error');
      return commit(appends);
    };
    const acknowledged: RowOutcome[] = [];
    const cut = t.app.get(CustomerImporter).import(rows, await adminContext(t), { onRow: (outcome) => void acknowledged.push(outcome) });
    await expect(cut).rejects.toThrow('disk I/O error');
    expect(acknowledged.map((o) => o.kind)).toEqual(Array(500).fill('created'));
    const { dataDir } = t;
    await t.close();

    t = await startTestApp({ dataDir });
    const kept = await registered(t);
    expect(kept).toHaveLength(500);
    expect(new Set(kept.map((e) => e.streamId))).toEqual(new Set(acknowledged.map((o) => `customer-${(o as { id: string }).id}`)));

    const report = await t.app.get(CustomerImporter).import(rows, await adminContext(t));
    expect(report.skipped).toHaveLength(500);
    expect(report.skipped.every((s) => s.reason === 'already imported')).toBe(true);
    expect(report.created).toHaveLength(ROWS - 500);
    expect(report.rejected).toEqual([]);
    const all = await registered(t);
    expect(all).toHaveLength(ROWS);
    expect(new Set(all.map((e) => e.data.code)).size).toBe(ROWS);

    // Each row's status arrived with its registration: a third of them are qualified, over HTTP too.
    const someQualified = report.created.find((c) => (c.row - 1) % 3 === 0)!;
    const res = await request(t.http)
      .get(`/v1/customers/${someQualified.id}`)
      .set(bearer(t.adminToken))
      .set('x-min-position', String(await t.headPosition()))
      .expect(200);
    expect(res.body).toMatchObject({ status: 'qualified', revision: 1 });
    // Two servers started and 2,400 rows imported on a shared two-core machine.
  }, 180_000);
});
