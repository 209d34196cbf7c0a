import 'reflect-metadata';
import { graphql } from 'graphql';
import { Arg, Field, InputType, Query, registerEnumType, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../../subgraphs/common/federation.js';

enum Colour {
  DARK_RED = 'dark_red',
  PALE_BLUE = 'pale_blue',
}
registerEnumType(Colour, { name: 'EnumDefaultsColour' });

@InputType('EnumDefaultsPaint')
class Paint {
  @Field(() => Colour, { defaultValue: Colour.PALE_BLUE }) colour!: Colour;
}

@Resolver()
class EnumDefaultsResolver {
  @Query(() => String)
  enumDefaultsEcho(
    @Arg('colour', () => Colour, { defaultValue: Colour.DARK_RED }) colour: Colour,
    @Arg('colours', () => [Colour], { defaultValue: [Colour.PALE_BLUE] }) colours: Colour[],
    @Arg('paint', () => Paint, { defaultValue: {} }) paint: Paint,
  ): string {
    return [colour, ...colours, paint.colour].join(',');
  }
}

describe('enum default values in a federated schema', () => {
  it('reach the resolver as internal values, like values the client sends', async () => {
    const schema = await buildFederatedSchema({ resolvers: [EnumDefaultsResolver] });
    const defaults = await graphql({ schema, source: '{ enumDefaultsEcho }' });
    const sent = await graphql({
      schema,
      source: '{ enumDefaultsEcho(colour: DARK_RED, colours: [PALE_BLUE], paint: { colour: PALE_BLUE }) }',
    });
    expect(sent.data?.enumDefaultsEcho).toBe('dark_red,pale_blue,pale_blue');
    expect(defaults.data?.enumDefaultsEcho).toBe(sent.data?.enumDefaultsEcho);
  });
});
