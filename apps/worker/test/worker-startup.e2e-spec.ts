import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ClockModule, PiiModule } from '@carebridge/common';
import { ConfigModule } from '@carebridge/config';
import { DbModule } from '@carebridge/db';
import { QueueModule, QueueWorkerModule } from '@carebridge/queue';
import { TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../src/worker.module';

describe('worker start-up', () => {
  it('answers its health check once started', async () => {
    const worker = await new TestWorker(WorkerModule, 'startup').start();
    try {
      const res = await request(worker.app.getHttpServer()).get('/health').expect(200);
      expect(res.body).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, redis: { status: 'up' } } });
    } finally {
      await worker.close();
    }
  });

  it('refuses to start when a job name has no handler', async () => {
    // The worker's runtime without any processor: certificate-issued jobs would wait forever.
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DbModule, PiiModule, ClockModule, QueueModule, QueueWorkerModule],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    try {
      await expect(app.init()).rejects.toThrow('job "certificate-issued" (queue "notifications") has no handler');
    } finally {
      await app.close();
    }
  });
});
