import { DriverException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { databaseClientError } from './errors.js';
import type { Logger } from './logger.js';

/** Codes whose message was written for the client; anything else is an internal fault. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
]);

/**
 * Keeps client errors as they are and replaces everything else (SQL, stack
 * traces, file paths, host names) with a bare INTERNAL_SERVER_ERROR, logging the original.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  // A resolver's error, or one thrown before a field (in context creation), where Apollo leaves no path.
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : unwrapResolverError(error);
  const fromDatabase = databaseClientError(original);
  if (fromDatabase) {
    const level = fromDatabase.extensions.code === 'SERVICE_UNAVAILABLE' ? 'warn' : 'info';
    logger[level]({ err: original, path: formatted.path }, `database error answered as ${fromDatabase.extensions.code}`);
    return { message: fromDatabase.message, locations: formatted.locations, path: formatted.path, extensions: fromDatabase.extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === 'SERVICE_UNAVAILABLE')
    logger.warn({ err: unwrapResolverError(error), path: formatted.path }, 'a service this request needs did not answer');
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/*
 * What an error may say in a log. MikroORM runs every statement with its values inlined, and
 * knex puts that statement into the error message ("insert into "volunteer" (…) values ('…', 'Kari
 * Nordmann', 'kari@…') - duplicate key …"); PostgreSQL adds a detail with the key's value. A failed
 * statement is logged by its shape (literals as ?), its error code and the names of the constraint,
 * table and column, never its values.
 */

/** Starts of a SQL statement inside a message. */
const SQL_START = /\b(insert\s+into|update\s+\S+\s+set|delete\s+from|select\s[\s\S]*?\bfrom|with\s+\S+\s+as\s*\(|pragma\s)/i;
/** A double-quoted word after one of these names a database object, not a value. */
const OBJECT_WORD = /\b(relation|constraint|column|table|index|schema|type|function|sequence|database|role|view|trigger|of)\s+$/i;
const STATEMENT_LIMIT = 2000;

/** Index of the end of the quoted text that starts at `start` (SQL doubles a quote to escape it). */
function quoteEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  return text.length - 1;
}

/**
 * The shape of a SQL statement: string and number literals become `?`; quoted names,
 * keywords and placeholders stay; a multi-row VALUES list keeps its first row.
 */
export function sqlShape(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length;) {
    const c = sql[i];
    if (c === "'") {
      out += '?';
      i = quoteEnd(sql, i) + 1;
    } else if (c === '"' || c === '`') {
      const end = quoteEnd(sql, i) + 1;
      out += sql.slice(i, end);
      i = end;
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[\w$]+/.exec(sql.slice(i))![0];
      out += word;
      i += word.length;
    } else if (/[0-9]/.test(c)) {
      out += '?';
      i += /^[0-9.]+(e[+-]?[0-9]+)?/i.exec(sql.slice(i))![0].length;
    } else {
      out += c;
      i++;
    }
  }
  out = out.replace(/(\((?:\?|NULL|DEFAULT|[, ])+\))(?:,\s*\((?:\?|NULL|DEFAULT|[, ])+\))+/gi, '$1, …');
  return out.length > STATEMENT_LIMIT ? `${out.slice(0, STATEMENT_LIMIT)}…` : out;
}

/** A driver's own words with the values it quotes taken out; quoted names of database objects stay. */
function reasonShape(reason: string): string {
  let out = '';
  for (let i = 0; i < reason.length;) {
    const c = reason[i];
    if (c !== "'" && c !== '"') {
      out += c;
      i++;
      continue;
    }
    const end = quoteEnd(reason, i) + 1;
    out += c === '"' && OBJECT_WORD.test(out) ? reason.slice(i, end) : `${c}?${c}`;
    i = end;
  }
  return out;
}

/** Index of the first " - " outside quotes: where knex ends the statement and the driver's message begins. */
function statementEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" || text[i] === '"' || text[i] === '`') i = quoteEnd(text, i);
    else if (text.startsWith(' - ', i)) return i;
  }
  return -1;
}

/** A failed statement inside a message, split where knex joins it to the driver's reason, both without values. */
function failedStatement(text: string): { before: string; statement: string; reason?: string } | undefined {
  const start = text.search(SQL_START);
  if (start < 0) return undefined;
  const rest = text.slice(start);
  const end = statementEnd(rest);
  if (end < 0) return { before: text.slice(0, start), statement: sqlShape(rest) };
  // PostgreSQL's detail ("Key (email)=(…) already exists") is all values.
  const reason = rest.slice(end + 3).split(/\n\s*-\s*detail:/)[0];
  return { before: text.slice(0, start), statement: sqlShape(rest.slice(0, end)), reason: reasonShape(reason) };
}

/** Text that may hold a failed statement, with its values taken out; other text as it is. */
export function redactSqlText(text: string): string {
  const failed = failedStatement(text);
  if (!failed) return text;
  return `${failed.before}${failed.statement}${failed.reason === undefined ? '' : ` - ${failed.reason}`}`;
}

/** Fields of a driver error that name things (codes, constraints, tables), never values. */
const DRIVER_FIELDS = [
  'code',
  'sqlState',
  'errno',
  'rawCode',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'routine',
] as const;

const isDriverError = (error: Error) => error instanceof DriverException || SQL_START.test(error.message);

/**
 * The pino serializer of `err`: type, message and stack frames, the code and the names a driver
 * reports, and the cause, with every failed statement reduced to its shape. Anything not an
 * Error passes unchanged (it may already be serialized).
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const type = error.name || error.constructor?.name || 'Error';
  const message = redactSqlText(error.message);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const out: Record<string, unknown> = { type, message, stack: [`${type}: ${message}`, ...frames].join('\n') };
  const fields = error as unknown as Record<string, unknown>;
  if (isDriverError(error)) {
    const statement = failedStatement(error.message)?.statement;
    if (statement) out.statement = statement;
    for (const key of DRIVER_FIELDS) if (fields[key] !== undefined && fields[key] !== null) out[key] = fields[key];
    return out;
  }
  for (const [key, value] of Object.entries(error)) {
    if (key === 'message' || key === 'stack' || value === undefined) continue;
    out[key] =
      value instanceof Error
        ? depth < 3
          ? serializeError(value, depth + 1)
          : value.name
        : typeof value === 'string'
          ? redactSqlText(value)
          : value;
  }
  const inner = (error as { originalError?: unknown }).originalError ?? error.cause;
  if (inner instanceof Error && depth < 3) out.cause = serializeError(inner, depth + 1);
  return out;
}
