import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '#application';
import { CUSTOMER_STREAM_PREFIX, type Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { FEED_ITEM_SCHEMA, publishedEventSchemas } from '#integrations';
import { toFeedItem, type FeedItem } from './feed-item.js';
import { parseEventTypes } from './feed-query.js';
import { FeedQueryDto } from './feed-query.dto.js';

const DEFAULT_PAGE_SIZE = 100;

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsFeedController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AccessPolicy,
  ) {}

  /** A page of the customer feed in commit order; pass `nextAfter` back as `after` to resume without gaps or repeats. */
  @Get()
  @RequirePermission('feed.read')
  @ApiOkResponse({ description: '{ items, nextAfter }' })
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
  @RequirePermission('schemas.read')
  schemas() {
    return { envelope: FEED_ITEM_SCHEMA, events: publishedEventSchemas() };
  }
}
