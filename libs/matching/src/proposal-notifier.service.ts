import { Injectable, Logger } from '@nestjs/common';
import { PrismaService, ProposalResponse, ProposalStatus, Role } from '@carebridge/db';
import { NotificationDelivery, NotificationKind } from '@carebridge/notifications';
import { dbToLocalDate, maskPersonName } from '@carebridge/rules';
import { agencyMessage, ProposalEvent, ProposalMessageFacts, traineeMessage } from './proposal-messages';

/** The status a proposal has once the event happened: an event the proposal has moved past is not announced. */
const STATUS_AFTER: Record<ProposalEvent, ProposalStatus> = {
  CREATED: ProposalStatus.PENDING,
  DECLINED: ProposalStatus.DECLINED,
  EXPIRED: ProposalStatus.EXPIRED,
  PLACED: ProposalStatus.ACCEPTED,
};

const KIND: Record<ProposalEvent, NotificationKind> = {
  CREATED: NotificationKind.PROPOSAL_CREATED,
  DECLINED: NotificationKind.PROPOSAL_DECLINED,
  EXPIRED: NotificationKind.PROPOSAL_EXPIRED,
  PLACED: NotificationKind.PROPOSAL_PLACED,
};

/**
 * Tells both sides what happened to a proposal: the trainee in the app and by SMS, every active
 * staff account of the agency in the app. Each notification is keyed by proposal, event and
 * recipient, so a repeated job sends nothing twice.
 */
@Injectable()
export class ProposalNotifier {
  private readonly logger = new Logger(ProposalNotifier.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly delivery: NotificationDelivery,
  ) {}

  /** Returns how many notifications it delivered (0 when the proposal has moved on). */
  async notify(proposalId: string, event: ProposalEvent): Promise<number> {
    const proposal = await this.prisma.matchProposal.findUnique({ where: { id: proposalId } });
    if (proposal?.status !== STATUS_AFTER[event]) {
      this.logger.log(`Proposal ${proposalId} is ${proposal?.status ?? 'missing'}; "${event}" not announced`);
      return 0;
    }
    const [demand, trainee, staff] = await Promise.all([
      this.prisma.jobDemand.findUniqueOrThrow({ where: { id: proposal.demandId }, include: { agency: true, city: true } }),
      this.prisma.trainee.findUniqueOrThrow({ where: { id: proposal.traineeId }, select: { name: true, phoneCipher: true } }),
      this.prisma.user.findMany({ where: { agencyId: proposal.agencyId, role: Role.AGENCY_STAFF, active: true }, select: { id: true } }),
    ]);
    const facts: ProposalMessageFacts = {
      agencyName: demand.agency.name,
      cityName: demand.city.name,
      major: demand.major,
      wageMinFen: demand.wageMinFen,
      wageMaxFen: demand.wageMaxFen,
      startDate: dbToLocalDate(demand.startDate),
      expiresAt: proposal.expiresAt,
      declinedBy: proposal.traineeResponse === ProposalResponse.DECLINED ? 'TRAINEE' : proposal.agencyResponse === ProposalResponse.DECLINED ? 'AGENCY' : null,
      // The agency learns who she is only once both sides accepted.
      candidateName: event === 'PLACED' ? trainee.name : maskPersonName(trainee.name),
    };
    const sourceKey = (recipient: string) => `proposal-${event.toLowerCase()}:${proposal.id}:${recipient}`;
    await this.delivery.deliver({
      sourceKey: sourceKey('trainee'),
      kind: KIND[event],
      recipient: { traineeId: proposal.traineeId },
      ...traineeMessage(event, facts),
      smsPhoneCipher: trainee.phoneCipher,
    });
    const toAgency = agencyMessage(event, facts);
    for (const user of staff) {
      await this.delivery.deliver({ sourceKey: sourceKey(`user-${user.id}`), kind: KIND[event], recipient: { userId: user.id }, ...toAgency });
    }
    return 1 + staff.length;
  }
}
