import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A PostgreSQL server of its own for a drill, so that stopping it harms nothing else:
 * initdb into a temporary directory, served on its own port. Uses the machine's PostgreSQL
 * binaries (Debian's postgresql package: `pg_config --bindir`). PostgreSQL refuses to run
 * as root, so as root it runs as the `postgres` user.
 */
export class DisposableCluster {
  private constructor(
    private readonly bin: string,
    readonly dir: string,
    readonly port: number,
  ) {}

  static create(port = 55_432): DisposableCluster {
    const bin = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    const dir = mkdtempSync(path.join(tmpdir(), "act-locally-drill-"));
    if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
    const cluster = new DisposableCluster(bin, dir, port);
    cluster.run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): void {
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-l", path.join(this.dir, "server.log"), "-w", "-o", `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`, "start"]);
  }

  /** `immediate` is a crash as far as the transactions in flight can tell: no goodbye, no commit. */
  stop(mode: "fast" | "immediate" = "immediate"): void {
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", mode, "-w", "stop"]);
  }

  destroy(): void {
    try {
      this.stop("fast");
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const command = path.join(this.bin, tool);
    if (process.getuid?.() === 0) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
    else execFileSync(command, args, { stdio: "pipe" });
  }
}
