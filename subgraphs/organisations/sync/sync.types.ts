import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SyncMatch, SyncOutcomeKind } from '../enums.js';
import type { OrganisationPatch } from '../organisation-fields.js';

/** A registry record as the sync service takes it (the GraphQL input, or the Enhetsregisteret import). */
export type SyncRecord = OrganisationPatch & { externalId: string; parentOrgNumber?: string | null };

@ObjectType({ description: 'Why a sync record was rejected: the field (records[i].orgNumber) and the rule.' })
export class SyncFieldError {
  @Field(() => String) field!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'What the sync did (or, in a dry run, would do) with one record.' })
export class SyncRecordOutcome {
  @Field(() => Int, { description: 'Position of the record in the batch.' }) index!: number;
  @Field(() => String) externalId!: string;
  @Field(() => SyncOutcomeKind) outcome!: SyncOutcomeKind;
  @Field(() => ID, { nullable: true, description: 'The organisation; null when rejected, and for creations in a dry run.' }) organisationId!: string | null;
  @Field(() => SyncMatch, { nullable: true }) matchedBy!: SyncMatch | null;
  @Field(() => [String], { description: 'Fields changed (UPDATED) or set (CREATED).' }) changedFields!: string[];
  @Field(() => [SyncFieldError]) errors!: SyncFieldError[];
}

@ObjectType()
export class SyncResult {
  @Field(() => String) source!: string;
  @Field(() => Boolean, { description: 'True when nothing was written.' }) dryRun!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [SyncRecordOutcome]) outcomes!: SyncRecordOutcome[];
}
