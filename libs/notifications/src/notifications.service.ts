import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuthUser } from '@carebridge/auth';
import { AppError, Clock, Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@carebridge/common';
import { Notification, Prisma, PrismaService } from '@carebridge/db';
import { MyNotificationsArgs } from './dto/my-notifications.args';

const NOT_FOUND = () => AppError.notFound('NOTIFICATION', '通知不存在');

/**
 * The caller's own notifications: those addressed to her account and, for a trainee, those
 * addressed to her trainee record (written before she may have had an account).
 */
function addressedTo(user: AuthUser): Prisma.NotificationWhereInput {
  return { OR: [{ userId: user.id }, ...(user.traineeId ? [{ traineeId: user.traineeId }] : [])] };
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /** Newest first. */
  async list(user: AuthUser, args: MyNotificationsArgs): Promise<Connection<Notification>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const where: Prisma.NotificationWhereInput = { AND: [addressedTo(user), args.unreadOnly ? { readAt: null } : {}] };
    const [rows, totalCount] = await Promise.all([
      this.prisma.notification.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: first + 1,
        ...(args.after ? { cursor: { id: decodeCursor(args.after) }, skip: 1 } : {}),
      }),
      this.prisma.notification.count({ where }),
    ]);
    return toConnection(rows, first, totalCount);
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.prisma.notification.count({ where: { AND: [addressedTo(user), { readAt: null }] } });
  }

  /** Marks the caller's notification read (keeping the first reading time); anyone else's is NOT_FOUND. */
  async markRead(user: AuthUser, id: string): Promise<Notification> {
    if (!isUUID(id)) throw NOT_FOUND();
    const notification = await this.prisma.notification.findFirst({ where: { AND: [{ id }, addressedTo(user)] } });
    if (!notification) throw NOT_FOUND();
    if (notification.readAt) return notification;
    return this.prisma.notification.update({ where: { id }, data: { readAt: this.clock.now() } });
  }
}
