import { Role } from '@carebridge/db';
import { NotificationsProcessor } from '@carebridge/notifications';
import { JobName, QueueName } from '@carebridge/queue';
import { maskPhone } from '@carebridge/rules';
import { errorCodes, eventually, TestApi, TestWorker } from '@carebridge/testing';
import { AppModule } from '../../api/src/app.module';
import { WorkerModule } from '../src/worker.module';
import { issueCertificate } from './issue-certificate';

const MY_NOTIFICATIONS = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    nodes { id kind title body readAt createdAt } totalCount pageInfo { hasNextPage endCursor }
  }
  myUnreadNotificationCount
}`;
const MARK_READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

describe('certificate notifications', () => {
  const worker = new TestWorker(WorkerModule, 'notifications');
  const api = new TestApi(AppModule);

  beforeAll(async () => {
    await worker.start();
    await api.start();
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
  });
  beforeEach(async () => {
    await worker.resetQueues();
    await api.reset();
  });

  it('tells the trainee in the app and by SMS, and she reads it over the API', async () => {
    const phone = '13912345678';
    const trainee = await worker.factories.trainee({ phone });
    const { number } = await issueCertificate(worker.prisma, worker.factories, { trainee });

    const sms = await eventually(() => worker.prisma.smsMessage.findFirst({ include: { notification: true } }));
    expect(sms).toMatchObject({ toMasked: maskPhone(phone), provider: 'log', status: 'SENT', error: null });
    expect(sms.body).toBe(`【吕梁山护工】${sms.notification.body}`);
    expect(sms.notification).toMatchObject({ traineeId: trainee.id, userId: null, kind: 'CERTIFICATE_ISSUED', readAt: null });
    expect(sms.notification.body).toBe(`恭喜您通过考核，获得养老陪护五级/初级工职业技能等级证书，证书编号 ${number}。`);
    // The clear phone is nowhere: not in the rows written, not in the job.
    const written = JSON.stringify([await worker.prisma.notification.findMany(), await worker.prisma.smsMessage.findMany()]);
    expect(written).not.toContain(phone);
    const [job] = await worker.queue(QueueName.NOTIFICATIONS).getJobs(['completed']);
    expect(JSON.stringify(job.data)).not.toContain(phone);

    const token = await api.tokenFor(Role.TRAINEE, { traineeId: trainee.id });
    const before = await api.ok(MY_NOTIFICATIONS, {}, token);
    expect(before.myUnreadNotificationCount).toBe(1);
    expect(before.myNotifications).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(before.myNotifications.nodes).toEqual([
      expect.objectContaining({ id: sms.notificationId, kind: 'CERTIFICATE_ISSUED', title: '职业技能等级证书已颁发', readAt: null }),
    ]);

    const { markNotificationRead } = await api.ok(MARK_READ, { id: sms.notificationId }, token);
    expect(markNotificationRead).toEqual({ id: sms.notificationId, readAt: api.clock.now().toISOString() });
    // Reading it again keeps the first reading time.
    api.clock.advanceDays(1);
    expect((await api.ok(MARK_READ, { id: sms.notificationId }, token)).markNotificationRead.readAt).toBe(markNotificationRead.readAt);

    const after = await api.ok(MY_NOTIFICATIONS, { unreadOnly: true }, token);
    expect(after.myUnreadNotificationCount).toBe(0);
    expect(after.myNotifications).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('does not let another trainee read or mark it', async () => {
    const { trainee } = await issueCertificate(worker.prisma, worker.factories);
    const notification = await eventually(() => worker.prisma.notification.findFirst({ where: { traineeId: trainee.id } }));

    const other = await api.tokenFor(Role.TRAINEE, { traineeId: (await worker.factories.trainee()).id });
    const result = await api.gql(MARK_READ, { id: notification.id }, other);
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0].message).toBe('通知不存在');
    expect((await api.ok(MY_NOTIFICATIONS, {}, other)).myNotifications.totalCount).toBe(0);
    expect(await worker.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).toMatchObject({ readAt: null });

    const admin = await api.admin();
    expect(errorCodes(await api.gql(MARK_READ, { id: notification.id }, admin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql(MARK_READ, { id: 'not-a-uuid' }, admin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql(MARK_READ, { id: notification.id }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql(MY_NOTIFICATIONS))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows staff the notifications addressed to their account, newest first, a page at a time', async () => {
    const admin = await api.admin();
    const user = await worker.prisma.user.findFirstOrThrow({ where: { role: Role.ADMIN } });
    const someoneElse = await worker.prisma.user.create({ data: { account: 'other-admin', displayName: '其他', role: Role.ADMIN, passwordHash: 'x' } });
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 1, minute));
    await worker.prisma.notification.createMany({
      data: [
        ...[1, 2, 3].map((n) => ({ sourceKey: `test:${n}`, userId: user.id, kind: 'CERTIFICATE_ISSUED', title: `通知${n}`, body: '正文', createdAt: at(n) })),
        { sourceKey: 'test:other', userId: someoneElse.id, kind: 'CERTIFICATE_ISSUED', title: '别人的', body: '正文' },
      ],
    });

    const page1 = (await api.ok(MY_NOTIFICATIONS, { first: 2 }, admin)).myNotifications;
    expect(page1.nodes.map((n: { title: string }) => n.title)).toEqual(['通知3', '通知2']);
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = (await api.ok(MY_NOTIFICATIONS, { first: 2, after: page1.pageInfo.endCursor }, admin)).myNotifications;
    expect(page2.nodes.map((n: { title: string }) => n.title)).toEqual(['通知1']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    expect(errorCodes(await api.gql(MY_NOTIFICATIONS, { first: 0 }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(MY_NOTIFICATIONS, { after: 'garbage' }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('creates one notification and sends one SMS however often the job runs', async () => {
    const { certificateId } = await issueCertificate(worker.prisma, worker.factories);
    await eventually(() => worker.prisma.smsMessage.findFirst());

    // The same event again, as a different job, and the handler run twice at once.
    const queue = worker.queue(QueueName.NOTIFICATIONS);
    await queue.add(JobName.CERTIFICATE_ISSUED, { certificateId }, { jobId: 'same-event-again' });
    await eventually(async () => (await queue.getJob('same-event-again'))?.finishedOn);
    const processor = worker.app.get(NotificationsProcessor);
    await Promise.all([processor.certificateIssued({ certificateId }), processor.certificateIssued({ certificateId })]);

    expect(await worker.prisma.notification.count()).toBe(1);
    expect(await worker.prisma.smsMessage.count()).toBe(1);
    expect((await queue.getJob('same-event-again'))?.failedReason).toBeFalsy();
  });

  it('announces nothing for a certificate revoked before the job ran', async () => {
    await issueCertificate(worker.prisma, worker.factories, { revoked: true });
    await eventually(async () => (await worker.queue(QueueName.NOTIFICATIONS).getJobCountByTypes('completed')) === 1);

    expect(await worker.prisma.notification.count()).toBe(0);
    expect(await worker.prisma.smsMessage.count()).toBe(0);
  });
});
