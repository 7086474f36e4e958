import { graphFromRows, type MatchingGraph } from './graph';
import { solveGreedy } from './greedy';
import { checkOptimality } from './optimality';
import { solveSparse } from './sparse-solver';
import { bruteForceOptimum, munkresOptimum } from './testing/reference';
import { Random } from './testing/random';

function randomGraph(random: Random, rows: number, cols: number, density: number, maxScore: number, maxCapacity: number): MatchingGraph {
  const edges = Array.from({ length: rows }, () => {
    const row: [number, number][] = [];
    for (let col = 0; col < cols; col++) if (random.chance(density)) row.push([col, random.int(0, maxScore)]);
    return row;
  });
  return graphFromRows(edges, Array.from({ length: cols }, () => random.int(0, maxCapacity)));
}

function expectOptimal(graph: MatchingGraph, expected: number): void {
  const solution = solveSparse(graph);
  expect(solution.totalScore).toBe(expected);
  const proof = checkOptimality(graph, solution.rowEdge, solution.colPrice);
  expect(proof.problems).toEqual([]);
  expect(proof.dualBound).toBe(expected);
}

describe('solveSparse', () => {
  it('equals an exhaustive search on random instances up to 8 × 8 with headcounts', () => {
    const random = new Random(11);
    for (let t = 0; t < 400; t++) {
      const graph = randomGraph(random, random.int(1, 8), random.int(1, 8), random.next(), random.chance(0.5) ? 3 : 1000, 3);
      expectOptimal(graph, bruteForceOptimum(graph));
    }
  });

  it('equals munkres on the slot-expanded matrix up to 12 × 12', () => {
    const random = new Random(12);
    for (let t = 0; t < 200; t++) {
      const graph = randomGraph(random, random.int(1, 12), random.int(1, 6), 0.2 + 0.8 * random.next(), random.chance(0.5) ? 5 : 999_999, 2);
      expectOptimal(graph, munkresOptimum(graph));
    }
  });

  it('re-solves from a previous solution to the same optimum after pairs, scores and headcounts change', () => {
    const random = new Random(13);
    for (let t = 0; t < 300; t++) {
      const rows = random.int(1, 12);
      const cols = random.int(1, 8);
      const before = randomGraph(random, rows, cols, 0.6, random.chance(0.5) ? 4 : 1000, 3);
      const previous = solveSparse(before);
      const edges = Array.from({ length: rows }, (_, row) => {
        const kept: [number, number][] = [];
        for (let e = before.rowStart[row]; e < before.rowStart[row + 1]; e++) {
          if (random.chance(0.15)) continue;
          kept.push([before.edgeCol[e], random.chance(0.3) ? random.int(0, 1000) : before.edgeScore[e]]);
        }
        for (let col = 0; col < cols; col++) if (!kept.some(([c]) => c === col) && random.chance(0.1)) kept.push([col, random.int(0, 1000)]);
        return kept;
      });
      const after = graphFromRows(edges, Array.from(before.capacity, (capacity) => (random.chance(0.2) ? random.int(0, 3) : capacity)));
      const warm = solveSparse(after, { warmStart: { rowCol: previous.rowCol, colPrice: previous.colPrice } });
      expect(warm.totalScore).toBe(bruteForceOptimum(after));
      expect(checkOptimality(after, warm.rowEdge, warm.colPrice).problems).toEqual([]);
    }
  });

  it('is exact from any start point, however wrong its prices', () => {
    const random = new Random(14);
    for (let t = 0; t < 200; t++) {
      const graph = randomGraph(random, random.int(1, 10), random.int(1, 6), 0.7, 50, 3);
      const start = {
        rowCol: Int32Array.from({ length: graph.rowCount }, () => random.int(-1, graph.colCount - 1)),
        colPrice: Float64Array.from({ length: graph.colCount }, () => random.int(0, 80)),
      };
      const solution = solveSparse(graph, { warmStart: start });
      expect(solution.totalScore).toBe(bruteForceOptimum(graph));
    }
  });

  it('handles empty and degenerate graphs', () => {
    expectOptimal(graphFromRows([], []), 0);
    expectOptimal(graphFromRows([[], []], [1, 1]), 0);
    expectOptimal(graphFromRows([[[0, 5]], [[0, 7]]], [0]), 0);
    expectOptimal(graphFromRows([[[0, 0]], [[0, 0]]], [2]), 0);
    expectOptimal(graphFromRows([[[0, 5]], [[0, 7]], [[0, 6]]], [2]), 13);
    expect(solveGreedy(graphFromRows([], [])).totalScore).toBe(0);
    expect(solveGreedy(graphFromRows([[]], [3])).totalScore).toBe(0);
  });

  it('gives the same answer for the same input, and the same total for permuted rows', () => {
    const random = new Random(15);
    const rows = Array.from({ length: 60 }, () => Array.from({ length: 5 }, () => [random.int(0, 19), random.int(0, 3)] as [number, number]).filter(([col], i, all) => all.findIndex(([c]) => c === col) === i));
    const capacity = Array.from({ length: 20 }, () => random.int(0, 3));
    const first = solveSparse(graphFromRows(rows, capacity));
    const second = solveSparse(graphFromRows(rows, capacity));
    expect(Array.from(second.rowEdge)).toEqual(Array.from(first.rowEdge));
    const permuted = solveSparse(graphFromRows([...rows].reverse(), capacity));
    expect(permuted.totalScore).toBe(first.totalScore);
  });

  it('never does worse than the greedy baseline, and beats it where greed blocks two pairs', () => {
    const blocking = graphFromRows([[[0, 10], [1, 9]], [[0, 9]]], [1, 1]);
    expect(solveGreedy(blocking).totalScore).toBe(10);
    expect(solveSparse(blocking).totalScore).toBe(18);
    const random = new Random(16);
    for (let t = 0; t < 100; t++) {
      const graph = randomGraph(random, 10, 6, 0.5, 100, 2);
      expect(solveSparse(graph).totalScore).toBeGreaterThanOrEqual(solveGreedy(graph).totalScore);
    }
  });
});
