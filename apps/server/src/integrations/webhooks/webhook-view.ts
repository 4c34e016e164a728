import type { Webhook } from '#domain';

/** What the API shows: never the secret (it is shown once, at creation and rotation). */
export function publicView(webhook: Webhook) {
  const { id, url, eventTypes, active, createdAt, rotatedAt } = webhook;
  return { id, url, eventTypes, active, createdAt, ...(rotatedAt ? { secretRotatedAt: rotatedAt } : {}) };
}
