import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp, type TestAppOptions } from '../../e2e/support/test-app.js';
import { launchBrowser } from './browser.js';
import { buildConsole } from './console-build.js';

export interface ConsoleApp {
  t: TestApp;
  /** http://127.0.0.1:<port> */
  base: string;
  browser: Browser;
  /** A fresh browser context (own sessionStorage) at 1280×800 in `locale`, on the console's login page. */
  open(options?: { locale?: string; timezoneId?: string; width?: number; height?: number }): Promise<Page>;
  /** Signs in through the form and waits for the signed-in header. */
  signIn(page: Page, user: { username: string; password: string }): Promise<void>;
  close(): Promise<void>;
}

/** The real app on a loopback port, serving a console built for this suite, and a headless Chromium. */
export async function startConsoleApp(options: TestAppOptions = {}): Promise<ConsoleApp> {
  const consoleDir = await buildConsole();
  const t = await startTestApp({ ...options, env: { CONSOLE_DIR: consoleDir, ...options.env } });
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    t,
    base,
    browser,
    async open({ locale = 'en-US', timezoneId, width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({ locale, viewport: { width, height }, acceptDownloads: true, ...(timezoneId ? { timezoneId } : {}) });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${base}/console/`);
      return page;
    },
    async signIn(page, user) {
      await page.getByLabel(/username|用户名|使用者名稱/i).fill(user.username);
      await page.getByLabel(/^(password|密码|密碼)$/i).fill(user.password);
      await page.getByRole('button', { name: /sign in|登录|登入/i }).click();
      await page.getByTestId('signed-in-as').waitFor({ state: 'attached' });
    },
    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
      await t.close({ removeData: true });
      rmSync(consoleDir, { recursive: true, force: true });
    },
  };
}
