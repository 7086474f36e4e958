/**
 * Builds the employment side of the demo data in memory, deterministically, from the training
 * side (buildDemoPlan's trainees and certificates): partner agencies with their cooperation
 * agreements, households, job demand, job fairs, placements with their monthly wages and
 * follow-up visits, and the agency and station staff accounts. Each row keeps the rules the
 * services enforce when the same thing happens through the API (named where they apply), so the
 * demo shows only states the platform itself could reach. It moves the placed trainees' status in
 * the demo plan, whose trainees are written after it.
 */
import type { CertificateLevel, DemandStatus, Major, PlacementEndReason, Prisma, Role } from '@carebridge/db';
import {
  addDays,
  addMonthsClamped,
  CertificateRequirement,
  certificateProblem,
  checkDemandForDiscrimination,
  CREDIT_CODE_ALPHABET,
  daysBetween,
  dbToLocalDate,
  DemandRequirement,
  DemandRequirementInput,
  describeEqualEmploymentProblems,
  LocalDate,
  localDateToDb,
  makeCreditCode,
  meetsCertificateLevel,
  toLocalDate,
  VisitPlanPolicy,
  VisitTimingPolicy,
} from '@carebridge/rules';
import { END_REASON_LABELS, HOME_COUNTRY, lastDayOfMonth } from '../../libs/placements/src/placement.rules';
import { ACCOUNTS_OPENED_AT, ADMIN_ACCOUNT, AS_OF, MAJOR_WEIGHTS } from './demo-data';
import { cstInstant, DemoPlan, personName, recordStatus, TraineePlan, uniqueMobile, UserPlan } from './demo-plan';
import {
  ABROAD_AGENCY,
  ABROAD_CITIES,
  ABROAD_COUNTRY,
  ABROAD_PLACEMENTS,
  ABROAD_WAGE_YUAN,
  AGENCY_BRANDS,
  AGENCY_CITIES,
  AGENCY_KINDS,
  AgencyCitySeed,
  AGREEMENT_TERMS,
  CARE_NEEDS,
  CLOSE_REASONS,
  CURRENT_DEMANDS,
  DAY_CLAUSES,
  DEMAND_WAGE_YUAN,
  DURATION_DAYS,
  DUTIES,
  EMPLOYMENT_RATES,
  EMPLOYMENT_SEED,
  END_NOTES,
  END_REASON_WEIGHTS,
  ENDED_SHARE,
  ESTATES,
  EXPIRED_AGREEMENTS,
  EXTRA_CLAUSES,
  HEADCOUNT_WEIGHTS,
  HOUSEHOLD_CITIES,
  HOUSEHOLD_WAGE_YUAN,
  JOB_FAIRS,
  JobFairSeed,
  LIVE_IN_CLAUSES,
  LIVE_IN_SHARE,
  NAMED_AGENCIES,
  ONLINE_FAIR_LINK,
  PARTNER_SHARE,
  STREETS,
  SUSPENDED_AGENCIES,
  WAGE_YEAR_FACTOR,
} from './employment-data';
import { FollowUpVisitPlanner, StationRow } from './follow-up-visits';
import { SeededRandom } from './random';

export interface CityRow {
  code: string;
  name: string;
  provinceCode: string;
}

export interface EmploymentInputs {
  /** The training side; its available trainees are placed, and their status moved, here. */
  demo: DemoPlan;
  /** The rows of the `cities` reference table for AGENCY_CITIES. */
  cities: readonly CityRow[];
  /** The service stations (seeded before), with their coverage. */
  stations: readonly StationRow[];
  followUpPolicy: VisitPlanPolicy & VisitTimingPolicy;
  demandPolicy: { expiryGraceDays: number; minMonthlyWageFen: number; maxMonthlyWageFen: number };
}

/** An agency with its contact's phone in clear; the writer encrypts it. */
export interface AgencyPlan extends Omit<Prisma.AgencyCreateManyInput, 'contactPhone' | 'contactPhoneCipher' | 'contactPhoneHash'> {
  id: string;
  contactPhone: string;
}

/** A household with its contact's phone in clear; the writer encrypts it. */
export interface HouseholdPlan extends Omit<Prisma.HouseholdCreateManyInput, 'contactPhoneCipher' | 'contactPhoneHash'> {
  id: string;
  contactPhone: string;
}

export interface EmploymentPlan {
  agencies: AgencyPlan[];
  agreements: Prisma.CooperationAgreementCreateManyInput[];
  households: HouseholdPlan[];
  demands: Prisma.JobDemandCreateManyInput[];
  jobFairs: Prisma.JobFairCreateManyInput[];
  jobFairAgencies: Prisma.JobFairAgencyCreateManyInput[];
  jobFairTrainees: Prisma.JobFairTraineeCreateManyInput[];
  placements: Prisma.PlacementCreateManyInput[];
  wages: Prisma.WageRecordCreateManyInput[];
  visits: Prisma.FollowUpVisitCreateManyInput[];
  /** Agency and station staff accounts. */
  users: UserPlan[];
  /** The placed trainees' moves: PLACED, and AVAILABLE again when a placement ends. */
  statusChanges: Prisma.TraineeStatusChangeCreateManyInput[];
}

/**
 * A suspended agency posted its last demand this many days before its suspension, so every
 * placement under it (at most 30 days to its start plus the 30-day grace) came before.
 */
const SUSPENSION_MARGIN_DAYS = 61;
/** A household with no caregiver yet is free from its registration on. */
const BUSY_FOREVER: LocalDate = '9999-12-31';
const OPEN_ENDED_AGREEMENT_MONTHS = 36;
const EXPIRED_AGREEMENT_MONTHS = 24;

interface City extends CityRow {
  seed: AgencyCitySeed;
}

interface AgencyWork {
  id: string;
  name: string;
  contactName: string;
  city: City;
  openedOn: LocalDate;
  signedOn: LocalDate;
  validUntil: LocalDate;
  suspendedOn: LocalDate | null;
  /** The last day it may post demand: its agreement's end, or SUSPENSION_MARGIN_DAYS before its suspension. */
  lastPostOn: LocalDate;
  staffUserId: string | null;
}

interface HouseholdWork {
  id: string;
  city: City;
  openedOn: LocalDate;
  /** The end of its latest caregiver's placement. */
  busyUntil: LocalDate;
}

interface DemandWork {
  id: string;
  agency: AgencyWork;
  major: Major;
  headcount: number;
  minLevel: CertificateLevel;
  startDate: LocalDate;
  /** The last start date of a hire under it: after that the expiry job has expired it. */
  lastHireOn: LocalDate;
  createdOn: LocalDate;
  createdAt: Date;
  wageMinFen: number;
  wageMaxFen: number;
  liveIn: boolean;
  duties: string;
  requirements: DemandRequirement[];
  /** Every placement made under it, ended ones included: together they never exceed the headcount. */
  placements: PlacementWork[];
  closed: { at: Date; reason: string } | null;
}

interface Place {
  countryCode: string;
  provinceCode: string | null;
  cityCode: string | null;
  cityName: string;
}

/** Who employs her and where, as PlacementsService.employment() resolves it. */
interface Employment {
  agency: AgencyWork | null;
  demand: DemandWork | null;
  household: HouseholdWork | null;
  place: Place;
  requirement: CertificateRequirement | null;
  liveIn: boolean;
}

interface PlacementWork extends Employment {
  id: string;
  trainee: TraineePlan;
  jobFairId: string | null;
  monthlyWageFen: number;
  contractNumber: string | null;
  startDate: LocalDate;
  createdAt: Date;
  actorUserId: string;
  end: { date: LocalDate; at: Date; reason: PlacementEndReason; note: string | null } | null;
}

interface FairWork {
  id: string;
  seed: JobFairSeed;
  agencyIds: Set<string>;
}

interface HeldCertificate {
  major: Major;
  level: CertificateLevel;
  issuedOn: LocalDate;
}

const CREDIT_CODE_CHARACTERS = [...CREDIT_CODE_ALPHABET];

const earliest = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);
const latest = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
const roundHundred = (yuan: number): number => Math.round(yuan / 100) * 100;
const pad2 = (n: number): string => String(n).padStart(2, '0');

function domestic(city: CityRow): Place {
  return { countryCode: HOME_COUNTRY, provinceCode: city.provinceCode, cityCode: city.code, cityName: city.name };
}

class EmploymentPlanner {
  private readonly rng = new SeededRandom(EMPLOYMENT_SEED);
  private readonly plan: EmploymentPlan = {
    agencies: [],
    agreements: [],
    households: [],
    demands: [],
    jobFairs: [],
    jobFairAgencies: [],
    jobFairTrainees: [],
    placements: [],
    wages: [],
    visits: [],
    users: [],
    statusChanges: [],
  };
  private readonly adminId: string;
  private readonly grace: number;
  private readonly cities = new Map<string, City>();
  private readonly cityCodeByName = new Map<string, string>();
  private readonly certificates = new Map<string, HeldCertificate>();
  private readonly availableOn = new Map<string, LocalDate>();
  private readonly agencies: AgencyWork[] = [];
  private readonly households: HouseholdWork[] = [];
  private readonly demands: DemandWork[] = [];
  private readonly placements: PlacementWork[] = [];
  private readonly fairs: FairWork[] = [];
  private readonly fairTrainees = new Map<string, Prisma.JobFairTraineeCreateManyInput>();
  private readonly stationStaff = new Map<string, string>();
  private contracts = 0;

  constructor(private readonly inputs: EmploymentInputs) {
    const { demo, cities, demandPolicy } = inputs;
    const admin = demo.users.find((user) => user.account === ADMIN_ACCOUNT);
    if (!admin) throw new Error('Seed: the demo plan has no admin account');
    this.adminId = admin.id;
    this.grace = demandPolicy.expiryGraceDays;
    for (const seed of AGENCY_CITIES) {
      const row = cities.find((city) => city.code === seed.code);
      if (!row) throw new Error(`Seed: city ${seed.code} is not in the cities reference table`);
      this.cities.set(seed.code, { ...row, seed });
      this.cityCodeByName.set(row.name, row.code);
    }
    for (const certificate of demo.certificates) {
      const issuedOn = dbToLocalDate(certificate.issuedOn as Date);
      this.certificates.set(certificate.traineeId, { major: certificate.major, level: certificate.level, issuedOn });
    }
    for (const change of demo.statusChanges) {
      if (change.toStatus === 'AVAILABLE') this.availableOn.set(change.traineeId, toLocalDate(change.changedAt as Date));
    }
  }

  build(): EmploymentPlan {
    this.addAgencies();
    this.addStaffAccounts();
    this.addHouseholds();
    this.addFairs();
    this.postCurrentDemand();
    const pool = this.availableTrainees();
    this.placeAbroad(pool);
    this.placeTrainees(pool);
    this.registerTraineesForFairs();
    this.closeSomeDemands();
    this.writeDemands();
    this.writePlacements();
    return this.plan;
  }

  // ─── employers ───

  private addAgencies(): void {
    const slots: Array<{ cityCode: string; name: string | null }> = NAMED_AGENCIES.map(({ name, cityCode }) => ({ name, cityCode }));
    for (const { code, agencies } of AGENCY_CITIES) {
      const named = NAMED_AGENCIES.filter((agency) => agency.cityCode === code).length;
      for (let i = named; i < agencies; i++) slots.push({ cityCode: code, name: null });
    }
    const generated = slots.map((_, index) => index).slice(NAMED_AGENCIES.length);
    const [expired, suspended] = [new Set<number>(), new Set<number>()];
    for (const index of this.rng.sample(generated, EXPIRED_AGREEMENTS + SUSPENDED_AGENCIES)) {
      (expired.size < EXPIRED_AGREEMENTS ? expired : suspended).add(index);
    }
    const names = new Set<string>();
    const creditCodes = new Set<string>();
    slots.forEach((slot, index) => {
      const city = this.city(slot.cityCode);
      // Expired agreements were signed in 2023-2024 for two years; the rest from December 2024 for three.
      const openedOn = slot.name
        ? addDays('2024-12-02', 7 * index)
        : expired.has(index)
          ? addDays('2023-06-01', this.rng.int(0, 395))
          : addDays('2024-12-01', this.rng.int(0, suspended.has(index) ? 334 : 640));
      const signedOn = addDays(openedOn, this.rng.int(0, 20));
      const months = expired.has(index) ? EXPIRED_AGREEMENT_MONTHS : OPEN_ENDED_AGREEMENT_MONTHS;
      const validUntil = addDays(addMonthsClamped(signedOn, months), -1);
      const suspendedOn = suspended.has(index) ? addDays('2026-03-01', this.rng.int(0, 213)) : null;
      const agency: AgencyWork = {
        id: this.rng.uuid(),
        name: slot.name ?? this.agencyName(city, names),
        contactName: personName(this.rng, this.rng.chance(0.7) ? 'FEMALE' : 'MALE'),
        city,
        openedOn,
        signedOn,
        validUntil,
        suspendedOn,
        lastPostOn: suspendedOn ? earliest(validUntil, addDays(suspendedOn, -SUSPENSION_MARGIN_DAYS)) : validUntil,
        staffUserId: null,
      };
      names.add(agency.name);
      this.agencies.push(agency);
      const createdAt = cstInstant(openedOn, this.rng.int(9, 17), this.rng.int(0, 59));
      this.plan.agencies.push({
        id: agency.id,
        name: agency.name,
        creditCode: this.creditCode(city.code, creditCodes),
        provinceCode: city.provinceCode,
        cityCode: city.code,
        address: `${this.rng.pick(city.seed.districts)}${this.rng.pick(STREETS)}${this.rng.int(1, 299)}号`,
        contactName: agency.contactName,
        contactPhone: this.landline(city.seed),
        status: agency.suspendedOn ? 'SUSPENDED' : 'ACTIVE',
        createdAt,
        updatedAt: agency.suspendedOn ? cstInstant(agency.suspendedOn, 15) : createdAt,
      });
      this.plan.agreements.push({
        id: this.rng.uuid(),
        agencyId: agency.id,
        signedOn: localDateToDb(signedOn),
        validUntil: localDateToDb(agency.validUntil),
        terms: AGREEMENT_TERMS,
        createdByUserId: this.adminId,
        createdAt: cstInstant(signedOn, 15),
      });
    });
  }

  private agencyName(city: City, taken: Set<string>): string {
    for (;;) {
      const name = city.name.replace(/市$/, '') + this.rng.pick(AGENCY_BRANDS) + this.rng.pick(AGENCY_KINDS);
      if (!taken.has(name)) return name;
    }
  }

  /** A valid, unused Unified Social Credit Code of a company (91) registered in the city. */
  private creditCode(cityCode: string, taken: Set<string>): string {
    for (;;) {
      const organisation = 'MA' + Array.from({ length: 7 }, () => this.rng.pick(CREDIT_CODE_CHARACTERS)).join('');
      const code = makeCreditCode(`91${cityCode}${organisation}`);
      if (!taken.has(code)) {
        taken.add(code);
        return code;
      }
    }
  }

  /** A company landline with its area code (010-62345678), as CONTACT_PHONE_RULE accepts. */
  private landline({ areaCode, localDigits }: AgencyCitySeed): string {
    return `${areaCode}-${this.rng.int(2, 8)}${String(this.rng.int(0, 10 ** (localDigits - 1) - 1)).padStart(localDigits - 1, '0')}`;
  }

  /** agency01 … for the named agencies, station01 … for the stations by city. */
  private addStaffAccounts(): void {
    const account = (id: string, name: string, displayName: string, role: Role, link: Pick<UserPlan, 'agencyId' | 'stationId'>): UserPlan => ({
      id,
      account: name,
      displayName,
      role,
      schoolId: null,
      traineeId: null,
      ...link,
      phone: null,
      createdAt: ACCOUNTS_OPENED_AT,
    });
    NAMED_AGENCIES.forEach((_, i) => {
      const agency = this.agencies[i];
      agency.staffUserId = this.rng.uuid();
      this.plan.users.push(account(agency.staffUserId, `agency${pad2(i + 1)}`, `${agency.contactName}（${agency.name}）`, 'AGENCY_STAFF', { agencyId: agency.id, stationId: null }));
    });
    const stations = [...this.inputs.stations].sort((a, b) => a.cityCode.localeCompare(b.cityCode) || a.name.localeCompare(b.name));
    stations.forEach((station, i) => {
      const id = this.rng.uuid();
      this.stationStaff.set(station.id, id);
      const displayName = `${personName(this.rng, 'FEMALE')}（${station.name}）`;
      this.plan.users.push(account(id, `station${pad2(i + 1)}`, displayName, 'STATION_STAFF', { agencyId: null, stationId: station.id }));
    });
  }

  private addHouseholds(): void {
    const phones = new Set(this.inputs.demo.trainees.map((trainee) => trainee.phone));
    for (const [cityCode, count] of HOUSEHOLD_CITIES) {
      const city = this.city(cityCode);
      for (let i = 0; i < count; i++) {
        const openedOn = addDays('2025-03-01', this.rng.int(0, 600));
        const id = this.rng.uuid();
        this.plan.households.push({
          id,
          contactName: personName(this.rng, this.rng.chance(0.6) ? 'FEMALE' : 'MALE'),
          contactPhone: uniqueMobile(this.rng, phones),
          provinceCode: city.provinceCode,
          cityCode,
          address: this.rng.chance(0.7) ? `${this.rng.pick(city.seed.districts)}${this.rng.pick(ESTATES)}${this.rng.int(1, 30)}号楼${this.rng.int(1, 6)}单元` : null,
          careRecipientNeeds: this.rng.pick(CARE_NEEDS),
          createdAt: cstInstant(openedOn, this.rng.int(9, 20), this.rng.int(0, 59)),
        });
        this.households.push({ id, city, openedOn, busyUntil: openedOn });
      }
    }
  }

  /** Fairs with the agencies that signed up in the weeks before (never a suspended one); the Beijing partner attends all. */
  private addFairs(): void {
    for (const seed of JOB_FAIRS) {
      const fair: FairWork = { id: this.rng.uuid(), seed, agencyIds: new Set() };
      this.fairs.push(fair);
      this.plan.jobFairs.push({
        id: fair.id,
        title: seed.title,
        mode: seed.place ? 'OFFLINE' : 'ONLINE',
        date: localDateToDb(seed.date),
        place: seed.place ?? null,
        link: seed.place ? null : `${ONLINE_FAIR_LINK}${seed.date}`,
        cityCode: seed.cityCode ?? null,
        createdAt: cstInstant(addDays(seed.date, -this.rng.int(30, 45)), 10),
      });
      const count = this.rng.int(18, 36);
      const local = this.agencies.filter((agency) => agency.city.code === seed.cityCode);
      for (const agency of [this.agencies[0], ...this.rng.sample(local, Math.floor(count / 2)), ...this.rng.sample(this.agencies, count)]) {
        const on = earliest(addDays(seed.date, -this.rng.int(1, 25)), AS_OF);
        if (fair.agencyIds.has(agency.id) || agency.openedOn > on || (agency.suspendedOn !== null && agency.suspendedOn <= on)) continue;
        fair.agencyIds.add(agency.id);
        this.plan.jobFairAgencies.push({ jobFairId: fair.id, agencyId: agency.id, registeredAt: cstInstant(on, this.rng.int(9, 17), this.rng.int(0, 59)) });
      }
    }
  }

  // ─── demand ───

  /** Whether the agency could post demand on the day: its agreement valid (AgreementsService), not about to be suspended. */
  private mayPost(agency: AgencyWork, on: LocalDate): boolean {
    return agency.signedOn <= on && on <= agency.lastPostOn;
  }

  /** Demand posted in the last weeks by agencies in good standing: most of it still open on AS_OF. */
  private postCurrentDemand(): void {
    const inGoodStanding = this.agencies.filter((agency) => agency.suspendedOn === null && agency.validUntil >= AS_OF);
    for (let i = 0; i < CURRENT_DEMANDS; i++) {
      const createdOn = addDays(AS_OF, -this.rng.int(0, 40));
      const startDate = latest(addDays(createdOn, this.rng.int(3, 45)), addDays(AS_OF, 5 - this.grace));
      const major = this.rng.weighted(MAJOR_WEIGHTS);
      const agency = this.pickAgency(inGoodStanding.filter((candidate) => this.mayPost(candidate, createdOn)));
      this.postDemand(agency, major, createdOn, startDate, this.minLevelFor(major));
    }
  }

  /** What DemandService.post writes: wages within the policy, requirements and duties through the equal-employment check. */
  private postDemand(agency: AgencyWork, major: Major, createdOn: LocalDate, startDate: LocalDate, minLevel: CertificateLevel): DemandWork {
    const band = DEMAND_WAGE_YUAN[major];
    const factor = agency.city.seed.wageFactor * this.yearFactor(createdOn);
    const wageMin = roundHundred(this.rng.int(band.min[0], band.min[1]) * factor);
    const wageMax = wageMin + roundHundred(this.rng.int(band.spread[0], band.spread[1]));
    const { minMonthlyWageFen, maxMonthlyWageFen } = this.inputs.demandPolicy;
    if (wageMin * 100 < minMonthlyWageFen || wageMax * 100 > maxMonthlyWageFen) throw new Error(`Seed: demand wage ${wageMin}-${wageMax} outside the policy`);
    const liveIn = this.rng.chance(LIVE_IN_SHARE[major]);
    const duties = this.rng.pick(DUTIES[major]) + this.rng.pick(liveIn ? LIVE_IN_CLAUSES : DAY_CLAUSES) + this.rng.pick(EXTRA_CLAUSES);
    const demand: DemandWork = {
      id: this.rng.uuid(),
      agency,
      major,
      headcount: this.rng.weighted(HEADCOUNT_WEIGHTS),
      minLevel,
      startDate,
      lastHireOn: addDays(startDate, this.grace),
      createdOn,
      createdAt: cstInstant(createdOn, this.rng.int(9, 17), this.rng.int(0, 59)),
      wageMinFen: wageMin * 100,
      wageMaxFen: wageMax * 100,
      liveIn,
      duties,
      requirements: this.requirements(major, minLevel, liveIn, duties),
      placements: [],
      closed: null,
    };
    this.demands.push(demand);
    return demand;
  }

  /** Structured requirements of allowed kinds only; the demand must pass the check DemandService runs, or the seed stops. */
  private requirements(major: Major, minLevel: CertificateLevel, liveIn: boolean, duties: string): DemandRequirement[] {
    const wanted: DemandRequirementInput[] = [];
    if (this.rng.chance(0.6)) wanted.push({ kind: 'CERTIFICATE_LEVEL', value: minLevel });
    if (this.rng.chance(0.2)) wanted.push({ kind: 'MAJOR', value: major });
    if (this.rng.chance(0.5)) wanted.push({ kind: 'HEALTH_CERTIFICATE' });
    if (liveIn && this.rng.chance(0.7)) wanted.push({ kind: 'LIVE_IN' });
    const { problems, requirements } = checkDemandForDiscrimination({ major, requirements: wanted, duties });
    if (problems.length) throw new Error(`Seed: a demand fails the equal-employment check: ${describeEqualEmploymentProblems(problems)}`);
    return requirements;
  }

  /** Maternity demand asks for 四级 half the time (the course awards it); the rest accepts 五级. */
  private minLevelFor(major: Major): CertificateLevel {
    return major === 'MATERNITY_NANNY' && this.rng.chance(0.5) ? 'LEVEL_4' : 'LEVEL_5';
  }

  private yearFactor(on: LocalDate): number {
    return WAGE_YEAR_FACTOR[Number(on.slice(0, 4))] ?? 1;
  }

  private wageFen([low, high]: readonly [number, number], on: LocalDate): number {
    return roundHundred(this.rng.int(low, high) * this.yearFactor(on)) * 100;
  }

  /**
   * Closes a tenth of the demands that never filled, as DemandService.close may: after the last
   * hire under it, before the expiry job would have expired it.
   */
  private closeSomeDemands(): void {
    for (const demand of this.demands) {
      if (demand.placements.length >= demand.headcount || !this.rng.chance(0.1)) continue;
      const lastHire = demand.placements.reduce((day, placement) => latest(day, placement.startDate), demand.createdOn);
      const from = addDays(lastHire, 1);
      const until = earliest(demand.lastHireOn, AS_OF);
      if (from > until) continue;
      const on = addDays(from, this.rng.int(0, daysBetween(from, until)));
      demand.closed = { at: cstInstant(on, this.rng.int(9, 17), this.rng.int(0, 59)), reason: this.rng.pick(CLOSE_REASONS) };
    }
  }

  /**
   * filledCount is the active placements (DemandSlotsService takes a slot per placement and gives
   * it back when one ends); the status follows: CLOSED stays, all slots active is FILLED, a start
   * date more than the grace period past is EXPIRED (DemandExpiryService), the rest is OPEN.
   */
  private writeDemands(): void {
    for (const demand of this.demands) {
      const active = demand.placements.filter((placement) => placement.end === null).length;
      const expiredOn = addDays(demand.startDate, this.grace + 1);
      const status: DemandStatus = demand.closed ? 'CLOSED' : active === demand.headcount ? 'FILLED' : expiredOn <= AS_OF ? 'EXPIRED' : 'OPEN';
      const touched = [
        demand.createdAt,
        ...demand.placements.flatMap((placement) => [placement.createdAt, ...(placement.end ? [placement.end.at] : [])]),
        ...(demand.closed ? [demand.closed.at] : []),
        ...(status === 'EXPIRED' ? [cstInstant(expiredOn, 2)] : []),
      ];
      const { agency } = demand;
      this.plan.demands.push({
        id: demand.id,
        agencyId: agency.id,
        major: demand.major,
        headcount: demand.headcount,
        filledCount: active,
        provinceCode: agency.city.provinceCode,
        cityCode: agency.city.code,
        wageMinFen: demand.wageMinFen,
        wageMaxFen: demand.wageMaxFen,
        startDate: localDateToDb(demand.startDate),
        liveIn: demand.liveIn,
        minCertificateLevel: demand.minLevel,
        duties: demand.duties,
        requirements: demand.requirements as unknown as Prisma.InputJsonArray,
        status,
        closedAt: demand.closed?.at ?? null,
        closeReason: demand.closed?.reason ?? null,
        createdByUserId: agency.staffUserId ?? this.adminId,
        createdAt: demand.createdAt,
        updatedAt: new Date(Math.max(...touched.map((at) => at.getTime()))),
      });
    }
  }

  // ─── placements ───

  /** Certified trainees available for work, earliest first; the demo trainee accounts stay as the README describes them. */
  private availableTrainees(): TraineePlan[] {
    const withAccounts = new Set(this.inputs.demo.users.map((user) => user.traineeId));
    return this.inputs.demo.trainees
      .filter((trainee) => trainee.status === 'AVAILABLE' && !withAccounts.has(trainee.id) && this.availableOn.has(trainee.id))
      .sort((a, b) => (this.availableOn.get(a.id) as LocalDate).localeCompare(this.availableOn.get(b.id) as LocalDate));
  }

  /** The caregivers working in Japan: care workers hired directly by the Qingdao company. */
  private placeAbroad(pool: TraineePlan[]): void {
    const agency = this.agencies[ABROAD_AGENCY];
    const eligible = pool.filter((trainee) => {
      const { major } = this.certificate(trainee);
      return (major === 'ELDERCARE' || major === 'PATIENT_CARE') && this.available(trainee) <= addDays(AS_OF, -120);
    });
    for (const trainee of this.rng.sample(eligible, ABROAD_PLACEMENTS)) {
      pool.splice(pool.indexOf(trainee), 1);
      const startDate = addDays(this.available(trainee), this.rng.int(20, 60));
      const place = { countryCode: ABROAD_COUNTRY, provinceCode: null, cityCode: null, cityName: this.rng.pick(ABROAD_CITIES) };
      const employment: Employment = { agency, demand: null, household: null, place, requirement: null, liveIn: false };
      this.addPlacement(trainee, employment, startDate, roundHundred(this.rng.int(...ABROAD_WAGE_YUAN)) * 100, null);
    }
  }

  /**
   * Each chosen trainee's working life up to AS_OF: a placement a few weeks after she became
   * available, which lasts or ends; after an end, maybe another. Most go to an agency's demand
   * (one already posted that fits, else one the agency posts for the job), a few to a household.
   */
  private placeTrainees(pool: TraineePlan[]): void {
    for (const trainee of pool) {
      if (!this.rng.chance(EMPLOYMENT_RATES.placed)) continue;
      let free = this.available(trainee);
      for (;;) {
        const start = addDays(free, this.rng.int(2, 40));
        if (start >= AS_OF) break;
        const placement = (this.rng.chance(EMPLOYMENT_RATES.household) && this.hireByHousehold(trainee, start)) || this.hireForDemand(trainee, start);
        const end = placement && this.endMaybe(placement);
        if (!end || !this.rng.chance(EMPLOYMENT_RATES.placedAgain)) break;
        free = end;
      }
    }
  }

  private hireForDemand(trainee: TraineePlan, start: LocalDate): PlacementWork | null {
    const held = this.certificate(trainee);
    const cities = this.preferredCities(trainee);
    const fits = (demand: DemandWork) =>
      demand.major === held.major &&
      meetsCertificateLevel(held.level, demand.minLevel) &&
      demand.placements.length < demand.headcount &&
      demand.startDate <= start &&
      start <= demand.lastHireOn &&
      (!cities || cities.has(demand.agency.city.code));
    const open = this.demands.filter(fits);
    const demand = open.length ? this.rng.pick(open) : this.postDemandFor(held.major, start, cities);
    if (!demand) return null;
    const employment: Employment = {
      agency: demand.agency,
      demand,
      household: null,
      place: domestic(demand.agency.city),
      requirement: { major: demand.major, minLevel: demand.minLevel },
      liveIn: demand.liveIn,
    };
    const wageFen = roundHundred(this.rng.int(demand.wageMinFen / 100, demand.wageMaxFen / 100)) * 100;
    const placement = this.addPlacement(trainee, employment, start, wageFen, this.fairFor(demand.agency, trainee, start));
    demand.placements.push(placement);
    return placement;
  }

  /** A demand an agency posted for this job, in one of her destinations when it can: posted days to weeks before its start. */
  private postDemandFor(major: Major, start: LocalDate, cities: ReadonlySet<string> | null): DemandWork | null {
    const startDate = addDays(start, -this.rng.int(0, 10));
    const createdOn = addDays(startDate, -this.rng.int(3, 30));
    const able = this.agencies.filter((agency) => this.mayPost(agency, createdOn));
    const near = cities ? able.filter((agency) => cities.has(agency.city.code)) : able;
    const choices = near.length ? near : able;
    if (!choices.length) return null;
    return this.postDemand(this.pickAgency(choices), major, createdOn, startDate, this.minLevelFor(major));
  }

  /** The Beijing partner company, where it is among the choices, for its share of the demand; else any of them. */
  private pickAgency(choices: readonly AgencyWork[]): AgencyWork {
    const partner = this.agencies[0];
    return choices.includes(partner) && this.rng.chance(PARTNER_SHARE) ? partner : this.rng.pick(choices);
  }

  private hireByHousehold(trainee: TraineePlan, start: LocalDate): PlacementWork | null {
    const cities = this.preferredCities(trainee);
    const free = this.households.filter((household) => household.openedOn < start && household.busyUntil < start && (!cities || cities.has(household.city.code)));
    if (!free.length) return null;
    const household = this.rng.pick(free);
    household.busyUntil = BUSY_FOREVER;
    const employment: Employment = { agency: null, demand: null, household, place: domestic(household.city), requirement: null, liveIn: true };
    return this.addPlacement(trainee, employment, start, this.wageFen(HOUSEHOLD_WAGE_YUAN, start), null);
  }

  /** A hire within 20 days after a fair the agency attended was, half the time, made there: she signed up for it too. */
  private fairFor(agency: AgencyWork, trainee: TraineePlan, start: LocalDate): string | null {
    const fair = this.fairs.find(({ seed, agencyIds }) => agencyIds.has(agency.id) && seed.date <= start && daysBetween(seed.date, start) <= 20);
    if (!fair || !this.rng.chance(EMPLOYMENT_RATES.atFair)) return null;
    this.registerTrainee(fair, trainee, addDays(fair.seed.date, -this.rng.int(1, 7)));
    return fair.id;
  }

  /** PlacementsService.create: an available trainee with a certificate the job accepts; she moves to PLACED. */
  private addPlacement(trainee: TraineePlan, employment: Employment, startDate: LocalDate, monthlyWageFen: number, jobFairId: string | null): PlacementWork {
    const problem = certificateProblem([this.certificate(trainee)], employment.requirement);
    if (problem) throw new Error(`Seed: ${trainee.name}: ${problem.message}`);
    if (trainee.status !== 'AVAILABLE') throw new Error(`Seed: ${trainee.name} is ${trainee.status}, not available, on ${startDate}`);
    const actorUserId = employment.agency?.staffUserId ?? this.adminId;
    const placement: PlacementWork = {
      ...employment,
      id: this.rng.uuid(),
      trainee,
      jobFairId,
      monthlyWageFen,
      contractNumber: employment.agency && this.rng.chance(0.7) ? `HT${startDate.slice(0, 4)}-${String(++this.contracts).padStart(5, '0')}` : null,
      startDate,
      createdAt: cstInstant(startDate, this.rng.int(9, 11), this.rng.int(0, 59)),
      actorUserId,
      end: null,
    };
    recordStatus(this.plan.statusChanges, this.rng, trainee, { from: 'AVAILABLE', to: 'PLACED', at: placement.createdAt, actorUserId, reason: '登记上岗' });
    this.placements.push(placement);
    return placement;
  }

  /** PlacementsService.end, for a share of placements long enough ago: the slot goes back and she is available again. */
  private endMaybe(placement: PlacementWork): LocalDate | null {
    const { major } = this.certificate(placement.trainee);
    if (!this.rng.chance(ENDED_SHARE[major])) return null;
    const date = addDays(placement.startDate, this.rng.int(...DURATION_DAYS[major]));
    if (date >= AS_OF) return null;
    const reason = this.rng.weighted(END_REASON_WEIGHTS);
    placement.end = { date, at: cstInstant(date, this.rng.int(15, 18), this.rng.int(0, 59)), reason, note: this.rng.pick(END_NOTES[reason]) };
    if (placement.household) placement.household.busyUntil = date;
    recordStatus(this.plan.statusChanges, this.rng, placement.trainee, {
      from: 'PLACED',
      to: 'AVAILABLE',
      at: placement.end.at,
      actorUserId: placement.actorUserId,
      reason: `上岗结束：${END_REASON_LABELS[reason]}`,
    });
    return date;
  }

  private writePlacements(): void {
    const visits = new FollowUpVisitPlanner(this.rng, this.inputs.stations, this.inputs.followUpPolicy, this.stationStaff);
    for (const placement of this.placements) {
      const { end } = placement;
      this.plan.placements.push({
        id: placement.id,
        traineeId: placement.trainee.id,
        agencyId: placement.agency?.id ?? null,
        demandId: placement.demand?.id ?? null,
        householdId: placement.household?.id ?? null,
        jobFairId: placement.jobFairId,
        ...placement.place,
        monthlyWageFen: placement.monthlyWageFen,
        contractNumber: placement.contractNumber,
        startDate: localDateToDb(placement.startDate),
        endDate: end ? localDateToDb(end.date) : null,
        status: end ? 'ENDED' : 'ACTIVE',
        endReason: end?.reason ?? null,
        endNote: end?.note ?? null,
        endedByUserId: end ? placement.actorUserId : null,
        createdByUserId: placement.actorUserId,
        createdAt: placement.createdAt,
        updatedAt: end?.at ?? placement.createdAt,
      });
      this.plan.wages.push(...this.wagesOf(placement));
      this.plan.visits.push(
        ...visits.visitsOf({
          ...placement.place,
          id: placement.id,
          startDate: placement.startDate,
          endDate: end?.date ?? null,
          createdAt: placement.createdAt,
          endedAt: end?.at ?? null,
          monthlyWageFen: placement.monthlyWageFen,
          liveIn: placement.liveIn,
          viaAgency: placement.agency !== null,
        }),
      );
    }
  }

  /**
   * One record per month worked (WagesService.record), paid some days into the next month, or on
   * leaving for the last month; a part month is paid for its days. Months not paid by AS_OF have none.
   */
  private wagesOf(placement: PlacementWork): Prisma.WageRecordCreateManyInput[] {
    const rows: Prisma.WageRecordCreateManyInput[] = [];
    const endDate = placement.end?.date ?? null;
    for (let month = `${placement.startDate.slice(0, 7)}-01`; month <= (endDate ?? AS_OF); month = addMonthsClamped(month, 1)) {
      const monthEnd = lastDayOfMonth(month);
      const last = endDate !== null && endDate <= monthEnd;
      const paidOn = last ? addDays(endDate, this.rng.int(0, 5)) : addDays(monthEnd, this.rng.int(5, 15));
      if (paidOn > AS_OF) break;
      const worked = daysBetween(latest(month, placement.startDate), last ? endDate : monthEnd) + 1;
      rows.push({
        id: this.rng.uuid(),
        placementId: placement.id,
        month: localDateToDb(month),
        amountFen: Math.round((placement.monthlyWageFen * worked) / (daysBetween(month, monthEnd) + 1) / 100) * 100,
        paidOn: localDateToDb(paidOn),
        recordedAt: cstInstant(paidOn, 18),
      });
    }
    return rows;
  }

  // ─── job fairs ───

  /** Past fairs: trainees certified by then; the coming fair: trainees available now. Each signs up in the days before. */
  private registerTraineesForFairs(): void {
    const certified = this.inputs.demo.trainees.filter((trainee) => this.certificates.has(trainee.id));
    for (const fair of this.fairs) {
      const { date } = fair.seed;
      const candidates = certified.filter((trainee) => (date > AS_OF ? trainee.status === 'AVAILABLE' : this.certificate(trainee).issuedOn < date));
      for (const trainee of this.rng.sample(candidates, this.rng.int(30, 80))) {
        this.registerTrainee(fair, trainee, addDays(earliest(date, AS_OF), -this.rng.int(0, 10)));
      }
    }
    this.plan.jobFairTrainees.push(...this.fairTrainees.values());
  }

  private registerTrainee(fair: FairWork, trainee: TraineePlan, on: LocalDate): void {
    const key = `${fair.id}/${trainee.id}`;
    if (this.fairTrainees.has(key)) return;
    this.fairTrainees.set(key, { jobFairId: fair.id, traineeId: trainee.id, registeredAt: cstInstant(on, this.rng.int(9, 20), this.rng.int(0, 59)) });
  }

  // ─── lookups ───

  private city(code: string): City {
    const city = this.cities.get(code);
    if (!city) throw new Error(`Seed: city ${code} is not one of AGENCY_CITIES`);
    return city;
  }

  private certificate(trainee: TraineePlan): HeldCertificate {
    const held = this.certificates.get(trainee.id);
    if (!held) throw new Error(`Seed: ${trainee.name} holds no certificate`);
    return held;
  }

  private available(trainee: TraineePlan): LocalDate {
    return this.availableOn.get(trainee.id) as LocalDate;
  }

  /** The agency cities among her destinations; null when she accepts anywhere or names none of them. */
  private preferredCities(trainee: TraineePlan): ReadonlySet<string> | null {
    if (trainee.acceptsAnyDestination) return null;
    const codes = (trainee.destinationsWanted as string[]).flatMap((name) => this.cityCodeByName.get(name) ?? []);
    return codes.length ? new Set(codes) : null;
  }
}

export function buildEmploymentPlan(inputs: EmploymentInputs): EmploymentPlan {
  return new EmploymentPlanner(inputs).build();
}
