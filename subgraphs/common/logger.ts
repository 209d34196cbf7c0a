import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { destination as fileDestination, pino, type DestinationStream, type Logger } from 'pino';
import { flagSetting } from './config.js';
import { redactSqlText, serializeError } from './mask.js';

/** The request a log line belongs to; every line logged while serving it carries its id. */
const requestScope = new AsyncLocalStorage<{ requestId: string } & Record<string, unknown>>();

/** Adds fields (the operation name) to the current request's log scope and its closing log line. */
export function annotateRequest(fields: Record<string, unknown>) {
  const scope = requestScope.getStore();
  if (scope) Object.assign(scope, fields);
}

/**
 * Keys whose values are personal data or credentials. Their values never reach a log, at
 * any depth of a logged object (compared without case, "-" or "_": birth_year is birthYear).
 * `name` goes too, though an organisation's name is public: a log line cannot tell whose it is.
 */
const CENSORED_KEYS = new Set(
  [
    'authorization',
    'cookie',
    'setCookie',
    'token',
    'accessToken',
    'refreshToken',
    'idToken',
    'serviceToken',
    'password',
    'secret',
    'apiKey',
    'name',
    'firstName',
    'lastName',
    'fullName',
    'email',
    'phone',
    'mobile',
    'birthYear',
    'birthDate',
    'dateOfBirth',
    'address',
    'postalAddress',
    'nationalId',
    'personnummer',
    'fodselsnummer',
    'skills',
    'languages',
    'availability',
    'variables',
  ].map((key) => key.toLowerCase()),
);
const CENSORED = '[redacted]';
const censoredKey = (key: string) => CENSORED_KEYS.has(key.replace(/[-_]/g, '').toLowerCase());

/** pino's own redaction, for the paths where tokens and personal fields are known to appear. */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.headers.authorization',
  'authorization',
  'token',
  '*.token',
  ...['name', 'email', 'phone', 'birthYear'].flatMap((key) => [key, `*.${key}`]),
];

/**
 * A copy of a logged object with every censored key's value replaced, at any depth, and every
 * Error serialized (serializeError: failed statements by their shape, never their values).
 */
function censor(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value instanceof Error) return censor(serializeError(value), depth, seen);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (seen.has(value)) return '[circular]';
  if (depth > 8) return '[nested too deep]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => censor(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = censoredKey(key) ? CENSORED : censor(item, depth + 1, seen);
  return out;
}

/** Last guard on every line: no e-mail address, bearer token or JWT leaves the process, whatever key it came under. */
const scrubLine = (line: string) =>
  line
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]')
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[jwt]')
    .replace(/\bBearer\s+[^\s"]+/gi, 'Bearer [redacted]');

/**
 * Where logs go: `destination` when given, else LOG_DESTINATION (a file the JSON lines are
 * appended to; "stdout" or unset: standard output; "stderr"). Tests point it at a file to read
 * back what the in-process services logged.
 *
 * Standard output and standard error are written asynchronously (pino's sonic-boom buffer,
 * flushed when the process exits and by `logger.flush()`): a request never waits on a
 * pipe or a terminal. A file is appended to synchronously, so what was logged is in it when
 * the call returns (tests and tools read it while the services run).
 */
function logDestination(destination: DestinationStream | undefined): DestinationStream {
  if (destination) return destination;
  const target = process.env.LOG_DESTINATION;
  if (!target || target === 'stdout') return fileDestination({ dest: 1, sync: false });
  if (target === 'stderr') return fileDestination({ dest: 2, sync: false });
  return fileDestination({ dest: target, append: true, mkdir: true, sync: true });
}

/**
 * Structured JSON logs; LOG_LEVEL sets the level (default info, silent under vitest). Personal
 * fields and tokens are censored at any depth, errors are serialized without the values of a
 * failed statement, and e-mail addresses and tokens are scrubbed from every line.
 */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  const level = process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info');
  return pino(
    {
      level,
      base: { service },
      redact: { paths: REDACT_PATHS, censor: CENSORED },
      // A copy: pino merges each line's fields into what the mixin returns, which must not be the request's scope.
      mixin: () => ({ ...requestScope.getStore() }),
      formatters: { log: (object) => censor(object) as Record<string, unknown> },
      serializers: {
        err: serializeError,
        error: serializeError,
        msg: (message: unknown) => (typeof message === 'string' ? redactSqlText(message) : message),
      },
      hooks: { streamWrite: scrubLine },
    },
    logDestination(destination),
  );
}
export type { Logger };

/** A caller's own x-request-id is kept when it is a plain token; anything else (log injection, huge values) gets a new id. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Whether each request gets a closing `request` line at info level (LOG_REQUESTS, default true;
 * it is also off when LOG_LEVEL is above info). Read when the middleware is made, not per request.
 */
function requestLinesWanted(logger: Logger): boolean {
  return flagSetting(process.env, 'LOG_REQUESTS', true) && logger.isLevelEnabled('info');
}

/**
 * Request middleware (express, or plain node:http: common/graphql-http.ts): takes the request id from `x-request-id` (the gateway sends
 * one to every subgraph) or makes one, returns it in the response header, runs the
 * rest of the request in its log scope and, when request lines are wanted (LOG_REQUESTS),
 * logs one line at info level when the response is sent.
 */
export function requestLogging(logger: Logger) {
  const requestLines = requestLinesWanted(logger);
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const scope = { requestId };
    if (!requestLines) {
      requestScope.run(scope, next);
      return;
    }
    const started = performance.now();
    // The path as it came, before any routing (express rewrites req.url inside mounted routes).
    const path = (req.url ?? '/').split('?', 1)[0];
    requestScope.run(scope, () => {
      res.once('finish', () => {
        logger.info(
          { ...scope, method: req.method, path, status: res.statusCode, durationMs: Math.round(performance.now() - started) },
          'request',
        );
      });
      next();
    });
  };
}
