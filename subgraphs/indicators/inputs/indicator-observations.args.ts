import { ArgsType, Field, Int } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { AreaLevel } from '../enums.js';
import type { ObservationSelection } from '../services/selection.service.js';

/** The selection of observations but the indicators: Indicator.observations takes these, `observations` adds `indicators`. */
@ArgsType()
export class IndicatorObservationArgs extends ConnectionArgs implements Omit<ObservationSelection, 'indicators'> {
  @Field(() => [String], {
    nullable: true,
    description: 'Area codes: municipalities (4 digits), counties (2 digits) and "NO" for the whole country, side by side.',
  })
  areas?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Area groupings, added to `areas`: a county code (the county and its municipalities) or "NO" (every area).',
  })
  within?: string[] | null;

  @Field(() => AreaLevel, { nullable: true, description: 'Only observations of areas at this level.' })
  areaLevel?: AreaLevel | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Periods ("2026" or "2026-01-01/2026-06-30"); observations whose period lies within one of them.',
  })
  periods?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "Only each indicator's latest N periods among those the other filters select (1 to 100).",
  })
  latest?: number | null;
}
