import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { AppModule, loadConfig } from '#server';

/**
 * The server's own modules without HTTP and without workers (ROLE=api), so a CLI command runs
 * exactly the validation and command handlers the API runs, against the same stores.
 */
export async function withAppContext<T>(work: (app: INestApplicationContext) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const config = loadConfig({ ...env, ROLE: 'api', LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
