import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The profile fields holding one value, named once: input, update and erasure go by these lists. */
export const PROFILE_VALUES = ['name', 'email', 'phone', 'birthYear', 'municipalityCode'] as const;
/** The profile fields holding a list of codes. */
export const PROFILE_LISTS = ['languages', 'skills', 'activities', 'availability'] as const;

/**
 * A person who volunteers. Every field but the id is personal data and has no
 * @Field here: each is a field resolver that asks access.ts first.
 */
@ObjectType({ description: 'A volunteer. Personal data under GDPR: fields resolve only for callers allowed to see them.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'volunteer' })
export class Volunteer {
  [OptionalProps]?:
    | 'id'
    | 'name'
    | 'email'
    | 'phone'
    | 'birthYear'
    | 'municipalityCode'
    | 'languages'
    | 'skills'
    | 'activities'
    | 'availability'
    | 'erasedAt'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @Field(() => ID, { description: 'Identifier of the volunteer (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  name: string | null = null;

  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  phone: string | null = null;

  @Property({ type: 'integer', nullable: true })
  birthYear: number | null = null;

  @Property({ type: 'string', length: 4, nullable: true })
  municipalityCode: string | null = null;

  @Property({ type: 'json' })
  languages: string[] = [];

  @Property({ type: 'json' })
  skills: string[] = [];

  /** Activity codes (shared taxonomy) the volunteer would like to do. */
  @Property({ type: 'json' })
  activities: string[] = [];

  /** Availability codes (enums.ts). */
  @Property({ type: 'json' })
  availability: string[] = [];

  @Property({ type: 'Date', nullable: true })
  erasedAt: Date | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
