import type { RetryPolicy, WebhookUrlPolicy } from '#integrations';
import type { AppConfig } from '../config/app-config.js';

/** The integrator features' settings (SPEC §6) in the shapes libs/integrations takes. */
export interface IntegrationsConfig {
  urlPolicy: WebhookUrlPolicy;
  retry: RetryPolicy;
  deliveryTimeoutMs: number;
  maxConcurrentDeliveries: number;
  pollIntervalMs: number;
  secretRotationGraceMs: number;
  heartbeatMs: number;
  webhooksDbFile: string;
}

export const INTEGRATIONS_CONFIG = Symbol('IntegrationsConfig');

export function integrationsConfigOf(app: AppConfig): IntegrationsConfig {
  return {
    urlPolicy: { allowedPrivateHosts: app.webhookAllowedPrivateHosts },
    retry: { baseDelayMs: app.webhookRetryBaseMs, maxDelayMs: app.webhookRetryMaxDelayMs, maxAttempts: app.webhookMaxAttempts },
    deliveryTimeoutMs: app.webhookTimeoutMs,
    maxConcurrentDeliveries: app.webhookMaxConcurrency,
    pollIntervalMs: app.webhookPollMs,
    secretRotationGraceMs: app.webhookSecretGraceMs,
    heartbeatMs: app.eventsStreamHeartbeatMs,
    webhooksDbFile: `${app.dataDir}/webhooks.db`,
  };
}
