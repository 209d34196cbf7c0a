import { registerEnumType } from 'type-graphql';

export enum AreaLevel {
  MUNICIPALITY = 'municipality',
  COUNTY = 'county',
  COUNTRY = 'country',
}
registerEnumType(AreaLevel, { name: 'AreaLevel' });

export enum ObservationStatus {
  FINAL = 'final',
  PROVISIONAL = 'provisional',
  SUPPRESSED = 'suppressed',
  MISSING = 'missing',
}
registerEnumType(ObservationStatus, { name: 'ObservationStatus' });

/** Area code of the whole country. */
export const COUNTRY_CODE = 'NO';
