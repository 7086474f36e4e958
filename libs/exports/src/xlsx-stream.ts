import { EventEmitter, once } from 'node:events';
import { Writable } from 'node:stream';
import { stream as excelStream } from 'exceljs';

/** A cell as exported: text, a number (money in yuan, counts, rates), or empty. */
export type CellValue = string | number | null;

/**
 * Writes one worksheet to `out` as an xlsx, row by row: each row is committed (serialised and
 * handed to the zip stream) as soon as it is added, with inline strings and no styles, so memory
 * holds one batch of rows, not the sheet or a table of its strings. Each row waits while the sheet's
 * XML is ahead of the compressor (see sheetIntake), and the compressor only runs as fast as `out`
 * takes the file: a slow reader slows the database reads down instead of letting the file pile up
 * in memory. A reader that goes away ends the writing; the rest of the file is not made.
 */
export async function writeXlsx(out: Writable, sheetName: string, headers: readonly string[], batches: AsyncIterable<Iterable<CellValue[]>>): Promise<void> {
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  const intake = sheetIntake(sheet);
  // Settles when the reader goes away (or `out` fails: the write below reports that).
  const gone = once(out, 'close').then(
    () => undefined,
    () => undefined,
  );
  sheet.addRow([...headers]).commit();
  for await (const rows of batches) {
    for (const row of rows) {
      sheet.addRow(row).commit();
      if (intake._writableState.needDrain) await Promise.race([once(intake, 'drain'), gone]);
      if (out.destroyed) return;
    }
  }
  sheet.commit();
  await workbook.commit();
}

/** A writable stream as Node's and the readable-stream package's both are: full when needDrain, 'drain' once emptied. */
interface Intake extends EventEmitter {
  _writableState: { needDrain: boolean };
}

/**
 * The stream between the worksheet and the zip's compressor. exceljs 4.4.0 writes a sheet's XML in
 * 64 KiB pieces into this stream (the readable-stream PassThrough archiver puts behind exceljs' own
 * StreamBuf) and never waits for it, so a sheet written faster than it is compressed and sent would
 * pile up here; the writer waits on it instead. Found through their internals: the check below fails
 * loudly (the export tests see it) rather than silently losing the backpressure if they change.
 */
function sheetIntake(sheet: object): Intake {
  const intake = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as Partial<Intake> | undefined;
  if (!(intake instanceof EventEmitter) || typeof intake._writableState?.needDrain !== 'boolean') {
    throw new Error('exceljs: the worksheet stream no longer feeds a stream with backpressure; xlsx-stream.ts needs updating');
  }
  return intake as Intake;
}
