/** RFC 7807 problem details, with the field errors of SPEC §6. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(status: number, code: string, title: string, detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type: `/problems/${code}`, title, status, code, ...(detail ? { detail } : {}), ...extra };
}
