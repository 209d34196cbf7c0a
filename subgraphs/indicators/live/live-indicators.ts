import type { SeedIndicator } from '../seed-data.js';

/** Agreement types of the agreements subgraph (enum AgreementType), each counted as its own indicator. */
export const AGREEMENT_TYPES = ['COLLABORATION_AGREEMENT', 'SERVICE_CONTRACT', 'OPERATING_GRANT', 'PROJECT_GRANT', 'INFORMAL_COOPERATION'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

const SAMSPILL = {
  publication: 'Samspill: beregnet fra grafen (avtaler, frivillige timer og kommuneregister), lagret per periode av `npm run indicators:snapshot`',
  year: null,
  url: null,
};

type Live = Omit<SeedIndicator, 'source' | 'observations'>;

const TYPE_NAMES: Record<AgreementType, [nb: string, en: string]> = {
  COLLABORATION_AGREEMENT: ['samarbeidsavtaler', 'collaboration agreements'],
  SERVICE_CONTRACT: ['tjenestekontrakter etter anbud', 'service contracts won by tender'],
  OPERATING_GRANT: ['driftsstøtteavtaler', 'operating grants'],
  PROJECT_GRANT: ['prosjektstøtteavtaler', 'project grants'],
  INFORMAL_COOPERATION: ['uformelle, dialogbaserte samarbeid', 'informal, dialogue-based cooperations'],
};

const AGREEMENT_METHOD =
  'Aktive avtaler (status ACTIVE) i grafen da øyeblikksbildet ble tatt, som tjenestekontoen ser dem (offentlige avtaler). Fylke og land er summen av kommunene.';

export const agreementIndicatorCode = (type: AgreementType) => `agreements_${type.toLowerCase()}`;

const agreementIndicators: Live[] = [
  {
    code: 'agreements_total', nameNb: 'Aktive avtaler med frivillig sektor', nameEn: 'Active agreements with the voluntary sector',
    description: 'Aktive samarbeidsavtaler, kontrakter, tilskudd og uformelle samarbeid mellom kommunen og frivillige organisasjoner, alle typer.',
    unit: 'antall', decimals: 0, topic: 'agreements', method: AGREEMENT_METHOD,
  },
  ...Object.entries(TYPE_NAMES).map(([type, [nb, en]]) => ({
    code: agreementIndicatorCode(type as AgreementType), nameNb: `Aktive ${nb}`, nameEn: `Active ${en}`,
    description: `Aktive ${nb} mellom kommunen og frivillige organisasjoner.`, unit: 'antall', decimals: 0, topic: 'agreements', method: AGREEMENT_METHOD,
  })),
];

/** Indicators computed from the graph itself; their observations come from snapshots, never from the seed. */
export const LIVE_INDICATORS: (Live & { source: typeof SAMSPILL })[] = [
  ...agreementIndicators,
  {
    code: 'municipal_funding_voluntary', nameNb: 'Kommunal finansiering av frivillige organisasjoner', nameEn: 'Annual municipal funding to voluntary organisations',
    description: 'Kommunal finansiering (NOK) tildelt frivillige organisasjoner for året gjennom kommunens avtaler.', unit: 'NOK', decimals: 0, topic: 'funding',
    method: 'Municipality.agreementStats(year).fundingAwardedNok: tildelt for året over avtalene tjenestekontoen ser. Fylke og land er summen av kommunene.',
  },
  {
    code: 'municipal_funding_disbursed', nameNb: 'Utbetalt kommunal finansiering til frivillige organisasjoner', nameEn: 'Municipal funding disbursed to voluntary organisations',
    description: 'Kommunal finansiering (NOK) utbetalt til frivillige organisasjoner i året gjennom kommunens avtaler; for et år som pågår, utbetalt så langt.', unit: 'NOK', decimals: 0, topic: 'funding',
    method: 'Municipality.agreementStats(year).fundingDisbursedNok. Fylke og land er summen av kommunene.',
  },
  {
    code: 'volunteer_hours', nameNb: 'Frivillige timer', nameEn: 'Volunteer hours',
    description: 'Godkjente frivillige timer i kommunen i året.', unit: 'timer', decimals: 0, topic: 'volunteering',
    method: 'Municipality.volunteerStats(year). Celler med færre frivillige enn terskelen er prikket (SUPPRESSED). Fylke og land er summen av kommunene; mangler noen, gis summen av de kjente som nedre grense (low).',
  },
  {
    code: 'volunteer_fte', nameNb: 'Frivillige årsverk', nameEn: 'Volunteer full-time equivalents',
    description: 'Godkjente frivillige timer i året omregnet til årsverk (1 695 timer per årsverk som standard).', unit: 'årsverk', decimals: 2, topic: 'volunteering',
    method: 'Municipality.volunteerStats(year).fullTimeEquivalents, prikket som timene. Fylke og land er summen av kommunene; mangler noen, gis nedre grense (low).',
  },
  {
    code: 'volunteer_policy', nameNb: 'Kommuner med egen frivillighetspolitikk', nameEn: 'Municipalities with their own volunteer policy',
    description: 'For en kommune 1 om den har vedtatt egen frivillighetspolitikk, ellers 0; for fylke og land antallet slike kommuner.', unit: 'antall', decimals: 0, topic: 'policy',
    method: 'Municipality.hasVolunteerPolicy da øyeblikksbildet ble tatt.',
  },
  {
    code: 'volunteer_policy_share', nameNb: 'Andel kommuner med egen frivillighetspolitikk (registrert)', nameEn: 'Share of municipalities with their own volunteer policy (registered)',
    description: 'Andelen av kommunene i fylket eller landet som har egen frivillighetspolitikk i grafen; sammenlign med anslaget på cirka 13 %.', unit: 'prosent', decimals: 1, topic: 'policy',
    method: 'Antall kommuner med Municipality.hasVolunteerPolicy delt på antall kommuner, ganger 100. Bare fylke og land.',
  },
].map((i) => ({ ...i, source: SAMSPILL }));

export const LIVE_CODES = new Set(LIVE_INDICATORS.map((i) => i.code));
