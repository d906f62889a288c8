/**
 * Which hidden cells of a table can be worked out exactly from the cells that are shown.
 *
 * A table's additive relations are groups: `total = Σ members` (an area's count is the sum
 * of its LSOAs' counts; this period's cumulative count is last period's plus this period's).
 * Once some cells are hidden, each group is one linear equation in the hidden cells, with
 * the shown cells as constants. A hidden cell is recoverable exactly when every solution of
 * those equations gives it the same value: when it is fixed by the equations, whatever
 * values the other hidden cells take. That is checked by Gaussian elimination on the
 * coefficients (0 and ±1) of the hidden cells: in reduced row echelon form a hidden cell
 * is fixed iff its column is a pivot and its pivot row has no entry in a free column.
 * This catches a lone hidden cell in a group (a total minus the shown cells) and also
 * chains of groups (a difference of two overlapping areas, a bridge between two tables).
 * Pure, and small: tables here have at most a few hundred hidden cells per component.
 */
export type Group = { total: number; members: readonly number[] };

const EPSILON = 1e-9;

export function recoverableCells(cellCount: number, groups: readonly Group[], hidden: readonly boolean[]): number[] {
  const columns = new Map<number, number>();
  const cellOf: number[] = [];
  for (let cell = 0; cell < cellCount; cell += 1) {
    if (hidden[cell]) {
      columns.set(cell, cellOf.length);
      cellOf.push(cell);
    }
  }
  const width = cellOf.length;
  if (width === 0) return [];

  const rows: number[][] = [];
  for (const group of groups) {
    const row = new Array<number>(width).fill(0);
    let any = false;
    const add = (cell: number, coefficient: number) => {
      const column = columns.get(cell);
      if (column === undefined) return;
      row[column]! += coefficient;
      any = true;
    };
    add(group.total, 1);
    for (const member of group.members) add(member, -1);
    if (any && row.some((v) => Math.abs(v) > EPSILON)) rows.push(row);
  }
  if (rows.length === 0) return [];

  // Reduced row echelon form, partial pivoting.
  const pivotColumns: number[] = [];
  let pivotRow = 0;
  for (let column = 0; column < width && pivotRow < rows.length; column += 1) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < rows.length; r += 1) if (Math.abs(rows[r]![column]!) > Math.abs(rows[best]![column]!)) best = r;
    if (Math.abs(rows[best]![column]!) <= EPSILON) continue;
    [rows[pivotRow], rows[best]] = [rows[best]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[column]!;
    for (let c = column; c < width; c += 1) pivot[c]! /= scale;
    for (let r = 0; r < rows.length; r += 1) {
      if (r === pivotRow) continue;
      const factor = rows[r]![column]!;
      if (Math.abs(factor) <= EPSILON) continue;
      const target = rows[r]!;
      for (let c = column; c < width; c += 1) target[c]! -= factor * pivot[c]!;
    }
    pivotColumns.push(column);
    pivotRow += 1;
  }

  const isPivot = new Set(pivotColumns);
  const out: number[] = [];
  pivotColumns.forEach((column, r) => {
    const row = rows[r]!;
    let free = false;
    for (let c = 0; c < width; c += 1) {
      if (!isPivot.has(c) && Math.abs(row[c]!) > EPSILON) {
        free = true;
        break;
      }
    }
    if (!free) out.push(cellOf[column]!);
  });
  return out.sort((a, b) => a - b);
}
