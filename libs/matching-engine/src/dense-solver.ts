/**
 * Exact assignment on a full score matrix (each row and column used at most once; a negative
 * score forbids the pair).
 *
 * Most of a large matrix never matters: an optimal assignment uses pairs near the top of their
 * rows. So the solver keeps each row's best few pairs, solves that sparse problem exactly, and
 * then checks the dual prices against every cell of the matrix (one pass). No cell beating its
 * row's assignment at those prices is a proof of optimality for the whole matrix (LP duality);
 * rows with such cells get them added and the sparse problem is re-solved from where it was,
 * until the proof holds. Should the candidate lists grow too far, or for small matrices, a
 * classic dense LAPJV solves the full matrix.
 */
import { GraphBuilder, type MatchingGraph } from './graph';
import { solveSparse, type SparseSolution } from './sparse-solver';

export interface DenseAssignment {
  /** Column of each row, -1 when the row stays unmatched. */
  rowToCol: Int32Array;
  totalScore: number;
  /** How the answer was found: pruned candidate lists with a full-matrix proof, or LAPJV. */
  method: 'pruned' | 'lapjv';
}

/** Pairs kept per row at first; a row failing the check gets this many more. */
const CANDIDATES_PER_ROW = 16;
/** Below this many cells LAPJV is simply faster. */
const LAPJV_MAX_CELLS = 40_000;
/** Give up pruning when the lists hold this share of the matrix. */
const MAX_PRUNED_SHARE = 0.25;

export function solveAssignmentDense(rows: number, cols: number, scores: Int32Array): DenseAssignment {
  if (scores.length !== rows * cols) throw new RangeError(`solveAssignmentDense: ${scores.length} scores for ${rows} × ${cols}`);
  if (rows * cols <= LAPJV_MAX_CELLS) return { ...solveWithLapjv(rows, cols, scores), method: 'lapjv' };
  return solvePruned(rows, cols, scores) ?? { ...solveWithLapjv(rows, cols, scores), method: 'lapjv' };
}

function solvePruned(rows: number, cols: number, scores: Int32Array): DenseAssignment | null {
  const lists = Array.from({ length: rows }, (_, row) => bestColumns(scores, row * cols, cols, CANDIDATES_PER_ROW, null));
  const capacity = new Int32Array(cols).fill(1);
  let solution: SparseSolution | undefined;
  for (;;) {
    const graph = listsToGraph(lists, scores, cols, capacity);
    solution = solveSparse(graph, solution && { warmStart: { rowCol: solution.rowCol, colPrice: solution.colPrice } });
    const failing = rowsBeatenAtPrices(rows, cols, scores, solution);
    if (failing.length === 0) break;
    let kept = 0;
    for (const row of failing) lists[row] = mergeColumns(lists[row], bestColumns(scores, row * cols, cols, lists[row].length + CANDIDATES_PER_ROW, solution.colPrice));
    for (const list of lists) kept += list.length;
    if (kept > MAX_PRUNED_SHARE * rows * cols) return null;
  }
  return { rowToCol: solution.rowCol, totalScore: solution.totalScore, method: 'pruned' };
}

/**
 * The `count` allowed columns of a row with the highest score (or score − price, when prices are
 * given), in ascending column order. Ties go to the first column met scanning from a row-specific
 * starting column: with few distinct scores, "lowest column first" would crowd every row's list
 * onto the same columns.
 */
function bestColumns(scores: Int32Array, base: number, cols: number, count: number, prices: Float64Array | null): Int32Array {
  // A small sorted buffer: random rows rarely beat the current worst kept value.
  const keptCol = new Int32Array(count);
  const keptValue = new Float64Array(count);
  let size = 0;
  const start = (Math.imul(base / cols + 1, 0x9e3779b1) >>> 0) % cols;
  for (let pass = 0; pass < 2; pass++) {
    const from = pass === 0 ? start : 0;
    const to = pass === 0 ? cols : start;
    for (let col = from; col < to; col++) {
      const score = scores[base + col];
      if (score < 0) continue;
      const value = prices === null ? score : score - prices[col];
      if (size === count && value <= keptValue[size - 1]) continue;
      let i = size < count ? size++ : size - 1;
      while (i > 0 && keptValue[i - 1] < value) {
        keptValue[i] = keptValue[i - 1];
        keptCol[i] = keptCol[i - 1];
        i--;
      }
      keptValue[i] = value;
      keptCol[i] = col;
    }
  }
  return keptCol.slice(0, size).sort();
}

function mergeColumns(a: Int32Array, b: Int32Array): Int32Array {
  return Int32Array.from(new Set([...a, ...b])).sort();
}

function listsToGraph(lists: Int32Array[], scores: Int32Array, cols: number, capacity: Int32Array): MatchingGraph {
  const builder = new GraphBuilder(lists.length, capacity);
  lists.forEach((list, row) => {
    for (const col of list) builder.addEdge(col, scores[row * cols + col]);
    builder.endRow();
  });
  return builder.build();
}

/** Rows with a cell worth more at the solution's prices than their assignment (or than 0). */
function rowsBeatenAtPrices(rows: number, cols: number, scores: Int32Array, solution: SparseSolution): number[] {
  const { rowCol, colPrice } = solution;
  const failing: number[] = [];
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    const col = rowCol[row];
    const profit = col < 0 ? 0 : scores[base + col] - colPrice[col];
    for (let j = 0; j < cols; j++) {
      if (scores[base + j] - colPrice[j] > profit) {
        failing.push(row);
        break;
      }
    }
  }
  return failing;
}

/** The full-matrix LAPJV, for small matrices and as the fallback. */
function solveWithLapjv(rows: number, cols: number, scores: Int32Array): { rowToCol: Int32Array; totalScore: number } {
  const rowToCol = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return { rowToCol, totalScore: 0 };

  // Forbidden pairs become worth 0: with every score ≥ 0, some optimum assigns every row of the
  // smaller side, which is what LAPJV computes. They are dropped from the answer afterwards.
  const allowed = hasNegative(scores) ? scores.map((score) => Math.max(score, 0)) : scores;
  if (rows <= cols) {
    rowToCol.set(lapjv(rows, cols, allowed));
  } else {
    lapjv(cols, rows, transpose(rows, cols, allowed)).forEach((row, col) => (rowToCol[row] = col));
  }
  let totalScore = 0;
  for (let row = 0; row < rows; row++) {
    const col = rowToCol[row];
    if (col < 0) continue;
    if (scores[row * cols + col] < 0) rowToCol[row] = -1;
    else totalScore += scores[row * cols + col];
  }
  return { rowToCol, totalScore };
}

function hasNegative(scores: Int32Array): boolean {
  for (let k = 0; k < scores.length; k++) if (scores[k] < 0) return true;
  return false;
}

function transpose(rows: number, cols: number, scores: Int32Array): Int32Array {
  const out = new Int32Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    for (let col = 0; col < cols; col++) out[col * rows + row] = scores[base + col];
  }
  return out;
}

/** LAPJV for n ≤ m: assigns every row; returns the column of each row. */
function lapjv(n: number, m: number, s: Int32Array): Int32Array {
  const rowSol = new Int32Array(n).fill(-1);
  const colSol = new Int32Array(m).fill(-1);
  const price = new Float64Array(m);
  let free: Int32Array;
  // The initialisation needs a square matrix (column reduction gives every column a row) and a
  // second column; otherwise the augmentation alone is exact from zero prices.
  if (n === m && n > 1) free = initialise(n, s, price, rowSol, colSol);
  else free = Int32Array.from({ length: n }, (_, row) => row);
  augment(m, s, price, rowSol, colSol, free);
  return rowSol;
}

/** Column reduction, reduction transfer and augmenting row reduction; returns the rows still free. */
function initialise(n: number, s: Int32Array, price: Float64Array, rowSol: Int32Array, colSol: Int32Array): Int32Array {
  // Column reduction, row by row so the matrix is read in memory order: price = column maximum.
  const bestRow = new Int32Array(n);
  price.fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      if (s[base + j] > price[j]) {
        price[j] = s[base + j];
        bestRow[j] = i;
      }
    }
  }
  const matches = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const i = bestRow[j];
    if (++matches[i] === 1) {
      rowSol[i] = j;
      colSol[j] = i;
    } else if (price[j] > price[rowSol[i]]) {
      // Keep the column where the row's lead is largest, as LAPJV does.
      colSol[rowSol[i]] = -1;
      rowSol[i] = j;
      colSol[j] = i;
    }
  }

  // Reduction transfer: a row assigned once passes its slack to its column's price.
  let free = new Int32Array(n);
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[freeCount++] = i;
    } else if (matches[i] === 1) {
      const j1 = rowSol[i];
      const base = i * n;
      let min = Infinity;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const loss = price[j] - s[base + j];
        if (loss < min) min = loss;
      }
      // Row i's loss on j1 was 0 (it is the column's best row); now it is its margin to the rest.
      price[j1] += min;
    }
  }

  // Augmenting row reduction, two passes (an auction in which a row raises its best column's
  // price by its lead over the second best and takes it, displacing the previous holder).
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    const previousCount = freeCount;
    freeCount = 0;
    const next = new Int32Array(n);
    while (k < previousCount) {
      const i = free[k++];
      const base = i * n;
      let best = price[0] - s[base];
      let second = Infinity;
      let j1 = 0;
      let j2 = -1;
      for (let j = 1; j < n; j++) {
        const loss = price[j] - s[base + j];
        if (loss < second) {
          if (loss >= best) {
            second = loss;
            j2 = j;
          } else {
            second = best;
            best = loss;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let displaced = colSol[j1];
      if (best < second) price[j1] -= best - second;
      else if (displaced >= 0) {
        // A tie: take the second column instead, so the row does not just swap with its rival.
        j1 = j2;
        displaced = colSol[j2];
      }
      rowSol[i] = j1;
      colSol[j1] = i;
      if (displaced >= 0) {
        rowSol[displaced] = -1;
        // After a strict price rise the displaced row bids again at once; after a tie, next pass.
        if (best < second) free[--k] = displaced;
        else next[freeCount++] = displaced;
      }
    }
    free = next;
  }
  return free.subarray(0, freeCount);
}

/** Shortest augmenting paths from each free row over all columns (dense Dijkstra). */
function augment(m: number, s: Int32Array, price: Float64Array, rowSol: Int32Array, colSol: Int32Array, free: Int32Array): void {
  const dist = new Float64Array(m);
  const pred = new Int32Array(m);
  const colList = new Int32Array(m);
  for (let f = 0; f < free.length; f++) {
    const freeRow = free[f];
    const freeBase = freeRow * m;
    for (let j = 0; j < m; j++) {
      dist[j] = price[j] - s[freeBase + j];
      pred[j] = freeRow;
      colList[j] = j;
    }
    // colList[0, low): settled; [low, up): at the current minimum, to scan; [up, m): the rest.
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let endOfPath = -1;
    while (endOfPath < 0) {
      if (up === low) {
        last = low - 1;
        min = dist[colList[up++]];
        for (let k = up; k < m; k++) {
          const j = colList[k];
          const h = dist[j];
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            colList[k] = colList[up];
            colList[up++] = j;
          }
        }
        for (let k = low; k < up; k++) {
          if (colSol[colList[k]] < 0) {
            endOfPath = colList[k];
            break;
          }
        }
        if (endOfPath >= 0) break;
      }
      const j1 = colList[low++];
      const i = colSol[j1];
      const base = i * m;
      // Distance at which row i is reached, relative to its current column.
      const reached = min - (price[j1] - s[base + j1]);
      for (let k = up; k < m; k++) {
        const j = colList[k];
        const h = reached + price[j] - s[base + j];
        if (h < dist[j]) {
          pred[j] = i;
          if (h === min) {
            if (colSol[j] < 0) {
              endOfPath = j;
              break;
            }
            colList[k] = colList[up];
            colList[up++] = j;
          }
          dist[j] = h;
        }
      }
    }
    // Settled columns' prices rise by their lead on the path's length, keeping losses ≥ 0.
    for (let k = 0; k <= last; k++) {
      const j = colList[k];
      price[j] += min - dist[j];
    }
    for (;;) {
      const i = pred[endOfPath];
      colSol[endOfPath] = i;
      const previous = rowSol[i];
      rowSol[i] = endOfPath;
      if (i === freeRow) break;
      endOfPath = previous;
    }
  }
}
