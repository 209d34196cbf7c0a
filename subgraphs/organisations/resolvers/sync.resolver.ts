import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { OrganisationsDeps } from '../config.js';
import { registerSyncSource } from '../services/sync-source.service.js';
import { SyncRecordInput } from '../sync/sync.input.js';
import { syncOrganisations } from '../sync/sync.service.js';
import { SyncResult } from '../sync/sync.types.js';

@ObjectType({ description: 'A registry allowed to sync into the catalogue, and the organisation it belongs to.' })
class SyncSourceRegistration {
  @Field(() => String, { description: 'Name of the registry, as passed to syncOrganisations.' }) source!: string;
  @Field(() => ID, { nullable: true, description: 'Null: only admins may sync it.' }) ownerOrganisationId!: string | null;
}

@Resolver()
export class SyncResolver {
  constructor(private readonly deps: OrganisationsDeps) {}

  @Mutation(() => SyncResult, {
    description:
      'Upserts a partner registry batch keyed by (source, externalId), matching by orgNumber when the key is new. Every record gets an outcome; ' +
      'a rejected record never blocks the others; replaying changes nothing; dryRun writes nothing. Admins may sync any source, ' +
      'an organisation only a source registered to it, and only its own chapters. A batch above the limit (SYNC_BATCH_LIMIT, default 1000) is refused whole.',
  })
  syncOrganisations(
    @Arg('source', () => String, { description: 'Name of the registry the records come from; with each externalId, the sync key.' })
    source: string,
    @Arg('records', () => [SyncRecordInput], { description: 'The records of the batch, at most SYNC_BATCH_LIMIT (default 1000).' })
    records: SyncRecordInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'True: report what would happen and write nothing.' })
    dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return syncOrganisations(ctx.em, ctx.caller, source, records, { dryRun, limit: this.deps.settings.syncBatchLimit, clock: ctx.clock });
  }

  @Mutation(() => SyncSourceRegistration, {
    description: 'Admins: registers a sync source to an organisation (or to admins only, with no owner).',
  })
  async registerSyncSource(
    @Arg('source', () => String, { description: 'Name of the registry.' }) source: string,
    @Arg('ownerOrganisationId', () => ID, {
      nullable: true,
      description: 'The organisation that may sync the registry; leave out so that only admins may.',
    })
    ownerOrganisationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<SyncSourceRegistration> {
    const row = await registerSyncSource(ctx, source, ownerOrganisationId);
    return { source: row.source, ownerOrganisationId: row.ownerOrganisationId };
  }
}
