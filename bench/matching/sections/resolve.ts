/**
 * Re-solve after a small change on the national instance. Solver level: 1 % of the pairs get a
 * new score (or disappear, as a decline would make them), then the warm start from the previous
 * assignment and prices against a solve from scratch. Engine level: 1 % of the candidates gain
 * experience (new placements and ratings), re-run with the previous result as warm start.
 */
import { checkOptimality, matchCandidates, solveSparse, type MatchingGraph } from '../../../libs/matching-engine/src';
import { generateInstance } from '../generate';
import { graphOf } from '../graph-of';
import { NATIONAL } from '../instances';
import { report, timed } from '../measure';
import { Random } from '../../../libs/matching-engine/src/testing/random';

const input = generateInstance(NATIONAL);
const graph = graphOf(input);
const previous = solveSparse(graph);

/** Copies the graph with 1 % of its pairs changed: most re-scored by up to ±10 %, a fifth removed. */
function changePairs(original: MatchingGraph, random: Random): MatchingGraph {
  const { rowCount, rowStart, edgeCol, edgeScore } = original;
  const keepCol: number[] = [];
  const keepScore: number[] = [];
  const starts = new Int32Array(rowCount + 1);
  for (let row = 0; row < rowCount; row++) {
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
      let score = edgeScore[e];
      if (random.chance(0.01)) {
        if (random.chance(0.2)) continue;
        score = Math.max(0, Math.round(score * (0.9 + 0.2 * random.next())));
      }
      keepCol.push(edgeCol[e]);
      keepScore.push(score);
    }
    starts[row + 1] = keepCol.length;
  }
  return { ...original, rowStart: starts, edgeCol: Int32Array.from(keepCol), edgeScore: Int32Array.from(keepScore) };
}

const changed = changePairs(graph, new Random(5));
const warm = timed(() => solveSparse(changed, { warmStart: { rowCol: previous.rowCol, colPrice: previous.colPrice } }));
const cold = timed(() => solveSparse(changed));
const warmProof = checkOptimality(changed, warm.result.rowEdge, warm.result.colPrice);

const engineCold = matchCandidates(input);
const random = new Random(6);
const changedInput = {
  ...input,
  candidates: input.candidates.map((c) => (random.chance(0.01) ? { ...c, pastPlacements: c.pastPlacements + 1, meanFollowUpRating: 4.5 } : c)),
};
const engineWarm = timed(() => matchCandidates({ ...changedInput, warmStart: { assignments: engineCold.assignments, demandPrices: engineCold.duals.demandPrices } }));
const engineRecold = timed(() => matchCandidates(changedInput));

report({
  section: 'resolve',
  pairsBefore: graph.edgeCol.length,
  pairsAfter: changed.edgeCol.length,
  solver: {
    warm: { wallMs: warm.wallMs, cpuMs: warm.cpuMs, totalScore: warm.result.totalScore, optimal: warmProof.optimal, stats: warm.result.stats },
    cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs, totalScore: cold.result.totalScore, stats: cold.result.stats },
  },
  engine: {
    warm: { wallMs: engineWarm.wallMs, cpuMs: engineWarm.cpuMs, totalScore: engineWarm.result.totalScore, timings: engineWarm.result.stats.timings, work: engineWarm.result.stats.solverWork },
    cold: { wallMs: engineRecold.wallMs, cpuMs: engineRecold.cpuMs, totalScore: engineRecold.result.totalScore, timings: engineRecold.result.stats.timings },
  },
});
