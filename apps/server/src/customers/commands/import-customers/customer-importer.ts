import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { deterministicUuid, RegisterCustomerService, type CommandContext } from '#application';
import { DomainError } from '#domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import type { FieldError } from '../../../http/problem.js';
import { flattenValidationErrors, VALIDATOR_OPTIONS } from '../../../http/validation.js';
import { plain } from '../../dto/plain.js';
import { OwnerValidator } from '../../owner-validator.js';
import { RegisterCustomerDto } from '../register-customer/register-customer.dto.js';

export interface ImportReport {
  created: { row: number; id: string }[];
  rejected: { row: number; errors: FieldError[] }[];
}

/**
 * Each row gets the same validation and registration as `POST /v1/customers`; a bad row is
 * reported and skipped, the others land. With an Idempotency-Key each row derives its own key, so
 * re-sending the same file registers nobody twice.
 */
@Injectable()
export class CustomerImporter {
  constructor(
    private readonly registration: RegisterCustomerService,
    @Inject(OwnerValidator) private readonly owners: OwnerValidator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(rows: readonly unknown[], context: CommandContext): Promise<ImportReport> {
    const report: ImportReport = { created: [], rejected: [] };
    for (const [index, raw] of rows.entries()) {
      const row = index + 1;
      const dto = plainToInstance(RegisterCustomerDto, raw ?? {});
      const invalid = flattenValidationErrors(await validate(dto, VALIDATOR_OPTIONS));
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) invalid.push({ field: 'row', message: 'each row must be an object' });
      if (invalid.length > 0) {
        report.rejected.push({ row, errors: invalid });
        continue;
      }
      try {
        await this.owners.assertMayRegisterFor(context.actor, dto.ownerId);
        const result = await this.registration.register(plain(dto), rowContext(context, row), { industries: this.config.industries });
        report.created.push({ row, id: result.id });
      } catch (error) {
        // A row the caller may not register at all (another team's owner) refuses the whole import.
        if (!(error instanceof DomainError) || error.code === 'forbidden') throw error;
        report.rejected.push({ row, errors: [{ field: error.field ?? 'row', message: error.message }] });
      }
    }
    return report;
  }
}

function rowContext(context: CommandContext, row: number): CommandContext {
  const { idempotencyKey, ...rest } = context;
  return idempotencyKey === undefined ? rest : { ...rest, idempotencyKey: deterministicUuid(idempotencyKey, 'import-row', String(row)) };
}
