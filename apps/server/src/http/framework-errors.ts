import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE } from './problem.js';

/**
 * Errors Fastify answers before a route runs — a malformed URL (400), a route parameter over the
 * length limit (414) — as problem details like every other error.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (error.statusCode ?? 400);
  const code = status === 414 ? 'uri-too-long' : 'bad-request';
  const detail = status === 414 ? 'A path segment is too long' : 'The request URL is malformed';
  void reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({ ...problem(status, code, STATUS_CODES[status] ?? 'Bad Request', detail), instance: request.url });
}

const CLIENT_ERRORS: Record<string, readonly [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'request-header-fields-too-large', 'The request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request-timeout', 'The request was not received in time'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'request-timeout', 'The request headers were not received in time'],
};

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (oversized headers, an over-long
 * request line, timeouts, garbage): a problem+json answer on the raw socket, then close.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const [status, code, detail] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'bad-request', 'The request could not be parsed'];
  const body = JSON.stringify(problem(status, code, STATUS_CODES[status] ?? 'Bad Request', detail));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
