import {
  ConnectionException,
  DriverException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, ServiceUnavailableError } from '../../subgraphs/common/errors.js';
import { maskError } from '../../subgraphs/common/mask.js';

const logger = pino({ level: 'silent' });
const format = (error: GraphQLError) => maskError({ ...error.toJSON(), path: ['createAgreement'] }, error, logger);

describe('error masking', () => {
  it('hides an internal error behind INTERNAL_SERVER_ERROR, keeping the path', () => {
    const sql = new GraphQLError('insert into "agreement" ("id") values ($1) - duplicate key value violates unique constraint', {
      extensions: { stacktrace: ['at /app/subgraphs/x.ts:1'] },
    });
    expect(format(sql)).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['createAgreement'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps a client error with its code and field, without a stack trace', () => {
    const bad = new BadUserInputError('input.endDate', 'must not be before input.startDate');
    bad.extensions.stacktrace = ['at somewhere'];
    expect(format(bad)).toMatchObject({
      message: 'input.endDate: must not be before input.startDate',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' },
    });
    expect(format(bad).extensions).not.toHaveProperty('stacktrace');
  });

  it('says which service was unavailable but never why (the reason may name hosts)', () => {
    const down = new ServiceUnavailableError('organisations', 'connect ECONNREFUSED 10.0.3.7:4001');
    const masked = format(down);
    expect(masked.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'organisations' });
    expect(JSON.stringify(masked)).not.toMatch(/ECONNREFUSED|10\.0\.3\.7/);
  });
});

/** A driver's error as pg or libsql raises it, before MikroORM converts it. */
const driverError = (message: string, fields: Record<string, unknown> = {}) => Object.assign(new Error(message), fields);
/** A database error as it reaches the error formatter: inside the GraphQLError of the resolver that met it. */
const fromResolver = (original: Error) => new GraphQLError(original.message, { originalError: original });

describe('database failures answered once for every subgraph', () => {
  it('answers a PostgreSQL unique violation CONFLICT naming the field, without the value', () => {
    const pg = new UniqueConstraintViolationException(
      driverError(
        'insert into "organisation" ("org_number") values (\'923609016\') - duplicate key value violates unique constraint "organisation_org_number_unique"',
        {
          code: '23505',
          constraint: 'organisation_org_number_unique',
          table: 'organisation',
          detail: 'Key (org_number)=(923609016) already exists.',
        },
      ),
    );
    const masked = format(fromResolver(pg));
    expect(masked.extensions).toEqual({ code: 'CONFLICT', field: 'orgNumber', fields: ['orgNumber'] });
    expect(masked.message).toMatch(/^orgNumber: another record already has this orgNumber/);
    expect(JSON.stringify(masked)).not.toMatch(/923609016|insert/);
  });

  it('names the fields of a SQLite composite unique key', () => {
    const sqlite = new UniqueConstraintViolationException(
      driverError('UNIQUE constraint failed: engagement.volunteer_id, engagement.organisation_id', { code: 'SQLITE_CONSTRAINT' }),
    );
    expect(format(fromResolver(sqlite)).extensions).toEqual({
      code: 'CONFLICT',
      field: 'organisationId',
      fields: ['volunteerId', 'organisationId'],
    });
  });

  it('answers a PostgreSQL primary key violation by the key it names', () => {
    const pkey = new UniqueConstraintViolationException(
      driverError('duplicate key value violates unique constraint "sync_source_pkey"', {
        code: '23505',
        constraint: 'sync_source_pkey',
        detail: 'Key (name)=(brreg) already exists.',
      }),
    );
    expect(format(fromResolver(pkey)).extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('answers a lost optimistic lock CONFLICT', () => {
    const lost = OptimisticLockError.lockFailed({ id: 'x', version: 1 } as never);
    expect(format(fromResolver(lost)).extensions).toEqual({ code: 'CONFLICT' });
  });

  it.each([
    ['a refused connection', driverError('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })],
    ['a connection dropped by a restart', driverError('Connection terminated unexpectedly')],
    [
      'an administrator shutdown',
      new DriverException(driverError('terminating connection due to administrator command', { code: '57P01' })),
    ],
    ['a database starting up', driverError('the database system is starting up', { code: '57P03' })],
    [
      'a pool that gave up',
      Object.assign(driverError('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
    ],
    ['a ConnectionException', new ConnectionException(driverError('unable to open database file'))],
    ['a busy SQLite', new LockWaitTimeoutException(driverError('SQLITE_BUSY: database is locked'))],
    ['a wrapped cause', new Error('flush failed', { cause: driverError('read ECONNRESET', { code: 'ECONNRESET' }) })],
  ])('answers %s SERVICE_UNAVAILABLE, retryable, naming no host', (_, original) => {
    const masked = format(fromResolver(original));
    expect(masked.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'database', retryable: true });
    expect(JSON.stringify(masked)).not.toMatch(/127\.0\.0\.1|5432|Knex/);
  });

  it('answers a value PostgreSQL cannot store BAD_USER_INPUT, and any other database error INTERNAL', () => {
    const tooLong = new DriverException(driverError('value too long for type character varying(255)', { code: '22001' }));
    expect(format(fromResolver(tooLong)).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const nul = new DriverException(
      driverError('select * from "organisation" where "id" in (\'a\u0000b\') - unrecognized token', { code: 'SQLITE_ERROR' }),
    );
    expect(format(fromResolver(nul)).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(format(fromResolver(nul)))).not.toMatch(/select|a\\u0000b/);
    const syntax = new DriverException(driverError('syntax error at or near "selec"', { code: '42601' }));
    expect(format(fromResolver(syntax)).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
