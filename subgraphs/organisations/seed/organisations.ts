import { OrganisationGrouping as G, OrganisationKind as K } from '../enums.js';

interface SeedOrganisation {
  slug: string;
  name: string;
  kind: K;
  grouping?: G;
  parent?: string;
  orgNumber?: string;
  municipalities?: string[];
  description?: string;
  website?: string;
}

const TFOU =
  'TFoU (Solbjør, Johansen, Kleiven): Samarbeid mellom kommuner og frivillig sektor på pleie- og omsorgsfeltet i et distriktsperspektiv';

/**
 * Organisations named in the source documents (shared/seeds): the national bodies,
 * the local chapters and groups in the TFoU table of seven municipalities, and the
 * Haugesund and Bergen examples. Org numbers are given only where verified; the
 * Brønnøysund import fills in the rest.
 */
export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  {
    slug: 'norges-rode-kors',
    name: 'Norges Røde Kors',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    orgNumber: '864139442',
    website: 'https://www.rodekors.no',
  },
  {
    slug: 'norske-kvinners-sanitetsforening',
    name: 'Norske Kvinners Sanitetsforening',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
  },
  { slug: 'norges-bygdekvinnelag', name: 'Norges Bygdekvinnelag', kind: K.VOLUNTARY_ORGANISATION, grouping: G.SMAASKALAFRIVILLIGHET },
  { slug: 'lions-norge', name: 'Lions Norge', kind: K.VOLUNTARY_ORGANISATION, grouping: G.SMAASKALAFRIVILLIGHET },
  { slug: 'rotary-norge', name: 'Rotary Norge', kind: K.VOLUNTARY_ORGANISATION, grouping: G.SMAASKALAFRIVILLIGHET },
  {
    slug: 'livsglede-for-eldre',
    name: 'Livsglede for Eldre',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SOSIAL_INNOVASJON,
    description: 'Trivselstiltak for eldre: sosiale arrangement og turer.',
  },
  { slug: 'frelsesarmeen', name: 'Frelsesarmeen', kind: K.NON_PROFIT_WELFARE_PROVIDER, grouping: G.IDEELL_VELFERDSPRODUKSJON },
  {
    slug: 'kirkens-bymisjon',
    name: 'Kirkens Bymisjon',
    kind: K.NON_PROFIT_WELFARE_PROVIDER,
    grouping: G.IDEELL_VELFERDSPRODUKSJON,
    description: 'Ideell og frivillig organisasjon som også løser oppgaver for det offentlige mot betaling.',
  },

  // Alta: frivilligsentral incl. meal delivery, initiated by the pensioners' association.
  {
    slug: 'alta-frivilligsentral',
    name: 'Alta frivilligsentral',
    kind: K.VOLUNTEER_CENTRE,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['5601'],
    description: `Frivilligsentral, inkl. matombringing. Samarbeid på organisasjonsnivå gjennom styret for frivilligsentralen. Kilde: ${TFOU}.`,
  },
  {
    slug: 'alta-rode-kors',
    name: 'Alta Røde Kors',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'norges-rode-kors',
    municipalities: ['5601'],
  },
  {
    slug: 'lions-club-alta',
    name: 'Lions Club Alta',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'lions-norge',
    municipalities: ['5601'],
  },
  {
    slug: 'alta-bridgeklubb',
    name: 'Alta Bridgeklubb',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['5601'],
  },
  {
    slug: 'alta-pensjonistforening',
    name: 'Alta Pensjonistforening',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['5601'],
    description: 'Tok initiativ til frivilligsentralen i Alta.',
  },

  // Kristiansund: meeting place for people with mental illness.
  {
    slug: 'kristiansund-rode-kors',
    name: 'Kristiansund Røde Kors',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'norges-rode-kors',
    municipalities: ['1505'],
    description: 'Treffsted for psykisk syke, i samarbeid med Kristiansund kommune.',
  },

  // Levanger: volunteering in nursing homes incl. meal delivery, no formal agreements.
  {
    slug: 'levanger-sanitetsforening',
    name: 'Levanger Sanitetsforening',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'norske-kvinners-sanitetsforening',
    municipalities: ['5037'],
    description: 'Frivillig arbeid på sykehjem, inkl. matombringing, så lenge sykehjemmene har vært i drift.',
  },
  {
    slug: 'levanger-bygdekvinnelag',
    name: 'Levanger Bygdekvinnelag',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'norges-bygdekvinnelag',
    municipalities: ['5037'],
  },
  {
    slug: 'levanger-rotary',
    name: 'Levanger Rotary Klubb',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'rotary-norge',
    municipalities: ['5037'],
  },

  // Nissedal: frivilligsentral whose manager makes agreements with local clubs.
  {
    slug: 'nissedal-frivilligsentral',
    name: 'Nissedal frivilligsentral',
    kind: K.VOLUNTEER_CENTRE,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['4030'],
    description: 'Daglig leder gjør samarbeidsavtaler med frivillige lag og foreninger.',
  },
  {
    slug: 'frikirken-nissedal',
    name: 'Frikirken i Nissedal',
    kind: K.FAITH_COMMUNITY,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['4030'],
  },
  {
    slug: 'nissedal-sanitetsforening',
    name: 'Nissedal Sanitetsforening',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'norske-kvinners-sanitetsforening',
    municipalities: ['4030'],
  },
  {
    slug: 'nissedal-idrettslag',
    name: 'Nissedal idrettslag',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['4030'],
  },
  {
    slug: 'nissedal-pensjonistforening',
    name: 'Nissedal pensjonistforening',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['4030'],
  },

  // Strand: social events and trips for the elderly.
  {
    slug: 'livsglede-for-eldre-strand',
    name: 'Livsglede for Eldre Strand',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SOSIAL_INNOVASJON,
    parent: 'livsglede-for-eldre',
    municipalities: ['1130'],
    description: 'Trivselstiltak for eldre, spesielt sosiale arrangement og turer; startet av lærere på Strand vgs.',
  },

  // Tromsø: volunteers in the nursing home, with a coordinator employed there.
  {
    slug: 'tromso-rode-kors',
    name: 'Tromsø Røde Kors',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'norges-rode-kors',
    municipalities: ['5501'],
  },
  {
    slug: 'tromso-skolekorps',
    name: 'Skolekorps i Tromsø',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['5501'],
    description: 'Skolekorps som spiller for beboere på sykehjem.',
  },

  // Vefsn: care for terminally ill patients.
  {
    slug: 'termik',
    name: 'Termik',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    municipalities: ['1824'],
    description:
      'Pleie av terminale pasienter. Startet av en ildsjel, en sykepleier ansatt i kommunen; tett samarbeid med Vefsn kommune formalisert i skriftlige avtaler.',
  },

  // Haugesund: Frelsesarmeen's housing for 15 residents with substance use problems.
  {
    slug: 'frelsesarmeen-haugesund',
    name: 'Frelsesarmeens bo- og omsorgssenter Haugesund',
    kind: K.NON_PROFIT_WELFARE_PROVIDER,
    grouping: G.IDEELL_VELFERDSPRODUKSJON,
    parent: 'frelsesarmeen',
    municipalities: ['1106'],
    description: 'Nybygd og ombygd boligkompleks for rusmiddelbrukere: godt botilbud for 15 brukere med behov for tett oppfølging.',
  },

  // Bergen: Røde Kors Flyktningguide.
  {
    slug: 'bergen-rode-kors',
    name: 'Bergen Røde Kors',
    kind: K.VOLUNTARY_ORGANISATION,
    grouping: G.SMAASKALAFRIVILLIGHET,
    parent: 'norges-rode-kors',
    municipalities: ['4601'],
    description: 'Røde Kors Flyktningguide kobler flyktninger som har fått opphold med en frivillig guide.',
  },
];

/** Municipalities whose volunteer policy the sources describe. */
export const SEED_POLICIES: { code: string; note: string }[] = [
  { code: '1108', note: 'Sandnes kommune har en egen strategi for frivillighet (Husbanken: Samarbeid offentlig – frivillige/privat).' },
];

const TFOU_PROJECT =
  'TFoU (2012): Samarbeid mellom kommuner og frivillig sektor på pleie- og omsorgsfeltet i et distriktsperspektiv – intervjustudie';
const OFFRI_PROJECT =
  'OFFRI: Modeller for samarbeid mellom offentlig og frivillig sektor (Agderforskning, med TFoU og MIDTLab) – partnerkommune';

/** Municipalities that took part in the research projects of the source documents. */
export const SEED_RESEARCH_PROJECTS: { code: string; project: string }[] = [
  ...['5601', '1505', '5037', '4030', '1130', '5501', '1824'].map((code) => ({ code, project: TFOU_PROJECT })),
  ...['5006', '4203'].map((code) => ({ code, project: OFFRI_PROJECT })),
];
