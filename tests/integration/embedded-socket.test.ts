import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { db } from "@/lib/db/client";

/**
 * The embedded database serves the app's whole connection pool through one PGlite session.
 * Under load every query must still run with its own statement and its own parameters, and a
 * transaction must stay whole: the failure this guards against mixed connections' Parse and
 * Bind messages, so a query could run another request's statement.
 */
let embedded: EmbeddedDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  embedded = await startEmbeddedDatabase({ memory: true });
  pool = new pg.Pool({ connectionString: embedded.url, max: 20 });
  await pool.query('CREATE TABLE "Ledger" (id serial PRIMARY KEY, account int NOT NULL, amount int NOT NULL)');
});

/** A bare COPY FROM STDIN on one pg client: pg hands a "submittable" its connection when the client is free. */
function copyIn(client: pg.PoolClient, sql: string, data: string): Promise<void> {
  type Connection = { query(text: string): void; sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void };
  return new Promise((resolve, reject) => {
    const submittable = {
      submit: (connection: Connection) => connection.query(sql),
      handleCopyInResponse: (connection: Connection) => {
        connection.sendCopyFromChunk(Buffer.from(data));
        connection.endCopyFrom();
      },
      handleCommandComplete: () => undefined,
      handleReadyForQuery: () => resolve(),
      handleError: (error: Error) => reject(error),
    };
    (client as unknown as { query(s: typeof submittable): void }).query(submittable);
  });
}

afterAll(async () => {
  await pool.end();
  await embedded.close();
});

describe("the embedded database under concurrent load", () => {
  it("runs the app's mix of reads and transactions with every query on its own statement", async () => {
    // This file's database (embedded unless TEST_DATABASE_URL is set), through Prisma as the app uses it.
    const tenant = await db().localAuthorityPartnership.create({ data: { slug: "load-test", name: "Load test" } });
    const user = await db().user.create({ data: { email: "load@example.org", name: "Load" } });
    const wrong: string[] = [];
    const shapes = [
      async () => ((await db().localAuthorityPartnership.findUnique({ where: { slug: "load-test" } }))?.id === tenant.id ? null : "partnership by slug"),
      async () => ((await db().localAuthorityPartnership.findUnique({ where: { id: tenant.id }, select: { slug: true } }))?.slug === "load-test" ? null : "partnership by id"),
      async () => ((await db().user.findUnique({ where: { id: user.id }, include: { memberships: true } }))?.email === "load@example.org" ? null : "user"),
      () =>
        db().$transaction(async (tx) => {
          await tx.auditEvent.create({ data: { action: "load.test", entityType: "Load", partnershipId: tenant.id } });
          return (await tx.organisation.count({ where: { partnershipId: tenant.id } })) === 0 ? null : "count in transaction";
        }),
    ];
    await Promise.all(
      Array.from({ length: 20 }, async (_, worker) => {
        for (let i = 0; i < 60; i += 1) {
          try {
            const problem = await shapes[(i + worker) % shapes.length]!();
            if (problem) wrong.push(problem);
          } catch (error) {
            wrong.push(String((error as Error).message).slice(-160));
          }
        }
      }),
    );
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(await db().auditEvent.count({ where: { action: "load.test" } })).toBe(300);
  }, 120_000);

  it("answers every query with its own statement and parameters", async () => {
    const shapes = [
      (i: number) => pool.query<{ v: string }>("SELECT ($1::int + $2::int)::text AS v", [i, 1]).then((r) => expect(r.rows[0]!.v).toBe(String(i + 1))),
      (i: number) => pool.query<{ v: string }>("SELECT $1::text AS v", [`text-${i}`]).then((r) => expect(r.rows[0]!.v).toBe(`text-${i}`)),
      (i: number) =>
        pool.query<{ v: string }>("SELECT concat($1::text, ':', $2::int * 3, ':', $3::text) AS v", [`a${i}`, i, "z"]).then((r) => expect(r.rows[0]!.v).toBe(`a${i}:${i * 3}:z`)),
      (i: number) => pool.query<{ n: number }>("SELECT count(*)::int AS n FROM generate_series(1, $1::int)", [i % 50]).then((r) => expect(r.rows[0]!.n).toBe(i % 50)),
      // A slow one now and then, so that the other connections' messages pile up behind it.
      (i: number) => pool.query<{ v: string }>("SELECT $1::text AS v, pg_sleep(0.02)", [`slow-${i}`]).then((r) => expect(r.rows[0]!.v).toBe(`slow-${i}`)),
    ];
    const results = await Promise.allSettled(Array.from({ length: 1_000 }, (_, i) => shapes[i % shapes.length]!(i)));
    const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    expect(failures.slice(0, 5)).toEqual([]);
  }, 120_000);

  it("keeps each transaction whole while other connections queue behind it", async () => {
    // Each transfer moves money between two accounts in one transaction; an interleaved statement
    // from another connection, or a lost rollback, would leave the ledger unbalanced.
    await pool.query('INSERT INTO "Ledger" (account, amount) SELECT a, 1000 FROM generate_series(1, 10) a');
    const transfer = async (i: number) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query('INSERT INTO "Ledger" (account, amount) VALUES ($1, $2)', [(i % 10) + 1, -7]);
        if (i % 5 === 0) throw new Error("changed my mind");
        await client.query('INSERT INTO "Ledger" (account, amount) VALUES ($1, $2)', [((i + 3) % 10) + 1, 7]);
        await client.query("COMMIT");
      } catch {
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: 300 }, (_, i) => transfer(i)));
    const { rows } = await pool.query<{ total: string; rows: string }>('SELECT sum(amount)::text AS total, count(*)::text AS rows FROM "Ledger"');
    expect(rows[0]).toEqual({ total: "10000", rows: String(10 + 240 * 2) });
  }, 120_000);

  it("takes COPY FROM STDIN like a server, inside a transaction and beside other connections' queries", async () => {
    await pool.query('CREATE TABLE "Copied" (n int NOT NULL, label text NOT NULL)');
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const rows = Array.from({ length: 50_000 }, (_, i) => `${i}\tline ${i}\n`).join("");
      const others = Promise.all(Array.from({ length: 50 }, (_, i) => pool.query<{ v: number }>("SELECT $1::int AS v", [i]).then((r) => r.rows[0]!.v)));
      await copyIn(client, 'COPY "Copied" (n, label) FROM STDIN', rows);
      await client.query("COMMIT");
      expect(await others).toEqual(Array.from({ length: 50 }, (_, i) => i));
      await expect(copyIn(client, 'COPY "Copied" (n, label) FROM STDIN', "not-a-number\tx\n")).rejects.toThrow(/invalid input syntax for type integer/);
    } finally {
      client.release();
    }
    const { rows } = await pool.query<{ n: number; last: string }>('SELECT count(*)::int AS n, max(label) AS last FROM "Copied"');
    expect(rows[0]).toEqual({ n: 50_000, last: "line 9999" });
  });

  it("rolls back what a client left open when it went away, and carries on", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query('INSERT INTO "Ledger" (account, amount) VALUES (99, 1)');
    client.on("error", () => undefined);
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM "Ledger" WHERE account = 99');
    expect(rows[0]!.n).toBe(0);
  });
});
