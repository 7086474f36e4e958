import { CertificateLevel, Major, MatchingRunStatus, ProposalStatus } from '@carebridge/db';
import { MatchingInputLoader, MatchingRunner, proposalExpiryJobId, ProposalWriter } from '@carebridge/matching';
import { JobName, OutboxService, QueueName } from '@carebridge/queue';
import { eventually, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../src/worker.module';
import { MatchingWorld, QINGDAO } from './matching-world';

const HOUR_MS = 3_600_000;
/** A run takes two relay rounds and the solve; a retry waits for BullMQ's first backoff (2 s). */
const RUN_TIMEOUT_MS = 20_000;

describe('matching in the worker', () => {
  const worker = new TestWorker(WorkerModule, 'matching');
  let world: MatchingWorld;
  const queue = () => worker.queue(QueueName.MATCHING);

  beforeAll(async () => {
    await worker.start();
    world = new MatchingWorld(worker.prisma, worker.factories);
  });
  afterAll(() => worker.close());
  beforeEach(async () => {
    worker.clock.set(new Date('2026-03-02T01:00:00Z'));
    await worker.reset();
  });
  // Lets the announcements a test caused finish before the next reset truncates their tables.
  afterEach(async () => {
    jest.restoreAllMocks();
    await eventually(async () => {
      const unrelayed = await worker.prisma.outboxEvent.count({ where: { relayedAt: null } });
      return unrelayed === 0 && (await queue().getJobCountByTypes('active', 'waiting', 'prioritized')) === 0;
    }, RUN_TIMEOUT_MS);
  });

  /** What runMatching writes: the QUEUED run and its outbox row, in one transaction. */
  async function queueRun(): Promise<string> {
    return worker.prisma.$transaction(async (tx) => {
      const run = await tx.matchingRun.create({ data: {} });
      await new OutboxService().enqueue(tx, JobName.RUN_MATCHING, { runId: run.id });
      return run.id;
    });
  }

  const runRow = (id: string) => worker.prisma.matchingRun.findUniqueOrThrow({ where: { id } });
  const finished = (id: string, status: MatchingRunStatus = MatchingRunStatus.DONE) =>
    eventually(async () => {
      const run = await runRow(id);
      return run.status === status && run;
    }, RUN_TIMEOUT_MS);

  /** Two Beijing trainees for one Beijing slot (the better-paid fit wins), one Qingdao pair, and one trainee nothing fits. */
  async function smallWorld() {
    const beijing = await world.agency();
    await world.staffUser(beijing.id);
    const qingdao = await world.agency('青岛家政服务有限公司', QINGDAO);
    const beijingDemand = await world.demand(beijing, { wageMinFen: 500_000, wageMaxFen: 600_000 });
    const qingdaoDemand = await world.demand(qingdao, { major: Major.MATERNITY_NANNY, minCertificateLevel: CertificateLevel.LEVEL_4 });
    const winner = await world.trainee({ expectedWageFen: 500_000 });
    const outscored = await world.trainee({ expectedWageFen: 650_000 });
    const nanny = await world.trainee({ certificates: [{ major: Major.MATERNITY_NANNY, level: CertificateLevel.LEVEL_3 }], destinations: ['青岛市'] });
    const nowhere = await world.trainee({ destinations: ['上海市'] });
    return { beijing, qingdao, beijingDemand, qingdaoDemand, winner, outscored, nanny, nowhere };
  }

  it('runs a queued run to DONE: the optimal proposals, explained, each unmatched trainee with her reason', async () => {
    const w = await smallWorld();
    const runId = await queueRun();

    const run = await finished(runId);
    expect(run).toMatchObject({ progress: 100, candidateCount: 4, slotCount: 2, proposalCount: 2, unmatchedCount: 2, error: null });
    expect(run.pairCount).toBe(3);
    expect(run.durationMs).toBeGreaterThanOrEqual(0);

    const proposals = await worker.prisma.matchProposal.findMany({ where: { runId }, orderBy: { score: 'desc' } });
    expect(proposals.map((p) => [p.traineeId, p.demandId, p.agencyId]).sort()).toEqual(
      [
        [w.winner.id, w.beijingDemand.id, w.beijing.id],
        [w.nanny.id, w.qingdaoDemand.id, w.qingdao.id],
      ].sort(),
    );
    expect(Number(run.totalScore)).toBe(proposals.reduce((sum, p) => sum + p.score, 0));
    for (const proposal of proposals) {
      const components = proposal.components as { component: string; value: number; weight: number; points: number }[];
      expect(components.map((c) => c.component)).toEqual(['majorLevelFit', 'wageFit', 'destinationRank', 'experience', 'waitingTime', 'householdPriority', 'agencyRecord']);
      for (const c of components) expect(c.points).toBe(c.value * c.weight);
      expect(components.reduce((sum, c) => sum + c.points, 0)).toBe(proposal.score);
      expect(proposal).toMatchObject({ status: ProposalStatus.PENDING, traineeResponse: 'PENDING', agencyResponse: 'PENDING' });
      // The policy's default answer period: 72 hours from the worker's clock.
      expect(proposal.expiresAt).toEqual(new Date(worker.clock.now().getTime() + 72 * HOUR_MS));
    }

    const unmatched = await worker.prisma.matchingUnmatched.findMany({ where: { runId } });
    const reasonOf = (traineeId: string) => unmatched.find((u) => u.traineeId === traineeId);
    expect(reasonOf(w.outscored.id)).toMatchObject({ reason: 'OUTSCORED' });
    expect(JSON.parse(reasonOf(w.outscored.id)?.detail ?? '{}')).toMatchObject({ feasibleDemands: 1, closestDemandId: w.beijingDemand.id });
    expect(reasonOf(w.nowhere.id)).toMatchObject({ reason: 'NO_FEASIBLE_DEMAND' });
    expect(JSON.parse(reasonOf(w.nowhere.id)?.detail ?? '{}')).toMatchObject({ rule: 'DESTINATION', inAcceptedCities: 0 });
  });

  it('announces each proposal to the trainee (in the app and by SMS) and the agency staff, and sets its expiry timer', async () => {
    const w = await smallWorld();
    const runId = await queueRun();
    await finished(runId);
    const proposal = await worker.prisma.matchProposal.findFirstOrThrow({ where: { runId, traineeId: w.winner.id } });
    const staff = await worker.prisma.user.findFirstOrThrow({ where: { agencyId: w.beijing.id } });

    const sms = await eventually(
      () => worker.prisma.smsMessage.findFirst({ where: { notification: { traineeId: w.winner.id } }, include: { notification: true } }),
      RUN_TIMEOUT_MS,
    );
    const toTrainee = sms.notification;
    expect(toTrainee).toMatchObject({ kind: 'PROPOSAL_CREATED', title: '新的岗位推荐' });
    expect(toTrainee.body).toContain(`${w.beijing.name}的北京市养老陪护岗位（月薪5000.00-6000.00元，2026-03-10到岗）`);
    expect(toTrainee.body).toContain('请在2026-03-05 09:00前登录查看并答复');
    expect(sms.status).toBe('SENT');
    const toStaff = await eventually(() => worker.prisma.notification.findFirst({ where: { userId: staff.id } }), RUN_TIMEOUT_MS);
    expect(toStaff).toMatchObject({ kind: 'PROPOSAL_CREATED', title: '新的候选人推荐' });
    // The agency learns only the masked name before both sides accept.
    const { name } = await worker.prisma.trainee.findUniqueOrThrow({ where: { id: w.winner.id } });
    expect(toStaff.body).not.toContain(name);

    const timer = await queue().getJob(proposalExpiryJobId(proposal.id));
    expect(await timer?.getState()).toBe('delayed');
    expect(timer?.delay).toBe(72 * HOUR_MS);
  });

  it('expires a proposal still PENDING when its timer fires after the answer period, and tells both sides', async () => {
    const w = await smallWorld();
    const runId = await queueRun();
    await finished(runId);
    const proposal = await worker.prisma.matchProposal.findFirstOrThrow({ where: { runId, traineeId: w.winner.id } });
    const timer = await eventually(() => queue().getJob(proposalExpiryJobId(proposal.id)), RUN_TIMEOUT_MS);

    // Fired early (promoted by hand): the proposal stays PENDING and the timer waits again.
    await timer.promote();
    await eventually(async () => (await timer.getState()) === 'delayed' && (await queue().getJob(timer.id as string))?.attemptsStarted, RUN_TIMEOUT_MS);
    expect((await worker.prisma.matchProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(ProposalStatus.PENDING);

    worker.clock.set(new Date(proposal.expiresAt.getTime() + 1));
    await (await queue().getJob(timer.id as string))?.promote();
    await eventually(async () => (await worker.prisma.matchProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status === ProposalStatus.EXPIRED, RUN_TIMEOUT_MS);
    const expired = await eventually(() => worker.prisma.notification.findFirst({ where: { traineeId: w.winner.id, kind: 'PROPOSAL_EXPIRED' } }), RUN_TIMEOUT_MS);
    expect(expired.body).toContain('推荐已失效');
    // The other proposal of the run is untouched.
    expect((await worker.prisma.matchProposal.findFirstOrThrow({ where: { runId, traineeId: w.nanny.id } })).status).toBe(ProposalStatus.PENDING);
  });

  it('leaves an answered proposal alone when its timer fires', async () => {
    const w = await smallWorld();
    const runId = await queueRun();
    await finished(runId);
    const proposal = await worker.prisma.matchProposal.findFirstOrThrow({ where: { runId, traineeId: w.winner.id } });
    const timer = await eventually(() => queue().getJob(proposalExpiryJobId(proposal.id)), RUN_TIMEOUT_MS);
    await worker.prisma.matchProposal.update({ where: { id: proposal.id }, data: { status: ProposalStatus.DECLINED, traineeResponse: 'DECLINED' } });

    worker.clock.set(new Date(proposal.expiresAt.getTime() + 1));
    await timer.promote();
    await eventually(async () => (await timer.getState()) === 'completed', RUN_TIMEOUT_MS);
    expect((await worker.prisma.matchProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(ProposalStatus.DECLINED);
  });

  it('writes nothing when the run crashes mid-write, then the retry writes it all once', async () => {
    await smallWorld();
    const writer = worker.app.get(ProposalWriter);
    // The proposals are inserted, then the transaction dies before the unmatched rows and DONE.
    const insertProposals = jest.spyOn(writer, 'insertProposals');
    // The queue is paused as it crashes, so the retry waits until the aftermath is checked.
    jest.spyOn(writer, 'insertUnmatched').mockImplementationOnce(async () => {
      await queue().pause();
      throw new Error('connection lost mid-write');
    });
    const runId = await queueRun();

    const job = await eventually(
      async () => (await queue().getJobs(['delayed', 'waiting'])).find((j) => j.name === JobName.RUN_MATCHING && j.failedReason),
      RUN_TIMEOUT_MS,
    );
    expect(job.failedReason).toBe('connection lost mid-write');
    expect(insertProposals).toHaveBeenCalledTimes(1);
    expect(await worker.prisma.matchProposal.count()).toBe(0);
    expect(await worker.prisma.matchingUnmatched.count()).toBe(0);
    expect(await runRow(runId)).toMatchObject({ status: MatchingRunStatus.RUNNING });

    await queue().resume();
    const run = await finished(runId);
    expect(await worker.prisma.matchProposal.count()).toBe(run.proposalCount);
    expect(run.proposalCount).toBe(2);
    expect(await worker.prisma.outboxEvent.count({ where: { jobName: JobName.PUBLISH_PROPOSALS } })).toBe(1);
  });

  it('never writes a run twice: a repeated job finds it DONE, and two at once write it once', async () => {
    await smallWorld();
    const runner = worker.app.get(MatchingRunner);
    const runId = await queueRun();
    await finished(runId);
    await expect(runner.run(runId)).resolves.toEqual({ ran: false, status: MatchingRunStatus.DONE });

    // A second run over the rest (no trainee with a pending proposal takes part), handled twice at once.
    await world.trainee();
    await world.demand(await world.agency());
    const second = await worker.prisma.matchingRun.create({ data: {} });
    const outcomes = await Promise.all([runner.run(second.id), runner.run(second.id)]);
    expect(outcomes.map((o) => o.ran && o.written).sort()).toEqual([false, true]);
    expect(await worker.prisma.matchProposal.count({ where: { runId: second.id } })).toBe(1);
    expect(await runRow(second.id)).toMatchObject({ status: MatchingRunStatus.DONE, proposalCount: 1 });
  });

  it('marks the run FAILED with the reason after its last attempt, freeing the place of the active run', async () => {
    await smallWorld();
    jest.spyOn(worker.app.get(MatchingInputLoader), 'demands').mockRejectedValue(new Error('database unreachable'));
    const run = await worker.prisma.matchingRun.create({ data: {} });
    await queue().add(JobName.RUN_MATCHING, { runId: run.id }, { attempts: 2, backoff: { type: 'fixed', delay: 10 } });

    expect(await finished(run.id, MatchingRunStatus.FAILED)).toMatchObject({ error: 'database unreachable', progress: 50 });
    expect(await worker.prisma.matchProposal.count()).toBe(0);
    await expect(worker.prisma.matchingRun.create({ data: {} })).resolves.toBeTruthy();
  });

  it('fails a run at once when the stored policy is one the engine refuses', async () => {
    await smallWorld();
    await worker.prisma.matchingPolicy.update({ where: { id: 1 }, data: { wageTolerancePercent: 150 } });
    const runId = await queueRun();

    const run = await finished(runId, MatchingRunStatus.FAILED);
    expect(run.error).toContain('wageTolerancePercent');
    const [job] = await queue().getJobs(['failed']);
    expect(job.attemptsMade).toBe(1);
  });

  it('keeps out of a run the trainees waiting on a proposal and the slots their proposals hold', async () => {
    const agency = await world.agency();
    const demand = await world.demand(agency, { headcount: 2 });
    const first = await world.trainee();
    const runId = await queueRun();
    await finished(runId);
    expect(await worker.prisma.matchProposal.count({ where: { traineeId: first.id } })).toBe(1);

    const second = await world.trainee();
    const next = await queueRun();
    const run = await finished(next);
    expect(run).toMatchObject({ candidateCount: 1, slotCount: 1, proposalCount: 1 });
    const proposal = await worker.prisma.matchProposal.findFirstOrThrow({ where: { runId: next } });
    expect(proposal).toMatchObject({ traineeId: second.id, demandId: demand.id });
  });
});
