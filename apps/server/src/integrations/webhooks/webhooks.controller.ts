import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { CommandCtx } from '../../http/request-context.js';
import { CreateWebhookDto } from './create-webhook.dto.js';
import { DeliveriesQueryDto } from './deliveries-query.dto.js';
import { DeliveryLog } from './delivery-log.js';
import { publicView } from './webhook-view.js';
import { WebhookRegistry } from './webhook-registry.js';

const webhookIdPipe = new ParseUUIDPipe({ version: '4' });

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('v1/webhooks')
@RequirePermission('webhooks.manage')
export class WebhooksController {
  constructor(
    private readonly registry: WebhookRegistry,
    private readonly deliveries: DeliveryLog,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ description: '{ id, url, eventTypes, active, secret } — the secret is shown only here and on rotation' })
  register(@Body() body: CreateWebhookDto, @CommandCtx() context: CommandContext) {
    return this.registry.register(body, context);
  }

  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.registry.list(actor);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'no such webhook, or not yours' })
  async get(@Param('id', webhookIdPipe) id: string, @CurrentActor() actor: Actor) {
    return publicView(await this.registry.get(actor, id));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', webhookIdPipe) id: string, @CommandCtx() context: CommandContext): Promise<void> {
    await this.registry.delete(id, context);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  rotateSecret(@Param('id', webhookIdPipe) id: string, @CommandCtx() context: CommandContext) {
    return this.registry.rotateSecret(id, context);
  }

  @Get(':id/deliveries')
  async listDeliveries(@Param('id', webhookIdPipe) id: string, @Query() query: DeliveriesQueryDto, @CurrentActor() actor: Actor) {
    await this.registry.get(actor, id);
    return this.deliveries.list(id, query.limit ?? 50, query.status);
  }
}
