/**
 * The follow-up visits of the demo placements, as the stations code leaves them: the plan
 * FollowUpPlanner writes when a placement is registered (initialPlan on its first day, at the
 * covering station), extended by the worker's reconciler to its horizon, visits after an end
 * cancelled, and the visits due before AS_OF logged by the station's staff. Pure: the caller
 * passes the stations and the policy it read.
 */
import type { Prisma, VisitChannel } from '@carebridge/db';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  initialPlan,
  LocalDate,
  localDateToDb,
  planExtension,
  planHorizon,
  PlannedVisit,
  VisitPlanPolicy,
  visitJobAt,
  VisitTimingPolicy,
} from '@carebridge/rules';
import { CoverageArea, CoverageRow, coveringStationId } from '../../libs/stations/src/stations/coverage.rules';
import { AS_OF } from './demo-data';
import { cstInstant } from './demo-plan';
import { HEALTH_NOTES, LIVING_CONDITIONS, NOT_REACHED_NOTE, VISIT_NOTES } from './employment-data';
import { SeededRandom } from './random';

export interface StationRow {
  id: string;
  name: string;
  cityCode: string;
  isHomeCentre: boolean;
  coverage: CoverageArea[];
}

/** What the visits need to know of a placement. */
export interface VisitedPlacement {
  id: string;
  countryCode: string;
  provinceCode: string | null;
  cityCode: string | null;
  startDate: LocalDate;
  /** Null while it lasts. */
  endDate: LocalDate | null;
  createdAt: Date;
  endedAt: Date | null;
  monthlyWageFen: number;
  liveIn: boolean;
  /** Placed by an agency (not a household): the caregiver rates the agency too. */
  viaAgency: boolean;
}

const SATISFACTION: ReadonlyArray<readonly [number, number]> = [[5, 45], [4, 40], [3, 15]];
/** Days after the due date a visit is logged. */
const LOG_DELAY_DAYS: ReadonlyArray<readonly [number, number]> = [[0, 70], [1, 20], [2, 10]];
const NOT_REACHED_SHARE = 0.05;
/** The end of AS_OF's working day: reminders due by then have gone out. */
const AS_OF_EVENING = cstInstant(AS_OF, 18);

export class FollowUpVisitPlanner {
  private readonly coverage: CoverageRow[];
  private readonly homeCentre: StationRow;

  constructor(
    private readonly rng: SeededRandom,
    private readonly stations: readonly StationRow[],
    private readonly policy: VisitPlanPolicy & VisitTimingPolicy,
    /** Who logs a station's visits: its staff account. */
    private readonly staffOf: ReadonlyMap<string, string>,
  ) {
    const home = stations.find((station) => station.isHomeCentre);
    if (!home) throw new Error('Seed: no home service centre to follow placements up');
    this.homeCentre = home;
    this.coverage = stations.flatMap((station) => station.coverage.map((area) => ({ ...area, stationId: station.id })));
  }

  visitsOf(placement: VisitedPlacement): Prisma.FollowUpVisitCreateManyInput[] {
    const stationId = coveringStationId(this.coverage, placement) ?? this.homeCentre.id;
    const station = this.stations.find((row) => row.id === stationId) as StationRow;
    const subject = { startDate: placement.startDate, endDate: null, inPersonAvailable: !station.isHomeCentre };
    // Registered on its first day; the reconciler then keeps the plan `horizonMonths` ahead while it lasts.
    const initial = initialPlan(this.policy, subject, placement.startDate);
    const last = initial[initial.length - 1];
    const extension = last ? planExtension(this.policy, subject, last, planHorizon(this.policy, placement.endDate ?? AS_OF)) : [];
    let notReachedBefore = false;
    return [...initial, ...extension].map((visit, index) => {
      const row = this.planned(placement, stationId, visit, index < initial.length);
      if (placement.endDate && visit.dueDate > placement.endDate) {
        return { ...row, status: 'CANCELLED', updatedAt: placement.endedAt as Date };
      }
      if (visit.dueDate >= AS_OF) {
        const reminder = visitJobAt('REMINDER', visit.dueDate, this.policy);
        return reminder <= AS_OF_EVENING ? { ...row, remindedAt: reminder, updatedAt: reminder } : row;
      }
      const reached = notReachedBefore || !this.rng.chance(NOT_REACHED_SHARE);
      notReachedBefore = !reached;
      return { ...row, ...this.log(placement, stationId, visit, reached) };
    });
  }

  private planned(placement: VisitedPlacement, stationId: string, visit: PlannedVisit, initial: boolean): Prisma.FollowUpVisitCreateManyInput {
    // An appended visit was written by the reconciler pass on the day its due date came within the horizon.
    const appendedAt = cstInstant(addMonthsClamped(visit.dueDate, -this.policy.horizonMonths), 3);
    const createdAt = initial || appendedAt < placement.createdAt ? placement.createdAt : appendedAt;
    return {
      id: this.rng.uuid(),
      placementId: placement.id,
      stationId,
      sequence: visit.sequence,
      dueDate: localDateToDb(visit.dueDate),
      channel: visit.channel,
      status: 'PLANNED',
      createdAt,
      updatedAt: createdAt,
    };
  }

  /** A visit's log: what a reached caregiver said (nothing that opens a rights case), or the note of a missed call. */
  private log(placement: VisitedPlacement, stationId: string, visit: PlannedVisit, reached: boolean): Partial<Prisma.FollowUpVisitCreateManyInput> {
    const late = addDays(visit.dueDate, this.rng.weighted(LOG_DELAY_DAYS));
    const loggedAt = cstInstant(late < AS_OF ? late : visit.dueDate, this.rng.int(9, 17), this.rng.int(0, 59));
    const common = {
      status: reached ? ('DONE' as const) : ('NOT_REACHED' as const),
      remindedAt: visitJobAt('REMINDER', visit.dueDate, this.policy),
      loggedAt,
      loggedByUserId: this.staffOf.get(stationId) ?? null,
      updatedAt: loggedAt,
    };
    if (!reached) return { ...common, loggedChannel: 'PHONE', problems: NOT_REACHED_NOTE };
    const channel: VisitChannel = visit.channel === 'IN_PERSON' && this.rng.chance(0.1) ? 'VIDEO' : visit.channel;
    return {
      ...common,
      loggedChannel: channel,
      wagePaidInFull: true,
      wagePaidOnTime: true,
      // The first wage is paid after a month's work.
      wageAmountFen: daysBetween(placement.startDate, visit.dueDate) >= 30 ? placement.monthlyWageFen : null,
      hoursPerWeek: placement.liveIn ? this.rng.int(54, 66) : this.rng.int(40, 48),
      daysOffPerMonth: placement.liveIn ? this.rng.int(2, 4) : this.rng.int(4, 8),
      livingConditions: this.rng.pick(placement.liveIn ? LIVING_CONDITIONS.liveIn : LIVING_CONDITIONS.dayJob),
      health: this.rng.pick(HEALTH_NOTES),
      employerHoldsIdCard: false,
      employerHoldsContract: false,
      agencyFeesFen: placement.viaAgency ? 0 : null,
      caregiverSatisfactionEmployer: this.rng.weighted(SATISFACTION),
      caregiverSatisfactionAgency: placement.viaAgency ? this.rng.weighted(SATISFACTION) : null,
      employerSatisfactionCaregiver: this.rng.weighted(SATISFACTION),
      reportsAbuse: false,
      reportsInjury: false,
      problems: this.rng.chance(0.12) ? this.rng.pick(VISIT_NOTES) : null,
    };
  }
}
