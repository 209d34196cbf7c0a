import { registerEnumType } from 'type-graphql';

export enum AreaLevel {
  MUNICIPALITY = 'municipality',
  COUNTY = 'county',
  COUNTRY = 'country',
}
registerEnumType(AreaLevel, {
  name: 'AreaLevel',
  description: 'The kind of area an observation is for.',
  valuesConfig: {
    MUNICIPALITY: { description: 'a municipality (kommune), by its four-digit kommunenummer' },
    COUNTY: { description: 'a county (fylke), by its two-digit fylkesnummer' },
    COUNTRY: { description: 'the whole of Norway, code "NO"' },
  },
});

export enum ObservationStatus {
  FINAL = 'final',
  PROVISIONAL = 'provisional',
  SUPPRESSED = 'suppressed',
  MISSING = 'missing',
}
registerEnumType(ObservationStatus, {
  name: 'ObservationStatus',
  description: 'How far a value can be relied on.',
  valuesConfig: {
    FINAL: { description: 'final: the value will not change' },
    PROVISIONAL: { description: 'provisional (foreløpig): the period is still running; seen by researchers, services and admins only' },
    SUPPRESSED: { description: 'confidential (prikket): too few people, or held back to protect such a cell; no value' },
    MISSING: { description: 'no value for the area and period' },
  },
});

/** Area code of the whole country. */
export const COUNTRY_CODE = 'NO';
