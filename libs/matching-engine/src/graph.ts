/**
 * The sparse bipartite graph the solvers work on, in CSR form: the edges of row r (a candidate)
 * are edgeCol/edgeScore[rowStart[r] .. rowStart[r + 1]). Columns are demands with a capacity
 * (their open headcount). Typed arrays keep 5 million pairs in ~40 MB and the hot loops monomorphic.
 */
export interface MatchingGraph {
  rowCount: number;
  colCount: number;
  rowStart: Int32Array;
  edgeCol: Int32Array;
  /** Integer scores; a pair worth ≤ 0 is never better than no proposal. */
  edgeScore: Int32Array;
  capacity: Int32Array;
}

/** Appends rows one at a time without knowing the edge count in advance (doubling buffers). */
export class GraphBuilder {
  private readonly rowStart: Int32Array;
  private edgeCol: Int32Array;
  private edgeScore: Int32Array;
  private edgeCount = 0;
  private rowsDone = 0;

  /** expectedEdges sizes the buffers up front: growing them means copying millions of entries. */
  constructor(
    private readonly rowCount: number,
    private readonly capacity: Int32Array,
    expectedEdges = 1 << 16,
  ) {
    this.rowStart = new Int32Array(rowCount + 1);
    this.edgeCol = new Int32Array(Math.max(16, expectedEdges));
    this.edgeScore = new Int32Array(Math.max(16, expectedEdges));
  }

  addEdge(col: number, score: number): void {
    if (this.edgeCount === this.edgeCol.length) this.grow();
    this.edgeCol[this.edgeCount] = col;
    this.edgeScore[this.edgeCount] = score;
    this.edgeCount++;
  }

  /** Closes the current row: the edges added since the last call belong to it. */
  endRow(): void {
    this.rowStart[++this.rowsDone] = this.edgeCount;
  }

  build(): MatchingGraph {
    if (this.rowsDone !== this.rowCount) throw new Error(`GraphBuilder: ${this.rowsDone} of ${this.rowCount} rows ended`);
    return {
      rowCount: this.rowCount,
      colCount: this.capacity.length,
      rowStart: this.rowStart,
      edgeCol: this.trimmed(this.edgeCol),
      edgeScore: this.trimmed(this.edgeScore),
      capacity: this.capacity,
    };
  }

  /** A view when the buffer is mostly used (copying 20 MB is slow), else a compact copy. */
  private trimmed(buffer: Int32Array): Int32Array {
    return this.edgeCount >= 0.75 * buffer.length ? buffer.subarray(0, this.edgeCount) : buffer.slice(0, this.edgeCount);
  }

  private grow(): void {
    const size = this.edgeCol.length * 2;
    const col = new Int32Array(size);
    col.set(this.edgeCol);
    this.edgeCol = col;
    const score = new Int32Array(size);
    score.set(this.edgeScore);
    this.edgeScore = score;
  }
}

/**
 * A graph from explicit edge lists, for tests, benchmarks and callers that score pairs
 * themselves: per row, [column, integer score] pairs, at most one per column.
 */
export function graphFromRows(rows: readonly (readonly (readonly [col: number, score: number])[])[], capacity: readonly number[]): MatchingGraph {
  const builder = new GraphBuilder(rows.length, Int32Array.from(capacity));
  rows.forEach((row, index) => {
    const seen = new Set<number>();
    for (const [col, score] of row) {
      if (!Number.isInteger(col) || col < 0 || col >= capacity.length) throw new RangeError(`Row ${index}: column ${col} out of range`);
      if (!Number.isInteger(score) || Math.abs(score) > MAX_SCORE) throw new RangeError(`Row ${index}: score ${score} is not an integer within ±${MAX_SCORE}`);
      if (seen.has(col)) throw new RangeError(`Row ${index}: two edges to column ${col}`);
      seen.add(col);
      builder.addEdge(col, score);
    }
    builder.endRow();
  });
  return builder.build();
}

/** Scores stay well inside 32 bits so that sums along paths are exact in doubles. */
export const MAX_SCORE = 2 ** 30;
