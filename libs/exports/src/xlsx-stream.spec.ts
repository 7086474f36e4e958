import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable, Writable } from 'node:stream';
import { Workbook } from 'exceljs';
import { CellValue, writeXlsx } from './xlsx-stream';

/** A download that takes nothing until `open()`: what a client that stops reading looks like. */
class StalledReader extends Writable {
  readonly chunks: Buffer[] = [];
  private waiting: (() => void)[] = [];
  private isOpen = false;

  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }

  open(): void {
    this.isOpen = true;
    for (const resume of this.waiting.splice(0)) resume();
  }

  override _write(chunk: Buffer, _encoding: string, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    if (this.isOpen) done();
    else this.waiting.push(() => done());
  }
}

/** A download that takes each chunk a moment after the last. */
class SlowReader extends Writable {
  bytes = 0;

  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.bytes += chunk.length;
    setTimeout(done, 2);
  }
}

/** Rows of about 250 characters that do not compress much, in batches of 1,000, counting how many the writer has taken. */
function source(rows: number): { batches: AsyncIterable<CellValue[][]>; taken: () => number } {
  let taken = 0;
  async function* batches(): AsyncIterable<CellValue[][]> {
    for (let start = 0; start < rows; start += 1_000) {
      const batch = Array.from({ length: Math.min(1_000, rows - start) }, (_, i): CellValue[] => [`学员${start + i}`, randomBytes(100).toString('hex'), start + i]);
      taken += batch.length;
      yield batch;
    }
  }
  return { batches: batches(), taken: () => taken };
}

describe('writeXlsx', () => {
  it('stops taking rows while the reader does not read, and writes them all once it does', async () => {
    const out = new StalledReader();
    const rows = source(50_000);
    const writing = writeXlsx(out, '学员名单', ['姓名', '意向城市', '序号'], rows.batches);
    await sleep(500);
    // 13 MB of XML if nothing held it back; held back, what the streams' buffers hold (a few MB).
    expect(rows.taken()).toBeLessThanOrEqual(20_000);
    out.open();
    await writing;
    await new Promise((resolve) => out.end(resolve));
    expect(rows.taken()).toBe(50_000);

    const workbook = new Workbook();
    await workbook.xlsx.read(Readable.from([Buffer.concat(out.chunks)]));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('学员名单');
    expect(sheet.rowCount).toBe(50_001);
    expect(sheet.getRow(50_001).values).toEqual([undefined, '学员49999', expect.stringMatching(/^[0-9a-f]{200}$/), 49_999]);
  });

  it('keeps pace with a slow reader instead of running ahead of it', async () => {
    const out = new SlowReader();
    const rows = source(200_000);
    const writing = writeXlsx(out, '学员名单', ['姓名', '意向城市', '序号'], rows.batches);
    await sleep(1_500);
    // A row is about 250 bytes of XML, about 140 compressed: the rows taken are those delivered and a bounded lead.
    expect(rows.taken()).toBeLessThanOrEqual(out.bytes / 100 + 20_000);
    out.destroy();
    await writing;
  });

  it('ends without reading further when the reader goes away', async () => {
    const out = new StalledReader();
    const rows = source(50_000);
    const writing = writeXlsx(out, '学员名单', ['姓名', '意向城市', '序号'], rows.batches);
    await sleep(200);
    const takenBefore = rows.taken();
    out.destroy();
    await writing;
    // The batch being written when it went away, and no other.
    expect(rows.taken()).toBeLessThanOrEqual(takenBefore + 1_000);
    expect(rows.taken()).toBeLessThan(50_000);
  });
});
