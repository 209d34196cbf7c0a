import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** A default value with every enum name in it (at any depth) turned into the enum's internal value. */
function internal(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isEnumType(nullable)) return typeof value === 'string' ? (nullable.getValue(value)?.value ?? value) : value;
  if (isListType(nullable))
    return Array.isArray(value) ? value.map((item) => internal(nullable.ofType, item)) : internal(nullable.ofType, value);
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fields[key] ? internal(fields[key].type, item) : item]));
  }
  return value;
}

/**
 * A schema rebuilt from printed SDL keeps enum default values as their names
 * (`status: OrganisationStatus = INACTIVE` reaches a resolver as "INACTIVE"),
 * while the enum resolvers map every value a client sends to its internal value
 * ("inactive"). This maps every default to internal values, so a default and an
 * explicit argument reach the resolver alike.
 */
export function fixEnumDefaults(schema: GraphQLSchema): GraphQLSchema {
  const fix = (input: GraphQLArgument | GraphQLInputField) => {
    if (input.defaultValue !== undefined) input.defaultValue = internal(input.type, input.defaultValue);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) field.args.forEach(fix);
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach(fix);
  }
  return schema;
}
