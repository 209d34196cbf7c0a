import {
  ConnectionException,
  DeadlockException,
  DriverException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError } from 'graphql';

/** The error codes every service uses in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Invalid input; `field` names the offending input field (e.g. "input.orgNumber"). */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, message: string, extra: Record<string, unknown> = {}) {
    super(`${field}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, ...extra } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'a valid bearer token is required') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

/** A write carried a stale `version`: someone else changed the record first. */
export class ConflictError extends GraphQLError {
  constructor(what: string, id: string, expected: number, actual: number) {
    super(`${what} ${id} was changed by someone else (you sent version ${expected}, it is now ${actual}); reload and retry`, {
      extensions: { code: ErrorCode.CONFLICT, currentVersion: actual },
    });
  }
}

/**
 * Another service this write depends on (e.g. the organisations subgraph for a
 * party check) could not be asked, so the write was refused whole. The client
 * learns which service and that nothing was written; the reason (which may name
 * hosts) is kept in `reason` for the log, never in the message.
 */
export class ServiceUnavailableError extends GraphQLError {
  readonly reason: string;
  constructor(service: string, reason: string) {
    super(`the ${service} service could not be asked; nothing was written, try again later`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service },
    });
    this.reason = reason;
  }
}

/** Two writers wanted the same unique value (an orgNumber, one engagement per pair): the later one is told which field. */
export class UniqueConflictError extends GraphQLError {
  constructor(field: string, message: string, extra: Record<string, unknown> = {}) {
    super(`${field}: ${message}`, { extensions: { code: ErrorCode.CONFLICT, field, ...extra } });
  }
}

/**
 * The database did not answer (refused or dropped connections during a restart, a lock it
 * gave up waiting for, a serialisation failure): nothing was written, and the same request
 * may succeed when sent again.
 */
export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('the database is not available just now; nothing was written, try again shortly', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: 'database', retryable: true },
    });
  }
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The columns of a unique key a violation names: PostgreSQL's detail ("Key (org_number)=(…)"),
 * SQLite's message ("UNIQUE constraint failed: engagement.volunteer_id, engagement.organisation_id"),
 * or knex's constraint name (<table>_<columns>_unique).
 */
export function uniqueColumns(error: { message: string; constraint?: unknown; table?: unknown; detail?: unknown }): string[] {
  const text = `${String(error.detail ?? '')}\n${error.message}`;
  const postgres = /Key \(([^)]+)\)=/.exec(text);
  if (postgres) return postgres[1].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  const sqlite = /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(text);
  if (sqlite) return sqlite[1].split(', ').map((c) => c.split('.').pop()!);
  const constraint = typeof error.constraint === 'string' ? error.constraint : /index '(\w+)'/.exec(text)?.[1];
  if (constraint) {
    const table = typeof error.table === 'string' ? error.table : '';
    const bare = constraint.replace(new RegExp(`^${table}_`), '').replace(/_(unique|index|pkey)$/, '');
    return [bare];
  }
  return [];
}

/** Driver error codes of a connection that is refused, dropped or not yet accepting (PostgreSQL classes 08 and 57P, node's socket errors). */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'SQLITE_BUSY',
]);
const TRANSIENT_MESSAGE =
  /connection terminated|connection ended|client has encountered a connection error|timeout acquiring a connection|the database system is (starting up|shutting down)|terminating connection|database is locked|Connection is closed|unable to acquire a connection/i;

/** True for a failure that says the database was out of reach, not that the request was wrong. */
export function isTransientDatabaseError(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  if (error instanceof ConnectionException || error instanceof LockWaitTimeoutException || error instanceof DeadlockException) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  if (error.name === 'KnexTimeoutError' || TRANSIENT_MESSAGE.test(error.message)) return true;
  return isTransientDatabaseError(error.cause, depth + 1);
}

/** PostgreSQL's codes for a value its column cannot hold: too long (22001), a NUL or invalid byte (22021, 22P05). */
const VALUE_CODES: Record<string, string> = {
  '22001': 'is longer than its column allows',
  '22021': 'holds a character the database cannot store (such as NUL)',
  '22P05': 'holds a character the database cannot store (such as NUL)',
};

/**
 * The one translation of database failures into client errors, used by every subgraph's error
 * formatting (mask.ts): a unique violation is CONFLICT naming the field, a lost optimistic lock
 * is CONFLICT, an unreachable database SERVICE_UNAVAILABLE (retryable), a value the column
 * cannot hold BAD_USER_INPUT. Anything else is null: an internal fault.
 */
export function databaseClientError(error: unknown): GraphQLError | null {
  if (error instanceof UniqueConstraintViolationException) {
    const columns = uniqueColumns(error as UniqueConstraintViolationException & { constraint?: unknown; table?: unknown });
    const fields = columns.map(camel);
    const field = fields[fields.length - 1] ?? 'input';
    const named = fields.length > 1 ? `${fields.join(' and ')} together` : field;
    return new UniqueConflictError(field, `another record already has this ${named}; nothing was written`, { fields });
  }
  if (error instanceof OptimisticLockError)
    return new GraphQLError('the record was changed by someone else at the same time; reload and retry', {
      extensions: { code: ErrorCode.CONFLICT },
    });
  if (isTransientDatabaseError(error)) return new DatabaseUnavailableError();
  // MikroORM inlines values into the statement; SQLite stops reading it at a NUL ("unrecognized token").
  if (error instanceof DriverException && error.message.includes('\u0000'))
    return new BadUserInputError('input', 'an argument holds a NUL character, which cannot be stored or searched; nothing was written');
  const code = error instanceof DriverException ? error.code : undefined;
  if (code && VALUE_CODES[code]) {
    const column = (error as { column?: unknown }).column;
    const field = typeof column === 'string' ? camel(column) : 'input';
    return new BadUserInputError(field, `a value ${VALUE_CODES[code]}; nothing was written`);
  }
  return null;
}

/** Makes a missing case in a switch over a union a compile error. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
