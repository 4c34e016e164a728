import { browserMissing } from './support/browser.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';

// The menu shows the pages the API lets the role open; a page opened by its URL without the permission says
// so instead of showing an empty page.

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console role-menu suite — ${missing}`);

(missing ? describe.skip : describe)('the console’s menus by role', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  }, 120_000);
  afterAll(() => c?.close());

  it.each([
    ['service', ['Customers']],
    ['auditor', ['Timeline']],
    ['analyst', ['Customers', 'Analytics', 'Churn risk', 'Reports']],
  ] as const)(
    'shows a %s only its pages: %j',
    async (role, entries) => {
      const user = await c.t.createUser(role);
      const page = await c.open();
      await c.signIn(page, user);
      await expect(page.getByRole('navigation').getByRole('link').allTextContents()).resolves.toEqual(entries);
    },
    60_000,
  );

  it('answers a service agent who opens the timeline by its URL with "not allowed for your role"', async () => {
    const user = await c.t.createUser('service');
    const page = await c.open();
    await c.signIn(page, user);
    await page.goto(`${c.base}/console/#/timeline`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Not allowed for your role');
  }, 60_000);

  it('answers an auditor who opens the customer list by its URL with "not allowed for your role"', async () => {
    const user = await c.t.createUser('auditor');
    const page = await c.open();
    await c.signIn(page, user);
    await page.goto(`${c.base}/console/#/customers`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Not allowed for your role');
  }, 60_000);

  it('keeps the menu behind a toggle at a 768 px tablet width', async () => {
    const user = await c.t.createUser('service');
    const page = await c.open({ width: 768, height: 1024 });
    await c.signIn(page, user);
    const link = page.getByRole('navigation').getByRole('link', { name: 'Customers' });
    await expect(link.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(link.isVisible()).resolves.toBe(true);
  }, 60_000);
});
