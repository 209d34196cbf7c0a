import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A county (fylke), 2024 division.' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'county' })
export class County {
  @Field(() => String, { description: 'Two-digit county number (fylkesnummer).' })
  @PrimaryKey({ type: 'string', length: 2 })
  code!: string;

  @Field(() => String, { description: 'Name of the county (fylkesnavn).' })
  @Property({ type: 'string' })
  name!: string;
}
