import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadUserInputError, ErrorCode } from './errors.js';
import type { Logger } from './logger.js';

/** The HTTP status of each error code, for the REST routes (exports, own-data export). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Seconds a client should wait before retrying a SERVICE_UNAVAILABLE answer. */
const RETRY_AFTER_SECONDS = 5;

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in HTTP_STATUS;

/**
 * Writes one error in the REST shape `{ errors: [{ message, extensions: { code, field } }] }` with
 * `status` (the gateway's own codes, such as SUBGRAPH_TIMEOUT, too).
 */
export function sendErrorReply(res: ServerResponse, status: number, code: string, message: string, field?: string): void {
  sendRequestError(res, status, code, message, field ? { field } : {});
}

/** Sends one error of the project's codes with its status (and Retry-After when it is worth retrying). */
export function sendRestError(res: Response, code: ErrorCode, message: string, field?: string): void {
  if (code === ErrorCode.SERVICE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  sendErrorReply(res, HTTP_STATUS[code], code, message, field);
}

/** A bad query-string parameter: 400 naming it. */
export const sendBadParameter = (res: Response, field: string, message: string) =>
  sendRestError(res, ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, field);

/**
 * Answers a REST request that failed with `error`: a typed error (BAD_USER_INPUT, FORBIDDEN …)
 * as its status and message; anything else as a bare 500, the cause only in the log.
 */
export function replyError(res: Response, error: unknown, logger: Logger): void {
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  if (error instanceof GraphQLError && isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    if (code === ErrorCode.SERVICE_UNAVAILABLE) logger.warn({ err: error }, 'a service this request needs did not answer');
    const field = error instanceof BadUserInputError ? String(error.extensions.field) : undefined;
    sendRestError(res, code, error.message, field);
    return;
  }
  logger.error({ err: error }, 'internal error');
  sendRestError(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}

/*
 * What comes before GraphQL: express and body-parser refuse a request (unreadable JSON, a body over
 * the limit, a charset they cannot read) by calling the error handler, whose default is an HTML
 * page with the stack and the paths of the files. Every service ends its app with these two
 * handlers instead, so a client always gets the GraphQL error shape and nothing about the server.
 */

/** The code of a request refused before GraphQL saw it (Apollo Server's own code for such requests). */
export const BAD_REQUEST = 'BAD_REQUEST';

/** What the shared request handlers need to know. */
export interface RequestErrorOptions {
  /** The request body limit in bytes, and the setting behind it, named in a 413. */
  maxBodyBytes: number;
  bodyLimitVariable: string;
  logger: Logger;
  /** Sees the code of every refusal (the gateway counts them). */
  onError?: (code: string) => void;
}

/**
 * A request handler that runs on a plain node:http request as well as in express (the subgraphs'
 * `POST /graphql` path has no express, common/graphql-http.ts): it uses only node's own API.
 */
export type PlainHandler = (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: (error?: unknown) => void) => void;
/** The same for the last, error-handling step. */
export type PlainErrorHandler = (error: unknown, req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Writes `body` as JSON with `status`, as express's `res.status(status).json(body)` does, on a plain response. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** One error in the GraphQL error shape with `status`: the one place that builds that body (REST errors and requests refused before GraphQL). */
export function sendRequestError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
  onError?: (code: string) => void,
): void {
  onError?.(code);
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}

/** Whether a request has a body (a length or a transfer encoding), as type-is decides it. */
const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(req.headers['content-length']));

/** Whether a request has a body of media type application/json (parameters such as charset aside). */
export function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return hasBody(req) && type !== undefined && type.split(';', 1)[0].trim().toLowerCase() === 'application/json';
}

/**
 * POST /graphql takes JSON only: any other Content-Type (or none) is 415 before the body is read.
 * GET keeps Apollo Server's own rules (a query string, and its CSRF check).
 */
export function jsonBodiesOnly(onError?: (code: string) => void): PlainHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || isJsonRequest(req)) return next();
    const sent = req.headers['content-type'];
    const message = sent
      ? 'POST /graphql takes a JSON body (Content-Type: application/json); this request sent another content type'
      : 'POST /graphql takes a JSON body (Content-Type: application/json); this request sent no Content-Type';
    sendRequestError(res, 415, BAD_REQUEST, message, {}, onError);
  };
}

/** Any route the service does not have: 404, without echoing the path asked for. */
export function routeNotFound(onError?: (code: string) => void): PlainHandler {
  return (_req, res) => sendRequestError(res, 404, ErrorCode.NOT_FOUND, 'there is no such route; GraphQL is at POST /graphql', {}, onError);
}

/** body-parser's error types, each with the status and message a client gets. */
const BODY_ERRORS: Record<string, [status: number, message: string]> = {
  'entity.parse.failed': [
    400,
    'the request body is not valid JSON (an object with "query", and optionally "variables" and "operationName")',
  ],
  'encoding.unsupported': [415, 'the request body has a Content-Encoding this service does not read (send it uncompressed)'],
  'charset.unsupported': [415, 'the request body has a charset this service does not read (send UTF-8)'],
  'request.aborted': [400, 'the request body ended before its declared length'],
  'request.size.invalid': [400, 'the request body is not as long as its Content-Length says'],
};

/**
 * The last handler of every service: a body over the limit is 413 naming the limit and the size
 * seen; unreadable JSON is 400; any other request fault its 4xx status; anything else a bare 500,
 * the cause only in the log.
 */
export function requestErrors({ maxBodyBytes, bodyLimitVariable, logger, onError }: RequestErrorOptions): PlainErrorHandler {
  return (caught, _req, res, next) => {
    const error = caught as { type?: string; length?: number; received?: number; status?: number } | undefined;
    if (res.headersSent) return next(error);
    if (error?.type === 'entity.too.large') {
      // A declared Content-Length is the size; a chunked body is read only until it passes the limit.
      const seen = error.length !== undefined ? `${error.length}` : `at least ${error.received}`;
      const message = `Request body limit of ${maxBodyBytes} bytes exceeded, found ${seen} bytes. (${bodyLimitVariable})`;
      return sendRequestError(res, 413, BAD_REQUEST, message, { limit: 'maxBodyBytes' }, onError);
    }
    const known = error?.type ? BODY_ERRORS[error.type] : undefined;
    if (known) return sendRequestError(res, known[0], BAD_REQUEST, known[1], {}, onError);
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status < 500) return sendRequestError(res, status, BAD_REQUEST, 'the request could not be read', {}, onError);
    logger.error({ err: error }, 'request failed outside GraphQL');
    sendRequestError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', {}, onError);
  };
}

/**
 * Apollo Server refuses some requests with an HTTP 4xx but no code (an APQ hash that does not
 * match its query: "provided sha does not match query"), which `formatError` would take for an
 * internal fault. Such an error is BAD_REQUEST; run this before masking.
 */
export function withRequestFaultCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return formatted;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: BAD_REQUEST } };
}
