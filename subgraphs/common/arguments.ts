import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Where a value sits: the field and argument it was given to, and its path inside that argument (`filter.search`, `records[3].name`). */
export interface ArgumentPlace {
  field: string;
  argument: string;
  path: string;
}

/** What `visitArguments` reports; each may throw to refuse the request. */
export interface ArgumentVisitor {
  list(place: ArgumentPlace, length: number): void;
  string(place: ArgumentPlace, value: string): void;
  /** An input nested deeper than `MAX_INPUT_NESTING` levels (no input type of the graph is). */
  tooDeep(place: ArgumentPlace): void;
  /** Each argument's whole value, written or from its variable, once its lists and strings are visited. */
  argument?(place: ArgumentPlace, value: unknown): void;
}

/** Input objects and lists nest a few levels at most; a deeper value is refused before it is walked further. */
export const MAX_INPUT_NESTING = 32;

/**
 * Visits every list and string given to a field of the operation, written in the query or
 * sent as a variable (a variable missing from the request takes its default from the query),
 * before any of it is coerced or executed. Each fragment is visited once.
 */
export function visitArguments(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  visitor: ArgumentVisitor,
): void {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const defaults = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]));
  const visited = new Set<string>();

  const defaultValues = () => Object.fromEntries([...defaults].filter(([, v]) => v).map(([name, v]) => [name, valueFromASTUntyped(v!)]));
  const at = (place: ArgumentPlace, path: string): ArgumentPlace => ({ ...place, path });

  function value(given: unknown, place: ArgumentPlace, depth: number): void {
    if (depth > MAX_INPUT_NESTING) return visitor.tooDeep(place);
    if (typeof given === 'string') return visitor.string(place, given);
    if (Array.isArray(given)) {
      visitor.list(place, given.length);
      given.forEach((item, i) => value(item, at(place, `${place.path}[${i}]`), depth + 1));
    } else if (given !== null && typeof given === 'object') {
      for (const [key, item] of Object.entries(given)) value(item, at(place, `${place.path}.${key}`), depth + 1);
    }
  }

  function node(written: ValueNode, place: ArgumentPlace, depth: number): void {
    if (depth > MAX_INPUT_NESTING) return visitor.tooDeep(place);
    switch (written.kind) {
      case Kind.VARIABLE: {
        const name = written.name.value;
        if (variables && Object.hasOwn(variables, name)) return value(variables[name], place, depth);
        const fallback = defaults.get(name);
        if (fallback) node(fallback, place, depth);
        return;
      }
      case Kind.STRING:
        return visitor.string(place, written.value);
      case Kind.LIST:
        visitor.list(place, written.values.length);
        written.values.forEach((item, i) => node(item, at(place, `${place.path}[${i}]`), depth + 1));
        return;
      case Kind.OBJECT:
        for (const field of written.fields) node(field.value, at(place, `${place.path}.${field.name.value}`), depth + 1);
        return;
      default:
        return;
    }
  }

  function selections(set: SelectionSetNode): void {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) {
          const name = argument.name.value;
          const place = { field: selection.name.value, argument: name, path: name };
          node(argument.value, place, 0);
          visitor.argument?.(place, valueFromASTUntyped(argument.value, { ...defaultValues(), ...variables }));
        }
        if (selection.selectionSet) selections(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        selections(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) selections(fragment.selectionSet);
      }
    }
  }

  selections(operation.selectionSet);
}
