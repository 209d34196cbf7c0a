import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../common/seed-ids.js';
import { Indicator } from './entities/indicator.entity.js';
import { Observation } from './entities/observation.entity.js';
import { parsePeriod } from './periods.js';
import { SEED_INDICATORS } from './seed-data.js';

/** Inserts the seeded indicators and their observations when missing; never touches one that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(Indicator, { code: { $in: SEED_INDICATORS.map((i) => i.code) } }, { fields: ['code'] })).map((i) => i.code));
  await em.transactional(async (tx) => {
    const observations: Observation[] = [];
    for (const s of SEED_INDICATORS) {
      if (existing.has(s.code)) continue;
      tx.create(Indicator, {
        code: s.code, nameNb: s.nameNb, nameEn: s.nameEn, description: s.description, unit: s.unit, decimals: s.decimals, topic: s.topic,
        sourcePublication: s.source.publication, sourceYear: s.source.year, sourceUrl: s.source.url, method: s.method, published: true,
      });
      for (const o of s.observations) {
        const { start, end } = parsePeriod(o.period)!;
        observations.push(
          tx.create(Observation, {
            id: seedId('observation', `${s.code}:${o.areaCode}:${o.period}`),
            indicatorCode: s.code, areaLevel: o.areaLevel, areaCode: o.areaCode, period: o.period, periodStart: start, periodEnd: end,
            value: o.value ?? null, low: o.low ?? null, high: o.high ?? null, status: o.status, note: o.note ?? null, source: null,
          }, { persist: false }),
        );
      }
    }
    await tx.flush();
    tx.persist(observations);
  });
}
