import { JobName, QueueName } from '@carebridge/queue';
import { REPORT_REFRESH_SCHEDULE } from '@carebridge/reporting';
import { dbToLocalDate } from '@carebridge/rules';
import { eventually, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../src/worker.module';

describe('report refresh in the worker', () => {
  const worker = new TestWorker(WorkerModule, 'report-refresh');
  beforeAll(() => worker.start());
  afterAll(() => worker.close());

  it('registers the refresh every 10 minutes with the job scheduler on start-up', async () => {
    const schedulers = await worker.queue(QueueName.REPORTS).getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: REPORT_REFRESH_SCHEDULE.id, name: JobName.REFRESH_REPORTS, pattern: '*/10 * * * *', tz: 'Asia/Shanghai' }),
    ]);
  });

  it('rebuilds the summaries as of the worker clock’s day when the job runs', async () => {
    await worker.reset();
    const trainee = await worker.factories.trainee({ householdCategory: 'RURAL' });
    const cohort = await worker.factories.cohort({ start: '2026-01-05', end: '2026-02-03' });
    await worker.prisma.enrollment.create({ data: { traineeId: trainee.id, cohortId: cohort.id, status: 'PASSED' } });

    await worker.queue(QueueName.REPORTS).add(JobName.REFRESH_REPORTS, {});

    const refresh = await eventually(() => worker.prisma.reportRefresh.findUnique({ where: { id: 1 } }), 15_000);
    expect(dbToLocalDate(refresh.asOf)).toBe('2026-03-02');
    const flows = await worker.prisma.reportFlow.findMany({ where: { dimension: 'ALL', grain: 'YEAR' } });
    expect(flows).toEqual([expect.objectContaining({ period: new Date('2026-01-01T00:00:00Z'), householdCategory: 'RURAL', trained: 1, employed: 0 })]);
  });
});
