import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import { buildOpenApiDocument } from './openapi.js';
import { AllExceptionsFilter, type ErrorBody } from './kernel/http-exception.filter.js';
import { createValidationPipe } from './kernel/validation.js';
import {
  hasControlCharacters,
  JsonBodyInvalid,
  JsonBodyTooComplex,
  MAX_BODY_DEPTH,
  parseJsonBody,
} from './kernel/json-body.js';
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
  app.use(helmet({ contentSecurityPolicy: { useDefaults: true, directives: CONTENT_SECURITY_POLICY } }));
  app.use(noStoreWhenAuthenticated);
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, exposedHeaders: ['X-Request-Id'] });
  }
  // JSON bodies are read as text and parsed with the kernel's limits (src/kernel/json-body.ts); the
  // sign-in routes take small bodies only (a login is a few hundred bytes).
  app.use(`/${API_PREFIX}/auth`, express.text({ type: JSON_TYPES, limit: AUTH_BODY_LIMIT }));
  app.use(express.text({ type: JSON_TYPES, limit: config.bodyLimit }));
  app.use(parseJson);
  app.use(bodyErrors);
  app.use(limitDepth);
  app.use(refuseControlCharactersInQuery);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/live', method: RequestMethod.GET },
    ],
  });
  servePortal(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  // Built on the first request for the documentation, then kept: not every process serves it, and
  // building it at start-up made the start heavier (bench/README.md, "API peak RSS").
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

/**
 * The Content-Security-Policy of every response: scripts only from the app's own origin (the portal's
 * bundle has no inline script, and neither has the OpenAPI page), fonts, images and API calls too; inline
 * styles stay allowed for the OpenAPI page. No plug-ins, no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The built portal (`npm run build:web` → dist/portal), found from the project's root (the folder
 * with package.json above this file: works from src/ and dist/src/), or undefined when not built.
 */
export function portalDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json'))) {
      const built = join(dir, 'dist', 'portal');
      return existsSync(join(built, 'index.html')) ? built : undefined;
    }
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * Serves the portal at `/`: its static files (hashed assets cached for a year), and `index.html` for
 * any other GET outside `/api` and `/health`, so that the portal's own routes (`/aanvragen/…`) load the
 * app on a reload or a shared link.
 */
function servePortal(app: NestExpressApplication): void {
  const dir = portalDir();
  if (!dir) return;
  const index = join(dir, 'index.html');
  const isApiPath = (req: Request) => /^\/(api|health)(\/|$)/.test(req.path);
  // The API's requests never look on disk: without this, every one of them cost a stat() of its path
  // in the portal's folder (6 % of the API's CPU under the read load; bench/README.md).
  const assets = express.static(dir, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    isApiPath(req) ? next() : assets(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPortalPath =
      (req.method === 'GET' || req.method === 'HEAD') && !isApiPath(req) && !/\.[a-z0-9]+$/i.test(req.path);
    if (!isPortalPath) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function requestId(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const header = req.headers['x-request-id'];
  req.id = typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}

/**
 * Answers to a request that carries credentials are personal: no cache (browser, proxy) may keep
 * them. A handler that knows better (a public document) may set its own header afterwards.
 */
function noStoreWhenAuthenticated(req: Request, res: Response, next: NextFunction): void {
  if (req.headers.authorization) res.setHeader('Cache-Control', 'no-store');
  next();
}

/** Media types read as JSON bodies. */
const JSON_TYPES = ['application/json', 'application/*+json'];

/** Body limit of `/api/auth/*` (login, register): far below BODY_LIMIT. */
export const AUTH_BODY_LIMIT = '8kb';

/** Turns the JSON text read above into the body, with the kernel's limits on keys, lists and text. */
function parseJson(req: Request, _res: Response, next: NextFunction): void {
  if (typeof req.body !== 'string') return next();
  try {
    req.body = parseJsonBody(req.body);
    next();
  } catch (err) {
    next(err);
  }
}

/** The kernel's rule for text applies to query strings too (they reach the same columns through filters). */
function refuseControlCharactersInQuery(req: Request, res: Response, next: NextFunction): void {
  const query = req.url.indexOf('?');
  if (query >= 0) {
    let text: string;
    try {
      text = decodeURIComponent(req.url.slice(query + 1).replace(/\+/g, ' '));
    } catch {
      text = '';
    }
    if (hasControlCharacters(text)) {
      const body: ErrorBody = {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The query string may not contain control characters',
      };
      res.status(400).json(body);
      return;
    }
  }
  next();
}

/** Deepest nesting accepted in a JSON body (checked by the scan in kernel/json-body.ts, and here again). */
export { MAX_BODY_DEPTH };

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
  if (err instanceof JsonBodyTooComplex) {
    body = { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: err.message };
  } else if (err instanceof JsonBodyInvalid) {
    body = { statusCode: 400, code: 'VALIDATION_FAILED', message: err.message };
  } else if (err instanceof SyntaxError) {
    body = { statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' };
  } else if (type === 'entity.too.large') {
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
