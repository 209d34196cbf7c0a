import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { Clock } from '../../common/clock.js';
import { BadUserInputError, ErrorCode } from '../../common/errors.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import type { ReplaceLiveObservationsInput } from '../inputs/snapshot.input.js';
import { checkedArea } from '../rules/areas.js';
import { checkedPeriod } from '../rules/periods.js';
import { checkReplacement } from '../rules/snapshot-check.js';

/** What one replacement did. */
export interface Replacement {
  indicatorCode: string;
  period: string;
  removed: number;
  stored: number;
}

/**
 * Replaces a live indicator's observations for one period in one transaction:
 * running a snapshot again leaves one set, never two. Indicators from the
 * sources are refused, so a snapshot can never erase a cited figure.
 */
export async function replaceLiveObservations(em: EntityManager, clock: Clock, input: ReplaceLiveObservationsInput): Promise<Replacement> {
  checkReplacement(input);
  const indicator = await em.findOne(Indicator, { code: input.indicatorCode });
  if (!indicator) throw new BadUserInputError('input.indicatorCode', `"${input.indicatorCode}" is not a known indicator code`);
  if (!indicator.live)
    throw new BadUserInputError(
      'input.indicatorCode',
      `"${input.indicatorCode}" comes from a source document, not from the graph; only live indicators take snapshots`,
    );
  const { start, end } = checkedPeriod('input.period', input.period);
  const updatedAt = clock.now();
  try {
    return await em.transactional(async (tx) => {
      const removed = await tx.nativeDelete(Observation, { indicatorCode: input.indicatorCode, period: input.period });
      for (const [i, o] of input.observations.entries()) {
        tx.create(Observation, {
          indicatorCode: input.indicatorCode,
          areaLevel: checkedArea(`input.observations[${i}].areaCode`, o.areaCode).level,
          areaCode: o.areaCode,
          period: input.period,
          periodStart: start,
          periodEnd: end,
          value: o.value ?? null,
          low: o.low ?? null,
          high: o.high ?? null,
          status: o.status,
          note: o.note ?? null,
          updatedAt,
        });
      }
      await tx.flush();
      return { indicatorCode: input.indicatorCode, period: input.period, removed, stored: input.observations.length };
    });
  } catch (error) {
    // Two runs for the same indicator and period at once: the later one loses and may simply run again.
    if (error instanceof UniqueConstraintViolationException) {
      throw new GraphQLError(`another snapshot of ${input.indicatorCode} for ${input.period} was stored at the same time; run it again`, {
        extensions: { code: ErrorCode.CONFLICT },
      });
    }
    throw error;
  }
}
