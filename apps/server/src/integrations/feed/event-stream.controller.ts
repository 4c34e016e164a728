import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccessPolicy } from '#application';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { parseEventTypes, resumePosition } from './feed-query.js';
import { StreamQueryDto } from './stream-query.dto.js';
import { EventStreamService } from './event-stream.service.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';

@ApiTags('integrations')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/events')
export class EventStreamController {
  constructor(
    private readonly streams: EventStreamService,
    private readonly access: AccessPolicy,
  ) {}

  @Get('stream')
  @ApiOperation({ operationId: 'streamEvents', summary: 'The customer event feed as Server-Sent Events, resumable with Last-Event-ID' })
  @ApiProblems(400)
  @RequirePermission('feed.read')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this position (wins over ?after)' })
  @ApiOkResponse({
    description: 'One frame per event: id = position, event = type, data = the FeedItem as JSON; comment lines beat the heart',
    content: {
      'text/event-stream': { schema: { type: 'string' }, 'x-data-schema': { $ref: '#/components/schemas/FeedItem' } } as Record<string, unknown>,
    },
  })
  stream(
    @Query() query: StreamQueryDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): void {
    // Validated before hijacking, so bad input still gets a problem+json answer.
    const types = parseEventTypes(query.types);
    const after = resumePosition(lastEventId, query.after);
    reply.hijack();
    this.streams.serve(reply.raw, { after, types, view: this.access.personalData(actor) });
  }
}
