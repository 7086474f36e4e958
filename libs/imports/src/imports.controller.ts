import { Controller, HttpCode, HttpStatus, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { Role } from '@carebridge/db';
import { ImportsService, MAX_IMPORT_BYTES, UploadedRoster } from './imports.service';

/**
 * File uploads are REST, not GraphQL: a multipart POST with the roster in the field `file` and the
 * bearer token as for GraphQL (the global guard checks it and the roles). The answer names the
 * import job; its progress and row errors are read with the GraphQL query importJob(id).
 */
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Roles(Role.ADMIN, Role.SCHOOL_STAFF)
  @Post('trainees')
  @HttpCode(HttpStatus.ACCEPTED)
  // utf8: browsers send Chinese file names as UTF-8, which the upload parser would otherwise read as latin1.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 }, defParamCharset: 'utf8' }))
  async importTrainees(@UploadedFile() file: UploadedRoster | undefined, @CurrentUser() caller: AuthUser): Promise<{ importJobId: string }> {
    const job = await this.imports.queueTraineeImport(file, caller);
    return { importJobId: job.id };
  }
}
