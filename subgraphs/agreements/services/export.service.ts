import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../common/context.js';
import { visibleAgreements } from '../access.js';
import type { OrganisationsClient } from '../clients/organisations.client.js';
import { AgreementStatus, AgreementType, PartyStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import { Funding } from '../entities/funding.entity.js';
import { toGrant, type GrantSource } from '../rules/giving360.js';
import { statusCondition } from '../rules/lifecycle.js';

/**
 * The funding rows to export: awarded amounts of agreements the caller may see,
 * except drafts (nothing is awarded yet) and service contracts (a purchase under
 * the procurement act is payment for services, not a grant).
 */
async function grantSources(ctx: Context, municipalityCode?: string, year?: number): Promise<GrantSource[]> {
  const notDraft = statusCondition([AgreementStatus.ACTIVE, AgreementStatus.EXPIRED, AgreementStatus.TERMINATED], ctx.clock.today());
  const where: FilterQuery<Agreement> = {
    type: { $ne: AgreementType.SERVICE_CONTRACT },
    ...(municipalityCode ? { municipalityCode } : {}),
  };
  const agreements = await ctx.em.find(
    Agreement,
    { $and: [where, notDraft, visibleAgreements(ctx.em, ctx.caller)] },
    { orderBy: { municipalityCode: 'asc', title: 'asc', id: 'asc' } },
  );
  const ids = agreements.map((a) => a.id);
  const funding = await ctx.em.find(
    Funding,
    { agreementId: { $in: ids }, awardedNok: { $ne: null }, ...(year ? { year } : {}) },
    { orderBy: { year: 'asc' } },
  );
  // Recipients are the parties: organisations that accepted.
  const parties = await ctx.em.find(
    AgreementParty,
    { agreementId: { $in: ids }, status: PartyStatus.ACCEPTED },
    { orderBy: { organisationId: 'asc' } },
  );
  // An agreement no organisation has accepted is a proposal: nothing is granted to anyone yet.
  const accepted = agreements.filter((a) => parties.some((p) => p.agreementId === a.id));
  return accepted.flatMap((a) =>
    funding
      .filter((f) => f.agreementId === a.id)
      .map((f) => ({
        agreementId: a.id,
        title: a.title,
        description: a.description,
        municipalityCode: a.municipalityCode,
        partyIds: parties.filter((p) => p.agreementId === a.id).map((p) => p.organisationId),
        startDate: a.startDate,
        endDate: a.endDate,
        updatedAt: a.updatedAt,
        year: f.year,
        awardedNok: f.awardedNok ?? 0,
        disbursedNok: f.disbursedNok,
        awardDate: f.awardDate,
      })),
  );
}

/** The 360Giving grants the caller may see, recipients named by the organisations subgraph (asked on the caller's behalf). */
export async function exportGrants(ctx: Context, organisations: OrganisationsClient, municipalityCode?: string, year?: number) {
  const sources = await grantSources(ctx, municipalityCode, year);
  const names = await organisations.find(
    sources.flatMap((s) => s.partyIds),
    { authorization: ctx.authorization, requestId: ctx.requestId },
  );
  return { grants: sources.map((s) => toGrant(s, names)) };
}
