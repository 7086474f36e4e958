/**
 * The current (partial) b-matching and the column prices (dual variables) shared by the forward
 * search, the warm-start repair and the optimality check. A column keeps its rows in a
 * contiguous block of "slots"; its block holds min(capacity, in-degree) slots, as no column can
 * take more rows than those with an edge to it.
 */
import type { MatchingGraph } from './graph';

export class AssignmentState {
  /** Edge index of each row's assignment, -1 when the row has none. */
  readonly rowEdge: Int32Array;
  /** Where the row sits in slotRow, -1 when unassigned. */
  readonly rowSlot: Int32Array;
  /** Column and score of the row's assignment (-1 / 0 when none), kept beside rowEdge so the hot loops read one array, not two hops. */
  readonly rowCol: Int32Array;
  readonly rowScore: Int32Array;
  /** 1 once the row has been inserted (assigned, or left unmatched on purpose); 0 while it waits. */
  readonly rowSettled: Uint8Array;
  readonly slotStart: Int32Array;
  readonly slotRow: Int32Array;
  /** Rows currently in each column. */
  readonly fill: Int32Array;
  /**
   * The score a pair must beat to take a slot of the column; ≥ 0, and 0 whenever the column
   * has a free slot. A row's own dual is implied: (its score − its column's price), or 0.
   */
  readonly price: Float64Array;

  constructor(readonly graph: MatchingGraph) {
    const { rowCount, colCount, edgeCol, capacity } = graph;
    this.rowEdge = new Int32Array(rowCount).fill(-1);
    this.rowSlot = new Int32Array(rowCount).fill(-1);
    this.rowCol = new Int32Array(rowCount).fill(-1);
    this.rowScore = new Int32Array(rowCount);
    this.rowSettled = new Uint8Array(rowCount);
    const inDegree = new Int32Array(colCount);
    for (let e = 0; e < edgeCol.length; e++) inDegree[edgeCol[e]]++;
    this.slotStart = new Int32Array(colCount + 1);
    for (let j = 0; j < colCount; j++) this.slotStart[j + 1] = this.slotStart[j] + Math.min(capacity[j], inDegree[j]);
    this.slotRow = new Int32Array(this.slotStart[colCount]).fill(-1);
    this.fill = new Int32Array(colCount);
    this.price = new Float64Array(colCount);
  }

  hasSpare(col: number): boolean {
    return this.fill[col] < this.slotStart[col + 1] - this.slotStart[col];
  }

  /** The row's dual: what its current assignment is worth above its column's price (0 unassigned). */
  rowProfit(row: number): number {
    const col = this.rowCol[row];
    return col < 0 ? 0 : this.rowScore[row] - this.price[col];
  }

  /** A fresh slot at the end of the column's block (the caller checked hasSpare). */
  takeSpareSlot(col: number): number {
    return this.slotStart[col] + this.fill[col]++;
  }

  place(row: number, edge: number, slot: number): void {
    this.rowEdge[row] = edge;
    this.rowCol[row] = this.graph.edgeCol[edge];
    this.rowScore[row] = this.graph.edgeScore[edge];
    this.rowSlot[row] = slot;
    this.slotRow[slot] = row;
  }

  /** Marks the row unassigned; its slot is left to the caller, who puts another row there. */
  vacate(row: number): void {
    this.rowEdge[row] = -1;
    this.rowCol[row] = -1;
    this.rowScore[row] = 0;
    this.rowSlot[row] = -1;
  }

  /** Takes the row out of its column, keeping the column's block contiguous. */
  remove(row: number): void {
    const col = this.rowCol[row];
    const slot = this.rowSlot[row];
    const lastSlot = this.slotStart[col] + --this.fill[col];
    const moved = this.slotRow[lastSlot];
    this.slotRow[slot] = moved;
    this.rowSlot[moved] = slot;
    this.slotRow[lastSlot] = -1;
    this.vacate(row);
  }

  totalScore(): number {
    let total = 0;
    for (let r = 0; r < this.rowScore.length; r++) total += this.rowScore[r];
    return total;
  }
}
