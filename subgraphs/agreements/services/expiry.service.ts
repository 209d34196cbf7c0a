import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import type { Logger } from '../../common/logger.js';
import { AgreementStatus, AuditAction } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { OPEN_STATUSES } from '../rules/lifecycle.js';

/**
 * Stores EXPIRED on every draft or active agreement whose end date has passed,
 * each with an audit entry by `system:expiry`. Each row is moved only if it is still
 * as read (same version), so two sweeps at once (two replicas) expire it, and record it, once.
 */
export async function sweepExpired(em: EntityManager, clock: Clock): Promise<number> {
  const due = await em
    .fork()
    .createQueryBuilder(Agreement, 'a')
    .select(['id', 'status', 'endDate', 'version'])
    .where({ status: { $in: [...OPEN_STATUSES] }, endDate: { $lt: clock.today() } })
    .execute<{ id: string; status: AgreementStatus; endDate: string; version: number }[]>('all', true);
  let expired = 0;
  for (const row of due) {
    await em.fork().transactional(async (tx) => {
      const at = clock.now();
      const moved = await tx.nativeUpdate(
        Agreement,
        { id: row.id, version: row.version },
        { status: AgreementStatus.EXPIRED, version: row.version + 1, updatedAt: at },
      );
      if (moved !== 1) return;
      const changes = [{ field: 'status', oldValue: JSON.stringify(row.status), newValue: JSON.stringify(AgreementStatus.EXPIRED) }];
      tx.create(AuditEntry, { agreementId: row.id, actor: 'system:expiry', actorRole: 'system', action: AuditAction.EXPIRED, changes, at });
      expired += 1;
    });
  }
  return expired;
}

/** The sweeps of a running subgraph: one at start, then one every `intervalMs` (0: at start only) until stopped. */
export function expirySweeps(clock: Clock, intervalMs: number, logger: Logger) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  const sweep = async (em: EntityManager) => {
    const expired = await sweepExpired(em, clock);
    if (expired > 0) logger.info({ expired }, 'expiry sweep stored EXPIRED');
  };
  return {
    /** Sweeps now (a failure stops the start), then schedules the next sweeps. */
    async start(em: EntityManager): Promise<void> {
      clearInterval(timer);
      await sweep(em);
      if (intervalMs === 0) return;
      timer = setInterval(() => {
        // A sweep still running (a slow database) is not overtaken; a failed one is tried again at the next tick.
        running ??= sweep(em)
          .catch((error: unknown) => logger.error({ err: error }, 'expiry sweep failed; retried at the next interval'))
          .finally(() => (running = null));
      }, intervalMs);
      // The schedule alone does not keep the process running.
      timer.unref();
    },
    /** Stops the schedule and waits for a sweep under way, so the database can close. */
    async stop(): Promise<void> {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
