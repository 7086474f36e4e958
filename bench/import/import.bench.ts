/**
 * Roster-import benchmark (run through bench/import/run.sh, which creates and drops its own
 * database and generates the roster with generate-roster.ts): the xlsx given as argument is
 * stored on an ImportJob as the upload endpoint stores it and imported by the worker's own
 * TraineeImportService, then imported again (every row a duplicate). Prints a JSON report;
 * RESULTS.md records a run.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClockModule, PiiModule } from '@carebridge/common';
import { ConfigModule } from '@carebridge/config';
import { DbModule, PrismaService } from '@carebridge/db';
import { IMPORT_KIND_TRAINEES, TraineeImportService } from '@carebridge/imports';

@Module({ imports: [ConfigModule, DbModule, PiiModule, ClockModule], providers: [TraineeImportService] })
class BenchModule {}

/** The process's peak resident memory (VmHWM), in MiB. */
function peakRssMiB(): number {
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  return Math.round((kib / 1024) * 10) / 10;
}

const seconds = (from: number) => Math.round(performance.now() - from) / 1000;
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  const prisma = app.get(PrismaService);
  const importer = app.get(TraineeImportService);
  const report: Record<string, unknown> = {};
  try {
    const file = await readFile(process.argv[2]);
    report.fileMiB = mib(file.length);

    for (const pass of ['firstImport', 'sameFileAgain'] as const) {
      const job = await prisma.importJob.create({ data: { kind: IMPORT_KIND_TRAINEES, fileName: 'bench.xlsx', fileSha256: 'bench', content: new Uint8Array(file) } });
      const started = performance.now();
      await importer.run(job.id);
      const elapsed = seconds(started);
      const done = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id }, omit: { content: true } });
      report[pass] = {
        seconds: elapsed,
        rowsPerSecond: Math.round((done.totalRows ?? 0) / elapsed),
        status: done.status,
        progress: done.progress,
        totalRows: done.totalRows,
        insertedRows: done.insertedRows,
        duplicateRows: done.duplicateRows,
        invalidRows: done.invalidRows,
      };
    }
    report.trainees = await prisma.trainee.count();
    report.statusChanges = await prisma.traineeStatusChange.count();
    report.peakRssMiB = peakRssMiB();
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
