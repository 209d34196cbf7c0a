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
    expect(format(sql)).toEqual({ message: 'Internal server error', locations: undefined, path: ['createAgreement'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps a client error with its code and field, without a stack trace', () => {
    const bad = new BadUserInputError('input.endDate', 'must not be before input.startDate');
    bad.extensions.stacktrace = ['at somewhere'];
    expect(format(bad)).toMatchObject({ message: 'input.endDate: must not be before input.startDate', extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' } });
    expect(format(bad).extensions).not.toHaveProperty('stacktrace');
  });

  it('says which service was unavailable but never why (the reason may name hosts)', () => {
    const down = new ServiceUnavailableError('organisations', 'connect ECONNREFUSED 10.0.3.7:4001');
    const masked = format(down);
    expect(masked.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'organisations' });
    expect(JSON.stringify(masked)).not.toMatch(/ECONNREFUSED|10\.0\.3\.7/);
  });
});
