import { Injectable } from '@nestjs/common';
import { Prisma, Role } from '@carebridge/db';
import { NotificationKind } from '@carebridge/notifications';
import { AlertMessage } from './follow-up-messages';

/** Who an alert goes to: the staff of one station, and the admins when it is escalated. */
export interface AlertAudience {
  stationId: string;
  includeAdmins: boolean;
}

/**
 * In-app notifications to station staff and admins, written in the caller's transaction: the
 * alert commits with the state change that decided it (a visit marked reminded or overdue, a case
 * escalated), so a crash or a wiped Redis can neither lose it nor send it twice. `sourceKey` names
 * the event; each recipient's notification is unique by it.
 */
@Injectable()
export class StaffAlerts {
  async send(tx: Prisma.TransactionClient, audience: AlertAudience, kind: NotificationKind, sourceKey: string, message: AlertMessage): Promise<number> {
    const recipients = await tx.user.findMany({
      where: {
        active: true,
        OR: [{ role: Role.STATION_STAFF, stationId: audience.stationId }, ...(audience.includeAdmins ? [{ role: Role.ADMIN }] : [])],
      },
      select: { id: true },
    });
    const { count } = await tx.notification.createMany({
      data: recipients.map((user) => ({ sourceKey: `${sourceKey}:${user.id}`, userId: user.id, kind, ...message })),
      skipDuplicates: true,
    });
    return count;
  }
}
