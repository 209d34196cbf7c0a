import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, paginate } from '../../subgraphs/common/pagination.js';

const items = Array.from({ length: 45 }, (_, i) => i);
const fetchPage = async ({ limit, offset }: { limit: number; offset: number }): Promise<[number[], number]> => [
  items.slice(offset, offset + limit),
  items.length,
];

describe('Relay pagination', () => {
  it('walks every node once, page after page', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof paginate<number>>> = await paginate({ first: 20, after }, fetchPage);
      seen.push(...page.edges.map((e) => e.node));
      expect(page.totalCount).toBe(45);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items);
  });

  it('refuses a page larger than the cap and a forged cursor', async () => {
    await expect(paginate({ first: MAX_PAGE_SIZE + 1 }, fetchPage)).rejects.toThrow(`first: must be between 1 and ${MAX_PAGE_SIZE}`);
    await expect(paginate({ first: 0 }, fetchPage)).rejects.toThrow(/first/);
    await expect(paginate({ after: 'bm90IGEgY3Vyc29y' }, fetchPage)).rejects.toThrow(/after: .* not a cursor/);
  });
});
