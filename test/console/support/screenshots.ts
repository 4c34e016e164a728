import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** With CONSOLE_SCREENSHOTS=1 (npm run console:screenshots): the page as it is now, 1280×800, into docs/console/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.CONSOLE_SCREENSHOTS !== '1') return;
  const directory = join(process.cwd(), 'docs', 'console');
  mkdirSync(directory, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(directory, `${name}.png`) });
}
