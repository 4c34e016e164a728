import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccessPolicy } from '#application';
import { CurrentActor, RequirePermission } from '#auth';
import type { Actor } from '#domain';
import { RequestValidationException } from '../http/validation.js';
import { XLSX_CONTENT_TYPE } from '../customers/commands/import-customers/import-file.js';
import type { ImportJob } from './import-job.js';
import { ImportJobDto } from './import-job.dto.js';
import { importJobView } from './import-job-view.js';
import { ImportJobs } from './import-jobs.js';
import { importReportWorkbook } from './import-report-workbook.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/imports')
export class ImportsController {
  constructor(
    private readonly jobs: ImportJobs,
    private readonly access: AccessPolicy,
  ) {}

  @Get(':id')
  @RequirePermission('customers.import')
  @ApiOperation({ operationId: 'getImport', summary: "An import job's progress, and its report once done" })
  @ApiOkResponse({ type: ImportJobDto })
  @ApiProblems(404)
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor): Promise<ImportJobDto> {
    return importJobView(await this.visible(id, actor));
  }

  @Get(':id/report')
  @RequirePermission('customers.import')
  @ApiOperation({ operationId: 'downloadImportReport', summary: 'The report of an import as XLSX: the rejected rows with their errors beside them' })
  @ApiQuery({ name: 'format', enum: ['xlsx'], required: false })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'sheets Rejected, Skipped, Created' })
  @ApiProblems(404)
  async report(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('format') format: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    if (format !== undefined && format !== 'xlsx') throw new RequestValidationException([{ field: 'format', message: 'format must be xlsx' }]);
    const job = await this.visible(id, actor);
    const workbook = await importReportWorkbook(job, this.jobs.rejectedCells(job));
    reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', `attachment; filename="import-${id}-report.xlsx"`);
    return workbook;
  }

  /** One's own imports; a role that sees every customer (admin) sees every import. Anyone else's answers 404. */
  private async visible(id: string, actor: Actor): Promise<ImportJob> {
    const job = await this.jobs.find(id);
    if (job && (job.userId === actor.userId || (await this.access.visibleOwners(actor)) === undefined)) return job;
    throw new NotFoundException('Import not found');
  }
}
