import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { orgNumberProblem } from './orgnumber.js';
import { isMunicipalityCode } from './municipalities.js';

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${scalar} must be given as a string`);
  return ast.value;
}

/** `field` is how messages name the value ("orgNumber"), so a client sees which input was wrong. */
function stringScalar(name: string, field: string, description: string, check: (value: string) => string | null) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string') throw new GraphQLError(`${field} (${name}) must be a string`);
    const problem = check(value);
    if (problem) throw new GraphQLError(`${field} (${name}) "${value}" ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast) => parse(stringLiteral(ast, name)),
  });
}

/** organisasjonsnummer in Enhetsregisteret: nine digits with a MOD11 check digit. */
export const OrgNumberScalar = stringScalar(
  'OrgNumber',
  'orgNumber',
  'Norwegian organisation number (organisasjonsnummer): nine digits, the last a MOD11 check digit.',
  orgNumberProblem,
);

/** kommunenummer of the 2024 division. */
export const MunicipalityCodeScalar = stringScalar(
  'MunicipalityCode',
  'municipalityCode',
  'Four-digit municipality number (kommunenummer) of the 2024 division (SSB Klass 131).',
  (value) =>
    !/^\d{4}$/.test(value) ? 'must be four digits' : isMunicipalityCode(value) ? null : 'is not a municipality in the 2024 division',
);

export function dateProblem(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'must be a date as YYYY-MM-DD';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) return 'is not a calendar date';
  return null;
}

/** A calendar date, YYYY-MM-DD, with no time zone. */
export const DateScalar = stringScalar('Date', 'date', 'A calendar date, ISO 8601 YYYY-MM-DD.', dateProblem);

/** An instant, ISO 8601 with time zone; serialised in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 with time zone, e.g. 2026-11-22T10:00:00Z.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(value as string | number);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot serialise an invalid date');
    return date.toISOString();
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new GraphQLError(`DateTime "${String(value)}" must be ISO 8601 with a time zone`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime "${value}" is not a valid instant`);
  return date;
}
