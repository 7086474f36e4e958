/** The engine's own pair generation, for sections that benchmark the solver alone. */
import { buildDemandIndex, generatePairs } from '../../libs/matching-engine/src/candidate-pairs';
import type { MatchingGraph } from '../../libs/matching-engine/src/graph';
import { prepareInput } from '../../libs/matching-engine/src/prepare';
import type { MatchingInput } from '../../libs/matching-engine/src/types';

export function graphOf(input: MatchingInput): MatchingGraph {
  const prepared = prepareInput(input);
  return generatePairs(prepared, buildDemandIndex(prepared));
}
