import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { READ_STORE, type ReadStore } from '#read-store';

/** Liveness and readiness in one answer: 200 when every store answers, 503 otherwise. */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readModels: ReadStore,
  ) {}

  @Get()
  @Public()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks = {
      eventStore: await this.check(() => this.events.ping()),
      readStore: await this.check(() => this.readModels.ping()),
    };
    const up = Object.values(checks).every((check) => check.status === 'up');
    reply.status(up ? 200 : 503);
    return { status: up ? 'up' : 'down', checks };
  }

  private async check(probe: () => Promise<void>): Promise<{ status: 'up' | 'down'; error?: string }> {
    try {
      await probe();
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }
}
