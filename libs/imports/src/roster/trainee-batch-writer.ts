import { Client } from 'pg';
import { PiiCipher } from '@carebridge/common';
import { ValidTraineeRow } from './trainee-row';

/** A valid row with its identifiers sealed and hashed, as the trainees table stores them. */
export interface SealedTraineeRow {
  valid: ValidTraineeRow;
  idHash: string;
  idCipher: string;
  phoneHash: string;
  phoneCipher: string;
}

/**
 * Seals a row's resident ID and phone as registerTrainee does (AES-GCM ciphertext and keyed hash
 * each). Done as each row is read, so the encryption overlaps the database's work on the previous
 * batch.
 */
export function sealTraineeRow(pii: PiiCipher, valid: ValidTraineeRow): SealedTraineeRow {
  const { normalized } = valid.facts;
  const { phone } = valid.input;
  return { valid, idHash: pii.hash('resident-id', normalized), idCipher: pii.encrypt(normalized), phoneHash: pii.hash('phone', phone), phoneCipher: pii.encrypt(phone) };
}

/**
 * The batch's trainees and their REGISTERED status rows in one statement, each column one array
 * parameter (unnest): ON CONFLICT DO NOTHING on the ID's hash leaves out an ID registered already,
 * before or meanwhile by another import. Lists travel as comma-joined text: splitList splits cells
 * on commas, so no major or city holds one. A named statement: parsed once per connection.
 */
const INSERT_TRAINEES = {
  name: 'import-trainees',
  text: `
    WITH inserted AS (
      INSERT INTO trainees (id, name, resident_id_cipher, resident_id_hash, phone_cipher, phone_hash, birth_date, sex, county_code,
                            household_category, education_level, majors_wanted, destinations_wanted, accepts_any_destination,
                            expected_wage_fen, updated_at)
      SELECT gen_random_uuid(), name, id_cipher, id_hash, phone_cipher, phone_hash, birth_date, sex::"Sex", county,
             category::"HouseholdCategory", education::"EducationLevel", string_to_array(majors, ',')::"Major"[],
             string_to_array(destinations, ','), accepts_any, wage, now()
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[],
                  $10::text[], $11::text[], $12::text[], $13::boolean[], $14::int[])
           AS t(name, id_cipher, id_hash, phone_cipher, phone_hash, birth_date, sex, county, category, education, majors, destinations, accepts_any, wage)
      ON CONFLICT (resident_id_hash) DO NOTHING
      RETURNING id, resident_id_hash
    ),
    registered AS (
      INSERT INTO trainee_status_changes (id, trainee_id, from_status, to_status, actor_user_id, reason)
      SELECT gen_random_uuid(), id, NULL, 'REGISTERED', $15::uuid, '批量导入' FROM inserted
    )
    SELECT resident_id_hash AS hash FROM inserted`,
};

/** Writes a batch; returns how many it registered and the rows whose ID was registered already. */
export async function insertTrainees(db: Client, batch: SealedTraineeRow[], actorUserId: string | null): Promise<{ inserted: number; duplicates: ValidTraineeRow[] }> {
  const column = <T>(pick: (row: SealedTraineeRow) => T): T[] => batch.map(pick);
  const { rows } = await db.query<{ hash: string }>({
    ...INSERT_TRAINEES,
    values: [
      column((r) => r.valid.input.name),
      column((r) => r.idCipher),
      column((r) => r.idHash),
      column((r) => r.phoneCipher),
      column((r) => r.phoneHash),
      column((r) => r.valid.facts.birthDate),
      column((r) => r.valid.facts.sex),
      column((r) => r.valid.input.countyCode),
      column((r) => r.valid.input.householdCategory),
      column((r) => r.valid.input.educationLevel),
      column((r) => r.valid.input.majorsWanted.join(',')),
      column((r) => r.valid.input.destinationsWanted.join(',')),
      column((r) => r.valid.input.acceptsAnyDestination),
      column((r) => r.valid.input.expectedMonthlyWage ?? null),
      actorUserId,
    ],
  });
  const inserted = new Set(rows.map((row) => row.hash));
  return { inserted: inserted.size, duplicates: batch.filter((row) => !inserted.has(row.idHash)).map((row) => row.valid) };
}
