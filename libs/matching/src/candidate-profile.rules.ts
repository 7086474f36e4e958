import type { CertificateLevel, Major, ProposalStatus, Role, Sex } from '@carebridge/db';
import { ageOn, countyName, dbToLocalDate, LocalDate, maskPersonName } from '@carebridge/rules';

/** What the platform knows of a proposed trainee that a proposal may show. */
export interface CandidateFacts {
  traineeId: string;
  name: string;
  sex: Sex;
  birthDate: Date;
  countyCode: string;
  certificates: { major: Major; level: CertificateLevel }[];
  pastPlacements: number;
}

/** The candidate as one viewer of one proposal sees her: never her resident ID or phone. */
export interface CandidateProfile {
  /** Null while the viewer may not know who she is. */
  traineeId: string | null;
  name: string;
  nameMasked: boolean;
  sex: Sex;
  age: number;
  countyCode: string;
  countyName: string;
  certificates: { major: Major; level: CertificateLevel }[];
  pastPlacements: number;
}

/**
 * Agency staff see who the candidate is only once both sides have accepted (the proposal is then
 * ACCEPTED and a placement exists); until then a masked name. The centre and the trainee herself
 * always see it.
 */
export function revealsCandidate(viewer: Role, status: ProposalStatus): boolean {
  return viewer !== 'AGENCY_STAFF' || status === 'ACCEPTED';
}

export function candidateProfile(facts: CandidateFacts, reveal: boolean, today: LocalDate): CandidateProfile {
  return {
    traineeId: reveal ? facts.traineeId : null,
    name: reveal ? facts.name : maskPersonName(facts.name),
    nameMasked: !reveal,
    sex: facts.sex,
    age: ageOn(dbToLocalDate(facts.birthDate), today),
    countyCode: facts.countyCode,
    countyName: countyName(facts.countyCode) ?? facts.countyCode,
    certificates: facts.certificates,
    pastPlacements: facts.pastPlacements,
  };
}
