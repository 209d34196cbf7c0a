/**
 * Synthetic volunteers (the sources describe no individuals, and real people do
 * not belong in seed data): names are invented, e-mails are @example.org. They
 * work for the organisations of the source documents, so the statistics have
 * something to count.
 */
export interface SeedTeam {
  organisation: string;
  municipalityCode: string;
  activity: string;
  size: number;
  hoursPerMonth: number;
}

export const SEED_TEAMS: SeedTeam[] = [
  { organisation: 'alta-frivilligsentral', municipalityCode: '5601', activity: 'meal_delivery', size: 8, hoursPerMonth: 6 },
  { organisation: 'alta-rode-kors', municipalityCode: '5601', activity: 'visiting_service', size: 4, hoursPerMonth: 4 },
  { organisation: 'kristiansund-rode-kors', municipalityCode: '1505', activity: 'meeting_place_mental_health', size: 3, hoursPerMonth: 5 },
  { organisation: 'tromso-rode-kors', municipalityCode: '5501', activity: 'nursing_home_volunteering', size: 6, hoursPerMonth: 4 },
  { organisation: 'termik', municipalityCode: '1824', activity: 'terminal_care_companionship', size: 5, hoursPerMonth: 8 },
  { organisation: 'bergen-rode-kors', municipalityCode: '4601', activity: 'refugee_guide', size: 7, hoursPerMonth: 6 },
];

export const FIRST_NAMES = ['Ingrid', 'Ola', 'Kari', 'Nils', 'Sunniva', 'Ahmed', 'Marit', 'Per', 'Aisha', 'Jon', 'Elin', 'Tor', 'Sara', 'Lars', 'Anne', 'Mats'];
export const LAST_NAMES = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Haugen', 'Berg'];

/** Years of seeded hours. */
export const SEED_YEARS = [2025, 2026];
