import { TEXT_LIMITS } from '../../common/validators.js';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';

@ObjectType({ description: 'A municipality (kommune), 2024 division.' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'municipality' })
export class Municipality {
  [OptionalProps]?: 'hasVolunteerPolicy' | 'researchProjects' | 'version';

  @Field(() => String, { description: 'Four-digit municipality number (kommunenummer).' })
  @PrimaryKey({ type: 'string', length: 4 })
  code!: string;

  @Field(() => String, { description: 'Name of the municipality (kommunenavn), in Norwegian.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in a Sámi language, where the municipality has one.' })
  @Property({ type: 'string', nullable: true })
  samiName: string | null = null;

  @Property({ type: 'string', length: 2 })
  countyCode!: string;

  @Field(() => Boolean, { description: 'Whether the municipality has adopted its own volunteer policy (frivillighetspolitikk).' })
  @Property({ type: 'boolean' })
  hasVolunteerPolicy: boolean = false;

  @Field(() => DateScalar, { nullable: true, description: 'When the municipal council adopted the volunteer policy.' })
  @Property({ type: 'date', nullable: true })
  volunteerPolicyAdoptedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Link to the volunteer policy document.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  volunteerPolicyUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where the volunteer policy is described in the source documents.' })
  @Property({ type: 'string', nullable: true })
  volunteerPolicyNote: string | null = null;

  @Field(() => [String], {
    description: 'Research projects on municipality–voluntary cooperation the municipality took part in, per the source documents.',
  })
  @Property({ type: 'json' })
  researchProjects: string[] = [];

  @Field(() => String, { nullable: true, description: 'Volunteer coordinator: name or role (public contact).' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  coordinatorName: string | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail address of the volunteer coordinator (public contact).' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  coordinatorEmail: string | null = null;

  @Field(() => String, { nullable: true, description: 'Phone number of the volunteer coordinator (public contact).' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  coordinatorPhone: string | null = null;

  @Field(() => Int, { description: 'Optimistic concurrency for the volunteer policy and coordinator: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
