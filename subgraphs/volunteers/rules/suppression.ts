/**
 * Statistical disclosure control for aggregates over people.
 *
 * Primary suppression hides every cell counting fewer people than the
 * threshold. Complementary suppression then hides more cells of the same
 * table until no hidden value can be worked out from the published total and
 * the published cells. A reader knows the hidden cells' sum (total minus the
 * published cells) and that each listed cell counts at least one person, so
 * the hidden group is still too revealing when it is a single cell (its value
 * is the difference), when its sum is under the threshold, or when its sum
 * equals its number of cells (every hidden cell is then exactly 1). Hours and
 * FTE follow the people count of their cell: a cell is hidden whole or not at all.
 */

export interface Cell {
  key: string;
  people: number;
  hours: number;
}

type SuppressionReason = 'primary' | 'complementary';

export interface ProtectedCell {
  key: string;
  people: number | null;
  hours: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

interface ProtectedTable {
  total: ProtectedCell;
  cells: ProtectedCell[];
}

/** Could a reader pin down a hidden cell, or learn that the hidden group is small? */
function revealing(hidden: readonly Cell[], threshold: number): boolean {
  if (hidden.length === 0) return false;
  const sum = hidden.reduce((total, c) => total + c.people, 0);
  return hidden.length === 1 || sum < threshold || sum <= hidden.length;
}

const smallestFirst = (a: Cell, b: Cell) => a.people - b.people || a.hours - b.hours || a.key.localeCompare(b.key);

/**
 * Which cells of one table must be hidden, and why. `cells` are the parts of a
 * published total (they may overlap, as when one person does two activities;
 * the rule is then stricter than it needs to be, never looser). `linked` are
 * cells that must be hidden to protect another table; they count as hidden
 * from the start, and this table is protected around them.
 */
export function suppressedKeys(
  cells: readonly Cell[],
  threshold: number,
  linked: ReadonlySet<string> = new Set(),
): Map<string, SuppressionReason> {
  const hidden = new Map<string, SuppressionReason>();
  for (const cell of cells) if (cell.people > 0 && cell.people < threshold) hidden.set(cell.key, 'primary');
  for (const cell of cells) if (linked.has(cell.key) && !hidden.has(cell.key)) hidden.set(cell.key, 'complementary');
  // Cells with nobody are not published at all, so hiding one would protect nothing.
  const candidates = cells.filter((c) => c.people > 0 && !hidden.has(c.key)).sort(smallestFirst);
  while (
    revealing(
      cells.filter((c) => hidden.has(c.key)),
      threshold,
    ) &&
    candidates.length > 0
  ) {
    hidden.set(candidates.shift()!.key, 'complementary');
  }
  return hidden;
}

const shown = (cell: Cell): ProtectedCell => ({ key: cell.key, people: cell.people, hours: cell.hours, suppressed: false, reason: null });
const hiddenCell = (key: string, reason: SuppressionReason): ProtectedCell => ({
  key,
  people: null,
  hours: null,
  suppressed: true,
  reason,
});

/**
 * Protects a total and its breakdown. A total under the threshold hides
 * everything; otherwise the cells are protected against the total. Should the
 * hidden cells still be recoverable from the total (every cell hidden and the
 * group still revealing), the total is hidden too.
 */
export function protectTable(
  total: Omit<Cell, 'key'>,
  cells: readonly Cell[],
  threshold: number,
  linked: ReadonlySet<string> = new Set(),
): ProtectedTable {
  if (total.people > 0 && total.people < threshold) {
    return { total: hiddenCell('total', 'primary'), cells: cells.map((c) => hiddenCell(c.key, 'primary')) };
  }
  const hidden = suppressedKeys(cells, threshold, linked);
  const out = cells.map((c) => (hidden.has(c.key) ? hiddenCell(c.key, hidden.get(c.key)!) : shown(c)));
  const exposed = hidden.size === cells.length && revealing(cells, threshold);
  return { total: exposed ? hiddenCell('total', 'complementary') : shown({ key: 'total', ...total }), cells: out };
}
