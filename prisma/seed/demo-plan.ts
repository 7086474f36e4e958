/**
 * Builds every row of the demo data in memory, deterministically, before anything is written:
 * the same inputs give the same schools, people, enrolments, attendance and certificates.
 * Personal identifiers stay in clear here; the writer encrypts them.
 */
import type { Benefit, Major, Prisma, Role, Sex, TraineeStatus } from '@carebridge/db';
import { addDays, daysBetween, LocalDate, localDateToDb, makeCertificateNumber, makeResidentId } from '@carebridge/rules';
import {
  ACCOUNTS_OPENED_AT,
  ADMIN_ACCOUNT,
  AGE_BANDS,
  AS_OF,
  COHORTS,
  CohortSeed,
  COUNTY_WEIGHTS,
  COURSES,
  CourseSeed,
  DEMO_TRAINEE_PHONES,
  DESTINATION_WEIGHTS,
  DROP_REASONS,
  EDUCATION_WEIGHTS,
  EXPECTED_WAGE_YUAN,
  FAMILY_NAMES,
  FEMALE_SHARE,
  GIVEN_NAMES,
  HOUSEHOLD_CATEGORY_WEIGHTS,
  MAJOR_WEIGHTS,
  MOBILE_PREFIXES,
  OUTCOME_RATES,
  SCHOOLS,
  SEED,
  TRAINEE_COUNT,
} from './demo-data';
import { SeededRandom } from './random';

export interface TraineePlan extends Omit<Prisma.TraineeCreateManyInput, 'residentIdCipher' | 'residentIdHash' | 'phoneCipher' | 'phoneHash'> {
  id: string;
  residentId: string;
  phone: string;
  status: TraineeStatus;
  updatedAt: Date;
}

export interface UserPlan {
  id: string;
  account: string | null;
  displayName: string;
  role: Role;
  schoolId: string | null;
  traineeId: string | null;
  agencyId?: string | null;
  stationId?: string | null;
  /** Trainee accounts log in by phone. */
  phone: string | null;
  createdAt: Date;
}

export interface DemoPlan {
  users: UserPlan[];
  schools: Prisma.SchoolCreateManyInput[];
  courses: Prisma.CourseCreateManyInput[];
  cohorts: Prisma.CohortCreateManyInput[];
  trainees: TraineePlan[];
  statusChanges: Prisma.TraineeStatusChangeCreateManyInput[];
  enrollments: Prisma.EnrollmentCreateManyInput[];
  benefits: Prisma.EnrollmentBenefitCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  assessments: Prisma.AssessmentCreateManyInput[];
  certificates: Prisma.CertificateCreateManyInput[];
  /** The last certificate serial used, for moving the database sequence past it. */
  lastCertificateSequence: number;
}

export interface PlanInputs {
  /** The benefit policy table: each enrolment records these costs. */
  benefitCosts: ReadonlyArray<{ benefit: Benefit; costFen: number }>;
  /** The next value of `certificate_number_seq`. */
  firstCertificateSequence: number;
}

/** An instant at a wall-clock time in China Standard Time. */
export function cstInstant(date: LocalDate, hour: number, minute = 0): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
}

/** A Chinese personal name (姓名, one field): a family name and a given name. */
export function personName(rng: SeededRandom, sex: Sex): string {
  return rng.weighted(FAMILY_NAMES) + rng.pick(GIVEN_NAMES[sex]);
}

/** A mobile number not in `taken`, which it then joins. */
export function uniqueMobile(rng: SeededRandom, taken: Set<string>): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

/** Appends a move of the trainee's status to its history and moves her, as TraineeStatusService does. */
export function recordStatus(
  changes: Prisma.TraineeStatusChangeCreateManyInput[],
  rng: SeededRandom,
  trainee: TraineePlan,
  move: { from: TraineeStatus | null; to: TraineeStatus; at: Date; actorUserId: string; reason: string },
): void {
  changes.push({ id: rng.uuid(), traineeId: trainee.id, fromStatus: move.from, toStatus: move.to, actorUserId: move.actorUserId, reason: move.reason, changedAt: move.at });
  trainee.status = move.to;
  trainee.updatedAt = move.at;
}

/** Spreads a course's hours over its days in half-hour steps; full attendance sums to the course's hours. */
function halfHoursOnDay(totalHours: number, days: number, dayIndex: number): number {
  const total = totalHours * 2;
  return Math.floor(((dayIndex + 1) * total) / days) - Math.floor((dayIndex * total) / days);
}

/** One day of a cohort's timetable, the same for each of its trainees. */
interface TrainingDay {
  date: Date;
  theoryTenths: number;
  practiceTenths: number;
  /** When the school records the day's attendance: that evening. */
  recordedAt: Date;
}

interface CohortContext {
  seed: CohortSeed;
  id: string;
  schoolId: string;
  course: CourseSeed & { id: string };
  staffUserId: string;
  endDate: LocalDate;
  timetable: TrainingDay[];
}

function timetable(startDate: LocalDate, course: CourseSeed): TrainingDay[] {
  return Array.from({ length: course.durationDays }, (_, day) => {
    const date = addDays(startDate, day);
    return {
      date: localDateToDb(date),
      theoryTenths: halfHoursOnDay(course.theoryHours, course.durationDays, day) * 5,
      practiceTenths: halfHoursOnDay(course.practiceHours, course.durationDays, day) * 5,
      recordedAt: cstInstant(date, 18),
    };
  });
}

class DemoPlanner {
  private readonly rng = new SeededRandom(SEED);
  private readonly residentIds = new Set<string>();
  private readonly phones = new Set<string>(Object.values(DEMO_TRAINEE_PHONES));
  private readonly cohortOfTrainee = new Map<string, number>();
  private readonly plan: DemoPlan;
  private readonly adminId: string;
  private readonly staffIds: string[];
  private nextCertificateSequence: number;

  constructor(private readonly inputs: PlanInputs) {
    this.nextCertificateSequence = inputs.firstCertificateSequence;
    this.plan = {
      users: [],
      schools: [],
      courses: [],
      cohorts: [],
      trainees: [],
      statusChanges: [],
      enrollments: [],
      benefits: [],
      attendance: [],
      assessments: [],
      certificates: [],
      lastCertificateSequence: inputs.firstCertificateSequence - 1,
    };
    this.adminId = this.rng.uuid();
    this.staffIds = SCHOOLS.map(() => this.rng.uuid());
  }

  build(): DemoPlan {
    const schoolIds = this.addSchools();
    const courses = this.addCourses();
    for (const seed of COHORTS) {
      const course = courses.get(seed.major);
      if (!course) throw new Error(`no demo course for major ${seed.major}`);
      this.runCohort({
        seed,
        id: this.rng.uuid(),
        schoolId: schoolIds[seed.school],
        course,
        staffUserId: this.staffIds[seed.school],
        endDate: addDays(seed.startDate, course.durationDays - 1),
        timetable: timetable(seed.startDate, course),
      });
    }
    this.addWaitingTrainees();
    this.addUsers(schoolIds);
    this.plan.lastCertificateSequence = this.nextCertificateSequence - 1;
    return this.plan;
  }

  private addSchools(): string[] {
    return SCHOOLS.map((school) => {
      const id = this.rng.uuid();
      this.plan.schools.push({ id, ...school, createdAt: ACCOUNTS_OPENED_AT, updatedAt: ACCOUNTS_OPENED_AT });
      return id;
    });
  }

  private addCourses(): Map<Major, CourseSeed & { id: string }> {
    const byMajor = new Map<Major, CourseSeed & { id: string }>();
    for (const course of COURSES) {
      const row = { id: this.rng.uuid(), ...course };
      this.plan.courses.push({ ...row, createdAt: ACCOUNTS_OPENED_AT });
      byMajor.set(course.major, row);
    }
    return byMajor;
  }

  private runCohort(cohort: CohortContext): void {
    const { seed, endDate } = cohort;
    const inTraining = endDate >= AS_OF;
    let seatsTaken = 0;
    for (let i = 0; i < seed.enrolments; i++) {
      const registeredOn = addDays(seed.startDate, -this.rng.int(15, 60));
      const trainee = this.addTrainee(registeredOn, seed.startDate, seed.major);
      this.cohortOfTrainee.set(trainee.id, seed.number);
      const enrollment = this.enrol(trainee, cohort);
      if (inTraining) this.attendSoFar(enrollment, cohort);
      else this.finishTraining(trainee, enrollment, cohort);
      if (enrollment.status !== 'DROPPED') seatsTaken++;
    }
    this.plan.cohorts.push({
      id: cohort.id,
      number: seed.number,
      schoolId: cohort.schoolId,
      courseId: cohort.course.id,
      startDate: localDateToDb(seed.startDate),
      endDate: localDateToDb(endDate),
      capacity: seed.capacity,
      enrolledCount: seatsTaken,
      createdAt: cstInstant(addDays(seed.startDate, -75), 9),
    });
  }

  /** Trainees registered recently who have not enrolled yet. */
  private addWaitingTrainees(): void {
    const enrolled = COHORTS.reduce((sum, cohort) => sum + cohort.enrolments, 0);
    for (let i = enrolled; i < TRAINEE_COUNT; i++) {
      const registeredOn = addDays(AS_OF, -this.rng.int(1, 120));
      this.addTrainee(registeredOn, registeredOn, this.rng.weighted(MAJOR_WEIGHTS));
    }
  }

  // ─── people ───

  private addTrainee(registeredOn: LocalDate, ageReference: LocalDate, firstMajor: Major): TraineePlan {
    const category = this.rng.weighted(HOUSEHOLD_CATEGORY_WEIGHTS);
    const sex: Sex = this.rng.chance(FEMALE_SHARE) ? 'FEMALE' : 'MALE';
    const [youngest, oldest] = this.rng.weighted(category === 'UNEMPLOYED_GRADUATE' ? AGE_BANDS.graduate : AGE_BANDS.default);
    const birthDate = this.birthDateForAge(ageReference, this.rng.int(youngest, oldest));
    const countyCode = this.rng.weighted(COUNTY_WEIGHTS);
    const acceptsAnyDestination = this.rng.chance(0.2);
    const registeredAt = cstInstant(registeredOn, this.rng.int(8, 17), this.rng.int(0, 59));
    const trainee: TraineePlan = {
      id: this.rng.uuid(),
      name: personName(this.rng, sex),
      residentId: this.uniqueResidentId(countyCode, birthDate, sex),
      phone: this.uniquePhone(),
      birthDate: localDateToDb(birthDate),
      sex,
      countyCode,
      householdCategory: category,
      educationLevel: this.rng.weighted(EDUCATION_WEIGHTS[category]),
      majorsWanted: this.majorsWanted(firstMajor),
      destinationsWanted: acceptsAnyDestination ? [] : this.destinations(),
      acceptsAnyDestination,
      expectedWageFen: this.rng.chance(0.9) ? this.expectedWageFen(firstMajor) : null,
      status: 'REGISTERED',
      createdAt: registeredAt,
      updatedAt: registeredAt,
    };
    this.plan.trainees.push(trainee);
    this.recordStatus(trainee, null, 'REGISTERED', registeredAt, this.adminId, '学员登记');
    return trainee;
  }

  /** A birth date that makes the person exactly `age` on the reference date. */
  private birthDateForAge(reference: LocalDate, age: number): LocalDate {
    const lastBirthday = addDays(reference, -this.rng.int(0, 364));
    const [year, month, day] = lastBirthday.split('-');
    const birth = `${Number(year) - age}-${month}-${day}`;
    return month === '02' && day === '29' ? birth.replace(/29$/, '28') : birth;
  }

  private uniqueResidentId(countyCode: string, birthDate: LocalDate, sex: Sex): string {
    for (;;) {
      const id = makeResidentId(countyCode, birthDate, this.rng.int(0, 499), sex);
      if (!this.residentIds.has(id)) {
        this.residentIds.add(id);
        return id;
      }
    }
  }

  private uniquePhone(): string {
    return uniqueMobile(this.rng, this.phones);
  }

  private majorsWanted(first: Major): Major[] {
    const second = this.rng.weighted(MAJOR_WEIGHTS);
    return this.rng.chance(0.3) && second !== first ? [first, second] : [first];
  }

  private destinations(): string[] {
    const wanted = new Set<string>();
    const count = this.rng.int(1, 3);
    while (wanted.size < count) wanted.add(this.rng.weighted(DESTINATION_WEIGHTS));
    return [...wanted];
  }

  private expectedWageFen(major: Major): number {
    const [low, high] = EXPECTED_WAGE_YUAN[major];
    return Math.round(this.rng.int(low, high) / 500) * 500 * 100;
  }

  // ─── training ───

  private enrol(trainee: TraineePlan, cohort: CohortContext): Prisma.EnrollmentCreateManyInput & { id: string } {
    const enrolledAt = cstInstant(addDays(cohort.seed.startDate, -this.rng.int(1, 14)), this.rng.int(9, 16), this.rng.int(0, 59));
    const enrollment = { id: this.rng.uuid(), traineeId: trainee.id, cohortId: cohort.id, status: 'ACTIVE' as const, enrolledAt };
    this.plan.enrollments.push(enrollment);
    for (const { benefit, costFen } of this.inputs.benefitCosts) {
      this.plan.benefits.push({ enrollmentId: enrollment.id, benefit, costFen });
    }
    this.recordStatus(trainee, 'REGISTERED', 'IN_TRAINING', enrolledAt, this.adminId, `报名参加第${cohort.seed.number}期培训`);
    return enrollment;
  }

  /** A cohort in progress: attendance up to yesterday, an absence now and then. */
  private attendSoFar(enrollment: { id: string }, cohort: CohortContext): void {
    const daysSoFar = daysBetween(cohort.seed.startDate, AS_OF);
    const days = Array.from({ length: daysSoFar }, (_, day) => day).filter(() => !this.rng.chance(0.03));
    this.attend(enrollment.id, cohort, days);
  }

  private finishTraining(trainee: TraineePlan, enrollment: Prisma.EnrollmentCreateManyInput & { id: string }, cohort: CohortContext): void {
    const { seed, course, staffUserId, endDate } = cohort;
    const allDays = Array.from({ length: course.durationDays }, (_, day) => day);
    if (this.rng.chance(OUTCOME_RATES.dropOut)) {
      const lastDay = this.rng.int(3, 15);
      const reason = this.rng.pick(DROP_REASONS);
      const droppedAt = cstInstant(addDays(seed.startDate, lastDay), 17);
      this.attend(enrollment.id, cohort, allDays.slice(0, lastDay));
      Object.assign(enrollment, { status: 'DROPPED', droppedAt, dropReason: reason });
      this.recordStatus(trainee, 'IN_TRAINING', 'REGISTERED', droppedAt, staffUserId, `退出第${seed.number}期培训：${reason}`);
      return;
    }
    // At most 3 of 30 days missed: everyone assessed attended the policy's 80 %.
    const absent = new Set(this.rng.sample(allDays, this.rng.weighted([[0, 70], [1, 15], [2, 10], [3, 5]])));
    this.attend(enrollment.id, cohort, allDays.filter((day) => !absent.has(day)));

    const passed = this.rng.chance(OUTCOME_RATES.pass);
    const assessedAt = cstInstant(endDate, this.rng.int(9, 16), this.rng.int(0, 59));
    this.plan.assessments.push({
      id: this.rng.uuid(),
      enrollmentId: enrollment.id,
      ...this.scores(passed),
      passed,
      assessedAt,
      assessorUserId: staffUserId,
    });
    enrollment.status = passed ? 'PASSED' : 'FAILED';
    if (!passed) {
      this.recordStatus(trainee, 'IN_TRAINING', 'REGISTERED', assessedAt, staffUserId, `第${seed.number}期考核未通过`);
      return;
    }
    const number = this.issueCertificate(trainee, enrollment.id, course, endDate, assessedAt);
    this.recordStatus(trainee, 'IN_TRAINING', 'CERTIFIED', assessedAt, staffUserId, `第${seed.number}期考核合格，颁发证书 ${number}`);
    const availableOn = addDays(endDate, this.rng.int(2, 20));
    if (this.rng.chance(OUTCOME_RATES.available) && availableOn < AS_OF) {
      this.recordStatus(trainee, 'CERTIFIED', 'AVAILABLE', cstInstant(availableOn, 10), this.adminId, '登记求职意向，进入待就业人员库');
    }
  }

  private attend(enrollmentId: string, cohort: CohortContext, days: number[]): void {
    for (const day of days) {
      this.plan.attendance.push({ id: this.rng.uuid(), enrollmentId, ...cohort.timetable[day] });
    }
  }

  /** Pass: both parts 60 or more. Fail: one part, or both, below 60. */
  private scores(passed: boolean): { theoryScore: number; practicalScore: number } {
    const good = () => this.rng.int(62, 98);
    const poor = () => this.rng.int(35, 59);
    if (passed) return { theoryScore: good(), practicalScore: good() };
    const failed = this.rng.weighted([['theory', 5], ['practical', 3], ['both', 2]] as const);
    return {
      theoryScore: failed === 'practical' ? good() : poor(),
      practicalScore: failed === 'theory' ? good() : poor(),
    };
  }

  private issueCertificate(trainee: TraineePlan, enrollmentId: string, course: CourseSeed, issuedOn: LocalDate, createdAt: Date): string {
    const number = makeCertificateNumber({
      issueYear: Number(issuedOn.slice(0, 4)),
      major: course.major,
      level: course.certificateLevel,
      sequence: this.nextCertificateSequence++,
    });
    this.plan.certificates.push({
      id: this.rng.uuid(),
      number,
      traineeId: trainee.id,
      enrollmentId,
      major: course.major,
      level: course.certificateLevel,
      issuedOn: localDateToDb(issuedOn),
      createdAt,
    });
    return number;
  }

  private recordStatus(trainee: TraineePlan, from: TraineeStatus | null, to: TraineeStatus, at: Date, actorUserId: string, reason: string): void {
    recordStatus(this.plan.statusChanges, this.rng, trainee, { from, to, at, actorUserId, reason });
  }

  // ─── accounts ───

  private addUsers(schoolIds: string[]): void {
    const staff = (id: string, account: string, displayName: string, role: Role, schoolId: string | null): UserPlan => ({
      id,
      account,
      displayName,
      role,
      schoolId,
      traineeId: null,
      phone: null,
      createdAt: ACCOUNTS_OPENED_AT,
    });
    this.plan.users.push(staff(this.adminId, ADMIN_ACCOUNT, '吕梁山护工服务中心管理员', 'ADMIN', null));
    SCHOOLS.forEach((school, i) => {
      const account = `school${String(i + 1).padStart(2, '0')}`;
      this.plan.users.push(staff(this.staffIds[i], account, `${school.contactName}（${school.name}）`, 'SCHOOL_STAFF', schoolIds[i]));
    });
    for (const [trainee, phone] of this.demoTrainees()) {
      trainee.phone = phone;
      this.plan.users.push({
        id: this.rng.uuid(),
        account: null,
        displayName: trainee.name,
        role: 'TRAINEE',
        schoolId: null,
        traineeId: trainee.id,
        phone,
        createdAt: trainee.createdAt as Date,
      });
    }
  }

  /** One trainee in each situation a demo wants to show, with the README's phone numbers. */
  private demoTrainees(): Array<[TraineePlan, string]> {
    const lastFinished = COHORTS[COHORTS.length - 2].number;
    const find = (predicate: (trainee: TraineePlan) => boolean): TraineePlan => {
      const found = this.plan.trainees.find(predicate);
      if (!found) throw new Error('demo plan has no trainee for a demo account');
      return found;
    };
    return [
      [find((t) => t.status === 'AVAILABLE' && this.cohortOfTrainee.get(t.id) === lastFinished), DEMO_TRAINEE_PHONES.available],
      [find((t) => t.status === 'IN_TRAINING'), DEMO_TRAINEE_PHONES.inTraining],
      [find((t) => t.status === 'REGISTERED' && !this.cohortOfTrainee.has(t.id)), DEMO_TRAINEE_PHONES.registered],
    ];
  }
}

export function buildDemoPlan(inputs: PlanInputs): DemoPlan {
  return new DemoPlanner(inputs).build();
}
