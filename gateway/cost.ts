// pagination.ts declares type-graphql classes when loaded, which needs the metadata polyfill first.
import 'reflect-metadata';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  typeFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../subgraphs/common/pagination.js';

/**
 * The estimated number of fields an operation resolves: every field costs 1 for
 * each parent object it is resolved on, and a list multiplies what is below it
 * by its page size: `first` (a literal or a variable), else the default page size.
 * graphql-armor's cost limit reads only a literal `first` and knows no default
 * page size, so a `first: $n` or an unpaged list would slip past it.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const pageSize = (field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1]): number => {
    if (!field.args.some((arg) => arg.name === 'first')) return DEFAULT_PAGE_SIZE;
    try {
      const first = getArgumentValues(field, node, variables).first;
      return typeof first === 'number' && first > 0 ? first : DEFAULT_PAGE_SIZE;
    } catch {
      // A bad `first` is refused by the subgraph with the field named; weigh it by the default.
      return DEFAULT_PAGE_SIZE;
    }
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || !('getFields' in parent)) continue;
        const field = (parent as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[selection.name.value];
        if (!field) continue;
        cost += multiplier;
        const type = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(type)) continue;
        const hasFirst = field.args.some((arg) => arg.name === 'first');
        // A connection's `edges` list is already weighed by the connection's `first`.
        const isEdges = parent.name.endsWith('Connection');
        const weighed = hasFirst || (isListType(getNullableType(field.type)) && !isEdges);
        cost += walk(selection.selectionSet, type, weighed ? multiplier * pageSize(field, selection) : multiplier);
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
