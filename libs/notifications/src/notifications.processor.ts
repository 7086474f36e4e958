import { Logger } from '@nestjs/common';
import { CertificateStatus, PrismaService } from '@carebridge/db';
import { JobDispatcher, JobName, JobPayloads, JobProcessor, OnJob, QueueName } from '@carebridge/queue';
import { certificateIssuedMessage } from './certificate-issued.message';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationKind } from './notification-kind';

/** The `notifications` queue: each handler re-reads the state its job names, then delivers. */
@JobProcessor(QueueName.NOTIFICATIONS, { concurrency: 5 })
export class NotificationsProcessor extends JobDispatcher {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly delivery: NotificationDelivery,
  ) {
    super();
  }

  @OnJob(JobName.CERTIFICATE_ISSUED)
  async certificateIssued({ certificateId }: JobPayloads[typeof JobName.CERTIFICATE_ISSUED]): Promise<void> {
    const certificate = await this.prisma.certificate.findUnique({
      where: { id: certificateId },
      include: { trainee: { select: { phoneCipher: true } } },
    });
    if (certificate?.status !== CertificateStatus.VALID) {
      this.logger.warn(`Certificate ${certificateId} is missing or revoked; no notification sent`);
      return;
    }
    await this.delivery.deliver({
      // One notification per certificate, however many jobs announce it.
      sourceKey: `${JobName.CERTIFICATE_ISSUED}:${certificate.id}`,
      kind: NotificationKind.CERTIFICATE_ISSUED,
      recipient: { traineeId: certificate.traineeId },
      ...certificateIssuedMessage(certificate),
      smsPhoneCipher: certificate.trainee.phoneCipher,
    });
  }
}
