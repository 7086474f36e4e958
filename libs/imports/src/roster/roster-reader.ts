import { PassThrough, Readable } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import { toLocalDate } from '@carebridge/rules';
import { decodeCsv, parseCsv } from './csv';

export type RosterFormat = 'xlsx' | 'csv';

/** One row of a roster: its number as the spreadsheet shows it, and its cells as text. */
export interface RosterRow {
  row: number;
  cells: string[];
}

/** A file that cannot be read as a roster; the message says why, in Chinese. */
export class RosterFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The format of an uploaded roster from its name and first bytes: .xlsx must be a zip archive (an
 * old .xls or a renamed file is refused), .csv must not be one. Null when neither.
 */
export function rosterFormat(fileName: string, content: Uint8Array): RosterFormat | null {
  const isZip = ZIP_MAGIC.every((byte, i) => content[i] === byte);
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx') return isZip ? 'xlsx' : null;
  if (extension === 'csv') return isZip ? null : 'csv';
  return null;
}

/**
 * The rows of the first worksheet (xlsx, read as a stream) or of the CSV, empty rows left out.
 * `onProgress` receives the share of the file read so far (0-1).
 */
export async function* readRoster(format: RosterFormat, content: Uint8Array, onProgress: (share: number) => void): AsyncGenerator<RosterRow> {
  if (format === 'csv') {
    const text = decodeCsv(content);
    for (const record of parseCsv(text)) {
      onProgress(record.offset / text.length);
      if (record.cells.some((cell) => cell.trim() !== '')) yield { row: record.row, cells: record.cells };
    }
    return;
  }
  yield* readXlsx(content, onProgress);
}

async function* readXlsx(content: Uint8Array, onProgress: (share: number) => void): AsyncGenerator<RosterRow> {
  // The compressed bytes handed to the unzipper so far: a fair measure of how far the sheet is read.
  let consumed = 0;
  const counted = new PassThrough();
  counted.on('data', (chunk: Buffer) => {
    consumed += chunk.length;
  });
  Readable.from(chunkedView(content)).pipe(counted);
  const workbook = new Utf8SafeWorkbookReader(counted, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        onProgress(consumed / content.length);
        const values = row.values as unknown[];
        const cells = values.slice(1).map(cellText);
        if (cells.some((cell) => cell.trim() !== '')) yield { row: row.number, cells };
      }
      // Only the first worksheet is the roster; the rest (instructions, lists) are not read.
      return;
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    throw new RosterFileError(`无法读取该 xlsx 文件，请用 Excel 或 WPS 另存为 .xlsx 后重试（${error instanceof Error ? error.message : String(error)}）`);
  }
}

/**
 * exceljs 4.4.0's streaming reader decodes each decompressed chunk of a part on its own, so a
 * Chinese character split across two chunks turns into two U+FFFD (about one row in 200 of a
 * Chinese roster). Its parser passes text through untouched, so the worksheet and shared-strings
 * parts are handed to it as text decoded across chunk boundaries.
 */
class Utf8SafeWorkbookReader extends excelStream.xlsx.WorkbookReader {
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: number): unknown {
    return (excelStream.xlsx.WorkbookReader.prototype as unknown as WorkbookReaderInternals)._parseWorksheet.call(this, decodeUtf8(chunks), sheetNo);
  }

  _parseSharedStrings(entry: { setEncoding(encoding: 'utf8'): void }): unknown {
    entry.setEncoding('utf8');
    return (excelStream.xlsx.WorkbookReader.prototype as unknown as WorkbookReaderInternals)._parseSharedStrings.call(this, entry);
  }
}

interface WorkbookReaderInternals {
  _parseWorksheet(this: unknown, chunks: AsyncIterable<Buffer | string>, sheetNo: number): unknown;
  _parseSharedStrings(this: unknown, entry: unknown): unknown;
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The content in 64 KiB chunks, so the unzipper is fed (and progress counted) as a stream would be. */
function* chunkedView(content: Uint8Array): Generator<Buffer> {
  const chunk = 64 * 1024;
  for (let offset = 0; offset < content.length; offset += chunk) {
    yield Buffer.from(content.buffer, content.byteOffset + offset, Math.min(chunk, content.length - offset));
  }
}

/** A cell as the text a person sees in it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Whole numbers beyond 2^53 (an ID number typed as a number) print in full digits, not 1.4e+17.
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return toLocalDate(value);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: unknown; error?: unknown };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return '';
}
