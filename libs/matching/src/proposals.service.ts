import { Injectable } from '@nestjs/common';
import { agencyOrTraineeRows, AuthUser } from '@carebridge/auth';
import { AppError, Clock, Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@carebridge/common';
import { JobDemand, MatchProposal, Prisma, PrismaService, ProposalResponse, ProposalStatus, Role } from '@carebridge/db';
import { PlacementsService } from '@carebridge/placements';
import { JobName, OutboxService } from '@carebridge/queue';
import { dbToLocalDate, localDateToDb } from '@carebridge/rules';
import { MatchProposalFilterInput, MatchProposalsArgs, RespondToProposalArgs } from './dto/match-proposal.input';
import { PROPOSAL_NOT_FOUND, PROPOSAL_STATUS_LABELS } from './matching.errors';
import { ProposalExpiry } from './proposal-expiry.service';

/** The side of a proposal a caller answers for. */
type Side = 'TRAINEE' | 'AGENCY';

/** Placement rules refuse with CONFLICT; for a proposal each of those means it can never be placed. */
const isPlacementRefusal = (error: unknown): error is AppError => error instanceof AppError && error.code === 'CONFLICT';

@Injectable()
export class ProposalsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly placements: PlacementsService,
    private readonly expiry: ProposalExpiry,
  ) {}

  /** Newest first (then by id, so one run's proposals page stably). */
  async list({ filter, first, after }: MatchProposalsArgs, caller: AuthUser): Promise<Connection<MatchProposal>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where: Prisma.MatchProposalWhereInput = { AND: [agencyOrTraineeRows(caller), ...filterWhere(filter)] };
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.matchProposal.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.matchProposal.count({ where }),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /**
   * The trainee or the agency answers her side of a PENDING proposal. A decline ends it for good
   * (the pair is never proposed again); the second acceptance places the trainee in the same
   * transaction, under the placement rules. The proposal's row is locked first, so two answers
   * arriving together queue: exactly one of them sees both acceptances and places.
   */
  async respond({ proposalId, accept, reason }: RespondToProposalArgs, caller: AuthUser): Promise<MatchProposal> {
    const side = sideOf(caller);
    let refused = false;
    try {
      return await this.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM match_proposals WHERE id = ${proposalId}::uuid FOR UPDATE`;
        const proposal = await tx.matchProposal.findFirst({ where: { AND: [{ id: proposalId }, agencyOrTraineeRows(caller)] } });
        if (!proposal) throw PROPOSAL_NOT_FOUND();
        this.assertAnswerable(proposal, side);
        if (!accept) return this.decline(tx, proposal, side, reason ?? null, caller);

        const now = this.clock.now();
        const answered = await tx.matchProposal.update({
          where: { id: proposal.id },
          data:
            side === 'TRAINEE'
              ? { traineeResponse: ProposalResponse.ACCEPTED, traineeRespondedAt: now }
              : { agencyResponse: ProposalResponse.ACCEPTED, agencyRespondedAt: now, agencyRespondedByUserId: caller.id },
        });
        if (answered.traineeResponse !== ProposalResponse.ACCEPTED || answered.agencyResponse !== ProposalResponse.ACCEPTED) return answered;
        const placementId = await this.place(tx, answered, caller).catch((error: unknown) => {
          refused = isPlacementRefusal(error);
          throw error;
        });
        await this.outbox.enqueue(tx, JobName.NOTIFY_PROPOSAL, { proposalId, event: 'PLACED' });
        return tx.matchProposal.update({ where: { id: proposal.id }, data: { status: ProposalStatus.ACCEPTED, placementId } });
      });
    } catch (error) {
      // The answer rolled back; a proposal the placement rules refuse can never succeed, so it ends.
      if (refused) await this.expiry.expire(proposalId, { onlyIfDue: false });
      throw error;
    }
  }

  private assertAnswerable(proposal: MatchProposal, side: Side): void {
    if (proposal.status !== ProposalStatus.PENDING) {
      throw AppError.conflict('PROPOSAL_NOT_PENDING', `该推荐${PROPOSAL_STATUS_LABELS[proposal.status]}，不能再答复`, 'proposalId');
    }
    if (proposal.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw AppError.conflict('PROPOSAL_EXPIRED', '该推荐已超过答复期限，不能再答复', 'proposalId');
    }
    const own = side === 'TRAINEE' ? proposal.traineeResponse : proposal.agencyResponse;
    if (own !== ProposalResponse.PENDING) throw AppError.conflict('PROPOSAL_ALREADY_ANSWERED', '您已答复过该推荐，不能重复答复', 'proposalId');
  }

  private async decline(tx: Prisma.TransactionClient, proposal: MatchProposal, side: Side, reason: string | null, caller: AuthUser): Promise<MatchProposal> {
    const now = this.clock.now();
    const declined = await tx.matchProposal.update({
      where: { id: proposal.id },
      data: {
        status: ProposalStatus.DECLINED,
        declineReason: reason,
        ...(side === 'TRAINEE'
          ? { traineeResponse: ProposalResponse.DECLINED, traineeRespondedAt: now }
          : { agencyResponse: ProposalResponse.DECLINED, agencyRespondedAt: now, agencyRespondedByUserId: caller.id }),
      },
    });
    // Never proposed again; the slot needs no release, since only PENDING proposals hold one.
    await tx.declinedPair.createMany({
      data: [{ traineeId: proposal.traineeId, demandId: proposal.demandId, declinedBy: side, reason, declinedAt: now }],
      skipDuplicates: true,
    });
    await this.outbox.enqueue(tx, JobName.NOTIFY_PROPOSAL, { proposalId: proposal.id, event: 'DECLINED' });
    return declined;
  }

  /**
   * The placement both sides agreed to, under every placement rule (valid certificate, a free
   * slot, one active placement per trainee): at her expected wage within the demand's range, from
   * the demand's start date (today if that has passed).
   */
  private async place(tx: Prisma.TransactionClient, proposal: MatchProposal, caller: AuthUser): Promise<string> {
    const [demand, trainee] = await Promise.all([
      tx.jobDemand.findUniqueOrThrow({ where: { id: proposal.demandId } }),
      tx.trainee.findUniqueOrThrow({ where: { id: proposal.traineeId }, select: { expectedWageFen: true } }),
    ]);
    const today = this.clock.today();
    const startsOn = dbToLocalDate(demand.startDate) > today ? dbToLocalDate(demand.startDate) : today;
    const placement = await this.placements.createInTransaction(
      tx,
      {
        traineeId: proposal.traineeId,
        demandId: demand.id,
        // The place comes from the demand; the input only says "at home", as createPlacement's default does.
        countryCode: 'CN',
        monthlyWage: agreedWage(demand, trainee.expectedWageFen),
        startDate: localDateToDb(startsOn),
      },
      caller,
    );
    return placement.id;
  }

}

function sideOf(caller: AuthUser): Side {
  if (caller.role === Role.TRAINEE) return 'TRAINEE';
  if (caller.role === Role.AGENCY_STAFF) return 'AGENCY';
  throw AppError.forbidden('只有被推荐的学员和用工单位可以答复推荐');
}

/** Her expectation when the range reaches it (clamped into the range), else the range's minimum. */
export function agreedWage(demand: Pick<JobDemand, 'wageMinFen' | 'wageMaxFen'>, expectedWageFen: number | null): number {
  return Math.min(Math.max(expectedWageFen ?? demand.wageMinFen, demand.wageMinFen), demand.wageMaxFen);
}

/** GraphQL lets a client send null for an optional filter: null and absent both mean "any". */
function filterWhere(filter: MatchProposalFilterInput | null | undefined): Prisma.MatchProposalWhereInput[] {
  if (!filter) return [];
  const conditions: (Prisma.MatchProposalWhereInput | false)[] = [
    filter.runId != null && { runId: filter.runId },
    filter.status != null && { status: filter.status },
    filter.demandId != null && { demandId: filter.demandId },
    filter.traineeId != null && { traineeId: filter.traineeId },
  ];
  return conditions.filter((condition): condition is Prisma.MatchProposalWhereInput => condition !== false);
}
