import type { EntityManager } from '@mikro-orm/knex';
import { Indicator } from '../../subgraphs/indicators/entities/indicator.entity.js';
import { Observation } from '../../subgraphs/indicators/entities/observation.entity.js';
import { AreaLevel, ObservationStatus as S } from '../../subgraphs/indicators/enums.js';

/**
 * An unpublished indicator (researchers only) with rows for Alta, Finnmark and the
 * country, one of them suppressed, and a provisional value of a published live indicator.
 */
export async function addHiddenIndicator(em: EntityManager) {
  em.create(Indicator, {
    code: 'test_hidden',
    nameNb: 'Skjult',
    nameEn: 'Hidden',
    description: 'Ikke publisert',
    unit: 'antall',
    decimals: 0,
    topic: 'test',
    sourcePublication: 'Testkilde',
    sourceYear: 2026,
    sourceUrl: null,
    method: 'Test',
    published: false,
    live: false,
  });
  await em.flush();
  const row = (indicatorCode: string, areaLevel: AreaLevel, areaCode: string, value: number | null, status: S) =>
    em.create(Observation, {
      indicatorCode,
      areaLevel,
      areaCode,
      period: '2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      value,
      low: null,
      high: null,
      status,
      note: null,
      source: null,
      updatedAt: new Date(),
    });
  row('test_hidden', AreaLevel.MUNICIPALITY, '5601', 3, S.FINAL);
  row('test_hidden', AreaLevel.COUNTY, '56', null, S.SUPPRESSED);
  row('test_hidden', AreaLevel.COUNTRY, 'NO', 40, S.PROVISIONAL);
  row('agreements_total', AreaLevel.MUNICIPALITY, '5601', 1, S.PROVISIONAL);
  row('agreements_total', AreaLevel.COUNTRY, 'NO', 9, S.FINAL);
  await em.flush();
}
