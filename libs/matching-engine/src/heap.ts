/**
 * A binary min-heap of (key, column) on typed arrays for Dijkstra. Entries are never updated in
 * place: a better key is pushed again and stale entries are skipped by the caller ("lazy"
 * deletion), which is simpler and faster in JavaScript than decrease-key. Equal keys pop in
 * the order they were pushed: on plateaus of equal distances the search goes breadth-first,
 * which finds the short paths, and stays deterministic.
 */
export class ColumnHeap {
  private keys = new Float64Array(1024);
  private cols = new Int32Array(1024);
  private order = new Float64Array(1024);
  private pushed = 0;
  size = 0;

  clear(): void {
    this.size = 0;
    this.pushed = 0;
  }

  /** The smallest key; only valid while size > 0. */
  topKey(): number {
    return this.keys[0];
  }

  push(key: number, col: number): void {
    if (this.size === this.keys.length) this.grow();
    const { keys, cols, order } = this;
    const seq = this.pushed++;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent];
      if (pk < key || (pk === key && order[parent] < seq)) break;
      keys[i] = pk;
      cols[i] = cols[parent];
      order[i] = order[parent];
      i = parent;
    }
    keys[i] = key;
    cols[i] = col;
    order[i] = seq;
  }

  /** Removes the smallest entry and returns its column. */
  pop(): number {
    const { keys, cols, order } = this;
    const top = cols[0];
    const last = --this.size;
    if (last === 0) return top;
    const key = keys[last];
    const col = cols[last];
    const seq = order[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (keys[right] < keys[child] || (keys[right] === keys[child] && order[right] < order[child]))) child = right;
      const ck = keys[child];
      if (key < ck || (key === ck && seq < order[child])) break;
      keys[i] = ck;
      cols[i] = cols[child];
      order[i] = order[child];
      i = child;
    }
    keys[i] = key;
    cols[i] = col;
    order[i] = seq;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const cols = new Int32Array(this.cols.length * 2);
    cols.set(this.cols);
    this.cols = cols;
    const order = new Float64Array(this.order.length * 2);
    order.set(this.order);
    this.order = order;
  }
}
