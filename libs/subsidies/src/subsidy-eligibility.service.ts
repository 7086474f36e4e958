import { Injectable, Logger } from '@nestjs/common';
import { HouseholdCategory, PrismaService, SubsidyPolicy, VisitStatus } from '@carebridge/db';
import { addDays, addMonthsClamped, assessSubsidy, dbToLocalDate, LocalDate, localDateToDb, SubsidyEmployment, SubsidyTerms, toLocalDate } from '@carebridge/rules';

/** Placements read, judged and written per round: bounded memory and statements whatever the volume. */
export const ELIGIBILITY_BATCH_SIZE = 2_000;

interface CandidatePlacement {
  id: string;
  traineeId: string;
  startDate: Date;
  endDate: Date | null;
  householdCategory: HouseholdCategory;
}

/**
 * Finds the caregivers who have newly earned a subsidy under each active policy (the rule is
 * `assessSubsidy` in @carebridge/rules) and creates their applications, waiting for review. Safe
 * to run any number of times: the unique index on (trainee, policy, period start) and
 * skipDuplicates mean a placement's period yields one application at most.
 */
@Injectable()
export class SubsidyEligibilityService {
  private readonly logger = new Logger(SubsidyEligibilityService.name);

  constructor(private readonly prisma: PrismaService) {}

  /** Creates the applications due by `today`; returns how many were created. */
  async createDueApplications(today: LocalDate): Promise<number> {
    const policies = await this.prisma.subsidyPolicy.findMany({ where: { active: true, validFrom: { lt: localDateToDb(today) } }, orderBy: { createdAt: 'asc' } });
    let created = 0;
    for (const policy of policies) {
      const count = await this.applyPolicy(policy, today);
      if (count) this.logger.log(`Policy "${policy.name}": ${count} new subsidy application(s)`);
      created += count;
    }
    return created;
  }

  private async applyPolicy(policy: SubsidyPolicy, today: LocalDate): Promise<number> {
    const terms: SubsidyTerms = {
      monthsEmployed: policy.monthsEmployed,
      amountFen: policy.amountFen,
      extraRegisteredPoorFen: policy.extraRegisteredPoorFen,
      validFrom: dbToLocalDate(policy.validFrom),
      validUntil: dbToLocalDate(policy.validUntil),
    };
    // Loose bounds (month ends clamp): the rule decides exactly; these only keep most placements out.
    const latestByToday = addDays(addMonthsClamped(today, -policy.monthsEmployed), 3);
    const bounds = {
      earliest: localDateToDb(addDays(addMonthsClamped(terms.validFrom, -policy.monthsEmployed), -3)),
      latest: localDateToDb(latestByToday < terms.validUntil ? latestByToday : terms.validUntil),
    };
    let created = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const candidates = await this.candidates(policy, bounds, after);
      if (!candidates.length) return created;
      after = candidates[candidates.length - 1].id;
      const visitDates = await this.loggedVisitDates(candidates.map((candidate) => candidate.id));
      const applications = candidates.flatMap((candidate) => {
        const employment: SubsidyEmployment = {
          startDate: dbToLocalDate(candidate.startDate),
          endDate: candidate.endDate ? dbToLocalDate(candidate.endDate) : null,
          loggedVisitDates: visitDates.get(candidate.id) ?? [],
          registeredPoor: candidate.householdCategory === HouseholdCategory.REGISTERED_POOR,
        };
        const assessment = assessSubsidy(terms, employment, today);
        if (!assessment.eligible) return [];
        return [
          {
            policyId: policy.id,
            traineeId: candidate.traineeId,
            placementId: candidate.id,
            periodStart: localDateToDb(assessment.period.from),
            periodEnd: localDateToDb(assessment.period.to),
            amountFen: assessment.amountFen,
          },
        ];
      });
      if (applications.length) created += (await this.prisma.subsidyApplication.createMany({ data: applications, skipDuplicates: true })).count;
    }
  }

  /**
   * Placements (by id, after `after`) started within the bounds that lasted the policy's months or
   * are still active, and have no application under the policy yet.
   */
  private candidates(policy: SubsidyPolicy, bounds: { earliest: Date; latest: Date }, after: string): Promise<CandidatePlacement[]> {
    return this.prisma.$queryRaw<CandidatePlacement[]>`
      SELECT p.id, p.trainee_id AS "traineeId", p.start_date AS "startDate", p.end_date AS "endDate",
             t.household_category AS "householdCategory"
      FROM placements p
      JOIN trainees t ON t.id = p.trainee_id
      WHERE p.id > ${after}::uuid
        AND p.start_date BETWEEN ${bounds.earliest}::date AND ${bounds.latest}::date
        AND (p.end_date IS NULL OR p.end_date >= (p.start_date + make_interval(months => ${policy.monthsEmployed}::int))::date - 1)
        AND NOT EXISTS (
          SELECT 1 FROM subsidy_applications a
          WHERE a.policy_id = ${policy.id}::uuid AND a.trainee_id = p.trainee_id AND a.period_start = p.start_date)
      ORDER BY p.id
      LIMIT ${ELIGIBILITY_BATCH_SIZE}`;
  }

  /** The China Standard Time dates of the logged visits of each placement. */
  private async loggedVisitDates(placementIds: string[]): Promise<Map<string, LocalDate[]>> {
    const visits = await this.prisma.followUpVisit.findMany({
      where: { placementId: { in: placementIds }, status: VisitStatus.DONE, loggedAt: { not: null } },
      select: { placementId: true, loggedAt: true },
    });
    const dates = new Map<string, LocalDate[]>();
    for (const visit of visits) {
      const list = dates.get(visit.placementId) ?? [];
      list.push(toLocalDate(visit.loggedAt as Date));
      dates.set(visit.placementId, list);
    }
    return dates;
  }
}
