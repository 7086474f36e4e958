import { Role } from '@carebridge/db';

/** Open to callers without a token (a token, when sent, is still verified and used). */
export const PUBLIC = 'PUBLIC';

/** Who may call a GraphQL operation: PUBLIC, or the roles allowed (every other caller is refused). */
export type OperationPolicy = typeof PUBLIC | readonly Role[];

const { ADMIN, SCHOOL_STAFF, AGENCY_STAFF, STATION_STAFF, TRAINEE } = Role;
const SIGNED_IN = [ADMIN, SCHOOL_STAFF, AGENCY_STAFF, STATION_STAFF, TRAINEE] as const;
const STAFF = [ADMIN, SCHOOL_STAFF, AGENCY_STAFF, STATION_STAFF] as const;
const ADMIN_ONLY = [ADMIN] as const;

/**
 * The one place that decides which role may call which GraphQL operation (root Query and Mutation
 * fields), enforced by the global AuthGuard. An operation missing here is refused to everyone, and
 * a unit test fails for every operation of apps/api/schema.gql without an entry.
 *
 * This is the first of two gates: the services then scope rows to the caller (a trainee: herself;
 * school staff: their school's cohorts and trainees; agency staff: their agency's demand, proposals
 * and placements; station staff: the placements their station covers) and answer NOT_FOUND for
 * anything outside that scope.
 */
export const ACCESS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  // accounts and sessions
  login: PUBLIC,
  refreshToken: PUBLIC,
  logout: SIGNED_IN,
  changePassword: SIGNED_IN,
  me: SIGNED_IN,
  createUser: ADMIN_ONLY,

  // privacy: unmasked reads and the audit log
  revealTraineeIdentity: ADMIN_ONLY,
  auditLog: ADMIN_ONLY,

  // reference data
  provinces: PUBLIC,
  cities: PUBLIC,
  schools: SIGNED_IN,
  createSchool: ADMIN_ONLY,
  updateSchool: ADMIN_ONLY,
  courses: SIGNED_IN,
  createCourse: ADMIN_ONLY,
  serviceStations: SIGNED_IN,
  createServiceStation: ADMIN_ONLY,
  updateServiceStation: ADMIN_ONLY,

  // trainees (registration without a token is self-registration)
  registerTrainee: PUBLIC,
  trainee: [ADMIN, SCHOOL_STAFF, TRAINEE],
  trainees: [ADMIN, SCHOOL_STAFF],
  traineeByResidentId: [ADMIN, SCHOOL_STAFF],
  markAvailable: [ADMIN, TRAINEE],
  importJob: [ADMIN, SCHOOL_STAFF],

  // training
  trainingPolicy: STAFF,
  updateTrainingPolicy: ADMIN_ONLY,
  benefitPolicies: STAFF,
  setBenefitCost: ADMIN_ONLY,
  cohorts: [ADMIN, SCHOOL_STAFF],
  cohort: [ADMIN, SCHOOL_STAFF],
  createCohort: ADMIN_ONLY,
  enrollTrainee: [ADMIN, SCHOOL_STAFF],
  dropEnrollment: [ADMIN, SCHOOL_STAFF],
  recordAttendance: [ADMIN, SCHOOL_STAFF],

  // certification
  recordAssessment: [ADMIN, SCHOOL_STAFF],
  certificates: [ADMIN, SCHOOL_STAFF],
  myCertificates: [TRAINEE],
  verifyCertificate: PUBLIC,
  revokeCertificate: ADMIN_ONLY,

  // agencies, agreements, households
  registerAgency: ADMIN_ONLY,
  updateAgency: [ADMIN, AGENCY_STAFF],
  agency: [ADMIN, AGENCY_STAFF],
  agencies: [ADMIN, AGENCY_STAFF],
  signAgreement: ADMIN_ONLY,
  registerHousehold: ADMIN_ONLY,
  households: ADMIN_ONLY,
  household: ADMIN_ONLY,

  // job demand
  demandPolicy: [ADMIN, AGENCY_STAFF],
  updateDemandPolicy: ADMIN_ONLY,
  postDemand: [ADMIN, AGENCY_STAFF],
  updateDemand: [ADMIN, AGENCY_STAFF],
  closeDemand: [ADMIN, AGENCY_STAFF],
  demands: [ADMIN, AGENCY_STAFF],
  demand: [ADMIN, AGENCY_STAFF],

  // matching
  matchingPolicy: ADMIN_ONLY,
  updateMatchingPolicy: ADMIN_ONLY,
  runMatching: ADMIN_ONLY,
  matchingRun: ADMIN_ONLY,
  matchingRuns: ADMIN_ONLY,
  matchingUnmatched: ADMIN_ONLY,
  matchProposals: [ADMIN, AGENCY_STAFF, TRAINEE],
  respondToProposal: [AGENCY_STAFF, TRAINEE],

  // job fairs
  createJobFair: ADMIN_ONLY,
  registerAgencyForJobFair: [ADMIN, AGENCY_STAFF],
  registerTraineeForJobFair: [ADMIN, TRAINEE],
  jobFair: SIGNED_IN,
  jobFairs: SIGNED_IN,

  // placements and wages
  createPlacement: [ADMIN, AGENCY_STAFF],
  endPlacement: [ADMIN, AGENCY_STAFF],
  recordWage: [ADMIN, AGENCY_STAFF],
  placements: [ADMIN, AGENCY_STAFF, TRAINEE],
  placement: [ADMIN, AGENCY_STAFF, TRAINEE],

  // service stations: follow-ups and rights cases
  followUpPolicy: [ADMIN, STATION_STAFF],
  updateFollowUpPolicy: ADMIN_ONLY,
  rightsCasePolicy: [ADMIN, STATION_STAFF],
  updateRightsCasePolicy: ADMIN_ONLY,
  followUpsDue: [ADMIN, STATION_STAFF],
  followUpVisits: [ADMIN, STATION_STAFF],
  logFollowUp: [ADMIN, STATION_STAFF],
  revealCaregiverPhone: [ADMIN, STATION_STAFF],
  openRightsCase: [ADMIN, STATION_STAFF, TRAINEE],
  transitionRightsCase: [ADMIN, STATION_STAFF, TRAINEE],
  addRightsCaseNote: [ADMIN, STATION_STAFF, TRAINEE],
  rightsCases: [ADMIN, STATION_STAFF, TRAINEE],
  rightsCase: [ADMIN, STATION_STAFF, TRAINEE],
  agencyRightsCases: [ADMIN, AGENCY_STAFF],
  agencyRecord: [ADMIN, AGENCY_STAFF],

  // subsidies
  createSubsidyPolicy: ADMIN_ONLY,
  subsidyPolicies: ADMIN_ONLY,
  subsidyApplications: [ADMIN, TRAINEE],
  reviewSubsidy: ADMIN_ONLY,
  markSubsidyPaid: ADMIN_ONLY,
  runSubsidyEligibility: ADMIN_ONLY,

  // notifications (each caller's own)
  myNotifications: SIGNED_IN,
  myUnreadNotificationCount: SIGNED_IN,
  markNotificationRead: SIGNED_IN,

  // reports and plans
  plans: ADMIN_ONLY,
  planProgress: ADMIN_ONLY,
  programmeStats: ADMIN_ONLY,
  reportsFreshness: ADMIN_ONLY,
  refreshReports: ADMIN_ONLY,
  retention: ADMIN_ONLY,
};

/** The policy of an operation, or undefined when the table has none (the guard then refuses it). */
export function policyFor(operation: string): OperationPolicy | undefined {
  return Object.hasOwn(ACCESS_POLICY, operation) ? ACCESS_POLICY[operation] : undefined;
}

/** True when the policy lets this caller (undefined: no token) call the operation. */
export function isAllowed(policy: OperationPolicy | undefined, role: Role | undefined): boolean {
  if (policy === undefined) return false;
  if (policy === PUBLIC) return true;
  return role !== undefined && policy.includes(role);
}
