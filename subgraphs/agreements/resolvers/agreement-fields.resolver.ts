import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { MunicipalityRef, OrganisationRef } from '../stubs.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { Commitment } from '../entities/commitment.entity.js';
import { Contact } from '../entities/contact.entity.js';
import { AgreementDocument } from '../entities/document.entity.js';
import { Funding } from '../entities/funding.entity.js';
import { Requirement } from '../entities/requirement.entity.js';
import { loaders } from '../loaders.js';
import { partLoaders } from '../part-loaders.js';
import { isPartyTo } from '../visibility.js';

/** Parts of an agreement, each batched over all the agreements of a request. */
@Resolver(() => Agreement)
export class AgreementFieldsResolver {
  @FieldResolver(() => MunicipalityRef)
  municipality(@Root() agreement: Agreement): MunicipalityRef {
    return { code: agreement.municipalityCode };
  }

  @FieldResolver(() => [OrganisationRef], { description: 'The organisations that are party to the agreement.' })
  async parties(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<OrganisationRef[]> {
    return ((await loaders.partyIds(ctx).load(agreement.id)) ?? []).map((id) => ({ id }));
  }

  @FieldResolver(() => [Commitment], { description: 'What each side brings.' })
  async commitments(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.commitments(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => [Requirement], { description: 'What volunteers under the agreement must have (politiattest, taushetserklæring, training).' })
  async requirements(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.requirements(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => [Funding], { description: 'Amounts awarded and disbursed per year.' })
  async funding(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.funding(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => [AgreementDocument])
  async documents(@Root() a: Agreement, @Ctx() ctx: Context) {
    return (await partLoaders.documents(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => [Contact], { nullable: true, description: 'Contact persons on each side; null unless the caller is a party (or an admin).' })
  async contacts(@Root() a: Agreement, @Ctx() ctx: Context) {
    if (!isPartyTo(ctx.caller, a, (await loaders.partyIds(ctx).load(a.id)) ?? [])) return null;
    return (await partLoaders.contacts(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Every change, oldest first; null unless the caller is a party (or an admin).' })
  async auditTrail(@Root() a: Agreement, @Ctx() ctx: Context) {
    if (!isPartyTo(ctx.caller, a, (await loaders.partyIds(ctx).load(a.id)) ?? [])) return null;
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
