import { Injectable } from '@nestjs/common';
import { AuthUser, assertSchoolScope } from '@carebridge/auth';
import { AppError, Clock, Connection, DEFAULT_PAGE_SIZE, decodeCursor, toConnection } from '@carebridge/common';
import { Certificate, CertificateStatus, Prisma, PrismaService, Role } from '@carebridge/db';
import { maskPersonName, normalizeCertificateNumber, parseCertificateNumber, toLocalDate } from '@carebridge/rules';
import { CertificatesArgs } from './dto/certificate.args';
import { CertificateVerificationModel } from './models/certificate.model';

const CERTIFICATE_NOT_FOUND = '证书不存在';

@Injectable()
export class CertificatesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /** Newest first. School staff see their own school's certificates only. */
  async list(caller: AuthUser, { filter = {}, first = DEFAULT_PAGE_SIZE, after }: CertificatesArgs): Promise<Connection<Certificate>> {
    if (filter.schoolId) assertSchoolScope(caller, filter.schoolId, 'SCHOOL', '培训基地不存在');
    const schoolId = caller.role === Role.SCHOOL_STAFF ? caller.schoolId : filter.schoolId;
    const where: Prisma.CertificateWhereInput = {
      traineeId: filter.traineeId,
      status: filter.status,
      ...(schoolId ? { enrollment: { cohort: { schoolId } } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.certificate.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: first + 1,
        ...(after ? { cursor: { id: decodeCursor(after) }, skip: 1 } : {}),
      }),
      this.prisma.certificate.count({ where }),
    ]);
    return toConnection(rows, first, totalCount);
  }

  ofTrainee(traineeId: string): Promise<Certificate[]> {
    return this.prisma.certificate.findMany({ where: { traineeId }, orderBy: [{ issuedOn: 'asc' }, { number: 'asc' }] });
  }

  /**
   * Revokes a valid certificate. The holder's status stays as it is: the allowed status moves have
   * no way back from CERTIFIED/AVAILABLE, and placement checks the certificate's validity itself.
   */
  async revoke(id: string, reason: string): Promise<Certificate> {
    // One conditional update: two admins revoking at once cannot both succeed.
    const { count } = await this.prisma.certificate.updateMany({
      where: { id, status: CertificateStatus.VALID },
      data: { status: CertificateStatus.REVOKED, revokedAt: this.clock.now(), revokedReason: reason },
    });
    const certificate = await this.prisma.certificate.findUnique({ where: { id } });
    if (!certificate) throw AppError.notFound('CERTIFICATE', CERTIFICATE_NOT_FOUND);
    if (count === 0) throw AppError.conflict('CERTIFICATE_ALREADY_REVOKED', `该证书已于${toLocalDate(certificate.revokedAt ?? this.clock.now())}撤销，不能重复撤销`, 'id');
    return certificate;
  }

  /** Public verification: answers for any input, and says nothing of a certificate that does not exist. */
  async verify(rawNumber: string): Promise<CertificateVerificationModel> {
    const parsed = parseCertificateNumber(rawNumber);
    const notFound = { number: normalizeCertificateNumber(rawNumber), wellFormed: parsed.ok, found: false, valid: false };
    if (!parsed.ok) return notFound;
    const certificate = await this.prisma.certificate.findUnique({
      where: { number: parsed.normalized },
      include: { trainee: { select: { name: true } }, enrollment: { select: { cohort: { select: { school: { select: { name: true } } } } } } },
    });
    if (!certificate) return notFound;
    return {
      number: certificate.number,
      wellFormed: true,
      found: true,
      valid: certificate.status === CertificateStatus.VALID,
      status: certificate.status,
      holderName: maskPersonName(certificate.trainee.name),
      major: certificate.major,
      level: certificate.level,
      issuedOn: certificate.issuedOn,
      schoolName: certificate.enrollment.cohort.school.name,
    };
  }
}
