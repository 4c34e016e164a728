import { BadRequestException, Body, Controller, HttpCode, PayloadTooLargeException, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import type { ImportReport } from './customer-importer.js';
import { ImportCustomersCommand } from './import-customers.command.js';
import { ImportFormatError, importRows, MAX_IMPORT_ROWS } from './import-rows.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { ImportReportResponseDto } from './import-report-response.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class ImportCustomersController {
  constructor(private readonly commands: CommandBus) {}

  @Post('import')
  @ApiOperation({ operationId: 'importCustomers', summary: 'Register many customers from CSV or a JSON array, with a per-row report' })
  @ApiProblems(400, 413, 415)
  @HttpCode(200)
  @RequirePermission('customers.import')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ description: 'a JSON array of registration bodies, or CSV with columns name,type,contact.phone,contact.email,industry,region,source,…' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 're-sending the same import with the same key registers nobody twice' })
  @ApiOkResponse({ type: ImportReportResponseDto })
  async import(@Body() body: unknown, @CommandCtx() context: CommandContext): Promise<ImportReport> {
    let rows: unknown[];
    try {
      rows = importRows(body);
    } catch (error) {
      throw new BadRequestException(error instanceof ImportFormatError ? error.message : `Unreadable CSV: ${(error as Error).message}`);
    }
    if (rows.length > MAX_IMPORT_ROWS) throw new PayloadTooLargeException(`At most ${MAX_IMPORT_ROWS} rows per import`);
    return this.commands.execute(new ImportCustomersCommand(rows, context));
  }
}
