import { AppError } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { AuthUser } from './auth-user';

/**
 * School staff act only on their own school's data. Answers NOT_FOUND (not FORBIDDEN) so a
 * caller cannot probe which ids exist elsewhere.
 */
export function assertSchoolScope(user: AuthUser, schoolId: string, entity: string, notFoundMessage: string): void {
  if (user.role === Role.SCHOOL_STAFF && user.schoolId !== schoolId) throw AppError.notFound(entity, notFoundMessage);
}

/** Matches no school: the scope of a school-staff account bound to none. */
const NO_SCHOOL = '00000000-0000-0000-0000-000000000000';

/**
 * The school whose rows a caller sees beside a trainee (her enrolments, certificates): school staff
 * see only their own school's, whichever trainee it is (traineeByResidentId finds any registered
 * trainee); null when the caller is not limited to a school.
 */
export function traineeRowsSchoolOf(user: AuthUser | undefined): string | null {
  if (user?.role !== Role.SCHOOL_STAFF) return null;
  return user.schoolId ?? NO_SCHOOL;
}

/** Station staff act only on what their station covers; NOT_FOUND for anything else, as above. */
export function assertStationScope(user: AuthUser, stationId: string | null, entity: string, notFoundMessage: string): void {
  if (user.role === Role.STATION_STAFF && user.stationId !== stationId) throw AppError.notFound(entity, notFoundMessage);
}

/** Agency staff act only on their own agency's data; NOT_FOUND for anything else, as above. */
export function assertAgencyScope(user: AuthUser, agencyId: string | null, entity: string, notFoundMessage: string): void {
  if (user.role === Role.AGENCY_STAFF && user.agencyId !== agencyId) throw AppError.notFound(entity, notFoundMessage);
}

/**
 * The rows of an agency–caregiver record (a placement, a match proposal) a caller may see, as a
 * where-condition: all (admin), her agency's (agency staff), her own (trainee); others none.
 */
export function agencyOrTraineeRows(caller: AuthUser): { agencyId?: string; traineeId?: string } {
  switch (caller.role) {
    case Role.ADMIN:
      return {};
    case Role.AGENCY_STAFF:
      if (!caller.agencyId) throw AppError.forbidden('该账号未关联用工单位');
      return { agencyId: caller.agencyId };
    case Role.TRAINEE:
      if (!caller.traineeId) throw AppError.forbidden();
      return { traineeId: caller.traineeId };
    default:
      throw AppError.forbidden();
  }
}
