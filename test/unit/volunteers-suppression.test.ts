import { describe, expect, it } from 'vitest';
import { protectTable, suppressedKeys, type Cell } from '../../subgraphs/volunteers/rules/suppression.js';

const cell = (key: string, people: number, hours = people * 10): Cell => ({ key, people, hours });
const totalOf = (cells: Cell[]) => ({ people: cells.reduce((s, c) => s + c.people, 0), hours: cells.reduce((s, c) => s + c.hours, 0) });
const hiddenKeys = (cells: Cell[], threshold = 5) => [...suppressedKeys(cells, threshold).keys()].sort();

describe('primary and complementary suppression', () => {
  it('hides nothing when every cell reaches the threshold', () => {
    expect(hiddenKeys([cell('a', 5), cell('b', 9)])).toEqual([]);
  });

  it('hides a single small cell and the next-smallest cell with it', () => {
    const cells = [cell('big', 40), cell('small', 2), cell('mid', 7), cell('next', 6)];
    const hidden = suppressedKeys(cells, 5);
    expect(hidden.get('small')).toBe('primary');
    expect(hidden.get('next')).toBe('complementary');
    expect(hidden.size).toBe(2);
  });

  it('needs no complement when two small cells together reach the threshold', () => {
    expect(hiddenKeys([cell('a', 3), cell('b', 4), cell('c', 20)])).toEqual(['a', 'b']);
  });

  it('adds a complement when the small cells together stay under the threshold (1 + 1 would reveal 1 and 1)', () => {
    const hidden = suppressedKeys([cell('a', 1), cell('b', 1), cell('c', 8), cell('d', 30)], 5);
    expect([...hidden]).toEqual([
      ['a', 'primary'],
      ['b', 'primary'],
      ['c', 'complementary'],
    ]);
  });

  it('breaks ties between complement candidates by hours, then key, so the choice is stable', () => {
    expect(hiddenKeys([cell('x', 2), cell('b', 6, 100), cell('a', 6, 50)])).toEqual(['a', 'x']);
    expect(hiddenKeys([cell('x', 2), cell('b', 6, 50), cell('a', 6, 50)])).toEqual(['a', 'x']);
  });

  it('never picks an empty cell as complement (it would protect nothing)', () => {
    expect(hiddenKeys([cell('none', 0, 0), cell('small', 2), cell('ok', 9)])).toEqual(['ok', 'small']);
  });

  it('follows the threshold it is given', () => {
    expect(hiddenKeys([cell('a', 4), cell('b', 9)], 3)).toEqual([]);
    expect(hiddenKeys([cell('a', 4), cell('b', 9)], 10)).toEqual(['a', 'b']);
  });
});

describe('protectTable: totals, counts and hours', () => {
  it('hides the total and every cell when the total is under the threshold', () => {
    const cells = [cell('a', 2), cell('b', 2)];
    const table = protectTable(totalOf(cells), cells, 5);
    expect(table.total).toMatchObject({ suppressed: true, people: null, hours: null });
    expect(table.cells.every((c) => c.suppressed && c.people === null && c.hours === null)).toBe(true);
  });

  it('keeps the total and hides the hours of every hidden cell with its count', () => {
    const cells = [cell('few', 2, 500), cell('many', 12, 20), cell('some', 6, 60)];
    const table = protectTable(totalOf(cells), cells, 5);
    expect(table.total).toMatchObject({ people: 20, hours: 580, suppressed: false });
    expect(table.cells).toEqual([
      { key: 'few', people: null, hours: null, suppressed: true, reason: 'primary' },
      { key: 'many', people: 12, hours: 20, suppressed: false, reason: null },
      { key: 'some', people: null, hours: null, suppressed: true, reason: 'complementary' },
    ]);
  });

  it('judges cells by people, not hours: many hours by few people are hidden, few hours by many people are not', () => {
    const cells = [cell('a', 3, 1000), cell('b', 4, 1000), cell('c', 8, 1)];
    const table = protectTable(totalOf(cells), cells, 5);
    expect(table.cells.map((c) => c.suppressed)).toEqual([true, true, false]);
  });

  it('hides the total too if the hidden cells could still be read from it', () => {
    // Overlapping cells (one person in two activities) can leave every cell hidden under a published total.
    const cells = [cell('a', 2), cell('b', 2)];
    expect(protectTable({ people: 5, hours: 40 }, cells, 5).total).toMatchObject({ suppressed: true, reason: 'complementary' });
  });

  it('publishes the total when hidden cells are many enough together', () => {
    const cells = [cell('a', 2), cell('b', 2), cell('c', 2)];
    expect(protectTable(totalOf(cells), cells, 5).total).toMatchObject({ people: 6, suppressed: false });
  });
});

/** A small deterministic generator, so the property test is the same on every run. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

describe('no hidden value can be worked out from the total and the published cells', () => {
  it('holds for 2,000 random tables', () => {
    const next = random(42);
    for (let run = 0; run < 2000; run++) {
      const threshold = 2 + next(6);
      const cells = Array.from({ length: 1 + next(6) }, (_, i) => cell(`c${i}`, 1 + next(12), next(400)));
      const table = protectTable(totalOf(cells), cells, threshold);
      if (table.total.suppressed) {
        expect(table.cells.every((c) => c.suppressed)).toBe(true);
        continue;
      }
      const published = table.cells.filter((c) => !c.suppressed);
      const hidden = cells.filter((c) => table.cells.find((p) => p.key === c.key)!.suppressed);
      for (const c of published) expect(c.people!).toBeGreaterThanOrEqual(threshold);
      if (hidden.length === 0) continue;
      // What a reader knows: the hidden cells sum to total minus the published ones, and each is at least 1.
      const hiddenSum = table.total.people! - published.reduce((s, c) => s + c.people!, 0);
      expect(hiddenSum).toBe(hidden.reduce((s, c) => s + c.people, 0));
      expect(hidden.length, JSON.stringify(cells)).toBeGreaterThanOrEqual(2);
      expect(hiddenSum, JSON.stringify(cells)).toBeGreaterThanOrEqual(threshold);
      // So each hidden cell lies anywhere in [1, hiddenSum - (hidden - 1)]: never pinned to one value.
      expect(hiddenSum - (hidden.length - 1)).toBeGreaterThan(1);
    }
  });
});

describe('hidden cells that are all ones', () => {
  it('adds a complement when the hidden cells could only be 1 each', () => {
    // Five cells of one person under a published total of 5 would each be exactly 1.
    const ones = Array.from({ length: 5 }, (_, i) => cell(`one${i}`, 1));
    expect(protectTable(totalOf(ones), ones, 5).total.suppressed).toBe(true);
    const withLarger = [...ones, cell('big', 9)];
    const table = protectTable(totalOf(withLarger), withLarger, 5);
    expect(table.total.suppressed).toBe(false);
    expect(table.cells.find((c) => c.key === 'big')).toMatchObject({ suppressed: true, reason: 'complementary' });
  });
});

describe('linked cells (hidden to protect another table)', () => {
  it('counts them as hidden and protects the table around them', () => {
    const cells = [cell('a', 20), cell('b', 7), cell('c', 9)];
    expect([...suppressedKeys(cells, 5, new Set(['c']))]).toEqual([
      ['c', 'complementary'],
      ['b', 'complementary'],
    ]);
    expect(protectTable(totalOf(cells), cells, 5, new Set(['a', 'b', 'c'])).total.suppressed).toBe(false);
    expect(protectTable(totalOf([cell('a', 20)]), [cell('a', 20)], 5, new Set(['a'])).total.suppressed).toBe(true);
  });
});
