import { DEFAULT_TIME_ZONE } from '#shared';
import type { AppConfig } from '../config/app-config.js';

/** The deployment's zone for months and quarters: TIME_ZONE (config `timeZone`) where the schema has it, else Asia/Shanghai. */
export const timeZoneOf = (config: AppConfig): string => {
  const zone = (config as unknown as { timeZone?: unknown }).timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : DEFAULT_TIME_ZONE;
};
