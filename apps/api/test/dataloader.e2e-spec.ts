import { Client } from 'pg';
import { Cohort, EnrollmentStatus } from '@carebridge/db';
import { localDateToDb, makeCertificateNumber } from '@carebridge/rules';
import { TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const TRAINEES_WITH_RELATIONS = `query($first: Int) {
  trainees(first: $first) {
    totalCount
    nodes {
      id name status
      enrollments { status cohort { label school { name } course { name } } assessment { passed } certificate { number } }
      certificates { number cohortLabel school { name } trainee { name } }
    }
  }
}`;

/**
 * Counts the SQL statements PostgreSQL receives while `run` runs, by observing node-postgres
 * (Prisma's driver adapter sends every statement through pg.Client#query).
 */
async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const original = Client.prototype.query;
  let statements = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await run(), statements };
  } finally {
    Client.prototype.query = original;
  }
}

describe('DataLoader: nested relations of a list', () => {
  const api = new TestApi(AppModule);
  let cohorts: Cohort[];
  /** Certificates issued so far (also their serial) and enrolments made. */
  let certificatesMade = 0;
  let enrollmentsMade = 0;

  beforeAll(() => api.start());
  afterAll(() => api.close());

  async function addCohorts(): Promise<void> {
    const schools = await Promise.all([0, 1, 2].map(() => api.factories.school()));
    cohorts = [];
    for (const [i, start] of ['2025-03-03', '2025-05-05', '2025-07-07', '2025-09-01', '2025-11-03'].entries()) {
      cohorts.push(await api.factories.cohort({ schoolId: schools[i % schools.length].id, start, end: start.replace(/-\d\d$/, '-28') }));
    }
  }

  /** Trainees each with a passed enrolment (every other one certified) and, for every third, a second one still running. */
  async function addTrainees(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const trainee = await api.factories.trainee();
      const cohort = cohorts[i % cohorts.length];
      const certified = i % 2 === 0;
      enrollmentsMade++;
      const enrollment = await api.prisma.enrollment.create({
        data: { traineeId: trainee.id, cohortId: cohort.id, status: certified ? EnrollmentStatus.PASSED : EnrollmentStatus.FAILED },
      });
      await api.prisma.assessment.create({ data: { enrollmentId: enrollment.id, theoryScore: certified ? 80 : 40, practicalScore: 80, passed: certified } });
      if (certified) {
        await api.prisma.certificate.create({
          data: {
            number: makeCertificateNumber({ issueYear: 2025, major: 'ELDERCARE', level: 'LEVEL_5', sequence: ++certificatesMade }),
            traineeId: trainee.id,
            enrollmentId: enrollment.id,
            major: 'ELDERCARE',
            level: 'LEVEL_5',
            issuedOn: localDateToDb('2025-12-01'),
          },
        });
      }
      if (i % 3 === 0) {
        enrollmentsMade++;
        await api.prisma.enrollment.create({ data: { traineeId: trainee.id, cohortId: cohorts[(i + 1) % cohorts.length].id } });
      }
    }
  }

  it('lists 50 trainees with enrolments, cohorts, schools and certificates in as many statements as 5', async () => {
    await api.reset();
    const admin = await api.admin();
    await addCohorts();
    await addTrainees(5);
    const five = await countStatements(() => api.ok(TRAINEES_WITH_RELATIONS, { first: 50 }, admin));
    expect(five.result.trainees.nodes).toHaveLength(5);

    await addTrainees(45);
    const fifty = await countStatements(() => api.ok(TRAINEES_WITH_RELATIONS, { first: 50 }, admin));
    const nodes = fifty.result.trainees.nodes;
    expect(nodes).toHaveLength(50);
    // The nested data is really there, so the equal counts are not an empty answer's.
    expect(nodes.flatMap((n: any) => n.certificates)).toHaveLength(certificatesMade);
    expect(nodes.flatMap((n: any) => n.enrollments)).toHaveLength(enrollmentsMade);
    expect(nodes.flatMap((n: any) => n.enrollments).every((e: any) => e.cohort.school.name)).toBe(true);
    expect(nodes.flatMap((n: any) => n.certificates).every((c: any) => c.school.name && c.cohortLabel && c.trainee.name)).toBe(true);

    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  }, 60_000);
});
