/**
 * Exact maximum-score b-matching on the sparse graph: each row (candidate) at most once, each
 * column (demand) at most its capacity, staying unmatched worth 0. The start prices come from a
 * fast auction (or from the previous run: a warm start); the exact shortest-augmenting-path
 * search then inserts every row not already happy at those prices, and the slots still free at
 * a positive price are given up at the end. The result carries its proof: integer column prices
 * under which checkOptimality() finds the dual bound equal to the total.
 */
import { AssignmentState } from './assignment-state';
import { auctionStart } from './auction';
import { ForwardSearch, insertionOrder } from './forward-search';
import type { MatchingGraph } from './graph';
import { repairFreeSlots, restoreStart, type StartPoint } from './restore';

export interface SparseSolution {
  /** Edge index of each row's assignment, -1 for unmatched. */
  rowEdge: Int32Array;
  /** Column of each row's assignment, -1 for unmatched. */
  rowCol: Int32Array;
  /** Optimal column prices in score points (dual variables; 0 for a column with a free slot). */
  colPrice: Float64Array;
  totalScore: number;
  stats: SparseSolverStats;
}

export interface SparseSolverStats {
  /** Rows the start point already placed optimally (at its prices). */
  rowsKept: number;
  /** Rows inserted by a shortest path search. */
  searches: number;
  /** Columns settled over all searches: the measure of search work. */
  columnsScanned: number;
  /** Columns whose free slot at a positive price had to be given up at the end. */
  columnsRepaired: number;
  /** Milliseconds: start prices (auction or warm start), searches, final repair. */
  startMs: number;
  searchMs: number;
  repairMs: number;
}

export interface SparseSolveOptions {
  /** The previous solution (on this graph's indexes) to re-solve from after a small change. */
  warmStart?: StartPoint;
}

export function solveSparse(graph: MatchingGraph, options: SparseSolveOptions = {}): SparseSolution {
  const started = performance.now();
  const state = new AssignmentState(graph);
  const rowsKept = restoreStart(state, options.warmStart ?? auctionStart(graph));
  const restored = performance.now();
  const search = new ForwardSearch(state);
  const queue = insertionOrder(graph, state.rowSettled);
  for (const row of queue) {
    search.insert(row);
    state.rowSettled[row] = 1;
  }
  const searched = performance.now();
  const columnsRepaired = repairFreeSlots(state);
  const repaired = performance.now();
  return {
    rowEdge: state.rowEdge,
    rowCol: state.rowCol,
    colPrice: state.price,
    totalScore: state.totalScore(),
    stats: {
      rowsKept,
      searches: queue.length,
      columnsScanned: search.columnsScanned,
      columnsRepaired,
      startMs: restored - started,
      searchMs: searched - restored,
      repairMs: repaired - searched,
    },
  };
}
