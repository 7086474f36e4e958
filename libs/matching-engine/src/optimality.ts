/**
 * An independent proof that a b-matching is optimal, by linear-programming duality. Given
 * column prices p ≥ 0, every row's dual u = max(0, max over its edges of score − p) makes a
 * feasible dual solution, so  OPT ≤ Σ u + Σ capacity × p  (the dual bound). Scores are integers:
 * when the bound is less than 1 point above the matching's total, the matching is optimal. The
 * exact solver's integer prices make the bound equal to the total.
 */
import type { MatchingGraph } from './graph';

export interface OptimalityReport {
  optimal: boolean;
  totalScore: number;
  /** Σ u + Σ capacity × p in points; totalScore ≤ OPT ≤ dualBound. */
  dualBound: number;
  problems: string[];
}

export function checkOptimality(graph: MatchingGraph, rowEdge: Int32Array, colPrice: Float64Array): OptimalityReport {
  const { rowCount, colCount, rowStart, edgeCol, edgeScore, capacity } = graph;
  const problems: string[] = [];
  const inDegree = new Int32Array(colCount);
  for (let e = 0; e < edgeCol.length; e++) inDegree[edgeCol[e]]++;
  // A column can never take more rows than have an edge to it: that is its real capacity.
  const usable = capacity.map((cap, col) => Math.min(cap, inDegree[col]));
  const fill = new Int32Array(colCount);

  let totalScore = 0;
  let dualBound = 0;
  for (let row = 0; row < rowCount; row++) {
    const edge = rowEdge[row];
    if (edge >= 0) {
      if (edge < rowStart[row] || edge >= rowStart[row + 1]) problems.push(`row ${row}: edge ${edge} is not one of its own`);
      else {
        fill[edgeCol[edge]]++;
        totalScore += edgeScore[edge];
      }
    }
    let dual = 0;
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
      if (usable[edgeCol[e]] === 0) continue;
      const value = edgeScore[e] - colPrice[edgeCol[e]];
      if (value > dual) dual = value;
    }
    dualBound += dual;
  }
  for (let col = 0; col < colCount; col++) {
    if (fill[col] > capacity[col]) problems.push(`column ${col}: ${fill[col]} rows over capacity ${capacity[col]}`);
    if (!(colPrice[col] >= 0)) problems.push(`column ${col}: price ${colPrice[col]} is not ≥ 0`);
    if (usable[col] > 0) dualBound += usable[col] * colPrice[col];
  }
  // Weak duality makes the gap ≥ 0 for any prices; below 1 point it leaves no better integer total.
  const gap = dualBound - totalScore;
  if (gap >= 1) problems.push(`dual bound ${dualBound} leaves room above the total ${totalScore}`);
  return { optimal: problems.length === 0, totalScore, dualBound, problems };
}
