import { randomUUID } from 'node:crypto';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import { AllExceptionsFilter, type ErrorBody } from './kernel/http-exception.filter.js';
import { createValidationPipe } from './kernel/validation.js';
import type { AppConfig } from './kernel/config/config.js';
import { createPino, httpLogger, PinoNestLogger } from './kernel/config/logging.js';

export const API_PREFIX = 'api';

export interface CreateAppOptions {
  /** Where the JSON logs go (stdout by default). */
  logDestination?: DestinationStream;
  /** Extra modules, for tests (e.g. a test job). */
  extraImports?: Parameters<typeof AppModule.register>[1];
}

/**
 * Builds the whole HTTP application: the one place where the prefix, body limits, validation,
 * the error filter, security headers and the OpenAPI document are set up. `main.ts` and the tests
 * both use it, so the tests run the real app.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = createPino(config, options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, options.extraImports),
    nestAppOptions(logger),
  );
  return configureApp(app, config, logger);
}

/** The options every Nest application of this app is created with (the body parsers are ours). */
export function nestAppOptions(logger: ReturnType<typeof createPino>): {
  bodyParser: false;
  logger: PinoNestLogger;
} {
  return { bodyParser: false, logger: new PinoNestLogger(logger) };
}

/**
 * Everything around the module tree: HTTP set-up and shutdown hooks. Tests that replace a provider
 * build the module tree with @nestjs/testing and hand the application here (test/utils/create-app.ts).
 */
export function configureApp(
  app: NestExpressApplication,
  config: AppConfig,
  logger: ReturnType<typeof createPino>,
): NestExpressApplication {
  configureHttp(app, config, logger);
  app.enableShutdownHooks();
  return app;
}

function configureHttp(
  app: NestExpressApplication,
  config: AppConfig,
  logger: ReturnType<typeof createPino>,
): void {
  app.disable('x-powered-by');
  // The client address (login throttling, logs) comes from X-Forwarded-For only through trusted proxies.
  app.set('trust proxy', config.trustProxy);
  app.use(requestId);
  app.use(httpLogger(logger));
  app.use(helmet());
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, exposedHeaders: ['X-Request-Id'] });
  }
  app.use(express.json({ limit: config.bodyLimit, strict: true }));
  app.use(bodyErrors);
  app.use(limitDepth);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/live', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const openApi = new DocumentBuilder()
    .setTitle('Subsidies — Province of Flemish Brabant')
    .setDescription(
      'Applications, reviews, decisions, payments, ERDF projects, decision letters and reports. ' +
        'Money is in integer euro cents (fields ending in Cents); dates are YYYY-MM-DD.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  // Built on the first request for the documentation, then kept: not every process serves it, and
  // building it at start-up made the start heavier (bench/README.md, "API peak RSS").
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

function requestId(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const header = req.headers['x-request-id'];
  req.id = typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}

/** Deepest nesting accepted in a JSON body; deeper bodies would exhaust the validator's recursion. */
export const MAX_BODY_DEPTH = 32;

/** Depth of a parsed JSON value, computed without recursion. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return max;
}

function limitDepth(req: Request, res: Response, next: NextFunction): void {
  if (jsonDepth(req.body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
    const body: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: `The request body is nested deeper than ${MAX_BODY_DEPTH} levels`,
    };
    res.status(400).json(body);
    return;
  }
  next();
}

/** Errors of the JSON body parser (too large, malformed) in the API's error shape. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!err || typeof err !== 'object') return next(err);
  const type = (err as { type?: string }).type;
  let body: ErrorBody | undefined;
  if (type === 'entity.too.large') {
    body = { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
  } else if (type === 'entity.parse.failed') {
    body = { statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' };
  } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    body = { statusCode: 415 as number, code: 'VALIDATION_FAILED', message: 'Unsupported body encoding' };
  } else if (
    typeof (err as { status?: unknown }).status === 'number' &&
    (err as { status: number }).status < 500
  ) {
    body = { statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request body could not be read' };
  }
  if (!body) return next(err);
  res.status(body.statusCode).json(body);
}
