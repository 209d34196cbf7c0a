import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { DateScalar } from '../../common/scalars.js';
import { AgreementStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { changeStatus } from '../services/status.service.js';

/** The lifecycle moves a caller makes; expiry follows the end date. */
@Resolver(() => Agreement)
export class AgreementStatusResolver {
  @Mutation(() => Agreement, { description: 'Activates a draft or terminates an active agreement (expiry follows the end date).' })
  changeAgreementStatus(
    @Arg('id', () => ID, { description: 'The agreement whose status changes.' }) id: string,
    @Arg('version', () => Int, { description: "The agreement's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Arg('status', () => AgreementStatus, { description: 'The new status: ACTIVE (from DRAFT) or TERMINATED (from ACTIVE).' })
    status: AgreementStatus,
    @Arg('effectiveDate', () => DateScalar, { nullable: true, description: 'Termination only: the day it takes effect (default today).' })
    effectiveDate: string | null,
    @Ctx() ctx: Context,
  ) {
    return changeStatus(ctx, id, version, status, effectiveDate ?? null);
  }
}
