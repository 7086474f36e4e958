/**
 * The exact search: successive shortest augmenting paths with Dijkstra on reduced costs (the
 * Jonker-Volgenant scheme, sparse, with column capacities native). Inserting a row along its
 * shortest path and raising the prices of the columns it settled keeps the matching optimal for
 * the rows inserted so far, so after the last row it is optimal, exactly, on integer scores.
 *
 * Costs are "losses": a row taking column j loses (price[j] − score). A search from row i ends
 * at the cheapest of: i staying unmatched (loss 0), a column with a free slot, or an assigned
 * row r giving up its slot and staying unmatched itself (path so far + r's profit). Only columns
 * are heap nodes: a full column, once reached, reaches all of its rows at no extra cost.
 *
 * A column with a free slot ends a search whatever its price. At price 0 that is the plain case;
 * at a positive price (a warm or auction start) it is exact as well if the free slot is thought
 * of as held by a "phantom" row that scores exactly the price: evicting it costs nothing, and the
 * column's price cannot rise while it has one. Phantoms left at the end are removed by
 * repairFreeSlots() (restore.ts).
 */
import type { AssignmentState } from './assignment-state';
import type { MatchingGraph } from './graph';
import { ColumnHeap } from './heap';

/** The shortest-augmenting-path search, with its scratch arrays reused across rows. */
export class ForwardSearch {
  private readonly dist: Float64Array;
  private readonly predRow: Int32Array;
  private readonly predEdge: Int32Array;
  /** Stamps instead of clearing arrays per search: labelled/finalized in search number `stamp`. */
  private readonly labelled: Int32Array;
  private readonly finalized: Int32Array;
  private readonly finalList: Int32Array;
  private readonly heap = new ColumnHeap();
  private stamp = 0;
  columnsScanned = 0;

  constructor(private readonly state: AssignmentState) {
    const cols = state.graph.colCount;
    this.dist = new Float64Array(cols);
    this.predRow = new Int32Array(cols);
    this.predEdge = new Int32Array(cols);
    this.labelled = new Int32Array(cols);
    this.finalized = new Int32Array(cols);
    this.finalList = new Int32Array(cols);
  }

  /** Inserts an unsettled row along its shortest augmenting path, then updates the prices. */
  insert(row: number): void {
    const { rowStart, edgeCol, edgeScore } = this.state.graph;
    const { price, fill, slotStart, slotRow, rowScore } = this.state;
    const { dist, predRow, predEdge, labelled, finalized, finalList, heap } = this;
    const stamp = ++this.stamp;

    // Most rows simply take their cheapest column when it has a free slot: that is a shortest
    // path already (Dijkstra would stop there at once), so skip the heap for them.
    let cheapest = -1;
    let cheapestLoss = 0;
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
      const loss = price[edgeCol[e]] - edgeScore[e];
      if (loss < cheapestLoss || (loss === cheapestLoss && cheapest >= 0 && edgeCol[e] < edgeCol[cheapest])) {
        cheapestLoss = loss;
        cheapest = e;
      }
    }
    if (cheapest < 0) return;
    const cheapestCol = edgeCol[cheapest];
    if (fill[cheapestCol] < slotStart[cheapestCol + 1] - slotStart[cheapestCol]) {
      this.state.place(row, cheapest, this.state.takeSpareSlot(cheapestCol));
      return;
    }

    // best: loss of the cheapest complete path found so far; staying unmatched costs 0.
    let best = 0;
    let endCol = -1;
    let endRow = -1;
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
      const col = edgeCol[e];
      const loss = price[col] - edgeScore[e];
      if (loss < best && (labelled[col] !== stamp || loss < dist[col])) {
        labelled[col] = stamp;
        dist[col] = loss;
        predRow[col] = row;
        predEdge[col] = e;
        heap.push(loss, col);
      }
    }

    let finalCount = 0;
    search: while (heap.size > 0) {
      const d = heap.topKey();
      const col = heap.pop();
      if (finalized[col] === stamp || d > dist[col]) continue;
      if (d >= best) break;
      finalized[col] = stamp;
      finalList[finalCount++] = col;
      if (fill[col] < slotStart[col + 1] - slotStart[col]) {
        best = d;
        endCol = col;
        endRow = -1;
        break;
      }
      // Every row in the full column can be pushed on; its profit (score − price) is ≥ 0.
      const colPrice = price[col];
      for (let s = slotStart[col], sEnd = s + fill[col]; s < sEnd; s++) {
        const r = slotRow[s];
        const reached = d + rowScore[r] - colPrice;
        if (reached < best) {
          best = reached;
          endCol = -1;
          endRow = r;
        }
        for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
          const next = edgeCol[e];
          if (finalized[next] === stamp) continue;
          const loss = reached + price[next] - edgeScore[e];
          if (loss < best && (labelled[next] !== stamp || loss < dist[next])) {
            labelled[next] = stamp;
            dist[next] = loss;
            predRow[next] = r;
            predEdge[next] = e;
            // A free slot at the current distance cannot be beaten: stop here rather than
            // wander through a plateau of equal distances (tie-heavy scores make big ones).
            if (loss === d && fill[next] < slotStart[next + 1] - slotStart[next]) {
              best = loss;
              endCol = next;
              endRow = -1;
              break search;
            }
            heap.push(loss, next);
          }
        }
      }
    }
    heap.clear();
    this.columnsScanned += finalCount;

    // Prices of the columns settled closer than the path's end rise by the difference: this
    // keeps every reduced cost ≥ 0 and makes the whole path tight.
    for (let f = 0; f < finalCount; f++) {
      const col = finalList[f];
      if (dist[col] < best) price[col] += best - dist[col];
    }
    if (endCol >= 0) this.augment(row, endCol, this.state.takeSpareSlot(endCol));
    else if (endRow >= 0) {
      const col = this.state.rowCol[endRow];
      const slot = this.state.rowSlot[endRow];
      this.state.vacate(endRow);
      this.augment(row, col, slot);
    }
  }

  /** Shifts rows along the path backwards from (col, slot) until the inserted row is placed. */
  private augment(startRow: number, col: number, slot: number): void {
    for (;;) {
      const r = this.predRow[col];
      const previousCol = this.state.rowCol[r];
      const previousSlot = this.state.rowSlot[r];
      this.state.place(r, this.predEdge[col], slot);
      if (r === startRow) return;
      col = previousCol;
      slot = previousSlot;
    }
  }
}

/**
 * The rows still to insert (unsettled, with at least one edge), strongest first (by their best
 * score; ties by index): they take their slots early, and a weaker row arriving later mostly
 * finds every column priced above it and stops at once, instead of starting long chains of
 * displacements. Any order gives the same optimum.
 */
export function insertionOrder(graph: MatchingGraph, settled: Uint8Array): Int32Array {
  const { rowCount, rowStart, edgeScore } = graph;
  const best = new Float64Array(rowCount);
  const rows: number[] = [];
  for (let row = 0; row < rowCount; row++) {
    if (settled[row] || rowStart[row + 1] === rowStart[row]) continue;
    let max = -Infinity;
    for (let e = rowStart[row]; e < rowStart[row + 1]; e++) if (edgeScore[e] > max) max = edgeScore[e];
    best[row] = max;
    rows.push(row);
  }
  return Int32Array.from(rows).sort((a, b) => best[b] - best[a] || a - b);
}
