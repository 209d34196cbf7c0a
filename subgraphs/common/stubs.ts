import { Directive, Field, ID, ObjectType, type ClassType } from 'type-graphql';

/*
 * Entities another subgraph owns, as this subgraph sees them: the key only.
 * type-graphql keeps one global registry, so each subgraph makes its own stub
 * classes (in its stubs.ts); a shared class would carry one subgraph's
 * @FieldResolver fields into every other subgraph's schema.
 */

/** A stub keyed by a String field (Municipality.code, County.code, Indicator.code). */
export function codeStub(typeName: string): ClassType<{ code: string }> {
  @ObjectType(typeName)
  @Directive('@key(fields: "code")')
  class Stub {
    @Field(() => String) code!: string;
  }
  return Stub;
}

/** A stub keyed by an ID field (Organisation.id, Agreement.id, Volunteer.id). */
export function idStub(typeName: string): ClassType<{ id: string }> {
  @ObjectType(typeName)
  @Directive('@key(fields: "id")')
  class Stub {
    @Field(() => ID) id!: string;
  }
  return Stub;
}

/** Reference resolver for a stub: the key is all this subgraph needs. */
export const stubReference = <T>(ref: T) => ref;

/**
 * The description of a field that points at another subgraph's entity. Such fields are
 * nullable, so that one record the owner hides or cannot give nulls only that field.
 */
export const CROSS_REFERENCE =
  'Owned by another service: null when the record is hidden from the caller, and null with an error on this path when that service does not answer.';
