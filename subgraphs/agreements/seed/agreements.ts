import { AgreementStatus as S, AgreementType as T, CommitmentKind as K, Initiator as I, Side } from '../enums.js';

/** A commitment the source states; amounts the source does not give stay null. */
interface SeedCommitment {
  side: Side;
  kind: K;
  description: string;
  quantity?: number;
  unit?: string;
}

const M = Side.MUNICIPALITY;
const O = Side.ORGANISATION;

interface SeedAgreement {
  slug: string;
  title: string;
  description: string;
  municipalityCode: string;
  parties: string[];
  type: T;
  formal: boolean;
  initiatedBy: I;
  status: S;
  activities: string[];
  targetGroups: string[];
  startDate?: string;
  commitments?: SeedCommitment[];
}

const TFOU =
  'Kilde: TFoU, Samarbeid mellom kommuner og frivillig sektor på pleie- og omsorgsfeltet i et distriktsperspektiv (intervjustudie i 7 kommuner).';

/** The forms of cooperation in the TFoU table, and the Husbanken examples from Bergen and Haugesund. Dates the sources do not give are left empty. */
export const SEED_AGREEMENTS: SeedAgreement[] = [
  {
    slug: 'alta-frivilligsentral',
    title: 'Alta frivilligsentral, inkl. matombringing',
    municipalityCode: '5601',
    parties: ['alta-frivilligsentral', 'alta-rode-kors', 'lions-club-alta', 'alta-bridgeklubb'],
    type: T.INFORMAL_COOPERATION,
    formal: false,
    initiatedBy: I.ORGANISATION,
    status: S.ACTIVE,
    activities: ['volunteer_centre', 'meal_delivery'],
    targetGroups: ['home_dwelling_elderly'],
    description: `Frivilligsentral inkl. matombringing, initiert av Pensjonistforeningen. Samarbeid på organisasjonsnivå gjennom styret for frivilligsentralen. ${TFOU}`,
    commitments: [
      { side: O, kind: K.COORDINATION, description: 'Samarbeidet organiseres gjennom styret for frivilligsentralen.' },
      { side: O, kind: K.ACTIVITIES, description: 'Frivilligsentral med matombringing.' },
    ],
  },
  {
    slug: 'kristiansund-treffsted',
    title: 'Treffsted for psykisk syke',
    municipalityCode: '1505',
    parties: ['kristiansund-rode-kors'],
    type: T.COLLABORATION_AGREEMENT,
    formal: true,
    initiatedBy: I.JOINT,
    status: S.ACTIVE,
    activities: ['meeting_place_mental_health'],
    targetGroups: ['mental_illness'],
    description: `Avtale med Røde Kors; formelle møter i oppstart, deretter uformell kontakt. Initiert av kommunen og ildsjeler med tilknytning til både kommune og Røde Kors. ${TFOU}`,
    commitments: [{ side: O, kind: K.ACTIVITIES, description: 'Røde Kors driver treffstedet for psykisk syke.' }],
  },
  {
    slug: 'levanger-sykehjem',
    title: 'Frivillig arbeid på sykehjem, inkl. matombringing',
    municipalityCode: '5037',
    parties: ['levanger-sanitetsforening', 'levanger-bygdekvinnelag', 'levanger-rotary'],
    type: T.INFORMAL_COOPERATION,
    formal: false,
    initiatedBy: I.ORGANISATION,
    status: S.ACTIVE,
    activities: ['nursing_home_volunteering', 'meal_delivery'],
    targetGroups: ['elderly_in_institutions'],
    description: `Langvarig samarbeid med enhetsleder, ikke formelle avtaler. Initiert av Sanitetsforeningen for rundt 27 år siden; tiltakene har pågått så lenge sykehjemmene har vært i drift. ${TFOU}`,
    commitments: [
      {
        side: O,
        kind: K.VOLUNTEERS,
        description: 'Frivillige fra Sanitetsforeningen, Bygdekvinnelaget og Rotary på sykehjemmene, inkl. matombringing.',
      },
    ],
  },
  {
    slug: 'nissedal-frivilligsentral',
    title: 'Nissedal frivilligsentral',
    municipalityCode: '4030',
    parties: [
      'nissedal-frivilligsentral',
      'frikirken-nissedal',
      'nissedal-sanitetsforening',
      'nissedal-idrettslag',
      'nissedal-pensjonistforening',
    ],
    type: T.COLLABORATION_AGREEMENT,
    formal: true,
    initiatedBy: I.JOINT,
    status: S.ACTIVE,
    activities: ['volunteer_centre'],
    targetGroups: ['home_dwelling_elderly'],
    description: `Politisk initiativ i samarbeid med frivillige lag og organisasjoner. Daglig leder gjør samarbeidsavtaler med frivillige lag og foreninger. ${TFOU}`,
    commitments: [
      {
        side: O,
        kind: K.COORDINATION,
        description: 'Daglig leder av frivilligsentralen gjør samarbeidsavtaler med frivillige lag og foreninger.',
      },
    ],
  },
  {
    slug: 'strand-trivselstiltak',
    title: 'Trivselstiltak for eldre: sosiale arrangement og turer',
    municipalityCode: '1130',
    parties: ['livsglede-for-eldre-strand'],
    type: T.INFORMAL_COOPERATION,
    formal: false,
    initiatedBy: I.JOINT,
    status: S.ACTIVE,
    activities: ['social_activities'],
    targetGroups: ['elderly_in_institutions', 'home_dwelling_elderly'],
    description: `Initiert av lærere på Strand vgs og Livsglede for eldre. Møter mellom kommunen og organisasjonen i oppstarten, deretter uformell kontakt. ${TFOU}`,
    commitments: [{ side: O, kind: K.ACTIVITIES, description: 'Sosiale arrangement og turer for eldre.' }],
  },
  {
    slug: 'tromso-sykehjem',
    title: 'Frivillige inn i sykehjemmet',
    municipalityCode: '5501',
    parties: ['tromso-rode-kors', 'tromso-skolekorps'],
    type: T.INFORMAL_COOPERATION,
    formal: false,
    initiatedBy: I.MUNICIPALITY,
    status: S.ACTIVE,
    activities: ['nursing_home_volunteering'],
    targetGroups: ['elderly_in_institutions'],
    description: `Initiert av kommunen; koordinator for de frivillige ansatt på sykehjemmet. ${TFOU}`,
    commitments: [
      { side: M, kind: K.EMPLOYED_COORDINATOR, description: 'Koordinator for de frivillige ansatt på sykehjemmet.' },
      { side: O, kind: K.VOLUNTEERS, description: 'Frivillige fra Røde Kors og skolekorps i sykehjemmet.' },
    ],
  },
  {
    slug: 'vefsn-termik',
    title: 'Pleie av terminale pasienter',
    municipalityCode: '1824',
    parties: ['termik'],
    type: T.COLLABORATION_AGREEMENT,
    formal: true,
    initiatedBy: I.ENTHUSIAST,
    status: S.ACTIVE,
    activities: ['terminal_care_companionship'],
    targetGroups: ['terminally_ill'],
    description: `Tett samarbeid mellom kommunen og Termik, formalisert i skriftlige avtaler. Initiert av en ildsjel, en sykepleier ansatt i kommunen. ${TFOU}`,
    commitments: [{ side: O, kind: K.VOLUNTEERS, description: 'Frivillige i Termik følger og pleier terminale pasienter.' }],
  },
  {
    slug: 'bergen-flyktningguide',
    title: 'Røde Kors Flyktningguide',
    municipalityCode: '4601',
    parties: ['bergen-rode-kors'],
    type: T.COLLABORATION_AGREEMENT,
    formal: true,
    initiatedBy: I.ORGANISATION,
    status: S.ACTIVE,
    activities: ['refugee_guide'],
    targetGroups: ['refugees'],
    description:
      'Samarbeidsavtale om Flyktningguiden: Røde Kors stiller med frivillige guider, og kommunen dekker lønn til koordinator og andre kostnader. Kilde: Husbanken, Samarbeid offentlig – frivillige/privat.',
    commitments: [
      { side: M, kind: K.EMPLOYED_COORDINATOR, description: 'Kommunen dekker lønn til koordinator.' },
      { side: M, kind: K.FUNDING, description: 'Kommunen dekker andre kostnader (beløp ikke oppgitt i kilden).' },
      { side: O, kind: K.VOLUNTEERS, description: 'Røde Kors stiller med frivillige guider.' },
    ],
  },
  {
    slug: 'haugesund-frelsesarmeen-bolig',
    title: 'Frelsesarmeens bo- og omsorgssenter',
    municipalityCode: '1106',
    parties: ['frelsesarmeen-haugesund'],
    type: T.COLLABORATION_AGREEMENT,
    formal: true,
    initiatedBy: I.ORGANISATION,
    status: S.ACTIVE,
    activities: ['housing_follow_up'],
    targetGroups: ['substance_users'],
    description:
      'Boligkompleks for rusmiddelbrukere med godt botilbud for 15 brukere med behov for tett oppfølging; reduserer antall bostedsløse og er i tråd med kommunens boligsosiale handlingsplan. Kilde: Husbanken, Samarbeid offentlig – frivillige/privat.',
    commitments: [
      {
        side: O,
        kind: K.ACTIVITIES,
        description: 'Botilbud med tett oppfølging for rusmiddelbrukere i nybygd og ombygd boligkompleks.',
        quantity: 15,
        unit: 'beboere',
      },
    ],
  },
];
