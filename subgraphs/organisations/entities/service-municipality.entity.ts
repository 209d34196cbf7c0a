import { Entity, PrimaryKey } from '@mikro-orm/core';

/** A municipality where a service is offered. */
@Entity({ tableName: 'service_municipality' })
export class ServiceMunicipality {
  @PrimaryKey({ type: 'string', length: 36 })
  serviceId!: string;

  @PrimaryKey({ type: 'string', length: 4 })
  municipalityCode!: string;
}
