import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { finalize, type Observable } from 'rxjs';

/**
 * Route handlers still running. A stop closes the HTTP server first — which can finish while
 * handlers whose clients hung up are still on their way to the store — and then the stores: the
 * HTTP side waits (bounded) for those handlers, so that none meets a closed database.
 */
@Injectable()
export class InFlightRequests implements NestInterceptor {
  private running = 0;
  private idle: (() => void)[] = [];

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    this.running += 1;
    return next.handle().pipe(finalize(() => this.finished()));
  }

  /** Resolves once no handler runs, or after `timeoutMs` whatever still runs. */
  drained(timeoutMs: number): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref(); // only a bound: it keeps no process alive
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private finished(): void {
    this.running -= 1;
    if (this.running > 0) return;
    const waiting = this.idle;
    this.idle = [];
    for (const resolve of waiting) resolve();
  }
}
