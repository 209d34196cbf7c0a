import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import type { SubgraphName } from '../../../subgraphs/common/config.js';
import {
  HOSTILE_BOOLEANS,
  HOSTILE_CURSORS,
  HOSTILE_ENUMS,
  HOSTILE_FLOATS,
  HOSTILE_INTS,
  HOSTILE_SCALARS,
  HOSTILE_STRINGS,
  HUGE_LIST_LENGTH,
  PLAUSIBLE_SCALARS,
  type Json,
} from './values.js';

/** One request built from the schema: a root field with one argument value made hostile. */
export interface ArgumentCase {
  name: string;
  /** The subgraph that owns the root field (from the supergraph's @join__field), asked straight as well. */
  owner: SubgraphName;
  field: string;
  mutation: boolean;
  query: string;
  variables: Record<string, Json>;
  /** The hostile value, where it is. */
  value: Json;
}

const SUPERGRAPH = new URL('../../../schema/supergraph.graphql', import.meta.url);

/** Input objects nest a few levels; deeper optional fields are left out. */
const MAX_DEPTH = 4;

/** The path of a value inside the variables, and the type found there. */
interface Leaf {
  path: (string | number)[];
  type: GraphQLInputType;
  /** The argument or input field name, which tells a cursor (`after`) from another string. */
  name: string;
}

const unwrap = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);

/** A value that passes the type, so the request reaches the place under attack: required fields only, one list item. */
function plausible(type: GraphQLInputType, depth = 0): Json {
  const bare = unwrap(type);
  if (isListType(bare)) return [plausible(bare.ofType, depth + 1)];
  if (isEnumType(bare)) return bare.getValues()[0].name;
  if (isScalarType(bare)) return PLAUSIBLE_SCALARS[bare.name] ?? 'x';
  if (isInputObjectType(bare)) {
    const value: Record<string, Json> = {};
    for (const field of Object.values(bare.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined && depth < MAX_DEPTH)
        value[field.name] = plausible(field.type, depth + 1);
    }
    return value;
  }
  return null;
}

/** Every place a value can go under an argument: the argument, each input field (in the first list item), each list. */
function leaves(type: GraphQLInputType, path: (string | number)[], name: string, depth: number): Leaf[] {
  const bare = unwrap(type);
  const here: Leaf = { path, type: bare, name };
  if (isListType(bare)) return [here, ...leaves(bare.ofType, [...path, 0], name, depth + 1)];
  if (isInputObjectType(bare) && depth < MAX_DEPTH) {
    return Object.values(bare.getFields()).flatMap((field) => leaves(field.type, [...path, field.name], field.name, depth + 1));
  }
  return isLeafType(bare) ? [here] : [];
}

/** The hostile values of a place, by its type (and its name, for cursors). */
function hostileValues(leaf: Leaf): Json[] {
  const type = leaf.type;
  if (isListType(type)) {
    const item = plausible(type.ofType);
    return [Array.from({ length: HUGE_LIST_LENGTH }, () => item), [[item]], [null]];
  }
  if (isEnumType(type)) return HOSTILE_ENUMS(type.getValues().map((v) => v.name));
  if (!isScalarType(type)) return [];
  if (/^(after|before|cursor)$/.test(leaf.name)) return HOSTILE_CURSORS;
  switch (type.name) {
    case 'String':
    case 'ID':
      return HOSTILE_STRINGS;
    case 'Int':
      return HOSTILE_INTS;
    case 'Float':
      return HOSTILE_FLOATS;
    case 'Boolean':
      return HOSTILE_BOOLEANS;
    default:
      return HOSTILE_SCALARS[type.name] ?? HOSTILE_STRINGS;
  }
}

/** Sets `value` at `path` inside a copy of `root`, building the objects and one-item lists on the way. */
function setAt(root: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[head] = setAt(list[head] ?? {}, rest, value);
    return list;
  }
  const object = root && typeof root === 'object' && !Array.isArray(root) ? { ...root } : {};
  object[head] = setAt(object[head] ?? null, rest, value);
  return object;
}

/** The smallest selection a field's type accepts. */
function selection(type: GraphQLOutputType): string {
  const named: GraphQLNamedType = getNamedType(type);
  return isLeafType(named) ? '' : ' { __typename }';
}

function owner(field: GraphQLField<unknown, unknown>): SubgraphName {
  const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  if (!graph || graph.kind !== Kind.ENUM) throw new Error(`${field.name} has no @join__field(graph:)`);
  return graph.value.toLowerCase() as SubgraphName;
}

/**
 * The cases: for every root field (queries and mutations) and every place a value can go in
 * its arguments, `perLeaf` of that place's hostile values (two for queries, one for mutations, which are slower to check) (taken in turn, so every value of a
 * type is used across the fields that have one), everything else plausible. Sent as variables,
 * so the gateway forwards the very values to the subgraph.
 */
export function argumentCases(perLeaf: Record<'query' | 'mutation', number> = { query: 2, mutation: 1 }): ArgumentCase[] {
  const schema = buildSchema(readFileSync(SUPERGRAPH, 'utf8'), { assumeValidSDL: true });
  const cases: ArgumentCase[] = [];
  const turn = new Map<string, number>();
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.name.startsWith('_') || field.args.length === 0) continue;
      const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const query = `${kind} Hostile(${definitions}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection(field.type)} }`;
      const base: Record<string, Json> = {};
      for (const arg of field.args) if (isNonNullType(arg.type)) base[arg.name] = plausible(arg.type);
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type, [], arg.name, 0)) {
          const values = hostileValues(leaf);
          if (values.length === 0) continue;
          const key = isListType(leaf.type) ? 'list' : `${getNamedType(leaf.type).name}:${/^(after|before|cursor)$/.test(leaf.name)}`;
          for (let i = 0; i < Math.min(perLeaf[kind], values.length); i++) {
            const at = turn.get(key) ?? 0;
            turn.set(key, at + 1);
            const pick = at % values.length;
            const start = base[arg.name] ?? (leaf.path.length > 0 ? plausible(arg.type) : null);
            const variables = { ...base, [arg.name]: setAt(start, leaf.path, values[pick]) };
            const where = [arg.name, ...leaf.path].join('.');
            cases.push({
              name: `${field.name}(${where} = ${kind === 'mutation' ? 'M' : 'Q'}#${pick})`,
              owner: owner(field),
              field: field.name,
              mutation: kind === 'mutation',
              query,
              variables,
              value: values[pick],
            });
          }
        }
      }
    }
  }
  return cases;
}
