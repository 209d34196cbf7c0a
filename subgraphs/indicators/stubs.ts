import { codeStub } from '../common/stubs.js';

/** Entities of other subgraphs that this one references or extends. */
export const MunicipalityRef = codeStub('Municipality');
export type MunicipalityRef = InstanceType<typeof MunicipalityRef>;
export const CountyRef = codeStub('County');
export type CountyRef = InstanceType<typeof CountyRef>;

/** Emitted even where no query returns them, so their added fields reach the schema. */
export const STUBS = [MunicipalityRef, CountyRef];
