import type { EntityName } from '@mikro-orm/core';
import type { Context } from '../common/context.js';
import { groupByKeys } from '../common/context.js';
import { AuditEntry } from './entities/audit-entry.entity.js';
import { Commitment } from './entities/commitment.entity.js';
import { Contact } from './entities/contact.entity.js';
import { AgreementDocument } from './entities/document.entity.js';
import { Funding } from './entities/funding.entity.js';
import { Requirement } from './entities/requirement.entity.js';

type Part = { agreementId: string };

/** One query per kind of row for all the agreements of a request. */
function rowsOf<T extends Part>(name: string, entity: EntityName<T>, orderBy: Record<string, 'asc' | 'desc'>) {
  return (ctx: Context) =>
    ctx.loader<string, T[]>(name, async (ids) =>
      groupByKeys(ids, (await ctx.em.find(entity, { agreementId: { $in: [...ids] } } as never, { orderBy: orderBy as never })) as T[], (row) => row.agreementId),
    );
}

export const partLoaders = {
  commitments: rowsOf<Commitment>('commitments', Commitment, { side: 'asc', kind: 'asc', id: 'asc' }),
  requirements: rowsOf<Requirement>('requirements', Requirement, { kind: 'asc' }),
  funding: rowsOf<Funding>('funding', Funding, { year: 'asc' }),
  contacts: rowsOf<Contact>('contacts', Contact, { side: 'asc', name: 'asc', id: 'asc' }),
  documents: rowsOf<AgreementDocument>('documents', AgreementDocument, { title: 'asc', id: 'asc' }),
  audit: rowsOf<AuditEntry>('audit', AuditEntry, { at: 'asc', id: 'asc' }),
};
