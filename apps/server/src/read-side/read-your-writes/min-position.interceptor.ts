import { BadRequestException, Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import { ProjectionWaiter } from './projection-waiter.js';
import { READS_VALUE_MODELS, type ValueModelWait } from './reads-value-models.js';
import { READ_MODELS } from './reads-models.decorator.js';

const MAX_WAIT_MS = 5000;

/** `X-Min-Position: <position>` or `?minPosition=`: answer only from read models that include it (SPEC §6). */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(
    private readonly waiter: ProjectionWaiter,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown>; query?: Record<string, unknown> }>();
    const raw = request.headers['x-min-position'] ?? request.query?.minPosition;
    if (raw !== undefined) {
      const position = Number(raw);
      if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(position)) {
        throw new BadRequestException('X-Min-Position / minPosition must be a non-negative integer position');
      }
      const valueModels = this.reflector.getAllAndOverride<ValueModelWait | undefined>(READS_VALUE_MODELS, [context.getHandler(), context.getClass()]);
      const projections = this.reflector.getAllAndOverride<string[] | undefined>(READ_MODELS, [context.getHandler(), context.getClass()]);
      if (!(await this.waiter.waitFor(position, MAX_WAIT_MS, valueModels, projections))) {
        // The problem filter adds Retry-After to every 503.
        throw new ServiceUnavailableException(`Read models have not reached position ${position} yet; retry shortly`);
      }
    }
    return next.handle();
  }
}
