import { isObjectType } from 'graphql';
import type { GraphQLResponse } from '../graphql.js';
import { entityKeys, identityOf, supergraph, walk, type ArgFiller, type Selection, type Tag } from './schema.js';

/*
 * Probes from the schema walk: one query per root field (and per side when its arguments name
 * a record of the world), one `_entities` query per entity straight at the subgraph that owns it;
 * and what each answer holds at every tagged field.
 */

/** How deep the walk goes from a root naming a record (object levels): municipality → agreements → assignments → volunteer → name. */
export const DEPTH = 5;
/** From a list across the whole graph (every seeded record, not only the world's): shallower, or it answers megabytes. */
export const LIST_DEPTH = 3;

const literal = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map(literal).join(', ')}]` : typeof value === 'string' ? JSON.stringify(value) : String(value);

function printSelection(sel: Selection, graph?: string): string {
  const args = Object.entries(sel.args);
  const head = args.length > 0 ? `${sel.field}(${args.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')})` : sel.field;
  if (!sel.returns) return head;
  return `${head} { ${printObject(sel.returns, sel.children, graph)} }`;
}

/**
 * An object's selection: its type name and identity beside the fields that lead to tagged ones;
 * straight at a subgraph (`graph`), only the identity fields that subgraph resolves.
 */
export const printObject = (type: string, children: Selection[], graph?: string) =>
  [
    '__typename',
    ...identityOf(type, graph).filter((f) => !children.some((c) => c.field === f)),
    ...children.map((child) => printSelection(child, graph)),
  ].join(' ');

export interface Query {
  /** Root field or entity: "Query.volunteer", "_entities Volunteer@volunteers". */
  name: string;
  /** The root selection (for a root field) or the entity's selections. */
  selections: Selection[];
  text: string;
  variables?: Record<string, unknown>;
  /** The subgraph it goes to straight, when not through the gateway. */
  graph?: string;
  /** Where the answer's objects start: ['rootField'] or ['_entities']. */
  root: string;
}

/** A root query per Query field that reaches a tagged field, with the arguments the filler gives. */
export function rootQueries(fill: ArgFiller, depth = DEPTH): { queries: Query[]; unfilled: string[] } {
  const { selections, unfilled } = walk('Query', depth + 1, fill);
  const queries = selections.map((sel) => ({
    name: `Query.${sel.field}`,
    selections: [sel],
    text: `{ ${printSelection(sel)} }`,
    root: sel.field,
  }));
  return { queries, unfilled };
}

/** `_entities` queries per entity type and owning subgraph that reaches a tagged field, for the representation `id` gives. */
export function entityQueries(fill: ArgFiller, id: (type: string) => string | undefined): { queries: Query[]; missing: string[] } {
  const queries: Query[] = [];
  const missing: string[] = [];
  for (const { type, graph, key } of entityKeys()) {
    const { selections } = walk(type, DEPTH, fill, graph);
    if (!selections.some(reachesTag)) continue;
    const value = id(type);
    if (value === undefined) {
      missing.push(`${type}@${graph}`);
      continue;
    }
    queries.push({
      name: `_entities ${type}@${graph}`,
      selections,
      text: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${printObject(type, selections, graph)} } } }`,
      variables: { r: [{ __typename: type, [key]: value }] },
      graph,
      root: '_entities',
    });
  }
  return { queries, missing };
}

/** Every "Type.field" that is tagged somewhere in the selections. */
export function taggedIn(selections: Selection[], into = new Set<string>()): Set<string> {
  for (const sel of selections) {
    if (sel.tags.length > 0) into.add(`${sel.type}.${sel.field}`);
    taggedIn(sel.children, into);
  }
  return into;
}

const reachesTag = (sel: Selection): boolean => sel.tags.length > 0 || sel.children.some(reachesTag);

/** Whether a type holds personal fields (its restricted ones, such as record ids, are then personal too). */
const personalTypes = new Set(
  Object.values(supergraph.getTypeMap())
    .filter(isObjectType)
    .filter((t) =>
      Object.values(t.getFields()).some((f) =>
        f.astNode?.directives?.some((d) => d.name.value === 'tag' && JSON.stringify(d).includes('"personal"')),
      ),
    )
    .map((t) => t.name),
);
export const hasPersonal = (type: string) => personalTypes.has(type);

export interface Observation {
  /** Field path without list indices: "volunteer.assignments.place". */
  path: string;
  typeField: string;
  /** "Type.field" of every step from the root, the tagged field last. */
  trail: string[];
  tags: Tag[];
  /** The answer held a value there (not null, not an empty list). */
  present: boolean;
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** Every tagged field the answer reached, with whether it held a value. */
export function observe(query: Query, data: Record<string, unknown> | null | undefined): Observation[] {
  const out: Observation[] = [];
  const visit = (value: unknown, selections: Selection[], path: string, trail: string[]) => {
    if (isEmpty(value)) return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, selections, path, trail));
    if (typeof value !== 'object') return;
    for (const sel of selections) {
      const child = (value as Record<string, unknown>)[sel.field];
      const at = path ? `${path}.${sel.field}` : sel.field;
      const typeField = `${sel.type}.${sel.field}`;
      if (sel.tags.length > 0) out.push({ path: at, typeField, trail: [...trail, typeField], tags: sel.tags, present: !isEmpty(child) });
      if (sel.returns) visit(child, sel.children, at, [...trail, typeField]);
    }
  };
  if (!data) return out;
  if (query.root === '_entities') visit(data._entities, query.selections, '_entities', []);
  else visit(data, query.selections, '', []);
  return out;
}

/** The codes of an answer's errors, and those that are no refusal (a broken probe, or a failure). */
export function errorCodes(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
}

/** Runs tasks with at most `n` at a time. */
export async function pool<T, R>(items: T[], n: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]);
      }
    }),
  );
  return results;
}
