import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlQueryable, SqlResultSet } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18;
const TEXT_OID = 25;
/** ColumnTypeEnum.Character in @prisma/driver-adapter-utils. */
const CHARACTER_COLUMN = 6;
/** Appended to the name of a relabelled column so the adapter layer can restore its type. */
const CHAR_MARK = "\u0000char";

type Fields = { fields?: { dataTypeID: number; name: string }[] };

function relabelChars<T>(result: T): T {
  for (const field of (result as Fields).fields ?? []) {
    if (field.dataTypeID !== CHAR_OID) continue;
    field.dataTypeID = TEXT_OID;
    field.name += CHAR_MARK;
  }
  return result;
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const originalQuery = pg.Client.prototype.query as unknown as Query;

/**
 * The schema engine's describer reads pg_catalog columns of type "char" (relkind,
 * contype…) and wants them typed as characters; @prisma/adapter-pg refuses that type.
 * This client lets them through as text with a marked name, and the wrapped adapter
 * below turns them back into character columns. Only the schema engine uses it.
 */
class CharAwareClient extends pg.Client {}
(CharAwareClient.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  // pg-pool calls with a callback; adapter-pg's transaction clients expect a promise.
  if (typeof last === "function") {
    const callback = last as (error: unknown, result?: unknown) => void;
    return originalQuery.apply(this, [...args.slice(0, -1), (error: unknown, result?: unknown) => callback(error, result && relabelChars(result))]);
  }
  const out = originalQuery.apply(this, args);
  return out instanceof Promise ? out.then(relabelChars) : out;
};

function restoreChars(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, i) => {
    if (!name.endsWith(CHAR_MARK)) return;
    result.columnNames[i] = name.slice(0, -CHAR_MARK.length);
    (result.columnTypes as number[])[i] = CHARACTER_COLUMN;
  });
  return result;
}

function wrapQueryable<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query: SqlQuery) => restoreChars(await queryRaw(query));
  return queryable;
}

/**
 * The driver adapter factory for the WASM schema engine. A config (not a Pool instance)
 * is passed because adapter-pg recognises a pool with `instanceof`, which fails across module copies.
 */
export function schemaEngineAdapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory & { close(): Promise<void> } {
  const factory = new PrismaPg({ connectionString, max: 1, Client: CharAwareClient });
  const opened: SqlDriverAdapter[] = [];
  return {
    /** The engine does not always dispose its connections; a template database must be left with none. */
    async close() {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose().catch(() => undefined)));
    },
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = wrapQueryable(await factory.connect());
      opened.push(adapter);
      // adapter-pg splits a script on every ";", which breaks function bodies in migrations
      // (the audit log's trigger); PostgreSQL runs a multi-statement script as one simple query.
      const pool = adapter.underlyingDriver() as pg.Pool;
      adapter.executeScript = async (script: string) => {
        await pool.query(script);
      };
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (...args) => wrapQueryable(await startTransaction(...args));
      return adapter;
    },
    // PGlite has no CREATE DATABASE for a shadow database; migrations are diffed against a scratch PGlite instead (lib/db/migrate.ts).
    connectToShadowDb: () => Promise.reject(new Error("No shadow database: see diffSchemaAgainstMigrations in lib/db/migrate.ts")),
  };
}
