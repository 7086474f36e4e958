import { Injectable } from '@nestjs/common';
import { AppError } from '@carebridge/common';
import { PrismaService, RightsCaseStatus } from '@carebridge/db';
import { agencyPenalty, AgencyRecordFigures, isCaseLostByAgency, isRightsCaseClosed } from '@carebridge/rules';

/** An agency's record and the penalty (0-1) the matching score applies for it. */
export interface AgencyRecord extends AgencyRecordFigures {
  agencyId: string;
  penalty: number;
}

const EMPTY: AgencyRecordFigures = { openCases: 0, lostCases: 0, loggedVisits: 0, unpaidWageReports: 0, meanEmployerSatisfaction: null };

/**
 * What rights cases and follow-up logs say about agencies: open and lost cases, reports of unpaid
 * wages, caregivers' mean satisfaction with their employer. Two grouped queries for any number of
 * agencies; the matching library reads `recordsFor` before scoring.
 */
@Injectable()
export class AgencyRecordService {
  constructor(private readonly prisma: PrismaService) {}

  /** One record per agency asked (a clean one for an agency without cases or visits). */
  async recordsFor(agencyIds: readonly string[]): Promise<Map<string, AgencyRecord>> {
    const ids = [...new Set(agencyIds)];
    const figures = new Map<string, AgencyRecordFigures>(ids.map((id) => [id, { ...EMPTY }]));
    if (ids.length) {
      const [cases, visits] = await Promise.all([
        this.prisma.$queryRaw<Array<{ agencyId: string; status: RightsCaseStatus; recovered: boolean; count: bigint }>>`
          SELECT agency_id AS "agencyId", status, COALESCE(amount_recovered_fen, 0) > 0 AS recovered, count(*) AS count
          FROM rights_cases WHERE agency_id = ANY(${ids}::uuid[]) GROUP BY 1, 2, 3`,
        this.prisma.$queryRaw<Array<{ agencyId: string; logged: bigint; unpaid: bigint; satisfaction: number | null }>>`
          SELECT p.agency_id AS "agencyId", count(*) AS logged,
                 count(*) FILTER (WHERE v.wage_paid_in_full = false OR v.wage_paid_on_time = false) AS unpaid,
                 avg(v.caregiver_satisfaction_employer)::float8 AS satisfaction
          FROM follow_up_visits v JOIN placements p ON p.id = v.placement_id
          WHERE p.agency_id = ANY(${ids}::uuid[]) AND v.status = 'DONE'
          GROUP BY 1`,
      ]);
      for (const row of cases) {
        const record = figures.get(row.agencyId) as AgencyRecordFigures;
        if (!isRightsCaseClosed(row.status)) record.openCases += Number(row.count);
        if (isCaseLostByAgency(row.status, row.recovered)) record.lostCases += Number(row.count);
      }
      for (const row of visits) {
        const record = figures.get(row.agencyId) as AgencyRecordFigures;
        record.loggedVisits = Number(row.logged);
        record.unpaidWageReports = Number(row.unpaid);
        record.meanEmployerSatisfaction = row.satisfaction === null ? null : Math.round(row.satisfaction * 100) / 100;
      }
    }
    return new Map([...figures].map(([agencyId, record]) => [agencyId, { agencyId, ...record, penalty: agencyPenalty(record) }]));
  }

  /** One agency's record; NOT_FOUND for an unknown agency. */
  async recordFor(agencyId: string): Promise<AgencyRecord> {
    if (!(await this.prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw AppError.notFound('AGENCY', '用工单位不存在');
    return (await this.recordsFor([agencyId])).get(agencyId) as AgencyRecord;
  }
}
