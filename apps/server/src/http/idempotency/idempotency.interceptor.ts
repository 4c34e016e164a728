import { BadRequestException, CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { from, mergeMap, of, switchMap, type Observable } from 'rxjs';
import { IdempotencyStore } from '#application';
import type { Actor } from '#domain';
import { CLOCK, type Clock } from '#shared';
import { correlationIdOf, type DossierRequest } from '../request-context.js';
import { IdempotencyKeyReusedError } from './idempotency-key-reused.error.js';

const MAX_KEY_LENGTH = 255;

/**
 * SPEC §6: a POST with an `Idempotency-Key` seen before returns the stored response and appends
 * nothing; the same key with another body is refused. Keys are scoped to the user. This is the one
 * place the key is checked: commands only derive their event ids from it (see toProposedEvents).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly responses: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<DossierRequest & { method: string; url: string; body?: unknown }>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || request.actor === undefined) return next.handle();
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new BadRequestException(`Idempotency-Key must be 1..${MAX_KEY_LENGTH} characters`);
    }
    const actor: Actor = request.actor;
    const fingerprint = this.responses.fingerprint(actor, key);
    const idempotentRequest = { method: request.method, url: request.url, body: request.body ?? null };

    return from(this.responses.find(fingerprint)).pipe(
      switchMap((stored) => {
        if (stored) {
          if (!this.responses.answers(stored, idempotentRequest)) throw new IdempotencyKeyReusedError();
          return of(stored.body);
        }
        request.idempotencyFingerprint = fingerprint;
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.responses.save(
              fingerprint,
              { ...this.responses.requestFingerprint(idempotentRequest), body },
              actor,
              correlationIdOf(request),
              this.clock.now(),
            );
            return body;
          }),
        );
      }),
    );
  }
}
