export const IDLE = Symbol('idle');

/**
 * The next item if the source already has it, else IDLE. Catch-up pages resolve within microtasks,
 * before setImmediate fires; a live subscription waiting for appends loses the race.
 */
export function nextOrIdle<T>(next: Promise<T>): Promise<T | typeof IDLE> {
  let timer: NodeJS.Immediate | undefined;
  const idle = new Promise<typeof IDLE>((resolve) => {
    timer = setImmediate(() => resolve(IDLE));
  });
  return Promise.race([next, idle]).finally(() => clearImmediate(timer));
}
