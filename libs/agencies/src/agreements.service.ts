import { Injectable } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { AppError, Clock } from '@carebridge/common';
import { CooperationAgreement, Db, PrismaService } from '@carebridge/db';
import { dbToLocalDate, LocalDate, localDateToDb } from '@carebridge/rules';
import { AGENCY_NOT_FOUND } from './agencies.service';
import { SignAgreementArgs } from './dto/agreement.input';

/** An agreement is valid on every day from its signing date to its validUntil date, both included. */
const validOn = (date: LocalDate) => ({ signedOn: { lte: localDateToDb(date) }, validUntil: { gte: localDateToDb(date) } });

@Injectable()
export class AgreementsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  async sign({ agencyId, signedOn, validUntil, terms }: SignAgreementArgs, caller: AuthUser): Promise<CooperationAgreement> {
    const signed = dbToLocalDate(signedOn);
    const until = dbToLocalDate(validUntil);
    if (until <= signed) {
      throw AppError.badInput('AGREEMENT_PERIOD_INVALID', `有效期至（${until}）须晚于签订日期（${signed}）`, 'validUntil');
    }
    const today = this.clock.today();
    if (signed > today) {
      throw AppError.badInput('SIGNED_ON_IN_FUTURE', `签订日期（${signed}）不能晚于今天（${today}）`, 'signedOn');
    }
    const agency = await this.prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true } });
    if (!agency) throw AGENCY_NOT_FOUND();
    return this.prisma.cooperationAgreement.create({ data: { agencyId, signedOn, validUntil, terms, createdByUserId: caller.id } });
  }

  /**
   * The agreement that lets the agency act on `date` (the one valid longest, when several are);
   * CONFLICT NO_VALID_AGREEMENT when there is none. The demand module calls it before posting.
   */
  async assertValidAgreementOn(db: Db, agencyId: string, date: LocalDate): Promise<CooperationAgreement> {
    const agency = await db.agency.findUnique({
      where: { id: agencyId },
      select: { name: true, agreements: { orderBy: [{ validUntil: 'desc' }, { signedOn: 'desc' }] } },
    });
    if (!agency) throw AGENCY_NOT_FOUND();
    const valid = agency.agreements.find((agreement) => dbToLocalDate(agreement.signedOn) <= date && dbToLocalDate(agreement.validUntil) >= date);
    if (valid) return valid;
    const latest = agency.agreements[0];
    const why = !latest
      ? '尚未签订合作协议'
      : dbToLocalDate(latest.signedOn) > date
        ? `最近一份协议自 ${dbToLocalDate(latest.signedOn)} 起生效`
        : `最近一份协议已于 ${dbToLocalDate(latest.validUntil)} 到期`;
    throw AppError.conflict(
      'NO_VALID_AGREEMENT',
      `用工单位“${agency.name}”在 ${date} 没有有效的合作协议（${why}），不能发布用工需求；请先签订或续签合作协议`,
      'agencyId',
    );
  }

  /** Agreements of many agencies, newest signing first, for DataLoaders. */
  agreementsOf(agencyIds: readonly string[]): Promise<CooperationAgreement[]> {
    return this.prisma.cooperationAgreement.findMany({
      where: { agencyId: { in: [...agencyIds] } },
      orderBy: [{ signedOn: 'desc' }, { createdAt: 'desc' }],
    });
  }

  /** For each agency that has one, the agreement valid on `date` that runs longest, for DataLoaders. */
  validAgreementsOn(agencyIds: readonly string[], date: LocalDate): Promise<CooperationAgreement[]> {
    return this.prisma.cooperationAgreement.findMany({
      where: { agencyId: { in: [...agencyIds] }, ...validOn(date) },
      orderBy: [{ agencyId: 'asc' }, { validUntil: 'desc' }],
      distinct: ['agencyId'],
    });
  }
}
