import type { Clock } from '../../common/clock.js';
import type { FetchLike } from '../../common/subgraph-client.js';
import type { ObservationStatus } from '../enums.js';

/** A snapshot that cannot run (a bad period); nothing was written. */
export class SnapshotError extends Error {}

/** What the snapshot reads of one municipality through the gateway. */
export interface MunicipalityFacts {
  code: string;
  countyCode: string;
  hasVolunteerPolicy: boolean;
  agreements: { type: string; status: string }[];
  /** activeVolunteers 0 (not suppressed): no organisation reported volunteers with approved hours in the year. */
  volunteerStats: { activeVolunteers: number | null; hours: number | null; fullTimeEquivalents: number | null; suppressed: boolean } | null;
  /** Municipal funding (NOK) awarded and disbursed in the year over the municipality's agreements; null when not given. */
  funding: { awarded: number; disbursed: number } | null;
  /** Population on 1 January, by year (the `population` indicator). */
  population: ReadonlyMap<number, number>;
}

/** One value to store, as the replaceLiveObservations mutation takes it. */
export interface Cell {
  areaCode: string;
  value: number | null;
  low?: number | null;
  status: ObservationStatus;
  note?: string | null;
}

export interface SnapshotOptions {
  /** The gateway's /graphql (GATEWAY_URL, default http://localhost:4000/graphql). */
  gatewayUrl: string;
  /** A bearer token with the service (or admin) role. */
  token: string;
  /** The year to snapshot, e.g. "2026". */
  period: string;
  /** Decides whether the period is over (its values final) or still running (provisional), by today's date in Norway. */
  clock: Clock;
  fetch?: FetchLike;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface SnapshotSummary {
  period: string;
  status: ObservationStatus;
  municipalities: number;
  indicators: { code: string; removed: number; stored: number }[];
  stored: number;
  removed: number;
  seconds: number;
}
