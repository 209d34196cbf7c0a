import { ArgsType, Field } from 'type-graphql';
import type { ObservationSelection } from '../services/selection.service.js';
import { IndicatorObservationArgs } from './indicator-observations.args.js';

@ArgsType()
export class ObservationArgs extends IndicatorObservationArgs implements ObservationSelection {
  @Field(() => [String], { nullable: true, description: 'Indicator codes; all the caller may see when absent.' })
  indicators?: string[] | null;
}
