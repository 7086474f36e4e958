import { SCORE_COMPONENTS, type ScoreComponent, type ScoreExplanation } from '@carebridge/matching-engine';
import { SCORE_COMPONENT_LABELS } from './matching-policy.rules';

/** One score component as a proposal stores it (match_proposals.components is a list of these). */
export interface StoredComponent {
  component: ScoreComponent;
  value: number;
  weight: number;
  points: number;
}

/** The engine's explanation in the fixed component order, so every stored proposal reads the same way. */
export function toStoredComponents(explanation: ScoreExplanation): StoredComponent[] {
  return SCORE_COMPONENTS.map((component) => ({ component, ...explanation[component] }));
}

/** The stored components with their labels, for the API. */
export function readStoredComponents(stored: unknown): (StoredComponent & { label: string })[] {
  return (stored as StoredComponent[]).map((item) => ({ ...item, label: SCORE_COMPONENT_LABELS[item.component] }));
}
