/**
 * Types for `linear-sum-assignment` (ESM-only, its own types unreachable under this repo's
 * node10 module resolution). Only what the benchmark calls.
 */
declare module 'linear-sum-assignment' {
  export function linearSumAssignment(
    matrix: number[][],
    options?: { maximaze?: boolean },
  ): { rowAssignments: Float64Array; columnAssignments: Float64Array; gain: number };
}
