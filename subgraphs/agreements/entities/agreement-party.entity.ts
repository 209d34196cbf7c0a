import { Entity, PrimaryKey } from '@mikro-orm/core';

/** An organisation that is party to an agreement (an Organisation key; the organisation lives in its own subgraph). */
@Entity({ tableName: 'agreement_party' })
export class AgreementParty {
  @PrimaryKey({ type: 'string', length: 36 })
  agreementId!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  organisationId!: string;
}
