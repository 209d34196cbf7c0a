import { AreaLevel, COUNTRY_CODE, ObservationStatus as S } from '../enums.js';
import type { IndicatorDefinition, SourceRef as SeedSource } from '../rules/definitions.js';
import { round } from '../rules/per-inhabitant.js';

const VELFERD: SeedSource = {
  publication:
    'Schanche, P. m.fl. (2014): Velferd i nytt terreng. Hvordan kan kommunen som arbeidsgiver samarbeide med frivillig sektor og sosiale entreprenører innen pleie- og omsorgstjenestene. Agenda Kaupang for KS',
  year: 2014,
  // The publisher's site, where KS lists its FoU reports; the source text gives no deeper link.
  url: 'https://www.ks.no',
};
const TFOU: SeedSource = {
  publication:
    'Solbjør, M., Johansen, B. og Kleiven, H. H. (2012): Samarbeid mellom kommuner og frivillig sektor på pleie- og omsorgsfeltet i et distriktsperspektiv. Trøndelag Forskning og Utvikling (TFoU)',
  year: 2012,
  // As the presentation itself gives it.
  url: 'https://www.tfou.no',
};
const HUSBANKEN: SeedSource = {
  publication: 'Husbanken, Veiviseren: Samarbeid offentlig – frivillige/privat (anslag fra Frivillighet Norge)',
  // The year of the conversation it cites (Jill Loga, 04.04.16); the text gives no link.
  year: 2016,
  url: null,
};

interface SeedIndicator extends IndicatorDefinition {
  observations: {
    areaLevel: AreaLevel;
    areaCode: string;
    period: string;
    value?: number;
    low?: number;
    high?: number;
    status: S;
    note?: string;
  }[];
}

const national = (period: string, values: { value?: number; low?: number; high?: number }, note?: string) => ({
  areaLevel: AreaLevel.COUNTRY,
  areaCode: COUNTRY_CODE,
  period,
  status: S.FINAL,
  ...values,
  note,
});
const studied = (code: string, value: number | null, note?: string) => ({
  areaLevel: AreaLevel.MUNICIPALITY,
  areaCode: code,
  period: '2012',
  ...(value === null ? { status: S.MISSING } : { value, status: S.FINAL }),
  note,
});

/** The 2012 study named municipalities; they are coded by the 2024 division, as every area here. */
const RECODED =
  'Kommunene er kodet etter inndelingen 2024 (SSB Klass 131): Alta 2012 → 5601, Levanger 1719 → 5037, Nissedal 0830 → 4030, Tromsø 1902 → 5501; Kristiansund 1505, Strand 1130 og Vefsn 1824 har samme nummer.';

/*
 * The reports' headline comparison, computed from their own figures (Velferd i nytt terreng, 2014):
 * «Frivillige organisasjoner bidrar med mellom 5 000 og 10 000 årsverk innen pleie og omsorg.
 * Til sammenlikning utgjør antall lønnede årsverk i pleie- og omsorgstjenesten i kommunene rundt 130 000 årsverk.»
 * The reports give paid care FTEs for the whole country only, so there is no municipal or county figure.
 */
const VOLUNTARY_FTE = { low: 5000, high: 10000 };
const PAID_FTE = 130000;
const perHundredPaid = (voluntary: number) => round((voluntary * 100) / PAID_FTE, 1);

/** Indicators from the source documents, each with its source. */
export const SEED_INDICATORS: SeedIndicator[] = [
  {
    code: 'voluntary_fte_care',
    nameNb: 'Frivillige årsverk i pleie og omsorg',
    nameEn: 'Voluntary full-time equivalents in care',
    description: 'Frivillige organisasjoner bidrar med mellom 5 000 og 10 000 årsverk innen pleie og omsorg.',
    unit: 'årsverk',
    unitEn: 'full-time equivalents',
    decimals: 0,
    topic: 'volunteering',
    source: VELFERD,
    method: 'Anslag i rapporten, gitt som intervall.',
    observations: [national('2014', VOLUNTARY_FTE)],
  },
  {
    code: 'paid_fte_municipal_care',
    nameNb: 'Lønnede årsverk i kommunal pleie og omsorg',
    nameEn: 'Paid full-time equivalents in municipal care',
    description: 'Antall lønnede årsverk i pleie- og omsorgstjenesten i kommunene, rundt 130 000.',
    unit: 'årsverk',
    unitEn: 'full-time equivalents',
    decimals: 0,
    topic: 'care_services',
    source: VELFERD,
    method: 'Avrundet tall gjengitt i rapporten.',
    observations: [national('2014', { value: PAID_FTE }, 'rundt 130 000')],
  },
  {
    code: 'family_caregiver_fte',
    nameNb: 'Pårørendes bidrag i årsverk',
    nameEn: "Family caregivers' contribution in full-time equivalents",
    description: 'Bidraget fra pårørende utgjør rundt 100 000 årsverk.',
    unit: 'årsverk',
    unitEn: 'full-time equivalents',
    decimals: 0,
    topic: 'care_services',
    source: VELFERD,
    method: 'Avrundet tall gjengitt i rapporten.',
    observations: [national('2014', { value: 100000 }, 'rundt 100 000')],
  },
  {
    code: 'voluntary_per_paid_care_fte',
    nameNb: 'Frivillige årsverk per 100 lønnede årsverk i kommunal pleie og omsorg',
    nameEn: 'Voluntary FTEs per 100 paid FTEs in municipal care',
    description:
      'Rapportenes egen sammenligning: frivillige årsverk i pleie og omsorg (5 000–10 000) mot lønnede årsverk i pleie- og omsorgstjenesten i kommunene (rundt 130 000).',
    unit: 'frivillige årsverk per 100 lønnede',
    unitEn: 'voluntary FTEs per 100 paid FTEs',
    decimals: 1,
    topic: 'volunteering',
    source: VELFERD,
    method:
      `Beregnet: voluntary_fte_care × 100 / paid_fte_municipal_care, begge fra rapporten (2014): ${VOLUNTARY_FTE.low} × 100 / ${PAID_FTE} = ${perHundredPaid(VOLUNTARY_FTE.low)} og ${VOLUNTARY_FTE.high} × 100 / ${PAID_FTE} = ${perHundredPaid(VOLUNTARY_FTE.high)} (intervall, fordi de frivillige årsverkene er gitt som intervall). ` +
      'Rapportene gir lønnede årsverk bare for hele landet, så det finnes ingen kommune- eller fylkestall.',
    observations: [
      national(
        '2014',
        { low: perHundredPaid(VOLUNTARY_FTE.low), high: perHundredPaid(VOLUNTARY_FTE.high) },
        'frivillige 5 000–10 000 årsverk mot rundt 130 000 lønnede',
      ),
    ],
  },
  {
    code: 'share_written_agreements',
    nameNb: 'Andel undersøkte kommuner med avtale med frivillige organisasjoner',
    nameEn: 'Share of surveyed municipalities with agreements with voluntary organisations',
    description: 'Rundt 40 prosent av informantene svarte at kommunen har inngått avtale med frivillige organisasjoner.',
    unit: 'prosent',
    unitEn: 'percent',
    decimals: 0,
    topic: 'agreements',
    source: VELFERD,
    method: 'Spørreundersøkelse i 90 kommuner med etablert og utviklet samarbeid med frivillig sektor; ikke et representativt utvalg.',
    observations: [national('2014', { value: 40 }, 'n = 90 kommuner; ikke representativt utvalg')],
  },
  {
    code: 'share_volunteer_policy',
    nameNb: 'Andel kommuner med egen frivillighetspolitikk',
    nameEn: 'Share of municipalities with their own volunteer policy',
    description: 'Relativt få kommuner har en egen frivillighetspolitikk; Frivillighet Norge anslår dette til cirka 13 %.',
    unit: 'prosent',
    unitEn: 'percent',
    decimals: 0,
    topic: 'policy',
    source: HUSBANKEN,
    method: 'Anslag fra Frivillighet Norge.',
    observations: [national('2016', { value: 13 }, 'cirka 13 %')],
  },
  {
    code: 'share_weekly_contact',
    nameNb: 'Andel kommuner med ukentlig kontakt med frivillige',
    nameEn: 'Share of municipalities with weekly contact with volunteers',
    description: 'Ca. halvparten av kommunene har ukentlig kontakt med frivillige (kunnskapsstatus).',
    unit: 'prosent',
    unitEn: 'percent',
    decimals: 0,
    topic: 'cooperation',
    source: TFOU,
    method: 'Litteraturstudie (kunnskapsstatus) i rapporten.',
    observations: [national('2012', { value: 50 }, 'ca. halvparten')],
  },
  {
    code: 'tfou_contributing_organisations',
    nameNb: 'Organisasjoner som bidrar til det studerte tiltaket',
    nameEn: 'Organisations contributing to the studied initiative',
    description: 'Antall organisasjoner som bidrar til samarbeidet i hver av de sju kommunene i TFoU-studien.',
    unit: 'antall',
    unitEn: 'count',
    decimals: 0,
    topic: 'cooperation',
    source: TFOU,
    method: `Talt fra tabellen «Funn kommuner» i rapporten. ${RECODED}`,
    observations: [
      studied('5601', 3, 'Røde Kors, Lions, Bridgeklubben'),
      studied('1505', 1, 'Røde Kors'),
      studied('5037', 3, 'Sanitetsforeningen, Bygdekvinnelaget, Rotary'),
      // "m.fl." after five named: a lower bound, not a count.
      {
        ...studied('4030', null, 'Frikirken, Saniteten, idrettslag, kulturskole, pensjonistforeningen m.fl.: minst fem'),
        status: S.FINAL,
        low: 5,
      },
      studied('1130', 1, 'Livsglede for eldre'),
      studied('5501', 2, 'Røde Kors, skolekorps'),
      studied('1824', 1, 'Termik'),
    ],
  },
  {
    code: 'tfou_formal_agreement',
    nameNb: 'Formell avtale om det studerte tiltaket',
    nameEn: 'Formal agreement on the studied initiative',
    description: '1 der samarbeidet er formalisert i avtale, 0 der det uttrykkelig ikke er det; mangler der tabellen ikke sier det.',
    unit: 'ja/nei (1/0)',
    unitEn: 'yes/no (1/0)',
    decimals: 0,
    topic: 'agreements',
    source: TFOU,
    method: `Kodet fra kolonnen «Samarbeid på organisasjonsnivå» i tabellen «Funn kommuner». ${RECODED}`,
    observations: [
      studied('5601', null, 'Samarbeid gjennom styret for frivilligsentralen'),
      studied('1505', 1, 'Avtale med Røde Kors'),
      studied('5037', 0, 'Ikke formelle avtaler'),
      studied('4030', 1, 'Daglig leder gjør samarbeidsavtaler'),
      studied('1130', 0, 'Uformell kontakt etter oppstart'),
      studied('5501', null, 'Koordinator ansatt på sykehjemmet'),
      studied('1824', 1, 'Formalisert i skriftlige avtaler'),
    ],
  },
];
