import pg from "pg";

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * How many statements `work` sends to the database, counted on the pg driver that
 * adapter-pg uses. For an untimed diagnostic pass only: the counter is removed after.
 */
export async function countRoundTrips(work: () => Promise<unknown>): Promise<number> {
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  let count = 0;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return count;
}
