import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';
import { DEFAULT_INDUSTRIES, DEFAULT_MAX_TAGS } from '#domain';

/** Every setting of SPEC §2, read from the environment and validated once at start-up. */
class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV: string = 'development';
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT: number = 3000;
  @IsOptional() @IsString() HOST: string = '0.0.0.0';
  @IsOptional() @IsString() DATA_DIR: string = './data';
  @IsOptional() @IsIn(['sqlite', 'eventstoredb']) EVENT_STORE: string = 'sqlite';
  @IsOptional() @IsString() EVENTSTORE_CONNECTION_STRING?: string;
  @IsOptional() @IsIn(['sqlite', 'mongodb']) READ_STORE: string = 'sqlite';
  @IsOptional() @IsString() MONGODB_URI?: string;
  @IsOptional() @IsString() MONGODB_DB: string = 'dossier';
  @IsOptional() @IsIn(['all', 'api', 'worker']) ROLE: string = 'all';
  @IsOptional() @IsString() @MinLength(32) JWT_SECRET?: string;
  @IsOptional() @IsString() JWT_EXPIRES_IN: string = '1h';
  @IsOptional() @IsString() DATA_KEY_ENCRYPTION_KEY?: string;
  @IsOptional() @IsString() @MinLength(1) ADMIN_USERNAME: string = 'admin';
  @IsOptional() @IsString() @MinLength(8) ADMIN_PASSWORD?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL: string = 'info';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1000) RULES_INTERVAL_MS: number = 60_000;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) MAX_TAGS: number = DEFAULT_MAX_TAGS;
  @IsOptional() @IsString() INDUSTRIES: string = DEFAULT_INDUSTRIES.join(',');
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) LOGIN_RATE_LIMIT: number = 10;
}

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  eventStore: 'sqlite' | 'eventstoredb';
  eventStoreConnectionString?: string;
  readStore: 'sqlite' | 'mongodb';
  mongodbUri?: string;
  mongodbDb: string;
  role: 'all' | 'api' | 'worker';
  jwtSecret?: string;
  jwtExpiresIn: string;
  dataKeyEncryptionKey?: string;
  adminUsername: string;
  adminPassword?: string;
  logLevel: string;
  rulesIntervalMs: number;
  maxTags: number;
  industries: string[];
  loginRateLimit: number;
}

export const APP_CONFIG = Symbol('AppConfig');

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const values = plainToInstance(EnvironmentVariables, { ...env }, { exposeDefaultValues: true });
  const problems = validateSync(values, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `  ${error.property}: ${message}`),
  );
  const production = values.NODE_ENV === 'production';
  if (values.EVENT_STORE === 'eventstoredb' && !values.EVENTSTORE_CONNECTION_STRING)
    problems.push('  EVENTSTORE_CONNECTION_STRING: required when EVENT_STORE=eventstoredb');
  if (values.READ_STORE === 'mongodb' && !values.MONGODB_URI) problems.push('  MONGODB_URI: required when READ_STORE=mongodb');
  if (production && !values.JWT_SECRET) problems.push('  JWT_SECRET: required in production (at least 32 characters)');
  if (production && !values.DATA_KEY_ENCRYPTION_KEY) problems.push('  DATA_KEY_ENCRYPTION_KEY: required in production (32 bytes, base64)');
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);

  return {
    production,
    port: values.PORT,
    host: values.HOST,
    dataDir: values.DATA_DIR,
    eventStore: values.EVENT_STORE as AppConfig['eventStore'],
    eventStoreConnectionString: values.EVENTSTORE_CONNECTION_STRING,
    readStore: values.READ_STORE as AppConfig['readStore'],
    mongodbUri: values.MONGODB_URI,
    mongodbDb: values.MONGODB_DB,
    role: values.ROLE as AppConfig['role'],
    jwtSecret: values.JWT_SECRET,
    jwtExpiresIn: values.JWT_EXPIRES_IN,
    dataKeyEncryptionKey: values.DATA_KEY_ENCRYPTION_KEY,
    adminUsername: values.ADMIN_USERNAME,
    adminPassword: values.ADMIN_PASSWORD,
    logLevel: values.LOG_LEVEL,
    rulesIntervalMs: values.RULES_INTERVAL_MS,
    maxTags: values.MAX_TAGS,
    industries: values.INDUSTRIES.split(',')
      .map((industry) => industry.trim())
      .filter(Boolean),
    loginRateLimit: values.LOGIN_RATE_LIMIT,
  };
}
