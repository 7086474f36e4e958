import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { NotificationDelivery } from '@carebridge/notifications';
import { eventually, TestWorker } from '@carebridge/testing';
import { WorkerModule } from '../src/worker.module';
import { issueCertificate } from './issue-certificate';

interface GatewayRequest {
  authorization?: string;
  body: { to: string; content: string };
}

/** A stand-in SMS gateway on 127.0.0.1 that records each request and answers with the next status. */
class FakeGateway {
  readonly requests: GatewayRequest[] = [];
  statuses: number[] = [];
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      this.requests.push({ authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(this.statuses.shift() ?? 200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sms`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('SMS through an HTTP gateway', () => {
  const gateway = new FakeGateway();
  const worker = new TestWorker(WorkerModule, 'sms-gateway');

  beforeAll(async () => {
    const url = await gateway.start();
    await worker.start({ SMS_SENDER: 'http', SMS_GATEWAY_URL: url, SMS_GATEWAY_TOKEN: 'gateway-secret' });
  });
  afterAll(async () => {
    await worker.close();
    await gateway.close();
  });
  beforeEach(async () => {
    await worker.reset();
    gateway.requests.length = 0;
    gateway.statuses = [];
  });

  it('posts {to, content} with the bearer token and records the message as sent', async () => {
    const trainee = await worker.factories.trainee({ phone: '13811112222' });
    await issueCertificate(worker.prisma, worker.factories, { trainee });

    const sms = await eventually(() => worker.prisma.smsMessage.findFirst({ include: { notification: true } }));
    expect(gateway.requests).toEqual([
      { authorization: 'Bearer gateway-secret', body: { to: '13811112222', content: `【吕梁山护工】${sms.notification.body}` } },
    ]);
    expect(sms).toMatchObject({ provider: 'http', status: 'SENT', toMasked: '138****2222', error: null });
  });

  it('records a refused message as FAILED and throws, then sends it once on retry', async () => {
    const trainee = await worker.factories.trainee({ phone: '13811113333' });
    const delivery = worker.app.get(NotificationDelivery);
    const draft = {
      sourceKey: 'test:gateway-failure',
      kind: 'CERTIFICATE_ISSUED' as const,
      recipient: { traineeId: trainee.id },
      title: '测试',
      body: '测试短信',
      smsPhoneCipher: trainee.phoneCipher,
    };

    gateway.statuses = [500];
    await expect(delivery.deliver(draft)).rejects.toThrow('SMS gateway answered HTTP 500');
    expect(await worker.prisma.smsMessage.findFirst()).toMatchObject({ status: 'FAILED', error: 'SMS gateway answered HTTP 500', toMasked: '138****3333' });

    await delivery.deliver(draft);
    await delivery.deliver(draft);
    expect(gateway.requests).toHaveLength(2);
    expect(await worker.prisma.smsMessage.findMany()).toEqual([expect.objectContaining({ status: 'SENT', error: null })]);
    expect(await worker.prisma.notification.count()).toBe(1);
  });

  it('lets BullMQ retry a job whose SMS the gateway refused', async () => {
    gateway.statuses = [503];
    await issueCertificate(worker.prisma, worker.factories);

    // The first attempt fails; the retry (after the 2 s backoff) sends it.
    const sms = await eventually(() => worker.prisma.smsMessage.findFirst({ where: { status: 'SENT' } }), 8_000);
    expect(sms.provider).toBe('http');
    expect(gateway.requests).toHaveLength(2);
    expect(await worker.prisma.notification.count()).toBe(1);
  }, 15_000);
});
