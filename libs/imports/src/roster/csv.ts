/**
 * CSV as schools save it: UTF-8 with or without a byte-order mark, or GB18030/GBK (what Excel on
 * Chinese Windows writes for "CSV (逗号分隔)"); fields separated by commas, quoted with double
 * quotes when they hold commas, quotes or line breaks (RFC 4180); CRLF or LF line ends.
 */
export function decodeCsv(content: Uint8Array): string {
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD, so GBK is detected.
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('gb18030').decode(content);
  }
}

export interface CsvRecord {
  /** 1-based record number: the row number a spreadsheet shows for it. */
  row: number;
  cells: string[];
  /** Characters of the text read once this record is complete, for progress. */
  offset: number;
}

/** The records of a CSV text, one at a time; a quote left open runs to the end of the text. */
export function* parseCsv(text: string): Generator<CsvRecord> {
  let row = 0;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = (): CsvRecord => {
    cells.push(field);
    const record = { row: ++row, cells, offset: i };
    cells = [];
    field = '';
    return record;
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      i++;
    } else if (char === ',') {
      cells.push(field);
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      yield endRecord();
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || cells.length) yield endRecord();
}
