import { registerEnumType } from 'type-graphql';

export enum AgreementType {
  COLLABORATION_AGREEMENT = 'collaboration_agreement',
  SERVICE_CONTRACT = 'service_contract',
  OPERATING_GRANT = 'operating_grant',
  PROJECT_GRANT = 'project_grant',
  INFORMAL_COOPERATION = 'informal_cooperation',
}
registerEnumType(AgreementType, {
  name: 'AgreementType',
  valuesConfig: {
    COLLABORATION_AGREEMENT: { description: 'samarbeidsavtale' },
    SERVICE_CONTRACT: { description: 'service contract won by tender (lov om offentlige anskaffelser)' },
    OPERATING_GRANT: { description: 'driftsstøtte' },
    PROJECT_GRANT: { description: 'prosjektstøtte' },
    INFORMAL_COOPERATION: { description: 'informal, dialogue-based cooperation (dialogbasert samarbeid)' },
  },
});

export enum AgreementStatus {
  DRAFT = 'draft',
  ACTIVE = 'active',
  EXPIRED = 'expired',
  TERMINATED = 'terminated',
}
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

export enum Initiator {
  MUNICIPALITY = 'municipality',
  ORGANISATION = 'organisation',
  ENTHUSIAST = 'enthusiast',
  JOINT = 'joint',
}
registerEnumType(Initiator, {
  name: 'Initiator',
  valuesConfig: { ENTHUSIAST: { description: 'an individual enthusiast (ildsjel)' }, JOINT: { description: 'jointly' } },
});
