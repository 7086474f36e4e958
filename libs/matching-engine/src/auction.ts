/**
 * The start point for the exact search, from a fast ε-scaling forward auction (Bertsekas) with
 * native capacities. Why: the exact search is cheap when prices are already near their final
 * values, but from zero prices the rows inserted when the last slots run out each search most
 * of the graph (measured on 100k × 20k with 5M pairs: ~45 s of search from zero prices, well
 * under a second from here). Nothing here has to be exact: the exact search keeps the rows this
 * leaves happy, re-inserts the others and proves the optimum itself.
 *
 * Each column has one price per slot, kept as a min-heap inside the column's block; a row bids
 * for the cheapest slot of its best column at a price leaving it ε below its second-best option
 * (staying unmatched counts as an option worth 0), and evicts the slot's holder, who bids in
 * turn. ε shrinks phase by phase; prices only rise in a forward auction, so after each phase
 * they are lowered by that phase's ε, the overshoot its bids may have added.
 */
import type { MatchingGraph } from './graph';
import type { StartPoint } from './restore';

/** ε of the first phase, as a share of the largest score, and its decrease per phase. */
const FIRST_EPSILON_SHARE = 1 / 4;
const EPSILON_FACTOR = 6;

export function auctionStart(graph: MatchingGraph): StartPoint {
  const market = new SlotMarket(graph);
  let epsilon = Math.max(1, Math.floor(market.maxScore * FIRST_EPSILON_SHARE));
  for (;;) {
    market.requeueUnhappyRows(epsilon);
    market.forwardAuction(epsilon);
    if (epsilon === 1) break;
    market.deflate(epsilon);
    epsilon = Math.max(1, Math.floor(epsilon / EPSILON_FACTOR));
  }
  return { rowCol: market.assignment(), colPrice: market.prices() };
}

class SlotMarket {
  readonly maxScore: number;
  private readonly slotStart: Int32Array;
  private readonly slotPrice: Float64Array;
  /** Row holding each slot, -1 when free. */
  private readonly slotHolder: Int32Array;
  /** Price of each column's cheapest slot (its heap top); +∞ for a column without slots. */
  private readonly minPrice: Float64Array;
  private readonly rowEdge: Int32Array;
  private readonly rowSlot: Int32Array;
  /** 1 when the row chose to stay unmatched in the current phase. */
  private readonly rowOut: Uint8Array;
  private readonly queue: Int32Array;
  private head = 0;
  private tail = 0;

  constructor(private readonly graph: MatchingGraph) {
    const { rowCount, colCount, edgeCol, edgeScore, capacity } = graph;
    const inDegree = new Int32Array(colCount);
    for (let e = 0; e < edgeCol.length; e++) inDegree[edgeCol[e]]++;
    this.slotStart = new Int32Array(colCount + 1);
    for (let col = 0; col < colCount; col++) this.slotStart[col + 1] = this.slotStart[col] + Math.min(capacity[col], inDegree[col]);
    const slots = this.slotStart[colCount];
    this.slotPrice = new Float64Array(slots);
    this.slotHolder = new Int32Array(slots).fill(-1);
    this.minPrice = new Float64Array(colCount);
    for (let col = 0; col < colCount; col++) if (this.slotStart[col + 1] === this.slotStart[col]) this.minPrice[col] = Infinity;
    this.rowEdge = new Int32Array(rowCount).fill(-1);
    this.rowSlot = new Int32Array(rowCount).fill(-1);
    this.rowOut = new Uint8Array(rowCount);
    this.queue = new Int32Array(rowCount + 1);
    let maxScore = 0;
    for (let e = 0; e < edgeScore.length; e++) if (edgeScore[e] > maxScore) maxScore = edgeScore[e];
    this.maxScore = maxScore;
  }

  /** Queues every row more than ε short of its best option (ε-complementary slackness). */
  requeueUnhappyRows(epsilon: number): void {
    const { rowCount, rowStart, edgeCol, edgeScore } = this.graph;
    const minPrice = this.minPrice;
    this.head = this.tail = 0;
    for (let row = 0; row < rowCount; row++) {
      if (rowStart[row + 1] === rowStart[row]) continue;
      let best = 0;
      for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
        const value = edgeScore[e] - minPrice[edgeCol[e]];
        if (value > best) best = value;
      }
      const edge = this.rowEdge[row];
      const profit = edge < 0 ? 0 : edgeScore[edge] - this.slotPrice[this.rowSlot[row]];
      if ((edge >= 0 || this.rowOut[row]) && profit >= best - epsilon) continue;
      if (edge >= 0) this.release(row);
      this.rowOut[row] = 0;
      this.enqueue(row);
    }
  }

  forwardAuction(epsilon: number): void {
    const { rowStart, edgeCol, edgeScore } = this.graph;
    const { minPrice, slotStart, slotPrice, slotHolder, queue } = this;
    const wrap = this.graph.rowCount;
    while (this.head !== this.tail) {
      const row = queue[this.head];
      this.head = this.head === wrap ? 0 : this.head + 1;
      // Staying unmatched (value 0) is the first option and wins ties.
      let best = 0;
      let second = -Infinity;
      let bestEdge = -1;
      for (let e = rowStart[row]; e < rowStart[row + 1]; e++) {
        const value = edgeScore[e] - minPrice[edgeCol[e]];
        if (value > best) {
          second = best;
          best = value;
          bestEdge = e;
        } else if (value > second) {
          second = value;
        }
      }
      if (bestEdge < 0) {
        this.rowOut[row] = 1;
        continue;
      }
      const col = edgeCol[bestEdge];
      const base = slotStart[col];
      const size = slotStart[col + 1] - base;
      // The column's second-cheapest slot (a child of the heap top) is an option too.
      if (size > 1) {
        const next = size > 2 && slotPrice[base + 2] < slotPrice[base + 1] ? slotPrice[base + 2] : slotPrice[base + 1];
        if (edgeScore[bestEdge] - next > second) second = edgeScore[bestEdge] - next;
      }
      const evicted = slotHolder[base];
      if (evicted >= 0) {
        this.rowEdge[evicted] = -1;
        this.rowSlot[evicted] = -1;
        this.enqueue(evicted);
      }
      slotHolder[base] = row;
      slotPrice[base] = edgeScore[bestEdge] - second + epsilon;
      this.rowEdge[row] = bestEdge;
      this.rowSlot[row] = base;
      this.siftDown(col, base);
    }
  }

  /** Lowers every slot's price by `amount` (not below 0); heap order survives a monotone change. */
  deflate(amount: number): void {
    const { slotPrice, slotStart, minPrice } = this;
    for (let s = 0; s < slotPrice.length; s++) slotPrice[s] = slotPrice[s] > amount ? slotPrice[s] - amount : 0;
    for (let col = 0; col < minPrice.length; col++) if (slotStart[col + 1] > slotStart[col]) minPrice[col] = slotPrice[slotStart[col]];
  }

  assignment(): Int32Array {
    return this.rowEdge.map((edge) => (edge < 0 ? -1 : this.graph.edgeCol[edge]));
  }

  /** Each column's price: its cheapest slot's (a free one included). */
  prices(): Float64Array {
    return this.minPrice.map((price) => (Number.isFinite(price) ? price : 0));
  }

  private enqueue(row: number): void {
    this.queue[this.tail] = row;
    this.tail = this.tail === this.graph.rowCount ? 0 : this.tail + 1;
  }

  /**
   * Frees the row's slot at the column's lowest price: bidders see only that price, so nothing
   * changes for them, and the slot is taken first instead of staying free at a price nobody pays.
   */
  private release(row: number): void {
    const slot = this.rowSlot[row];
    const col = this.graph.edgeCol[this.rowEdge[row]];
    this.slotHolder[slot] = -1;
    this.slotPrice[slot] = this.minPrice[col];
    this.rowEdge[row] = -1;
    this.rowSlot[row] = -1;
    this.siftUp(col, slot);
  }

  /** Heap order: cheaper first; at equal prices a free slot first, so it fills before anyone is evicted. */
  private before(a: number, b: number): boolean {
    const pa = this.slotPrice[a];
    const pb = this.slotPrice[b];
    return pa < pb || (pa === pb && this.slotHolder[a] < 0 && this.slotHolder[b] >= 0);
  }

  /** Restores heap order after the slot at `pos` got more expensive (or was taken). */
  private siftDown(col: number, pos: number): void {
    const base = this.slotStart[col];
    const size = this.slotStart[col + 1] - base;
    let i = pos - base;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && this.before(base + child + 1, base + child)) child++;
      if (!this.before(base + child, base + i)) break;
      this.swapSlots(base + i, base + child);
      i = child;
    }
    this.minPrice[col] = this.slotPrice[base];
  }

  /** Restores heap order after the slot at `pos` got cheaper (or was freed). */
  private siftUp(col: number, pos: number): void {
    const base = this.slotStart[col];
    let i = pos - base;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(base + i, base + parent)) break;
      this.swapSlots(base + i, base + parent);
      i = parent;
    }
    this.minPrice[col] = this.slotPrice[base];
  }

  private swapSlots(a: number, b: number): void {
    const { slotPrice, slotHolder, rowSlot } = this;
    const price = slotPrice[a];
    slotPrice[a] = slotPrice[b];
    slotPrice[b] = price;
    const holder = slotHolder[a];
    slotHolder[a] = slotHolder[b];
    slotHolder[b] = holder;
    if (slotHolder[a] >= 0) rowSlot[slotHolder[a]] = a;
    if (slotHolder[b] >= 0) rowSlot[slotHolder[b]] = b;
  }
}
