import { DemandStatus, Major } from '@carebridge/db';
import { DEMAND_EXPIRY_SCHEDULE } from '@carebridge/demand';
import { JobName, QueueName } from '@carebridge/queue';
import { creditCodeCheckChar, localDateToDb } from '@carebridge/rules';
import { eventually, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../src/worker.module';

describe('demand expiry in the worker', () => {
  const worker = new TestWorker(WorkerModule, 'demand-expiry');
  beforeAll(() => worker.start());
  afterAll(() => worker.close());

  it('registers the daily expiry run with the job scheduler on start-up', async () => {
    const schedulers = await worker.queue(QueueName.DEMAND).getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: DEMAND_EXPIRY_SCHEDULE.id, name: JobName.EXPIRE_DUE_DEMANDS, pattern: '10 0 * * *', tz: 'Asia/Shanghai' }),
    ]);
  });

  it('expires the demand due on the worker clock’s day when the job runs', async () => {
    await worker.reset();
    const first17 = '91110000MA0000001';
    const agency = await worker.prisma.agency.create({
      data: {
        name: '北京康护家政服务有限公司',
        creditCode: first17 + creditCodeCheckChar(first17),
        provinceCode: '110000',
        cityCode: '110100',
        address: '北京市朝阳区建国路88号',
        contactName: '王经理',
        contactPhone: '010-62345678',
      },
    });
    const demand = (start: string) =>
      worker.prisma.jobDemand.create({
        data: {
          agencyId: agency.id,
          major: Major.ELDERCARE,
          headcount: 2,
          provinceCode: '110000',
          cityCode: '110100',
          wageMinFen: 500_000,
          wageMaxFen: 600_000,
          startDate: localDateToDb(start),
          liveIn: false,
          minCertificateLevel: 'LEVEL_5',
          duties: '照顾老人',
        },
      });
    // The worker's clock reads 2026-03-02; the default grace period is 30 days.
    const due = await demand('2026-01-30');
    const notYet = await demand('2026-01-31');

    await worker.queue(QueueName.DEMAND).add(JobName.EXPIRE_DUE_DEMANDS, {});

    await eventually(async () => (await worker.prisma.jobDemand.findUniqueOrThrow({ where: { id: due.id } })).status === DemandStatus.EXPIRED);
    expect((await worker.prisma.jobDemand.findUniqueOrThrow({ where: { id: notYet.id } })).status).toBe(DemandStatus.OPEN);
  });
});
