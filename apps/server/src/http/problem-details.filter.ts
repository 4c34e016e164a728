import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode } from '#domain';
import { PreconditionFailedError } from '#application';
import { WrongExpectedRevisionError } from '#event-store';
import { PersonalDataIntegrityError } from '#privacy';
import { redactUrl } from '../logging/redact-url.js';
import { IdempotencyKeyReusedError } from './idempotency/idempotency-key-reused.error.js';
import { problem, PROBLEM_CONTENT_TYPE, type Problem } from './problem.js';
import { RequestValidationException } from './validation.js';

const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  'not-found': HttpStatus.NOT_FOUND,
  'tag-not-found': HttpStatus.NOT_FOUND,
  'already-exists': HttpStatus.CONFLICT,
  'code-taken': HttpStatus.CONFLICT,
  'duplicate-suspected': HttpStatus.CONFLICT,
  'invalid-status-transition': HttpStatus.UNPROCESSABLE_ENTITY,
  'status-unchanged': HttpStatus.UNPROCESSABLE_ENTITY,
  'tag-limit-reached': HttpStatus.UNPROCESSABLE_ENTITY,
  'owner-unchanged': HttpStatus.UNPROCESSABLE_ENTITY,
  'already-resolved': HttpStatus.CONFLICT,
  'tag-retired': HttpStatus.UNPROCESSABLE_ENTITY,
  'invalid-time': HttpStatus.BAD_REQUEST,
  'invalid-value': HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  'customer-merged': HttpStatus.CONFLICT,
  'customer-archived': HttpStatus.CONFLICT,
  'not-merged': HttpStatus.CONFLICT,
  'not-archived': HttpStatus.CONFLICT,
  'selection-too-large': HttpStatus.UNPROCESSABLE_ENTITY,
};

/** The one place where errors become HTTP answers: RFC 7807 `application/problem+json`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const body = { ...this.toProblem(error), instance: request.url };
    if (error instanceof PersonalDataIntegrityError) {
      // Where, never what: no field value, no ciphertext.
      this.logger.error({ code: body.code, customerId: error.customerId, eventId: error.eventId, route: request.routeOptions.url }, error.message);
    } else if (body.status >= 500) this.logger.error({ err: error, url: redactUrl(request.url) }, 'Request failed');
    const reply = http.getResponse<FastifyReply>().status(body.status).header('content-type', PROBLEM_CONTENT_TYPE);
    const retryable = body.status === HttpStatus.TOO_MANY_REQUESTS || body.status === HttpStatus.SERVICE_UNAVAILABLE;
    if (retryable && !reply.hasHeader('retry-after')) reply.header('retry-after', '1');
    reply.send(body);
  }

  private toProblem(error: unknown): Problem {
    if (error instanceof RequestValidationException) {
      return problem(400, 'validation-failed', 'Invalid request', 'One or more fields are invalid', { errors: error.errors });
    }
    if (error instanceof DomainError) return domainProblem(error);
    if (error instanceof PreconditionFailedError) {
      return problem(412, 'precondition-failed', 'Stale revision', error.message, { currentRevision: error.actual });
    }
    if (error instanceof WrongExpectedRevisionError) {
      return problem(409, 'concurrency-conflict', 'Concurrent change', 'The customer changed meanwhile; retry the request');
    }
    if (error instanceof IdempotencyKeyReusedError) {
      return problem(422, 'idempotency-key-reused', 'Idempotency-Key reused', error.message);
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return problem(status, ownCodeOf(error) ?? codeOfStatus(status), error.name.replace(/Exception$/, ''), error.message);
    }
    if (error instanceof PersonalDataIntegrityError) {
      return problem(
        500,
        'personal-data-integrity',
        'Personal data integrity',
        'Stored personal data of this customer failed its integrity check; an operator has been told',
      );
    }
    return problem(500, 'internal-error', 'Internal error', 'Something went wrong on our side');
  }
}

/** A domain error as its problem answer (also one row of a bulk report). */
export function domainProblem(error: DomainError): Problem {
  const errors = error.field ? [{ field: error.field, message: error.message }] : undefined;
  return problem(DOMAIN_STATUS[error.code], error.code, titleOf(error.code), error.message, { ...error.details, ...(errors ? { errors } : {}) });
}

/** An HttpException built from `{ code, message }` names its own problem type (e.g. password-change-required). */
function ownCodeOf(error: HttpException): string | undefined {
  const response = error.getResponse();
  return typeof response === 'object' && typeof (response as { code?: unknown }).code === 'string' ? (response as { code: string }).code : undefined;
}

function titleOf(code: string): string {
  return code.charAt(0).toUpperCase() + code.slice(1).replaceAll('-', ' ');
}

function codeOfStatus(status: number): string {
  const codes: Record<number, string> = {
    400: 'bad-request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not-found',
    413: 'payload-too-large',
    415: 'unsupported-media-type',
    429: 'too-many-requests',
    503: 'unavailable',
  };
  return codes[status] ?? `http-${status}`;
}
