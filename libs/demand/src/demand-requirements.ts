import { JobDemand } from '@carebridge/db';
import { DemandRequirement, requirementKindLabel, requirementValueLabel } from '@carebridge/rules';
import { DemandRequirementModel } from './models/demand.model';

/** The requirements column as stored: only ever written after the equal-employment check. */
export function storedRequirements(demand: Pick<JobDemand, 'requirements'>): DemandRequirement[] {
  return demand.requirements as unknown as DemandRequirement[];
}

export function toRequirementModels(demand: Pick<JobDemand, 'requirements'>): DemandRequirementModel[] {
  return storedRequirements(demand).map(({ kind, value, justification }) => ({
    kind,
    label: requirementKindLabel(kind),
    value,
    valueLabel: requirementValueLabel(kind, value),
    justification,
  }));
}
