import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { AppError, PiiCipher } from '@carebridge/common';
import { ImportJob, PrismaService, Role } from '@carebridge/db';
import { JobName, OutboxService } from '@carebridge/queue';
import { rosterFormat } from './roster/roster-reader';
import { IMPORT_KIND_TRAINEES } from './trainee-import.service';

/** The largest roster accepted: about 100,000 rows of xlsx. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** An uploaded file as the upload middleware hands it over. */
export interface UploadedRoster {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const IMPORT_JOB_NOT_FOUND = () => AppError.notFound('IMPORT_JOB', '导入任务不存在');

@Injectable()
export class ImportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxService,
    private readonly pii: PiiCipher,
  ) {}

  /**
   * Keeps an uploaded trainee roster in PostgreSQL and queues its import, in one transaction; the
   * worker reads it from there. The file holds resident IDs and phones, so it is stored sealed
   * (PiiCipher, like the identifiers themselves) and erased once the import ends; its SHA-256, of
   * the clear file, stays. School staff import for their own school.
   */
  async queueTraineeImport(file: UploadedRoster | undefined, caller: AuthUser): Promise<ImportJob> {
    if (caller.role === Role.SCHOOL_STAFF && !caller.schoolId) throw AppError.forbidden('该账号未关联培训基地');
    if (!file || file.size === 0) throw AppError.badInput('FILE_REQUIRED', '请选择要导入的文件（表单字段 file）', 'file');
    if (!rosterFormat(file.originalname, file.buffer)) {
      throw AppError.badInput('UNSUPPORTED_FILE_TYPE', '只能导入 .xlsx 或 .csv 文件（旧版 .xls 请用 Excel 或 WPS 另存为 .xlsx）', 'file');
    }
    return this.prisma.$transaction(async (tx) => {
      const job = await tx.importJob.create({
        data: {
          kind: IMPORT_KIND_TRAINEES,
          fileName: file.originalname,
          fileSha256: createHash('sha256').update(file.buffer).digest('hex'),
          content: new Uint8Array(this.pii.encryptBytes(file.buffer)),
          schoolId: caller.role === Role.SCHOOL_STAFF ? caller.schoolId : null,
          createdByUserId: caller.id,
        },
      });
      await this.outbox.enqueue(tx, JobName.IMPORT_TRAINEES, { importJobId: job.id });
      return job;
    });
  }

  /** An import job its caller may see: any (admin), her school's (school staff); NOT_FOUND otherwise. */
  async get(id: string, caller: AuthUser): Promise<Omit<ImportJob, 'content'>> {
    const job = await this.prisma.importJob.findUnique({ where: { id }, omit: { content: true } });
    if (!job) throw IMPORT_JOB_NOT_FOUND();
    if (caller.role === Role.SCHOOL_STAFF && (!caller.schoolId || job.schoolId !== caller.schoolId)) throw IMPORT_JOB_NOT_FOUND();
    return job;
  }
}
