import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { AccessPolicy } from '#application';
import { CUSTOMER_STREAM_PREFIX, type Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { FEED_ITEM_SCHEMA, publishedEventSchemas } from '#integrations';
import { toFeedItem, type FeedItem } from './feed-item.js';
import { parseEventTypes } from './feed-query.js';
import { FeedQueryDto } from './feed-query.dto.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { EventPageResponseDto } from './event-page-response.dto.js';
import { EventSchemasResponseDto } from './event-schemas-response.dto.js';

const DEFAULT_PAGE_SIZE = 100;

@ApiTags('integrations')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/events')
export class EventsFeedController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AccessPolicy,
  ) {}

  /** A page of the customer feed in commit order; pass `nextAfter` back as `after` to resume without gaps or repeats. */
  @Get()
  @ApiOperation({ operationId: 'listEvents', summary: 'A page of the customer event feed in commit order, resumable after a position' })
  @ApiProblems(400)
  @RequirePermission('feed.read')
  @ApiOkResponse({ type: EventPageResponseDto })
  async page(@Query() query: FeedQueryDto, @CurrentActor() actor: Actor): Promise<{ items: FeedItem[]; nextAfter: number }> {
    const types = parseEventTypes(query.types);
    const after = query.after ?? 0;
    const events = await this.store.readAll({
      after,
      types,
      streamPrefixes: [CUSTOMER_STREAM_PREFIX],
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    const view = this.access.personalData(actor);
    return {
      items: events.map((event) => toFeedItem(event, view)),
      nextAfter: events.length > 0 ? events[events.length - 1].position : after,
    };
  }

  @Get('schemas')
  @ApiOperation({ operationId: 'getEventSchemas', summary: 'The JSON Schemas of the feed envelope and of every customer event' })
  @ApiOkResponse({ type: EventSchemasResponseDto })
  @RequirePermission('schemas.read')
  schemas() {
    return { envelope: FEED_ITEM_SCHEMA, events: publishedEventSchemas() };
  }
}
