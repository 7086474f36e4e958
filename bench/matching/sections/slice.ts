/**
 * A 10,000 candidates × 10,000 slots slice with the same sparsity (~50 pairs per candidate): the
 * engine on the sparse pairs against `munkres` on the densified slot matrix.
 *
 * The densified matrix has one column per slot. munkres must assign every row of a square
 * matrix, so an infeasible cell gets a prohibitive cost (it is only taken when a row has no
 * feasible slot left, and then counts as unmatched, score 0).
 */
import munkres from 'munkres';
import { checkOptimality, matchCandidates, solveGreedy, solveSparse } from '../../../libs/matching-engine/src';
import { generateInstance } from '../generate';
import { graphOf } from '../graph-of';
import { SLICE } from '../instances';
import { collectGarbage, report, timed } from '../measure';

const input = generateInstance(SLICE);
const engine = timed(() => matchCandidates(input, { solver: 'sparse' }));
const graph = graphOf(input);
const solve = timed(() => solveSparse(graph));
const proof = checkOptimality(graph, solve.result.rowEdge, solve.result.colPrice);
const greedy = solveGreedy(graph);

const { rowCount, colCount, rowStart, edgeCol, edgeScore, capacity } = graph;
const slotCol: number[] = [];
for (let col = 0; col < colCount; col++) for (let k = 0; k < capacity[col]; k++) slotCol.push(col);
const firstSlot = new Int32Array(colCount + 1);
for (let col = 0; col < colCount; col++) firstSlot[col + 1] = firstSlot[col] + capacity[col];
let maxScore = 0;
for (const score of edgeScore) maxScore = Math.max(maxScore, score);
const prohibitive = 1_000 * (maxScore + 1);

collectGarbage();
const densify = timed(() => {
  const costs: number[][] = [];
  for (let row = 0; row < rowCount; row++) {
    const line = new Array<number>(slotCol.length).fill(prohibitive);
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) line.fill(maxScore - edgeScore[e], firstSlot[edgeCol[e]], firstSlot[edgeCol[e] + 1]);
    costs.push(line);
  }
  return costs;
});
const munkresRun = timed(() => munkres(densify.result));
let munkresTotal = 0;
let munkresAssigned = 0;
for (const [row, slot] of munkresRun.result) {
  const cost = densify.result[row][slot];
  if (cost === prohibitive) continue;
  munkresTotal += maxScore - cost;
  munkresAssigned++;
}

report({
  section: 'slice',
  shape: SLICE,
  rows: rowCount,
  slots: slotCol.length,
  pairs: edgeCol.length,
  engine: { wallMs: engine.wallMs, cpuMs: engine.cpuMs, totalScore: engine.result.totalScore, assigned: engine.result.assignments.length, timings: engine.result.stats.timings },
  solver: { wallMs: solve.wallMs, cpuMs: solve.cpuMs, totalScore: solve.result.totalScore, optimal: proof.optimal },
  greedy: { totalScore: greedy.totalScore },
  munkres: { wallMs: munkresRun.wallMs, cpuMs: munkresRun.cpuMs, totalScore: munkresTotal, assigned: munkresAssigned, densifyMs: densify.wallMs },
});
