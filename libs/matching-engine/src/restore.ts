/**
 * Starting the exact search from given prices and assignment — the previous run's (a warm start
 * after a small change) or the auction's — instead of from nothing.
 *
 * Any prices are a valid start as long as every settled row is "happy" (its column, or staying
 * unmatched, is a best choice at those prices). So rows go back to their previous columns where
 * the pair still exists, and every unhappy row goes back to the queue of rows to insert. A slot
 * left free at a positive price is a "phantom" (see forward-search.ts) until the forward search
 * has run; repairFreeSlots() then gives every remaining one up by a shortest path search towards
 * its column (the mirror image of the forward search): either some row moves in at the smallest
 * loss, or the price falls to 0.
 */
import type { AssignmentState } from './assignment-state';
import { ColumnHeap } from './heap';

export interface StartPoint {
  /** Column of each row (-1 for unmatched), on this graph's row and column indexes. */
  rowCol: Int32Array;
  /** Price of each column in score points (0 for new columns). */
  colPrice: Float64Array;
}

/** Places the start's rows and settles the happy ones; returns how many assigned rows were kept. */
export function restoreStart(state: AssignmentState, start: StartPoint): number {
  const { graph, price } = state;
  const { rowStart, edgeCol, edgeScore } = graph;
  for (let col = 0; col < graph.colCount; col++) {
    const previous = start.colPrice[col];
    price[col] = previous > 0 && Number.isFinite(previous) ? previous : 0;
  }

  for (let row = 0; row < graph.rowCount; row++) {
    const col = start.rowCol[row];
    if (col < 0) continue;
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
      if (edgeCol[e] !== col) continue;
      if (state.hasSpare(col)) state.place(row, e, state.takeSpareSlot(col));
      break;
    }
  }

  let rowsKept = 0;
  for (let row = 0; row < graph.rowCount; row++) {
    const profit = state.rowProfit(row);
    let happy = profit >= 0;
    for (let e = rowStart[row]; e < rowStart[row + 1] && happy; e++) happy = edgeScore[e] - price[edgeCol[e]] <= profit;
    if (happy) {
      state.rowSettled[row] = 1;
      if (state.rowCol[row] >= 0) rowsKept++;
    } else if (state.rowCol[row] >= 0) {
      state.remove(row);
    }
  }
  lowerUnsoldPrices(state);
  return rowsKept;
}

/**
 * A column with a free slot at a positive price needs a costly repair at the end unless a row
 * takes the slot. Lower its price as far as no settled row would rather have it than what it
 * has — the highest (score − profit) among them, or 0: everyone stays happy, and the rows still
 * to be inserted are drawn to the slot instead of elsewhere.
 */
function lowerUnsoldPrices(state: AssignmentState): void {
  let any = false;
  for (let col = 0; col < state.graph.colCount && !any; col++) any = state.hasSpare(col) && state.price[col] > 0;
  if (!any) return;
  const { graph, price, rowSettled, rowCol } = state;
  const { rowCount, colCount, rowStart, edgeCol, edgeScore } = graph;
  const wanted = new Float64Array(colCount);
  for (let row = 0; row < rowCount; row++) {
    if (!rowSettled[row]) continue;
    const profit = state.rowProfit(row);
    for (let e = rowStart[row], end = rowStart[row + 1]; e < end; e++) {
      const col = edgeCol[e];
      if (col !== rowCol[row] && edgeScore[e] - profit > wanted[col]) wanted[col] = edgeScore[e] - profit;
    }
  }
  for (let col = 0; col < colCount; col++) if (state.hasSpare(col) && wanted[col] < price[col]) price[col] = wanted[col];
}

/** Brings every column with a free slot to price 0 or fills the slot; returns how many needed it. */
export function repairFreeSlots(state: AssignmentState): number {
  const { graph, price } = state;
  lowerUnsoldPrices(state);
  let columnsRepaired = 0;
  let repair: ReverseSearch | undefined;
  for (let col = 0; col < graph.colCount; col++) {
    if (!(state.hasSpare(col) && price[col] > 0)) continue;
    repair ??= new ReverseSearch(state);
    columnsRepaired++;
    // Each round either fills one slot or brings the price to 0: a column that keeps no free
    // slot at a positive price.
    while (state.hasSpare(col) && price[col] > 0) repair.fillOrLower(col);
  }
  return columnsRepaired;
}

/**
 * Shortest paths towards a column over the reversed residual graph: from a column x, a row r
 * with an edge into x may move there; reaching r costs what r loses by leaving its column c for
 * x, and puts the search at c. A path ends when an unmatched row joins, or when a column simply
 * gives up the row that moves on (its price then falls to 0). Runs once all rows are settled.
 */
class ReverseSearch {
  /**
   * The edges grouped by column as (row, score) pairs side by side: building this scatters
   * millions of entries over 20,000 columns, and one cache line per entry instead of three is
   * what makes it affordable. An edge index is looked up only for the few rows that move.
   */
  private readonly colStart: Int32Array;
  private readonly inEdges: Int32Array;
  private readonly dist: Float64Array;
  /** linkRow[c] leaves column c for column linkCol[c], one step closer to the target column. */
  private readonly linkRow: Int32Array;
  private readonly linkCol: Int32Array;
  private readonly labelled: Int32Array;
  private readonly finalized: Int32Array;
  private readonly finalList: Int32Array;
  private readonly heap = new ColumnHeap();
  private stamp = 0;

  constructor(private readonly state: AssignmentState) {
    const { rowCount, colCount, rowStart, edgeCol, edgeScore } = state.graph;
    const edgeCount = edgeCol.length;
    const colStart = (this.colStart = new Int32Array(colCount + 1));
    for (let e = 0; e < edgeCount; e++) colStart[edgeCol[e] + 1]++;
    for (let col = 0; col < colCount; col++) colStart[col + 1] += colStart[col];
    const next = colStart.slice(0, colCount);
    const inEdges = (this.inEdges = new Int32Array(2 * edgeCount));
    for (let row = 0; row < rowCount; row++) {
      for (let e = rowStart[row], end = rowStart[row + 1]; e < end; e++) {
        const k = 2 * next[edgeCol[e]]++;
        inEdges[k] = row;
        inEdges[k + 1] = edgeScore[e];
      }
    }
    this.dist = new Float64Array(colCount);
    this.linkRow = new Int32Array(colCount);
    this.linkCol = new Int32Array(colCount);
    this.labelled = new Int32Array(colCount);
    this.finalized = new Int32Array(colCount);
    this.finalList = new Int32Array(colCount);
  }

  /** One round for a column with a free slot and a positive price. */
  fillOrLower(target: number): void {
    const { price, rowCol, rowScore } = this.state;
    const { dist, linkRow, linkCol, labelled, finalized, finalList, heap, colStart, inEdges } = this;
    const stamp = ++this.stamp;

    // Lowering the target's price to 0 costs its price; the other endings must beat that.
    let best = price[target];
    let joinRow = -1;
    let joinCol = -1;
    let releaseCol = -1;
    labelled[target] = stamp;
    dist[target] = 0;
    heap.push(0, target);
    let finalCount = 0;
    while (heap.size > 0) {
      const d = heap.topKey();
      const col = heap.pop();
      if (finalized[col] === stamp || d > dist[col]) continue;
      if (d >= best) break;
      finalized[col] = stamp;
      finalList[finalCount++] = col;
      const colPrice = price[col];
      if (col !== target && d + colPrice < best) {
        best = d + colPrice;
        releaseCol = col;
        joinRow = -1;
      }
      for (let k = 2 * colStart[col], end = 2 * colStart[col + 1]; k < end; k += 2) {
        const r = inEdges[k];
        const from = rowCol[r];
        // What r would make in this column; moving costs it its current profit minus that.
        const valueHere = inEdges[k + 1] - colPrice;
        if (from < 0) {
          if (d - valueHere < best) {
            best = d - valueHere;
            joinRow = r;
            joinCol = col;
            releaseCol = -1;
          }
          continue;
        }
        if (from === col || finalized[from] === stamp) continue;
        const loss = d + (rowScore[r] - price[from]) - valueHere;
        if (loss < best && (labelled[from] !== stamp || loss < dist[from])) {
          labelled[from] = stamp;
          dist[from] = loss;
          linkRow[from] = r;
          linkCol[from] = col;
          heap.push(loss, from);
        }
      }
    }
    heap.clear();

    for (let f = 0; f < finalCount; f++) {
      const col = finalList[f];
      if (dist[col] < best) price[col] -= best - dist[col];
    }
    if (joinRow >= 0) this.shiftTowards(target, joinRow, joinCol);
    else if (releaseCol >= 0) {
      const leaving = linkRow[releaseCol];
      this.state.remove(leaving);
      this.shiftTowards(target, leaving, linkCol[releaseCol]);
    }
  }

  /** Moves `row` into `col`, and each displaced row on along the links, until the target takes one. */
  private shiftTowards(target: number, row: number, col: number): void {
    for (;;) {
      const edge = this.edgeOf(row, col);
      if (col === target) {
        this.state.place(row, edge, this.state.takeSpareSlot(target));
        return;
      }
      const leaving = this.linkRow[col];
      const next = this.linkCol[col];
      this.state.place(row, edge, this.state.rowSlot[leaving]);
      row = leaving;
      col = next;
    }
  }

  private edgeOf(row: number, col: number): number {
    const { rowStart, edgeCol } = this.state.graph;
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) if (edgeCol[e] === col) return e;
    throw new Error(`No edge from row ${row} to column ${col}`);
  }
}
