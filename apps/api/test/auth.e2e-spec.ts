import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { hashPassword } from '@carebridge/auth';
import { AuditKind } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { makeResidentId, maskResidentId } from '@carebridge/rules';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const LOGIN = `mutation($a: String!, $p: String!) { login(account: $a, password: $p) { accessToken refreshToken expiresAt user { id role } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresAt } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken } }`;
const ME = `{ me { id role } }`;
const REVEAL = `mutation($id: ID!, $reason: String!) { revealTraineeIdentity(traineeId: $id, reason: $reason) { traineeId name residentId phone } }`;
const AUDIT = `query($filter: AuditLogFilterInput, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id at actorUserId actorRole action kind target succeeded ip userAgent details } }
}`;

const PASSWORD = 'Lvliang2026';

/** Audit rows as text, to search for what must not be there (their ids are BigInt). */
const text = (rows: unknown) => JSON.stringify(rows, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));

interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string; role: string };
}

describe('auth: tokens, lock-out, password policy, audit', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  async function staffAccount(account = 'wang.admin', role: Role = Role.ADMIN): Promise<string> {
    const user = await api.prisma.user.create({ data: { account, displayName: account, role, passwordHash: await hashPassword(PASSWORD) } });
    return user.id;
  }

  async function login(account = 'wang.admin', password = PASSWORD): Promise<Session> {
    return (await api.ok<{ login: Session }>(LOGIN, { a: account, p: password })).login;
  }

  describe('access and refresh tokens', () => {
    it('logs in with a short-lived access token and a 43-character refresh token stored only as its hash', async () => {
      await staffAccount();
      const session = await login();
      const lifetime = new Date(session.expiresAt).getTime() - Date.now();
      expect(lifetime).toBeGreaterThan(890_000);
      expect(lifetime).toBeLessThanOrEqual(900_000);
      expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const stored = await api.prisma.refreshToken.findMany();
      expect(stored).toHaveLength(1);
      expect(stored[0].tokenSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored)).not.toContain(session.refreshToken);
      expect(stored[0].expiresAt.getTime() - api.clock.now().getTime()).toBe(30 * 86_400_000);
      expect((await api.ok(ME, {}, session.accessToken)).me.id).toBe(session.user.id);
    });

    it('rotates the refresh token on every use; the new access token works', async () => {
      await staffAccount();
      const first = await login();
      const { refreshToken: second } = await api.ok<{ refreshToken: Session }>(REFRESH, { t: first.refreshToken });
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await api.ok(ME, {}, second.accessToken)).me.id).toBe(first.user.id);
      const third = await api.ok<{ refreshToken: Session }>(REFRESH, { t: second.refreshToken });
      expect(third.refreshToken.refreshToken).not.toBe(second.refreshToken);
    });

    it('revokes the whole family when a rotated refresh token is used again', async () => {
      await staffAccount();
      const stolen = await login();
      const { refreshToken: rotated } = await api.ok<{ refreshToken: Session }>(REFRESH, { t: stolen.refreshToken });

      const replay = await api.gql(REFRESH, { t: stolen.refreshToken });
      expect(errorCodes(replay)).toEqual(['UNAUTHENTICATED']);
      expect(replay.errors?.[0].extensions.reason).toBe('REFRESH_TOKEN_REUSED');
      // The legitimate holder's newer token is void too: the family is revoked.
      const legit = await api.gql(REFRESH, { t: rotated.refreshToken });
      expect(legit.errors?.[0].extensions.reason).toBe('INVALID_REFRESH_TOKEN');
      expect(await api.prisma.refreshToken.count({ where: { revokedAt: null } })).toBe(0);
    });

    it('lets only one of two concurrent uses of one refresh token through', async () => {
      await staffAccount();
      const session = await login();
      const results = await Promise.all([api.gql(REFRESH, { t: session.refreshToken }), api.gql(REFRESH, { t: session.refreshToken })]);
      expect(results.filter((result) => !result.errors).length).toBeLessThanOrEqual(1);
      expect(results.filter((result) => result.errors?.[0].extensions.reason === 'REFRESH_TOKEN_REUSED').length).toBeGreaterThanOrEqual(1);
    });

    it('refuses an expired, unknown or malformed refresh token', async () => {
      await staffAccount();
      const session = await login();
      expect(errorCodes(await api.gql(REFRESH, { t: 'A'.repeat(43) }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(REFRESH, { t: 'not a token' }))).toEqual(['BAD_USER_INPUT']);
      api.clock.advanceDays(31);
      try {
        const expired = await api.gql(REFRESH, { t: session.refreshToken });
        expect(expired.errors?.[0].extensions.reason).toBe('INVALID_REFRESH_TOKEN');
      } finally {
        api.clock.advanceDays(-31);
      }
    });

    it('logs out: the session’s refresh token stops working; another user’s token is left alone', async () => {
      await staffAccount();
      await staffAccount('li.admin');
      const mine = await login();
      const theirs = await login('li.admin');
      expect((await api.ok(LOGOUT, { t: theirs.refreshToken }, mine.accessToken)).logout).toBe(false);
      expect((await api.ok(LOGOUT, { t: mine.refreshToken }, mine.accessToken)).logout).toBe(true);
      expect(errorCodes(await api.gql(REFRESH, { t: mine.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      expect((await api.ok(REFRESH, { t: theirs.refreshToken })).refreshToken.accessToken).toBeTruthy();
      expect(errorCodes(await api.gql(LOGOUT, { t: mine.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses expired, forged (wrong secret, alg none) and malformed access tokens', async () => {
      const userId = await staffAccount();
      const jwt = api.app.get(JwtService);
      const now = Date.now() / 1000;
      const expired = jwt.sign({ sub: userId, role: 'ADMIN', iat: now - 7200 }, { expiresIn: 60 });
      const wrongSecret = jwt.sign({ sub: userId, role: 'ADMIN', iat: now }, { secret: 'x'.repeat(40), expiresIn: 600 });
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const algNone = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: userId, role: 'ADMIN', iat: now, exp: now + 600 })}.`;
      for (const token of [expired, wrongSecret, algNone, 'garbage', `${algNone}x`]) {
        const result = await api.gql(ME, {}, token);
        expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
      }
    });
  });

  describe('password change', () => {
    it('voids every earlier access and refresh token and hands out a working new pair', async () => {
      await staffAccount();
      const laptop = await login();
      const phone = await login();
      const { changePassword } = await api.ok(CHANGE_PASSWORD, { c: PASSWORD, n: 'Houshan2027x' }, laptop.accessToken);

      expect(errorCodes(await api.gql(ME, {}, laptop.accessToken))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(ME, {}, phone.accessToken))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(REFRESH, { t: phone.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      expect((await api.ok(ME, {}, changePassword.accessToken)).me.role).toBe('ADMIN');
      expect((await api.ok(REFRESH, { t: changePassword.refreshToken })).refreshToken.accessToken).toBeTruthy();
      expect(errorCodes(await api.gql(LOGIN, { a: 'wang.admin', p: PASSWORD }))).toEqual(['UNAUTHENTICATED']);
      await login('wang.admin', 'Houshan2027x');
    });

    it('refuses a wrong current password, a weak or common new one, and the same one', async () => {
      await staffAccount();
      const { accessToken } = await login();
      const cases: Array<[Record<string, string>, string, string]> = [
        [{ c: 'Wrong2026x', n: 'Houshan2027x' }, 'WRONG_PASSWORD', 'currentPassword'],
        [{ c: PASSWORD, n: 'short1' }, 'VALIDATION_FAILED', 'newPassword'],
        [{ c: PASSWORD, n: 'Password123' }, 'VALIDATION_FAILED', 'newPassword'],
        [{ c: PASSWORD, n: PASSWORD }, 'SAME_PASSWORD', 'newPassword'],
      ];
      for (const [variables, reason, field] of cases) {
        const result = await api.gql(CHANGE_PASSWORD, variables, accessToken);
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      }
      expect((await api.ok(ME, {}, accessToken)).me.role).toBe('ADMIN');
    });

    it('refuses a common password when an account is created or a trainee registers herself', async () => {
      const admin = await api.admin();
      const created = await api.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { account: 'zhao', password: 'Qwer1234', displayName: '赵', role: 'ADMIN' } },
        admin,
      );
      expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(created.errors?.[0].message).toContain('常见');
    });
  });

  describe('lock-out', () => {
    it('locks an account for 15 minutes after 5 wrong passwords, refusing even the right one, and says until when', async () => {
      await staffAccount();
      for (let attempt = 1; attempt <= 4; attempt++) {
        const result = await api.gql(LOGIN, { a: 'wang.admin', p: 'Wrong2026x' });
        expect(result.errors?.[0].extensions.reason).toBe('INVALID_CREDENTIALS');
      }
      const fifth = await api.gql(LOGIN, { a: 'wang.admin', p: 'Wrong2026x' });
      expect(fifth.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
      // The test clock stands at 2026-03-02 01:00 UTC, 09:00 in Beijing.
      expect(fifth.errors?.[0].message).toContain('2026-03-02 09:15');

      const rightPassword = await api.gql(LOGIN, { a: 'wang.admin', p: PASSWORD });
      expect(rightPassword.errors?.[0].extensions.reason).toBe('ACCOUNT_LOCKED');

      api.clock.set(new Date('2026-03-02T01:15:01Z'));
      try {
        await login();
        expect(await api.prisma.user.findUniqueOrThrow({ where: { account: 'wang.admin' } })).toMatchObject({ failedLogins: 0, lockedUntil: null });
      } finally {
        api.clock.set(new Date('2026-03-02T01:00:00Z'));
      }
    });

    it('resets the count on success, and counts concurrent failures all', async () => {
      await staffAccount();
      for (let attempt = 1; attempt <= 4; attempt++) await api.gql(LOGIN, { a: 'wang.admin', p: 'Wrong2026x' });
      await login();
      expect((await api.prisma.user.findUniqueOrThrow({ where: { account: 'wang.admin' } })).failedLogins).toBe(0);

      await Promise.all(Array.from({ length: 5 }, () => api.gql(LOGIN, { a: 'wang.admin', p: 'Wrong2026x' })));
      expect((await api.gql(LOGIN, { a: 'wang.admin', p: PASSWORD })).errors?.[0].extensions.reason).toBe('ACCOUNT_LOCKED');
    });

    it('audits every login, failed or not, without the account name', async () => {
      const userId = await staffAccount();
      await api.gql(LOGIN, { a: 'wang.admin', p: 'Wrong2026x' });
      await api.gql(LOGIN, { a: 'nobody', p: 'Wrong2026x' });
      await login();
      const rows = await api.prisma.auditLog.findMany({ where: { action: 'login' }, orderBy: { id: 'asc' } });
      expect(rows.map((row) => [row.kind, row.actorUserId, row.succeeded])).toEqual([
        [AuditKind.LOGIN_FAILED, userId, false],
        [AuditKind.LOGIN_FAILED, null, false],
        [AuditKind.LOGIN, userId, true],
      ]);
      expect(text(rows)).not.toContain('nobody');
      expect(rows[2].ip).toMatch(/127\.0\.0\.1/);
    });
  });

  describe('revealing a trainee’s identifiers', () => {
    it('gives an admin the clear values, with a reason, and records an UNMASKED_READ', async () => {
      const residentId = makeResidentId('141124', '1985-06-15', 27, 'FEMALE');
      const trainee = await api.factories.trainee({ residentId, phone: '13912345678' });
      const admin = await api.admin();
      const masked = await api.ok(`query($id: ID!) { trainee(id: $id) { residentId phone } }`, { id: trainee.id }, admin);
      expect(masked.trainee).toEqual({ residentId: maskResidentId(residentId), phone: '139****5678' });
      expect(masked.trainee.residentId).toMatch(/^1411\*{10}\d{3}[\dX]$/);

      const { revealTraineeIdentity } = await api.ok(REVEAL, { id: trainee.id, reason: '核对社保补贴申请' }, admin);
      expect(revealTraineeIdentity).toEqual({ traineeId: trainee.id, name: trainee.name, residentId, phone: '13912345678' });

      const [read] = await api.prisma.auditLog.findMany({ where: { kind: AuditKind.UNMASKED_READ } });
      expect(read).toMatchObject({ action: 'revealTraineeIdentity', target: `Trainee:${trainee.id}`, succeeded: true, details: { reason: '核对社保补贴申请', fields: ['residentId', 'phone'] } });
    });

    it('refuses everyone but admins (and records the attempt), a missing reason, and an unknown trainee', async () => {
      const school = await api.factories.school();
      const trainee = await api.factories.trainee();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(REVEAL, { id: trainee.id, reason: '想看看' }, staff))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(REVEAL, { id: trainee.id, reason: '想看看' }))).toEqual(['UNAUTHENTICATED']);
      const admin = await api.admin();
      expect((await api.gql(REVEAL, { id: trainee.id, reason: '  ' }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(errorCodes(await api.gql(REVEAL, { id: '00000000-0000-4000-8000-000000000000', reason: '核对身份信息' }, admin))).toEqual(['NOT_FOUND']);

      expect(await api.prisma.auditLog.count({ where: { kind: AuditKind.UNMASKED_READ } })).toBe(0);
      const attempts = await api.prisma.auditLog.findMany({ where: { action: 'revealTraineeIdentity' }, orderBy: { id: 'asc' } });
      expect(attempts.map((row) => [row.actorRole, row.succeeded, (row.details as { errorCode?: string }).errorCode])).toEqual([
        ['SCHOOL_STAFF', false, 'FORBIDDEN'],
        [null, false, 'UNAUTHENTICATED'],
        ['ADMIN', false, 'BAD_USER_INPUT'],
        ['ADMIN', false, 'NOT_FOUND'],
      ]);
      expect(text(attempts)).not.toContain('想看看');
    });
  });

  describe('audit log', () => {
    it('records each mutation with who, what, target, argument names and outcome, but no values', async () => {
      const admin = await api.admin();
      const adminUser = await api.prisma.user.findFirstOrThrow({ where: { role: Role.ADMIN } });
      const input = { name: '吕梁护工学校', ownership: 'PUBLIC', procurementMethod: 'PUBLIC_TENDER', countyCode: '141102', address: '离石区1号', contactName: '李老师', contactPhone: '0358-8221234' };
      const CREATE = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }`;
      const { createSchool } = await api.ok(CREATE, { input }, admin);
      await api.gql(CREATE, { input }, admin); // duplicate: CONFLICT, rolled back

      const rows = await api.prisma.auditLog.findMany({ where: { action: 'createSchool' }, orderBy: { id: 'asc' } });
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ actorUserId: adminUser.id, actorRole: 'ADMIN', kind: 'MUTATION', target: `School:${createSchool.id}`, succeeded: true });
      expect((rows[0].details as { args: string[] }).args).toEqual(expect.arrayContaining(['input.name', 'input.contactPhone']));
      expect(rows[1]).toMatchObject({ succeeded: false, target: null, details: expect.objectContaining({ errorCode: 'CONFLICT' }) });
      expect(rows[0].ip).toMatch(/127\.0\.0\.1/);
      expect(text(rows)).not.toMatch(/吕梁护工学校|0358-8221234|离石区1号/);
    });

    it('keeps entries append-only: updates and deletes do nothing', async () => {
      await staffAccount();
      await login();
      await api.prisma.$executeRaw`UPDATE audit_log SET succeeded = false, action = 'tampered'`;
      await api.prisma.$executeRaw`DELETE FROM audit_log`;
      const rows = await api.prisma.auditLog.findMany();
      expect(rows.map((row) => [row.action, row.succeeded])).toEqual([['login', true]]);
    });

    it('records REST imports and exports with their route and status', async () => {
      const admin = await api.admin();
      await request(api.app.getHttpServer()).post('/imports/trainees').set('authorization', `Bearer ${admin}`).attach('file', Buffer.from('x'), 'roster.txt');
      await request(api.app.getHttpServer()).get('/exports/trainees?status=BOGUS').set('authorization', `Bearer ${admin}`);
      await request(api.app.getHttpServer()).get('/exports/trainees');
      // The middleware writes once the answer has gone out: wait for it.
      let rows: Awaited<ReturnType<typeof api.prisma.auditLog.findMany>> = [];
      for (let tries = 0; tries < 50 && rows.length < 3; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        rows = await api.prisma.auditLog.findMany({ where: { kind: AuditKind.HTTP }, orderBy: { id: 'asc' } });
      }
      expect(rows.map((row) => [row.action, row.actorRole, row.succeeded])).toEqual([
        ['POST /imports/trainees', 'ADMIN', false],
        ['GET /exports/trainees', 'ADMIN', false],
        ['GET /exports/trainees', null, false],
      ]);
      expect(rows.map((row) => (row.details as { status: number }).status)).toEqual([400, 400, 401]);
    });

    it('lets admins page and filter it, and nobody else read it', async () => {
      const admin = await api.admin();
      const adminUser = await api.prisma.user.findFirstOrThrow({ where: { role: Role.ADMIN } });
      for (let n = 0; n < 3; n++) await api.gql(LOGIN, { a: 'nobody', p: 'Wrong2026x' });

      const page1 = await api.ok(AUDIT, { filter: { kind: 'LOGIN_FAILED' }, first: 2 }, admin);
      expect(page1.auditLog.totalCount).toBe(3);
      expect(page1.auditLog.nodes).toHaveLength(2);
      const page2 = await api.ok(AUDIT, { filter: { kind: 'LOGIN_FAILED' }, first: 2, after: page1.auditLog.pageInfo.endCursor }, admin);
      expect(page2.auditLog.nodes).toHaveLength(1);
      expect(page2.auditLog.pageInfo.hasNextPage).toBe(false);
      expect(Number(page2.auditLog.nodes[0].id)).toBeLessThan(Number(page1.auditLog.nodes[1].id));

      const mine = await api.ok(AUDIT, { filter: { actorUserId: adminUser.id, action: 'login' } }, admin);
      expect(mine.auditLog.nodes.map((node: { kind: string }) => node.kind)).toEqual(['LOGIN']);
      const later = await api.ok(AUDIT, { filter: { from: new Date(Date.now() + 3_600_000).toISOString() } }, admin);
      expect(later.auditLog.totalCount).toBe(0);

      expect(errorCodes(await api.gql(AUDIT, { filter: { kind: 'NOT_A_KIND' } }, admin))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(AUDIT, { after: '99999999999999999999' }, admin))).toEqual(['BAD_USER_INPUT']);
      const school = await api.factories.school();
      const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
      expect(errorCodes(await api.gql(AUDIT, {}, staff))).toEqual(['FORBIDDEN']);
    });
  });
});

/** Starts an API with low rate limits and counters of its own (a fresh key prefix in Redis). */
async function startWithLowLimits(api: TestApi, prefix: string): Promise<void> {
  const limits = { RATE_LIMIT_API_LIMIT: '6', RATE_LIMIT_PUBLIC_LIMIT: '3', QUEUE_PREFIX: prefix };
  // Read once, when the app starts: low limits for this app only.
  const saved = Object.fromEntries(Object.keys(limits).map((name) => [name, process.env[name]]));
  Object.assign(process.env, limits);
  try {
    await api.start();
  } finally {
    Object.assign(process.env, saved);
  }
}

const reason = (result: GqlResult) => result.errors?.[0].extensions.reason;

describe('rate limits', () => {
  const api = new TestApi(AppModule);

  beforeAll(async () => {
    await startWithLowLimits(api, `${process.env.QUEUE_PREFIX}-limits-${Date.now()}`);
    await api.reset();
  });
  afterAll(() => api.close());

  it('limits each signed-in user across the whole API, whatever the address, and each IP on login', async () => {
    // Two logins without a token: 2 of the address's 6 API calls and 2 of its 3 logins.
    const first = await api.tokenFor(Role.ADMIN);
    const second = await api.tokenFor(Role.ADMIN);

    for (let call = 1; call <= 6; call++) expect(reason(await api.gql(ME, {}, first))).toBeUndefined();
    const over = await api.gql(ME, {}, first);
    expect(errorCodes(over)).toEqual(['TOO_MANY_REQUESTS']);
    expect(over.errors?.[0].message).toContain('频繁');
    // Same address, another user: her own budget.
    expect(reason(await api.gql(`{ schools { id } }`, {}, second))).toBeUndefined();

    expect(reason(await api.gql(LOGIN, { a: 'nobody', p: 'Wrong2026x' }))).toBe('INVALID_CREDENTIALS');
    expect(errorCodes(await api.gql(LOGIN, { a: 'nobody', p: 'Wrong2026x' }))).toEqual(['TOO_MANY_REQUESTS']);
    // Without a token, other operations still count against the address's API budget, not the login one.
    expect(reason(await api.gql(`{ provinces { code } }`))).toBeUndefined();
  });
});

describe('rate limits across API processes', () => {
  const first = new TestApi(AppModule);
  const second = new TestApi(AppModule);

  beforeAll(async () => {
    const prefix = `${process.env.QUEUE_PREFIX}-shared-limits-${Date.now()}`;
    await startWithLowLimits(first, prefix);
    await startWithLowLimits(second, prefix);
    await first.reset();
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('draws one budget per user from Redis, whichever process answers', async () => {
    const token = await first.tokenFor(Role.ADMIN);
    // Six calls, three through each process: each alone would allow six.
    for (let call = 1; call <= 6; call++) expect(reason(await (call % 2 ? first : second).gql(ME, {}, token))).toBeUndefined();
    expect(errorCodes(await first.gql(ME, {}, token))).toEqual(['TOO_MANY_REQUESTS']);
    expect(errorCodes(await second.gql(ME, {}, token))).toEqual(['TOO_MANY_REQUESTS']);
  });
});
