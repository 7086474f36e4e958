import { once } from 'node:events';
import { Writable } from 'node:stream';
import { stream as excelStream } from 'exceljs';

/** A cell as exported: text, a number (money in yuan, counts, rates), or empty. */
export type CellValue = string | number | null;

/**
 * Writes one worksheet to `out` as an xlsx, row by row: each row is committed (serialised and
 * handed to the zip stream) as soon as it is added, so memory holds one batch, not the sheet. After
 * each batch it waits while `out` is full, so a slow reader slows the database reads down instead
 * of letting the file pile up in memory.
 */
export async function writeXlsx(out: Writable, sheetName: string, headers: readonly string[], batches: AsyncIterable<CellValue[][]>): Promise<void> {
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]).commit();
  for await (const rows of batches) {
    for (const row of rows) sheet.addRow(row).commit();
    // Let the zip compress what was added, then wait for the reader if it is behind.
    await new Promise((resolve) => setImmediate(resolve));
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  await workbook.commit();
}
