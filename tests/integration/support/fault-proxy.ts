import net from "node:net";

/**
 * A TCP proxy between the app and PostgreSQL that can fail like a database server going
 * down: armed with a piece of SQL, it cuts every connection the moment a client sends that
 * SQL (so the transaction it belongs to never commits) and refuses new connections until
 * healed. The same bytes pass for PGlite's socket server and a real PostgreSQL server.
 */
export class FaultProxy {
  private server = net.createServer((client) => this.accept(client));
  private sockets = new Set<net.Socket>();
  private trigger: string | null = null;
  private down = false;
  /** How many times the armed SQL was seen and the connections cut. */
  cuts = 0;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** The database URL, pointed through the proxy. */
  url(databaseUrl: string): string {
    const u = new URL(databaseUrl);
    u.hostname = "127.0.0.1";
    u.port = String(this.port);
    return u.toString();
  }

  /** Cuts all connections when a client next sends `sql`, and refuses new ones until healed. */
  cutWhen(sql: string): void {
    this.trigger = sql;
  }

  /** The database is back. */
  heal(): void {
    this.down = false;
    this.trigger = null;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private cut(): void {
    this.down = true;
    this.trigger = null;
    this.cuts += 1;
    for (const s of this.sockets) s.destroy();
  }

  private accept(client: net.Socket): void {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    const forget = () => {
      this.sockets.delete(client);
      this.sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk: Buffer) => {
      if (this.trigger && chunk.includes(this.trigger)) return this.cut();
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("close", forget).on("error", forget);
    upstream.on("close", forget).on("error", forget);
  }
}
