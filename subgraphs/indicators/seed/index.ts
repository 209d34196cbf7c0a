import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import { seedId } from '../../common/seed-ids.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { LIVE_INDICATORS } from '../live/indicators.types.js';
import type { IndicatorDefinition } from '../rules/definitions.js';
import { checkedPeriod } from '../rules/periods.js';
import { POPULATION_INDICATOR, populationObservations } from './population.js';
import { SEED_INDICATORS } from './sources.js';

const definition = (s: IndicatorDefinition, live: boolean) => ({
  code: s.code,
  nameNb: s.nameNb,
  nameEn: s.nameEn,
  description: s.description,
  unit: s.unit,
  unitEn: s.unitEn,
  decimals: s.decimals,
  topic: s.topic,
  sourcePublication: s.source.publication,
  sourceYear: s.source.year,
  sourceUrl: s.source.url,
  method: s.method,
  published: true,
  live,
});

/**
 * Inserts what is missing, never touching what exists: the indicators from the sources
 * with their observations, the population with every year of population-<year>.csv,
 * and the live indicators' definitions (their values come from snapshots).
 */
export async function seed(em: EntityManager, clock: Clock): Promise<void> {
  const all = [
    ...SEED_INDICATORS.map((s) => ({ s, live: false })),
    { s: { ...POPULATION_INDICATOR, observations: [] }, live: false },
    ...LIVE_INDICATORS.map((s) => ({ s: { ...s, observations: [] }, live: true })),
  ];
  const existing = new Set(
    (await em.find(Indicator, { code: { $in: all.map(({ s }) => s.code) } }, { fields: ['code'] })).map((i) => i.code),
  );
  const updatedAt = clock.now();
  await em.transactional(async (tx) => {
    const observations: Observation[] = [];
    for (const { s, live } of all) {
      if (existing.has(s.code)) continue;
      tx.create(Indicator, definition(s, live));
      for (const o of s.observations) {
        const { start, end } = checkedPeriod(`${s.code}.period`, o.period);
        observations.push(
          tx.create(
            Observation,
            {
              id: seedId('observation', `${s.code}:${o.areaCode}:${o.period}`),
              indicatorCode: s.code,
              areaLevel: o.areaLevel,
              areaCode: o.areaCode,
              period: o.period,
              periodStart: start,
              periodEnd: end,
              value: o.value ?? null,
              low: o.low ?? null,
              high: o.high ?? null,
              status: o.status,
              note: o.note ?? null,
              updatedAt,
            },
            { persist: false },
          ),
        );
      }
    }
    // Observations reference indicators through a foreign key: the parents first.
    await tx.flush();
    tx.persist([...observations, ...(await populationObservations(tx, clock))]);
  });
}
