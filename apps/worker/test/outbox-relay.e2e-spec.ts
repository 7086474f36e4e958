import { JobName, outboxJobId, OUTBOX_BATCH_SIZE, PendingOutboxEvent, QueueName } from '@carebridge/queue';
import { eventually, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../src/worker.module';
import { issueCertificate } from './issue-certificate';

/** Several relay rounds: long enough for a second, unwanted run of a job to show. */
const SETTLE_MS = 400;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

describe('outbox relay', () => {
  const worker = new TestWorker(WorkerModule, 'outbox');
  const queue = () => worker.queue(QueueName.NOTIFICATIONS);
  const relayedAt = async () => (await worker.prisma.outboxEvent.findFirstOrThrow()).relayedAt;

  beforeAll(() => worker.start());
  afterAll(() => worker.close());
  beforeEach(() => worker.reset());
  afterEach(() => jest.restoreAllMocks());

  it('relays a committed row under its row id and runs its job exactly once', async () => {
    const { certificateId } = await issueCertificate(worker.prisma, worker.factories);
    const event = await worker.prisma.outboxEvent.findFirstOrThrow();
    expect(event).toMatchObject({ queue: QueueName.NOTIFICATIONS, jobName: JobName.CERTIFICATE_ISSUED, payload: { certificateId } });

    await eventually(() => worker.prisma.notification.findFirst());
    await eventually(relayedAt);
    await settle();

    const job = await queue().getJob(outboxJobId(event.id));
    expect(job?.data).toEqual({ certificateId }); // ids only, no personal data
    expect(job?.attemptsMade).toBe(1);
    expect(job?.opts.attempts).toBe(5);
    expect(await queue().getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed')).toEqual({
      completed: 1,
      failed: 0,
      waiting: 0,
      active: 0,
      delayed: 0,
    });
    expect(await worker.prisma.notification.count()).toBe(1);
    expect(await worker.prisma.smsMessage.count()).toBe(1);
  });

  it('never relays the job of a rolled-back transaction', async () => {
    await expect(issueCertificate(worker.prisma, worker.factories, { failAfterEnqueue: true })).rejects.toThrow('after the enqueue');
    await settle();

    expect(await worker.prisma.outboxEvent.count()).toBe(0);
    expect(await worker.prisma.certificate.count()).toBe(0);
    expect(await queue().getJobCountByTypes('completed', 'failed', 'waiting', 'active', 'delayed')).toBe(0);
    expect(await worker.prisma.notification.count()).toBe(0);
  });

  it('sends nothing twice when a relay fails after adding the job but before marking the row', async () => {
    const markRelayed = jest.spyOn(worker.relay, 'markRelayed').mockRejectedValueOnce(new Error('relay crashed'));
    const { certificateId } = await issueCertificate(worker.prisma, worker.factories);

    await eventually(relayedAt);
    await settle();

    // The first round added the job then failed; a later round added it again under the same id.
    expect(markRelayed.mock.calls.length).toBeGreaterThanOrEqual(2);
    const [row] = await worker.prisma.outboxEvent.findMany();
    const jobs = await queue().getJobs(['completed', 'failed', 'waiting', 'active', 'delayed']);
    expect(jobs.map((job) => job.id)).toEqual([outboxJobId(row.id)]);
    expect(jobs[0].attemptsMade).toBe(1);
    expect(await worker.prisma.notification.findMany({ select: { sourceKey: true } })).toEqual([
      { sourceKey: `${JobName.CERTIFICATE_ISSUED}:${certificateId}` },
    ]);
    expect(await worker.prisma.smsMessage.count()).toBe(1);
  });

  it('re-adding an already relayed row adds no job', async () => {
    await issueCertificate(worker.prisma, worker.factories);
    await eventually(relayedAt);
    const [row] = await worker.prisma.$queryRaw<PendingOutboxEvent[]>`SELECT id, queue, job_name AS "jobName", payload FROM outbox_events`;

    await worker.relay.addJobs([row]);
    await settle();

    expect(await queue().getJobCountByTypes('completed', 'failed', 'waiting', 'active', 'delayed')).toBe(1);
    expect(await worker.prisma.notification.count()).toBe(1);
  });

  it('lets concurrent relay rounds take disjoint rows (SKIP LOCKED) until all are relayed', async () => {
    const count = OUTBOX_BATCH_SIZE + 50;
    // Certificates that do not exist: their jobs find nothing to announce, which is all this test needs.
    await worker.prisma.outboxEvent.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        queue: QueueName.NOTIFICATIONS,
        jobName: JobName.CERTIFICATE_ISSUED,
        payload: { certificateId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
      })),
    });
    const added: string[] = [];
    const addJobs = worker.relay.addJobs.bind(worker.relay);
    jest.spyOn(worker.relay, 'addJobs').mockImplementation(async (events) => {
      added.push(...events.map((event) => event.id.toString()));
      await addJobs(events);
    });

    await Promise.all([worker.relay.relayBatch(), worker.relay.relayBatch(), worker.relay.relayBatch()]);
    await eventually(async () => (await worker.prisma.outboxEvent.count({ where: { relayedAt: null } })) === 0);

    expect(added).toHaveLength(count);
    expect(new Set(added).size).toBe(count);
    await eventually(async () => (await queue().getJobCountByTypes('completed')) === count);
  });
});
