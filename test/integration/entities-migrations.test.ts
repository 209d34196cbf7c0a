import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { afterAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/common/config.js';
import { openDatabase, schemaName, type Orm } from '../../subgraphs/common/db.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { testEnvironment } from '../helpers/clock.js';
import { testDatabase } from '../helpers/db.js';

/**
 * Every subgraph's entities against the tables its migrations make, on the database of
 * this run (SQLite, or PostgreSQL with DATABASE_URL): each mapped column exists with the
 * same kind of type and the same nullability, and no table of an entity has a column the
 * entity does not map. Entities are reached only through the subgraph's definition and the
 * ORM's metadata, never by file.
 */
type Category = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'json';
interface Column {
  category: Category | `unknown: ${string}`;
  nullable: boolean;
}

/** The kind of a database column type, as SQLite (declared type) or PostgreSQL (information_schema) names it. */
function columnCategory(type: string): Column['category'] {
  const t = type.toLowerCase();
  if (/^(varchar|character varying|character|char|text|uuid|nvarchar|clob)\b/.test(t)) return 'text';
  if (/^(integer|int|bigint|smallint|tinyint|mediumint)\b/.test(t)) return 'integer';
  if (/^(double precision|double|float|real|numeric|decimal)\b/.test(t)) return 'number';
  if (/^(boolean|bool)\b/.test(t)) return 'boolean';
  if (/^(date|datetime|timestamp|timestamptz)\b/.test(t)) return 'date';
  if (/^(json|jsonb)\b/.test(t)) return 'json';
  return `unknown: ${type}`;
}

/** The kind of column an entity property needs, from its declared type (`@Property({ type })`). */
function propertyCategory(prop: EntityProperty): Column['category'] {
  const type = String(prop.type).toLowerCase().replace(/type$/, '');
  if (['string', 'text', 'varchar', 'uuid', 'character', 'char', 'enum'].includes(type)) return 'text';
  if (['integer', 'int', 'smallint', 'tinyint', 'mediumint', 'bigint'].includes(type)) return 'integer';
  if (['double', 'float', 'decimal', 'number', 'real'].includes(type)) return 'number';
  if (['boolean', 'bool'].includes(type)) return 'boolean';
  if (['date', 'datetime', 'time'].includes(type)) return 'date';
  if (['json', 'object', 'array'].includes(type)) return 'json';
  return `unknown: ${prop.type}`;
}

/** Every table's columns as the migrations left them. */
async function databaseColumns(orm: Orm, schema: string | undefined): Promise<Map<string, Map<string, Column>>> {
  const connection = orm.em.getConnection();
  const tables = new Map<string, Map<string, Column>>();
  const add = (table: string, column: string, type: string, nullable: boolean) => {
    if (!tables.has(table)) tables.set(table, new Map());
    tables.get(table)!.set(column, { category: columnCategory(type), nullable });
  };
  if (schema) {
    const rows = await connection.execute<{ table_name: string; column_name: string; data_type: string; is_nullable: string }[]>(
      'select table_name, column_name, data_type, is_nullable from information_schema.columns where table_schema = ?',
      [schema],
    );
    for (const row of rows) add(row.table_name, row.column_name, row.data_type, row.is_nullable === 'YES');
    return tables;
  }
  const names = await connection.execute<{ name: string }[]>(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
  );
  for (const { name } of names) {
    const columns = await connection.execute<{ name: string; type: string; notnull: number; pk: number }[]>(`pragma table_info("${name}")`);
    // SQLite lets a non-integer primary key hold null unless told otherwise; a key is never null to the ORM.
    for (const column of columns) add(name, column.name, column.type, column.notnull === 0 && column.pk === 0);
  }
  return tables;
}

/** The columns an entity maps, with the kind and nullability its properties declare. */
function entityColumns(meta: EntityMetadata): Map<string, Column> {
  const columns = new Map<string, Column>();
  for (const prop of meta.props) {
    if (
      prop.persist === false ||
      prop.formula ||
      prop.kind === '1:m' ||
      prop.kind === 'm:n' ||
      (prop.kind === '1:1' && !prop.owner) ||
      prop.kind === 'embedded'
    )
      continue;
    // A reference column has the type of the referenced key.
    const source = prop.kind === 'scalar' ? prop : prop.targetMeta!.properties[prop.targetMeta!.primaryKeys[0]];
    for (const field of prop.fieldNames)
      columns.set(field, { category: propertyCategory(source), nullable: Boolean(prop.nullable) && !prop.primary });
  }
  return columns;
}

/** Every difference between a subgraph's entities and its tables, one line each. */
function drift(orm: Orm, tables: Map<string, Map<string, Column>>): string[] {
  const problems: string[] = [];
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (meta.virtual || meta.embeddable || meta.abstract) continue;
    const table = tables.get(meta.tableName);
    if (!table) {
      problems.push(`${meta.className}: table ${meta.tableName} is made by no migration`);
      continue;
    }
    const mapped = entityColumns(meta);
    for (const [name, expected] of mapped) {
      const actual = table.get(name);
      if (!actual) problems.push(`${meta.className}: column ${meta.tableName}.${name} is made by no migration`);
      else {
        if (actual.category !== expected.category)
          problems.push(
            `${meta.className}: ${meta.tableName}.${name} is ${actual.category} in the database, ${expected.category} in the entity`,
          );
        if (actual.nullable !== expected.nullable) {
          problems.push(
            `${meta.className}: ${meta.tableName}.${name} is ${actual.nullable ? 'nullable' : 'not null'} in the database, ${expected.nullable ? 'nullable' : 'not null'} in the entity`,
          );
        }
      }
    }
    for (const name of table.keys())
      if (!mapped.has(name)) problems.push(`${meta.className}: column ${meta.tableName}.${name} is mapped by no property`);
  }
  return problems;
}

const database = testDatabase();
const opened: Orm[] = [];
afterAll(async () => {
  for (const orm of opened) await orm.close(true);
  await database.drop();
});

describe.each(SUBGRAPH_NAMES)('the %s entities against the migrations', (name: SubgraphName) => {
  it(`match, column by column (${database.url ? 'PostgreSQL' : 'SQLite'})`, async () => {
    const definition = SUBGRAPHS[name](testEnvironment());
    const orm = await openDatabase({ name, entities: [...definition.entities], migrations: definition.migrations, config: database });
    opened.push(orm);
    const tables = await databaseColumns(orm, database.url ? schemaName(database, name) : undefined);
    expect(Object.keys(orm.getMetadata().getAll()).length).toBeGreaterThan(0);
    expect(drift(orm, tables)).toEqual([]);
  });
});
