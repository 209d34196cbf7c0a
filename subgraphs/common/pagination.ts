import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

/** Largest page any connection returns; `first` above it is refused. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
class PageInfo {
  @Field(() => Boolean, { description: 'Whether more nodes follow this page (fetch them with `after: endCursor`).' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Whether nodes precede this page (true when it does not start at the first node).' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null when the page is empty.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type; call once per type, at module level. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string = nodeType.name): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this edge; pass it as `after` to continue after it.' }) cursor!: string;
    @Field(() => nodeType, { description: `The ${name}.` }) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} nodes (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The nodes of this page, in order, each with its cursor.' }) edges!: Edge[];
    @Field(() => PageInfo, { description: 'Where this page sits: cursors and whether more pages follow.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All matching nodes, across pages.' }) totalCount!: number;
  }
  return ConnectionType;
}

const encode = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/**
 * The largest offset a cursor may carry: far beyond any connection's size, and a whole number
 * every driver binds as an integer (a larger one reached SQLite as a float and PostgreSQL as an error).
 */
export const MAX_CURSOR_OFFSET = 2_147_483_646;

/** How much of a refused cursor an error repeats. */
const CURSOR_ECHO = 40;

function decode(cursor: string): number {
  const shown = cursor.length > CURSOR_ECHO ? `${cursor.slice(0, CURSOR_ECHO)}…` : cursor;
  const match = cursor.length <= 64 ? /^offset:(0|[1-9]\d{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (!match) throw new BadUserInputError('after', `${JSON.stringify(shown)} is not a cursor this connection issued`);
  const offset = Number(match[1]);
  if (offset > MAX_CURSOR_OFFSET) throw new BadUserInputError('after', `the cursor points past the largest offset, ${MAX_CURSOR_OFFSET}`);
  return offset;
}

/** Limit and offset for a page, checked. */
export function pageWindow(args: ConnectionArgs): { limit: number; offset: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { limit: first, offset: args.after ? decode(args.after) + 1 : 0 };
}

/**
 * Runs a page query. `fetch` gets a limit and offset and returns the page's
 * nodes with the total count (MikroORM's findAndCount has that shape).
 */
export async function paginate<T>(
  args: ConnectionArgs,
  fetch: (window: { limit: number; offset: number }) => Promise<[T[], number]>,
): Promise<ConnectionShape<T>> {
  const window = pageWindow(args);
  const [nodes, totalCount] = await fetch(window);
  const edges = nodes.map((node, i) => ({ cursor: encode(window.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
