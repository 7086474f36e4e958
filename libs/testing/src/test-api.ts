import { INestApplication, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { hashPassword } from '@carebridge/auth';
import { Clock, configureHttp, FixedClock, PiiCipher } from '@carebridge/common';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { PrismaService, Role } from '@carebridge/db';
import { resetDatabase } from './database';
import { Factories } from './factories';

export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: Array<{ message: string; extensions: { code: string; reason?: string; field?: string } }>;
}

/**
 * The real API (AppModule) on a random port, against the test database and Redis, with a clock
 * the test controls.
 */
export class TestApi {
  readonly clock = new FixedClock(new Date('2026-03-02T01:00:00Z'));
  app!: INestApplication;
  prisma!: PrismaService;
  factories!: Factories;
  private adminToken?: string;

  constructor(private readonly appModule: Type<unknown>) {}

  async start(): Promise<this> {
    const moduleRef = await Test.createTestingModule({ imports: [this.appModule] })
      .overrideProvider(Clock)
      .useValue(this.clock)
      .compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
    configureHttp(app, app.get<AppConfig>(APP_CONFIG));
    this.app = app;
    await this.app.init();
    this.prisma = this.app.get(PrismaService);
    this.factories = new Factories(this.prisma, this.app.get(PiiCipher));
    return this;
  }

  async reset(): Promise<void> {
    await resetDatabase(this.prisma);
    this.adminToken = undefined;
  }

  async close(): Promise<void> {
    await this.app?.close();
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const req = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body as GqlResult<T>;
  }

  /** Like gql, but fails the test on any error and returns data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Creates a user directly in the database and logs it in (trainees log in with their phone). */
  async tokenFor(role: Role, bind: { schoolId?: string; traineeId?: string; agencyId?: string; stationId?: string } = {}): Promise<string> {
    const password = 'Passw0rd!';
    const trainee = bind.traineeId ? await this.prisma.trainee.findUniqueOrThrow({ where: { id: bind.traineeId } }) : null;
    const account = trainee ? this.app.get(PiiCipher).decrypt(trainee.phoneCipher) : `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}`;
    await this.prisma.user.create({
      data: {
        account: trainee ? null : account,
        phoneHash: trainee?.phoneHash,
        displayName: account,
        role,
        passwordHash: await hashPassword(password),
        schoolId: bind.schoolId,
        traineeId: bind.traineeId,
        agencyId: bind.agencyId,
        stationId: bind.stationId,
      },
    });
    const data = await this.ok<{ login: { accessToken: string } }>(
      'mutation($a: String!, $p: String!) { login(account: $a, password: $p) { accessToken } }',
      { a: account, p: password },
    );
    return data.login.accessToken;
  }

  async admin(): Promise<string> {
    this.adminToken ??= await this.tokenFor(Role.ADMIN);
    return this.adminToken;
  }
}

/** Every error's extensions.code, for terse assertions. */
export function errorCodes(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => e.extensions.code);
}
