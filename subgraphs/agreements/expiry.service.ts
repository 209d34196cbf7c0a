import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../common/context.js';
import { recordAudit } from './audit.js';
import { todayInNorway } from './clock.js';
import { AgreementStatus, AuditAction } from './enums.js';
import { Agreement } from './entities/agreement.entity.js';
import { OPEN_STATUSES } from './lifecycle.js';

export const EXPIRY_ACTOR = { name: 'system:expiry', role: 'system' };

/**
 * Stores EXPIRED on every draft or active agreement whose end date has passed,
 * each with an audit entry. Each row is moved only if it is still as read
 * (same version), so two sweeps at once expire it, and record it, once.
 */
export async function sweepExpired(em: EntityManager, today: string = todayInNorway()): Promise<number> {
  const due = await em
    .fork()
    .createQueryBuilder(Agreement, 'a')
    .select(['id', 'status', 'endDate', 'version'])
    .where({ status: { $in: [...OPEN_STATUSES] }, endDate: { $lt: today } })
    .execute<{ id: string; status: AgreementStatus; endDate: string; version: number }[]>('all', true);
  let expired = 0;
  for (const row of due) {
    await em.fork().transactional(async (tx) => {
      const moved = await tx.nativeUpdate(
        Agreement,
        { id: row.id, version: row.version },
        { status: AgreementStatus.EXPIRED, version: row.version + 1, updatedAt: new Date() },
      );
      if (moved !== 1) return;
      recordAudit(tx, row.id, EXPIRY_ACTOR, AuditAction.EXPIRED, [
        { field: 'status', oldValue: JSON.stringify(row.status), newValue: JSON.stringify(AgreementStatus.EXPIRED) },
      ]);
      await tx.flush();
      expired += 1;
    });
  }
  return expired;
}

/** The sweep at read time: once per request, before the first agreement is read. */
export const ensureSwept = (ctx: Context): Promise<number | null> =>
  ctx.loader<string, number>('expirySweep', async (keys) => {
    const n = await sweepExpired(ctx.em);
    return keys.map(() => n);
  }).load('sweep');
