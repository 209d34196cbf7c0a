import type { Context } from '../common/context.js';
import { BadUserInputError } from '../common/errors.js';
import type { OrganisationDirectory } from './organisation-directory.js';

/**
 * Refuses party ids the organisations subgraph does not know. It asks that
 * subgraph (never its tables), on the caller's behalf; `known` ids are not asked again.
 */
export async function checkParties(ctx: Context, directory: OrganisationDirectory, ids: string[], field: string, known: string[] = []): Promise<void> {
  const ask = ids.filter((id) => !known.includes(id));
  if (ask.length === 0) return;
  const found = await directory.find(ask, { authorization: ctx.authorization, requestId: ctx.requestId });
  const index = ids.findIndex((id) => ask.includes(id) && !found.has(id));
  if (index >= 0) {
    throw new BadUserInputError(`${field}[${index}]`, `the organisations subgraph does not know organisation ${ids[index]}`);
  }
}
