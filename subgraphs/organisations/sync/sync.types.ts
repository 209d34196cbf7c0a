import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SyncMatch, SyncOutcomeKind } from '../enums.js';
import type { OrganisationPatch } from '../rules/organisation-fields.js';

/** A registry record as the sync service takes it (the GraphQL input, or the Enhetsregisteret import). */
export type SyncRecord = OrganisationPatch & { externalId: string; parentOrgNumber?: string | null };

@ObjectType({ description: 'Why a sync record was rejected: the field (records[i].orgNumber) and the rule.' })
class SyncFieldError {
  @Field(() => String, { description: 'Path of the field, e.g. records[3].orgNumber.' }) field!: string;
  @Field(() => String, { description: 'The rule the value breaks.' }) message!: string;
}

@ObjectType({ description: 'What the sync did (or, in a dry run, would do) with one record.' })
export class SyncRecordOutcome {
  @Field(() => Int, { description: 'Position of the record in the batch.' }) index!: number;
  @Field(() => String, { description: "The record's id in the source registry." }) externalId!: string;
  @Field(() => SyncOutcomeKind, { description: 'What happened to the record.' }) outcome!: SyncOutcomeKind;
  @Field(() => ID, { nullable: true, description: 'The organisation; null when rejected, and for creations in a dry run.' })
  organisationId!: string | null;
  @Field(() => SyncMatch, {
    nullable: true,
    description: 'How the record found its organisation; null when it created one or was rejected.',
  })
  matchedBy!: SyncMatch | null;
  @Field(() => [String], { description: 'Fields changed (UPDATED) or set (CREATED).' }) changedFields!: string[];
  @Field(() => [SyncFieldError], { description: 'Why the record was rejected; empty unless REJECTED.' }) errors!: SyncFieldError[];
}

@ObjectType({ description: 'What a registry sync did (or, in a dry run, would do): counts and one outcome per record.' })
export class SyncResult {
  @Field(() => String, { description: 'The registry synced.' }) source!: string;
  @Field(() => Boolean, { description: 'True when nothing was written.' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Records that created an organisation.' }) created!: number;
  @Field(() => Int, { description: 'Records that changed an organisation.' }) updated!: number;
  @Field(() => Int, { description: 'Records that matched an organisation and changed nothing.' }) unchanged!: number;
  @Field(() => Int, { description: 'Records refused for a field error.' }) rejected!: number;
  @Field(() => [SyncRecordOutcome], { description: 'One outcome per record, in batch order.' }) outcomes!: SyncRecordOutcome[];
}
