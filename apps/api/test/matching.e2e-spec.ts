import { Client } from 'pg';
import { CertificateLevel, Major, Role, TraineeStatus } from '@carebridge/db';
import { QueueName } from '@carebridge/queue';
import { errorCodes, eventually, GqlResult, TestApi, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../../worker/src/worker.module';
import { MatchingWorld, QINGDAO } from '../../worker/test/matching-world';
import { AppModule } from '../src/app.module';

const RUN_FIELDS = `id status progress candidateCount slotCount pairCount proposalCount unmatchedCount totalScore durationMs error
  scope { provinceCode major } queuedAt startedAt finishedAt`;
const RUN_MATCHING = `mutation($scope: MatchingScopeInput) { runMatching(scope: $scope) { ${RUN_FIELDS} } }`;
const MATCHING_RUN = `query($id: ID!) { matchingRun(id: $id) { ${RUN_FIELDS} } }`;
const MATCHING_RUNS = `query($first: Int, $after: String) { matchingRuns(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }`;
const UNMATCHED = `query($runId: ID!) { matchingUnmatched(runId: $runId) { totalCount nodes { id reason detail } } }`;
const PROPOSAL_FIELDS = `id runId score status traineeResponse agencyResponse traineeRespondedAt agencyRespondedAt declineReason expiresAt
  components { component label value weight points }
  demand { id major agencyName provinceName cityName wageMin wageMax startDate duties liveIn }
  candidate { traineeId name nameMasked sex age countyName certificates { major level } pastPlacements }
  placement { id status traineeId demandId monthlyWage startDate }`;
const PROPOSALS = `query($filter: MatchProposalFilterInput, $first: Int, $after: String) {
  matchProposals(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${PROPOSAL_FIELDS} } } }`;
const RESPOND = `mutation($proposalId: ID!, $accept: Boolean!, $reason: String) {
  respondToProposal(proposalId: $proposalId, accept: $accept, reason: $reason) { ${PROPOSAL_FIELDS} } }`;
const POLICY_FIELDS = 'wageTolerancePercent maxStartDelayDays proposalTtlHours waitingTimeCapDays weights { component label weight }';
const POLICY = `{ matchingPolicy { ${POLICY_FIELDS} } }`;
const UPDATE_POLICY = `mutation($input: UpdateMatchingPolicyInput!) { updateMatchingPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const CREATE_PLACEMENT = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`;

const NOW = new Date('2026-03-02T01:00:00Z');
const HOUR_MS = 3_600_000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const reasonOf = (result: GqlResult) => result.errors?.[0].extensions.reason;

describe('matching over the API, through the real worker', () => {
  const api = new TestApi(AppModule);
  const worker = new TestWorker(WorkerModule, 'matching-api');
  let world: MatchingWorld;

  beforeAll(async () => {
    await worker.start();
    await api.start();
    world = new MatchingWorld(api.prisma, api.factories);
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
  });
  beforeEach(async () => {
    api.clock.set(NOW);
    worker.clock.set(NOW);
    await worker.resetQueues();
    await api.reset();
  });
  // Lets the announcements a test caused finish before the next reset truncates their tables.
  afterEach(() =>
    eventually(async () => {
      const unrelayed = await api.prisma.outboxEvent.count({ where: { relayedAt: null } });
      return unrelayed === 0 && (await worker.queue(QueueName.MATCHING).getJobCountByTypes('active', 'waiting', 'prioritized')) === 0;
    }, 15_000),
  );

  /** Asks for a run and waits until the worker finished it. */
  async function runToDone(scope?: Record<string, unknown>): Promise<Record<string, any>> {
    const { runMatching } = await api.ok(RUN_MATCHING, { scope }, await api.admin());
    return eventually(async () => {
      const { matchingRun } = await api.ok(MATCHING_RUN, { id: runMatching.id }, await api.admin());
      return matchingRun.status === 'DONE' && matchingRun;
    }, 15_000);
  }

  async function proposals(token: string, filter: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
    return (await api.ok(PROPOSALS, { filter }, token)).matchProposals.nodes;
  }

  /** One Beijing agency (with its staff) and its one-slot demand, one trainee that fits it. */
  async function onePair(spec: Parameters<MatchingWorld['trainee']>[0] = {}) {
    const agency = await world.agency();
    const demand = await world.demand(agency);
    const trainee = await world.trainee({ name: '王小明', ...spec });
    return {
      agency,
      demand,
      trainee,
      staff: await api.tokenFor(Role.AGENCY_STAFF, { agencyId: agency.id }),
      traineeToken: await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id }),
    };
  }

  describe('runMatching', () => {
    it('queues a run that the worker takes to DONE with explained proposals and reasons for the unmatched', async () => {
      const { demand, trainee, agency } = await onePair();
      const nowhere = await world.trainee({ destinations: ['上海市'] });
      const admin = await api.admin();

      const { runMatching } = await api.ok(RUN_MATCHING, {}, admin);
      expect(runMatching).toMatchObject({ status: 'QUEUED', progress: 0, proposalCount: null, totalScore: null, scope: { provinceCode: null, major: null } });
      const run = await runToDone();
      expect(run).toMatchObject({ id: runMatching.id, progress: 100, candidateCount: 2, slotCount: 1, pairCount: 1, proposalCount: 1, unmatchedCount: 1 });
      expect(run.startedAt).toBeTruthy();
      expect(run.finishedAt).toBeTruthy();

      const [proposal] = await proposals(admin, { runId: run.id });
      expect(proposal).toMatchObject({
        runId: run.id,
        status: 'PENDING',
        traineeResponse: 'PENDING',
        agencyResponse: 'PENDING',
        expiresAt: new Date(NOW.getTime() + 72 * HOUR_MS).toISOString(),
        demand: { id: demand.id, major: 'ELDERCARE', agencyName: agency.name, cityName: '北京市', wageMin: '4000.00', wageMax: '6000.00', startDate: '2026-03-10' },
        candidate: { traineeId: trainee.id, name: '王小明', nameMasked: false, certificates: [{ major: 'ELDERCARE', level: 'LEVEL_4' }], pastPlacements: 0 },
        placement: null,
      });
      expect(run.totalScore).toBe(proposal.score);
      expect(proposal.components).toHaveLength(7);
      expect(proposal.components.reduce((sum: number, c: { points: number }) => sum + c.points, 0)).toBe(proposal.score);
      expect(proposal.components[0]).toEqual({ component: 'majorLevelFit', label: '专业与等级匹配', value: 80, weight: 3, points: 240 });

      const { matchingUnmatched } = await api.ok(UNMATCHED, { runId: run.id }, admin);
      expect(matchingUnmatched).toMatchObject({ totalCount: 1, nodes: [{ id: nowhere.id, reason: 'NO_FEASIBLE_DEMAND' }] });
      expect(JSON.parse(matchingUnmatched.nodes[0].detail)).toMatchObject({ rule: 'DESTINATION' });

      const { matchingRuns } = await api.ok(MATCHING_RUNS, { first: 10 }, admin);
      expect(matchingRuns).toMatchObject({ totalCount: 1, nodes: [{ id: run.id, status: 'DONE' }] });
    });

    it('returns the run already queued or running: asked twice at once, one run', async () => {
      await onePair();
      const admin = await api.admin();
      const [a, b] = await Promise.all([api.ok(RUN_MATCHING, {}, admin), api.ok(RUN_MATCHING, { scope: { major: 'HOUSEKEEPING' } }, admin)]);
      expect(a.runMatching.id).toBe(b.runMatching.id);
      const again = await api.ok(RUN_MATCHING, {}, admin);
      expect(again.runMatching.id).toBe(a.runMatching.id);
      expect(await api.prisma.matchingRun.count()).toBe(1);

      // Once it is done, asking again starts a new run.
      await eventually(async () => (await api.prisma.matchingRun.findFirstOrThrow()).status === 'DONE', 15_000);
      expect((await api.ok(RUN_MATCHING, {}, admin)).runMatching.id).not.toBe(a.runMatching.id);
    });

    it('matches only within its scope: a province’s demand, a major’s trainees', async () => {
      const beijing = await onePair();
      const qingdaoAgency = await world.agency('青岛家政服务有限公司', QINGDAO);
      const qingdaoDemand = await world.demand(qingdaoAgency);
      const qingdaoTrainee = await world.trainee({ destinations: ['青岛市'] });

      const run = await runToDone({ provinceCode: '370000' });
      expect(run).toMatchObject({ scope: { provinceCode: '370000', major: null }, candidateCount: 1, proposalCount: 1 });
      const [proposal] = await proposals(await api.admin(), { runId: run.id });
      expect(proposal).toMatchObject({ demand: { id: qingdaoDemand.id, cityName: '青岛市' }, candidate: { traineeId: qingdaoTrainee.id } });

      const other = await runToDone({ major: 'MATERNITY_NANNY' });
      expect(other).toMatchObject({ candidateCount: 0, proposalCount: 0 });
      expect(await proposals(await api.admin(), { traineeId: beijing.trainee.id })).toEqual([]);
    });

    it('refuses an unknown province, and everyone but the centre', async () => {
      const admin = await api.admin();
      const unknown = await api.gql(RUN_MATCHING, { scope: { provinceCode: '990000' } }, admin);
      expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(RUN_MATCHING, { scope: { provinceCode: '11' } }, admin))).toEqual(['BAD_USER_INPUT']);
      const { agency, traineeToken, staff } = await onePair();
      void agency;
      expect(errorCodes(await api.gql(RUN_MATCHING, {}, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(RUN_MATCHING, {}, traineeToken))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(MATCHING_RUNS, {}, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(RUN_MATCHING, {}))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(MATCHING_RUN, { id: UNKNOWN_ID }, admin))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(MATCHING_RUN, { id: 'nope' }, admin))).toEqual(['BAD_USER_INPUT']);
      expect(await api.prisma.matchingRun.count()).toBe(0);
    });
  });

  describe('matchProposals and respondToProposal', () => {
    it('shows the agency a masked candidate until both accept, then places her in the same transaction', async () => {
      const { agency, demand, trainee, staff, traineeToken } = await onePair();
      await runToDone();

      const [forAgency] = await proposals(staff);
      expect(forAgency.candidate).toEqual({
        traineeId: null,
        name: '王*明',
        nameMasked: true,
        sex: 'FEMALE',
        age: 40,
        countyName: '临县',
        certificates: [{ major: 'ELDERCARE', level: 'LEVEL_4' }],
        pastPlacements: 0,
      });
      const [forTrainee] = await proposals(traineeToken);
      expect(forTrainee).toMatchObject({ id: forAgency.id, demand: { agencyName: agency.name, duties: demand.duties, liveIn: true } });

      const afterTrainee = (await api.ok(RESPOND, { proposalId: forAgency.id, accept: true }, traineeToken)).respondToProposal;
      expect(afterTrainee).toMatchObject({ status: 'PENDING', traineeResponse: 'ACCEPTED', agencyResponse: 'PENDING', placement: null });
      expect(afterTrainee.traineeRespondedAt).toBe(NOW.toISOString());
      expect(reasonOf(await api.gql(RESPOND, { proposalId: forAgency.id, accept: true }, traineeToken))).toBe('PROPOSAL_ALREADY_ANSWERED');

      const placed = (await api.ok(RESPOND, { proposalId: forAgency.id, accept: true }, staff)).respondToProposal;
      expect(placed).toMatchObject({
        status: 'ACCEPTED',
        traineeResponse: 'ACCEPTED',
        agencyResponse: 'ACCEPTED',
        candidate: { traineeId: trainee.id, name: '王小明', nameMasked: false },
        // Her expected 5,000 yuan lies in the range; the demand starts after today.
        placement: { status: 'ACTIVE', traineeId: trainee.id, demandId: demand.id, monthlyWage: '5000.00', startDate: '2026-03-10' },
      });
      expect((await api.prisma.trainee.findUniqueOrThrow({ where: { id: trainee.id } })).status).toBe(TraineeStatus.PLACED);
      expect(await api.prisma.jobDemand.findUniqueOrThrow({ where: { id: demand.id } })).toMatchObject({ filledCount: 1, status: 'FILLED' });
      expect(await api.prisma.placement.count()).toBe(1);
      expect(reasonOf(await api.gql(RESPOND, { proposalId: forAgency.id, accept: false }, staff))).toBe('PROPOSAL_NOT_PENDING');

      // Both sides hear of it.
      const placedNotice = await eventually(() => api.prisma.notification.findFirst({ where: { traineeId: trainee.id, kind: 'PROPOSAL_PLACED' } }), 10_000);
      expect(placedNotice.body).toContain('已为您登记上岗');
    });

    it('records a decline, frees the slot and never proposes the pair again', async () => {
      const { demand, trainee, traineeToken } = await onePair();
      await runToDone();
      const [proposal] = await proposals(traineeToken);

      const declined = (await api.ok(RESPOND, { proposalId: proposal.id, accept: false, reason: '  离家太远  ' }, traineeToken)).respondToProposal;
      expect(declined).toMatchObject({ status: 'DECLINED', traineeResponse: 'DECLINED', declineReason: '离家太远' });
      expect(await api.prisma.declinedPair.findMany()).toEqual([
        expect.objectContaining({ traineeId: trainee.id, demandId: demand.id, declinedBy: 'TRAINEE', reason: '离家太远' }),
      ]);

      // The next run: she is not proposed for that demand again, and its slot goes to someone else.
      const other = await world.trainee();
      const run = await runToDone();
      const next = await proposals(await api.admin(), { runId: run.id });
      expect(next.map((p) => [p.candidate.traineeId, p.demand.id])).toEqual([[other.id, demand.id]]);
      const { matchingUnmatched } = await api.ok(UNMATCHED, { runId: run.id }, await api.admin());
      expect(matchingUnmatched.nodes).toEqual([expect.objectContaining({ id: trainee.id, reason: 'NO_FEASIBLE_DEMAND' })]);
      expect(JSON.parse(matchingUnmatched.nodes[0].detail)).toMatchObject({ rule: 'DECLINED' });
    });

    it('lets the agency decline for its side', async () => {
      const { trainee, staff } = await onePair();
      await runToDone();
      const [proposal] = await proposals(staff);
      const declined = (await api.ok(RESPOND, { proposalId: proposal.id, accept: false }, staff)).respondToProposal;
      expect(declined).toMatchObject({ status: 'DECLINED', agencyResponse: 'DECLINED', traineeResponse: 'PENDING', declineReason: null });
      expect(await api.prisma.declinedPair.findFirstOrThrow()).toMatchObject({ traineeId: trainee.id, declinedBy: 'AGENCY' });
    });

    it('refuses an answer after the answer period', async () => {
      const { traineeToken } = await onePair();
      await runToDone();
      const [proposal] = await proposals(traineeToken);
      api.clock.set(new Date(NOW.getTime() + 72 * HOUR_MS));

      const late = await api.gql(RESPOND, { proposalId: proposal.id, accept: true }, traineeToken);
      expect(errorCodes(late)).toEqual(['CONFLICT']);
      expect(reasonOf(late)).toBe('PROPOSAL_EXPIRED');
      expect((await api.prisma.matchProposal.findUniqueOrThrow({ where: { id: proposal.id } })).traineeResponse).toBe('PENDING');
    });

    it('keeps each side to its own proposals: NOT_FOUND for anyone else’s', async () => {
      const { staff, traineeToken } = await onePair();
      const otherAgency = await world.agency('其他家政公司');
      const otherStaff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: otherAgency.id });
      const otherTrainee = await api.tokenFor(Role.TRAINEE, { traineeId: (await world.trainee({ destinations: ['上海市'] })).id });
      await runToDone();
      const [proposal] = await proposals(staff);

      expect(await proposals(otherStaff)).toEqual([]);
      expect(await proposals(otherTrainee)).toEqual([]);
      for (const token of [otherStaff, otherTrainee]) {
        const refused = await api.gql(RESPOND, { proposalId: proposal.id, accept: true }, token);
        expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
        expect(reasonOf(refused)).toBe('PROPOSAL_NOT_FOUND');
      }
      expect(errorCodes(await api.gql(RESPOND, { proposalId: UNKNOWN_ID, accept: true }, traineeToken))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(RESPOND, { proposalId: proposal.id, accept: true }, await api.admin()))).toEqual(['FORBIDDEN']);
      const school = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: (await api.factories.school()).id });
      expect(errorCodes(await api.gql(PROPOSALS, {}, school))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(RESPOND, { proposalId: proposal.id, accept: false, reason: '很'.repeat(201) }, traineeToken))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect((await api.prisma.matchProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('PENDING');
    });

    it('fails the acceptance cleanly when she was placed elsewhere meanwhile, and ends the proposal', async () => {
      const { trainee, staff, traineeToken } = await onePair();
      await runToDone();
      // Posted after the run, so the run proposed her for the first demand.
      const elsewhere = await world.demand(await world.agency('另一家政公司'));
      const [proposal] = await proposals(traineeToken);
      await api.ok(RESPOND, { proposalId: proposal.id, accept: true }, traineeToken);
      const input = { traineeId: trainee.id, demandId: elsewhere.id, monthlyWage: '4500', startDate: '2026-03-10' };
      await api.ok(CREATE_PLACEMENT, { input }, await api.admin());

      const refused = await api.gql(RESPOND, { proposalId: proposal.id, accept: true }, staff);
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect(reasonOf(refused)).toBe('TRAINEE_ALREADY_PLACED');
      expect(await api.prisma.matchProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: 'EXPIRED', agencyResponse: 'PENDING' });
      expect(await api.prisma.placement.count()).toBe(1);
    });

    it('yields one placement when the last acceptance races a direct placement of the same trainee', async () => {
      const { trainee, staff, traineeToken } = await onePair();
      await runToDone();
      // Posted after the run, so the run proposed her for the first demand.
      const elsewhere = await world.demand(await world.agency('另一家政公司'));
      const [proposal] = await proposals(traineeToken);
      await api.ok(RESPOND, { proposalId: proposal.id, accept: true }, traineeToken);
      const input = { traineeId: trainee.id, demandId: elsewhere.id, monthlyWage: '4500', startDate: '2026-03-10' };

      const [accepted, direct] = await Promise.all([
        api.gql(RESPOND, { proposalId: proposal.id, accept: true }, staff),
        api.gql(CREATE_PLACEMENT, { input }, await api.admin()),
      ]);
      const outcomes = [accepted, direct].map((result) => (result.errors ? reasonOf(result) : 'OK')).sort();
      expect(outcomes).toEqual(['OK', 'TRAINEE_ALREADY_PLACED']);
      expect(await api.prisma.placement.count({ where: { traineeId: trainee.id, status: 'ACTIVE' } })).toBe(1);
      const { status } = await api.prisma.matchProposal.findUniqueOrThrow({ where: { id: proposal.id } });
      expect(status).toBe(accepted.errors ? 'EXPIRED' : 'ACCEPTED');
    });
  });

  it('resolves the nested fields of a page of proposals in the same few statements whatever its size', async () => {
    const admin = await api.admin();
    for (let i = 0; i < 6; i++) {
      const agency = await world.agency();
      await world.demand(agency);
      await world.trainee({ destinations: ['北京市'] });
    }
    await runToDone();
    // The worker shares this process: let it finish announcing the proposals, and count only what
    // reads the proposals' tables, not its relay's polling.
    await eventually(async () => (await api.prisma.smsMessage.count()) === 6, 15_000);
    const read = /match_proposals|job_demands|trainees|certificates|placements|agencies|cities|provinces/;
    const statementsFor = async (first: number) => {
      const original = Client.prototype.query;
      let statements = 0;
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
        if (read.test(text) && !text.includes('outbox_events')) statements++;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof original;
      try {
        expect((await api.ok(PROPOSALS, { first }, admin)).matchProposals.nodes).toHaveLength(first);
      } finally {
        Client.prototype.query = original;
      }
      return statements;
    };
    const page = await statementsFor(2);
    // proposals + count, demands, agencies, places, trainees, certificates, placement counts
    expect(page).toBeGreaterThanOrEqual(7);
    expect(await statementsFor(6)).toBe(page);
  });

  describe('matching policy', () => {
    it('shows the policy and lets the centre change it; the next run uses it', async () => {
      const admin = await api.admin();
      const { matchingPolicy } = await api.ok(POLICY, {}, admin);
      expect(matchingPolicy).toMatchObject({ wageTolerancePercent: 10, maxStartDelayDays: 30, proposalTtlHours: 72, waitingTimeCapDays: 180 });
      expect(matchingPolicy.weights).toContainEqual({ component: 'wageFit', label: '薪资匹配', weight: 3 });

      const { updateMatchingPolicy } = await api.ok(
        UPDATE_POLICY,
        { input: { proposalTtlHours: 24, weights: [{ component: 'wageFit', weight: 10 }, { component: 'agencyRecord', weight: 0 }] } },
        admin,
      );
      expect(updateMatchingPolicy).toMatchObject({ proposalTtlHours: 24, wageTolerancePercent: 10 });
      expect(updateMatchingPolicy.weights).toContainEqual({ component: 'wageFit', label: '薪资匹配', weight: 10 });
      expect(updateMatchingPolicy.weights).toContainEqual({ component: 'majorLevelFit', label: '专业与等级匹配', weight: 3 });

      await onePair();
      await runToDone();
      const [proposal] = await proposals(admin);
      expect(proposal.expiresAt).toBe(new Date(NOW.getTime() + 24 * HOUR_MS).toISOString());
      expect(proposal.components.find((c: { component: string }) => c.component === 'wageFit')).toMatchObject({ weight: 10 });
      expect(proposal.components.find((c: { component: string }) => c.component === 'agencyRecord')).toMatchObject({ weight: 0, points: 0 });
    });

    it('refuses bad values and anyone but the centre', async () => {
      const admin = await api.admin();
      const bad = async (input: Record<string, unknown>) => errorCodes(await api.gql(UPDATE_POLICY, { input }, admin));
      expect(await bad({ wageTolerancePercent: 60 })).toEqual(['BAD_USER_INPUT']);
      expect(await bad({ proposalTtlHours: 0 })).toEqual(['BAD_USER_INPUT']);
      expect(await bad({ weights: [{ component: 'wageFit', weight: -1 }] })).toEqual(['BAD_USER_INPUT']);
      expect(await bad({ weights: [{ component: 'wageFit', weight: 1 }, { component: 'wageFit', weight: 2 }] })).toEqual(['BAD_USER_INPUT']);
      expect(await bad({ weights: [{ component: 'charm', weight: 1 }] })).toEqual(['BAD_USER_INPUT']);
      const staff = await api.tokenFor(Role.AGENCY_STAFF, { agencyId: (await world.agency()).id });
      expect(errorCodes(await api.gql(POLICY, {}, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(UPDATE_POLICY, { input: { proposalTtlHours: 5 } }, staff))).toEqual(['FORBIDDEN']);
      expect((await api.ok(POLICY, {}, admin)).matchingPolicy.proposalTtlHours).toBe(72);
    });
  });

  it('proposes a higher-level certificate holder only where the level is needed when both compete', async () => {
    const agency = await world.agency();
    const needsLevel3 = await world.demand(agency, { minCertificateLevel: CertificateLevel.LEVEL_3 });
    const anyLevel = await world.demand(agency, { major: Major.ELDERCARE });
    const senior = await world.trainee({ certificates: [{ major: Major.ELDERCARE, level: CertificateLevel.LEVEL_3 }] });
    const junior = await world.trainee({ certificates: [{ major: Major.ELDERCARE, level: CertificateLevel.LEVEL_5 }] });
    const run = await runToDone();
    const made = await proposals(await api.admin(), { runId: run.id });
    expect(made.map((p) => [p.candidate.traineeId, p.demand.id]).sort()).toEqual(
      [
        [senior.id, needsLevel3.id],
        [junior.id, anyLevel.id],
      ].sort(),
    );
  });
});
