import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_NESTING, visitArguments, type ArgumentPlace } from '../../subgraphs/common/arguments.js';
import { ConfigError } from '../../subgraphs/common/config.js';
import { requestLimits } from '../../subgraphs/common/limits.js';
import { MAX_CURSOR_OFFSET, pageWindow } from '../../subgraphs/common/pagination.js';
import { sequenceOf } from '../../subgraphs/organisations/rules/change-cursor.js';

describe('request limits settings', () => {
  it('default to the gateway limits, 5,000 entity representations and 2,000 list values', () => {
    expect(requestLimits({})).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxRootFields: 10,
      maxDirectives: 10,
      maxTokens: 2000,
      maxBodyBytes: 1_048_576,
      maxEntityRepresentations: 5000,
      maxListArgumentValues: 2000,
    });
  });

  it('read the shared variables and refuse a bad value or an old gateway-only name, naming it', () => {
    expect(requestLimits({ MAX_ENTITY_REPRESENTATIONS: '300', MAX_LIST_ARGUMENT_VALUES: '20', MAX_ALIASES: '0' })).toMatchObject({
      maxEntityRepresentations: 300,
      maxListArgumentValues: 20,
      maxAliases: 0,
    });
    expect(() => requestLimits({ MAX_LIST_ARGUMENT_VALUES: '0' })).toThrow(/MAX_LIST_ARGUMENT_VALUES must be a whole number of at least 1/);
    expect(() => requestLimits({ MAX_ENTITY_REPRESENTATIONS: 'many' })).toThrow(ConfigError);
    expect(() => requestLimits({ GATEWAY_MAX_TOKENS: '500' })).toThrow(/GATEWAY_MAX_TOKENS is now MAX_TOKENS/);
  });
});

/** Every list and string `visitArguments` reports for a query and its variables. */
function visit(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const seen: string[] = [];
  const where = (place: ArgumentPlace) => `${place.field}(${place.path})`;
  visitArguments(document, operation, variables, {
    list: (place, length) => seen.push(`list ${where(place)} ${length}`),
    string: (place, value) => seen.push(`string ${where(place)} ${JSON.stringify(value)}`),
    tooDeep: (place) => {
      throw new Error(`too deep at ${place.argument}`);
    },
  });
  return seen;
}

describe('visitArguments', () => {
  it('reports written lists and strings with their paths, inside fragments once', () => {
    const seen = visit(`{
      a: organisations(filter: { search: "x", kinds: [A, B] }) { totalCount ...F ...F }
      observations(indicators: ["i1", "i2"]) { totalCount }
    }
    fragment F on OrganisationConnection { edges { node { name(lang: "nb") } } }`);
    expect(seen).toEqual([
      'string organisations(filter.search) "x"',
      'list organisations(filter.kinds) 2',
      'string name(lang) "nb"',
      'list observations(indicators) 2',
      'string observations(indicators[0]) "i1"',
      'string observations(indicators[1]) "i2"',
    ]);
  });

  it('follows variables into their values, and a variable left out to its default', () => {
    const seen = visit(
      'query ($r: [In!]!, $s: String = "fallback") { sync(records: $r) { n } organisations(filter: { search: $s }) { n } }',
      { r: [{ name: 'a', codes: ['1', '2', '3'] }, { name: 'b' }] },
    );
    expect(seen).toEqual([
      'list sync(records) 2',
      'string sync(records[0].name) "a"',
      'list sync(records[0].codes) 3',
      'string sync(records[0].codes[0]) "1"',
      'string sync(records[0].codes[1]) "2"',
      'string sync(records[0].codes[2]) "3"',
      'string sync(records[1].name) "b"',
      'string organisations(filter.search) "fallback"',
    ]);
  });

  it('stops at an input nested deeper than any of the graph', () => {
    let nested: unknown = 'x';
    for (let i = 0; i <= MAX_INPUT_NESTING; i++) nested = [nested];
    expect(() => visit('query ($v: [String]) { f(a: $v) }', { v: nested })).toThrow('too deep at a');
    expect(() => visit(`{ f(a: ${'['.repeat(MAX_INPUT_NESTING + 2)}1${']'.repeat(MAX_INPUT_NESTING + 2)}) }`)).toThrow('too deep at a');
    expect(visit('query ($v: [String]) { f(a: $v) }', { v: [[['x']]] })).toHaveLength(4);
  });
});

describe('cursors', () => {
  const cursor = (text: string) => Buffer.from(text).toString('base64url');

  it('refuse an offset beyond the largest one, or not written as an issued cursor is, as BAD_USER_INPUT on after', () => {
    expect(pageWindow({ after: cursor('offset:19') })).toEqual({ limit: 20, offset: 20 });
    expect(pageWindow({ after: cursor(`offset:${MAX_CURSOR_OFFSET}`) }).offset).toBe(MAX_CURSOR_OFFSET + 1);
    for (const bad of [`offset:${MAX_CURSOR_OFFSET + 1}`, 'offset:99999999999999999999999', 'offset:-1', 'offset:007', 'offset:1e3']) {
      expect(() => pageWindow({ after: cursor(bad) }), bad).toThrow(/^after: /);
    }
    // A long forged cursor is not repeated whole in the error.
    const long = 'A'.repeat(100_000);
    expect(() => pageWindow({ after: long })).toThrow(/^after: "A{40}…" is not a cursor this connection issued$/);
  });

  it('of the change feed refuse a sequence beyond a 32-bit integer', () => {
    expect(sequenceOf(cursor('change:42'))).toBe(42);
    expect(() => sequenceOf(cursor('change:2147483648'))).toThrow(/^after: /);
    expect(() => sequenceOf(cursor('change:99999999999999999999'))).toThrow(/not a cursor of organisationChanges/);
  });
});
