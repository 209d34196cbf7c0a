import { afterAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../../subgraphs/common/config.js';
import { createSubgraph } from '../../subgraphs/common/server.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { testDatabase } from '../helpers/db.js';
import { testEnvironment } from '../helpers/clock.js';

const database = testDatabase();
afterAll(() => database.drop());

/** Rows in every table of a subgraph, by table. */
async function rowCounts(name: (typeof SUBGRAPH_NAMES)[number]) {
  const service = await createSubgraph(SUBGRAPHS[name](testEnvironment()), { database });
  try {
    const em = service.orm.em.fork();
    const counts: Record<string, number> = {};
    for (const meta of Object.values(service.orm.getMetadata().getAll())) {
      counts[meta.tableName] = await em.count(meta.class, {});
    }
    return counts;
  } finally {
    await service.close();
  }
}

describe('a restart keeps all data and never duplicates the seed', () => {
  for (const name of SUBGRAPH_NAMES) {
    it(`${name}: migrates and seeds once, then starts again unchanged`, async () => {
      const first = await rowCounts(name);
      expect(Object.values(first).some((n) => n > 0)).toBe(true);
      const second = await rowCounts(name);
      expect(second).toEqual(first);
    });
  }
});
