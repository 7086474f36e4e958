import { PassThrough } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import { readRoster, rosterFormat } from './roster-reader';

async function xlsx(rows: (string | number | null)[][], useSharedStrings: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useSharedStrings });
  const sheet = workbook.addWorksheet('名单');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  workbook.addWorksheet('说明').addRow(['不读取']).commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function read(content: Buffer, format: 'xlsx' | 'csv' = 'xlsx') {
  const rows = [];
  for await (const row of readRoster(format, content, () => undefined)) rows.push(row);
  return rows;
}

describe('readRoster', () => {
  it.each([false, true])('reads every Chinese character of a large sheet intact (shared strings: %s)', async (useSharedStrings) => {
    // Thousands of rows of three-byte characters: parts are decompressed in chunks that split some of them.
    const rows = Array.from({ length: 5_000 }, (_, i) => [`阿依古丽·买买提${i}`, '建档立卡贫困户', '养老陪护、病患陪护']);
    const read_ = await read(await xlsx(rows, useSharedStrings));
    expect(read_).toHaveLength(5_000);
    expect(read_.filter((row, i) => row.cells[0] !== rows[i][0] || row.cells[2] !== rows[i][2])).toEqual([]);
  });

  it('numbers rows as the spreadsheet does, skips empty rows, reads only the first sheet, and prints numbers in full', async () => {
    const content = await xlsx([['姓名', '手机号'], [null, null], ['王秀英', 13800138000], ['李桂兰', 141124198506151200]], false);
    expect(await read(content)).toEqual([
      { row: 1, cells: ['姓名', '手机号'] },
      { row: 3, cells: ['王秀英', '13800138000'] },
      { row: 4, cells: ['李桂兰', '141124198506151200'] },
    ]);
  });

  it('skips empty CSV records and numbers them from the header', async () => {
    expect(await read(Buffer.from('姓名\n\n王秀英\n'), 'csv')).toEqual([
      { row: 1, cells: ['姓名'] },
      { row: 3, cells: ['王秀英'] },
    ]);
  });
});

describe('rosterFormat', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]);
  it('takes .xlsx only when it is a zip archive, and .csv only when it is not', () => {
    expect(rosterFormat('名单.XLSX', zip)).toBe('xlsx');
    expect(rosterFormat('名单.xlsx', Buffer.from('a,b'))).toBeNull();
    expect(rosterFormat('名单.csv', Buffer.from('a,b'))).toBe('csv');
    expect(rosterFormat('名单.csv', zip)).toBeNull();
    expect(rosterFormat('名单.xls', Buffer.from([0xd0, 0xcf]))).toBeNull();
  });
});
