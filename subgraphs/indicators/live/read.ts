import type { GatewayRequest } from './gateway-client.js';

/** What the snapshot reads of one municipality through the gateway. */
export interface MunicipalityFacts {
  code: string;
  countyCode: string;
  hasVolunteerPolicy: boolean;
  agreements: { type: string; status: string }[];
  volunteerStats: { hours: number | null; fullTimeEquivalents: number | null; suppressed: boolean } | null;
  /** Municipal funding (NOK) awarded and disbursed in the year over the municipality's agreements; null when not given. */
  funding: { awarded: number; disbursed: number } | null;
}

/**
 * One county's municipalities with everything the live indicators need, in one
 * request: active agreements by type come from `agreements` (agreementStats counts
 * types and statuses only apart), funding from `agreementStats(year)`.
 */
export async function readCounty(request: GatewayRequest, countyCode: string, year: number): Promise<MunicipalityFacts[]> {
  const query = `query ($county: String!, $year: Int!) {
    municipalities(countyCode: $county) {
      code hasVolunteerPolicy
      agreements { type status }
      agreementStats(year: $year) { fundingAwardedNok fundingDisbursedNok }
      volunteerStats(year: $year) { hours fullTimeEquivalents suppressed }
    }
  }`;
  type Row = Omit<MunicipalityFacts, 'countyCode' | 'funding' | 'agreements'> & {
    agreements: MunicipalityFacts['agreements'] | null;
    agreementStats: { fundingAwardedNok: number; fundingDisbursedNok: number } | null;
  };
  const { municipalities } = await request<{ municipalities: Row[] }>(query, { county: countyCode, year });
  return municipalities.map(({ agreementStats, ...m }) => ({
    ...m,
    countyCode,
    agreements: m.agreements ?? [],
    funding: agreementStats ? { awarded: agreementStats.fundingAwardedNok, disbursed: agreementStats.fundingDisbursedNok } : null,
  }));
}
