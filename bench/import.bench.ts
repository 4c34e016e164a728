// SPEC §9 / issue 12: import of 100,000 template rows in under 60 s, beside the plain registration
// command path (RegisterCustomerService, the same rows) measured in the same run.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegisterCustomerService, UserDirectory, type CommandContext } from '#application';
import { AppModule, CustomerImporter, loadConfig, readImportFile } from '#server';
import { printFigure } from './support/report.js';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 100_000);
const HEADERS = '客戶編號,客戶名稱,聯系人,手機號碼,郵箱,所屬行業,客戶類型,首次接觸時間,負責人,客戶狀態,企業規模,來源渠道,地區,備註';
const INDUSTRIES = ['互聯網', '製造', '零售', '金融'];
const STATUSES = ['潛在客戶', '意向客戶', '成交客戶', '潜在客户'];

/** The template as people fill it: traditional headers, labels in both scripts, dates with slashes; one row in four moves status. */
function templateCsv(rows: number): Buffer {
  const lines = [HEADERS];
  for (let i = 0; i < rows; i++) {
    const phone = `139${String(i).padStart(8, '0')}`;
    lines.push(
      [
        '',
        `測試企業${i}有限公司`,
        '張先生',
        phone,
        '',
        INDUSTRIES[i % 4],
        '企業',
        `2024/${(i % 12) + 1}/15`,
        'admin',
        STATUSES[i % 4],
        '中型',
        '展會',
        '華北',
        '',
      ].join(','),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8');
}

async function withApp<T>(work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>, context: CommandContext) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    ROLE: 'api',
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: 'bench-admin-password-1',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const admin = (await app.get(UserDirectory).findByUsername('admin'))!;
    return await work(app, { actor: { userId: admin.userId, role: admin.role }, correlationId: 'bench-import', causationId: 'bench-import' });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const file = templateCsv(ROWS);
  const baseline = await withApp(async (app, context) => {
    const registration = app.get(RegisterCustomerService);
    const started = performance.now();
    for (let i = 0; i < ROWS; i++) {
      const body = {
        name: `測試企業${i}有限公司`,
        type: 'enterprise' as const,
        contact: { name: '張先生', phone: `139${String(i).padStart(8, '0')}` },
        industry: 'internet',
        region: 'HB',
        source: 'exhibition' as const,
        size: 'medium' as const,
        firstContactAt: '2024-01-15',
      };
      await registration.register(body, context, { industries: ['internet'] });
    }
    return ROWS / ((performance.now() - started) / 1000);
  });
  const { rate, seconds, created } = await withApp(async (app, context) => {
    const started = performance.now();
    const table = await readImportFile(file, { contentType: 'text/csv' });
    const report = await app.get(CustomerImporter).import(table.rows, context);
    const elapsed = (performance.now() - started) / 1000;
    return { rate: ROWS / elapsed, seconds: elapsed, created: report.created.length };
  });
  if (created !== ROWS) throw new Error(`the import created ${created} of ${ROWS} rows`);
  printFigure({
    name: `import of ${ROWS.toLocaleString('en-US')} template rows (${seconds.toFixed(1)} s)`,
    value: rate,
    unit: 'rows/s',
    baseline,
    baselineName: 'RegisterCustomerService per row',
    better: 'higher',
    target: `< 60 s for 100,000 (≥ 1,667 rows/s)`,
  });
}
