import { DEFAULT_INDUSTRIES } from '#domain';
import { ConfigError, loadConfig } from '../app-config.js';

const problemsOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('runs on an empty environment with the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      production: false,
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      eventStore: 'sqlite',
      readStore: 'sqlite',
      role: 'all',
      runsWorkers: true,
      jwtSecret: undefined,
      maxTags: 10,
      industries: [...DEFAULT_INDUSTRIES],
      webhookRetryBaseMs: 5000,
      webhookAllowedPrivateHosts: [],
    });
  });

  it('cuts analytics into the months of Asia/Shanghai unless TIME_ZONE names another zone, and refuses a zone it does not know', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ TIME_ZONE: 'UTC' }).timeZone).toBe('UTC');
    expect(problemsOf({ TIME_ZONE: 'Mars/Olympus' })).toContain('TIME_ZONE: must be an IANA time zone');
  });

  it('reads each variable into its typed setting; an empty variable takes the default', () => {
    const config = loadConfig({ PORT: '8080', ROLE: 'worker', INDUSTRIES: ' retail, finance ,,', WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1', MAX_TAGS: '' });
    expect(config).toMatchObject({ port: 8080, role: 'worker', industries: ['retail', 'finance'], webhookAllowedPrivateHosts: ['127.0.0.1'], maxTags: 10 });
  });

  it.each([
    ['all', true],
    ['worker', true],
    ['api', false],
  ])('ROLE=%s runs the workers: %s', (role, runsWorkers) => {
    expect(loadConfig({ ROLE: role }).runsWorkers).toBe(runsWorkers);
  });

  it('names every problem at once, one line per variable', () => {
    expect(
      problemsOf({
        PORT: '70000',
        ROLE: 'boss',
        JWT_SECRET: 'short',
        DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64'),
        MAX_TAGS: '2.5',
        WEBHOOK_POLL_MS: '1',
      }),
    ).toBe(
      [
        'Invalid configuration:',
        '  PORT: must be an integer from 0 to 65535',
        '  ROLE: must be one of all, api, worker',
        '  JWT_SECRET: must be at least 32 characters',
        '  DATA_KEY_ENCRYPTION_KEY: must be 32 bytes, base64-encoded',
        '  MAX_TAGS: must be an integer from 1 to 100',
        '  WEBHOOK_POLL_MS: must be an integer >= 10',
      ].join('\n'),
    );
  });

  it('requires the connection string of the chosen production store', () => {
    expect(problemsOf({ EVENT_STORE: 'eventstoredb', READ_STORE: 'mongodb', SINGLE_HOST: 'true' })).toBe(
      [
        'Invalid configuration:',
        '  EVENTSTORE_CONNECTION_STRING: required when EVENT_STORE=eventstoredb',
        '  MONGODB_URI: required when READ_STORE=mongodb',
      ].join('\n'),
    );
    expect(loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false', SINGLE_HOST: 'true' }).eventStore).toBe(
      'eventstoredb',
    );
  });

  describe('the key store', () => {
    const eventStoreDb = { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' };
    const masterKey = Buffer.alloc(32, 7).toString('base64');

    it('refuses host-local keys under a shared EventStoreDB unless SINGLE_HOST=true says one host only runs', () => {
      expect(problemsOf(eventStoreDb)).toBe(
        [
          'Invalid configuration:',
          "  KEY_STORE: sqlite keeps the data keys in this host's DATA_DIR/keys.db, but EVENT_STORE=eventstoredb is shared by every host; set KEY_STORE=mongodb, or SINGLE_HOST=true if only this host ever runs",
        ].join('\n'),
      );
      expect(loadConfig({ ...eventStoreDb, SINGLE_HOST: 'true' })).toMatchObject({ keyStore: 'sqlite', singleHost: true });
      expect(problemsOf({ ...eventStoreDb, SINGLE_HOST: 'yes' })).toContain('SINGLE_HOST: must be true or false');
    });

    it('KEY_STORE=mongodb needs the MongoDB connection and one master key for every host', () => {
      expect(problemsOf({ ...eventStoreDb, KEY_STORE: 'mongodb' })).toBe(
        [
          'Invalid configuration:',
          '  MONGODB_URI: required when KEY_STORE=mongodb',
          '  DATA_KEY_ENCRYPTION_KEY: required when KEY_STORE=mongodb, so that every host unwraps the same keys (32 bytes, base64)',
        ].join('\n'),
      );
      const shared = loadConfig({
        ...eventStoreDb,
        KEY_STORE: 'mongodb',
        MONGODB_URI: 'mongodb://db:27017/?replicaSet=rs0',
        DATA_KEY_ENCRYPTION_KEY: masterKey,
      });
      expect(shared).toMatchObject({ keyStore: 'mongodb', keyStoreMongodbDb: 'dossier_keys', singleHost: false });
    });

    it('keeps host-local keys by default with the embedded event store', () => {
      expect(loadConfig({})).toMatchObject({ keyStore: 'sqlite', singleHost: false });
    });
  });

  it('requires the JWT secret, the data key encryption key and the audit signing key in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toBe(
      [
        'Invalid configuration:',
        '  JWT_SECRET: required in production (at least 32 characters)',
        '  DATA_KEY_ENCRYPTION_KEY: required in production (32 bytes, base64)',
        '  AUDIT_SIGNING_KEY: required in production (32 bytes, base64)',
      ].join('\n'),
    );
    const production = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      AUDIT_SIGNING_KEY: Buffer.alloc(32, 2).toString('base64'),
    });
    expect(production.production).toBe(true);
  });
});
