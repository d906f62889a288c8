import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * The embedded database's PostgreSQL wire-protocol server: many connections from the app's
 * pool, one PGlite session behind them.
 *
 * PGlite has one session, so its unnamed prepared statement and portal are shared by every
 * connection. `@electric-sql/pglite-socket` 0.2.17 queues each protocol *message* on its own,
 * so under load one connection's Bind lands on another connection's Parse: queries run with
 * the wrong parameters ("bind message supplies 4 parameters, but prepared statement requires
 * 3"), or with matching counts, silently on the wrong statement. This server queues whole
 * message groups instead: everything a client sends up to and including its Sync or simple
 * Query runs on PGlite in one piece. A connection keeps PGlite to itself for as long as the
 * response it got did not end in ReadyForQuery "idle": inside a transaction, during COPY, or
 * after a Flush, exactly as a real server's session would be its own.
 */
const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

type Group = { connection: Connection; bytes: Uint8Array; copy: boolean };

const COPY_FROM_STDIN = /^\s*COPY\b[\s\S]*\bFROM\s+STDIN\b/i;
/** CopyInResponse: 'G', length 7, text format, no per-column formats. */
const COPY_IN_RESPONSE = Buffer.from([0x47, 0, 0, 0, 7, 0, 0, 0]);

class Connection {
  buffer: Buffer = Buffer.alloc(0);
  pending: Buffer[] = [];
  /** Inside COPY FROM STDIN: the Query and the data so far, handed to PGlite whole at CopyDone. */
  copying: Buffer[] | null = null;
  started = false;
  closed = false;
  constructor(
    readonly id: number,
    readonly socket: net.Socket,
  ) {}
}

export class EmbeddedSocketServer {
  private server = net.createServer((socket) => this.accept(socket));
  private queue: Group[] = [];
  private running = false;
  /** The connection that holds the session (open transaction, COPY, Flush), or null when it is free. */
  private holder: Connection | null = null;
  private nextId = 1;
  private connections = new Set<Connection>();

  constructor(private readonly db: PGlite) {}

  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve());
    });
    return (this.server.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    while (this.running) await new Promise((r) => setTimeout(r, 5));
  }

  private accept(socket: net.Socket): void {
    socket.setNoDelay(true);
    const connection = new Connection(this.nextId++, socket);
    this.connections.add(connection);
    socket.on("data", (data: Buffer) => this.receive(connection, data));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.disconnect(connection));
  }

  /** Splits the stream into messages and queues each complete group. */
  private receive(c: Connection, data: Buffer): void {
    c.buffer = c.buffer.length ? Buffer.concat([c.buffer, data]) : data;
    for (;;) {
      if (!c.started) {
        if (c.buffer.length < 8) return;
        const length = c.buffer.readInt32BE(0);
        const code = c.buffer.readInt32BE(4);
        if (c.buffer.length < length) return;
        const message = c.buffer.subarray(0, length);
        c.buffer = c.buffer.subarray(length);
        if (code === SSL_REQUEST) {
          c.socket.write("N");
          continue;
        }
        if (code === CANCEL_REQUEST) continue; // PGlite has no backend to signal.
        if (code !== PROTOCOL_3) {
          c.socket.destroy();
          return;
        }
        c.started = true;
        this.enqueue(c, [Buffer.from(message)]);
        continue;
      }
      if (c.buffer.length < 5) return;
      const length = 1 + c.buffer.readInt32BE(1);
      if (c.buffer.length < length) return;
      const type = String.fromCharCode(c.buffer[0]!);
      const message = Buffer.from(c.buffer.subarray(0, length));
      c.buffer = c.buffer.subarray(length);
      if (c.copying) {
        c.copying.push(message);
        if (type === "c" || type === "f") {
          this.enqueue(c, c.copying, { copy: true });
          c.copying = null;
        }
        continue;
      }
      if (type === "X") {
        c.pending = [];
        c.socket.end();
        return;
      }
      if (type === "Q" && COPY_FROM_STDIN.test(message.toString("utf8", 5, Math.min(length, 4_096)))) {
        // PGlite reads a COPY's data only within the call that started it: collect it all first,
        // telling the client to go ahead as a server would (text format).
        c.copying = [...c.pending, message];
        c.pending = [];
        c.socket.write(COPY_IN_RESPONSE);
        continue;
      }
      c.pending.push(message);
      // Sync, simple Query and Flush: the points where a client waits for an answer.
      if (type === "S" || type === "Q" || type === "H") {
        this.enqueue(c, c.pending);
        c.pending = [];
      }
    }
  }

  private enqueue(connection: Connection, messages: Buffer[], { copy = false } = {}): void {
    this.queue.push({ connection, bytes: new Uint8Array(Buffer.concat(messages)), copy });
    void this.drain();
  }

  private next(): Group | undefined {
    const index = this.holder ? this.queue.findIndex((g) => g.connection === this.holder) : 0;
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let group = this.next(); group; group = this.next()) {
        const { connection, bytes } = group;
        if (connection.closed) continue;
        let tail: Buffer = Buffer.alloc(0);
        // The client already has its CopyInResponse: PGlite's own one is held back.
        const send = group.copy ? withoutFirstCopyInResponse(connection.socket) : (chunk: Buffer) => connection.socket.write(chunk);
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(bytes, {
              onRawData: (chunk: Uint8Array) => {
                const data = Buffer.from(chunk);
                if (!connection.closed && connection.socket.writable) send(data);
                tail = Buffer.concat([tail, data]).subarray(-6);
              },
            }),
          );
        } catch {
          // PGlite could not take the messages: this connection is finished, the session is not.
          connection.socket.destroy();
          if (this.db.isInTransaction()) await this.db.exec("ROLLBACK"); // exec takes PGlite's lock itself
          this.holder = null;
          continue;
        }
        // ReadyForQuery is 'Z', length 5, status: the session is free only when it says idle.
        const idle = tail.length === 6 && tail[0] === 0x5a && tail.readInt32BE(1) === 5 && tail[5] === 0x49;
        this.holder = idle ? null : connection;
      }
    } finally {
      this.running = false;
    }
  }

  /** A client gone mid-transaction must not leave PGlite inside it. */
  private async disconnect(c: Connection): Promise<void> {
    c.closed = true;
    this.connections.delete(c);
    this.queue = this.queue.filter((g) => g.connection !== c);
    if (this.holder !== c) return;
    while (this.running) await new Promise((r) => setTimeout(r, 1));
    if (this.holder !== c) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK"); // exec takes PGlite's lock itself
    this.holder = null;
    void this.drain();
  }
}

/** Passes the response on, minus its first message when that is a CopyInResponse ('G'). */
function withoutFirstCopyInResponse(socket: net.Socket): (chunk: Buffer) => void {
  let head: Buffer | null = Buffer.alloc(0);
  return (chunk) => {
    if (head === null) {
      socket.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < 5) return;
    const length = 1 + head.readInt32BE(1);
    if (head[0] !== 0x47) {
      socket.write(head);
      head = null;
      return;
    }
    if (head.length < length) return;
    const rest = head.subarray(length);
    head = null;
    if (rest.length) socket.write(rest);
  };
}
