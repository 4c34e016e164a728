import type { WebhookHeaders } from '#integrations';

export interface SendResult {
  statusCode?: number;
  error?: string;
  durationMs: number;
  /** Cut short by shutdown: not an attempt, the delivery stays due. */
  interrupted: boolean;
}

/** One POST, bounded by a timeout; redirects are not followed (they could lead to internal targets). */
export async function sendWebhook(url: string, headers: WebhookHeaders, body: string, timeoutMs: number, shutdown: AbortSignal): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Dossier-Webhooks/1', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), shutdown]),
    });
    await response.body?.cancel().catch(() => undefined);
    return { statusCode: response.status, durationMs: elapsed(), interrupted: false };
  } catch (error) {
    if (shutdown.aborted) return { error: 'interrupted by shutdown', durationMs: elapsed(), interrupted: true };
    const name = (error as Error).name;
    const message = name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : describe(error);
    return { error: message, durationMs: elapsed(), interrupted: false };
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
