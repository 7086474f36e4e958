/**
 * The matching run: validate and index the input, generate the feasible pairs through the
 * indexes, solve the b-matching exactly, explain the answer. Pure and deterministic: the same
 * input (in any order) gives the same output.
 */
import { buildDemandIndex, generatePairs } from './candidate-pairs';
import { solveAssignmentDense } from './dense-solver';
import { explainAssignment, explainUnmatched, slotThresholds } from './explain';
import type { MatchingGraph } from './graph';
import { assertValidPolicy } from './policy';
import { prepareInput, type PreparedInput } from './prepare';
import type { StartPoint } from './restore';
import { solveSparse } from './sparse-solver';
import type { Assignment, MatchingInput, MatchingResult, MatchingStats, Unmatched, WarmStart } from './types';

export interface MatchingOptions {
  /** 'auto' picks the dense solver for small, nearly complete graphs; 'dense' forces it (it builds a candidates × slots matrix: small instances only). */
  solver?: 'auto' | 'sparse' | 'dense';
}

/** Above this many candidate × slot cells the dense matrix costs more memory than it saves time. */
const DENSE_MAX_CELLS = 4_000_000;
/** Share of feasible candidate × demand pairs from which the dense solver is preferred. */
const DENSE_MIN_DENSITY = 0.5;

export function matchCandidates(input: MatchingInput, options: MatchingOptions = {}): MatchingResult {
  const started = performance.now();
  assertValidPolicy(input.policy);
  const prepared = prepareInput(input);
  const index = buildDemandIndex(prepared);
  const indexed = performance.now();
  const graph = generatePairs(prepared, index);
  const paired = performance.now();

  const solverKind = chooseSolver(graph, options.solver ?? 'auto');
  const solution = solve(graph, solverKind, input.warmStart && warmStartFor(prepared, input.warmStart));
  const solved = performance.now();

  const assignments: Assignment[] = [];
  const unmatched: Unmatched[] = [];
  const thresholds = slotThresholds(graph, solution.rowEdge);
  let totalScore = 0;
  for (let row = 0; row < graph.rowCount; row++) {
    const edge = solution.rowEdge[row];
    if (edge >= 0) {
      assignments.push(explainAssignment(prepared, row, graph.edgeCol[edge], graph.edgeScore[edge]));
      totalScore += graph.edgeScore[edge];
    } else {
      unmatched.push(explainUnmatched(prepared, index, graph, thresholds, row));
    }
  }
  const demandPrices: Record<string, number> = {};
  solution.colPricePoints?.forEach((price, col) => {
    if (price > 0) demandPrices[prepared.demands.list[col].id] = price;
  });
  const explained = performance.now();

  return {
    assignments,
    totalScore,
    unmatched,
    duals: { demandPrices },
    stats: {
      candidates: graph.rowCount,
      demands: graph.colCount,
      slots: prepared.demands.capacity.reduce((sum, capacity) => sum + capacity, 0),
      pairsGenerated: graph.edgeCol.length,
      solver: graph.edgeCol.length === 0 ? 'none' : solverKind === 'dense' ? 'dense' : 'sparse',
      // The dense solver works on small instances from scratch.
      warmStarted: input.warmStart !== undefined && solverKind === 'sparse',
      solverWork: solution.work,
      timings: {
        indexMs: indexed - started,
        pairsMs: paired - indexed,
        solveMs: solved - paired,
        explainMs: explained - solved,
        totalMs: explained - started,
      },
    },
  };
}

type Choice = NonNullable<MatchingOptions['solver']>;

function chooseSolver(graph: MatchingGraph, requested: Choice): Exclude<Choice, 'auto'> {
  if (requested !== 'auto') return requested;
  const cells = graph.rowCount * graph.colCount;
  const slots = graph.capacity.reduce((sum, capacity) => sum + capacity, 0);
  const dense = cells > 0 && graph.edgeCol.length >= DENSE_MIN_DENSITY * cells && graph.rowCount * slots <= DENSE_MAX_CELLS;
  return dense ? 'dense' : 'sparse';
}

interface Solution {
  rowEdge: Int32Array;
  work?: MatchingStats['solverWork'];
  /** Column prices in score points (dual variables), when the solver provides them. */
  colPricePoints?: Float64Array;
}

function solve(graph: MatchingGraph, kind: Exclude<Choice, 'auto'>, warmStart: StartPoint | undefined): Solution {
  if (kind === 'dense') return solveDenseGraph(graph);
  const solution = solveSparse(graph, { warmStart });
  return { rowEdge: solution.rowEdge, colPricePoints: solution.colPrice, work: solution.stats };
}

/** Expands each demand into one column per slot, solves the full matrix, maps slots back. */
function solveDenseGraph(graph: MatchingGraph): Solution {
  const { rowCount, colCount, rowStart, edgeCol, edgeScore, capacity } = graph;
  const firstSlot = new Int32Array(colCount + 1);
  for (let col = 0; col < colCount; col++) firstSlot[col + 1] = firstSlot[col] + capacity[col];
  const slots = firstSlot[colCount];
  const slotCol = new Int32Array(slots);
  for (let col = 0; col < colCount; col++) slotCol.fill(col, firstSlot[col], firstSlot[col + 1]);
  const scores = new Int32Array(rowCount * slots).fill(-1);
  for (let row = 0; row < rowCount; row++) {
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
      scores.fill(edgeScore[e], row * slots + firstSlot[edgeCol[e]], row * slots + firstSlot[edgeCol[e] + 1]);
    }
  }
  const { rowToCol } = solveAssignmentDense(rowCount, slots, scores);
  const rowEdge = new Int32Array(rowCount).fill(-1);
  for (let row = 0; row < rowCount; row++) {
    if (rowToCol[row] < 0) continue;
    const col = slotCol[rowToCol[row]];
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) if (edgeCol[e] === col) rowEdge[row] = e;
  }
  return { rowEdge };
}

/** The previous run's answer on this run's indexes (ids that disappeared are dropped). */
function warmStartFor(input: PreparedInput, warm: WarmStart): StartPoint {
  const candidateIndex = new Map(input.candidates.list.map((candidate, index) => [candidate.id, index]));
  const demandIndex = new Map(input.demands.list.map((demand, index) => [demand.id, index]));
  const rowCol = new Int32Array(input.candidates.list.length).fill(-1);
  for (const { candidateId, demandId } of warm.assignments) {
    const row = candidateIndex.get(candidateId);
    const col = demandIndex.get(demandId);
    if (row !== undefined && col !== undefined) rowCol[row] = col;
  }
  const colPrice = new Float64Array(input.demands.list.length);
  for (const [demandId, price] of Object.entries(warm.demandPrices)) {
    const col = demandIndex.get(demandId);
    if (col !== undefined) colPrice[col] = price;
  }
  return { rowCol, colPrice };
}
