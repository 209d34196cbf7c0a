/**
 * Synthetic volunteers (the sources describe no individuals, and real people do
 * not belong in seed data): names are invented, e-mails are @example.org. They
 * work for the organisations of the source documents under the seeded
 * agreements, so the statistics and the compliance lists have something to show.
 */
export interface SeedTeam {
  organisation: string;
  agreement: string;
  municipalityCode: string;
  activity: string;
  place: string;
  size: number;
  hoursPerMonth: number;
  policeCertificate: boolean;
  confidentiality: boolean;
  courses: string[];
}

export const SEED_TEAMS: SeedTeam[] = [
  {
    organisation: 'alta-frivilligsentral',
    agreement: 'alta-frivilligsentral',
    municipalityCode: '5601',
    activity: 'meal_delivery',
    place: 'Alta frivilligsentral',
    size: 8,
    hoursPerMonth: 6,
    policeCertificate: false,
    confidentiality: false,
    courses: [],
  },
  {
    organisation: 'alta-rode-kors',
    agreement: 'alta-frivilligsentral',
    municipalityCode: '5601',
    activity: 'visiting_service',
    place: 'Hjemmeboende eldre i Alta',
    size: 4,
    hoursPerMonth: 4,
    policeCertificate: false,
    confidentiality: true,
    courses: [],
  },
  {
    organisation: 'kristiansund-rode-kors',
    agreement: 'kristiansund-treffsted',
    municipalityCode: '1505',
    activity: 'meeting_place_mental_health',
    place: 'Treffstedet i Kristiansund',
    size: 3,
    hoursPerMonth: 5,
    policeCertificate: false,
    confidentiality: true,
    courses: [],
  },
  {
    organisation: 'tromso-rode-kors',
    agreement: 'tromso-sykehjem',
    municipalityCode: '5501',
    activity: 'nursing_home_volunteering',
    place: 'Sykehjem i Tromsø kommune',
    size: 6,
    hoursPerMonth: 4,
    policeCertificate: true,
    confidentiality: true,
    courses: [],
  },
  {
    organisation: 'termik',
    agreement: 'vefsn-termik',
    municipalityCode: '1824',
    activity: 'terminal_care_companionship',
    place: 'Vefsn (Termik)',
    size: 5,
    hoursPerMonth: 8,
    policeCertificate: true,
    confidentiality: true,
    courses: ['termik_grunnopplaering'],
  },
  {
    organisation: 'bergen-rode-kors',
    agreement: 'bergen-flyktningguide',
    municipalityCode: '4601',
    activity: 'refugee_guide',
    place: 'Bergen',
    size: 7,
    hoursPerMonth: 6,
    policeCertificate: false,
    confidentiality: true,
    courses: ['flyktningguide_kurs'],
  },
];

export const FIRST_NAMES = [
  'Ingrid',
  'Ola',
  'Kari',
  'Nils',
  'Sunniva',
  'Ahmed',
  'Marit',
  'Per',
  'Aisha',
  'Jon',
  'Elin',
  'Tor',
  'Sara',
  'Lars',
  'Anne',
  'Mats',
];
export const LAST_NAMES = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Haugen',
  'Berg',
];
export const AVAILABILITY = [['weekday_daytime'], ['weekday_evening', 'weekend'], ['weekday_daytime', 'weekend']];

/** Years of seeded hours (2026 up to October). */
export const SEED_YEARS = [2025, 2026];

interface SeedOpportunity {
  slug: string;
  title: string;
  description: string;
  /** Publishing organisation; absent when the municipality publishes. */
  organisation?: string;
  agreement: string;
  municipalityCode: string;
  activity: string;
  place: string;
  places: number;
  startDate: string;
  endDate?: string;
  policeCertificate: boolean;
  confidentiality: boolean;
  courses: string[];
  skills: string[];
  availability: string[];
}

/** Needs from the sources ("kartlegging av behov for frivillig innsats"). */
export const SEED_OPPORTUNITIES: SeedOpportunity[] = [
  {
    slug: 'tromso-sykehjem-frivillige',
    title: 'Frivillige inn i sykehjemmet',
    municipalityCode: '5501',
    agreement: 'tromso-sykehjem',
    activity: 'nursing_home_volunteering',
    place: 'Sykehjem i Tromsø kommune',
    places: 10,
    startDate: '2026-01-01',
    policeCertificate: true,
    confidentiality: true,
    courses: [],
    skills: [],
    availability: ['weekday_daytime', 'weekend'],
    description: 'Kommunen søker frivillige til sykehjemmet; koordinator for de frivillige er ansatt på sykehjemmet. Kilde: TFoU (Tromsø).',
  },
  {
    slug: 'bergen-flyktningguide',
    title: 'Flyktningguide',
    organisation: 'bergen-rode-kors',
    municipalityCode: '4601',
    agreement: 'bergen-flyktningguide',
    activity: 'refugee_guide',
    place: 'Bergen',
    places: 15,
    startDate: '2026-01-01',
    policeCertificate: false,
    confidentiality: true,
    courses: ['flyktningguide_kurs'],
    skills: [],
    availability: ['weekday_evening', 'weekend'],
    description:
      'Flyktningguiden kobler flyktninger som har fått opphold med en frivillig guide som orienterer om samfunnet og er bindeledd til lokalmiljøet. Kilde: Husbanken.',
  },
  {
    slug: 'vefsn-termik-folge',
    title: 'Følge for alvorlig syke og døende',
    organisation: 'termik',
    municipalityCode: '1824',
    agreement: 'vefsn-termik',
    activity: 'terminal_care_companionship',
    place: 'Vefsn',
    places: 6,
    startDate: '2026-01-01',
    policeCertificate: true,
    confidentiality: true,
    courses: ['termik_grunnopplaering'],
    skills: [],
    availability: [],
    description: 'Termik søker frivillige til å være hos terminale pasienter, i tett samarbeid med kommunen. Kilde: TFoU (Vefsn).',
  },
  {
    slug: 'alta-matombringing',
    title: 'Sjåfør til matombringing',
    organisation: 'alta-frivilligsentral',
    municipalityCode: '5601',
    agreement: 'alta-frivilligsentral',
    activity: 'meal_delivery',
    place: 'Alta frivilligsentral',
    places: 4,
    startDate: '2026-01-01',
    policeCertificate: false,
    confidentiality: false,
    courses: [],
    skills: ['driving_licence'],
    availability: ['weekday_daytime'],
    description: 'Frivilligsentralen bringer mat til hjemmeboende eldre og trenger sjåfører. Kilde: TFoU (Alta).',
  },
];
