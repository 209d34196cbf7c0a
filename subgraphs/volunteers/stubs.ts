import { codeStub, idStub } from '../common/stubs.js';

/** Entities of other subgraphs that this one references or extends. */
export const MunicipalityRef = codeStub('Municipality');
export type MunicipalityRef = InstanceType<typeof MunicipalityRef>;
export const OrganisationRef = idStub('Organisation');
export type OrganisationRef = InstanceType<typeof OrganisationRef>;
export const AgreementRef = idStub('Agreement');
export type AgreementRef = InstanceType<typeof AgreementRef>;

/** Emitted even where no query returns them, so their added fields reach the schema. */
export const STUBS = [MunicipalityRef, OrganisationRef, AgreementRef];
