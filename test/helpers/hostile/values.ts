/**
 * Hostile values by GraphQL input type, and a plausible value of each, which the generator
 * puts everywhere but the one place it attacks. Nothing here may contain what the leak check
 * looks for (absolute server paths, SQL statements), or an echo of it would fail the check.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const LONG = 'x'.repeat(100_000);

/** Strings: NUL, bidi overrides, zero-width only, very long, control and escape characters, lone surrogates, SQL and LIKE meta-characters. */
export const HOSTILE_STRINGS: Json[] = [
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  LONG,
  '\u0001\u0007\u001b[31mred\u001b[0m\r\n',
  '\uD800',
  "'; DROP TABLE organisation; --",
  '%_\\%\\_',
  '   \t\n ',
  '👩‍👩‍👧‍👦'.repeat(2000),
  'e\u0301\u0301\u0301',
  '${jndi:ldap://x}{{7*7}}<script>alert(1)</script>',
  '',
];

export const HOSTILE_INTS: Json[] = [2147483648, -2147483649, 1e300, 0.5, '1', true, -1, 0, Number.MAX_SAFE_INTEGER + 2, null, []];
export const HOSTILE_FLOATS: Json[] = [1e308, -1e308, 5e-324, -0, 'NaN', 'Infinity', 1.7976931348623157e308, -1, null, {}];
export const HOSTILE_BOOLEANS: Json[] = ['true', 1, null, []];
export const HOSTILE_ENUMS = (values: string[]): Json[] => ['NOT_A_VALUE', '', values[0]?.toLowerCase() ?? 'x', 1, 'a\u0000b'];

/** Cursors: not base64, an offset out of range or negative, a sequence beyond 32 bits, very long. */
export const HOSTILE_CURSORS: Json[] = [
  '!!!not base64!!!',
  Buffer.from('offset:-1').toString('base64url'),
  Buffer.from('offset:99999999999999999999999').toString('base64url'),
  Buffer.from('offset:1e10').toString('base64url'),
  Buffer.from('change:99999999999').toString('base64url'),
  'A'.repeat(10_000),
  'a\u0000b',
];

let nested: Json = { leaf: 'x' };
for (let i = 0; i < 60; i++) nested = { deeper: nested };

/** Values of the graph's own scalars: impossible dates, wrong lengths, look-alike digits, nesting no input has. */
export const HOSTILE_SCALARS: Record<string, Json[]> = {
  Date: ['2025-02-30', '0000-00-00', '9999-99-99', '2025-01-01T00:00:00Z', LONG, 20250101],
  DateTime: ['not a date', '2025-13-01T00:00:00Z', '+275760-09-13T00:00:00Z', '2025-01-01', 1e20],
  MunicipalityCode: ['0000', '56011', '５６０１', 'a\u0000b', 5601],
  OrgNumber: ['000000000', '123', '８６４１３９４４２', '864139443', 864139442],
  JSONDocument: [nested, LONG, [1, 2, 3], { a: 'a\u0000b' }],
};

/** A value that passes the type's own parsing, so the request reaches the place under attack. */
export const PLAUSIBLE_SCALARS: Record<string, Json> = {
  String: 'Hostile test',
  ID: '00000000-0000-4000-8000-000000000000',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2025-01-01',
  DateTime: '2025-01-01T00:00:00Z',
  MunicipalityCode: '5601',
  OrgNumber: '864139442',
  JSONDocument: {},
};

/** A list argument this long is over every limit (MAX_LIST_ARGUMENT_VALUES is 2,000 by default). */
export const HUGE_LIST_LENGTH = 10_000;
