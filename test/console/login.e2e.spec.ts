import request from 'supertest';
import { ADMIN } from '../e2e/support/test-app.js';
import { bearer } from '../e2e/support/bearer.js';
import { browserMissing } from './support/browser.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';
import { screenshot } from './support/screenshots.js';

// Signing in to the console in a real browser: the same accounts as the API, the first-login password change,
// sign-out and a session the server ended.

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console login suite — ${missing}`);

(missing ? describe.skip : describe)('the console sign-in', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  }, 120_000);
  afterAll(() => c?.close());

  it('signs the admin in with the API account and shows who is signed in and the menu', async () => {
    const page = await c.open();
    await screenshot(page, 'login');
    await c.signIn(page, ADMIN);
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('admin (admin)');
    const menu = page.getByRole('navigation');
    await expect(menu.getByRole('link').allTextContents()).resolves.toEqual([
      'Customers',
      'Timeline',
      'Analytics',
      'Churn risk',
      'Reports',
      'Report delivery',
      'Users',
      'Roles and permissions',
      'Tag rules',
      'Tag library',
      'Projections',
      'Parked reactions',
      'Webhooks',
    ]);
    expect(await page.evaluate<string[]>('Object.keys(sessionStorage)')).toContain('dossier.console.session');
  }, 60_000);

  it('shows the API’s refusal of a wrong password and stays on the form', async () => {
    const page = await c.open();
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Unknown username or wrong password');
    await expect(page.getByTestId('signed-in-as').count()).resolves.toBe(0);
  }, 60_000);

  it('asks a user with a generated password for a new one, refuses a weak one naming the field, then signs in with it', async () => {
    const username = `first-login-${process.pid}`;
    const generated = 'Generated-Passw0rd-4711';
    await request(c.t.http)
      .post('/v1/users')
      .set(bearer(c.t.adminToken))
      .send({ username, password: generated, role: 'analyst', mustChangePassword: true })
      .expect(201);

    const page = await c.open();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(generated);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();

    await page.getByLabel('New password', { exact: true }).fill('password');
    await page.getByLabel('Repeat the new password').fill('password');
    await page.getByRole('button', { name: 'Change password and sign in' }).click();
    await page.locator('.field-error').first().waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('newPassword');

    const chosen = 'Lantern-Orchard-Quartz-93';
    await page.getByLabel('New password', { exact: true }).fill(chosen);
    await page.getByLabel('Repeat the new password').fill(chosen);
    await page.getByRole('button', { name: 'Change password and sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe(`${username} (analyst)`);

    await request(c.t.http).post('/v1/auth/login').send({ username, password: generated }).expect(401);
    const answer = await request(c.t.http).post('/v1/auth/login').send({ username, password: chosen }).expect(200);
    expect(answer.body.mustChangePassword).toBeUndefined();
  }, 90_000);

  it('signs out back to the login form and forgets the token', async () => {
    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate<string | null>("sessionStorage.getItem('dossier.console.session')")).toBeNull();
  }, 60_000);

  it('returns to the login form, saying the session ended, when the server no longer accepts the token', async () => {
    const user = await c.t.createUser('analyst');
    const page = await c.open();
    await c.signIn(page, user);
    // A password change ends every token of the user: the console's next call answers 401.
    await request(c.t.http)
      .post('/v1/auth/password')
      .set(bearer(user))
      .send({ currentPassword: user.password, newPassword: 'Copper-Meadow-Violin-58' })
      .expect(204);
    await page.goto(`${c.base}/console/#/customers`);
    await page.reload();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your session has ended');
    await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
  }, 60_000);

  it('follows a traditional-Chinese browser and switches language on request', async () => {
    const page = await c.open({ locale: 'zh-TW' });
    await expect(page.getByRole('heading').textContent()).resolves.toBe('登入 Dossier');
    await page.getByLabel('語言').selectOption('en');
    await expect(page.getByRole('heading').textContent()).resolves.toBe('Sign in to Dossier');
  }, 60_000);
});
