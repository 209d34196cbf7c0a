// pagination.ts declares type-graphql classes when loaded, which needs the metadata polyfill first.
import 'reflect-metadata';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  parse,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from '../subgraphs/common/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../subgraphs/common/pagination.js';

/** What the supergraph declares of one field with Federation's demand-control directives (cost spec v0.1). */
export interface DeclaredCost {
  /** `@listSize(assumedSize:)`: how many items the list holds at most, in practice. */
  assumedSize?: number;
  /** `@listSize(slicingArguments:)`: arguments that set the list's size (a connection's `first`). */
  slicingArguments?: string[];
  /** `@cost(weight:)`: what resolving the field once costs, instead of 1. */
  weight?: number;
}

/** Declared costs by `Type.field`. */
export type DeclaredCosts = ReadonlyMap<string, DeclaredCost>;

const COST_SPEC = 'https://specs.apollo.dev/cost/';

/** The names the supergraph gives `@listSize` and `@cost`: imported as they are, renamed, or namespaced (`@cost__listSize`). */
function costDirectiveNames(document: DocumentNode): { listSize: string; cost: string } {
  const names = { listSize: 'cost__listSize', cost: 'cost__cost' };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      const args = Object.fromEntries((link.arguments ?? []).map((a) => [a.name.value, a.value]));
      if (link.name.value !== 'link' || args.url?.kind !== Kind.STRING || !args.url.value.startsWith(COST_SPEC)) continue;
      const prefix = args.as?.kind === Kind.STRING ? args.as.value : 'cost';
      names.listSize = `${prefix}__listSize`;
      names.cost = `${prefix}__cost`;
      for (const item of args.import?.kind === Kind.LIST ? args.import.values : []) {
        const [name, as] =
          item.kind === Kind.STRING
            ? [item.value, item.value]
            : item.kind === Kind.OBJECT
              ? ['name', 'as'].map((key) => {
                  const value = item.fields.find((f) => f.name.value === key)?.value;
                  return value?.kind === Kind.STRING ? value.value : undefined;
                })
              : [];
        if (name === '@listSize') names.listSize = (as ?? name).slice(1);
        if (name === '@cost') names.cost = (as ?? name).slice(1);
      }
    }
  }
  return names;
}

/** Reads `@listSize` and `@cost` off every field of the supergraph SDL. */
export function declaredCosts(supergraphSdl: string): DeclaredCosts {
  const document = parse(supergraphSdl);
  const names = costDirectiveNames(document);
  const argument = (directive: ConstDirectiveNode, name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const costs = new Map<string, DeclaredCost>();
  for (const definition of document.definitions) {
    if (!('fields' in definition) || !definition.fields || !('name' in definition) || !definition.name) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const declared: DeclaredCost = {};
      for (const directive of field.directives ?? []) {
        if (directive.name.value === names.listSize) {
          const assumed = argument(directive, 'assumedSize');
          if (assumed?.kind === Kind.INT) declared.assumedSize = Number(assumed.value);
          const slicing = argument(directive, 'slicingArguments');
          if (slicing?.kind === Kind.LIST)
            declared.slicingArguments = slicing.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
        } else if (directive.name.value === names.cost) {
          const weight = argument(directive, 'weight');
          if (weight?.kind === Kind.INT) declared.weight = Number(weight.value);
        }
      }
      if (Object.keys(declared).length > 0) costs.set(`${definition.name.value}.${field.name.value}`, declared);
    }
  }
  return costs;
}

/** A field's arguments with the variables in; a bad value is left to the subgraph, which names the field. */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}

/** The arguments that set a list's size: those `@listSize(slicingArguments:)` names, else a `first`. */
const slicingArguments = (field: GraphQLField<unknown, unknown>, declared: DeclaredCost | undefined): string[] =>
  declared?.slicingArguments ?? (field.args.some((arg) => arg.name === 'first') ? ['first'] : []);

/**
 * The first page size in the document above MAX_PAGE_SIZE (or below 1), as the error the
 * subgraph would give: checked before the cost, so that `first: 500` is told the page
 * size rule rather than a cost it would never have.
 */
export function pageSizeError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  declared: DeclaredCosts = new Map(),
): BadUserInputError | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: BadUserInputError | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (found || !field || !parent) return;
        const args = argumentsOf(field, node, variables);
        for (const name of slicingArguments(field, declared.get(`${parent.name}.${field.name}`))) {
          const value = args[name];
          if (typeof value === 'number' && (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)) {
            found = new BadUserInputError(name, `must be between 1 and ${MAX_PAGE_SIZE}, got ${value}`, {
              path: [node.alias?.value ?? node.name.value],
              http: { status: 400 },
            });
          }
        }
      },
    }),
  );
  return found;
}

/**
 * The estimated number of fields an operation resolves: every field costs 1 (or its
 * `@cost(weight:)`) for each parent object it is resolved on, and a list multiplies what is
 * below it by its size: a connection (or any field with `first`, or the `slicingArguments`
 * of its `@listSize`) by `first`, a literal or a variable, else the default page size of 20;
 * an unpaged list by its `@listSize(assumedSize:)` in the supergraph, else 20. A
 * connection's `edges` list is already weighed by the connection's `first`.
 * graphql-armor's cost limit reads only a literal `first` and knows no default page size
 * nor the supergraph's directives, so it would let a `first: $n` or an unpaged list slip past.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
  declared: DeclaredCosts = new Map(),
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  /** How many items the field's value holds, or undefined when it is no list. */
  const sizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLCompositeType): number | undefined => {
    const declaration = declared.get(`${parent.name}.${field.name}`);
    const slicing = slicingArguments(field, declaration);
    if (slicing.length > 0) {
      const args = argumentsOf(field, node, variables);
      const sizes = slicing.map((name) => args[name]).filter((v): v is number => typeof v === 'number' && v > 0);
      return sizes.length > 0 ? Math.max(...sizes) : (declaration?.assumedSize ?? DEFAULT_PAGE_SIZE);
    }
    const isEdges = parent.name.endsWith('Connection');
    if (!isListType(getNullableType(field.type)) || isEdges) return undefined;
    return declaration?.assumedSize ?? DEFAULT_PAGE_SIZE;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || !('getFields' in parent)) continue;
        const field = (parent as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[selection.name.value];
        if (!field) continue;
        cost += multiplier * (declared.get(`${parent.name}.${field.name}`)?.weight ?? 1);
        const type = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(type)) continue;
        cost += walk(selection.selectionSet, type, multiplier * (sizeOf(field, selection, parent) ?? 1));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parent;
        cost += walk(selection.selectionSet, isCompositeType(type) ? type : parent, multiplier);
      } else {
        const fragment = fragments[selection.name.value];
        const type = fragment && typeFromAST(schema, fragment.typeCondition);
        if (fragment && isCompositeType(type)) cost += walk(fragment.selectionSet, type, multiplier);
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1);
}
