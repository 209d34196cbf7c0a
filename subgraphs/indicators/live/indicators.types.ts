import type { IndicatorDefinition, SourceRef } from '../rules/definitions.js';
import { POPULATION_CODE } from '../rules/population.js';

/** Agreement types of the agreements subgraph (enum AgreementType), each counted as its own indicator. */
export const AGREEMENT_TYPES = [
  'COLLABORATION_AGREEMENT',
  'SERVICE_CONTRACT',
  'OPERATING_GRANT',
  'PROJECT_GRANT',
  'INFORMAL_COOPERATION',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

const SAMSPILL: SourceRef = {
  publication:
    'Samspill: beregnet fra grafen (avtaler, frivillige timer og kommuneregister), lagret per periode av `npm run indicators:snapshot`',
  year: null,
  url: null,
};

type Live = Omit<IndicatorDefinition, 'source'>;

const TYPE_NAMES: Record<AgreementType, [nb: string, en: string]> = {
  COLLABORATION_AGREEMENT: ['samarbeidsavtaler', 'collaboration agreements'],
  SERVICE_CONTRACT: ['tjenestekontrakter etter anbud', 'service contracts won by tender'],
  OPERATING_GRANT: ['driftsstøtteavtaler', 'operating grants'],
  PROJECT_GRANT: ['prosjektstøtteavtaler', 'project grants'],
  INFORMAL_COOPERATION: ['uformelle, dialogbaserte samarbeid', 'informal, dialogue-based cooperations'],
};

const MISSING_AGREEMENTS = 'En kommune uten noen avtale i grafen har status mangler (..), ikke 0.';
const TOTALS =
  'Fylke og land er summen av kommunene; mangler eller er prikket noen av dem, er summen ukjent: da har fylket eller landet samme status (prikket går foran mangler) og summen av de kjente som nedre grense (low).';
const AGREEMENT_METHOD = `Aktive avtaler (status ACTIVE) i grafen da øyeblikksbildet ble tatt, som tjenestekontoen ser dem (offentlige avtaler). ${MISSING_AGREEMENTS} ${TOTALS}`;

export const agreementIndicatorCode = (type: AgreementType) => `agreements_${type.toLowerCase()}`;

const agreementIndicators: Live[] = [
  {
    code: 'agreements_total',
    nameNb: 'Aktive avtaler med frivillig sektor',
    nameEn: 'Active agreements with the voluntary sector',
    description:
      'Aktive samarbeidsavtaler, kontrakter, tilskudd og uformelle samarbeid mellom kommunen og frivillige organisasjoner, alle typer.',
    unit: 'antall',
    unitEn: 'count',
    decimals: 0,
    topic: 'agreements',
    method: AGREEMENT_METHOD,
  },
  ...AGREEMENT_TYPES.map((type) => {
    const [nb, en] = TYPE_NAMES[type];
    return {
      code: agreementIndicatorCode(type),
      nameNb: `Aktive ${nb}`,
      nameEn: `Active ${en}`,
      description: `Aktive ${nb} mellom kommunen og frivillige organisasjoner.`,
      unit: 'antall',
      unitEn: 'count',
      decimals: 0,
      topic: 'agreements',
      method: AGREEMENT_METHOD,
    };
  }),
];

const counted: Live[] = [
  ...agreementIndicators,
  {
    code: 'municipal_funding_voluntary',
    nameNb: 'Kommunal finansiering av frivillige organisasjoner',
    nameEn: 'Annual municipal funding to voluntary organisations',
    description: 'Kommunal finansiering (NOK) tildelt frivillige organisasjoner for året gjennom kommunens avtaler.',
    unit: 'NOK',
    unitEn: 'NOK',
    decimals: 0,
    topic: 'funding',
    method: `Municipality.agreementStats(year).fundingAwardedNok: tildelt for året over avtalene tjenestekontoen ser. ${MISSING_AGREEMENTS} ${TOTALS}`,
  },
  {
    code: 'municipal_funding_disbursed',
    nameNb: 'Utbetalt kommunal finansiering til frivillige organisasjoner',
    nameEn: 'Municipal funding disbursed to voluntary organisations',
    description:
      'Kommunal finansiering (NOK) utbetalt til frivillige organisasjoner i året gjennom kommunens avtaler; for et år som pågår, utbetalt så langt.',
    unit: 'NOK',
    unitEn: 'NOK',
    decimals: 0,
    topic: 'funding',
    method: `Municipality.agreementStats(year).fundingDisbursedNok. ${MISSING_AGREEMENTS} ${TOTALS}`,
  },
  {
    code: 'volunteer_hours',
    nameNb: 'Frivillige timer',
    nameEn: 'Volunteer hours',
    description: 'Godkjente frivillige timer i kommunen i året.',
    unit: 'timer',
    unitEn: 'hours',
    decimals: 0,
    topic: 'volunteering',
    method: `Municipality.volunteerStats(year). Celler med færre frivillige enn terskelen er prikket (:). En kommune der ingen organisasjon har rapportert frivillige med godkjente timer i året, har status mangler (..), ikke 0. ${TOTALS}`,
  },
  {
    code: 'volunteer_fte',
    nameNb: 'Frivillige årsverk',
    nameEn: 'Volunteer full-time equivalents',
    description: 'Godkjente frivillige timer i året omregnet til årsverk (1 695 timer per årsverk som standard).',
    unit: 'årsverk',
    unitEn: 'full-time equivalents',
    decimals: 2,
    topic: 'volunteering',
    method: `Municipality.volunteerStats(year).fullTimeEquivalents, prikket og manglende som timene. ${TOTALS}`,
  },
  {
    code: 'volunteer_policy',
    nameNb: 'Kommuner med egen frivillighetspolitikk',
    nameEn: 'Municipalities with their own volunteer policy',
    description: 'For en kommune 1 om den har vedtatt egen frivillighetspolitikk, ellers 0; for fylke og land antallet slike kommuner.',
    unit: 'antall',
    unitEn: 'count',
    decimals: 0,
    topic: 'policy',
    method: 'Municipality.hasVolunteerPolicy da øyeblikksbildet ble tatt.',
  },
  {
    code: 'volunteer_policy_share',
    nameNb: 'Andel kommuner med egen frivillighetspolitikk (registrert)',
    nameEn: 'Share of municipalities with their own volunteer policy (registered)',
    description:
      'Andelen av kommunene i fylket eller landet som har egen frivillighetspolitikk i grafen; sammenlign med anslaget på cirka 13 %.',
    unit: 'prosent',
    unitEn: 'percent',
    decimals: 1,
    topic: 'policy',
    method: 'Antall kommuner med Municipality.hasVolunteerPolicy delt på antall kommuner, ganger 100. Bare fylke og land.',
  },
];

/** A live indicator divided by the population: `of` × `per` ÷ population of the area. */
interface PerInhabitant {
  code: string;
  of: string;
  per: number;
  decimals: number;
}

const PER_INHABITANT: (PerInhabitant & { nb: string; en: string; unit: string; unitEn: string; decimals: number; topic: string })[] = [
  {
    code: 'volunteer_hours_per_1000',
    of: 'volunteer_hours',
    per: 1000,
    nb: 'Frivillige timer per 1 000 innbyggere',
    en: 'Volunteer hours per 1,000 inhabitants',
    unit: 'timer per 1 000 innbyggere',
    unitEn: 'hours per 1,000 inhabitants',
    decimals: 2,
    topic: 'volunteering',
  },
  {
    code: 'volunteer_fte_per_1000',
    of: 'volunteer_fte',
    per: 1000,
    nb: 'Frivillige årsverk per 1 000 innbyggere',
    en: 'Volunteer full-time equivalents per 1,000 inhabitants',
    unit: 'årsverk per 1 000 innbyggere',
    unitEn: 'full-time equivalents per 1,000 inhabitants',
    decimals: 4,
    topic: 'volunteering',
  },
  {
    code: 'agreements_total_per_1000',
    of: 'agreements_total',
    per: 1000,
    nb: 'Aktive avtaler med frivillig sektor per 1 000 innbyggere',
    en: 'Active agreements with the voluntary sector per 1,000 inhabitants',
    unit: 'avtaler per 1 000 innbyggere',
    unitEn: 'agreements per 1,000 inhabitants',
    decimals: 4,
    topic: 'agreements',
  },
  {
    code: 'municipal_funding_voluntary_per_inhabitant',
    of: 'municipal_funding_voluntary',
    per: 1,
    nb: 'Kommunal finansiering av frivillige organisasjoner per innbygger',
    en: 'Municipal funding to voluntary organisations per inhabitant',
    unit: 'NOK per innbygger',
    unitEn: 'NOK per inhabitant',
    decimals: 2,
    topic: 'funding',
  },
  {
    code: 'municipal_funding_disbursed_per_inhabitant',
    of: 'municipal_funding_disbursed',
    per: 1,
    nb: 'Utbetalt kommunal finansiering til frivillige organisasjoner per innbygger',
    en: 'Municipal funding disbursed to voluntary organisations per inhabitant',
    unit: 'NOK per innbygger',
    unitEn: 'NOK per inhabitant',
    decimals: 2,
    topic: 'funding',
  },
];

/** The per-inhabitant variants: which live indicator each divides, and by how many inhabitants. */
export const PER_INHABITANT_INDICATORS: readonly PerInhabitant[] = PER_INHABITANT.map(({ code, of, per, decimals }) => ({
  code,
  of,
  per,
  decimals,
}));

const perInhabitantDefinitions: Live[] = PER_INHABITANT.map((d) => ({
  code: d.code,
  nameNb: d.nb,
  nameEn: d.en,
  unit: d.unit,
  unitEn: d.unitEn,
  decimals: d.decimals,
  topic: d.topic,
  description: `${d.nb}: ${d.of} fordelt på folkemengden, så kommuner av ulik størrelse kan sammenlignes.`,
  method:
    `Beregnet: ${d.of} × ${d.per} / ${POPULATION_CODE}, for kommune, fylke (summen av kommunene over fylkets folkemengde, summen av kommunenes) og land. ` +
    `Inndata: ${d.of} for perioden og ${POPULATION_CODE} (SSB tabell 07459, folkemengde 1. januar) for samme år, ellers nærmeste tidligere år; hver celles note viser tallene. ` +
    `Status følger ${d.of}: prikket forblir prikket, mangler forblir mangler, en nedre grense forblir nedre grense. Avrundet til ${d.decimals} desimaler.`,
}));

/** Indicators computed from the graph itself; their observations come from snapshots, never from the seed. */
export const LIVE_INDICATORS: (Live & { source: SourceRef })[] = [...counted, ...perInhabitantDefinitions].map((i) => ({
  ...i,
  source: SAMSPILL,
}));

export const LIVE_CODES = new Set(LIVE_INDICATORS.map((i) => i.code));
