import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { AreaLevel } from '../enums.js';
import type { ObservationSelection } from './selection.js';

/** The `observations` filters less `indicators`, for Indicator.observations. */
@ArgsType()
export class IndicatorObservationArgs extends ConnectionArgs implements Omit<ObservationSelection, 'indicators'> {
  @Field(() => [String], { nullable: true, description: 'Area codes: municipalities, counties and "NO", side by side.' })
  areas?: string[] | null;

  @Field(() => AreaLevel, { nullable: true })
  areaLevel?: AreaLevel | null;

  @Field(() => [String], { nullable: true, description: 'Periods; observations whose period lies within one of them.' })
  periods?: string[] | null;
}
