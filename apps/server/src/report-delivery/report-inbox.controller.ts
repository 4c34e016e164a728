import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, SignedIn } from '#auth';
import { ReportInbox } from './report-inbox.js';
import { InboxPageDto } from './report-subscription-view.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/report-inbox')
export class ReportInboxController {
  constructor(private readonly inbox: ReportInbox) {}

  @Get()
  @SignedIn()
  @ApiOperation({ operationId: 'listReportInbox', summary: 'Reports delivered to the caller, newest first' })
  @ApiOkResponse({ type: InboxPageDto })
  list(@CurrentActor() actor: Actor): Promise<InboxPageDto> {
    return this.inbox.list(actor.userId);
  }

  @Get(':id/download')
  @SignedIn()
  @ApiOperation({ operationId: 'downloadReportInboxItem', summary: 'The delivered file, as its recipient got it' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'the report file' })
  @ApiProblems(404)
  async download(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const item = await this.inbox.find(id);
    if (!item || item.userId !== actor.userId) throw new NotFoundException('No such report in your inbox');
    reply.header('content-type', item.contentType).header('content-disposition', `attachment; filename="${item.filename}"`);
    return Buffer.from(item.content, 'base64');
  }
}
