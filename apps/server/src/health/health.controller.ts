import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiResponse, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { READ_STORE, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { SubscriberFailureLog, type SubscriberFailure } from './subscriber-failure-log.js';
import { HealthResponseDto } from './health-response.dto.js';

type Check = { status: 'up' | 'down'; error?: string };

/**
 * Liveness and readiness in one answer: 200 when every store answers and no subscriber stopped, 503
 * otherwise, with a `projections` / `sagas` check naming the error of each stopped one (read from the
 * store, so every replica answers the same).
 */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  private readonly failures: SubscriberFailureLog;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readModels: ReadStore,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.failures = new SubscriberFailureLog(events, clock);
  }

  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Liveness and readiness: every store answers and no subscriber stopped' })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiResponse({ status: 503, type: HealthResponseDto, description: 'A store is down or a subscriber stopped (each named in checks)' })
  @Public()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks: Record<string, Check> = {
      eventStore: await this.check(() => this.events.ping()),
      readStore: await this.check(() => this.readModels.ping()),
      ...(await this.stoppedSubscribers()),
    };
    const up = Object.values(checks).every((check) => check.status === 'up');
    reply.status(up ? 200 : 503);
    return { status: up ? 'up' : 'down', checks };
  }

  /** A down check per group with a stopped subscriber; none while they all run (or the store cannot say). */
  private async stoppedSubscribers(): Promise<Record<string, Check>> {
    const failures = await this.failures.current().catch((): SubscriberFailure[] => []);
    const checks: Record<string, Check> = {};
    for (const failure of failures) {
      const line = `${failure.name}: ${failure.error} (since ${failure.failedAt})`;
      const error = checks[failure.group]?.error;
      checks[failure.group] = { status: 'down', error: error ? `${error}; ${line}` : line };
    }
    return checks;
  }

  private async check(probe: () => Promise<void>): Promise<Check> {
    try {
      await probe();
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }
}
