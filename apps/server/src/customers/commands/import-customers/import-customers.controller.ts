import {
  BadRequestException,
  Body,
  Controller,
  Headers,
  HttpCode,
  Inject,
  PayloadTooLargeException,
  Post,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '#application';
import { RequirePermission } from '#auth';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { CommandCtx } from '../../../http/request-context.js';
import { RequestValidationException } from '../../../http/validation.js';
import { ImportJobDto } from '../../../imports/import-job.dto.js';
import { ImportJobs } from '../../../imports/import-jobs.js';
import { importJobView } from '../../../imports/import-job-view.js';
import { isKnownEncoding } from './csv-text.js';
import { headerErrors } from './import-columns.js';
import { ImportFormatError, readImportFile, XLSX_CONTENT_TYPE } from './import-file.js';
import { ImportResultDto } from './import-report.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class ImportCustomersController {
  constructor(
    private readonly jobs: ImportJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('import')
  @ApiOperation({ operationId: 'importCustomers', summary: 'Register many customers from CSV or a JSON array, with a per-row report' })
  @ApiProblems(400, 413, 415)
  @HttpCode(200)
  @RequirePermission('customers.import')
  @ApiOperation({
    operationId: 'importCustomers',
    summary: 'Import customers from the template (CSV in UTF-8 or GBK, XLSX) or a JSON array',
    description:
      'Headers in Chinese (simplified or traditional, as in the template) or English field names; list columns take their labels. ' +
      'Up to IMPORT_SYNC_MAX_ROWS rows answer 200 with the report; a larger file answers 202 with Location: /v1/imports/{id}. ' +
      'A second import of the same file creates nothing: its rows are reported as skipped.',
  })
  @ApiConsumes('application/json', 'text/csv', XLSX_CONTENT_TYPE)
  @ApiBody({ description: 'a JSON array of registration bodies, a CSV file (charset=gbk or detected), or an XLSX workbook (first sheet, header row)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 're-sending the same import with the same key answers the same report' })
  @ApiOkResponse({ type: ImportResultDto, description: 'the per-row report' })
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'a large file runs as a job: poll its Location' })
  async import(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportResultDto | ImportJobDto> {
    const encoding = /;\s*charset="?([^";]+)"?/i.exec(contentType ?? '')?.[1]?.trim();
    if (encoding !== undefined && !isKnownEncoding(encoding))
      throw new RequestValidationException([{ field: 'charset', message: `unknown charset ${encoding}` }]);
    let table;
    try {
      table = await readImportFile(body, { contentType, encoding });
    } catch (error) {
      if (error instanceof ImportFormatError) throw new BadRequestException(error.message);
      throw error;
    }
    const badHeaders = headerErrors(table.headers ?? []);
    if (badHeaders.length > 0) throw new RequestValidationException(badHeaders);
    if (table.rows.length > this.config.importMaxRows) throw new PayloadTooLargeException(`At most ${this.config.importMaxRows} rows per import`);

    const started = await this.jobs.start(table, context);
    const location = `/v1/imports/${started.id}`;
    if (table.rows.length > this.config.importSyncMaxRows) {
      reply.status(202).header('location', location);
      return importJobView((await this.jobs.find(started.id))!);
    }
    const report = await started.done;
    if (!report) throw new ServiceUnavailableException('The server is stopping; import the file again (rows already imported are skipped)');
    reply.header('content-location', location);
    return { importId: started.id, ...report };
  }
}
