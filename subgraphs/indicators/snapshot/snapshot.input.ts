import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ObservationStatus } from '../enums.js';

@InputType({ description: 'One value of a live indicator for an area.' })
export class LiveObservationInput {
  @Field(() => String, { description: 'Municipality code, county code or "NO".' })
  areaCode!: string;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed or missing.' })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  low?: number | null;

  @Field(() => Float, { nullable: true })
  high?: number | null;

  @Field(() => ObservationStatus)
  status!: ObservationStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: "All of a live indicator's values for one period; they replace what was stored for that period." })
export class ReplaceLiveObservationsInput {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String, { description: 'A year ("2026") or a date range.' })
  period!: string;

  @Field(() => [LiveObservationInput])
  observations!: LiveObservationInput[];
}

@ObjectType({ description: 'What a replacement did.' })
export class ReplaceLiveObservationsResult {
  @Field(() => String) indicatorCode!: string;
  @Field(() => String) period!: string;
  @Field(() => Int, { description: 'Observations of the period removed first.' }) removed!: number;
  @Field(() => Int, { description: 'Observations stored.' }) stored!: number;
}
