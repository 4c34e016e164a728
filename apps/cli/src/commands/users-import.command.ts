import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '#domain';
import { CreateUserDto, UserAccountsService, flattenValidationErrors, generateStrongPassword } from '#server';
import { progressBar } from '../progress.js';
import { withAppContext } from '../with-app-context.js';

/**
 * `users:import <file.csv>` with columns username,password,role[,teamId][,email]: each row validated like
 * `POST /v1/users`. A row without a password gets a generated one, to be changed at the first login; it is
 * printed once, in the report on this console, and never logged.
 */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('users:import')
    .description('Create users from a CSV file with columns username,password,role,teamId,email (an empty password is generated and printed once)')
    .argument('<file>', 'CSV with a header line')
    .action(async (file: string) => {
      const rows = parse(await readFile(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
      const rejected: { row: number; errors: { field: string; message: string }[] }[] = [];
      const generatedPasswords: { row: number; username: string; password: string }[] = [];
      let created = 0;
      await withAppContext(async (app) => {
        const accounts = app.get(UserAccountsService);
        const bar = progressBar('users', rows.length);
        for (const [index, raw] of rows.entries()) {
          const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
          const generated = given.password === undefined ? generateStrongPassword([given.username, given.teamId, given.email]) : undefined;
          const dto = plainToInstance(CreateUserDto, generated === undefined ? given : { ...given, password: generated, mustChangePassword: true });
          const errors = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
          if (errors.length > 0) rejected.push({ row: index + 1, errors });
          else {
            try {
              const context = { actor: { userId: 'cli', role: 'admin' as const }, correlationId: 'cli-users-import', causationId: 'cli-users-import' };
              await accounts.create(dto, context);
              created++;
              if (generated !== undefined) generatedPasswords.push({ row: index + 1, username: dto.username, password: generated });
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              rejected.push({ row: index + 1, errors: [{ field: error.field ?? 'row', message: error.message }] });
            }
          }
          bar.update(index + 1);
        }
        bar.stop();
      }, env);
      console.log(JSON.stringify({ created, rejected, ...(generatedPasswords.length > 0 ? { generatedPasswords } : {}) }, null, 2));
      if (rejected.length > 0) process.exitCode = 2;
    });
}
