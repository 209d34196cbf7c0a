import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/*
 * The composed supergraph read as data: which fields carry a non-public tag, and the
 * selections that reach them from a root field or an entity. Nothing here names a field:
 * a field tagged tomorrow is walked the same way.
 */

/** The tags that mark a field as not public (DESIGN.md "who may see what"; the subgraph SDLs). */
export const NON_PUBLIC_TAGS = ['personal', 'restricted'] as const;
export type Tag = (typeof NON_PUBLIC_TAGS)[number];

export const supergraph: GraphQLSchema = buildASTSchema(parse(readFileSync('schema/supergraph.graphql', 'utf8')), {
  assumeValidSDL: true,
});

const argValue = (d: ConstDirectiveNode, name: string) => {
  const arg = d.arguments?.find((a) => a.name.value === name);
  return arg && 'value' in arg.value ? String(arg.value.value) : undefined;
};

/** The non-public tags on a field. */
export function tagsOf(field: GraphQLField<unknown, unknown>): Tag[] {
  return (field.astNode?.directives ?? [])
    .filter((d) => d.name.value === 'tag')
    .map((d) => argValue(d, 'name'))
    .filter((n): n is Tag => (NON_PUBLIC_TAGS as readonly string[]).includes(n ?? ''));
}

/** Every tagged field of the schema as "Type.field", with its tags. */
export function taggedFields(schema = supergraph): Map<string, Tag[]> {
  const out = new Map<string, Tag[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const tags = tagsOf(field);
      if (tags.length > 0) out.set(`${type.name}.${field.name}`, tags);
    }
  }
  return out;
}

/** The subgraphs (join__Graph values, lower case) that resolve a field: @join__field, else every @join__type of its type. */
export function graphsOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const joined = (field.astNode?.directives ?? []).filter((d) => d.name.value === 'join__field').map((d) => argValue(d, 'graph'));
  const graphs =
    joined.length > 0
      ? joined
      : (type.astNode?.directives ?? []).filter((d) => d.name.value === 'join__type').map((d) => argValue(d, 'graph'));
  return graphs.filter((g): g is string => !!g).map((g) => g.toLowerCase());
}

/** Entity types and their key field per subgraph (from @join__type(key:)). */
export function entityKeys(schema = supergraph): { type: string; graph: string; key: string }[] {
  const out: { type: string; graph: string; key: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const d of type.astNode?.directives ?? []) {
      const key = d.name.value === 'join__type' ? argValue(d, 'key') : undefined;
      const graph = argValue(d, 'graph');
      if (key && graph && argValue(d, 'resolvable') !== 'false') out.push({ type: type.name, graph: graph.toLowerCase(), key });
    }
  }
  return out;
}

/** Fills an argument of a field on a path; undefined leaves it out (for a required one the suite then fails, naming it). */
export type ArgFiller = (type: string, field: string, arg: string, argType: string) => unknown;

/** A selection tree: a field with its arguments and the sub-selections that lead to tagged fields. */
export interface Selection {
  type: string;
  field: string;
  args: Record<string, unknown>;
  tags: Tag[];
  /** The object type it returns (undefined for leaves). */
  returns?: string;
  children: Selection[];
}

export interface Walk {
  selections: Selection[];
  /** "Type.field(arg)" that lie on a way to a tagged field and whose required argument nobody fills. */
  unfilled: string[];
}

/**
 * The selections under an object type that reach a tagged field within `depth` object
 * levels, each type at most once per path (the cycles Volunteer → Assignment → Volunteer
 * end there). `graph` keeps only fields that subgraph resolves (for `_entities` straight at it).
 */
export function walk(typeName: string, depth: number, fill: ArgFiller, graph?: string, seen: string[] = [], schema = supergraph): Walk {
  const type = schema.getType(typeName);
  const result: Walk = { selections: [], unfilled: [] };
  if (!isObjectType(type) || depth <= 0) return result;
  for (const field of Object.values(type.getFields())) {
    if (graph && !graphsOf(type, field).includes(graph)) continue;
    const named = getNamedType(field.type);
    const tags = tagsOf(field);
    let children: Selection[] = [];
    let unfilled: string[] = [];
    if (isLeafType(named) && tags.length === 0) continue;
    if (!isLeafType(named)) {
      if (seen.includes(named.name) || named.name === typeName) {
        if (tags.length === 0) continue;
        // A tagged field back to a type already on the path: select its identity only.
      } else {
        // Below a subgraph's own field the gateway joins the rest; straight at a subgraph only its own fields resolve.
        const sub = walk(named.name, depth - 1, fill, graph, [...seen, typeName], schema);
        children = sub.selections;
        unfilled = sub.unfilled;
      }
      if (children.length === 0 && tags.length === 0) continue;
    }
    const args: Record<string, unknown> = {};
    let missing = false;
    for (const arg of field.args) {
      const value = fill(typeName, field.name, arg.name, String(arg.type));
      if (value !== undefined) args[arg.name] = value;
      else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        missing = true;
        result.unfilled.push(`${typeName}.${field.name}(${arg.name}: ${String(arg.type)})`);
      }
    }
    if (missing) continue;
    result.unfilled.push(...unfilled);
    result.selections.push({
      type: typeName,
      field: field.name,
      args,
      tags,
      returns: isLeafType(named) ? undefined : named.name,
      children,
    });
  }
  return result;
}

/** Every field of the Mutation type. */
export const mutationNames = (schema = supergraph) => Object.keys(schema.getMutationType()?.getFields() ?? {});

/** Key/identity fields selected beside every object so answers can be told apart (never tagged ones). */
export function identityOf(typeName: string, graph?: string, schema = supergraph): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return ['id', 'code'].filter((f) => {
    const field = type.getFields()[f];
    if (!field || (graph && !graphsOf(type, field).includes(graph))) return false;
    return tagsOf(field).length === 0 && isLeafType(getNamedType(field.type));
  });
}
