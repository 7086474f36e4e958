import { Injectable } from '@nestjs/common';
import { AppError, Connection, decodeCursor, DEFAULT_PAGE_SIZE, PageArgs, PiiCipher, toConnection } from '@carebridge/common';
import { Household, PrismaService } from '@carebridge/db';
import { PlacesService } from '@carebridge/places';
import { maskPhone } from '@carebridge/rules';
import { RegisterHouseholdInput } from './dto/household.input';

/** Households employing a caregiver directly. The contact is a private person: her phone is stored encrypted. */
@Injectable()
export class HouseholdsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly places: PlacesService,
    private readonly pii: PiiCipher,
  ) {}

  async register({ contactPhone, ...input }: RegisterHouseholdInput): Promise<Household> {
    await this.places.assertCityInProvince(input.provinceCode, input.cityCode);
    return this.prisma.household.create({
      data: {
        ...input,
        address: input.address || null,
        contactPhoneCipher: this.pii.encrypt(contactPhone),
        contactPhoneHash: this.pii.hash('phone', contactPhone),
      },
    });
  }

  async get(id: string): Promise<Household> {
    const household = await this.prisma.household.findUnique({ where: { id } });
    if (!household) throw AppError.notFound('HOUSEHOLD', '家庭用工不存在');
    return household;
  }

  /** A page of households, newest first (created, then id, so equal timestamps still page stably). */
  async list({ first, after }: PageArgs): Promise<Connection<Household>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const cursor = after ? { id: decodeCursor(after) } : undefined;
    const [rows, totalCount] = await Promise.all([
      this.prisma.household.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], cursor, skip: cursor ? 1 : 0, take: pageSize + 1 }),
      this.prisma.household.count(),
    ]);
    return toConnection(rows, pageSize, totalCount);
  }

  /** Households by id for DataLoaders, in no particular order. */
  findMany(ids: readonly string[]): Promise<Household[]> {
    return this.prisma.household.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The phone is decrypted only to be masked here: the clear value never leaves this service. */
  maskedPhone(household: Pick<Household, 'contactPhoneCipher'>): string {
    return maskPhone(this.pii.decrypt(household.contactPhoneCipher));
  }
}
