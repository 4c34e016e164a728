import { DEFAULT_RETRY_POLICY, type RetryPolicy, type WebhookUrlPolicy } from '#integrations';
import type { AppConfig } from '../config/app-config.js';
import { ConfigError } from '../config/app-config.js';

/** Settings of the integrator features (SPEC §6), read from the environment once at start-up. */
export interface IntegrationsConfig {
  urlPolicy: WebhookUrlPolicy;
  retry: RetryPolicy;
  /** Per delivery request. */
  deliveryTimeoutMs: number;
  /** Deliveries in flight at once, across all webhooks. */
  maxConcurrentDeliveries: number;
  /** How often the worker looks for due retries (new events wake it at once). */
  pollIntervalMs: number;
  /** How long a rotated-out secret still signs deliveries beside the new one. */
  secretRotationGraceMs: number;
  /** SSE comment lines that keep proxies from closing an idle stream. */
  heartbeatMs: number;
  runDeliveryWorker: boolean;
  webhooksDbFile: string;
}

export const INTEGRATIONS_CONFIG = Symbol('IntegrationsConfig');

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`Invalid configuration:\n  ${name}: must be an integer >= ${min}`);
  return value;
}

export function loadIntegrationsConfig(app: AppConfig, env: NodeJS.ProcessEnv = process.env): IntegrationsConfig {
  return {
    urlPolicy: {
      production: app.production,
      allowedPrivateHosts: (env.WEBHOOK_ALLOWED_PRIVATE_HOSTS ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    },
    retry: {
      baseDelayMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', DEFAULT_RETRY_POLICY.baseDelayMs, 1),
      maxDelayMs: integer(env, 'WEBHOOK_RETRY_MAX_DELAY_MS', DEFAULT_RETRY_POLICY.maxDelayMs, 1),
      maxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts, 1),
    },
    deliveryTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 1),
    maxConcurrentDeliveries: integer(env, 'WEBHOOK_MAX_CONCURRENCY', 8, 1),
    pollIntervalMs: integer(env, 'WEBHOOK_POLL_MS', 500, 10),
    secretRotationGraceMs: integer(env, 'WEBHOOK_SECRET_GRACE_MS', 24 * 3600_000, 0),
    heartbeatMs: integer(env, 'EVENTS_STREAM_HEARTBEAT_MS', 15_000, 10),
    runDeliveryWorker: app.role === 'all' || app.role === 'worker',
    webhooksDbFile: `${app.dataDir}/webhooks.db`,
  };
}
