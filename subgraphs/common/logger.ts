import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';

/** The request a log line belongs to; every line logged while serving it carries its id. */
const requestScope = new AsyncLocalStorage<{ requestId: string } & Record<string, unknown>>();

/** Adds fields (the operation name) to the current request's log scope and its closing log line. */
export function annotateRequest(fields: Record<string, unknown>) {
  const scope = requestScope.getStore();
  if (scope) Object.assign(scope, fields);
}

/** Structured JSON logs to stdout (or `destination`); LOG_LEVEL sets the level (default info, silent under vitest). */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  const level = process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info');
  const options = { level, base: { service }, redact: ['req.headers.authorization'], mixin: () => requestScope.getStore() ?? {} };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };

/** A caller's own x-request-id is kept when it is a plain token; anything else (log injection, huge values) gets a new id. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Express middleware: takes the request id from `x-request-id` (the gateway sends
 * one to every subgraph) or makes one, returns it in the response header, runs the
 * rest of the request in its log scope and logs one line when the response is sent.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    // Express rewrites req.path inside mounted routes (/graphql → /); keep the path as it came.
    const path = req.path;
    const scope = { requestId };
    requestScope.run(scope, () => {
      res.once('finish', () => {
        logger.info({ ...scope, method: req.method, path, status: res.statusCode, durationMs: Math.round(performance.now() - started) }, 'request');
      });
      next();
    });
  };
}
