/**
 * Independent reference optima for the specs: an exhaustive search and the `munkres` package on
 * the slot-expanded matrix. Test-only code.
 */
import munkres from 'munkres';
import type { MatchingGraph } from '../graph';

/** Exhaustive optimum by memoised recursion over rows and remaining capacities (small graphs only). */
export function bruteForceOptimum(graph: MatchingGraph): number {
  const { rowCount, rowStart, edgeCol, edgeScore, capacity } = graph;
  const memo = new Map<string, number>();
  const remaining = Array.from(capacity);
  const best = (row: number): number => {
    if (row === rowCount) return 0;
    const key = `${row}:${remaining.join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let value = best(row + 1);
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
      const col = edgeCol[e];
      if (remaining[col] === 0) continue;
      remaining[col]--;
      value = Math.max(value, edgeScore[e] + best(row + 1));
      remaining[col]++;
    }
    memo.set(key, value);
    return value;
  };
  return best(0);
}

/**
 * The optimum by `munkres` (a minimising Hungarian algorithm) on the expanded matrix: one column
 * per slot, infeasible pairs at a prohibitive cost, and one zero-score "stay unmatched" column
 * per row so that leaving someone out counts as 0.
 */
export function munkresOptimum(graph: MatchingGraph): number {
  const { rowCount, colCount, rowStart, edgeCol, edgeScore, capacity } = graph;
  const slotCols: number[] = [];
  for (let col = 0; col < colCount; col++) for (let k = 0; k < capacity[col]; k++) slotCols.push(col);
  let maxScore = 0;
  for (const score of edgeScore) maxScore = Math.max(maxScore, score);
  const prohibitive = (maxScore + 1) * (rowCount + 1);
  const cost: number[][] = [];
  const scoreOf: Map<number, number>[] = [];
  for (let row = 0; row < rowCount; row++) {
    const scores = new Map<number, number>();
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) scores.set(edgeCol[e], Math.max(scores.get(edgeCol[e]) ?? -Infinity, edgeScore[e]));
    scoreOf.push(scores);
    const line = slotCols.map((col) => (scores.has(col) ? maxScore - (scores.get(col) as number) : prohibitive));
    for (let k = 0; k < rowCount; k++) line.push(maxScore);
    cost.push(line);
  }
  if (rowCount === 0) return 0;
  let total = 0;
  for (const [row, column] of munkres(cost)) {
    if (column >= slotCols.length) continue;
    const score = scoreOf[row].get(slotCols[column]);
    if (score !== undefined && score > 0) total += score;
  }
  return total;
}

