import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { CommandCtx } from '../../http/request-context.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { CreateWebhookDto } from './create-webhook.dto.js';
import { DeliveriesQueryDto } from './deliveries-query.dto.js';
import { DeliveryLog } from './delivery-log.js';
import { DeliveryLogResponseDto } from './delivery-log-response.dto.js';
import { SecretRotatedResponseDto } from './secret-rotated-response.dto.js';
import { WebhookCreatedResponseDto } from './webhook-created-response.dto.js';
import { WebhookListResponseDto } from './webhook-list-response.dto.js';
import { publicView } from './webhook-view.js';
import { WebhookViewDto } from './webhook-view.dto.js';
import { WebhookRegistry } from './webhook-registry.js';

const webhookIdPipe = new ParseUUIDPipe({ version: '4' });

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

  @Get(':id/deliveries')
  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: 'The delivery log: each event sent, its status and every attempt' })
  @ApiOkResponse({ type: DeliveryLogResponseDto })
  @ApiProblems(400, 404)
  async listDeliveries(@Param('id', webhookIdPipe) id: string, @Query() query: DeliveriesQueryDto, @CurrentActor() actor: Actor) {
    await this.registry.get(actor, id);
    return this.deliveries.list(id, query.limit ?? 50, query.status);
  }
}
