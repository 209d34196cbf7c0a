import { Writable } from 'node:stream';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../subgraphs/common/logger.js';
import { redactSqlText, sqlShape } from '../../subgraphs/common/mask.js';

// The messages MikroORM/knex give for a duplicate key, as seen on each database.
const SQLITE =
  "insert into `volunteer` (`id`, `name`, `email`, `phone`, `birth_year`, `created_at`) values ('63ead402-fe63', 'Kari - Dup', 'kari@example.org', NULL, 1981, 1795707962622) returning `version` - UNIQUE constraint failed: volunteer.email";
const POSTGRES =
  'insert into "t1_volunteers"."volunteer" ("id", "name", "email", "phone", "birth_year") values (\'a538\', \'Kari O\'\'Neill\', \'kari@example.org\', NULL, 1981), (\'b1\', \'Ola Nordmann\', \'ola@example.org\', \'+47 912 34 567\', 1990) returning "version" - duplicate key value violates unique constraint "volunteer_email_unique"\n - detail: Key (email)=(kari@example.org) already exists.';
const VALUES = [
  'Kari',
  'Dup',
  'kari@example.org',
  '1981',
  '1795707962622',
  'Neill',
  'Ola Nordmann',
  'ola@example.org',
  '912 34 567',
  '1990',
  '63ead402',
  'a538',
];

/**
 * None of VALUES in `text`. A log line's own timestamp is left out: epoch milliseconds such as
 * 1795741981xxx contain a birth year ("1981") about once in 500 lines, which failed CI at random.
 */
const absent = (text: string) => {
  const checked = text.replace(/"time":\d+/, '"time":0');
  for (const value of VALUES) expect(checked, value).not.toContain(value);
};

describe('the shape of a failed statement', () => {
  it('keeps the statement and the driver reason, without a value (SQLite)', () => {
    const shaped = redactSqlText(SQLITE);
    absent(shaped);
    expect(shaped).toBe(
      'insert into `volunteer` (`id`, `name`, `email`, `phone`, `birth_year`, `created_at`) values (?, ?, ?, NULL, ?, ?) returning `version` - UNIQUE constraint failed: volunteer.email',
    );
  });

  it('drops the detail PostgreSQL adds, and keeps one row of a multi-row insert', () => {
    const shaped = redactSqlText(POSTGRES);
    absent(shaped);
    expect(shaped).toBe(
      'insert into "t1_volunteers"."volunteer" ("id", "name", "email", "phone", "birth_year") values (?, ?, ?, NULL, ?), … returning "version" - duplicate key value violates unique constraint "volunteer_email_unique"',
    );
  });

  it('takes values out of the driver reason too, keeping the names of database objects', () => {
    const shaped = redactSqlText(
      'update "volunteer" set "birth_year" = \'19x1\' where "id" = \'v1\' - invalid input syntax for type integer: "19x1"',
    );
    expect(shaped).toBe('update "volunteer" set "birth_year" = ? where "id" = ? - invalid input syntax for type integer: "?"');
    expect(redactSqlText('select 1 from "volunteer" - relation "volunteer" does not exist')).toBe(
      'select ? from "volunteer" - relation "volunteer" does not exist',
    );
  });

  it('leaves placeholders, names and text without SQL as they are', () => {
    expect(sqlShape('select "v0".* from "volunteer" as "v0" where "v0"."id" in ($1, $2) limit 20')).toBe(
      'select "v0".* from "volunteer" as "v0" where "v0"."id" in ($1, $2) limit ?',
    );
    expect(redactSqlText('the organisations service did not answer')).toBe('the organisations service did not answer');
  });
});

describe('the logger', () => {
  const lines: string[] = [];
  let logger: ReturnType<typeof createLogger>;
  const last = () => JSON.parse(lines.at(-1)!);
  beforeAll(() => {
    process.env.LOG_LEVEL = 'debug';
    logger = createLogger(
      'volunteers',
      new Writable({ write: (chunk, _encoding, done) => done(void lines.push(...chunk.toString().split('\n').filter(Boolean))) }),
    );
  });
  afterAll(() => {
    process.env.LOG_LEVEL = 'silent';
  });

  it('logs a driver exception by its statement shape and code, never its values', () => {
    const previous = Object.assign(new Error(POSTGRES), {
      code: '23505',
      detail: 'Key (email)=(kari@example.org) already exists.',
      constraint: 'volunteer_email_unique',
      table: 'volunteer',
    });
    logger.error({ err: new UniqueConstraintViolationException(previous), path: ['createVolunteer'] }, 'internal error');
    absent(lines.at(-1)!);
    expect(last()).toMatchObject({
      msg: 'internal error',
      err: {
        type: 'UniqueConstraintViolationException',
        code: '23505',
        statement: expect.stringMatching(
          /^insert into "t1_volunteers"."volunteer" \("id", "name", "email", "phone", "birth_year"\) values \(\?, \?, \?, NULL, \?\), … returning "version"$/,
        ),
        constraint: 'volunteer_email_unique',
        table: 'volunteer',
        message: expect.stringMatching(/^insert into .* values \(\?, \?, \?, NULL, \?\), … returning "version" - duplicate key/),
      },
    });
    expect(last().err).not.toHaveProperty('detail');
    expect(last().err.stack).toMatch(/^UniqueConstraintViolationException: insert into[^\n]*\n\s+at /);
  });

  it('redacts a statement inside a wrapping error, a bare message and a cause', () => {
    const wrapped = new GraphQLError('Unexpected error', { originalError: new Error(SQLITE) });
    logger.error({ err: wrapped }, 'internal error');
    absent(lines.at(-1)!);
    expect(last().err.cause.message).toMatch(/values \(\?, \?, \?, NULL, \?, \?\)/);
    logger.error(new Error(SQLITE));
    absent(lines.at(-1)!);
    logger.warn(`retrying: ${SQLITE}`);
    absent(lines.at(-1)!);
    logger.error({ err: new Error('outer', { cause: new Error(POSTGRES) }) }, 'failed');
    absent(lines.at(-1)!);
  });

  it('censors personal fields and tokens at any depth', () => {
    logger.info(
      {
        req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1' } },
        token: 'plain-token-value',
        input: {
          volunteer: { name: 'Kari Nordmann', Email: 'kari@example.org', birth_year: 1981, phone: '+47 912 34 567', skills: ['first aid'] },
        },
        list: [{ nested: { deeper: { name: 'Ola Nordmann' } } }],
        variables: { input: { name: 'Ola Nordmann' } },
        count: 3,
      },
      'personal',
    );
    const line = lines.at(-1)!;
    absent(line);
    for (const value of ['abc.def.ghi', 'sid=1', 'plain-token-value', 'first aid']) expect(line).not.toContain(value);
    expect(last()).toMatchObject({
      count: 3,
      input: { volunteer: { name: '[redacted]', Email: '[redacted]', birth_year: '[redacted]' } },
      list: [{ nested: { deeper: { name: '[redacted]' } } }],
    });
  });

  it('scrubs e-mail addresses and tokens from free text', () => {
    logger.warn('mail to kari@example.org failed; token eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.c2ln sent as Bearer abc123');
    const line = lines.at(-1)!;
    expect(line).not.toMatch(/kari@example\.org|eyJhbGci|abc123/);
    expect(last().msg).toBe('mail to [email] failed; token [jwt] sent as Bearer [redacted]');
  });

  it('keeps what an operator needs', () => {
    logger.info({ requestId: 'r-1', status: 500, path: '/graphql', durationMs: 4 }, 'request');
    expect(last()).toMatchObject({ service: 'volunteers', requestId: 'r-1', status: 500, path: '/graphql', durationMs: 4, msg: 'request' });
  });
});
