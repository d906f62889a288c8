import type pg from "pg";

/**
 * Bulk loading rows into a table through one `pg` connection: `COPY … FROM STDIN` (text or
 * binary), written straight onto the connection with backpressure (no intermediate library:
 * pg's "submittable" query interface is enough), on a server and on the embedded database
 * alike (there in parts of EMBEDDED_ROWS_PER_COPY rows).
 */
export type BulkValue = string | number | null;
/** `type` is the column's SQL type (uuid, text, float8, int4, date, "GeographyType"…): COPY's binary format is written by it. */
export type BulkColumn = { name: string; type: string };

export interface BulkWriter {
  write(row: readonly BulkValue[]): void;
  /**
   * Field-by-field encoding straight into the outgoing bytes, for hot loops: no string is
   * made for a row at all. Present only on the COPY path.
   */
  readonly encoder?: RowEncoder;
  /** The same for COPY's binary format (opened with { format: "binary" }): the server parses nothing. */
  readonly binary?: BinaryEncoder;
  /** True when the caller should await drain() before writing more. */
  readonly needsDrain: boolean;
  drain(): Promise<void>;
  /** Finishes the load; resolves to the number of rows the database took. */
  end(): Promise<number>;
  /** Gives up: on a server the COPY is cancelled and nothing is kept; embedded rows already inserted stay (the caller deletes them). */
  abort(reason: string): Promise<void>;
}

/**
 * How far a writer may run ahead of the server before it waits. The socket's own 16 KB
 * mark would make the two take turns (the server idle while the next rows are parsed);
 * a few megabytes queued keep PostgreSQL busy the whole time, at a bounded cost in memory.
 */
const MAX_BUFFERED = 1024 * 1024;

const embeddedByClient = new WeakMap<object, boolean>();

/** PGlite says so in version(): "PostgreSQL 18.6 (PGlite 0.5.14) on wasm32-unknown-emscripten". */
export async function isEmbedded(client: pg.ClientBase): Promise<boolean> {
  const known = embeddedByClient.get(client);
  if (known !== undefined) return known;
  const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
  const embedded = /PGlite|emscripten/i.test(rows[0]?.version ?? "");
  embeddedByClient.set(client, embedded);
  return embedded;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One value in COPY's text format. */
export function copyText(value: BulkValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "\\N";
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** One row in COPY's text format, with its newline. */
export function copyLine(row: readonly BulkValue[]): string {
  let line = copyText(row[0] ?? null);
  for (let i = 1; i < row.length; i++) line += `\t${copyText(row[i] ?? null)}`;
  return `${line}\n`;
}

type Connection = {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean; writableLength?: number; once(event: "drain", listener: () => void): unknown; removeListener?(event: "drain", listener: () => void): unknown };
};

/** A COPY FROM STDIN as a pg "submittable": pg hands it the connection when the client is free. */
class CopyIn {
  private connection: Connection | null = null;
  private rowCount = 0;
  private failed: Error | null = null;
  private resolveReady!: () => void;
  private rejectReady!: (error: Error) => void;
  private resolveDone!: (rows: number) => void;
  private rejectDone!: (error: Error) => void;
  readonly ready = new Promise<void>((resolve, reject) => {
    this.resolveReady = resolve;
    this.rejectReady = reject;
  });
  readonly done = new Promise<number>((resolve, reject) => {
    this.resolveDone = resolve;
    this.rejectDone = reject;
  });

  constructor(private readonly text: string) {
    // Either may settle with nobody waiting yet (an error before the first write): not an unhandled rejection.
    this.ready.catch(() => undefined);
    this.done.catch(() => undefined);
  }

  submit(connection: Connection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyInResponse(): void {
    this.resolveReady();
  }

  handleCommandComplete(message: { text?: string }): void {
    const n = /COPY (\d+)/.exec(message.text ?? "");
    this.rowCount = n ? Number(n[1]) : 0;
  }

  handleReadyForQuery(): void {
    if (this.failed) this.rejectDone(this.failed);
    else this.resolveDone(this.rowCount);
  }

  handleError(error: Error): void {
    this.failed = error;
    this.rejectReady(error);
    this.rejectDone(error);
  }

  // Not sent in reply to COPY FROM STDIN; present because pg may call them on any active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  get conn(): Connection {
    if (!this.connection) throw new Error("COPY has not started");
    return this.connection;
  }

  get error(): Error | null {
    return this.failed;
  }
}

const CHUNK_BYTES = 1 << 16;

/**
 * Writes COPY text rows byte by byte into one reused buffer, sent to the server every 64 KB.
 * ASCII (ids, codes, numbers as the file wrote them) is copied by a plain loop; anything else
 * goes through Buffer.write. A million rows make no per-row strings and almost no garbage:
 * measured, it is what keeps the import's memory flat (strings per row were promoted by the
 * garbage collector and the process peaked 100 MB higher in some runs).
 */
export class RowEncoder {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES + 4096);
  private pos = 0;
  private first = true;

  constructor(private readonly send: (bytes: Buffer) => void) {}

  private room(bytes: number): void {
    if (this.pos + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.pos + bytes));
    this.buffer.copy(grown, 0, 0, this.pos);
    this.buffer = grown;
  }

  private separator(): void {
    if (this.first) this.first = false;
    else this.buffer[this.pos++] = 9;
  }

  /** Text known to need no escaping and to be ASCII: ids, codes, enum values, dates, plain numbers. */
  plain(text: string): void {
    this.room(text.length + 1);
    this.separator();
    const buf = this.buffer;
    let pos = this.pos;
    for (let i = 0; i < text.length; i++) buf[pos++] = text.charCodeAt(i);
    this.pos = pos;
  }

  /** Any text: escaped for COPY, UTF-8 for what is not ASCII. */
  text(text: string): void {
    this.room(text.length * 6 + 1);
    this.separator();
    const buf = this.buffer;
    let pos = this.pos;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        this.pos += buf.write(copyText(text), this.pos);
        return;
      }
      if (c === 92 || c === 9 || c === 10 || c === 13) {
        buf[pos++] = 92;
        buf[pos++] = c === 92 ? 92 : c === 9 ? 116 : c === 10 ? 110 : 114;
      } else buf[pos++] = c;
    }
    this.pos = pos;
  }

  number(value: number | string | null | undefined): void {
    if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) return this.nul();
    this.plain(typeof value === "number" ? String(value) : value);
  }

  nul(): void {
    this.room(3);
    this.separator();
    this.buffer[this.pos++] = 92;
    this.buffer[this.pos++] = 78;
  }

  endRow(): void {
    this.room(1);
    this.buffer[this.pos++] = 10;
    this.first = true;
    if (this.pos >= CHUNK_BYTES) this.flush();
  }

  row(values: readonly BulkValue[]): void {
    for (const v of values) {
      if (v === null) this.nul();
      else if (typeof v === "number") this.number(v);
      else this.text(v);
    }
    this.endRow();
  }

  flush(): void {
    if (this.pos === 0) return;
    // pg copies the bytes into its own message, so the buffer is free again at once.
    this.send(this.buffer.subarray(0, this.pos));
    this.pos = 0;
  }

  discard(): void {
    this.pos = 0;
    this.first = true;
  }
}

const PGCOPY_SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);
const DAY_MS = 86_400_000;
/** PostgreSQL dates count days from 2000-01-01. */
const PG_EPOCH_DAYS = Date.UTC(2000, 0, 1) / DAY_MS;

/**
 * COPY's binary format: each field as its length and its bytes, so the server parses no
 * text (for a million rows that is most of the work of a COPY into a table with indexes:
 * about 1.4 s of 5.5 s measured). Ids and dates repeat row after row, so their bytes are
 * worked out once and copied.
 */
export class BinaryEncoder {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES + 4096);
  private pos = 0;
  private readonly uuids = new Map<string, Buffer>();
  private readonly dates = new Map<string, number>();

  constructor(
    private readonly send: (bytes: Buffer) => void,
    private readonly columns: readonly BulkColumn[],
  ) {
    this.room(PGCOPY_SIGNATURE.length + 8);
    PGCOPY_SIGNATURE.copy(this.buffer, 0);
    this.pos = PGCOPY_SIGNATURE.length;
    this.buffer.writeInt32BE(0, this.pos); // flags
    this.buffer.writeInt32BE(0, this.pos + 4); // header extension length
    this.pos += 8;
  }

  private room(bytes: number): void {
    if (this.pos + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.pos + bytes));
    this.buffer.copy(grown, 0, 0, this.pos);
    this.buffer = grown;
  }

  beginRow(): void {
    this.room(2);
    this.buffer.writeInt16BE(this.columns.length, this.pos);
    this.pos += 2;
  }

  nul(): void {
    this.room(4);
    this.buffer.writeInt32BE(-1, this.pos);
    this.pos += 4;
  }

  uuid(id: string): void {
    let bytes = this.uuids.get(id);
    if (!bytes) {
      bytes = Buffer.from(id.replace(/-/g, ""), "hex");
      if (bytes.length !== 16) throw new Error(`not a uuid: ${id}`);
      if (this.uuids.size < 10_000) this.uuids.set(id, bytes);
    }
    this.room(20);
    this.buffer.writeInt32BE(16, this.pos);
    bytes.copy(this.buffer, this.pos + 4);
    this.pos += 20;
  }

  /** Text, and enum labels (their binary form is the label). */
  text(text: string): void {
    this.room(text.length * 3 + 4);
    const buf = this.buffer;
    const start = this.pos + 4;
    let pos = start;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        pos = start + buf.write(text, start);
        break;
      }
      buf[pos++] = c;
    }
    buf.writeInt32BE(pos - start, this.pos);
    this.pos = pos;
  }

  float8(value: number | null): void {
    if (value === null || !Number.isFinite(value)) return this.nul();
    this.room(12);
    this.buffer.writeInt32BE(8, this.pos);
    this.buffer.writeDoubleBE(value, this.pos + 4);
    this.pos += 12;
  }

  int4(value: number | null): void {
    if (value === null) return this.nul();
    this.room(8);
    this.buffer.writeInt32BE(4, this.pos);
    this.buffer.writeInt32BE(value, this.pos + 4);
    this.pos += 8;
  }

  /** An ISO date, YYYY-MM-DD. */
  date(iso: string): void {
    let days = this.dates.get(iso);
    if (days === undefined) {
      const [y, m, d] = iso.split("-").map(Number);
      days = Date.UTC(y!, m! - 1, d!) / DAY_MS - PG_EPOCH_DAYS;
      if (this.dates.size < 10_000) this.dates.set(iso, days);
    }
    this.int4(days);
  }

  endRow(): void {
    if (this.pos >= CHUNK_BYTES) this.flush();
  }

  /** A row from plain values, encoded by each column's type. */
  row(values: readonly BulkValue[]): void {
    this.beginRow();
    this.columns.forEach((c, i) => {
      const v = values[i] ?? null;
      if (v === null) return this.nul();
      if (c.type === "uuid") this.uuid(String(v));
      else if (c.type === "float8") this.float8(Number(v));
      else if (c.type === "int4") this.int4(Number(v));
      else if (c.type === "date") this.date(String(v));
      else this.text(String(v));
    });
    this.endRow();
  }

  finish(): void {
    this.room(2);
    this.buffer.writeInt16BE(-1, this.pos);
    this.pos += 2;
    this.flush();
  }

  flush(): void {
    if (this.pos === 0) return;
    this.send(this.buffer.subarray(0, this.pos));
    this.pos = 0;
  }

  discard(): void {
    this.pos = 0;
  }
}

class CopyWriter implements BulkWriter {
  private ended = false;
  readonly encoder?: RowEncoder;
  readonly binary?: BinaryEncoder;

  constructor(
    private readonly copy: CopyIn,
    columns: readonly BulkColumn[],
    format: "text" | "binary",
  ) {
    const send = (bytes: Buffer) => {
      if (this.copy.error) throw this.copy.error;
      this.copy.conn.sendCopyFromChunk(bytes);
    };
    if (format === "binary") this.binary = new BinaryEncoder(send, columns);
    else this.encoder = new RowEncoder(send);
  }

  write(row: readonly BulkValue[]): void {
    if (this.binary) this.binary.row(row);
    else this.encoder!.row(row);
  }

  get needsDrain(): boolean {
    return (this.copy.conn.stream.writableLength ?? 0) > MAX_BUFFERED || this.copy.error !== null;
  }

  async drain(): Promise<void> {
    if (this.copy.error) throw this.copy.error;
    const stream = this.copy.conn.stream;
    if ((stream.writableLength ?? 0) <= MAX_BUFFERED) return;
    await new Promise<void>((resolve) => {
      // Whichever comes first: the socket drains, or the COPY ends (an error from the server).
      const done = () => {
        stream.removeListener?.("drain", done);
        resolve();
      };
      stream.once("drain", done);
      void this.copy.done.then(done, done);
    });
    if (this.copy.error) throw this.copy.error;
  }

  async end(): Promise<number> {
    if (this.binary) this.binary.finish();
    else this.encoder!.flush();
    this.ended = true;
    this.copy.conn.endCopyFrom();
    return this.copy.done;
  }

  async abort(reason: string): Promise<void> {
    if (this.ended || this.copy.error) return;
    this.ended = true;
    this.binary?.discard();
    this.encoder?.discard();
    this.copy.conn.sendCopyFail(reason.slice(0, 200));
    // The server answers the cancelled COPY with an error: that is the expected outcome here.
    await this.copy.done.catch(() => undefined);
  }
}

/**
 * The embedded database takes a COPY's data in one piece (lib/db/embedded-socket.ts hands
 * PGlite the whole stream at CopyDone), so a long load there is cut into COPYs of this many
 * rows, to keep the launcher's memory flat. Each part commits on its own, as the rows of an
 * aborted load on a server never do: callers delete a failed batch's rows by its id.
 */
const EMBEDDED_ROWS_PER_COPY = 25_000;

class RotatingCopyWriter implements BulkWriter {
  private current: CopyWriter;
  private rows = 0;
  private total = 0;

  private constructor(
    private readonly open: () => Promise<CopyWriter>,
    first: CopyWriter,
  ) {
    this.current = first;
  }

  static async start(open: () => Promise<CopyWriter>): Promise<RotatingCopyWriter> {
    return new RotatingCopyWriter(open, await open());
  }

  write(row: readonly BulkValue[]): void {
    this.current.write(row);
    this.rows += 1;
  }

  get needsDrain(): boolean {
    return this.rows >= EMBEDDED_ROWS_PER_COPY || this.current.needsDrain;
  }

  async drain(): Promise<void> {
    if (this.rows < EMBEDDED_ROWS_PER_COPY) return this.current.drain();
    this.total += await this.current.end();
    this.rows = 0;
    this.current = await this.open();
  }

  async end(): Promise<number> {
    return this.total + (await this.current.end());
  }

  abort(reason: string): Promise<void> {
    return this.current.abort(reason);
  }
}

/**
 * COPY … FROM STDIN of bytes already in COPY's format (a file, a stream), with backpressure;
 * server only. Resolves to the number of rows the database took.
 */
export async function copyFromStream(client: pg.ClientBase, sql: string, source: AsyncIterable<Uint8Array>): Promise<number> {
  const copy = new CopyIn(sql);
  // pg accepts any object with submit(connection) as a query; its types only know QueryConfig.
  client.query(copy as unknown as pg.QueryConfig);
  await copy.ready;
  const conn = copy.conn;
  for await (const chunk of source) {
    if (copy.error) break;
    conn.sendCopyFromChunk(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((conn.stream.writableLength ?? 0) > MAX_BUFFERED) await Promise.race([new Promise<void>((resolve) => conn.stream.once("drain", resolve)), copy.done.then(() => undefined)]);
  }
  if (!copy.error) conn.endCopyFrom();
  return copy.done;
}

/**
 * Opens a bulk load of `columns` into `table` on `client`, which it holds until end() or
 * abort(). Only one bulk load per client at a time.
 */
export async function openBulkWriter(client: pg.ClientBase, table: string, columns: readonly BulkColumn[], options: { format?: "text" | "binary" } = {}): Promise<BulkWriter> {
  const format = options.format ?? "text";
  const open = async () => {
    const copy = new CopyIn(`COPY ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(", ")}) FROM STDIN${format === "binary" ? " WITH (FORMAT binary)" : ""}`);
    // pg accepts any object with submit(connection) as a query; its types only know QueryConfig.
    client.query(copy as unknown as pg.QueryConfig);
    await copy.ready;
    return new CopyWriter(copy, columns, format);
  };
  return (await isEmbedded(client)) ? RotatingCopyWriter.start(open) : open();
}
