import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { AreaLevel } from '../enums.js';
import type { ObservationSelection } from './selection.js';

@ArgsType()
export class ObservationArgs extends ConnectionArgs implements ObservationSelection {
  @Field(() => [String], { nullable: true, description: 'Indicator codes; all the caller may see when absent.' })
  indicators?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Area codes: municipalities (4 digits), counties (2 digits) and "NO" for the whole country, side by side.' })
  areas?: string[] | null;

  @Field(() => AreaLevel, { nullable: true })
  areaLevel?: AreaLevel | null;

  @Field(() => [String], { nullable: true, description: 'Periods ("2026" or "2026-01-01/2026-06-30"); observations whose period lies within one of them.' })
  periods?: string[] | null;
}
