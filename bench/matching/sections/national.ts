/**
 * National scale: 100,000 candidates × 20,000 demands (50,000 slots), ~50 feasible pairs each,
 * never densified. The whole engine run, then the solver alone with its optimality proof and the
 * greedy baseline.
 */
import { checkOptimality, matchCandidates, solveGreedy, solveSparse } from '../../../libs/matching-engine/src';
import { generateInstance } from '../generate';
import { graphOf } from '../graph-of';
import { NATIONAL } from '../instances';
import { collectGarbage, peakRssMiB, report, rssMiB, timed } from '../measure';

const input = generateInstance(NATIONAL);
collectGarbage();
const rssWithInputMiB = rssMiB();
const run = timed(() => matchCandidates(input));
const peakAfterEngineMiB = peakRssMiB();
const { stats, totalScore, assignments, unmatched } = run.result;

const graph = graphOf(input);
const solve = timed(() => solveSparse(graph));
const proof = checkOptimality(graph, solve.result.rowEdge, solve.result.colPrice);
const greedy = timed(() => solveGreedy(graph));
const reasons: Record<string, number> = {};
for (const entry of unmatched) {
  const key = entry.reason === 'NO_FEASIBLE_DEMAND' ? `NO_FEASIBLE_DEMAND/${entry.detail.rule}` : entry.reason;
  reasons[key] = (reasons[key] ?? 0) + 1;
}

report({
  section: 'national',
  shape: NATIONAL,
  engine: { wallMs: run.wallMs, cpuMs: run.cpuMs, totalScore, assigned: assignments.length, unmatched: reasons, stats },
  solver: { wallMs: solve.wallMs, cpuMs: solve.cpuMs, totalScore: solve.result.totalScore, stats: solve.result.stats },
  proof: { optimal: proof.optimal, dualBound: proof.dualBound, problems: proof.problems },
  greedy: { wallMs: greedy.wallMs, totalScore: greedy.result.totalScore },
  memory: { rssWithInputMiB, peakAfterEngineMiB },
});
