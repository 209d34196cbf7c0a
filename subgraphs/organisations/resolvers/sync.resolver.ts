import { Arg, Ctx, ID, Mutation, ObjectType, Field, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { SyncRecordInput } from '../sync/sync.input.js';
import { registerSource } from '../sync/sync.source.js';
import { syncOrganisations } from '../sync/sync.service.js';
import { SyncResult } from '../sync/sync.types.js';

@ObjectType({ description: 'A registry allowed to sync into the catalogue, and the organisation it belongs to.' })
class SyncSourceRegistration {
  @Field(() => String) source!: string;
  @Field(() => ID, { nullable: true, description: 'Null: only admins may sync it.' }) ownerOrganisationId!: string | null;
}

@Resolver()
export class SyncResolver {
  @Mutation(() => SyncResult, {
    description:
      'Upserts a partner registry batch keyed by (source, externalId), matching by orgNumber when the key is new. Every record gets an outcome; ' +
      'a rejected record never blocks the others; replaying changes nothing; dryRun writes nothing. Admins may sync any source, ' +
      'an organisation only a source registered to it, and only its own chapters. A batch above the limit (SYNC_BATCH_LIMIT, default 1000) is refused whole.',
  })
  syncOrganisations(
    @Arg('source', () => String) source: string,
    @Arg('records', () => [SyncRecordInput]) records: SyncRecordInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return syncOrganisations(ctx.em, ctx.caller, source, records, { dryRun });
  }

  @Mutation(() => SyncSourceRegistration, { description: 'Admins: registers a sync source to an organisation (or to admins only, with no owner).' })
  async registerSyncSource(
    @Arg('source', () => String) source: string,
    @Arg('ownerOrganisationId', () => ID, { nullable: true }) ownerOrganisationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<SyncSourceRegistration> {
    const row = await registerSource(ctx.em, ctx.caller, source, ownerOrganisationId);
    return { source: row.source, ownerOrganisationId: row.ownerOrganisationId };
  }
}
