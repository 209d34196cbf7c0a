import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../subgraphs/common/clock.js';
import { databaseConfig, type DatabaseConfig } from '../subgraphs/common/config.js';
import { dropSchema, openDatabase, type Orm } from '../subgraphs/common/db.js';
import { MUNICIPALITIES } from '../subgraphs/common/municipalities.js';
import { orgNumberCheckDigit } from '../subgraphs/common/orgnumber.js';
import { foldForSearch } from '../subgraphs/common/text.js';
import { organisationsSettings } from '../subgraphs/organisations/config.js';
import { OrganisationKind } from '../subgraphs/organisations/enums.js';
import { entities } from '../subgraphs/organisations/index.js';
import { migrations } from '../subgraphs/organisations/migrations/index.js';
import { syncOrganisations } from '../subgraphs/organisations/sync/sync.service.js';
import type { SyncRecord } from '../subgraphs/organisations/sync/sync.types.js';

/**
 * `npm run bench:sync [-- --records 5000]`: syncs N registry records into a fresh
 * organisations database and, for comparison, bulk-inserts the same rows with
 * plain batched INSERTs into another fresh database of the same kind (SQLite in a
 * temp directory, or PostgreSQL schemas under a temp prefix when DATABASE_URL is set).
 * Prints time, records per second and peak memory of each; both databases are dropped.
 */
const count = Number(process.argv[process.argv.indexOf('--records') + 1]) || 5000;
const batchSize = organisationsSettings(process.env).syncBatchLimit;
const kinds = Object.values(OrganisationKind);

function records(n: number): SyncRecord[] {
  const out: SyncRecord[] = [];
  for (let i = 0; out.length < n; i++) {
    const first8 = String(92_000_000 + i);
    const check = orgNumberCheckDigit(first8);
    if (check === null) continue;
    const k = out.length;
    const municipality = MUNICIPALITIES[k % MUNICIPALITIES.length];
    out.push({
      externalId: `bench-${k}`,
      orgNumber: `${first8}${check}`,
      name: `Benkelag ${k} ${municipality.name}`,
      kind: kinds[k % kinds.length],
      description: `Frivillig lag nummer ${k} i ${municipality.name}`,
      email: `post${k}@benkelag.example`,
      website: `https://benkelag${k}.example`,
      municipalityCodes: [municipality.code],
      address: {
        street: `Storgata ${k}`,
        postalCode: '9510',
        postalPlace: municipality.name.toUpperCase(),
        municipalityCode: municipality.code,
      },
      registeredInFrivillighetsregisteret: k % 2 === 0,
    });
  }
  return out;
}

/** A database of its own for one phase (never the service's). */
async function temporaryDatabase(): Promise<{ orm: Orm; drop(): Promise<void> }> {
  const base = databaseConfig();
  const config: DatabaseConfig = {
    url: base.url,
    dataDir: mkdtempSync(path.join(tmpdir(), 'samspill-bench-')),
    schemaPrefix: `bench${randomBytes(3).toString('hex')}_`,
  };
  const orm = await openDatabase({ name: 'organisations', entities: [...entities], migrations, config });
  return {
    orm,
    async drop() {
      if (config.url) await dropSchema(orm, config, 'organisations');
      await orm.close(true);
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

interface Figures {
  label: string;
  seconds: number;
  perSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** Times `work`, sampling memory every 10 ms for the peaks. */
async function measure(label: string, n: number, work: () => Promise<void>): Promise<Figures> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return { label, seconds, perSecond: n / seconds, peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap) };
}

const rows = records(count);
const engine = databaseConfig().url ? 'PostgreSQL' : 'SQLite';
console.log(`bench:sync: ${count} records, batches of ${batchSize}, ${engine}`);
const results: Figures[] = [];

const synced = await temporaryDatabase();
try {
  const admin = { role: 'admin' as const, subject: 'bench-sync' };
  for (const [label, expect] of [
    ['sync (create)', 'created'],
    ['sync replay (unchanged)', 'unchanged'],
  ] as const) {
    results.push(
      await measure(label, count, async () => {
        for (let b = 0; b < count; b += batchSize) {
          const result = await syncOrganisations(synced.orm.em.fork(), admin, 'bench', rows.slice(b, b + batchSize), {
            limit: batchSize,
            clock: systemClock,
          });
          if (result[expect] !== Math.min(batchSize, count - b))
            throw new Error(`${label}: expected every record ${expect}, got ${JSON.stringify({ ...result, outcomes: undefined })}`);
          console.log(`  ${label}: ${Math.min(b + batchSize, count)}/${count}`);
        }
      }),
    );
  }
} finally {
  await synced.drop();
}

const bare = await temporaryDatabase();
try {
  results.push(
    await measure('bare batched insert', count, async () => {
      const knex = bare.orm.em.getKnex();
      const now = systemClock.now().toISOString();
      for (let b = 0; b < count; b += batchSize) {
        const batch = rows.slice(b, b + batchSize).map((r) => ({ ...r, id: randomUUID() }));
        await knex.transaction(async (trx) => {
          await trx.batchInsert(
            'organisation',
            batch.map((r) => ({
              id: r.id,
              org_number: r.orgNumber,
              name: r.name,
              description: r.description,
              kind: r.kind,
              icnpo_categories: '[]',
              email: r.email,
              website: r.website,
              address_street: r.address!.street,
              address_postal_code: r.address!.postalCode,
              address_postal_place: r.address!.postalPlace,
              address_municipality_code: r.address!.municipalityCode,
              registered_in_frivillighetsregisteret: r.registeredInFrivillighetsregisteret,
              status: 'active',
              search_text: foldForSearch(`${r.name} ${r.description}`),
              created_at: now,
              updated_at: now,
              version: 1,
            })),
            200,
          );
          await trx.batchInsert(
            'organisation_municipality',
            batch.map((r) => ({ organisation_id: r.id, municipality_code: r.municipalityCodes![0] })),
            200,
          );
        });
        console.log(`  bare batched insert: ${Math.min(b + batchSize, count)}/${count}`);
      }
    }),
  );
} finally {
  await bare.drop();
}

// Peak RSS is the whole process's during the phase (it includes what earlier phases left); peak heap is the JS heap in use.
console.log('\nphase                      time (s)   records/s   peak RSS (MB)   peak heap (MB)');
for (const r of results) {
  console.log(
    `${r.label.padEnd(26)} ${r.seconds.toFixed(2).padStart(8)} ${Math.round(r.perSecond).toString().padStart(11)} ${String(r.peakRssMb).padStart(15)} ${String(r.peakHeapMb).padStart(16)}`,
  );
}
const [sync, , insert] = results;
console.log(
  `\nsummary: sync of ${count} records took ${sync.seconds.toFixed(2)} s, ${(sync.seconds / insert.seconds).toFixed(1)}x the bare insert (which checks, diffs, links and logs nothing)`,
);
