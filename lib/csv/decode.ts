import { isAscii } from "node:buffer";

/**
 * Bytes to text for CSV files people save from spreadsheets: UTF-8 with or without a byte
 * order mark, or Windows-1252 (Excel's "CSV (Comma delimited)" on a UK machine). The
 * encoding is decided by validity, not guessed from a label: the first non-ASCII sequence
 * that is valid UTF-8 makes the file UTF-8; one that is not makes it Windows-1252. Until
 * then the two agree (ASCII), so nothing read so far needs reading again. Pure, streaming:
 * push chunks, get text.
 */
export type TextEncodingName = "utf-8" | "windows-1252";

/** A file the decoder cannot read; the message says what to do about it. */
export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EncodingError";
  }
}

/** Length of the UTF-8 sequence a lead byte starts (0: not a valid lead byte). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether bytes[i…] opens a valid UTF-8 sequence: true, false, or null when the bytes end before it does. */
function validSequenceAt(bytes: Uint8Array, i: number): boolean | null {
  const length = sequenceLength(bytes[i]!);
  if (length === 0) return false;
  for (let k = 1; k < length; k++) {
    if (i + k >= bytes.length) return null;
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return false;
  }
  const second = bytes[i + 1]!;
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
  if (bytes[i] === 0xe0 && second < 0xa0) return false;
  if (bytes[i] === 0xed && second > 0x9f) return false;
  if (bytes[i] === 0xf0 && second < 0x90) return false;
  if (bytes[i] === 0xf4 && second > 0x8f) return false;
  return true;
}

function firstHighByte(bytes: Uint8Array): number {
  // Most files are ASCII throughout: Node's native check answers that in one call.
  if (isAscii(bytes)) return -1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export class CsvDecoder {
  private decided: TextEncodingName | null = null;
  private started = false;
  private carry: Uint8Array = new Uint8Array(0);
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly cp1252 = new TextDecoder("windows-1252");
  private bomSeen = false;

  /** The encoding, once a non-ASCII character or a byte order mark has decided it. */
  get encoding(): TextEncodingName | null {
    return this.decided;
  }

  get hadBom(): boolean {
    return this.bomSeen;
  }

  decode(chunk: Uint8Array): string {
    let bytes = concat(this.carry, chunk);
    this.carry = new Uint8Array(0);
    if (!this.started) {
      if (bytes.length < 3) {
        this.carry = bytes;
        return "";
      }
      this.started = true;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new EncodingError("The file is saved as UTF-16 (Excel's \"Unicode Text\"). Save it as \"CSV UTF-8 (Comma delimited)\" and upload it again.");
      }
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.bomSeen = true;
        this.decided = "utf-8";
        bytes = bytes.subarray(3);
      }
    }
    return this.decodeBytes(bytes, false);
  }

  end(): string {
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    if (!this.started) {
      this.started = true;
      if (rest.length >= 2 && ((rest[0] === 0xff && rest[1] === 0xfe) || (rest[0] === 0xfe && rest[1] === 0xff))) {
        throw new EncodingError("The file is saved as UTF-16 (Excel's \"Unicode Text\"). Save it as \"CSV UTF-8 (Comma delimited)\" and upload it again.");
      }
    }
    return this.decodeBytes(rest, true);
  }

  private decodeBytes(bytes: Uint8Array, final: boolean): string {
    if (this.decided === "windows-1252") return this.cp1252.decode(bytes, { stream: !final });
    if (this.decided === "utf-8") return this.decodeUtf8(bytes, final);
    const high = firstHighByte(bytes);
    if (high === -1) return this.latin1(bytes);
    const valid = validSequenceAt(bytes, high);
    if (valid === null && !final) {
      // The chunk ends inside the first non-ASCII sequence: decide when the rest arrives.
      this.carry = bytes.slice(high);
      return this.latin1(bytes.subarray(0, high));
    }
    this.decided = valid ? "utf-8" : "windows-1252";
    return this.decodeBytes(bytes, final);
  }

  private decodeUtf8(bytes: Uint8Array, final: boolean): string {
    try {
      return this.utf8.decode(bytes, { stream: !final });
    } catch {
      throw new EncodingError(
        "The file mixes UTF-8 with another encoding (some characters are UTF-8, others are not). Open it in a spreadsheet, save it as \"CSV UTF-8 (Comma delimited)\" and upload it again.",
      );
    }
  }

  private latin1(bytes: Uint8Array): string {
    // ASCII only: any single-byte decoding gives the same text, and latin1 is the fastest.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  }
}
