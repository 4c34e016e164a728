import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDto } from './problem-details.dto.js';

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429 | 503;

const MEANING: Record<ProblemStatus, string> = {
  400: 'Invalid input: `errors` names each field (unknown fields are refused too)',
  401: 'No valid bearer token',
  403: 'The role lacks the permission this route needs',
  404: 'No such resource, or one you may not see (ids of others cannot be probed)',
  409: 'Conflict with the current state (taken code, suspected duplicate, concurrent change)',
  412: 'If-Match names a revision the resource is no longer at (`currentRevision` says where it is)',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body',
  429: 'Too many requests: retry after the Retry-After header',
  503: 'Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After',
};

/** The problem+json answers a route gives, each with the one ProblemDetails schema: `@ApiProblems(400, 404, 409)`. */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANING[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
}
