import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PiiCipher } from '@carebridge/common';
import { PrismaService } from '@carebridge/db';
import { sealedAgencyPhone } from './agency-phone.rules';

/** Legacy rows sealed per statement at start-up. */
const SEAL_BATCH_SIZE = 1_000;

/**
 * Agency contact phones were stored in clear before they were sealed, and SQL cannot encrypt them
 * (the key is not in the database): at every start-up the API seals the phones still in the legacy
 * column into contactPhoneCipher/contactPhoneHash and empties that column. Batched, and each row
 * only if its clear phone is still the one read, so API processes starting together do no harm.
 * Once every deployment has run it, nothing is left in clear and the column can be dropped.
 */
@Injectable()
export class AgencyPhoneSealer implements OnApplicationBootstrap {
  private readonly logger = new Logger(AgencyPhoneSealer.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly pii: PiiCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const sealed = await this.sealLegacyPhones();
    if (sealed) this.logger.log(`Sealed ${sealed} agency contact phones stored in clear`);
  }

  /** Seals every contact phone still in clear; returns how many rows it sealed. */
  async sealLegacyPhones(batchSize = SEAL_BATCH_SIZE): Promise<number> {
    let sealed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.prisma.agency.findMany({
        where: { contactPhone: { not: null }, id: { gt: after } },
        select: { id: true, contactPhone: true },
        orderBy: { id: 'asc' },
        take: batchSize,
      });
      if (rows.length === 0) return sealed;
      const phones = rows.map((row) => row.contactPhone ?? '');
      const stored = phones.map((phone) => sealedAgencyPhone(this.pii, phone));
      sealed += await this.prisma.$executeRaw`
        UPDATE agencies AS a
           SET contact_phone = NULL, contact_phone_cipher = t.cipher, contact_phone_hash = t.hash
          FROM unnest(${rows.map((row) => row.id)}::uuid[], ${phones}::text[],
                      ${stored.map((s) => s.contactPhoneCipher)}::text[], ${stored.map((s) => s.contactPhoneHash)}::text[]) AS t(id, phone, cipher, hash)
         WHERE a.id = t.id AND a.contact_phone = t.phone`;
      after = rows[rows.length - 1].id;
    }
  }
}
