// What an integrator needs of every operation in the OpenAPI document; each finding is one `METHOD path: problem` line.

interface Operation {
  operationId?: string;
  summary?: string;
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
/** camelCase verb + noun, as a person writes it (listCustomers); not Nest's generated `Controller_method`. */
const HUMAN_OPERATION_ID = /^[a-z]+([A-Z][a-z0-9]*)*$/;
/** A 2xx that carries no body (204, and 202 with nothing to say) needs no schema. */
const BODILESS = new Set(['204', '205', '304']);

export function operationFindings(document: { paths: Record<string, Record<string, Operation>> }): string[] {
  const findings: string[] = [];
  const seenIds = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId;
      if (!id || !HUMAN_OPERATION_ID.test(id)) findings.push(`${route}: no human operationId (has ${id ?? 'none'})`);
      else if (seenIds.has(id)) findings.push(`${route}: operationId ${id} is also ${seenIds.get(id)}`);
      else seenIds.set(id, route);
      if (!operation.summary?.trim()) findings.push(`${route}: no summary`);
      const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
      if (success.length === 0) findings.push(`${route}: no 2xx response`);
      for (const [status, response] of success) {
        if (BODILESS.has(status)) continue;
        const contents = Object.entries(response.content ?? {});
        if (contents.length === 0 || contents.some(([, media]) => media.schema === undefined)) findings.push(`${route}: ${status} without a response schema`);
      }
    }
  }
  return findings;
}

/** Error statuses answered with something other than the one ProblemDetails schema. */
export function problemFindings(document: { paths: Record<string, Record<string, Operation>> }): string[] {
  const findings: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      for (const [status, response] of Object.entries(item[method]?.responses ?? {})) {
        if (!/^[45]/.test(status) || (path === '/health' && status === '503')) continue; // /health answers 503 with its report
        const schema = response.content?.['application/problem+json']?.schema as { $ref?: string } | undefined;
        if (schema?.$ref !== '#/components/schemas/ProblemDetails')
          findings.push(`${method.toUpperCase()} ${path}: ${status} is not application/problem+json ProblemDetails`);
      }
    }
  }
  return findings;
}
