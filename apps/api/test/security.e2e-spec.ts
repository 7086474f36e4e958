import { ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { ACCESS_POLICY, isAllowed, policyFor, PUBLIC, PUBLIC_KEY, ROLES_KEY } from '@carebridge/auth';
import { Role } from '@carebridge/db';
import { makeCreditCode, makeResidentId } from '@carebridge/rules';
import { errorCodes, GqlResult, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';
import { OperationCall, OperationCalls } from './security.operations';
import { buildWorld, Side, World } from './security.world';

type Caller = Role | 'ANONYMOUS';
const CALLERS: Caller[] = ['ANONYMOUS', Role.TRAINEE, Role.STATION_STAFF, Role.AGENCY_STAFF, Role.SCHOOL_STAFF, Role.ADMIN];
const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);
const INPUT_REFUSALS = new Set(['BAD_USER_INPUT', 'CONFLICT']);

interface Tally {
  attempts: number;
  answered: number;
  refused: number;
  inputRefused: number;
  leaks: string[];
  policyBreaches: string[];
  faults: string[];
  /** Extra calls of single pieces of an answer that had an error. */
  pieces: number;
  /** Foreign data in the answer of an operation listed in BY_DESIGN. */
  byDesign: string[];
  /** Answers with side B's data (the admin's): proof the scan finds foreign data where it is. */
  foreignSeen: number;
}

const newTally = (): Tally => ({ attempts: 0, answered: 0, refused: 0, inputRefused: 0, leaks: [], policyBreaches: [], faults: [], byDesign: [], foreignSeen: 0, pieces: 0 });

/**
 * Operations whose answer shows another side's data on purpose (the test states why, so a new
 * entry is a decision, not an accident), and exactly which of that side's markers: any other is a
 * leak.
 */
const BY_DESIGN: Record<string, { callers: Caller[]; why: string; shows: (side: Side) => string[] }> = {
  traineeByResidentId: {
    callers: [Role.SCHOOL_STAFF],
    why:
      'school staff find a registered trainee by her complete resident ID to enrol her (trainees.service findByResidentId): ' +
      'her id and name (identifiers masked), but none of her enrolments, certificates, history or placements elsewhere',
    shows: (side) => [side.ids.Trainee, side.traineeName],
  },
};

describe('security', () => {
  const api = new TestApi(AppModule);
  let world: World;

  beforeAll(async () => {
    await api.start();
    await api.reset();
    world = await buildWorld(api);
  }, 180_000);
  afterAll(() => api.close());

  const tokenOf = (caller: Caller): string | undefined => (caller === 'ANONYMOUS' ? undefined : caller === Role.ADMIN ? world.adminToken : world.a.tokens[caller]);

  const pieces = (operation: string, side: 'inside' | 'outside'): OperationCall[] => {
    const target = side === 'inside' ? world.a : world.b;
    return new OperationCalls(api.app.get(GraphQLSchemaHost).schema, target.ids, target.residentId).pieces(operation, 3);
  };

  /** Markers of side B found in an answer, leaving out what the caller sent herself. */
  function foreignIn(result: unknown, call: OperationCall): string[] {
    const answer = JSON.stringify(result);
    const sent = JSON.stringify(call.variables);
    return world.b.markers.filter((marker) => answer.includes(marker) && !sent.includes(marker));
  }

  /** Calls at the full selection depth, with shallower ones for those the cost limit refuses (a big list of lists). */
  async function probe(caller: Caller, calls: OperationCall[], side: 'inside' | 'outside', tally: Tally): Promise<void> {
    tally.attempts += 1;
    let call = calls[0];
    let result = await api.gql(call.query, call.variables, tokenOf(caller));
    for (const shallower of calls.slice(1)) {
      if (result.errors?.[0].extensions.reason !== 'QUERY_TOO_COMPLEX') break;
      call = shallower;
      result = await api.gql(call.query, call.variables, tokenOf(caller));
    }
    const codes = errorCodes(result);
    const role = caller === 'ANONYMOUS' ? undefined : caller;
    const label = `${caller} ${call.operation} (${side})`;
    if (!result || (!result.data && !result.errors)) tally.faults.push(`${label}: no GraphQL answer`);
    if (codes.includes('INTERNAL_SERVER_ERROR')) tally.faults.push(`${label}: ${JSON.stringify(result.errors)}`);

    if (!isAllowed(policyFor(call.operation), role)) {
      const expected = role ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const answeredData = result.data && result.data[call.operation] != null;
      if (codes[0] === expected && !answeredData) tally.refused += 1;
      else tally.policyBreaches.push(`${label}: expected ${expected}, got ${codes.join(',') || 'data'} ${result.errors?.[0].message ?? ''}`);
      return;
    }
    if (codes.some((code) => REFUSALS.has(code))) tally.refused += 1;
    else if (codes.some((code) => INPUT_REFUSALS.has(code))) tally.inputRefused += 1;
    else tally.answered += 1;
    let foreign = foreignIn(result, call);
    if (result.errors && caller !== Role.ADMIN) {
      // A refusal somewhere in the answer nulls it: look at what each piece would give alone.
      for (const piece of pieces(call.operation, side)) {
        tally.pieces += 1;
        const partial = await api.gql(piece.query, piece.variables, tokenOf(caller));
        if (errorCodes(partial).includes('INTERNAL_SERVER_ERROR')) tally.faults.push(`${label} piece: ${JSON.stringify(partial.errors)}`);
        foreign = [...new Set([...foreign, ...foreignIn(partial, piece)])];
      }
    }
    if (caller === Role.ADMIN) {
      tally.foreignSeen += foreign.length ? 1 : 0;
      return;
    }
    const design = BY_DESIGN[call.operation];
    const shown = new Set(design?.callers.includes(caller) && side === 'outside' ? design.shows(world.b) : []);
    const byDesign = foreign.filter((marker) => shown.has(marker));
    const leaked = foreign.filter((marker) => !shown.has(marker));
    if (byDesign.length) tally.byDesign.push(`${label}: ${byDesign.join(', ')}`);
    if (leaked.length) tally.leaks.push(`${label}: ${leaked.join(', ')}`);
  }

  it('tries every operation of the schema as every role, on objects inside and outside its scope: refused or no foreign data', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const callsOn = (side: Side) => {
      const calls = new OperationCalls(schema, side.ids, side.residentId);
      const [deep, shallow, flat] = [3, 2, 1].map((depth) => calls.all(depth));
      return deep.map((call, index) => [call, shallow[index], flat[index]]);
    };
    const inside = callsOn(world.a);
    const outside = callsOn(world.b);
    expect(inside.length).toBe(Object.keys(ACCESS_POLICY).length);

    const tallies = new Map<Caller, Tally>(CALLERS.map((caller) => [caller, newTally()]));
    // Side effects (a closed demand, an ended placement) may follow a permitted mutation: the
    // admin, who may do everything, goes last so the others meet the world as it was built.
    for (const caller of CALLERS) {
      for (const calls of outside) await probe(caller, calls, 'outside', tallies.get(caller)!);
      for (const calls of inside) await probe(caller, calls, 'inside', tallies.get(caller)!);
    }

    const rows = CALLERS.map((caller) => {
      const tally = tallies.get(caller)!;
      return {
        caller,
        attempts: tally.attempts,
        'piece probes': tally.pieces,
        answered: tally.answered,
        'refused as expected': tally.refused,
        'input refused': tally.inputRefused,
        leaks: tally.leaks.length,
        'by design': tally.byDesign.length,
        'policy breaches': tally.policyBreaches.length,
        faults: tally.faults.length,
      };
    });
    console.log(`Access matrix: ${inside.length} operations × ${CALLERS.length} callers × inside/outside scope`);
    console.table(rows);
    const all = [...tallies.values()];
    const details = { leaks: all.flatMap((t) => t.leaks), policyBreaches: all.flatMap((t) => t.policyBreaches), faults: all.flatMap((t) => t.faults) };
    if (details.leaks.length + details.policyBreaches.length + details.faults.length) console.log(JSON.stringify(details, null, 2));
    const byDesign = all.flatMap((t) => t.byDesign);
    if (byDesign.length) console.log(`Foreign data shown by design (${Object.entries(BY_DESIGN).map(([op, { why }]) => `${op}: ${why}`).join('; ')}):\n${byDesign.join('\n')}`);
    expect(details).toEqual({ leaks: [], policyBreaches: [], faults: [] });
    // Every caller was refused something and, signed in, answered something: the probe reached the services.
    for (const caller of CALLERS.slice(1)) expect(tallies.get(caller)!.answered).toBeGreaterThan(0);
    expect(tallies.get(Role.ADMIN)!.foreignSeen).toBeGreaterThan(20);
    // The by-design lookup did reach the other side's trainee (and showed no more of her than BY_DESIGN lists).
    expect(tallies.get(Role.SCHOOL_STAFF)!.byDesign.some((line) => line.startsWith('SCHOOL_STAFF traineeByResidentId (outside)'))).toBe(true);
  }, 600_000);

  it('keeps the @Public / @Roles marks still on resolvers in agreement with ACCESS_POLICY', () => {
    const reflector = new Reflector();
    const disagreements: string[] = [];
    let checked = 0;
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
        if (!type?.prototype || wrapper.isAlias) continue;
        for (const method of Object.getOwnPropertyNames(type.prototype)) {
          const handler = Object.getOwnPropertyDescriptor(type.prototype, method)?.value;
          if (typeof handler !== 'function') continue;
          const kind = Reflect.getMetadata('graphql:resolver_type', handler);
          if (kind !== 'Query' && kind !== 'Mutation') continue;
          const operation = Reflect.getMetadata('graphql:resolver_name', handler) ?? method;
          checked += 1;
          const policy = policyFor(operation);
          const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, type]) ?? false;
          const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, type]);
          if (isPublic !== (policy === PUBLIC)) disagreements.push(`${operation}: @Public ${isPublic}, table ${JSON.stringify(policy)}`);
          if (roles && (policy === PUBLIC || [...roles].sort().join() !== [...(policy ?? [])].sort().join())) {
            disagreements.push(`${operation}: @Roles ${roles.join(',')}, table ${JSON.stringify(policy)}`);
          }
        }
      }
    }
    expect(checked).toBe(Object.keys(ACCESS_POLICY).length);
    expect(disagreements).toEqual([]);
  });

  describe('hostile input', () => {
    const HOSTILE: Array<[string, unknown]> = [
      ['SQL injection', "' OR 1=1 --"],
      ['SQL injection (stacked)', "'); DROP TABLE trainees; --"],
      ['script', '<script>alert(1)</script>'],
      ['NUL byte', 'a\u0000b'],
      ['control characters', 'a\u0007\u001bb'],
      ['emoji', '护工👩‍⚕️😀'],
      ['right-to-left override', '\u202Etxt.exe'],
      ['template / JNDI', '${jndi:ldap://127.0.0.1/a}{{7*7}}'],
      ['path', '../../../../etc/passwd'],
      ['oversized (5,000 characters)', '长'.repeat(5_000)],
      ['very long (100,000 characters)', 'x'.repeat(100_000)],
      ['empty', ''],
      ['blank', '   '],
      ['a number instead of text', 12345],
      ['an object instead of text', { $gt: '' }],
    ];

    /** Valid inputs of the main mutations, each made fresh (a unique key per call). */
    const MUTATIONS: Array<{ name: string; query: string; input: () => Record<string, unknown>; texts: string[] }> = [
      {
        name: 'createSchool',
        query: `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id name address contactName } }`,
        input: () => ({ name: `注入测试学校${next()}`, ownership: 'PUBLIC', procurementMethod: 'PUBLIC_TENDER', countyCode: '141102', address: '离石区1号', contactName: '李老师', contactPhone: '0358-8221234' }),
        texts: ['name', 'address', 'contactName', 'contactPhone', 'countyCode'],
      },
      {
        name: 'registerAgency',
        query: `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { id name address contactName } }`,
        input: () => ({ name: `注入测试家政${next()}`, creditCode: makeCreditCode(`91110105MD${String(next()).padStart(7, '0')}`), provinceCode: '110000', cityCode: '110100', address: '朝阳区1号', contactName: '张经理', contactPhone: '010-62345678' }),
        texts: ['name', 'creditCode', 'address', 'contactName', 'contactPhone', 'provinceCode', 'cityCode'],
      },
      {
        name: 'registerTrainee',
        query: `mutation($input: RegisterTraineeInput!) { registerTrainee(input: $input) { id name } }`,
        input: () => ({
          name: '刘春梅',
          residentId: makeResidentId('141124', '1990-02-03', next() % 900, 'FEMALE'),
          phone: `137${String(10_000_000 + next()).slice(-8)}`,
          countyCode: '141124',
          householdCategory: 'RURAL',
          educationLevel: 'JUNIOR_HIGH',
          majorsWanted: ['ELDERCARE'],
          destinationsWanted: ['北京市'],
        }),
        texts: ['name', 'residentId', 'phone', 'countyCode'],
      },
      {
        name: 'registerHousehold',
        query: `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id contactName } }`,
        input: () => ({ contactName: '赵先生', contactPhone: '13912340000', provinceCode: '110000', cityCode: '110100', careRecipientNeeds: '照顾老人', address: '海淀区1号' }),
        texts: ['contactName', 'contactPhone', 'careRecipientNeeds', 'address'],
      },
      {
        name: 'postDemand',
        query: `mutation($input: PostDemandInput!) { postDemand(input: $input) { id duties } }`,
        input: () => ({ agencyId: world.a.ids.Agency, major: 'ELDERCARE', headcount: 1, provinceCode: '110000', cityCode: '110100', wageMin: '4000', wageMax: '5000', startDate: '2026-04-01', liveIn: false, minCertificateLevel: 'LEVEL_5', duties: '照护老人' }),
        texts: ['duties', 'provinceCode', 'cityCode'],
      },
      {
        name: 'openRightsCase',
        query: `mutation($input: OpenRightsCaseInput!) { openRightsCase(input: $input) { id description } }`,
        input: () => ({ placementId: world.a.ids.Placement, category: 'OTHER', description: '反映住宿条件差' }),
        texts: ['description'],
      },
      {
        name: 'createJobFair',
        query: `mutation($input: CreateJobFairInput!) { createJobFair(input: $input) { id title } }`,
        input: () => ({ title: '夏季招聘会', mode: 'OFFLINE', date: '2026-06-01', cityCode: '141100', place: '离石区体育馆' }),
        texts: ['title', 'place', 'cityCode'],
      },
      {
        name: 'createUser',
        query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id displayName } }`,
        input: () => ({ account: `inject.${next()}`, password: 'Lvliang2026', displayName: '注入测试', role: 'ADMIN' }),
        texts: ['account', 'password', 'displayName'],
      },
    ];
    let counter = 0;
    const next = () => ++counter;

    it('answers injection strings and malformed or oversized text in every text field of the main mutations with BAD_USER_INPUT or as plain data, never a fault', async () => {
      const outcomes: Record<string, number> = {};
      const faults: string[] = [];
      const unsafe: string[] = [];
      const blank: string[] = [];
      for (const mutation of MUTATIONS) {
        for (const field of mutation.texts) {
          for (const [label, value] of HOSTILE) {
            const input = { ...mutation.input(), [field]: value };
            const result = await api.gql(mutation.query, { input }, world.adminToken);
            const code = errorCodes(result)[0] ?? 'STORED';
            outcomes[code] = (outcomes[code] ?? 0) + 1;
            if (!['BAD_USER_INPUT', 'CONFLICT', 'STORED'].includes(code)) faults.push(`${mutation.name}.${field} ${label}: ${JSON.stringify(result.errors)}`);
            // Accepted means stored and returned as the very text sent: data, never code.
            const stored = result.data?.[mutation.name];
            if (code === 'STORED') {
              // Blank text is a data-quality matter, not a safety one: reported, not failed.
              if (typeof value === 'string' && value.trim() === '') blank.push(`${mutation.name}.${field} (${label})`);
              else if (typeof value !== 'string' || [...value].some((char) => char.charCodeAt(0) < 0x20) || value.length > 2_000) unsafe.push(`${mutation.name}.${field} accepted ${label}`);
              else if (field in stored && stored[field] !== value.trim() && stored[field] !== value) unsafe.push(`${mutation.name}.${field} ${label} came back as ${String(stored[field]).slice(0, 40)}`);
            }
          }
        }
      }
      const attempts = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
      console.log(`Hostile input: ${attempts} attempts over ${MUTATIONS.length} mutations`);
      console.table([{ attempts, ...outcomes, faults: faults.length, 'unsafe acceptances': unsafe.length, 'blank accepted': blank.length }]);
      if (blank.length) console.log(`Blank text accepted (data quality, not safety): ${blank.join('; ')}`);
      expect(faults).toEqual([]);
      expect(unsafe).toEqual([]);
    }, 300_000);

    it('refuses NUL bytes and very long strings written inline in the query too', async () => {
      const nul = await api.gql(`{ verifyCertificate(number: "LL\\u0000") { found } }`);
      expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });
      const long = await api.gql(`{ verifyCertificate(number: "${'9'.repeat(20_000)}") { found } }`);
      expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT_TOO_LONG' });
    });
  });

  describe('tokens', () => {
    it('refuses expired, forged (wrong secret, alg none, tampered) and revoked tokens with UNAUTHENTICATED', async () => {
      const jwt = api.app.get(JwtService);
      const probeToken = await api.tokenFor(Role.ADMIN);
      const admin = await api.prisma.user.findFirstOrThrow({ where: { role: Role.ADMIN }, orderBy: { createdAt: 'desc' } });
      expect(errorCodes(await api.gql(`{ me { id } }`, {}, probeToken))).toEqual([]);
      const now = Date.now() / 1000;
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const [header, , signature] = world.a.tokens[Role.TRAINEE]!.split('.');
      const tokens: Record<string, string> = {
        expired: jwt.sign({ sub: admin.id, role: 'ADMIN', iat: now - 3600 }, { expiresIn: 60 }),
        'wrong secret': jwt.sign({ sub: admin.id, role: 'ADMIN', iat: now }, { secret: 'an-attacker-guessed-secret-of-32-chars!', expiresIn: 600 }),
        'alg none': `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: admin.id, role: 'ADMIN', iat: now, exp: now + 600 })}.`,
        'HS256 → RS256 header': `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ sub: admin.id, role: 'ADMIN', iat: now, exp: now + 600 })}.${signature}`,
        'trainee token with admin claims': `${header}.${encode({ sub: admin.id, role: 'ADMIN', iat: now, exp: now + 600 })}.${signature}`,
        'issued before a password change': jwt.sign({ sub: admin.id, role: 'ADMIN', iat: now - 60 }, { expiresIn: 600 }),
        'unknown user': jwt.sign({ sub: '00000000-0000-4000-8000-000000000000', role: 'ADMIN', iat: now }, { expiresIn: 600 }),
        garbage: 'not.a.token',
      };
      // As a password change does: every token issued before this instant is void.
      tokens['revoked by a password change'] = probeToken;
      await api.prisma.user.update({ where: { id: admin.id }, data: { tokensValidFrom: new Date(Date.now() + 1) } });
      const outcomes = await Promise.all(Object.entries(tokens).map(async ([label, token]) => [label, errorCodes(await api.gql(`{ me { id } }`, {}, token))[0] ?? 'ACCEPTED'] as const));
      console.table(Object.fromEntries(outcomes));
      expect(outcomes.filter(([, code]) => code !== 'UNAUTHENTICATED')).toEqual([]);
    });
  });

  describe('GraphQL limits', () => {
    const refusalOf = (result: GqlResult) => result.errors?.[0].extensions;

    it('refuses a query nested deeper than 10 levels, but not one at 10', async () => {
      const nest = (levels: number) => `{ trainees(first: 1) { nodes { ${'enrollments { trainee { '.repeat(levels)}id${' } }'.repeat(levels)} } } }`;
      const deep = await api.gql(nest(4), {}, world.adminToken); // 3 + 4 × 2 = 11 levels
      expect(refusalOf(deep)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
      const fine = await api.gql(`{ trainees(first: 1) { nodes { enrollments { trainee { enrollments { trainee { enrollments { cohort { school { name } } } } } } } } } }`, {}, world.adminToken);
      expect(fine.errors).toBeUndefined();
      const viaFragments = await api.gql(
        `query { trainees(first: 1) { nodes { ...E } } } fragment E on Trainee { enrollments { trainee { enrollments { trainee { enrollments { trainee { enrollments { cohort { id } } } } } } } } }`,
        {},
        world.adminToken,
      );
      expect(refusalOf(viaFragments)).toMatchObject({ reason: 'QUERY_TOO_DEEP' });
    });

    it('refuses a query too costly: big pages of lists within lists', async () => {
      const costly = await api.gql(`{ trainees(first: 200) { nodes { enrollments { attendance { date } cohort { enrollments { id } } } } } }`, {}, world.adminToken);
      expect(refusalOf(costly)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      const fine = await api.gql(`{ trainees(first: 20) { nodes { id name enrollments { id } } } }`, {}, world.adminToken);
      expect(fine.errors).toBeUndefined();
    });

    it('refuses more than 30 aliases in one request', async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: verifyCertificate(number: "LL${i}") { found }`).join(' ')} }`;
      expect(refusalOf(await api.gql(aliases(31)))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
      expect((await api.gql(aliases(30))).errors).toBeUndefined();
    });

    it('refuses batched requests and bodies over 1 MB, and malformed JSON, with a JSON answer', async () => {
      const server = api.app.getHttpServer();
      const batch = await request(server).post('/graphql').set('content-type', 'application/json').send([{ query: '{ provinces { code } }' }, { query: '{ provinces { code } }' }]);
      expect(batch.status).toBe(400);
      expect(JSON.stringify(batch.body)).not.toContain('"code":"110000"');

      const huge = await request(server).post('/graphql').set('content-type', 'application/json').send({ query: '{ provinces { code } }', variables: { pad: 'x'.repeat(1_100_000) } });
      expect(huge.status).toBe(413);
      expect(huge.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' });

      const malformed = await request(server).post('/graphql').set('content-type', 'application/json').send('{"query": "{ provinces { code } }"');
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' });
      expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js|SyntaxError/);
    });
  });

  describe('errors', () => {
    it('answers a database fault with a generic INTERNAL_SERVER_ERROR: no SQL, no stack, no table names', async () => {
      // A real Prisma error: the table is gone for a moment (suites run one at a time: runInBand).
      await api.prisma.$executeRawUnsafe('ALTER TABLE schools RENAME TO schools_hidden_by_security_test');
      let result: GqlResult;
      try {
        result = await api.gql(`{ schools { id name } }`, {}, world.adminToken);
      } finally {
        await api.prisma.$executeRawUnsafe('ALTER TABLE schools_hidden_by_security_test RENAME TO schools');
      }
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      const text = JSON.stringify(result);
      expect(result.errors?.[0].message).toBe('服务器内部错误，请稍后再试');
      expect(text).not.toMatch(/public\.|prisma|SELECT|relation|does not exist|stack|\.ts:|P20\d\d/i);
    });
  });
});
