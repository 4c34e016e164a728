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
    expect(problemsOf({ EVENT_STORE: 'eventstoredb', READ_STORE: 'mongodb' })).toBe(
      [
        'Invalid configuration:',
        '  EVENTSTORE_CONNECTION_STRING: required when EVENT_STORE=eventstoredb',
        '  MONGODB_URI: required when READ_STORE=mongodb',
      ].join('\n'),
    );
    expect(loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' }).eventStore).toBe('eventstoredb');
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
