import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lightReads, placeholders } from '../../subgraphs/common/light-read.js';
import { County } from '../../subgraphs/organisations/entities/county.entity.js';
import { Municipality } from '../../subgraphs/organisations/entities/municipality.entity.js';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { Service } from '../../subgraphs/organisations/entities/service.entity.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()), { onQuery: (sql) => statements.push(sql) });
});
afterAll(() => subgraph?.close());

/** An entity's own properties as plain data, so a light read and `em.find` compare value for value. */
const plain = (value: object) => ({ ...value });

describe('light reads (common/light-read.ts)', () => {
  it('map every row as em.find does: names, booleans, dates, JSON, date-only columns', async () => {
    const em = subgraph.service.orm.em;
    const reads = lightReads(em);
    for (const [entity, table, key] of [
      [Organisation, 'organisation', 'id'],
      [Municipality, 'municipality', 'code'],
      [County, 'county', 'code'],
      [Service, 'service', 'id'],
    ] as const) {
      const found = await em.fork().find(entity as typeof Organisation, {}, { orderBy: { [key]: 'asc' } });
      const light = await reads.entities(entity as typeof Organisation, `select * from ${table} order by ${key} asc`);
      expect(light.length).toBeGreaterThan(0);
      expect(light.map(plain)).toEqual(found.map(plain));
      expect(light.every((row) => row instanceof entity)).toBe(true);
    }
  });

  it("gives rows plain own values, never the ORM's change tracking, after the ORM has built entities of the class", async () => {
    const em = subgraph.service.orm.em;
    // em.find makes MikroORM put its tracking setters on Organisation's prototype.
    const [tracked] = await em.fork().find(Organisation, {}, { limit: 1 });
    expect(Object.getOwnPropertyDescriptor(tracked, 'name')?.get).toBeTypeOf('function');
    const [row] = await lightReads(em).entities(Organisation, 'select * from organisation where id = ?', [tracked.id]);
    expect(Object.getOwnPropertyDescriptor(row, 'name')).toMatchObject({ value: tracked.name, writable: true });
    expect(Object.getOwnPropertyNames(row)).not.toContain('__helper');
    expect(row).toBeInstanceOf(Organisation);
  });

  it('keeps a value read right after a write (no identity map to go stale) and binds values as parameters', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const { data } = await gql(
      subgraph.url,
      'mutation { createOrganisation(input: { name: "Lys ? Les", kind: VOLUNTARY_ORGANISATION, municipalityCodes: ["5601"] }) { id } }',
      {},
      admin,
    );
    const id = data.createOrganisation.id as string;
    const reads = lightReads(subgraph.service.orm.em);
    const [row] = await reads.entities(Organisation, 'select * from organisation where id = ? and name = ?', [id, 'Lys ? Les']);
    expect(row).toMatchObject({ id, name: 'Lys ? Les', registeredInFrivillighetsregisteret: false, icnpoCategories: [] });
    expect(row.createdAt).toBeInstanceOf(Date);
    expect(await reads.rows(`select id from organisation where id in (${placeholders(2)})`, ['none', "x' or '1'='1"])).toEqual([]);
  });

  it("reaches the query logger like the ORM's own statements", async () => {
    statements.length = 0;
    await lightReads(subgraph.service.orm.em).rows('select code from county where code = ?', ['56']);
    expect(statements).toEqual([expect.stringMatching(/^select code from county where code = \?/)]);
  });

  it('turns a failing statement into a MikroORM driver exception', async () => {
    await expect(lightReads(subgraph.service.orm.em).rows('select nothing from no_such_table')).rejects.toMatchObject({
      name: expect.stringMatching(/Exception$/),
    });
  });
});
