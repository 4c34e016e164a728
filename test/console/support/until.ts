/**
 * Polls a check made from the test's side (locators, boundingBox) until it holds. Page-side polling with a
 * string predicate (page.waitForFunction) is an eval, which the console's CSP rightly refuses.
 */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
