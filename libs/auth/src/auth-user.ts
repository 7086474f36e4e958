import { Role } from '@carebridge/db';

/** Who is calling: what the guard puts on the request after verifying the token. */
export interface AuthUser {
  id: string;
  role: Role;
  schoolId: string | null;
  traineeId: string | null;
  agencyId: string | null;
  stationId: string | null;
}

export interface JwtClaims {
  sub: string;
  role: Role;
  /** Issued at, in seconds with millisecond fractions. */
  iat: number;
}
