/** Exponential backoff with a cap on the delay and on the number of attempts. */
export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts in all, the first one included; after the last failure the delivery is marked failed. */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 5_000, maxDelayMs: 60 * 60_000, maxAttempts: 12 };

/** Delay before the next attempt after `failedAttempts` failures, or undefined when it is time to give up. */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy): number | undefined {
  if (failedAttempts < 1) return 0;
  if (failedAttempts >= policy.maxAttempts) return undefined;
  const exponential = policy.baseDelayMs * 2 ** Math.min(failedAttempts - 1, 40);
  return Math.min(exponential, policy.maxDelayMs);
}

/** A 2xx answer is a success; anything else (including 3xx: redirects are not followed) is retried. */
export function isSuccessfulStatus(status: number): boolean {
  return status >= 200 && status < 300;
}
