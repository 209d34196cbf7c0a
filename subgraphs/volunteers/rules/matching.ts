import { complianceGaps, type RecordFacts, type Requirements } from './compliance.js';

/**
 * Scores how well a volunteer fits an opportunity, with a reason for every
 * criterion. Pure, so the ranking can be tested without a database.
 * Municipality and activity only rank; missing skills, no common availability,
 * missing compliance, an ended period or no places left make a pair ineligible.
 * Residence, wishes, skills and availability are the volunteer's personal profile: for a
 * caller without the full profile (`profile: false`) they are left out altogether, from the
 * reasons, the score and eligibility, so nothing derived says more than the caller may read.
 */
export type Criterion = 'municipality' | 'activity' | 'skills' | 'availability' | 'compliance' | 'period' | 'places';

interface Reason {
  criterion: Criterion;
  met: boolean;
  /** An unmet blocking criterion makes the pair ineligible. */
  blocking: boolean;
  detail: string;
}

export interface MatchResult {
  score: number;
  eligible: boolean;
  reasons: Reason[];
}

export interface VolunteerProfile {
  municipalityCode: string | null;
  activities: readonly string[];
  skills: readonly string[];
  availability: readonly string[];
}

export interface OpportunityProfile {
  municipalityCode: string;
  activity: string;
  requiredSkills: readonly string[];
  availability: readonly string[];
  requirements: Requirements;
  startDate: string;
  endDate: string | null;
  placesLeft: number;
}

export const WEIGHTS: Record<'municipality' | 'activity' | 'skills' | 'availability' | 'compliance', number> = {
  municipality: 30,
  activity: 25,
  skills: 20,
  availability: 15,
  compliance: 10,
};

export function match(
  v: VolunteerProfile,
  records: readonly RecordFacts[],
  o: OpportunityProfile,
  today: string,
  profile = true,
): MatchResult {
  const reasons: Reason[] = [];
  let score = 0;
  const add = (criterion: Criterion, met: boolean, blocking: boolean, detail: string, points = 0) => {
    reasons.push({ criterion, met, blocking: !met && blocking, detail });
    score += points;
  };

  if (profile) {
    const home = v.municipalityCode === o.municipalityCode;
    add(
      'municipality',
      home,
      false,
      home ? 'lives in the municipality of the opportunity' : 'lives elsewhere',
      home ? WEIGHTS.municipality : 0,
    );

    const wants = v.activities.includes(o.activity);
    add('activity', wants, false, wants ? `wants to do ${o.activity}` : `has not asked for ${o.activity}`, wants ? WEIGHTS.activity : 0);

    const missing = o.requiredSkills.filter((s) => !v.skills.includes(s));
    const skillShare = o.requiredSkills.length === 0 ? 1 : (o.requiredSkills.length - missing.length) / o.requiredSkills.length;
    add(
      'skills',
      missing.length === 0,
      true,
      missing.length === 0 ? 'has the skills needed' : `lacks ${missing.join(', ')}`,
      Math.round(WEIGHTS.skills * skillShare),
    );

    const common = o.availability.length === 0 ? ['any'] : o.availability.filter((a) => v.availability.includes(a));
    const available = common.length > 0;
    add(
      'availability',
      available,
      true,
      available ? `available (${common.join(', ')})` : `not available ${o.availability.join(' or ')}`,
      available ? WEIGHTS.availability : 0,
    );
  }

  // Compliance is judged on the day the work would start, or today if that is later.
  const on = o.startDate > today ? o.startDate : today;
  const gaps = complianceGaps(o.requirements, records, on);
  add(
    'compliance',
    gaps.length === 0,
    true,
    gaps.length === 0 ? 'meets the requirements' : gaps.join('; '),
    gaps.length === 0 ? WEIGHTS.compliance : 0,
  );

  const ended = o.endDate !== null && o.endDate < today;
  add('period', !ended, true, ended ? `ended on ${o.endDate}` : 'open');
  add('places', o.placesLeft > 0, true, o.placesLeft > 0 ? `${o.placesLeft} place(s) left` : 'no places left');

  return { score, eligible: reasons.every((r) => r.met || !r.blocking), reasons };
}

/** Eligible first, then by score; ties by key so the order is stable. */
export function rank<T>(items: readonly T[], result: (item: T) => MatchResult, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const ra = result(a);
    const rb = result(b);
    return Number(rb.eligible) - Number(ra.eligible) || rb.score - ra.score || key(a).localeCompare(key(b));
  });
}
