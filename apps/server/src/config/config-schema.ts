import { DEFAULT_INDUSTRIES, DEFAULT_MAX_TAGS } from '#domain';
import { DEFAULT_RETRY_POLICY } from '#integrations';
import { DEFAULT_TIME_ZONE, isKnownTimeZone } from '#shared';
import { checkedText, choice, flag, integer, list, optionalText, text, type SettingValue } from './setting.js';

/**
 * Every setting of the app (SPEC §2), each once: the environment variable, its type and bounds, its
 * default and the line the README shows (`npm run docs:config` writes the table).
 */
export const CONFIG_SCHEMA = {
  nodeEnv: choice('NODE_ENV', ['development', 'production', 'test'], {
    default: 'development',
    doc: '`production` requires the secrets below',
  }),
  port: integer('PORT', { default: 3000, min: 0, max: 65535, doc: 'HTTP port' }),
  host: text('HOST', { default: '0.0.0.0', doc: 'HTTP listen address' }),
  dataDir: text('DATA_DIR', { default: './data', doc: 'SQLite files: `events.db`, `read.db`, `keys.db`, `sagas.db`, `webhooks.db`' }),
  eventStore: choice('EVENT_STORE', ['sqlite', 'eventstoredb'], { default: 'sqlite', doc: 'event store: embedded SQLite or EventStoreDB/KurrentDB' }),
  eventStoreConnectionString: optionalText('EVENTSTORE_CONNECTION_STRING', {
    doc: 'e.g. `esdb://localhost:2113?tls=false`; required when `EVENT_STORE=eventstoredb`',
  }),
  readStore: choice('READ_STORE', ['sqlite', 'mongodb'], { default: 'sqlite', doc: 'read store: embedded SQLite or MongoDB' }),
  mongodbUri: optionalText('MONGODB_URI', { doc: 'MongoDB connection string; required when `READ_STORE=mongodb` or `KEY_STORE=mongodb`' }),
  mongodbDb: text('MONGODB_DB', { default: 'dossier', doc: 'MongoDB database' }),
  keyStore: choice('KEY_STORE', ['sqlite', 'mongodb'], {
    default: 'sqlite',
    doc: "per-customer data keys: this host's `DATA_DIR/keys.db`, or MongoDB (`MONGODB_URI`) shared by every host",
  }),
  keyStoreMongodbDb: text('KEY_STORE_MONGODB_DB', {
    default: 'dossier_keys',
    doc: 'MongoDB database of the data keys when `KEY_STORE=mongodb`, apart from the rebuildable read models (back it up)',
  }),
  singleHost: flag('SINGLE_HOST', {
    default: false,
    doc: '`true` declares that one host only ever runs against `EVENT_STORE=eventstoredb`, so `KEY_STORE=sqlite` may stay',
  }),
  role: choice('ROLE', ['all', 'api', 'worker'], {
    default: 'all',
    doc: '`api` serves HTTP only; `worker` runs projections, sagas, scheduler and webhook delivery; `all` does both',
  }),
  workerProcess: flag('WORKER_PROCESS', {
    default: true,
    doc: 'with `ROLE=all`, `npm start` runs the workers in a child process it supervises (restarted if it dies), so HTTP has a core of its own; `false` keeps them in the HTTP process',
  }),
  eventPollMs: integer('EVENT_POLL_MS', {
    default: 25,
    min: 5,
    doc: 'SQLite: how often subscriptions look for events appended by another process (the worker child, a CLI, an API replica)',
  }),
  jwtSecret: optionalText('JWT_SECRET', {
    minLength: 32,
    unset: 'random, kept in `DATA_DIR/.jwt-secret`',
    doc: 'signs access tokens; required when `NODE_ENV=production`',
  }),
  jwtExpiresIn: text('JWT_EXPIRES_IN', { default: '1h', doc: 'access token lifetime' }),
  dataKeyEncryptionKey: optionalText('DATA_KEY_ENCRYPTION_KEY', {
    base64Bytes: 32,
    unset: 'random, kept in `DATA_DIR/.master-key`',
    doc: 'wraps the per-customer keys of the key store (back both up: without them personal data is unreadable); required in production and with `KEY_STORE=mongodb`',
  }),
  auditSigningKey: optionalText('AUDIT_SIGNING_KEY', {
    base64Bytes: 32,
    unset: 'random, kept in `DATA_DIR/.audit-signing-key`',
    doc: 'Ed25519 private key (seed) that signs audit exports; its public key is served at `GET /v1/audit/signing-key`; required in production',
  }),
  adminUsername: text('ADMIN_USERNAME', { default: 'admin', minLength: 1, doc: 'bootstrap admin on an empty store' }),
  adminPassword: optionalText('ADMIN_PASSWORD', {
    minLength: 8,
    unset: 'random, written to `DATA_DIR/initial-admin-password`, to be changed at the first login',
    doc: 'initial password of the bootstrap admin; a weak one (zxcvbn score below 3, or made of the username) stops the start',
  }),
  logLevel: choice('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    default: 'info',
    doc: 'pino level; logs are JSON, credentials redacted',
  }),
  leaseTtlMs: integer('LEASE_TTL_MS', {
    default: 15_000,
    min: 100,
    doc: 'lease of each worker job, renewed every third; a standby takes over after it (`leases.db`, or MongoDB with `READ_STORE=mongodb`)',
  }),
  auditAnchorIntervalMs: integer('AUDIT_ANCHOR_INTERVAL_MS', {
    default: 60_000,
    min: 1000,
    doc: 'how often the heads of the customer streams that grew are anchored (a deleted tail fails `verify` once anchored)',
  }),
  smtpUrl: optionalText('SMTP_URL', {
    doc: 'e.g. `smtp://user:pass@mail.example:587`: scheduled reports are e-mailed through it; unset, they go to the report inbox only',
  }),
  smtpFrom: text('SMTP_FROM', { default: 'Dossier <reports@dossier.invalid>', doc: 'sender of report e-mails' }),
  reportDeliveryIntervalMs: integer('REPORT_DELIVERY_INTERVAL_MS', { default: 60_000, min: 1000, doc: 'how often due report subscriptions are looked for' }),
  rulesIntervalMs: integer('RULES_INTERVAL_MS', { default: 60_000, min: 1000, doc: 'how often the time-based rules are evaluated' }),
  timeZone: checkedText('TIME_ZONE', {
    default: DEFAULT_TIME_ZONE,
    type: 'IANA time zone',
    check: (raw) => (isKnownTimeZone(raw) ? undefined : 'must be an IANA time zone such as Asia/Shanghai or UTC'),
    doc: 'the months and quarters of every analytics answer; changing it needs `projections:rebuild value-trend` (the admin projections status says so)',
  }),
  maxTags: integer('MAX_TAGS', { default: DEFAULT_MAX_TAGS, min: 1, max: 100, doc: 'tags per customer' }),
  bulkMaxCustomers: integer('BULK_MAX_CUSTOMERS', {
    default: 10_000,
    min: 1,
    max: 100_000,
    doc: 'most customers one `POST /v1/customers/bulk` may act on (a filter selecting more answers 422)',
  }),
  industries: list('INDUSTRIES', { default: DEFAULT_INDUSTRIES, doc: 'the industries a customer may have (SPEC §3)' }),
  bodyLimitBytes: integer('BODY_LIMIT_BYTES', {
    default: 1024 * 1024,
    min: 1024,
    doc: 'largest request body of a command or login (a bigger one answers 413); anonymous bodies are refused before they are read',
  }),
  importBodyLimitBytes: integer('IMPORT_BODY_LIMIT_BYTES', {
    default: 32 * 1024 * 1024,
    min: 1024,
    doc: 'largest body of `POST /v1/customers/import` (CSV, XLSX or JSON array; 100,000 template rows of CSV are about 12 MB)',
  }),
  importMaxRows: integer('IMPORT_MAX_ROWS', { default: 100_000, min: 1, doc: 'most rows one import may hold (a bigger file answers 413)' }),
  importSyncMaxRows: integer('IMPORT_SYNC_MAX_ROWS', {
    default: 5_000,
    min: 0,
    doc: 'an import of up to this many rows answers 200 with its report; a larger one runs as a job (202, `Location: /v1/imports/:id`)',
  }),
  httpHeadersTimeoutMs: integer('HTTP_HEADERS_TIMEOUT_MS', {
    default: 10_000,
    min: 100,
    doc: 'time a client has to send the request headers (slow clients get 408)',
  }),
  httpRequestTimeoutMs: integer('HTTP_REQUEST_TIMEOUT_MS', {
    default: 30_000,
    min: 100,
    doc: 'time a client has to send the whole request, body included (at least `HTTP_HEADERS_TIMEOUT_MS`)',
  }),
  loginRateLimit: integer('LOGIN_RATE_LIMIT', { default: 10, min: 1, doc: 'login attempts per minute per address' }),
  webhookAllowedPrivateHosts: list('WEBHOOK_ALLOWED_PRIVATE_HOSTS', {
    default: [],
    doc: 'the only private, loopback or link-local webhook targets allowed, in every mode (SSRF allow-list): host names, IPs or CIDRs such as `10.1.0.0/16`',
  }),
  webhookRetryBaseMs: integer('WEBHOOK_RETRY_BASE_MS', { default: DEFAULT_RETRY_POLICY.baseDelayMs, min: 1, doc: 'first retry delay; doubles per attempt' }),
  webhookRetryMaxDelayMs: integer('WEBHOOK_RETRY_MAX_DELAY_MS', { default: DEFAULT_RETRY_POLICY.maxDelayMs, min: 1, doc: 'longest retry delay' }),
  webhookMaxAttempts: integer('WEBHOOK_MAX_ATTEMPTS', {
    default: DEFAULT_RETRY_POLICY.maxAttempts,
    min: 1,
    doc: 'attempts before a delivery is marked failed',
  }),
  webhookTimeoutMs: integer('WEBHOOK_TIMEOUT_MS', { default: 10_000, min: 1, doc: 'timeout of one delivery request' }),
  webhookMaxConcurrency: integer('WEBHOOK_MAX_CONCURRENCY', { default: 8, min: 1, doc: 'deliveries in flight at once, across all webhooks' }),
  webhookPollMs: integer('WEBHOOK_POLL_MS', { default: 500, min: 10, doc: 'how often the worker looks for due retries (new events wake it at once)' }),
  webhookSecretGraceMs: integer('WEBHOOK_SECRET_GRACE_MS', {
    default: 24 * 3600_000,
    min: 0,
    doc: 'how long a rotated-out secret still signs deliveries beside the new one',
  }),
  consoleEnabled: flag('CONSOLE_ENABLED', { default: true, doc: 'serve the web console (`npm run build` builds it) at `/console`' }),
  consoleDir: text('CONSOLE_DIR', { default: './dist/console', minLength: 1, doc: 'where the built console is read from' }),
  eventsStreamHeartbeatMs: integer('EVENTS_STREAM_HEARTBEAT_MS', {
    default: 15_000,
    min: 10,
    doc: 'interval of the SSE comment lines that keep proxies from closing an idle stream',
  }),
};

export type Settings = { -readonly [K in keyof typeof CONFIG_SCHEMA]: SettingValue<(typeof CONFIG_SCHEMA)[K]> };

/** Rules across settings: each returns `NAME: problem`, or nothing when it holds. */
export const CONFIG_RULES: ReadonlyArray<(settings: Partial<Settings>) => string | undefined> = [
  (s) =>
    s.eventStore === 'eventstoredb' && !s.eventStoreConnectionString ? 'EVENTSTORE_CONNECTION_STRING: required when EVENT_STORE=eventstoredb' : undefined,
  (s) =>
    s.httpHeadersTimeoutMs !== undefined && s.httpRequestTimeoutMs !== undefined && s.httpHeadersTimeoutMs > s.httpRequestTimeoutMs
      ? 'HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS'
      : undefined,
  (s) => {
    const users = [s.readStore === 'mongodb' && 'READ_STORE=mongodb', s.keyStore === 'mongodb' && 'KEY_STORE=mongodb'].filter(Boolean);
    return users.length > 0 && !s.mongodbUri ? `MONGODB_URI: required when ${users.join(' or ')}` : undefined;
  },
  // Two hosts with their own keys.db would each invent a customer's key and read the other's data as erased.
  (s) =>
    s.eventStore === 'eventstoredb' && s.keyStore === 'sqlite' && !s.singleHost
      ? "KEY_STORE: sqlite keeps the data keys in this host's DATA_DIR/keys.db, but EVENT_STORE=eventstoredb is shared by every host; set KEY_STORE=mongodb, or SINGLE_HOST=true if only this host ever runs"
      : undefined,
  (s) => (s.nodeEnv === 'production' && !s.jwtSecret ? 'JWT_SECRET: required in production (at least 32 characters)' : undefined),
  (s) => (s.nodeEnv === 'production' && !s.dataKeyEncryptionKey ? 'DATA_KEY_ENCRYPTION_KEY: required in production (32 bytes, base64)' : undefined),
  (s) =>
    s.nodeEnv !== 'production' && s.keyStore === 'mongodb' && !s.dataKeyEncryptionKey
      ? 'DATA_KEY_ENCRYPTION_KEY: required when KEY_STORE=mongodb, so that every host unwraps the same keys (32 bytes, base64)'
      : undefined,
  (s) => (s.nodeEnv === 'production' && !s.auditSigningKey ? 'AUDIT_SIGNING_KEY: required in production (32 bytes, base64)' : undefined),
];
