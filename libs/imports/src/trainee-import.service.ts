import { Injectable, Logger } from '@nestjs/common';
import { Clock, PiiCipher } from '@carebridge/common';
import { ImportStatus, Prisma, PrismaService } from '@carebridge/db';
import { readRoster, RosterFileError, rosterFormat } from './roster/roster-reader';
import { layoutOf, TRAINEE_COLUMNS } from './roster/trainee-columns';
import { RowError, validateTraineeRow, ValidTraineeRow } from './roster/trainee-row';

/** Valid rows looked up and written per round: one lookup and one insert statement each. */
export const IMPORT_BATCH_SIZE = 2_000;
/** Row errors kept on the job: enough to fix a file, bounded for a file of 100,000 bad rows. */
export const ROW_ERRORS_LIMIT = 1_000;
export const IMPORT_KIND_TRAINEES = 'TRAINEES';

interface ImportCounts {
  totalRows: number;
  insertedRows: number;
  duplicateRows: number;
  invalidRows: number;
}

/** What one import run found and did. */
export interface ImportOutcome extends ImportCounts {
  rowErrors: RowError[];
}

/**
 * Imports a trainee roster stored on an ImportJob: reads the file as a stream, checks every row
 * with registerTrainee's rules, and registers the valid ones in batches. A resident ID already
 * registered (or seen earlier in the file) is a duplicate, never a second trainee: batches are
 * checked through the IDs' keyed hashes and inserted with ON CONFLICT DO NOTHING, so importing a
 * file again, or two files at once, adds nobody twice.
 */
@Injectable()
export class TraineeImportService {
  private readonly logger = new Logger(TraineeImportService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
  ) {}

  /** Runs a queued (or interrupted) job to its end; a finished job is left as it is. */
  async run(importJobId: string): Promise<void> {
    const { count } = await this.prisma.importJob.updateMany({
      where: { id: importJobId, status: { in: [ImportStatus.QUEUED, ImportStatus.RUNNING] } },
      data: { status: ImportStatus.RUNNING, progress: 0 },
    });
    if (count === 0) return;
    const job = await this.prisma.importJob.findUniqueOrThrow({ where: { id: importJobId } });
    try {
      const outcome = await this.importRoster(job.id, job.fileName, job.content, job.createdByUserId);
      await this.prisma.importJob.update({
        where: { id: job.id },
        data: { ...countsOf(outcome), rowErrors: outcome.rowErrors as unknown as Prisma.InputJsonArray, status: ImportStatus.DONE, progress: 100, finishedAt: this.clock.now() },
      });
      this.logger.log(`Import ${job.id}: ${outcome.insertedRows} inserted, ${outcome.duplicateRows} duplicates, ${outcome.invalidRows} invalid of ${outcome.totalRows}`);
    } catch (error) {
      if (!(error instanceof RosterFileError)) throw error;
      await this.fail(job.id, error.message);
    }
  }

  /** Ends a job that cannot finish, with the reason shown to its owner. */
  async fail(importJobId: string, reason: string): Promise<void> {
    await this.prisma.importJob.updateMany({
      where: { id: importJobId, status: { in: [ImportStatus.QUEUED, ImportStatus.RUNNING] } },
      data: { status: ImportStatus.FAILED, error: reason, finishedAt: this.clock.now() },
    });
  }

  /** Reads, checks and writes the whole roster; throws RosterFileError when the file is not a usable roster. */
  async importRoster(importJobId: string, fileName: string, content: Uint8Array, actorUserId: string | null): Promise<ImportOutcome> {
    const format = rosterFormat(fileName, content);
    if (!format) throw new RosterFileError('只能导入 .xlsx 或 .csv 文件');
    const today = this.clock.today();
    const outcome: ImportOutcome = { totalRows: 0, insertedRows: 0, duplicateRows: 0, invalidRows: 0, rowErrors: [] };
    const report = (...errors: RowError[]) => outcome.rowErrors.push(...errors.slice(0, ROW_ERRORS_LIMIT - outcome.rowErrors.length));
    const firstRowOfId = new Map<string, number>();
    let batch: ValidTraineeRow[] = [];
    let share = 0;
    let reportedPercent = 0;
    // One batch is written while the next is read and checked: the database and this process work at once.
    let writing: Promise<void> = Promise.resolve();

    const write = async (rows: ValidTraineeRow[], readShare: number) => {
      const written = await this.writeBatch(rows, actorUserId);
      outcome.insertedRows += written.inserted;
      outcome.duplicateRows += written.duplicates.length;
      report(...written.duplicates.map((row) => ({ row: row.row, column: TRAINEE_COLUMNS.residentId.header, reason: '该身份证号已登记，未重复导入' })));
      // Reading runs ahead of writing; the percentage stays below 100 until the job is done.
      const percent = Math.min(99, Math.floor(readShare * 100));
      if (percent > reportedPercent) {
        reportedPercent = percent;
        await this.prisma.importJob.update({ where: { id: importJobId }, data: { progress: percent, ...countsOf(outcome) } });
      }
    };
    const flush = async () => {
      // The previous batch is written before this one is looked up, so its rows count as registered.
      await writing;
      writing = write(batch, share);
      // Observed here too, so a failure while the next batch is read is not an unhandled rejection.
      writing.catch(() => undefined);
      batch = [];
    };

    let layout: ReturnType<typeof layoutOf> | undefined;
    for await (const { row, cells } of readRoster(format, content, (read) => (share = read))) {
      if (!layout) {
        layout = layoutOf(cells);
        if (layout.missing.length) {
          const missing = layout.missing.map((column) => `“${TRAINEE_COLUMNS[column].header}”`).join('、');
          throw new RosterFileError(`表头（第${row}行）缺少必填列${missing}，请使用导入模板的列名`);
        }
        continue;
      }
      outcome.totalRows++;
      const result = validateTraineeRow(row, cells, layout, today);
      if (!result.ok) {
        outcome.invalidRows++;
        report(...result.errors);
        continue;
      }
      const { normalized } = result.value.facts;
      const earlier = firstRowOfId.get(normalized);
      if (earlier !== undefined) {
        outcome.duplicateRows++;
        report({ row, column: TRAINEE_COLUMNS.residentId.header, reason: `身份证号与第${earlier}行重复` });
        continue;
      }
      firstRowOfId.set(normalized, row);
      batch.push(result.value);
      if (batch.length >= IMPORT_BATCH_SIZE) await flush();
    }
    if (!layout) throw new RosterFileError('文件中没有内容：第一行应为表头，其下每行一名学员');
    if (batch.length) await flush();
    await writing;
    outcome.rowErrors.sort((a, b) => a.row - b.row);
    return outcome;
  }

  /**
   * Registers the batch's new trainees and their REGISTERED status in one statement. Rows whose ID
   * is registered already (found by the lookup, or inserted meanwhile by another import: ON
   * CONFLICT) come back as duplicates.
   */
  private async writeBatch(batch: ValidTraineeRow[], actorUserId: string | null): Promise<{ inserted: number; duplicates: ValidTraineeRow[] }> {
    const hashed = batch.map((row) => ({ row, idHash: this.pii.hash('resident-id', row.facts.normalized) }));
    const existing = await this.prisma.$queryRaw<{ hash: string }[]>`
      SELECT resident_id_hash AS hash FROM trainees WHERE resident_id_hash = ANY(${hashed.map((entry) => entry.idHash)}::text[])`;
    const registered = new Set(existing.map((entry) => entry.hash));
    const fresh = hashed.filter((entry) => !registered.has(entry.idHash));
    const inserted = fresh.length ? await this.insert(fresh, actorUserId) : new Set<string>();
    return { inserted: inserted.size, duplicates: hashed.filter((entry) => !inserted.has(entry.idHash)).map((entry) => entry.row) };
  }

  /** One multi-row INSERT … ON CONFLICT DO NOTHING; returns the hashes of the rows it inserted. */
  private async insert(rows: { row: ValidTraineeRow; idHash: string }[], actorUserId: string | null): Promise<Set<string>> {
    const column = <T>(pick: (row: ValidTraineeRow, idHash: string) => T): T[] => rows.map((entry) => pick(entry.row, entry.idHash));
    const inserted = await this.prisma.$queryRaw<{ hash: string }[]>`
      WITH new_rows AS (
        SELECT * FROM unnest(
          ${column((r) => r.input.name)}::text[], ${column((r) => this.pii.encrypt(r.facts.normalized))}::text[], ${column((_r, h) => h)}::text[],
          ${column((r) => this.pii.encrypt(r.input.phone))}::text[], ${column((r) => this.pii.hash('phone', r.input.phone))}::text[],
          ${column((r) => r.facts.birthDate)}::date[], ${column((r) => r.facts.sex)}::text[], ${column((r) => r.input.countyCode)}::text[],
          ${column((r) => r.input.householdCategory)}::text[], ${column((r) => r.input.educationLevel)}::text[],
          ${column((r) => r.input.majorsWanted.join(','))}::text[], ${column((r) => JSON.stringify(r.input.destinationsWanted))}::text[],
          ${column((r) => r.input.acceptsAnyDestination)}::boolean[], ${column((r) => r.input.expectedMonthlyWage ?? null)}::int[]
        ) AS t(name, id_cipher, id_hash, phone_cipher, phone_hash, birth_date, sex, county, category, education, majors, destinations, accepts_any, wage)
      ),
      inserted AS (
        INSERT INTO trainees (id, name, resident_id_cipher, resident_id_hash, phone_cipher, phone_hash, birth_date, sex, county_code,
                              household_category, education_level, majors_wanted, destinations_wanted, accepts_any_destination,
                              expected_wage_fen, updated_at)
        SELECT gen_random_uuid(), name, id_cipher, id_hash, phone_cipher, phone_hash, birth_date, sex::"Sex", county,
               category::"HouseholdCategory", education::"EducationLevel", string_to_array(majors, ',')::"Major"[],
               ARRAY(SELECT jsonb_array_elements_text(destinations::jsonb)), accepts_any, wage, now()
        FROM new_rows
        ON CONFLICT (resident_id_hash) DO NOTHING
        RETURNING id, resident_id_hash
      ),
      registered AS (
        INSERT INTO trainee_status_changes (id, trainee_id, from_status, to_status, actor_user_id, reason)
        SELECT gen_random_uuid(), id, NULL, 'REGISTERED', ${actorUserId}::uuid, '批量导入' FROM inserted
      )
      SELECT resident_id_hash AS hash FROM inserted`;
    return new Set(inserted.map((entry) => entry.hash));
  }
}

function countsOf(counts: ImportCounts): ImportCounts {
  const { totalRows, insertedRows, duplicateRows, invalidRows } = counts;
  return { totalRows, insertedRows, duplicateRows, invalidRows };
}

