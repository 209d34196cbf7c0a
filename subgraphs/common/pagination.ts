import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

/** Largest page any connection returns; `first` above it is refused. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
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
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All matching nodes, across pages.' }) totalCount!: number;
  }
  return ConnectionType;
}

const encode = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decode(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadUserInputError('after', `"${cursor}" is not a cursor this connection issued`);
  return Number(match[1]);
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
