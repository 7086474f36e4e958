import munkres from 'munkres';
import { solveAssignmentDense } from './dense-solver';
import { graphFromRows } from './graph';
import { solveSparse } from './sparse-solver';
import { Random } from './testing/random';

/** The optimum by munkres: scores → costs, forbidden (negative) cells prohibitive, plus a zero-score "unmatched" column per row. */
function munkresTotal(rows: number, cols: number, scores: Int32Array): number {
  let max = 0;
  for (const score of scores) max = Math.max(max, score);
  const prohibitive = (max + 1) * (rows + 1);
  const cost = Array.from({ length: rows }, (_, row) => {
    const line = Array.from({ length: cols }, (_, col) => (scores[row * cols + col] < 0 ? prohibitive : max - scores[row * cols + col]));
    for (let k = 0; k < rows; k++) line.push(max);
    return line;
  });
  let total = 0;
  for (const [row, col] of munkres(cost)) if (col < cols && scores[row * cols + col] >= 0) total += scores[row * cols + col];
  return total;
}

function randomMatrix(random: Random, rows: number, cols: number, maxScore: number, forbiddenShare: number): Int32Array {
  return Int32Array.from({ length: rows * cols }, () => (random.chance(forbiddenShare) ? -1 : random.int(0, maxScore)));
}

function expectValidAssignment(rows: number, cols: number, scores: Int32Array, rowToCol: Int32Array, total: number): void {
  const used = new Set<number>();
  let sum = 0;
  for (let row = 0; row < rows; row++) {
    const col = rowToCol[row];
    if (col < 0) continue;
    expect(used.has(col)).toBe(false);
    used.add(col);
    expect(scores[row * cols + col]).toBeGreaterThanOrEqual(0);
    sum += scores[row * cols + col];
  }
  expect(sum).toBe(total);
}

describe('solveAssignmentDense', () => {
  it('equals munkres on small square and rectangular matrices, with forbidden cells (LAPJV)', () => {
    const random = new Random(21);
    for (let t = 0; t < 300; t++) {
      const rows = random.int(1, 12);
      const cols = random.int(1, 12);
      const scores = randomMatrix(random, rows, cols, random.chance(0.5) ? 5 : 999_999, random.chance(0.5) ? 0 : 0.3);
      const result = solveAssignmentDense(rows, cols, scores);
      expect(result.method).toBe('lapjv');
      expect(result.totalScore).toBe(munkresTotal(rows, cols, scores));
      expectValidAssignment(rows, cols, scores, result.rowToCol, result.totalScore);
    }
  });

  it('proves the pruned solution on large matrices: uniform, tie-heavy, rectangular, forbidden cells', () => {
    const random = new Random(22);
    const cases: [number, number, number, number][] = [
      [250, 250, 999_999, 0],
      [250, 250, 99, 0],
      [300, 220, 1000, 0.2],
      [220, 300, 50, 0.5],
      [240, 240, 3, 0],
    ];
    for (const [rows, cols, maxScore, forbidden] of cases) {
      const scores = randomMatrix(random, rows, cols, maxScore, forbidden);
      const result = solveAssignmentDense(rows, cols, scores);
      expect(result.method).toBe('pruned');
      expect(result.totalScore).toBe(munkresTotal(rows, cols, scores));
      expectValidAssignment(rows, cols, scores, result.rowToCol, result.totalScore);
    }
  });

  it('falls back to LAPJV when every row wants the same columns, and stays exact', () => {
    // Rank-one scores: every row ranks the columns alike, so short candidate lists all collide.
    const rows = 220;
    const cols = 220;
    const scores = Int32Array.from({ length: rows * cols }, (_, k) => Math.floor(k / cols) * (k % cols));
    const result = solveAssignmentDense(rows, cols, scores);
    expect(result.method).toBe('lapjv');
    expect(result.totalScore).toBe(munkresTotal(rows, cols, scores));
  });

  it('agrees with the sparse solver on the same pairs', () => {
    const random = new Random(23);
    for (let t = 0; t < 50; t++) {
      const rows = random.int(1, 30);
      const cols = random.int(1, 30);
      const scores = randomMatrix(random, rows, cols, 100, 0.4);
      const graph = graphFromRows(
        Array.from({ length: rows }, (_, row) => Array.from({ length: cols }, (_, col) => [col, scores[row * cols + col]] as [number, number]).filter(([, score]) => score >= 0)),
        new Array(cols).fill(1),
      );
      expect(solveAssignmentDense(rows, cols, scores).totalScore).toBe(solveSparse(graph).totalScore);
    }
  });

  it('handles empty and degenerate matrices', () => {
    expect(solveAssignmentDense(0, 0, new Int32Array(0)).totalScore).toBe(0);
    expect(solveAssignmentDense(3, 0, new Int32Array(0)).rowToCol).toEqual(Int32Array.from([-1, -1, -1]));
    expect(solveAssignmentDense(1, 1, Int32Array.from([7])).totalScore).toBe(7);
    expect(Array.from(solveAssignmentDense(2, 2, Int32Array.from([-1, -1, -1, -1])).rowToCol)).toEqual([-1, -1]);
    expect(() => solveAssignmentDense(2, 2, new Int32Array(3))).toThrow(RangeError);
  });

  it('gives the same assignment for the same matrix', () => {
    const random = new Random(24);
    const scores = randomMatrix(random, 260, 260, 20, 0);
    expect(Array.from(solveAssignmentDense(260, 260, scores).rowToCol)).toEqual(Array.from(solveAssignmentDense(260, 260, scores).rowToCol));
  });
});
