/**
 * CSV as RFC 4180 writes it, for the downloads Excel and WPS open: UTF-8 with a byte-order mark
 * (without it, Excel on Windows reads Chinese as mojibake), CRLF line ends, and a field quoted
 * when it holds a comma, a quote, CR or LF, with quotes doubled inside.
 */

/** The byte-order mark Excel and WPS need to read UTF-8. */
export const BOM = '\uFEFF';

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of `rows` (the first row is the header): BOM, fields joined by commas, CRLF after every record. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Parses CSV text as `toCsv` writes it (and as RFC 4180 defines it), dropping a leading BOM.
 * Throws on a quote inside an unquoted field or an unterminated quoted field, so a test over a
 * download fails on a malformed file instead of reading it wrongly.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < input.length) {
    const c = input[i] as string;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`CSV: bare line break at offset ${i} (records end with CRLF)`);
    } else {
      field += c;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (fieldStarted || field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
