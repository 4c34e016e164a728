import type { ApiSchemas } from '#api-client';

type ProblemBody = ApiSchemas['ProblemDetails'];

/** An API answer that was not a success: the problem+json the server sent (RFC 7807), or what stood in for it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: ReadonlyArray<{ field: string; message: string }> = [],
    readonly code?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }

  /** The message of one invalid field, to show beside its input. */
  fieldError(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

function isProblemBody(value: unknown): value is ProblemBody {
  return typeof value === 'object' && value !== null && typeof (value as ProblemBody).title === 'string';
}

function problemOf(response: Response, error: unknown): ApiProblem {
  if (isProblemBody(error)) return new ApiProblem(response.status, error.title, error.detail, error.errors ?? [], error.code);
  return new ApiProblem(response.status, response.statusText || `HTTP ${response.status}`, typeof error === 'string' ? error : undefined);
}

/** The answer's data, or the ApiProblem it carries (thrown). */
export function unwrap<D>(result: { data?: D; error?: unknown; response: Response }): D {
  if (!result.response.ok) throw problemOf(result.response, result.error);
  return result.data as D;
}
