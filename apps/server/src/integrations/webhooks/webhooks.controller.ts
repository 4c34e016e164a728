import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { CommandContext } from '#application';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { CommandCtx } from '../../http/request-context.js';
import { HistoryListResponseDto } from '../../audit/history-list-response.dto.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { CreateWebhookDto } from './create-webhook.dto.js';
import { DeliveriesQueryDto } from './deliveries-query.dto.js';
import { DeliveryLog } from './delivery-log.js';
import { DeliveryLogResponseDto } from './delivery-log-response.dto.js';
import { RedeliveryAcceptedResponseDto } from './redelivery-accepted-response.dto.js';
import { ReplayAcceptedResponseDto } from './replay-accepted-response.dto.js';
import { ReplayWebhookDto } from './replay-webhook.dto.js';
import { SecretRotatedResponseDto } from './secret-rotated-response.dto.js';
import { WebhookCreatedResponseDto } from './webhook-created-response.dto.js';
import { WebhookListResponseDto } from './webhook-list-response.dto.js';
import { publicView } from './webhook-view.js';
import { WebhookViewDto } from './webhook-view.dto.js';
import { WebhookRegistry } from './webhook-registry.js';

const webhookIdPipe = new ParseUUIDPipe({ version: '4' });
const deliveryIdPipe = new ParseUUIDPipe();

@ApiTags('integrations')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/webhooks')
@RequirePermission('webhooks.manage')
export class WebhooksController {
  constructor(
    private readonly registry: WebhookRegistry,
    private readonly deliveries: DeliveryLog,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'registerWebhook', summary: 'Subscribe a URL to customer event types; answers its signing secret once' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({
    type: CreateWebhookDto,
    examples: {
      statusChanges: {
        summary: 'Status changes and follow-ups',
        value: { url: 'https://hooks.example.com/dossier', eventTypes: ['CustomerStatusChanged', 'FollowUpRecorded'] },
      },
    },
  })
  @ApiCreatedResponse({ type: WebhookCreatedResponseDto })
  @ApiProblems(400, 422)
  register(@Body() body: CreateWebhookDto, @CommandCtx() context: CommandContext) {
    return this.registry.register(body, context);
  }

  @Get()
  @ApiOperation({ operationId: 'listWebhooks', summary: 'Your active webhooks (every one, for admin)' })
  @ApiOkResponse({ type: WebhookListResponseDto })
  list(@CurrentActor() actor: Actor) {
    return this.registry.list(actor);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getWebhook', summary: 'One of your webhooks' })
  @ApiOkResponse({ type: WebhookViewDto })
  @ApiProblems(400, 404)
  async get(@Param('id', webhookIdPipe) id: string, @CurrentActor() actor: Actor) {
    return publicView(await this.registry.get(actor, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Unsubscribe: pending deliveries are cancelled' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  async remove(@Param('id', webhookIdPipe) id: string, @CommandCtx() context: CommandContext): Promise<void> {
    await this.registry.delete(id, context);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ operationId: 'rotateWebhookSecret', summary: 'A new signing secret; the old one still signs during the grace period' })
  @ApiOkResponse({ type: SecretRotatedResponseDto })
  @ApiProblems(400, 404)
  rotateSecret(@Param('id', webhookIdPipe) id: string, @CommandCtx() context: CommandContext) {
    return this.registry.rotateSecret(id, context);
  }

  /**
   * Sends one delivery's event again: a new attempt in the delivery log, signed anew, with the same webhook-id so
   * receivers de-duplicate. Recorded in the webhook stream (who, when); the delivery worker carries it out.
   */
  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'redeliverWebhookDelivery',
    summary: 'Send one delivery again (same webhook-id, a new attempt in the log)',
    description:
      'With an Idempotency-Key a repeat answers the same and records nothing. Without one, a second request while the ' +
      'delivery is still pending is absorbed (it is sent once); after it was sent, a second request sends it again.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiAcceptedResponse({ type: RedeliveryAcceptedResponseDto })
  @ApiProblems(400, 404, 422)
  async redeliver(
    @Param('id', webhookIdPipe) id: string,
    @Param('deliveryId', deliveryIdPipe) deliveryId: string,
    @CommandCtx() context: CommandContext,
  ): Promise<RedeliveryAcceptedResponseDto> {
    await this.registry.get(context.actor, id);
    const delivery = this.deliveries.find(id, deliveryId);
    if (!delivery) throw new NotFoundException('Delivery not found');
    const recorded = await this.registry.requestRedelivery(id, delivery, context);
    return { webhookId: id, deliveryId, eventPosition: delivery.position, ...recorded };
  }

  /** Sends every matching event after a feed position again, in order per customer (same webhook-ids). */
  @Post(':id/replay')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'replayWebhook',
    summary: 'Send every matching event after a feed position again, in order per customer',
    description:
      'Recorded in the webhook stream; the delivery worker queues the events in (from, head] with their own webhook-ids. ' +
      'A delivery still pending is not queued twice; with an Idempotency-Key a repeat answers the same and records nothing.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ type: ReplayWebhookDto, examples: { sinceYesterday: { summary: 'Everything after position 1040', value: { from: 1040 } } } })
  @ApiAcceptedResponse({ type: ReplayAcceptedResponseDto })
  @ApiProblems(400, 404, 422)
  async replay(
    @Param('id', webhookIdPipe) id: string,
    @Body() body: ReplayWebhookDto,
    @CommandCtx() context: CommandContext,
  ): Promise<ReplayAcceptedResponseDto> {
    await this.registry.get(context.actor, id);
    return { webhookId: id, ...(await this.registry.requestReplay(id, body.from, context)) };
  }

  @Get(':id/history')
  @ApiOperation({ operationId: 'getWebhookHistory', summary: 'A webhook’s audit trail: registered, rotated, redelivered, replayed, deleted — by whom, when' })
  @ApiOkResponse({ type: HistoryListResponseDto })
  @ApiProblems(400, 404)
  history(@Param('id', webhookIdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.registry.history(actor, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: 'The delivery log: each event sent, its status and every attempt' })
  @ApiOkResponse({ type: DeliveryLogResponseDto })
  @ApiProblems(400, 404)
  async listDeliveries(@Param('id', webhookIdPipe) id: string, @Query() query: DeliveriesQueryDto, @CurrentActor() actor: Actor) {
    await this.registry.get(actor, id);
    return this.deliveries.list(id, query.limit ?? 50, query.status);
  }
}
