/**
 * Dense 5,000 × 5,000, every pair allowed: the engine against `munkres` and `linear-sum-assignment`
 * in this process on the same matrix. Usage: dense.ts <uniform|ties> [--with-lsa]
 */
import { linearSumAssignment } from 'linear-sum-assignment';
import munkres from 'munkres';
import { solveAssignmentDense } from '../../../libs/matching-engine/src';
import { collectGarbage, peakRssMiB, report, rssMiB, timed } from '../measure';
import { Random } from '../../../libs/matching-engine/src/testing/random';

const SIZE = 5_000;
const kind = process.argv[2] === 'ties' ? 'ties' : 'uniform';
const maxScore = kind === 'ties' ? 99 : 999_999;
const withLsa = process.argv.includes('--with-lsa');

const random = new Random(kind === 'ties' ? 99 : 999_999);
const scores = new Int32Array(SIZE * SIZE);
for (let k = 0; k < scores.length; k++) scores[k] = random.int(0, maxScore);
const totalOf = (rowToCol: ArrayLike<number>): number => {
  let total = 0;
  for (let row = 0; row < SIZE; row++) if (rowToCol[row] >= 0) total += scores[row * SIZE + rowToCol[row]];
  return total;
};

const rssBeforeEngine = rssMiB();
const engine = timed(() => solveAssignmentDense(SIZE, SIZE, scores));
const enginePeakMiB = peakRssMiB();

// munkres minimises: cost = maxScore − score, as an array of arrays (its input format).
let costs: number[][] | null = Array.from({ length: SIZE }, (_, row) => Array.from(scores.subarray(row * SIZE, (row + 1) * SIZE), (score) => maxScore - score));
const munkresRun = timed(() => munkres(costs as number[][]));
costs = null;
const munkresAssignment = new Int32Array(SIZE).fill(-1);
for (const [row, col] of munkresRun.result) munkresAssignment[row] = col;
collectGarbage();

let lsa: { wallMs: number; cpuMs: number; total: number } | null = null;
if (withLsa) {
  let matrix: number[][] | null = Array.from({ length: SIZE }, (_, row) => Array.from(scores.subarray(row * SIZE, (row + 1) * SIZE)));
  const run = timed(() => linearSumAssignment(matrix as number[][], { maximaze: true }));
  matrix = null;
  lsa = { wallMs: run.wallMs, cpuMs: run.cpuMs, total: totalOf(run.result.rowAssignments) };
}

report({
  section: `dense-${kind}`,
  size: SIZE,
  maxScore,
  engine: { wallMs: engine.wallMs, cpuMs: engine.cpuMs, total: engine.result.totalScore, method: engine.result.method, checkedTotal: totalOf(engine.result.rowToCol) },
  munkres: { wallMs: munkresRun.wallMs, cpuMs: munkresRun.cpuMs, total: totalOf(munkresAssignment) },
  lsa,
  memory: { matrixMiB: (scores.byteLength / 2 ** 20), rssBeforeEngineMiB: rssBeforeEngine, peakAfterEngineMiB: enginePeakMiB },
});
