import { ERASED, mapPersonalFields } from '#privacy';

/**
 * A queued webhook body as the event reads once its customer's key is gone: every personal field
 * `[erased]` (the same field list the encryption uses), and no `sensitive` at all.
 */
export function erasedWebhookBody(body: string): string {
  const item = JSON.parse(body) as { type: string; data?: Record<string, unknown> };
  if (!item.data) return body;
  const { sensitive: _gone, ...data } = mapPersonalFields(item.type, item.data, () => ERASED);
  if (data.changes && typeof data.changes === 'object') {
    const { sensitive: _alsoGone, ...changes } = data.changes as Record<string, unknown>;
    data.changes = changes;
  }
  return JSON.stringify({ ...item, data });
}
