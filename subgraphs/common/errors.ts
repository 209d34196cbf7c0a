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

/** Makes a missing case in a switch over a union a compile error. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
