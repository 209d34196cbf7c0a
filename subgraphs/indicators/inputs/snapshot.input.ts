import { Field, Float, InputType } from 'type-graphql';
import { ObservationStatus } from '../enums.js';

@InputType({ description: 'One value of a live indicator for an area.' })
class LiveObservationInput {
  @Field(() => String, { description: 'Municipality code, county code or "NO".' })
  areaCode!: string;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed or missing.' })
  value?: number | null;

  @Field(() => Float, { nullable: true, description: 'Low end of a range, when the value has one.' })
  low?: number | null;

  @Field(() => Float, { nullable: true, description: 'High end of a range, when the value has one.' })
  high?: number | null;

  @Field(() => ObservationStatus, { description: 'Final, provisional, suppressed or missing.' })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true, description: 'Remark on the value, e.g. why it is suppressed.' })
  note?: string | null;
}

@InputType({ description: "All of a live indicator's values for one period; they replace what was stored for that period." })
export class ReplaceLiveObservationsInput {
  @Field(() => String, { description: 'Code of a live indicator (one computed from the graph itself).' })
  indicatorCode!: string;

  @Field(() => String, { description: 'A year ("2026") or a date range.' })
  period!: string;

  @Field(() => [LiveObservationInput], { description: 'Every value of the period, one per area; they replace those stored before.' })
  observations!: LiveObservationInput[];
}
