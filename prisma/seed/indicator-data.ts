import { createHash, randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import type { GeographyType, MissingReason, PeriodType, UploadFormat } from "@/lib/generated/prisma/enums";

/**
 * Indicator data written straight to the tables, for the demo seed, the integration tests
 * and the benchmark's large tenant: the one place that does so outside the upload pipeline.
 * A batch is written the way a commit leaves it (status committed, its commit order drawn
 * from the "UploadBatch_commitSeq_seq" sequence), so the CurrentDataPoint view shows it
 * exactly as it would show an uploaded file. Not for production use: uploads go through
 * the import pipeline, which parses, previews and audits.
 */
export type DataPointSeed = {
  indicatorId: string;
  geographyType: GeographyType;
  geographyCode: string;
  /** As published, e.g. "2023/24". */
  period: string;
  periodType: PeriodType;
  /** ISO dates. */
  periodStart: string;
  periodEnd: string;
  breakdown?: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  lowerCi?: number | null;
  upperCi?: number | null;
  missingReason?: MissingReason | null;
  note?: string | null;
};

export type BatchSeed = {
  partnershipId: string;
  fileName: string;
  format?: UploadFormat;
  uploadedById?: string | null;
  /** A batch committed then rolled back stays in the history but shows nothing. */
  status?: "committed" | "rolled_back";
  /** Shown in the batch history: where the figures come from. */
  summary?: Record<string, unknown>;
};

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The batch row alone, committed (or committed and rolled back); its points are written by the caller. */
export async function createCommittedBatch(db: Db | Tx, batch: BatchSeed & { rows?: number }): Promise<{ id: string; commitSeq: bigint }> {
  const [{ seq }] = await db.$queryRaw<[{ seq: bigint }]>`SELECT nextval('"UploadBatch_commitSeq_seq"') AS seq`;
  const id = randomUUID();
  const now = new Date();
  await db.uploadBatch.create({
    data: {
      partnershipId: batch.partnershipId,
      id,
      channel: "web",
      uploadedById: batch.uploadedById ?? null,
      fileName: batch.fileName,
      sha256: createHash("sha256").update(`${batch.fileName}:${id}`).digest("hex"),
      bytes: BigInt(0),
      format: batch.format ?? "template",
      status: batch.status ?? "committed",
      rowsRead: batch.rows ?? 0,
      rowsAccepted: batch.rows ?? 0,
      summary: batch.summary as never,
      commitSeq: seq,
      committedAt: now,
      committedById: batch.uploadedById ?? null,
      rolledBackAt: batch.status === "rolled_back" ? now : null,
      rolledBackById: batch.status === "rolled_back" ? (batch.uploadedById ?? null) : null,
    },
  });
  return { id, commitSeq: seq };
}

/** A committed batch and its data points, in one go. */
export async function insertCommittedBatch(db: Db | Tx, batch: BatchSeed & { points: readonly DataPointSeed[] }): Promise<{ id: string; commitSeq: bigint }> {
  const created = await createCommittedBatch(db, { ...batch, rows: batch.points.length });
  for (let i = 0; i < batch.points.length; i += 5_000) {
    await db.dataPoint.createMany({
      data: batch.points.slice(i, i + 5_000).map((p, j) => ({
        partnershipId: batch.partnershipId,
        batchId: created.id,
        indicatorId: p.indicatorId,
        geographyType: p.geographyType,
        geographyCode: p.geographyCode,
        period: p.period,
        periodType: p.periodType,
        periodStart: date(p.periodStart),
        periodEnd: date(p.periodEnd),
        breakdown: p.breakdown ?? "",
        value: p.value ?? null,
        numerator: p.numerator ?? null,
        denominator: p.denominator ?? null,
        lowerCi: p.lowerCi ?? null,
        upperCi: p.upperCi ?? null,
        missingReason: p.missingReason ?? null,
        note: p.note ?? null,
        line: i + j + 2,
      })),
    });
  }
  return created;
}

export type GeographySeed = { code: string; type: GeographyType; name: string; laCode?: string | null; imd2019?: { rank: number; decile: number } };

/** Geography reference rows and their IMD 2019 rank and decile; rows already loaded are left as they are. */
export async function insertGeographies(db: Db | Tx, rows: readonly GeographySeed[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    await db.geography.createMany({ data: chunk.map((g) => ({ code: g.code, type: g.type, name: g.name, laCode: g.laCode ?? null })), skipDuplicates: true });
    const ranked = chunk.filter((g) => g.imd2019);
    if (ranked.length) {
      await db.deprivation.createMany({ data: ranked.map((g) => ({ lsoaCode: g.code, edition: "IMD2019", rank: g.imd2019!.rank, decile: g.imd2019!.decile })), skipDuplicates: true });
    }
  }
}
