import type { Context } from '../../common/context.js';
import { AgreementStatus, AgreementType } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import { Funding } from '../entities/funding.entity.js';
import { ensureSwept } from '../expiry.service.js';
import { visibleAgreements } from '../visibility.js';
import type { GrantSource } from './giving360.js';

/**
 * The funding rows to export: awarded amounts of agreements the caller may see,
 * except drafts (nothing is awarded yet) and service contracts (a purchase under
 * the procurement act is payment for services, not a grant).
 */
export async function grantSources(ctx: Context, municipalityCode?: string, year?: number): Promise<GrantSource[]> {
  await ensureSwept(ctx);
  const where: Record<string, unknown> = { status: { $ne: AgreementStatus.DRAFT }, type: { $ne: AgreementType.SERVICE_CONTRACT } };
  if (municipalityCode) where.municipalityCode = municipalityCode;
  const agreements = await ctx.em.find(Agreement, { $and: [where, visibleAgreements(ctx.em, ctx.caller)] }, { orderBy: { municipalityCode: 'asc', title: 'asc', id: 'asc' } });
  const ids = agreements.map((a) => a.id);
  const funding = await ctx.em.find(Funding, { agreementId: { $in: ids }, awardedNok: { $ne: null }, ...(year ? { year } : {}) }, { orderBy: { year: 'asc' } });
  const parties = await ctx.em.find(AgreementParty, { agreementId: { $in: ids } }, { orderBy: { organisationId: 'asc' } });
  return agreements.flatMap((a) =>
    funding
      .filter((f) => f.agreementId === a.id)
      .map((f) => ({
        agreementId: a.id, title: a.title, description: a.description, municipalityCode: a.municipalityCode,
        partyIds: parties.filter((p) => p.agreementId === a.id).map((p) => p.organisationId),
        startDate: a.startDate, endDate: a.endDate, updatedAt: a.updatedAt,
        year: f.year, awardedNok: f.awardedNok!, disbursedNok: f.disbursedNok, awardDate: f.awardDate,
      })),
  );
}
