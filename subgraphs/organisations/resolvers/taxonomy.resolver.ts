import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ACTIVITIES, TARGET_GROUPS, isActivityCode, isTargetGroupCode } from '../../common/taxonomy.js';

@ObjectType({ description: 'A code of the shared activity or target-group taxonomy.' })
export class TaxonomyTerm {
  @Field(() => ID, { description: 'Stable identity for client caches: `activity:<code>` or `target-group:<code>`.' }) id!: string;
  @Field(() => String, { description: 'Stable code, used in filters and inputs.' }) code!: string;
  @Field(() => String, { description: 'Norwegian name.' }) nameNb!: string;
  @Field(() => String, { description: 'English name.' }) nameEn!: string;
}

const term = (kind: 'activity' | 'target-group', code: string, names: { nb: string; en: string }): TaxonomyTerm => ({
  id: `${kind}:${code}`,
  code,
  nameNb: names.nb,
  nameEn: names.en,
});

export const activityTerms = (codes: string[]) => codes.filter(isActivityCode).map((code) => term('activity', code, ACTIVITIES[code]));
export const targetGroupTerms = (codes: string[]) =>
  codes.filter(isTargetGroupCode).map((code) => term('target-group', code, TARGET_GROUPS[code]));

@Resolver()
export class TaxonomyResolver {
  @Directive('@listSize(assumedSize: 15)')
  @Query(() => [TaxonomyTerm], { description: 'The activity taxonomy (besøkstjeneste, matombringing, flyktningguide …).' })
  activities(): TaxonomyTerm[] {
    return activityTerms(Object.keys(ACTIVITIES));
  }

  @Directive('@listSize(assumedSize: 15)')
  @Query(() => [TaxonomyTerm], { description: 'The target-group taxonomy.' })
  targetGroups(): TaxonomyTerm[] {
    return targetGroupTerms(Object.keys(TARGET_GROUPS));
  }
}
