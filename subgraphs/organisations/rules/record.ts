import { foldForSearch } from '../../common/text.js';

/** Name and description folded for search (lower case, æ→ae, ø→o, å→a, no accents), for organisations and services alike. */
export const searchTextOf = (record: { name: string; description: string | null }) =>
  foldForSearch(`${record.name} ${record.description ?? ''}`);

/**
 * The `updatedAt` of a record that changes now: the clock's time, and never the value it
 * had, so the row is always dirty and its version moves on even when only its own rows
 * (served municipalities, taxonomy terms) changed, or a stopped clock reads the same time.
 */
export const nextUpdatedAt = (previous: Date | undefined, now: Date): Date =>
  previous && previous.getTime() >= now.getTime() ? new Date(previous.getTime() + 1) : now;
