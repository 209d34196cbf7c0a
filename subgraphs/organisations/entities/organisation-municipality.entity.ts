import { Entity, PrimaryKey } from '@mikro-orm/core';

/** A municipality an organisation serves. */
@Entity({ tableName: 'organisation_municipality' })
export class OrganisationMunicipality {
  @PrimaryKey({ type: 'string', length: 36 })
  organisationId!: string;

  @PrimaryKey({ type: 'string', length: 4 })
  municipalityCode!: string;
}
