import type { Webhook } from './webhook-state.js';

/** The secrets a delivery is signed with: the current one, plus the rotated-out one during its grace period. */
export function signingSecrets(webhook: Webhook, now: Date, graceMs: number): string[] {
  const inGrace = webhook.previousSecret && webhook.rotatedAt && now.getTime() - Date.parse(webhook.rotatedAt) < graceMs;
  return inGrace ? [webhook.secret, webhook.previousSecret as string] : [webhook.secret];
}
