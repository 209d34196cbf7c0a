import { isCountyCode } from '../../common/municipalities.js';
import { LINE, activityProblem, check, optionalTextProblem, targetGroupProblem } from '../../common/validators.js';

const countyProblem = (code: string) => (isCountyCode(code) ? null : `"${code}" is not a county in the 2024 division`);

/** The codes and text both catalogue filters (organisations, services) may hold. */
interface CodedFilter {
  countyCode?: string | null;
  activity?: string | null;
  targetGroup?: string | null;
  search?: string | null;
}

/** Refuses codes that are not in the code lists, and a search that is no line of text, naming the filter field. */
export function checkFilter(filter: CodedFilter | null | undefined): void {
  // A search is one line of at most TEXT_LIMITS.line characters (a longer LIKE pattern makes SQLite give up).
  check('filter.search', optionalTextProblem(filter?.search, LINE));
  if (filter?.countyCode) check('filter.countyCode', countyProblem(filter.countyCode));
  if (filter?.activity) check('filter.activity', activityProblem(filter.activity));
  if (filter?.targetGroup) check('filter.targetGroup', targetGroupProblem(filter.targetGroup));
}

/** `countyCode` of the municipalities query: a county of the 2024 division, when given. */
export function checkCountyCode(countyCode: string | null): void {
  if (countyCode != null) check('countyCode', countyProblem(countyCode));
}
