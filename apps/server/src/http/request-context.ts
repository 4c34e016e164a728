import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '#application';
import type { Actor } from '#domain';

/** What the guard and the idempotency interceptor leave on the request. */
export interface DossierRequest {
  id: string;
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
  idempotencyFingerprint?: string;
}

export function correlationIdOf(request: DossierRequest): string {
  const header = request.headers['x-correlation-id'];
  return typeof header === 'string' && header.length > 0 && header.length <= 100 ? header : String(request.id ?? randomUUID());
}

/** The CommandContext of the current request: actor, correlation and the scoped Idempotency-Key. */
export const CommandCtx = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<DossierRequest>();
  const correlationId = correlationIdOf(request);
  return {
    actor: request.actor as Actor,
    correlationId,
    causationId: correlationId,
    ...(request.idempotencyFingerprint ? { idempotencyKey: request.idempotencyFingerprint } : {}),
  };
});
