import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { UserDirectory } from '#application';
import { CurrentActor, RequirePermission } from '#auth';
import { labelLocaleOf, type Actor, type LabelLocale } from '#domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { RequestValidationException } from '../../../http/validation.js';
import { XLSX_CONTENT_TYPE } from './import-file.js';
import { templateCsv, templateXlsx } from './import-template.js';

/** The template is a Chinese form (the seed's table 1): simplified unless the caller asks for traditional or English. */
function templateLocaleOf(acceptLanguage: string | undefined): LabelLocale {
  const locale = labelLocaleOf(acceptLanguage);
  return locale === 'en' && !/^\s*en\b/i.test(acceptLanguage ?? '') ? 'zh-Hans' : locale;
}

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers/import')
export class ImportTemplateController {
  constructor(
    private readonly users: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('template')
  @RequirePermission('customers.import')
  @ApiOperation({
    operationId: 'downloadImportTemplate',
    summary: 'The import template: headers, an example row and, in XLSX, a dropdown on each list column',
    description: 'Headers in simplified Chinese unless Accept-Language asks for traditional (zh-TW, zh-HK, zh-Hant) or English (en).',
  })
  @ApiQuery({ name: 'format', enum: ['xlsx', 'csv'], required: false })
  @ApiHeader({ name: 'Accept-Language', required: false })
  @ApiProduces(XLSX_CONTENT_TYPE, 'text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'the template file' })
  async template(
    @Query('format') format: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    if (format !== undefined && format !== 'xlsx' && format !== 'csv') {
      throw new RequestValidationException([{ field: 'format', message: 'format must be xlsx or csv' }]);
    }
    const locale = templateLocaleOf(acceptLanguage);
    const options = { locale, industries: this.config.industries, ownerUsername: (await this.users.findById(actor.userId))?.username ?? '' };
    const name = locale === 'en' ? 'customer-import-template' : 'customer-import-template-zh';
    if (format === 'csv') {
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
      return templateCsv(options);
    }
    reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', `attachment; filename="${name}.xlsx"`);
    return templateXlsx(options);
  }
}
