import { Injectable } from '@nestjs/common';
import { HouseholdCategory, Major, Prisma, PrismaService } from '@carebridge/db';
import type { Candidate, DeclinedPair, Demand } from '@carebridge/matching-engine';
import { AgencyRecordService } from '@carebridge/stations';

/** Rows per query: large enough that 100,000 trainees take ten round trips, small enough to stream. */
export const LOAD_BATCH_SIZE = 10_000;

export interface RunScope {
  provinceCode: string | null;
  major: Major | null;
}

/** An open demand with the agency it belongs to (the proposal records both). */
export type DemandWithAgency = Demand & { agencyId: string };

interface CandidateRow {
  id: string;
  destinations: string[];
  acceptsAnyDestination: boolean;
  expectedWageFen: number | null;
  householdCategory: HouseholdCategory;
  certificates: string[];
  certifiedOn: string;
  pastPlacements: number;
  meanRating: number | null;
}

interface DemandRow {
  id: string;
  agencyId: string;
  major: Major;
  minLevel: string;
  cityCode: string;
  wageMinFen: number;
  wageMaxFen: number;
  startDate: string;
  openHeadcount: number;
}

/** LEVEL_4 → 4, as the engine numbers levels. */
const levelNumber = (level: string): number => Number(level.slice('LEVEL_'.length));

/**
 * Reads what a run matches from PostgreSQL, in keyset-paged batches of raw SQL (one statement per
 * batch, the per-trainee facts aggregated in it), and maps the rows onto the engine's shapes.
 */
@Injectable()
export class MatchingInputLoader {
  constructor(
    private readonly prisma: PrismaService,
    private readonly agencyRecords: AgencyRecordService,
  ) {}

  /** How many trainees are AVAILABLE: the denominator of the loading progress. */
  availableCount(): Promise<number> {
    return this.prisma.trainee.count({ where: { status: 'AVAILABLE' } });
  }

  /**
   * AVAILABLE trainees with at least one valid certificate (of the scope's major, if any) and no
   * PENDING proposal, whose destinations reach the scope's province (if any). `today` is when
   * they are available from: AVAILABLE means ready now.
   */
  async candidates(scope: RunScope, today: string, onBatch: (loaded: number) => Promise<void>): Promise<Candidate[]> {
    const cityCodeOf = await this.cityCodesByName();
    const inScope = Prisma.sql`
      ${scope.major ? Prisma.sql`AND EXISTS (SELECT 1 FROM certificates c WHERE c.trainee_id = t.id AND c.status = 'VALID' AND c.major = ${scope.major}::"Major")` : Prisma.empty}
      ${scope.provinceCode ? Prisma.sql`AND (t.accepts_any_destination OR t.destinations_wanted && (SELECT array_agg(name) FROM cities WHERE province_code = ${scope.provinceCode}))` : Prisma.empty}`;
    const candidates: Candidate[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.prisma.$queryRaw<CandidateRow[]>`
        SELECT t.id, t.destinations_wanted AS destinations, t.accepts_any_destination AS "acceptsAnyDestination",
               t.expected_wage_fen AS "expectedWageFen", t.household_category AS "householdCategory",
               cert.list AS certificates, cert.first_issued::text AS "certifiedOn",
               COALESCE(past.placements, 0)::int AS "pastPlacements", past.rating AS "meanRating"
        FROM trainees t
        CROSS JOIN LATERAL (
          SELECT array_agg(c.major::text || ' ' || c.level::text) AS list, min(c.issued_on) AS first_issued
          FROM certificates c WHERE c.trainee_id = t.id AND c.status = 'VALID'
        ) cert
        LEFT JOIN LATERAL (
          SELECT count(DISTINCT p.id) AS placements, avg(v.employer_satisfaction_caregiver)::float8 AS rating
          FROM placements p LEFT JOIN follow_up_visits v ON v.placement_id = p.id
          WHERE p.trainee_id = t.id
        ) past ON true
        WHERE t.status = 'AVAILABLE' AND t.id > ${after}::uuid AND cert.list IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM match_proposals mp WHERE mp.trainee_id = t.id AND mp.status = 'PENDING')
          ${inScope}
        ORDER BY t.id
        LIMIT ${LOAD_BATCH_SIZE}`;
      for (const row of rows) candidates.push(toCandidate(row, cityCodeOf, today));
      if (rows.length < LOAD_BATCH_SIZE) return candidates;
      after = rows[rows.length - 1].id;
      await onBatch(candidates.length);
    }
  }

  /**
   * OPEN demand of ACTIVE agencies in scope with slots left: its headcount less its active
   * placements and its PENDING proposals (a proposal holds its slot until answered or expired).
   */
  async demands(scope: RunScope): Promise<DemandWithAgency[]> {
    const inScope = Prisma.sql`
      ${scope.provinceCode ? Prisma.sql`AND d.province_code = ${scope.provinceCode}` : Prisma.empty}
      ${scope.major ? Prisma.sql`AND d.major = ${scope.major}::"Major"` : Prisma.empty}`;
    const rows: DemandRow[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.prisma.$queryRaw<DemandRow[]>`
        SELECT d.id, d.agency_id AS "agencyId", d.major, d.min_certificate_level::text AS "minLevel", d.city_code AS "cityCode",
               d.wage_min_fen AS "wageMinFen", d.wage_max_fen AS "wageMaxFen", d.start_date::text AS "startDate",
               (d.headcount - d.filled_count - pending.count)::int AS "openHeadcount"
        FROM job_demands d
        JOIN agencies a ON a.id = d.agency_id AND a.status = 'ACTIVE'
        CROSS JOIN LATERAL (SELECT count(*) AS count FROM match_proposals p WHERE p.demand_id = d.id AND p.status = 'PENDING') pending
        WHERE d.status = 'OPEN' AND d.id > ${after}::uuid ${inScope}
        ORDER BY d.id
        LIMIT ${LOAD_BATCH_SIZE}`;
      rows.push(...batch.filter((row) => row.openHeadcount > 0));
      if (batch.length < LOAD_BATCH_SIZE) break;
      after = batch[batch.length - 1].id;
    }
    const records = await this.agencyRecords.recordsFor(rows.map((row) => row.agencyId));
    return rows.map((row) => ({
      id: row.id,
      agencyId: row.agencyId,
      major: row.major,
      minLevel: levelNumber(row.minLevel),
      cityCode: row.cityCode.trim(),
      wageMinFen: row.wageMinFen,
      wageMaxFen: row.wageMaxFen,
      startDate: row.startDate,
      openHeadcount: row.openHeadcount,
      agencyRecordPenalty: records.get(row.agencyId)?.penalty ?? 0,
    }));
  }

  /** Every declined pair; the engine ignores those outside the run. */
  async declined(): Promise<DeclinedPair[]> {
    const pairs: DeclinedPair[] = [];
    let after = { traineeId: '00000000-0000-0000-0000-000000000000', demandId: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const batch = await this.prisma.$queryRaw<{ traineeId: string; demandId: string }[]>`
        SELECT trainee_id AS "traineeId", demand_id AS "demandId" FROM declined_pairs
        WHERE (trainee_id, demand_id) > (${after.traineeId}::uuid, ${after.demandId}::uuid)
        ORDER BY trainee_id, demand_id
        LIMIT ${LOAD_BATCH_SIZE}`;
      for (const pair of batch) pairs.push({ candidateId: pair.traineeId, demandId: pair.demandId });
      if (batch.length < LOAD_BATCH_SIZE) return pairs;
      after = batch[batch.length - 1];
    }
  }

  /** Trainees name their destinations (北京市); demand stores city codes. */
  private async cityCodesByName(): Promise<Map<string, string>> {
    const cities = await this.prisma.city.findMany({ select: { code: true, name: true } });
    return new Map(cities.map((city) => [city.name, city.code]));
  }
}

function toCandidate(row: CandidateRow, cityCodeOf: Map<string, string>, today: string): Candidate {
  return {
    id: row.id,
    certificates: row.certificates.map((certificate) => {
      const [major, level] = certificate.split(' ');
      return { major: major as Major, level: levelNumber(level) };
    }),
    // A name that is no city (free text from an older client) cannot match any demand.
    destinations: row.destinations.map((name) => cityCodeOf.get(name)).filter((code): code is string => code !== undefined),
    acceptsAnyDestination: row.acceptsAnyDestination,
    expectedWageFen: row.expectedWageFen,
    availableFrom: today,
    householdCategory: row.householdCategory,
    certifiedOn: row.certifiedOn,
    pastPlacements: row.pastPlacements,
    meanFollowUpRating: row.meanRating,
  };
}
