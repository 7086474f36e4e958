import { Injectable } from '@nestjs/common';
import { AppError } from '@carebridge/common';
import { Prisma, TraineeStatus } from '@carebridge/db';
import { canMoveTraineeStatus, TRAINEE_STATUS_LABELS } from '@carebridge/rules';

/**
 * The only writer of a trainee's status: checks the move is allowed and records it (who, when,
 * why) in the same transaction as the change that caused it.
 */
@Injectable()
export class TraineeStatusService {
  /**
   * Locks the trainee's row until the transaction ends and returns her current status, so a
   * caller can check a precondition that no concurrent move can invalidate before it acts.
   */
  async lock(tx: Prisma.TransactionClient, traineeId: string): Promise<TraineeStatus> {
    const [row] = await tx.$queryRaw<{ status: TraineeStatus }[]>`
      SELECT status FROM trainees WHERE id = ${traineeId}::uuid FOR UPDATE`;
    if (!row) throw AppError.notFound('TRAINEE', '学员不存在');
    return row.status;
  }

  async move(
    tx: Prisma.TransactionClient,
    traineeId: string,
    to: TraineeStatus,
    actorUserId: string | null,
    reason: string,
  ): Promise<void> {
    // Row lock: concurrent moves of one trainee serialise instead of both reading the old status.
    const from = await this.lock(tx, traineeId);
    if (from === to) return;
    if (!canMoveTraineeStatus(from, to)) {
      throw AppError.conflict(
        'TRAINEE_STATUS_TRANSITION',
        `学员当前状态为“${TRAINEE_STATUS_LABELS[from]}”，不能变更为“${TRAINEE_STATUS_LABELS[to]}”`,
      );
    }
    await tx.trainee.update({ where: { id: traineeId }, data: { status: to } });
    await tx.traineeStatusChange.create({ data: { traineeId, fromStatus: from, toStatus: to, actorUserId, reason } });
  }
}
