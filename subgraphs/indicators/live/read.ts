import type { GatewayRequest } from './gateway-client.js';

/** What the snapshot reads of one municipality through the gateway. */
export interface MunicipalityFacts {
  code: string;
  countyCode: string;
  hasVolunteerPolicy: boolean;
  agreements: { type: string; status: string }[];
  volunteerStats: { hours: number | null; fullTimeEquivalents: number | null; suppressed: boolean } | null;
  /** Total annual funding in NOK, or null when the graph has no such field. */
  funding: number | null;
}

/** Field names that, on Municipality.agreementStats, would carry the total annual funding (agreements subgraph, issue 4). */
export const FUNDING_FIELDS = ['totalAnnualFunding', 'annualFunding', 'totalFunding', 'fundingTotal'];

export interface FundingSource {
  field: string;
  /** Whether agreementStats takes the year as an argument. */
  byYear: boolean;
}

/**
 * Finds out whether the composed graph exposes the municipalities' annual funding
 * (Municipality.agreementStats is added by the agreements subgraph); null when it
 * does not, or when the gateway refuses introspection.
 */
export async function findFundingSource(request: GatewayRequest): Promise<FundingSource | null> {
  type Field = { name: string; args: { name: string }[]; type: { name: string | null; ofType: { name: string | null } | null } };
  const query = '{ m: __type(name: "Municipality") { fields { name args { name } type { name ofType { name } } } } }';
  let stats: Field | undefined;
  try {
    stats = (await request<{ m: { fields: Field[] } | null }>(query)).m?.fields.find((f) => f.name === 'agreementStats');
  } catch {
    return null;
  }
  const typeName = stats?.type.name ?? stats?.type.ofType?.name;
  if (!stats || !typeName) return null;
  const inner = await request<{ t: { fields: { name: string }[] } | null }>(`{ t: __type(name: "${typeName}") { fields { name } } }`);
  const field = FUNDING_FIELDS.find((name) => inner.t?.fields.some((f) => f.name === name));
  return field ? { field, byYear: stats.args.some((a) => a.name === 'year') } : null;
}

/** One county's municipalities with everything the live indicators need, in one request. */
export async function readCounty(request: GatewayRequest, countyCode: string, year: number, funding: FundingSource | null): Promise<MunicipalityFacts[]> {
  const fundingSelection = funding ? `agreementStats${funding.byYear ? '(year: $year)' : ''} { ${funding.field} }` : '';
  const query = `query ($county: String!, $year: Int!) {
    municipalities(countyCode: $county) {
      code hasVolunteerPolicy
      agreements { type status }
      volunteerStats(year: $year) { hours fullTimeEquivalents suppressed }
      ${fundingSelection}
    }
  }`;
  type Row = Omit<MunicipalityFacts, 'countyCode' | 'funding' | 'agreements'> & { agreements: MunicipalityFacts['agreements'] | null; agreementStats?: Record<string, number | null> | null };
  const { municipalities } = await request<{ municipalities: Row[] }>(query, { county: countyCode, year });
  return municipalities.map(({ agreementStats, ...m }) => ({
    ...m,
    countyCode,
    agreements: m.agreements ?? [],
    funding: funding ? (agreementStats?.[funding.field] ?? null) : null,
  }));
}
