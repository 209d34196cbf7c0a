import type { EntityManager } from '@mikro-orm/knex';
import { AgreementType, CommitmentKind, Initiator, RequirementKind, Side } from './enums.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { Commitment } from './entities/commitment.entity.js';
import { Contact } from './entities/contact.entity.js';
import { AgreementDocument } from './entities/document.entity.js';
import { Funding } from './entities/funding.entity.js';
import { Requirement } from './entities/requirement.entity.js';
import type { AgreementFieldsInput } from './agreement.input.js';

export interface CommitmentState { side: Side; kind: CommitmentKind; description: string | null; annualAmountNok: number | null; quantity: number | null; unit: string | null }
export interface RequirementState { kind: RequirementKind; description: string | null }
export interface FundingState { year: number; awardedNok: number | null; disbursedNok: number | null; awardDate: string | null }
export interface ContactState { side: Side; organisationId: string | null; name: string; role: string | null; email: string | null; phone: string | null }
export interface DocumentState { title: string; url: string }

/** Everything a caller can set on an agreement, as one plain value: validated whole, diffed for the audit trail. */
export interface AgreementState {
  title: string;
  description: string | null;
  municipalityCode: string;
  organisationIds: string[];
  type: AgreementType;
  formal: boolean;
  initiatedBy: Initiator | null;
  activities: string[];
  targetGroups: string[];
  startDate: string | null;
  endDate: string | null;
  isPublic: boolean;
  procurementReference: string | null;
  commitments: CommitmentState[];
  requirements: RequirementState[];
  funding: FundingState[];
  contacts: ContactState[];
  documents: DocumentState[];
}

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** `base` with every field the input gives replaced (a given list replaces the whole list). */
export function mergeState(base: AgreementState, input: AgreementFieldsInput): AgreementState {
  const type = input.type ?? base.type;
  return {
    ...base,
    title: input.title?.trim() ?? base.title,
    description: input.description !== undefined ? orNull(input.description) : base.description,
    organisationIds: input.organisationIds ? [...new Set(input.organisationIds)] : base.organisationIds,
    type,
    formal: input.formal ?? (input.type ? type !== AgreementType.INFORMAL_COOPERATION : base.formal),
    initiatedBy: input.initiatedBy !== undefined ? orNull(input.initiatedBy) : base.initiatedBy,
    activities: input.activities ?? base.activities,
    targetGroups: input.targetGroups ?? base.targetGroups,
    startDate: input.startDate !== undefined ? orNull(input.startDate) : base.startDate,
    endDate: input.endDate !== undefined ? orNull(input.endDate) : base.endDate,
    isPublic: input.isPublic ?? base.isPublic,
    procurementReference: input.procurementReference !== undefined ? orNull(input.procurementReference) : base.procurementReference,
    commitments: input.commitments?.map((c) => ({
      side: c.side, kind: c.kind, description: orNull(c.description), annualAmountNok: orNull(c.annualAmountNok), quantity: orNull(c.quantity), unit: orNull(c.unit),
    })) ?? base.commitments,
    requirements: input.requirements?.map((r) => ({ kind: r.kind, description: orNull(r.description) })) ?? base.requirements,
    funding: input.funding?.map((f) => ({ year: f.year, awardedNok: orNull(f.awardedNok), disbursedNok: orNull(f.disbursedNok), awardDate: orNull(f.awardDate) })) ?? base.funding,
    contacts: input.contacts?.map((c) => ({
      side: c.side, organisationId: orNull(c.organisationId), name: c.name.trim(), role: orNull(c.role), email: orNull(c.email), phone: orNull(c.phone),
    })) ?? base.contacts,
    documents: input.documents?.map((d) => ({ title: d.title.trim(), url: d.url.trim() })) ?? base.documents,
  };
}

/** The state of a new agreement of a municipality before any input. */
export const emptyState = (municipalityCode: string, type: AgreementType): AgreementState => ({
  title: '', description: null, municipalityCode, organisationIds: [], type, formal: type !== AgreementType.INFORMAL_COOPERATION, initiatedBy: null,
  activities: [], targetGroups: [], startDate: null, endDate: null, isPublic: true, procurementReference: null,
  commitments: [], requirements: [], funding: [], contacts: [], documents: [],
});

/** The stored agreement as a state (child rows in a stable order, so diffs only show real changes). */
export async function loadState(em: EntityManager, a: Agreement): Promise<AgreementState> {
  const where = { agreementId: a.id };
  const [parties, commitments, requirements, funding, contacts, documents] = await Promise.all([
    em.find(AgreementParty, where, { orderBy: { organisationId: 'asc' } }),
    em.find(Commitment, where, { orderBy: { side: 'asc', kind: 'asc', id: 'asc' } }),
    em.find(Requirement, where, { orderBy: { kind: 'asc' } }),
    em.find(Funding, where, { orderBy: { year: 'asc' } }),
    em.find(Contact, where, { orderBy: { side: 'asc', name: 'asc', id: 'asc' } }),
    em.find(AgreementDocument, where, { orderBy: { title: 'asc', id: 'asc' } }),
  ]);
  return {
    title: a.title, description: a.description, municipalityCode: a.municipalityCode, organisationIds: parties.map((p) => p.organisationId),
    type: a.type, formal: a.formal, initiatedBy: a.initiatedBy, activities: a.activities, targetGroups: a.targetGroups,
    startDate: a.startDate, endDate: a.endDate, isPublic: a.isPublic, procurementReference: a.procurementReference,
    commitments: commitments.map(({ side, kind, description, annualAmountNok, quantity, unit }) => ({ side, kind, description, annualAmountNok, quantity, unit })),
    requirements: requirements.map(({ kind, description }) => ({ kind, description })),
    funding: funding.map(({ year, awardedNok, disbursedNok, awardDate }) => ({ year, awardedNok, disbursedNok, awardDate })),
    contacts: contacts.map(({ side, organisationId, name, role, email, phone }) => ({ side, organisationId, name, role, email, phone })),
    documents: documents.map(({ title, url }) => ({ title, url })),
  };
}
