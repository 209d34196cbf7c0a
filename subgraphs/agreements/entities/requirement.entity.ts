import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { RequirementKind } from '../enums.js';

@ObjectType('VolunteerRequirement', {
  description: 'What a volunteer working under the agreement must have (the volunteers subgraph checks compliance against these).',
})
@Entity({ tableName: 'agreement_requirement' })
export class Requirement {
  [OptionalProps]?: 'description';

  @PrimaryKey({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => RequirementKind, { description: 'What the volunteer must have: politiattest, taushetserklæring or training.' })
  @PrimaryKey({ type: 'string' })
  kind!: RequirementKind;

  @Field(() => String, { nullable: true, description: 'Details, e.g. which course, or why a politiattest is required.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}
