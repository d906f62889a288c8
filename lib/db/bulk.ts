import type pg from "pg";

/**
 * Bulk loading rows into a table through one `pg` connection. On a PostgreSQL server it is
 * `COPY … FROM STDIN` in text format, written straight onto the connection with
 * backpressure (no intermediate library: pg's "submittable" query interface is enough).
 * The embedded PGlite socket server does not implement the COPY sub-protocol, so there the
 * same rows go in as batched INSERT … SELECT FROM jsonb_array_elements, a few thousand rows
 * a statement. Callers see one interface and never know which.
 */
export type BulkValue = string | number | null;
/** `type` is the SQL type the embedded path casts to: uuid, text, float8, int4, date, "GeographyType"… */
export type BulkColumn = { name: string; type: string };

export interface BulkWriter {
  write(row: readonly BulkValue[]): void;
  /**
   * A row already in COPY text format (tab-separated, escaped, \N for null, with its newline),
   * for hot loops that build it in one template string; present only on the COPY path.
   */
  writeLine?(line: string): void;
  /** True when the caller should await drain() before writing more. */
  readonly needsDrain: boolean;
  drain(): Promise<void>;
  /** Finishes the load; resolves to the number of rows the database took. */
  end(): Promise<number>;
  /** Gives up: on a server the COPY is cancelled and nothing is kept; embedded rows already inserted stay (the caller deletes them). */
  abort(reason: string): Promise<void>;
}

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

/** Text for COPY: escaped only when it must be (most cells never are). */
export function copyEscape(value: string): string {
  return value === "" || !NEEDS_ESCAPE.test(value) ? value : copyText(value);
}

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
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean; once(event: "drain", listener: () => void): unknown };
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

const CHUNK_CHARS = 1 << 15;

/**
 * Rows become COPY text lines, gathered in a string and sent as one message every 32K
 * characters. Measured: cheaper than writing field by field into a buffer, because V8 joins
 * strings lazily and encodes the chunk in one native call. Kept well under 128 KB, because a
 * bigger string is born in V8's large-object space and a million rows of such garbage would
 * raise the process's memory by hundreds of megabytes before a full collection.
 */
class CopyWriter implements BulkWriter {
  private buffer = "";
  private ended = false;

  constructor(private readonly copy: CopyIn) {}

  write(row: readonly BulkValue[]): void {
    this.writeLine(copyLine(row));
  }

  writeLine(line: string): void {
    this.buffer += line;
    if (this.buffer.length >= CHUNK_CHARS) this.flush();
  }

  get needsDrain(): boolean {
    return Boolean(this.copy.conn.stream.writableNeedDrain) || this.copy.error !== null;
  }

  async drain(): Promise<void> {
    if (this.copy.error) throw this.copy.error;
    const stream = this.copy.conn.stream;
    if (!stream.writableNeedDrain) return;
    await Promise.race([new Promise<void>((resolve) => stream.once("drain", resolve)), this.copy.done.then(() => undefined)]);
    if (this.copy.error) throw this.copy.error;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    if (this.copy.error) throw this.copy.error;
    this.copy.conn.sendCopyFromChunk(Buffer.from(this.buffer, "utf8"));
    this.buffer = "";
  }

  async end(): Promise<number> {
    this.flush();
    this.ended = true;
    this.copy.conn.endCopyFrom();
    return this.copy.done;
  }

  async abort(reason: string): Promise<void> {
    if (this.ended || this.copy.error) return;
    this.ended = true;
    this.buffer = "";
    this.copy.conn.sendCopyFail(reason.slice(0, 200));
    // The server answers the cancelled COPY with an error: that is the expected outcome here.
    await this.copy.done.catch(() => undefined);
  }
}

const EMBEDDED_BATCH = 2_000;

class InsertWriter implements BulkWriter {
  private rows: (readonly BulkValue[])[] = [];
  private total = 0;
  private readonly sql: string;

  constructor(
    private readonly client: pg.ClientBase,
    table: string,
    columns: readonly BulkColumn[],
  ) {
    const casts = columns.map((c, i) => `(r->>${i})::${c.type}`).join(", ");
    this.sql = `INSERT INTO ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(", ")}) SELECT ${casts} FROM jsonb_array_elements(`;
  }

  write(row: readonly BulkValue[]): void {
    this.rows.push(row);
  }

  get needsDrain(): boolean {
    return this.rows.length >= EMBEDDED_BATCH;
  }

  async drain(): Promise<void> {
    if (this.rows.length === 0) return;
    const batch = this.rows;
    this.rows = [];
    const json = JSON.stringify(batch.map((r) => r.map((v) => (typeof v === "number" && !Number.isFinite(v) ? null : v))));
    // One simple-protocol message (the JSON as a dollar-quoted literal), not Parse/Bind/Execute:
    // PGlite's socket server runs every connection on one session, and another connection's
    // statement between our Bind and Execute would take our unnamed portal.
    let tag = "rows";
    while (json.includes(`$${tag}$`)) tag += "_";
    const result = await this.client.query(`${this.sql}$${tag}$${json}$${tag}$::jsonb) AS r`);
    this.total += result.rowCount ?? 0;
  }

  async end(): Promise<number> {
    await this.drain();
    return this.total;
  }

  async abort(): Promise<void> {
    this.rows = [];
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
    if (conn.stream.writableNeedDrain) await Promise.race([new Promise<void>((resolve) => conn.stream.once("drain", resolve)), copy.done.then(() => undefined)]);
  }
  if (!copy.error) conn.endCopyFrom();
  return copy.done;
}

/**
 * Opens a bulk load of `columns` into `table` on `client`, which it holds until end() or
 * abort(). Only one bulk load per client at a time.
 */
export async function openBulkWriter(client: pg.ClientBase, table: string, columns: readonly BulkColumn[]): Promise<BulkWriter> {
  if (await isEmbedded(client)) return new InsertWriter(client, table, columns);
  const copy = new CopyIn(`COPY ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(", ")}) FROM STDIN`);
  // pg accepts any object with submit(connection) as a query; its types only know QueryConfig.
  client.query(copy as unknown as pg.QueryConfig);
  await copy.ready;
  return new CopyWriter(copy);
}
