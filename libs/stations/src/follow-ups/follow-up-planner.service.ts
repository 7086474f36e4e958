import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@carebridge/common';
import { Db, FollowUpPolicy, Placement, PlacementStatus, Prisma, PrismaService, RightsCaseStatus, VisitChannel, VisitStatus } from '@carebridge/db';
import { JobName, OutboxService } from '@carebridge/queue';
import { addMonthsClamped, dbToLocalDate, initialPlan, LocalDate, PlannedVisit, planExtension, planHorizon, PlanSubject, ruleChannelOn } from '@carebridge/rules';
import { FollowUpPoliciesService } from '../policies/policies.service';
import { CoveringStation, StationCoverageService } from '../stations/station-coverage.service';

/** Visits not yet logged: what a new station takes over and what ending a placement cancels. */
const OPEN_VISIT_STATUSES = [VisitStatus.PLANNED, VisitStatus.OVERDUE];
const CLOSED_CASE_STATUSES = [RightsCaseStatus.RESOLVED, RightsCaseStatus.REFERRED, RightsCaseStatus.WITHDRAWN];

type PlacementPlace = Pick<Placement, 'id' | 'countryCode' | 'provinceCode' | 'cityCode' | 'startDate' | 'endDate'>;

/** An active placement and its plan's last visit (null: no plan yet), as the extension pass reads them. */
interface PlanTail {
  id: string;
  countryCode: string;
  provinceCode: string | null;
  cityCode: string | null;
  startDate: Date;
  lastSequence: number | null;
  lastDueDate: Date | null;
}

/**
 * Writes and maintains placements' visit plans; PostgreSQL holds the plan and is the truth. The
 * placements module calls it inside its own transactions (a placement starts, ends); station
 * changes and the worker's reconciler call it too.
 */
@Injectable()
export class FollowUpPlanner {
  private readonly logger = new Logger(FollowUpPlanner.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly policies: FollowUpPoliciesService,
    private readonly coverage: StationCoverageService,
  ) {}

  /**
   * Writes the plan of a placement that has none yet, assigned to its covering station, and asks
   * the worker (through the outbox, so only once it commits) to add the visits' alert jobs.
   * Returns how many visits it planned.
   */
  async planForPlacement(tx: Prisma.TransactionClient, placementId: string): Promise<number> {
    const placement = await tx.placement.findUniqueOrThrow({ where: { id: placementId } });
    if (placement.status !== PlacementStatus.ACTIVE) return 0;
    if (await tx.followUpVisit.findFirst({ where: { placementId }, select: { id: true } })) return 0;
    const station = await this.coverage.stationFor(placement, tx);
    if (!station) {
      // Only before the home centre exists; the reconciler plans every active placement without a plan.
      this.logger.warn(`No service station (not even the home centre) exists: placement ${placementId} is planned later`);
      return 0;
    }
    const policy = await this.policies.followUp(tx);
    const plan = initialPlan(policy, subjectOf(placement, station), this.clock.today());
    await insertVisits(tx, visitRows(placement.id, station.id, plan));
    if (plan.length) await this.outbox.enqueue(tx, JobName.SCHEDULE_VISIT_ALERTS, { placementId });
    return plan.length;
  }

  /** Cancels the visits due after the placement's end date that were not logged. Returns how many. */
  async cancelFuture(tx: Prisma.TransactionClient, placementId: string, endDate: Date): Promise<number> {
    const { count } = await tx.followUpVisit.updateMany({
      where: { placementId, status: { in: OPEN_VISIT_STATUSES }, dueDate: { gt: endDate } },
      data: { status: VisitStatus.CANCELLED },
    });
    return count;
  }

  /** Hands a placement's unlogged visits and open cases to the station now covering it (after a move). */
  async reassign(tx: Prisma.TransactionClient, placementId: string): Promise<number> {
    return this.reassignPlacements(tx, [placementId]);
  }

  /**
   * Hands the unlogged visits and open rights cases of these placements to the stations now
   * covering them; a visit's channel follows its new station (the home centre does not visit in
   * person). Returns how many visits changed.
   */
  async reassignPlacements(tx: Prisma.TransactionClient, placementIds: readonly string[]): Promise<number> {
    if (!placementIds.length) return 0;
    const placements = await tx.placement.findMany({
      where: { id: { in: [...placementIds] } },
      select: { id: true, countryCode: true, provinceCode: true, cityCode: true, startDate: true, endDate: true },
    });
    const stations = await this.coverage.stationsFor(placements, tx);
    const policy = await this.policies.followUp(tx);
    const visits = await tx.followUpVisit.findMany({
      where: { placementId: { in: [...placementIds] }, status: { in: OPEN_VISIT_STATUSES } },
      select: { id: true, placementId: true, stationId: true, dueDate: true, channel: true },
    });
    const byId = new Map(placements.map((placement) => [placement.id, placement]));
    const changes = new Map<string, { stationId: string; channel: VisitChannel; visitIds: string[] }>();
    for (const visit of visits) {
      const placement = byId.get(visit.placementId) as PlacementPlace;
      const station = stations.get(placement);
      if (!station) continue;
      const channel = ruleChannelOn(policy, dbToLocalDate(placement.startDate), dbToLocalDate(visit.dueDate), !station.isHomeCentre);
      if (station.id === visit.stationId && channel === visit.channel) continue;
      const key = `${station.id}/${channel}`;
      const change = changes.get(key) ?? { stationId: station.id, channel, visitIds: [] };
      change.visitIds.push(visit.id);
      changes.set(key, change);
    }
    for (const change of changes.values()) {
      await tx.followUpVisit.updateMany({ where: { id: { in: change.visitIds } }, data: { stationId: change.stationId, channel: change.channel } });
    }
    for (const placement of placements) {
      const station = stations.get(placement);
      if (!station) continue;
      await tx.rightsCase.updateMany({
        where: { placementId: placement.id, status: { notIn: CLOSED_CASE_STATUSES }, stationId: { not: station.id } },
        data: { stationId: station.id },
      });
    }
    return [...changes.values()].reduce((sum, change) => sum + change.visitIds.length, 0);
  }

  /**
   * Keeps every active placement planned `horizonMonths` ahead: appends the visits that now fall
   * within the horizon, and plans placements that have no plan at all (registered before any
   * station existed). Idempotent: visits are unique by placement and sequence. Works through the
   * placements in pages of `batchSize`; returns how many visits it added.
   */
  async extendOpenPlans(batchSize = 1_000): Promise<number> {
    const policy = await this.policies.followUp();
    const today = this.clock.today();
    const horizon = planHorizon(policy, today);
    // Only plans whose next regular visit could fit before the horizon need a look.
    const threshold = addMonthsClamped(horizon, -policy.laterEveryMonths);
    let added = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const tails = await this.prisma.$queryRaw<PlanTail[]>`
        SELECT p.id, p.country_code AS "countryCode", p.province_code AS "provinceCode", p.city_code AS "cityCode",
               p.start_date AS "startDate", last.sequence AS "lastSequence", last.due_date AS "lastDueDate"
        FROM placements p
        LEFT JOIN LATERAL (
          SELECT v.sequence, v.due_date FROM follow_up_visits v WHERE v.placement_id = p.id ORDER BY v.sequence DESC LIMIT 1
        ) last ON true
        WHERE p.status = 'ACTIVE' AND p.id > ${after}::uuid AND (last.sequence IS NULL OR last.due_date <= ${threshold}::date)
        ORDER BY p.id
        LIMIT ${batchSize}`;
      if (!tails.length) return added;
      added += await this.extendBatch(policy, tails, today, horizon);
      after = tails[tails.length - 1].id;
    }
  }

  /** Plans or extends one page; the reconciler's job pass that follows adds the alert jobs of new visits due soon. */
  private async extendBatch(policy: FollowUpPolicy, tails: PlanTail[], today: LocalDate, horizon: LocalDate): Promise<number> {
    const stations = await this.coverage.stationsFor(tails);
    const rows: VisitRow[] = [];
    for (const tail of tails) {
      const station = stations.get(tail);
      if (!station) continue;
      const subject = subjectOf({ ...tail, endDate: null }, station);
      const visits =
        tail.lastSequence === null || tail.lastDueDate === null
          ? initialPlan(policy, subject, today)
          : planExtension(policy, subject, { sequence: tail.lastSequence, dueDate: dbToLocalDate(tail.lastDueDate) }, horizon);
      rows.push(...visitRows(tail.id, station.id, visits));
    }
    return insertVisits(this.prisma, rows);
  }
}

function subjectOf(placement: Pick<Placement, 'startDate' | 'endDate'>, station: CoveringStation): PlanSubject {
  return {
    startDate: dbToLocalDate(placement.startDate),
    endDate: placement.endDate ? dbToLocalDate(placement.endDate) : null,
    inPersonAvailable: !station.isHomeCentre,
  };
}

interface VisitRow extends PlannedVisit {
  placementId: string;
  stationId: string;
}

function visitRows(placementId: string, stationId: string, plan: readonly PlannedVisit[]): VisitRow[] {
  return plan.map((visit) => ({ placementId, stationId, ...visit }));
}

/**
 * Inserts planned visits in one statement whatever their number (column arrays, not one
 * parameter per value); a visit already planned (same placement and sequence) is kept as it is.
 * Returns how many it inserted.
 */
export function insertVisits(db: Db, rows: readonly VisitRow[]): Promise<number> {
  if (!rows.length) return Promise.resolve(0);
  return db.$executeRaw`
    INSERT INTO follow_up_visits (id, placement_id, station_id, sequence, due_date, channel, updated_at)
    SELECT gen_random_uuid(), r.placement_id, r.station_id, r.sequence, r.due_date, r.channel, now()
    FROM unnest(
      ${rows.map((row) => row.placementId)}::uuid[], ${rows.map((row) => row.stationId)}::uuid[], ${rows.map((row) => row.sequence)}::int[],
      ${rows.map((row) => row.dueDate)}::date[], ${rows.map((row) => row.channel)}::"VisitChannel"[]
    ) AS r(placement_id, station_id, sequence, due_date, channel)
    ON CONFLICT (placement_id, sequence) DO NOTHING`;
}
