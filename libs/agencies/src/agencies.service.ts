import { Injectable } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { AppError, Connection, decodeCursor, DEFAULT_PAGE_SIZE, escapeLike, isUniqueViolation, PiiCipher, toConnection } from '@carebridge/common';
import { Agency, AgencyStatus, Db, Prisma, PrismaService, Role } from '@carebridge/db';
import { PlacesService } from '@carebridge/places';
import { maskPhone } from '@carebridge/rules';
import { agencyPhoneOf, sealedAgencyPhone } from './agency-phone.rules';
import { AgenciesArgs, AgencyFilterInput, RegisterAgencyInput, UpdateAgencyInput } from './dto/agency.input';

export const AGENCY_NOT_FOUND = () => AppError.notFound('AGENCY', '用工单位不存在');
const CREDIT_CODE_TAKEN = () => AppError.conflict('CREDIT_CODE_TAKEN', '该统一社会信用代码已登记，同一单位不能重复登记', 'creditCode');

/** The legal identity (licence name and code) and the centre's decision on cooperation: not for agency staff to change. */
const ADMIN_ONLY_FIELDS = ['name', 'creditCode', 'status'] as const;
const ADMIN_ONLY_LABELS: Record<(typeof ADMIN_ONLY_FIELDS)[number], string> = { name: '单位名称', creditCode: '统一社会信用代码', status: '合作状态' };

/** GraphQL lets clients send null for an optional field; here null and absent both mean "leave as is". */
function givenFields<T extends object>(input: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value != null)) as { [K in keyof T]?: NonNullable<T[K]> };
}

@Injectable()
export class AgenciesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly places: PlacesService,
    private readonly pii: PiiCipher,
  ) {}

  async register({ contactPhone, ...input }: RegisterAgencyInput): Promise<Agency> {
    await this.places.assertCityInProvince(input.provinceCode, input.cityCode);
    // The unique index decides, so two concurrent registrations of one code cannot both pass.
    return this.prisma.agency.create({ data: { ...input, ...sealedAgencyPhone(this.pii, contactPhone) } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? CREDIT_CODE_TAKEN() : error;
    });
  }

  /** Admins change anything; agency staff only their own agency's address and contact. */
  async update(id: string, input: UpdateAgencyInput, caller: AuthUser): Promise<Agency> {
    const agency = await this.get(id, caller);
    const { contactPhone, ...changes } = givenFields(input);
    if (caller.role !== Role.ADMIN) {
      const field = ADMIN_ONLY_FIELDS.find((name) => changes[name] !== undefined && changes[name] !== agency[name]);
      if (field) {
        throw new AppError(
          'FORBIDDEN',
          'AGENCY_FIELD_ADMIN_ONLY',
          `${ADMIN_ONLY_LABELS[field]}只能由服务中心管理员修改；用工单位工作人员可以修改地址、所在地和联系人信息`,
          field,
        );
      }
    }
    if (changes.provinceCode !== undefined || changes.cityCode !== undefined) {
      await this.places.assertCityInProvince(changes.provinceCode ?? agency.provinceCode, changes.cityCode ?? agency.cityCode);
    }
    // A new phone is sealed, and any legacy clear one goes.
    const phone = contactPhone === undefined ? {} : { ...sealedAgencyPhone(this.pii, contactPhone), contactPhone: null };
    return this.prisma.agency.update({ where: { id }, data: { ...changes, ...phone } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? CREDIT_CODE_TAKEN() : error;
    });
  }

  /** One agency the caller may see; NOT_FOUND (never FORBIDDEN) outside her scope, so ids cannot be probed. */
  async get(id: string, caller: AuthUser): Promise<Agency> {
    const agency = await this.prisma.agency.findFirst({ where: { AND: [{ id }, this.visibleTo(caller)] } });
    if (!agency) throw AGENCY_NOT_FOUND();
    return agency;
  }

  /** A page of agencies by name (then id, so equal names still page stably). */
  async list({ filter, first, after }: AgenciesArgs, caller: AuthUser): Promise<Connection<Agency>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where: Prisma.AgencyWhereInput = { AND: [this.visibleTo(caller), ...this.filterWhere(filter)] };
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.agency.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.agency.count({ where }),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /**
   * The agency, when it may post demand and be placed with: CONFLICT AGENCY_SUSPENDED otherwise.
   * Pass the transaction that then writes, so the check and the write see the same state.
   */
  async assertActive(agencyId: string, db: Db = this.prisma): Promise<Agency> {
    const agency = await db.agency.findUnique({ where: { id: agencyId } });
    if (!agency) throw AGENCY_NOT_FOUND();
    if (agency.status === AgencyStatus.SUSPENDED) {
      throw AppError.conflict('AGENCY_SUSPENDED', `用工单位“${agency.name}”已暂停合作，暂停期间不能发布用工需求、安排护工上岗或报名招聘会`, 'agencyId');
    }
    return agency;
  }

  /**
   * The contact's phone as the caller may see it: in full for admins and the agency's own staff,
   * masked (010*****5678) for everyone else who sees the agency beside her own rows (station staff,
   * trainees). The clear value never leaves this service otherwise.
   */
  contactPhoneFor(agency: Pick<Agency, 'id' | 'contactPhoneCipher' | 'contactPhone'>, caller: AuthUser | undefined): string {
    const phone = agencyPhoneOf(this.pii, agency);
    const full = caller?.role === Role.ADMIN || (caller?.role === Role.AGENCY_STAFF && caller.agencyId === agency.id);
    return full ? phone : maskPhone(phone);
  }

  /** Agencies by id for DataLoaders, in no particular order. */
  findMany(ids: readonly string[]): Promise<Agency[]> {
    return this.prisma.agency.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The agencies a caller may see: all (admin), her own (agency staff). */
  private visibleTo(caller: AuthUser): Prisma.AgencyWhereInput {
    switch (caller.role) {
      case Role.ADMIN:
        return {};
      case Role.AGENCY_STAFF:
        if (!caller.agencyId) throw AppError.forbidden('该账号未关联用工单位');
        return { id: caller.agencyId };
      default:
        throw AppError.forbidden();
    }
  }

  private filterWhere(filter: AgencyFilterInput | null | undefined): Prisma.AgencyWhereInput[] {
    if (!filter) return [];
    const conditions: (Prisma.AgencyWhereInput | false)[] = [
      filter.provinceCode != null && { provinceCode: filter.provinceCode },
      filter.cityCode != null && { cityCode: filter.cityCode },
      filter.status != null && { status: filter.status },
      filter.nameContains != null && { name: { contains: escapeLike(filter.nameContains), mode: 'insensitive' } },
    ];
    return conditions.filter((condition): condition is Prisma.AgencyWhereInput => condition !== false);
  }
}
