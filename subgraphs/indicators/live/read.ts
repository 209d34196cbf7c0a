import type { GatewayRequest } from '../clients/gateway.client.js';
import { isYear } from '../rules/periods.js';
import { POPULATION_CODE } from '../rules/population.js';
import type { MunicipalityFacts } from './snapshot.types.js';

type Row = Omit<MunicipalityFacts, 'countyCode' | 'funding' | 'agreements' | 'population'> & {
  agreements: MunicipalityFacts['agreements'] | null;
  agreementStats: { fundingAwardedNok: number; fundingDisbursedNok: number } | null;
  observations: { period: string; value: number | null }[] | null;
};

/**
 * One county's municipalities with everything the live indicators need, in one
 * request: active agreements by type come from `agreements` (agreementStats counts
 * types and statuses only apart), funding from `agreementStats(year)`, the population
 * (every year loaded) from this subgraph's own `population` indicator.
 */
export async function readCounty(request: GatewayRequest, countyCode: string, year: number): Promise<MunicipalityFacts[]> {
  const query = `query ($county: String!, $year: Int!, $population: [String!]) {
    municipalities(countyCode: $county) {
      code hasVolunteerPolicy
      agreements { type status }
      agreementStats(year: $year) { fundingAwardedNok fundingDisbursedNok }
      volunteerStats(year: $year) { activeVolunteers hours fullTimeEquivalents suppressed }
      observations(indicators: $population) { period value }
    }
  }`;
  const { municipalities } = await request<{ municipalities: Row[] }>(query, { county: countyCode, year, population: [POPULATION_CODE] });
  return municipalities.map(({ agreementStats, observations, ...m }) => ({
    ...m,
    countyCode,
    agreements: m.agreements ?? [],
    funding: agreementStats ? { awarded: agreementStats.fundingAwardedNok, disbursed: agreementStats.fundingDisbursedNok } : null,
    population: new Map(
      (observations ?? []).flatMap((o) => (isYear(o.period) && o.value != null ? [[Number(o.period), o.value] as const] : [])),
    ),
  }));
}
