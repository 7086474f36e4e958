// Type-only imports: the seed and tools can use this file without loading NestJS or Prisma.
import type { PiiCipher } from '@carebridge/common';
import type { Agency } from '@carebridge/db';

/**
 * How an agency contact's phone is stored: ciphertext of the number as entered (010-62345678 keeps
 * its dash for display) and the keyed hash of its digits, so 010-62345678 and 01062345678 match.
 */
export function sealedAgencyPhone(pii: PiiCipher, phone: string): Pick<Agency, 'contactPhoneCipher' | 'contactPhoneHash'> {
  return { contactPhoneCipher: pii.encrypt(phone), contactPhoneHash: pii.hash('phone', phone.replace(/\D/g, '')) };
}

/** The phone in clear, from its ciphertext or, on a row not sealed yet, the legacy column; '' when there is none. */
export function agencyPhoneOf(pii: PiiCipher, agency: Pick<Agency, 'contactPhoneCipher' | 'contactPhone'>): string {
  return agency.contactPhoneCipher ? pii.decrypt(agency.contactPhoneCipher) : (agency.contactPhone ?? '');
}
