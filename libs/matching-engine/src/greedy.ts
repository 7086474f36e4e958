/**
 * The baseline the optimum is measured against: take pairs from the highest score down (ties by
 * row, then edge order) while both sides have room. Fast and intuitive, but not optimal: a high
 * pair can block two others that together score more.
 */
import type { MatchingGraph } from './graph';

export interface GreedySolution {
  rowEdge: Int32Array;
  totalScore: number;
}

export function solveGreedy(graph: MatchingGraph): GreedySolution {
  const { rowCount, colCount, edgeCol, edgeScore, capacity } = graph;
  const edgeCount = edgeCol.length;
  const order = edgesByScoreDescending(edgeScore);
  const rowOfEdge = edgeRows(graph);
  const rowEdge = new Int32Array(rowCount).fill(-1);
  const fill = new Int32Array(colCount);
  let totalScore = 0;
  for (let k = 0; k < edgeCount; k++) {
    const e = order[k];
    if (edgeScore[e] <= 0) break;
    const row = rowOfEdge[e];
    const col = edgeCol[e];
    if (rowEdge[row] >= 0 || fill[col] >= capacity[col]) continue;
    rowEdge[row] = e;
    fill[col]++;
    totalScore += edgeScore[e];
  }
  return { rowEdge, totalScore };
}

function edgeRows(graph: MatchingGraph): Int32Array {
  const rows = new Int32Array(graph.edgeCol.length);
  for (let row = 0; row < graph.rowCount; row++) rows.fill(row, graph.rowStart[row], graph.rowStart[row + 1]);
  return rows;
}

/** A stable counting sort by score (scores are bounded integers), falling back to a comparison sort. */
function edgesByScoreDescending(scores: Int32Array): Int32Array {
  const order = new Int32Array(scores.length);
  if (scores.length === 0) return order;
  let min = Infinity;
  let max = -Infinity;
  for (const score of scores) {
    if (score < min) min = score;
    if (score > max) max = score;
  }
  const range = max - min + 1;
  if (!(range <= 4 * scores.length + 1024)) {
    for (let e = 0; e < order.length; e++) order[e] = e;
    return order.sort((a, b) => scores[b] - scores[a] || a - b);
  }
  const start = new Int32Array(range + 1);
  for (const score of scores) start[max - score + 1]++;
  for (let k = 0; k < range; k++) start[k + 1] += start[k];
  for (let e = 0; e < scores.length; e++) order[start[max - scores[e]]++] = e;
  return order;
}
