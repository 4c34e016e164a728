import 'reflect-metadata';
import rateLimit from '@fastify/rate-limit';
import { HttpException, HttpStatus } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import type { Clock } from '#shared';
import { AppModule } from './app.module.js';
import { AppMetrics } from './metrics/app-metrics.js';
import { XLSX_CONTENT_TYPE } from './customers/commands/import-customers/import-file.js';
import type { AppConfig } from './config/app-config.js';
import { registerBearerPrecheck } from './http/bearer-precheck.js';
import { InFlightRequests } from './http/in-flight-requests.js';
import { registerBodyLimits } from './http/body-limits.js';
import { registerConsoleStatic } from './console/console-static.js';
import { answerClientError, answerFrameworkError } from './http/framework-errors.js';
import { useDepthLimitedJsonParser } from './http/json-body-parser.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { createValidationPipe } from './http/validation.js';
import { createRootLogger, PinoNestLogger } from './logging/pino-logger.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { RedactingRequestLog } from './logging/redacting-request-log.js';

/** How long a stop waits for handlers still running once the HTTP server has closed. */
const SHUTDOWN_DRAIN_MS = 10_000;

export interface CreateAppOptions {
  /** Where the JSON log lines go; stdout when absent. */
  logDestination?: DestinationStream;
  /** false: the caller closes the app on SIGTERM/SIGINT itself (main.ts stops its worker child too). */
  shutdownSignals?: boolean;
}

/** Builds the HTTP app (used by main.ts and by the e2e tests, so both run the same thing). */
export async function createApp(config: AppConfig, clock?: Clock, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createRootLogger(config.logLevel, options.logDestination);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new RedactingRequestLog(),
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const header = request.headers['x-request-id'];
      return typeof header === 'string' && header.length <= 100 ? header : randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.httpRequestTimeoutMs,
    // Node checks the timeouts above on this interval (30 s by default, far longer than a short timeout).
    http: {
      headersTimeout: config.httpHeadersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(config.httpHeadersTimeoutMs / 2))),
    },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, clock), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  if (options.shutdownSignals !== false) app.enableShutdownHooks();
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  registerBodyLimits(fastify, { importBytes: config.importBodyLimitBytes });
  registerBearerPrecheck(fastify, app.get(JwtService, { strict: false }));
  await registerSecurityHeaders(fastify);
  useDepthLimitedJsonParser(app);
  // Imports arrive as bytes (a CSV may be GBK, an XLSX is a zip); the import controller reads them.
  fastify.addContentTypeParser(['text/csv', XLSX_CONTENT_TYPE], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  // Runs once the server has stopped accepting and its connections have ended, before the stores close.
  const inFlight = app.get(InFlightRequests);
  fastify.addHook('onClose', async () => inFlight.drained(SHUTDOWN_DRAIN_MS));
  const metrics = app.get(AppMetrics);
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  await fastify.register(rateLimit, {
    global: false,
    max: config.loginRateLimit,
    timeWindow: '1 minute',
    // Thrown as an HttpException so that ProblemDetailsFilter answers it like every other error.
    errorResponseBuilder: (_request, context) =>
      new HttpException(`Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} s`, HttpStatus.TOO_MANY_REQUESTS),
  });
  if (config.consoleEnabled) await registerConsoleStatic(fastify, { directory: config.consoleDir });
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });

  await app.init();
  await fastify.ready();
  return app;
}
