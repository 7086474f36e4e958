import { Inject, Injectable } from '@nestjs/common';
import { Clock, PiiCipher } from '@carebridge/common';
import { Notification, PrismaService, SmsStatus } from '@carebridge/db';
import { maskPhone } from '@carebridge/rules';
import { NotificationKind } from './notification-kind';
import { SMS_SENDER, SmsSender, smsContent } from './sms/sms-sender';

/** A notification to deliver, with what identifies it across retries. */
export interface NotificationDraft {
  /** Unique per event: delivering the same draft again creates and sends nothing new. */
  sourceKey: string;
  kind: NotificationKind;
  recipient: { traineeId: string } | { userId: string };
  title: string;
  body: string;
  /** Encrypted mobile phone to text the body to; decrypted only to hand it to the sender. */
  smsPhoneCipher?: string;
}

/**
 * Creates in-app notifications and sends their SMS, each at most once however often a job runs:
 * the notification is keyed by its source, the SMS by its notification.
 */
@Injectable()
export class NotificationDelivery {
  constructor(
    private readonly prisma: PrismaService,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
  ) {}

  async deliver(draft: NotificationDraft): Promise<Notification> {
    const notification = await this.createOnce(draft);
    if (draft.smsPhoneCipher) await this.textOnce(notification, draft.smsPhoneCipher);
    return notification;
  }

  private async createOnce(draft: NotificationDraft): Promise<Notification> {
    await this.prisma.notification.createMany({
      data: [{ sourceKey: draft.sourceKey, kind: draft.kind, title: draft.title, body: draft.body, ...draft.recipient }],
      skipDuplicates: true,
    });
    return this.prisma.notification.findUniqueOrThrow({ where: { sourceKey: draft.sourceKey } });
  }

  /**
   * Sends unless an SMS was already sent for the notification. The notification's row stays locked
   * while sending, so two deliveries of one notification cannot both send. A failure is recorded,
   * then thrown for the job to be retried.
   */
  private async textOnce(notification: Notification, phoneCipher: string): Promise<void> {
    const failure = await this.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM notifications WHERE id = ${notification.id}::uuid FOR UPDATE`;
        const recorded = await tx.smsMessage.findUnique({ where: { notificationId: notification.id } });
        if (recorded?.status === SmsStatus.SENT) return null;

        const phone = this.pii.decrypt(phoneCipher);
        const content = smsContent(notification.body);
        const error = await this.sender.send({ to: phone, content }).then(
          () => null,
          (cause: unknown) => (cause instanceof Error ? cause : new Error(String(cause))),
        );
        const outcome = {
          toMasked: maskPhone(phone),
          body: content,
          provider: this.sender.provider,
          status: error ? SmsStatus.FAILED : SmsStatus.SENT,
          error: error?.message ?? null,
          sentAt: this.clock.now(),
        };
        await tx.smsMessage.upsert({ where: { notificationId: notification.id }, create: { notificationId: notification.id, ...outcome }, update: outcome });
        return error;
      },
      { timeout: 30_000 },
    );
    if (failure) throw failure;
  }
}
