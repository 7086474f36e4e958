/**
 * xlsx-export benchmark (run through bench/export/run.sh, which creates and drops its own
 * database): BENCH_TRAINEES trainees (default 1,000,000) are filled with generate_series, then the
 * real API (AppModule) serves GET /exports/trainees to a client that writes the download to a file. Reports the time, the API process's peak resident
 * memory (VmHWM from /proc/self/status) and the rows read back from the file. Prints JSON;
 * RESULTS.md records a run.
 */
import 'reflect-metadata';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { NestFactory } from '@nestjs/core';
import { stream as excelStream } from 'exceljs';
import { AuthService, hashPassword } from '@carebridge/auth';
import { PiiCipher } from '@carebridge/common';
import { PrismaService, Role } from '@carebridge/db';
import { makeResidentId } from '@carebridge/rules';
import { AppModule } from '../../apps/api/src/app.module';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 1_000_000);
/** Distinct ciphertexts cycled through the rows: real AES-GCM values the export decrypts and masks. */
const DISTINCT_CIPHERTEXTS = 1_000;

const seconds = (from: number) => Math.round(performance.now() - from) / 1000;
const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;

function memoryKib(field: 'VmHWM' | 'VmRSS'): number {
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
}

/** Fills the trainees in one generate_series statement, cycling through a thousand encrypted IDs and phones. */
async function fill(prisma: PrismaService, pii: PiiCipher): Promise<void> {
  const ids = Array.from({ length: DISTINCT_CIPHERTEXTS }, (_, i) => pii.encrypt(makeResidentId('141124', '1985-06-15', i % 500, i % 2 ? 'MALE' : 'FEMALE')));
  const phones = Array.from({ length: DISTINCT_CIPHERTEXTS }, (_, i) => pii.encrypt(`138${String(i).padStart(8, '0')}`));
  await prisma.$executeRaw`
    INSERT INTO trainees (id, name, resident_id_cipher, resident_id_hash, phone_cipher, phone_hash, birth_date, sex, county_code,
                          household_category, education_level, majors_wanted, destinations_wanted, expected_wage_fen, created_at, updated_at)
    SELECT gen_random_uuid(), (ARRAY['王秀英','李桂兰','张翠花','刘玉珍','阿依古丽·买买提'])[1 + i % 5],
           (${ids}::text[])[1 + i % ${DISTINCT_CIPHERTEXTS}], md5('id' || i), (${phones}::text[])[1 + i % ${DISTINCT_CIPHERTEXTS}], md5('phone' || i),
           DATE '1970-01-01' + (i % 12000), (ARRAY['FEMALE','MALE'])[1 + i % 2]::"Sex",
           (ARRAY['141102','141121','141124','141181','141182'])[1 + i % 5],
           (ARRAY['REGISTERED_POOR','LIFTED_OUT','RURAL','URBAN_LOW_INCOME','UNEMPLOYED_GRADUATE'])[1 + i % 5]::"HouseholdCategory",
           'JUNIOR_HIGH', ARRAY['ELDERCARE','MATERNITY_NANNY']::"Major"[], ARRAY['北京市','天津市'], 300000 + (i % 50) * 10000,
           TIMESTAMPTZ '2021-01-01' + i * INTERVAL '1 minute', now()
    FROM generate_series(1, ${TRAINEES}) AS i`;
  await prisma.$executeRawUnsafe('ANALYZE trainees');
}

/** Downloads the export to BENCH_OUT through HTTP, as a browser would. */
function download(port: number, token: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
      pipeline(res, createWriteStream(process.env.BENCH_OUT as string)).then(() => resolve(res.statusCode as number), reject);
    }).on('error', reject);
  });
}

/** Rows in the downloaded file (header included), read back with the streaming reader. */
async function countRows(): Promise<number> {
  let rows = 0;
  for await (const sheet of new excelStream.xlsx.WorkbookReader(process.env.BENCH_OUT as string, {})) {
    for await (const row of sheet) rows += row ? 1 : 0;
  }
  return rows;
}

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const prisma = app.get(PrismaService);
  const report: Record<string, unknown> = { trainees: TRAINEES };
  try {
    let started = performance.now();
    await fill(prisma, app.get(PiiCipher));
    report.fillSeconds = seconds(started);
    const password = 'Bench-Passw0rd!';
    await prisma.user.create({ data: { account: 'bench-admin', displayName: '基准测试', role: Role.ADMIN, passwordHash: await hashPassword(password) } });
    const { accessToken } = await app.get(AuthService).login('bench-admin', password, {});

    report.rssBeforeExportMiB = mib(memoryKib('VmRSS'));
    started = performance.now();
    await download(port, accessToken, '/exports/trainees');
    report.exportSeconds = seconds(started);
    report.rowsPerSecond = Math.round(TRAINEES / (report.exportSeconds as number));
    // VmHWM is the peak since the process started: the fill above stays well below it.
    report.peakRssMiB = mib(memoryKib('VmHWM'));
    report.fileMiB = Math.round((statSync(process.env.BENCH_OUT as string).size / 1048576) * 10) / 10;
    report.rowsInFile = await countRows();
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
