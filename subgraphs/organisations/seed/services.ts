import type { ActivityCode, TargetGroupCode } from '../../common/taxonomy.js';

interface SeedService {
  slug: string;
  organisation: string;
  name: string;
  description: string;
  activities: ActivityCode[];
  targetGroups: TargetGroupCode[];
  municipalities: string[];
  location?: string;
  eligibility?: string;
}

/** Services named in the source documents (TFoU table of seven municipalities; the Haugesund and Bergen examples). */
export const SEED_SERVICES: SeedService[] = [
  {
    slug: 'alta-matombringing',
    organisation: 'alta-frivilligsentral',
    name: 'Matombringing i Alta',
    description: 'Frivilligsentralen bringer mat hjem til eldre; initiert av pensjonistforeningen, med Røde Kors, Lions og bridgeklubben.',
    activities: ['meal_delivery', 'volunteer_centre'],
    targetGroups: ['home_dwelling_elderly'],
    municipalities: ['5601'],
  },
  {
    slug: 'kristiansund-treffsted',
    organisation: 'kristiansund-rode-kors',
    name: 'Treffsted for psykisk syke',
    description: 'Treffsted drevet av Røde Kors i samarbeid med Kristiansund kommune; avtale med formelle møter i oppstarten.',
    activities: ['meeting_place_mental_health'],
    targetGroups: ['mental_illness'],
    municipalities: ['1505'],
  },
  {
    slug: 'levanger-sykehjem',
    organisation: 'levanger-sanitetsforening',
    name: 'Frivillig arbeid på sykehjem',
    description: 'Sanitetsforeningen, bygdekvinnelaget og Rotary på sykehjemmene, inkludert matombringing.',
    activities: ['nursing_home_volunteering', 'meal_delivery'],
    targetGroups: ['elderly_in_institutions'],
    municipalities: ['5037'],
    location: 'Sykehjemmene i Levanger',
  },
  {
    slug: 'strand-trivselstiltak',
    organisation: 'livsglede-for-eldre-strand',
    name: 'Trivselstiltak for eldre',
    description: 'Sosiale arrangement og turer for eldre, startet av lærere på Strand vgs og Livsglede for eldre.',
    activities: ['social_activities'],
    targetGroups: ['elderly_in_institutions', 'home_dwelling_elderly'],
    municipalities: ['1130'],
  },
  {
    slug: 'termik-terminalpleie',
    organisation: 'termik',
    name: 'Følge og pleie av terminale pasienter',
    description: 'Frivillige følger alvorlig syke og døende, i tett samarbeid med Vefsn kommune formalisert i skriftlige avtaler.',
    activities: ['terminal_care_companionship'],
    targetGroups: ['terminally_ill', 'family_caregivers'],
    municipalities: ['1824'],
  },
  {
    slug: 'haugesund-bo-og-omsorg',
    organisation: 'frelsesarmeen-haugesund',
    name: 'Bo- og omsorgstilbud for rusmiddelbrukere',
    description: 'Nybygd og ombygd boligkompleks med godt botilbud for 15 brukere med behov for tett oppfølging.',
    activities: ['housing_follow_up'],
    targetGroups: ['substance_users'],
    municipalities: ['1106'],
    eligibility: 'Rusmiddelbrukere med behov for tett oppfølging; 15 plasser.',
  },
  {
    slug: 'bergen-flyktningguide',
    organisation: 'bergen-rode-kors',
    name: 'Røde Kors Flyktningguide',
    description:
      'Kobler flyktninger som har fått opphold i Norge med en frivillig guide som orienterer om samfunnet og er bindeledd til lokalmiljøet.',
    activities: ['refugee_guide'],
    targetGroups: ['refugees'],
    municipalities: ['4601'],
    eligibility: 'Flyktninger som har fått opphold i Norge.',
  },
];
