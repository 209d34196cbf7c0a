import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';

/** Every element a client sees, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`, that has no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('client schema descriptions (schema/api.graphql)', () => {
  it('the check finds an undescribed type, field, argument, input field and enum value', () => {
    const schema = buildSchema(`
      """Root"""
      type Query { a(x: Int): E }
      enum E { ONE }
      input I { f: Int }
      type Q2 { """ok""" g: I2 }
      """ok""" input I2 { """ok""" h: Int }
    `);
    expect(undescribed(schema)).toEqual(['Query.a', 'Query.a(x)', 'E', 'E.ONE', 'I', 'I.f', 'Q2']);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    expect(undescribed(schema)).toEqual([]);
  });
});
