/**
 * Correctness on small random instances: the engine's optimum against munkres on the expanded
 * matrix (b-matchings with headcounts, full engine runs on generated data, and dense matrices),
 * with the greedy baseline's total beside it.
 */
import { graphFromRows, matchCandidates, solveAssignmentDense, solveGreedy, solveSparse } from '../../../libs/matching-engine/src';
import { munkresOptimum } from '../../../libs/matching-engine/src/testing/reference';
import { generateInstance } from '../generate';
import { graphOf } from '../graph-of';
import { report } from '../measure';
import { Random } from '../../../libs/matching-engine/src/testing/random';

interface Tally {
  instances: number;
  equalToMunkres: number;
  optimumTotal: number;
  greedyTotal: number;
  greedyBelowOptimum: number;
  largestGainPercent: number;
}

function tally(): Tally {
  return { instances: 0, equalToMunkres: 0, optimumTotal: 0, greedyTotal: 0, greedyBelowOptimum: 0, largestGainPercent: 0 };
}

function record(into: Tally, optimum: number, reference: number, greedy: number): void {
  into.instances++;
  if (optimum === reference) into.equalToMunkres++;
  into.optimumTotal += optimum;
  into.greedyTotal += greedy;
  if (greedy < optimum) into.greedyBelowOptimum++;
  if (greedy > 0) into.largestGainPercent = Math.max(into.largestGainPercent, (100 * (optimum - greedy)) / greedy);
}

const random = new Random(7);

// Random b-matchings: up to 12 candidates × 12 slots over up to 6 demands with headcounts.
const bMatching = tally();
for (let t = 0; t < 500; t++) {
  const rows = random.int(1, 12);
  const cols = random.int(1, 6);
  const capacity = Array.from({ length: cols }, () => random.int(0, 2));
  const maxScore = random.chance(0.5) ? 20 : 999_999;
  const edges = Array.from({ length: rows }, () => {
    const row: [number, number][] = [];
    for (let col = 0; col < cols; col++) if (random.chance(0.6)) row.push([col, random.int(0, maxScore)]);
    return row;
  });
  const graph = graphFromRows(edges, capacity);
  record(bMatching, solveSparse(graph).totalScore, munkresOptimum(graph), solveGreedy(graph).totalScore);
}

// Whole engine runs on generated candidates and demands (the real scores, ties and all).
const engine = tally();
for (let t = 0; t < 300; t++) {
  const demands = random.int(1, 6);
  const input = generateInstance({ candidates: random.int(1, 12), demands, slots: demands + random.int(0, 12 - demands), cities: 3, maxDestinations: 2, cityConcentration: 0.5, seed: 1000 + t });
  const graph = graphOf(input);
  record(engine, matchCandidates(input).totalScore, munkresOptimum(graph), solveGreedy(graph).totalScore);
}

// Dense matrices up to 12 × 12, some cells forbidden.
const dense = tally();
for (let t = 0; t < 300; t++) {
  const rows = random.int(1, 12);
  const cols = random.int(1, 12);
  const scores = Int32Array.from({ length: rows * cols }, () => (random.chance(0.2) ? -1 : random.int(0, 99)));
  const edges = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: cols }, (_, col) => [col, scores[row * cols + col]] as [number, number]).filter(([, score]) => score >= 0),
  );
  const graph = graphFromRows(edges, new Array(cols).fill(1));
  record(dense, solveAssignmentDense(rows, cols, scores).totalScore, munkresOptimum(graph), solveGreedy(graph).totalScore);
}

report({ section: 'correctness', bMatching, engine, dense });
