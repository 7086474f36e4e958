/** The benchmark's instance shapes, in one place so every section and the results agree. */
import type { InstanceShape } from './generate';

/** National scale: 100,000 candidates, 20,000 demands, 50,000 slots, about 50 feasible pairs each. */
export const NATIONAL: InstanceShape = { candidates: 100_000, demands: 20_000, slots: 50_000, cities: 300, maxDestinations: 4, cityConcentration: 0.5, seed: 2025 };

/** A 10,000 × 10,000 slice (candidates × slots) with the same sparsity: fewer cities keep ~50 pairs each. */
export const SLICE: InstanceShape = { candidates: 10_000, demands: 4_000, slots: 10_000, cities: 40, maxDestinations: 4, cityConcentration: 0.5, seed: 2026 };
