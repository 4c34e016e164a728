import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../e2e/support/test-app.js';

// How the server serves the console's files at /console (no browser needed): public, its own CSP, hashed
// assets cached for good, index.html for routes, and a 404 that says how to build a missing console.

function fakeBuild(): string {
  const directory = mkdtempSync(join(tmpdir(), 'dossier-console-static-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'index.html'), '<!doctype html><script type="module" src="/console/assets/index-abc123.js"></script>');
  writeFileSync(join(directory, 'assets', 'index-abc123.js'), 'console.log("console");');
  return directory;
}

describe('the console’s static files', () => {
  let t: TestApp;
  let build: string;

  beforeAll(async () => {
    build = fakeBuild();
    t = await startTestApp({ env: { CONSOLE_DIR: build } });
  });
  afterAll(async () => {
    await t.close({ removeData: true });
    rmSync(build, { recursive: true, force: true });
  });

  it.each(['/console', '/console/', '/console/customers/42'])('answers %s with index.html, without a token and uncached', async (path) => {
    const answer = await request(t.http).get(path).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.text).toContain('/console/assets/index-abc123.js');
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('allows the console’s own scripts only (no inline script), and no framing', async () => {
    const csp = (await request(t.http).get('/console/').expect(200)).headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves a hashed asset cached for a year as immutable', async () => {
    const answer = await request(t.http).get('/console/assets/index-abc123.js').expect(200);
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
  });

  it('answers a missing file with a problem+json 404, and never a file outside the build', async () => {
    const missing = await request(t.http).get('/console/assets/nope-000.js').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 404, code: 'not-found' });
    await request(t.http).get('/console/..%2f..%2fpackage.json').expect(404);
  });

  it('leaves the API’s own checks in place: /v1 still needs a token', async () => {
    await request(t.http).get('/v1/customers').expect(401);
  });
});

describe('a console that was not built', () => {
  it('answers 404 saying to run npm run build', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dossier-console-empty-'));
    const t = await startTestApp({ env: { CONSOLE_DIR: empty } });
    try {
      const answer = await request(t.http).get('/console/').expect(404);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ code: 'console-not-built' });
      expect(answer.body.detail).toContain('run npm run build');
    } finally {
      await t.close({ removeData: true });
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('a console switched off (CONSOLE_ENABLED=false)', () => {
  it('is not served at all', async () => {
    const build = fakeBuild();
    const t = await startTestApp({ env: { CONSOLE_DIR: build, CONSOLE_ENABLED: 'false' } });
    try {
      const answer = await request(t.http).get('/console/').expect(404);
      expect(answer.text).not.toContain('index-abc123.js');
    } finally {
      await t.close({ removeData: true });
      rmSync(build, { recursive: true, force: true });
    }
  });
});
