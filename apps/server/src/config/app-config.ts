import { CONFIG_RULES, CONFIG_SCHEMA, type Settings } from './config-schema.js';

/** The settings of CONFIG_SCHEMA, and what follows from them. */
export interface AppConfig extends Settings {
  production: boolean;
  /** Whether this process runs the workers: projections, sagas, the rules scheduler, webhook delivery (ROLE all|worker). */
  runsWorkers: boolean;
}

export const APP_CONFIG = Symbol('AppConfig');

export class ConfigError extends Error {}

/** Reads and checks every setting at once; a ConfigError names each problem found. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const settings: Partial<Record<keyof Settings, unknown>> = {};
  const problems: string[] = [];
  for (const [key, setting] of Object.entries(CONFIG_SCHEMA)) {
    const parsed = setting.parse(env[setting.name]);
    if (parsed.ok) settings[key as keyof Settings] = parsed.value;
    else problems.push(`${setting.name}: ${parsed.problem}`);
  }
  for (const rule of CONFIG_RULES) {
    const broken = rule(settings as Partial<Settings>);
    if (broken) problems.push(broken);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.map((line) => `  ${line}`).join('\n')}`);

  const valid = settings as Settings;
  return { ...valid, production: valid.nodeEnv === 'production', runsWorkers: valid.role !== 'api' };
}
