import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { ACTIVITIES, TARGET_GROUPS, isActivityCode, isTargetGroupCode } from '../../common/taxonomy.js';

@ObjectType({ description: 'A code of the shared activity or target-group taxonomy.' })
export class TaxonomyTerm {
  @Field(() => String, { description: 'Stable code, used in filters and inputs.' }) code!: string;
  @Field(() => String, { description: 'Norwegian name.' }) nameNb!: string;
  @Field(() => String, { description: 'English name.' }) nameEn!: string;
}

const term = (code: string, names: { nb: string; en: string }): TaxonomyTerm => ({ code, nameNb: names.nb, nameEn: names.en });

export const activityTerms = (codes: string[]) => codes.filter(isActivityCode).map((code) => term(code, ACTIVITIES[code]));
export const targetGroupTerms = (codes: string[]) => codes.filter(isTargetGroupCode).map((code) => term(code, TARGET_GROUPS[code]));

@Resolver()
export class TaxonomyResolver {
  @Query(() => [TaxonomyTerm], { description: 'The activity taxonomy (besøkstjeneste, matombringing, flyktningguide …).' })
  activities(): TaxonomyTerm[] {
    return activityTerms(Object.keys(ACTIVITIES));
  }

  @Query(() => [TaxonomyTerm], { description: 'The target-group taxonomy.' })
  targetGroups(): TaxonomyTerm[] {
    return targetGroupTerms(Object.keys(TARGET_GROUPS));
  }
}
