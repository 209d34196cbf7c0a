import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One cell of a breakdown. Suppressed cells have no numbers.' })
export class StatsCell {
  @Field(() => String, { description: 'Activity code or age band.' }) key!: string;
  @Field(() => Int, { nullable: true, description: 'Distinct volunteers with approved hours in the cell; null when suppressed.' })
  activeVolunteers!: number | null;
  @Field(() => Float, { nullable: true, description: 'Approved hours in the cell; null when suppressed.' }) hours!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'hours / HOURS_PER_FTE (1,695 by default), as full-time equivalents (årsverk); null when suppressed.',
  })
  fullTimeEquivalents!: number | null;
  @Field(() => Boolean, { description: 'Hidden because it counts too few people, or because it would reveal a cell that does.' })
  suppressed!: boolean;
}

@ObjectType({
  description:
    'Volunteer effort in a year from approved hours. Cells counting fewer people than the threshold are suppressed, and so are the cells that would let them be worked out (complementary suppression).',
})
export class VolunteerStats {
  @Field(() => Int, { description: 'The calendar year the figures are for.' }) year!: number;
  @Field(() => Int, { nullable: true, description: 'Distinct volunteers with approved hours in the year.' }) activeVolunteers!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Approved hours in the year; null when suppressed.' }) hours!: number | null;
  @Field(() => Float, { nullable: true, description: 'hours / HOURS_PER_FTE (1,695 by default).' }) fullTimeEquivalents!: number | null;
  @Field(() => Boolean, { description: 'The totals are hidden.' }) suppressed!: boolean;
  @Field(() => [StatsCell], { description: 'By activity code. One person may count under several activities.' }) byActivity!: StatsCell[];
  @Field(() => [StatsCell], { description: 'By age band in the year: under_30, 30_49, 50_66, 67_plus, unknown.' }) byAgeBand!: StatsCell[];
  @Field(() => Int, { description: 'The suppression threshold (SUPPRESSION_THRESHOLD).' }) threshold!: number;
}
