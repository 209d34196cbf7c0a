import { afterAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../../subgraphs/common/config.js';
import { createSubgraph } from '../../subgraphs/common/server.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { testDatabase } from '../helpers/db.js';
import { testEnvironment } from '../helpers/clock.js';

const database = testDatabase();
afterAll(() => database.drop());

/*
 * Loading rows and flushing without a change must write nothing. (A date
 * property typed 'datetime' made MikroORM see every loaded row of SQLite as
 * changed: each flush rewrote timestamps and bumped versions.)
 */
describe('flushing unchanged entities writes nothing', () => {
  for (const name of SUBGRAPH_NAMES) {
    it(name, async () => {
      const statements: string[] = [];
      const service = await createSubgraph(SUBGRAPHS[name](testEnvironment()), { database, onQuery: (sql) => statements.push(sql) });
      try {
        const em = service.orm.em.fork();
        let loaded = 0;
        for (const meta of Object.values(service.orm.getMetadata().getAll())) {
          if (meta.embeddable || meta.virtual) continue;
          loaded += (await em.find(meta.class, {}, { limit: 50 })).length;
        }
        expect(loaded).toBeGreaterThan(0);
        statements.length = 0;
        await em.flush();
        expect(statements.filter((sql) => /^(insert|update|delete)/i.test(sql))).toEqual([]);
      } finally {
        await service.close();
      }
    });
  }
});
