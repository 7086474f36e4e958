import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { Prisma, PrismaClient } from './generated/prisma/client';

/** A transaction client, or the root client: what repository-style helpers accept. */
export type Db = Prisma.TransactionClient | PrismaService;

/** The one PrismaClient of a process, over node-postgres. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL, max: 10 }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
