import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { Clock, PiiCipher } from '@carebridge/common';
import { APP_CONFIG, AppConfig } from '@carebridge/config';
import { ImportStatus, Prisma, PrismaService } from '@carebridge/db';
import { insertTrainees, SealedTraineeRow, sealTraineeRow } from './roster/trainee-batch-writer';
import { readRoster, RosterFileError, rosterFormat } from './roster/roster-reader';
import { layoutOf, TRAINEE_COLUMNS } from './roster/trainee-columns';
import { RowError, validateTraineeRow } from './roster/trainee-row';

/** Valid rows written per statement. */
export const IMPORT_BATCH_SIZE = 2_000;
/** Row errors kept on the job: enough to fix a file, bounded for a file of 100,000 bad rows. */
export const ROW_ERRORS_LIMIT = 1_000;
export const IMPORT_KIND_TRAINEES = 'TRAINEES';
/**
 * A finished job's file: the roster (resident IDs, phones) is kept only while the import needs it.
 * Its SHA-256 stays on the job, so the same file uploaded again is still recognised.
 */
const ERASED = new Uint8Array();

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
 * inserted with ON CONFLICT DO NOTHING on the IDs' keyed hashes, so importing a file again, or two
 * files at once, adds nobody twice.
 */
@Injectable()
export class TraineeImportService {
  private readonly logger = new Logger(TraineeImportService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly pii: PiiCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs a queued (or interrupted) job to its end; a finished job is left as it is. */
  async run(importJobId: string): Promise<void> {
    const { count } = await this.prisma.importJob.updateMany({
      where: { id: importJobId, status: { in: [ImportStatus.QUEUED, ImportStatus.RUNNING] } },
      data: { status: ImportStatus.RUNNING, progress: 0 },
    });
    if (count === 0) return;
    const job = await this.prisma.importJob.findUniqueOrThrow({ where: { id: importJobId }, omit: { content: true } });
    const stored = await this.storedFile(importJobId);
    // Sealed on upload; a file stored in clear before files were sealed is read as it is.
    const file = this.pii.keyIdOfBytes(stored) === null ? stored : this.pii.decryptBytes(stored);
    try {
      const outcome = await this.importRoster(job.id, job.fileName, file, job.createdByUserId);
      await this.prisma.importJob.update({
        where: { id: job.id },
        data: {
          ...countsOf(outcome),
          rowErrors: outcome.rowErrors as unknown as Prisma.InputJsonArray,
          status: ImportStatus.DONE,
          progress: 100,
          finishedAt: this.clock.now(),
          content: ERASED,
        },
      });
      this.logger.log(`Import ${job.id}: ${outcome.insertedRows} inserted, ${outcome.duplicateRows} duplicates, ${outcome.invalidRows} invalid of ${outcome.totalRows}`);
    } catch (error) {
      if (!(error instanceof RosterFileError)) throw error;
      await this.fail(job.id, error.message);
    }
  }

  /** Ends a job that cannot finish, with the reason shown to its owner, and erases its file. */
  async fail(importJobId: string, reason: string): Promise<void> {
    await this.prisma.importJob.updateMany({
      where: { id: importJobId, status: { in: [ImportStatus.QUEUED, ImportStatus.RUNNING] } },
      data: { status: ImportStatus.FAILED, error: reason, finishedAt: this.clock.now(), content: ERASED },
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
    let batch: SealedTraineeRow[] = [];
    let share = 0;
    let reportedPercent = 0;
    // One batch is written while the next is read, checked and sealed: the database and this process work at once.
    let writing: Promise<void> = Promise.resolve();
    const db = await this.connect();

    const write = async (rows: SealedTraineeRow[], readShare: number) => {
      const written = await insertTrainees(db, rows, actorUserId);
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
      // One batch in flight at a time: the connection runs one statement at a time anyway.
      await writing;
      writing = write(batch, share);
      // Observed here too, so a failure while the next batch is read is not an unhandled rejection.
      writing.catch(() => undefined);
      batch = [];
    };

    try {
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
        batch.push(sealTraineeRow(this.pii, result.value));
        if (batch.length >= IMPORT_BATCH_SIZE) await flush();
      }
      if (!layout) throw new RosterFileError('文件中没有内容：第一行应为表头，其下每行一名学员');
      if (batch.length) await flush();
      await writing;
    } finally {
      // A file that turns out unreadable half-way leaves its batch in flight: let it end before the connection does.
      await writing.catch(() => undefined);
      await db.end();
    }
    outcome.rowErrors.sort((a, b) => a.row - b.row);
    return outcome;
  }

  /**
   * A connection of the import's own for its batches: they go to node-postgres directly, since
   * Prisma's raw queries pass every parameter through its query compiler: for a 2,000-row batch
   * 17-20 ms of this process's CPU, against 3-5 ms (bench/import/RESULTS.md).
   */
  /**
   * The stored file, read with node-postgres as a Buffer: Prisma hands bytes over as an array of
   * numbers, hundreds of MiB for a roster of a few MiB.
   */
  private async storedFile(importJobId: string): Promise<Uint8Array> {
    const db = await this.connect();
    try {
      const { rows } = await db.query<{ content: Buffer }>('SELECT content FROM import_jobs WHERE id = $1', [importJobId]);
      return rows[0].content;
    } finally {
      await db.end();
    }
  }

  private async connect(): Promise<Client> {
    const db = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'carebridge-import' });
    // A connection lost between statements must not crash the worker: the next statement fails instead.
    db.on('error', (error) => this.logger.warn(`Import connection: ${error.message}`));
    await db.connect();
    return db;
  }
}

function countsOf(counts: ImportCounts): ImportCounts {
  const { totalRows, insertedRows, duplicateRows, invalidRows } = counts;
  return { totalRows, insertedRows, duplicateRows, invalidRows };
}

