import { CROSS_REFERENCE } from '../../common/stubs.js';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { isPartyTo, proposalsShownTo } from '../access.js';
import { AgreementStatus, PartyStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { Commitment } from '../entities/commitment.entity.js';
import { Contact } from '../entities/contact.entity.js';
import { AgreementDocument } from '../entities/document.entity.js';
import { Funding } from '../entities/funding.entity.js';
import { Requirement } from '../entities/requirement.entity.js';
import { loaders, partLoaders } from '../loaders.js';
import { statusOn } from '../rules/lifecycle.js';
import { acceptedIds } from '../rules/parties.js';
import { MunicipalityRef, OrganisationRef } from '../stubs.js';

/** The accepted parties of an agreement (batched). */
const partiesOf = async (ctx: Context, agreement: Agreement) => acceptedIds((await loaders.parties(ctx).load(agreement.id)) ?? []);

/** Parts of an agreement, each batched over all the agreements of a request. */
@Resolver(() => Agreement)
export class AgreementFieldsResolver {
  @FieldResolver(() => AgreementStatus, {
    description: 'DRAFT → ACTIVE → EXPIRED (the day after the end date) or TERMINATED, as of today.',
  })
  status(@Root() agreement: Agreement, @Ctx() ctx: Context): AgreementStatus {
    return statusOn(agreement.status, agreement.endDate, ctx.clock.today());
  }

  @FieldResolver(() => MunicipalityRef, {
    nullable: true,
    description: `The municipality (kommune) that is party to the agreement. ${CROSS_REFERENCE}`,
  })
  municipality(@Root() agreement: Agreement): MunicipalityRef {
    return { code: agreement.municipalityCode };
  }

  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [OrganisationRef], {
    nullable: 'items',
    description: `The organisations that are party to the agreement: named on it, and accepted. ${CROSS_REFERENCE}`,
  })
  async parties(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<OrganisationRef[]> {
    return (await partiesOf(ctx, agreement)).map((id) => ({ id }));
  }

  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [AgreementParty], {
    nullable: true,
    description:
      'Organisations named on the agreement that are not parties: PROPOSED (waiting for their answer) or DECLINED. All of them for the municipality and admins, its own for an organisation, null for others.',
  })
  @Directive('@tag(name: "restricted")')
  async proposedParties(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<AgreementParty[] | null> {
    const shown = proposalsShownTo(ctx.caller, agreement);
    if (shown === 'none') return null;
    const named = ((await loaders.parties(ctx).load(agreement.id)) ?? []).filter((p) => p.status !== PartyStatus.ACCEPTED);
    return shown === 'all' ? named : named.filter((p) => p.organisationId === ctx.caller.organisationId);
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Commitment], { description: 'What each side brings.' })
  async commitments(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.commitments(ctx).load(a.id)) ?? [];
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Requirement], {
    description: 'What volunteers under the agreement must have (politiattest, taushetserklæring, training).',
  })
  async requirements(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.requirements(ctx).load(a.id)) ?? [];
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Funding], { description: 'Amounts awarded and disbursed per year.' })
  async funding(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.funding(ctx).load(a.id)) ?? [];
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [AgreementDocument], { description: 'Documents of the agreement: the signed text, annexes, decisions.' })
  async documents(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.documents(ctx).load(a.id)) ?? [];
  }

  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Contact], {
    nullable: true,
    description: 'Contact persons on each side; null unless the caller is a party (or an admin).',
  })
  @Directive('@tag(name: "restricted")')
  async contacts(@Root() a: Agreement, @Ctx() ctx: Context) {
    if (!isPartyTo(ctx.caller, a, await partiesOf(ctx, a))) return null;
    return (await partLoaders.contacts(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => [AuditEntry], {
    nullable: true,
    description: 'Every change, oldest first; null unless the caller is a party (or an admin).',
  })
  @Directive('@tag(name: "restricted")')
  async auditTrail(@Root() a: Agreement, @Ctx() ctx: Context) {
    if (!isPartyTo(ctx.caller, a, await partiesOf(ctx, a))) return null;
    return (await partLoaders.audit(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement this one renews.' })
  replaces(@Root() a: Agreement, @Ctx() ctx: Context) {
    return a.replacesId ? loaders.agreement(ctx).load(a.replacesId) : null;
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement that renews this one.' })
  replacedBy(@Root() a: Agreement, @Ctx() ctx: Context) {
    return loaders.replacedBy(ctx).load(a.id);
  }
}
