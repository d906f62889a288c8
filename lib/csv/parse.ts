/**
 * A streaming CSV parser (RFC 4180 and what spreadsheets really write): push text as it
 * arrives, get each record with the line of the file it starts on. Quoted cells may hold
 * delimiters, doubled quotes and line breaks; lines end in LF, CRLF or a lone CR. Cells are
 * always text: deciding what is a number is the caller's business (a code like E92000001
 * must never become 9.2e+100). Pure: no I/O, no knowledge of the whole file.
 */
export type CsvRecord = {
  /** The physical line (1-based) the record starts on, as a spreadsheet shows it. */
  line: number;
  cells: string[];
};

export type Delimiter = "," | ";" | "\t";

export type CsvParserOptions = {
  /** Fixed delimiter; by default it is read from the first line (comma, semicolon or tab). */
  delimiter?: Delimiter;
  /** A record longer than this is refused: an unclosed quote would otherwise swallow the file. */
  maxRecordChars?: number;
};

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The delimiter the header line uses most, outside quotes; comma when none appears. */
export function detectDelimiter(firstLine: string): Delimiter {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < firstLine.length; i++) {
    const c = firstLine.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted) {
      if (c === 44) comma++;
      else if (c === 59) semicolon++;
      else if (c === 9) tab++;
    }
  }
  if (tab > comma && tab >= semicolon) return "\t";
  if (semicolon > comma) return ";";
  return ",";
}

export class CsvParser {
  private buffer = "";
  private lineNo = 1;
  private delimiterCode: number | null;
  private delimiterValue: Delimiter | null;
  private readonly maxRecordChars: number;

  constructor(options: CsvParserOptions = {}) {
    this.delimiterValue = options.delimiter ?? null;
    this.delimiterCode = options.delimiter ? options.delimiter.charCodeAt(0) : null;
    this.maxRecordChars = options.maxRecordChars ?? 1_000_000;
  }

  /** The delimiter in use (known once the first line has arrived). */
  get delimiter(): Delimiter | null {
    return this.delimiterValue;
  }

  /** The line the next record starts on. */
  get line(): number {
    return this.lineNo;
  }

  push(text: string, onRecord: (record: CsvRecord) => void): void {
    this.buffer = this.buffer.length ? this.buffer + text : text;
    this.drain(onRecord, false);
  }

  end(onRecord: (record: CsvRecord) => void): void {
    this.drain(onRecord, true);
    this.buffer = "";
  }

  private drain(onRecord: (record: CsvRecord) => void, final: boolean): void {
    if (this.delimiterCode === null) {
      const nl = this.buffer.search(/[\r\n]/);
      if (nl === -1 && !final) {
        if (this.buffer.length > this.maxRecordChars) throw new CsvSyntaxError("The first line is longer than a header can be: is this a CSV file?", 1);
        return;
      }
      this.delimiterValue = detectDelimiter(nl === -1 ? this.buffer : this.buffer.slice(0, nl));
      this.delimiterCode = this.delimiterValue.charCodeAt(0);
    }
    const s = this.buffer;
    const n = s.length;
    const d = this.delimiterCode;
    const delimiter = this.delimiterValue!;
    let pos = 0;
    // Where the next quote and the next CR are: found once, then reused line after line.
    let nextQuote = -2;
    let nextCr = -2;
    outer: while (pos < n) {
      const start = pos;
      const startLine = this.lineNo;
      // The common row: no quote and no stray CR before its LF. One native search and split.
      if (s.charCodeAt(pos) !== QUOTE) {
        const nl = s.indexOf("\n", pos);
        if (nl !== -1) {
          const end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
          if (nextQuote !== -1 && nextQuote < pos) nextQuote = s.indexOf('"', pos);
          if (nextCr !== -1 && nextCr < pos) nextCr = s.indexOf("\r", pos);
          if ((nextQuote === -1 || nextQuote >= end) && (nextCr === -1 || nextCr >= end)) {
            const lineText = s.slice(pos, end);
            if (end - pos > this.maxRecordChars) throw new CsvSyntaxError(`The row on line ${startLine} is longer than ${this.maxRecordChars.toLocaleString("en-GB")} characters: a quote is probably not closed.`, startLine);
            pos = nl + 1;
            this.lineNo = startLine + 1;
            onRecord({ line: startLine, cells: lineText.split(delimiter) });
            continue;
          }
        }
      }
      let extraLines = 0;
      const cells: string[] = [];
      let i = pos;
      for (;;) {
        if (i < n && s.charCodeAt(i) === QUOTE) {
          // A quoted cell: runs to the next quote not doubled.
          let j = i + 1;
          let doubled = false;
          for (;;) {
            j = s.indexOf('"', j);
            if (j === -1 || j === n - 1) {
              if (!final) break outer;
              if (j === -1) throw new CsvSyntaxError(`A quoted cell that starts on line ${startLine} is never closed: check the quotes in that row.`, startLine);
              break;
            }
            if (s.charCodeAt(j + 1) === QUOTE) {
              doubled = true;
              j += 2;
              continue;
            }
            break;
          }
          let cell = s.slice(i + 1, j);
          extraLines += countLineBreaks(cell);
          if (doubled) cell = cell.replace(/""/g, '"');
          i = j + 1;
          // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
          const tailStart = i;
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          if (i > tailStart) cell += s.slice(tailStart, i);
          cells.push(cell);
        } else {
          const cellStart = i;
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          cells.push(s.slice(cellStart, i));
        }
        if (i >= n) {
          if (!final) break outer;
          pos = n;
          break;
        }
        const c = s.charCodeAt(i);
        if (c === d) {
          i++;
          if (i >= n && final) {
            cells.push("");
            pos = n;
            break;
          }
          continue;
        }
        // End of the record: LF, CRLF or a lone CR.
        if (c === CR) {
          if (i + 1 >= n && !final) break outer;
          i += s.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i += 1;
        }
        pos = i;
        extraLines += 1;
        break;
      }
      if (pos - start > this.maxRecordChars) throw new CsvSyntaxError(`The row on line ${startLine} is longer than ${this.maxRecordChars.toLocaleString("en-GB")} characters: a quote is probably not closed.`, startLine);
      this.lineNo = startLine + extraLines;
      onRecord({ line: startLine, cells });
    }
    this.buffer = pos >= n ? "" : s.slice(pos);
    if (this.buffer.length > this.maxRecordChars) {
      throw new CsvSyntaxError(`The row on line ${this.lineNo} is longer than ${this.maxRecordChars.toLocaleString("en-GB")} characters: a quote is probably not closed.`, this.lineNo);
    }
  }
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR) {
      count++;
      if (text.charCodeAt(i + 1) === LF) i++;
    }
  }
  return count;
}

/** A record with no text at all (an empty line, or only delimiters): skipped, not an error. */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}
