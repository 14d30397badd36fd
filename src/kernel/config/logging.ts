import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LoggerService } from '@nestjs/common';
import { type DestinationStream, pino, type Logger as Pino } from 'pino';
import type { AppConfig } from './config.js';

/** One pino instance per app: structured JSON logs; secrets are redacted. */
export function createPino(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Pino {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'subsidies' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'password',
          '*.password',
          'accessToken',
          '*.accessToken',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** Nest's logger interface on top of pino, so `new Logger(MyService.name)` writes JSON with a context. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    // Nest passes the context as the last string argument; an error stack may come before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const child = context ? this.pino.child({ context }) : this.pino;
    if (typeof message === 'object' && message !== null) {
      const text = typeof rest[0] === 'string' ? (rest.shift() as string) : undefined;
      child[level](message as object, text);
    } else {
      const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
      child[level](stack ? { stack } : {}, String(message));
    }
  }
}

/**
 * Access log: one line per request when it ends, with the request id that the `requestId` middleware
 * set, in the shape pino-http wrote (`req`, `res`, `responseTime`; "request completed" / "request
 * errored" / "request aborted", at level info). Written here rather than with pino-http, which made a
 * child logger with the serialised request for every request — even at LOG_LEVEL=warn, when it
 * never writes a line — and those loggers were an eighth of the bytes that survived into V8's old
 * generation under the read load of `npm run bench`. Below level info this middleware does nothing.
 */
/** A URL without its query string. */
export function withoutQuery(url: string | undefined): string | undefined {
  const q = url?.indexOf('?') ?? -1;
  return q >= 0 ? url?.slice(0, q) : url;
}

export function httpLogger(logger: Pino) {
  if (!logger.isLevelEnabled('info')) {
    return (_req: IncomingMessage, _res: ServerResponse, next: () => void): void => next();
  }
  return (
    req: IncomingMessage & { id?: string; originalUrl?: string },
    res: ServerResponse,
    next: () => void,
  ) => {
    if (req.url === '/health/live') return next();
    const started = performance.now();
    const done = () => {
      res.removeListener('close', done);
      res.removeListener('finish', done);
      const fields = {
        // The path only: query strings may carry personal data (names, enterprise numbers, e-mail).
        req: { id: req.id, method: req.method, url: withoutQuery(req.originalUrl ?? req.url) },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (!res.writableEnded) {
        logger.info(fields, 'request aborted');
      } else if (res.statusCode >= 500) {
        logger.info(
          { ...fields, err: { message: `failed with status code ${res.statusCode}` } },
          'request errored',
        );
      } else {
        logger.info(fields, 'request completed');
      }
    };
    res.on('close', done);
    res.on('finish', done);
    next();
  };
}
