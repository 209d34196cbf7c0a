import { BadUserInputError } from '../../common/errors.js';

/** Cursors of the change feed name a sequence number, not an offset, so they stay valid however the feed grows. */
export const changeCursor = (sequence: number) => Buffer.from(`change:${sequence}`).toString('base64url');

/** The largest sequence number a cursor may name: the column is a 32-bit integer on PostgreSQL. */
const MAX_SEQUENCE = 2_147_483_647;

/** The sequence number a cursor names; BAD_USER_INPUT on `after` for anything the feed did not issue. */
export function sequenceOf(cursor: string): number {
  const match = cursor.length <= 64 ? /^change:(0|[1-9]\d{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
  if (!match || Number(match[1]) > MAX_SEQUENCE) {
    throw new BadUserInputError('after', `${JSON.stringify(shown)} is not a cursor of organisationChanges`);
  }
  return Number(match[1]);
}
