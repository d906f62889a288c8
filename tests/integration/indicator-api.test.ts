import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/indicators/tokens/services";
import { seedDemo, type Demo } from "./support/fixtures";
import { currentValue, tenantContext, TEMPLATE } from "./support/uploads";
import * as uploads from "@/app/api/v1/uploads/route";
import * as batchRoute from "@/app/api/v1/uploads/[batch]/route";
import * as commitRoute from "@/app/api/v1/uploads/[batch]/commit/route";
import * as rollbackRoute from "@/app/api/v1/uploads/[batch]/rollback/route";
import * as rejectionsRoute from "@/app/api/v1/uploads/[batch]/rejections/route";
import * as browserUpload from "@/app/api/uploads/[partnership]/route";
import * as indicatorsRoute from "@/app/api/v1/indicators/route";
import * as figuresRoute from "@/app/api/v1/indicators/[indicator]/figures/route";
import { newApiToken } from "@/lib/indicators/tokens/token";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUserId: async () => session.userId }));
vi.mock("@/lib/tenancy/request", () => ({ requestInfo: async () => ({ requestId: "test-request", ip: "127.0.0.1" }), currentPath: async () => "/" }));

let demo: Demo;
const BASE = "http://localhost:3302";

beforeAll(async () => {
  demo = await seedDemo();
});

async function tokenFor(userKey: string, slug = "bradford"): Promise<string> {
  const ctx = await tenantContext(demo.users[userKey]!.id, slug);
  return (await createApiToken(ctx, { name: `${userKey} script` })).token;
}

/** A request whose body arrives in small pieces, as it does over the network. */
function streamed(text: string | Buffer, chunk = 8192): ReadableStream<Uint8Array> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : new Uint8Array(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

function request(url: string, init: { token?: string; method?: string; body?: string | Buffer; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers };
  return new Request(`${BASE}${url}`, { method: init.method ?? (init.body !== undefined ? "POST" : "GET"), headers, body: init.body !== undefined ? streamed(init.body) : undefined, duplex: "half" } as RequestInit);
}

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });
const injury = (period: string, value: string) => `${TEMPLATE}\ninjury-admissions-0-14,,,la,E08000032,${period},financial_year,,${value},,\n`;

describe("the upload API for scripts", () => {
  it("uploads the real Fingertips file as the request body, previews it, commits it and lists it", async () => {
    const token = await tokenFor("research");
    const file = readFileSync(path.join(process.cwd(), "prisma", "seed", "data", "la_hospital_admissions_2324.csv"));
    const staged = await uploads.POST(request("/api/v1/uploads?fileName=fingertips-again.csv", { token, body: file, headers: { "content-type": "text/csv" } }));
    expect(staged.status).toBe(201);
    const body = (await staged.json()) as { batch: { id: string; status: string; format: string; rows: { read: number }; replaced: { cells: number; changed: number } } };
    expect(body.batch).toMatchObject({ status: "staged", format: "fingertips", rows: { read: 7208 } });
    // The same file as the seed's: every cell it writes is already there, unchanged.
    expect(body.batch.replaced.changed).toBe(0);
    expect(body.batch.replaced.cells).toBeGreaterThan(700);
    const batch = await db().uploadBatch.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: body.batch.id } } });
    expect(batch).toMatchObject({ channel: "api", uploadedById: demo.users.research!.id });
    expect(batch.apiTokenId).not.toBeNull();

    const committed = await commitRoute.POST(request(`/api/v1/uploads/${body.batch.id}/commit`, { token, method: "POST" }), params({ batch: body.batch.id }));
    expect(committed.status).toBe(200);
    expect(((await committed.json()) as { batch: { status: string } }).batch.status).toBe("committed");
    const list = (await (await uploads.GET(request("/api/v1/uploads", { token }))).json()) as { batches: { id: string; token: string | null }[] };
    expect(list.batches[0]).toMatchObject({ id: body.batch.id, token: "research script" });
  });

  it("commits and rolls back, and says why it cannot commit twice", async () => {
    const token = await tokenFor("research");
    const staged = (await (await uploads.POST(request("/api/v1/uploads?fileName=fix.csv", { token, body: injury("2017/18", "111.1") }))).json()) as { batch: { id: string } };
    const id = staged.batch.id;
    expect((await commitRoute.POST(request(`/x`, { token, method: "POST" }), params({ batch: id }))).status).toBe(200);
    expect(await currentValue(demo.bradford.id, "E08000032", "2017/18", "injury-admissions-0-14")).toMatchObject({ value: 111.1 });
    const again = await commitRoute.POST(request(`/x`, { token, method: "POST" }), params({ batch: id }));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/already committed/);
    expect((await rollbackRoute.POST(request(`/x`, { token, method: "POST" }), params({ batch: id }))).status).toBe(200);
    expect((await currentValue(demo.bradford.id, "E08000032", "2017/18", "injury-admissions-0-14"))!.value).not.toBe(111.1);
  });

  it("refuses a file it cannot read with the reason, and one over the size limit before reading it", async () => {
    const token = await tokenFor("research");
    const unknown = await uploads.POST(request("/api/v1/uploads?fileName=odd.csv", { token, body: "a,b,c\n1,2,3\n" }));
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ error: { kind: "unrecognised", header: ["a", "b", "c"] } });
    const huge = await uploads.POST(request("/api/v1/uploads?fileName=huge.csv", { token, body: "x", headers: { "content-length": String(500 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    const form = await uploads.POST(request("/api/v1/uploads", { token, body: "--x", headers: { "content-type": "multipart/form-data; boundary=x" } }));
    expect(form.status).toBe(415);
  });

  it("serves every rejected row as CSV", async () => {
    const token = await tokenFor("research");
    const staged = (await (await uploads.POST(request("/api/v1/uploads?fileName=bad.csv", { token, body: `${TEMPLATE}\ninjury-admissions-0-14,,,la,E08000032,2018/19,financial_year,,abc,,\n` }))).json()) as { batch: { id: string }; rejections: { line: number }[] };
    expect(staged.rejections).toEqual([{ line: 2, reason: expect.stringContaining('"abc" is not a number') }]);
    const csv = await rejectionsRoute.GET(request(`/x`, { token }), params({ batch: staged.batch.id }));
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(await csv.text()).toBe(`line,reason\r\n2,"value ""abc"" is not a number or a marker (c, x, z, k, low, u)"\r\n`);
  });
});

describe("API tokens", () => {
  it("answer 401 without a token, with a malformed or unknown one, and once revoked", async () => {
    expect((await uploads.GET(request("/api/v1/uploads"))).status).toBe(401);
    expect((await uploads.GET(request("/api/v1/uploads", { token: "not-a-token" }))).status).toBe(401);
    expect((await uploads.GET(request("/api/v1/uploads", { token: `alk_${"A".repeat(43)}` }))).status).toBe(401);
    const ctx = await tenantContext(demo.users.research!.id);
    const created = await createApiToken(ctx, { name: "to revoke" });
    expect((await uploads.GET(request("/api/v1/uploads", { token: created.token }))).status).toBe(200);
    await revokeApiToken(ctx, { tokenId: created.id });
    const revoked = await uploads.GET(request("/api/v1/uploads", { token: created.token }));
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as { error: { message: string } }).error.message).toMatch(/revoked/);
    // Stored as a hash, listed by its first characters only.
    const row = await db().apiToken.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: created.id } } });
    expect(row.tokenHash).not.toContain(created.token);
    expect((await listApiTokens(ctx)).find((t) => t.id === created.id)).toMatchObject({ prefix: created.token.slice(0, 12) });
  });

  it("stop working when their creator leaves the partnership or is deactivated", async () => {
    const token = await tokenFor("research");
    const membership = await db().membership.findFirstOrThrow({ where: { partnershipId: demo.bradford.id, userId: demo.users.research!.id } });
    await db().membership.delete({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id: membership.id } } });
    try {
      expect((await uploads.GET(request("/api/v1/uploads", { token }))).status).toBe(401);
    } finally {
      await db().membership.create({ data: { partnershipId: demo.bradford.id, userId: demo.users.research!.id, role: "research_partner", id: membership.id } });
    }
    expect((await uploads.GET(request("/api/v1/uploads", { token }))).status).toBe(200);
    await db().user.update({ where: { id: demo.users.research!.id }, data: { deactivatedAt: new Date() } });
    try {
      expect((await uploads.GET(request("/api/v1/uploads", { token }))).status).toBe(401);
    } finally {
      await db().user.update({ where: { id: demo.users.research!.id }, data: { deactivatedAt: null } });
    }
  });

  it("never let one partnership's token read or write another's batches", async () => {
    const bradfordToken = await tokenFor("research");
    const staged = (await (await uploads.POST(request("/api/v1/uploads?fileName=mine.csv", { token: bradfordToken, body: injury("2019/20", "77") }))).json()) as { batch: { id: string } };
    const kirklees = await tokenFor("kirklees-admin", "kirklees");
    const id = staged.batch.id;
    expect((await batchRoute.GET(request("/x", { token: kirklees }), params({ batch: id }))).status).toBe(404);
    expect((await commitRoute.POST(request("/x", { token: kirklees, method: "POST" }), params({ batch: id }))).status).toBe(404);
    expect((await rollbackRoute.POST(request("/x", { token: kirklees, method: "POST" }), params({ batch: id }))).status).toBe(404);
    expect((await rejectionsRoute.GET(request("/x", { token: kirklees }), params({ batch: id }))).status).toBe(404);
    // An admin's token reads the history but cannot upload; Kirklees's history has none of Bradford's batches.
    const list = (await (await uploads.GET(request("/api/v1/uploads", { token: kirklees }))).json()) as { batches: unknown[] };
    expect(list.batches).toEqual([]);
    expect((await uploads.POST(request("/api/v1/uploads", { token: kirklees, body: injury("2019/20", "1") }))).status).toBe(404);
    expect((await db().uploadBatch.findUniqueOrThrow({ where: { partnershipId_id: { partnershipId: demo.bradford.id, id } } })).status).toBe("staged");
    expect(await db().uploadBatch.count({ where: { partnershipId: demo.kirklees.id } })).toBe(0);
  });

  it("are rate limited per token", async () => {
    const token = await tokenFor("research");
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await batchRoute.GET(request("/x", { token }), params({ batch: "not-a-uuid" }))).status);
    expect(statuses.slice(0, 120).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("the browser's upload endpoint", () => {
  const post = (slug: string, query: string, body: string, origin: string | null = BASE) =>
    browserUpload.POST(request(`/api/uploads/${slug}?${query}`, { body, headers: { host: "localhost:3302", ...(origin ? { origin } : {}) } }), params({ partnership: slug }));

  it("takes a signed-in research partner's file from the app's own origin, and tells the file's format from its first rows", async () => {
    session.userId = demo.users.research!.id;
    const probe = await post("bradford", "probe=1&fileName=x.csv", injury("2020/21", "5"));
    expect(await probe.json()).toMatchObject({ recognised: { format: "template" } });
    const staged = await post("bradford", `fileName=x.csv&batch=${crypto.randomUUID()}`, injury("2020/21", "5"));
    expect(staged.status).toBe(201);
    const odd = await post("bradford", "probe=1&fileName=odd.csv", "LSOA code (2011),Score\nE01010800,1\n");
    expect(await odd.json()).toMatchObject({ error: { kind: "unrecognised", suggestion: { geography_code: { column: "LSOA code (2011)" } } } });
  });

  it("answers 404 to another site, a signed-out caller, a co-ordinator and another tenant's member", async () => {
    const before = await db().uploadBatch.count();
    session.userId = demo.users.research!.id;
    expect((await post("bradford", "fileName=x.csv", injury("2020/21", "6"), "https://evil.example")).status).toBe(404);
    expect((await post("bradford", "fileName=x.csv", injury("2020/21", "6"), null)).status).toBe(404);
    for (const user of [null, demo.users.coordinator!.id, demo.users["kirklees-admin"]!.id, demo.users.admin!.id]) {
      session.userId = user;
      expect((await post("bradford", "fileName=x.csv", injury("2020/21", "6"))).status).toBe(404);
    }
    expect(await db().uploadBatch.count()).toBe(before);
  });
});

describe("the figures API for scripts", () => {
  type Figure = { area: string; period: string; how: string; geographyType: string; geographyCode: string; value: number | string | null; numerator: number | string | null };
  const figures = async (token: string, code: string, query = "") => figuresRoute.GET(request(`/api/v1/indicators/${code}/figures${query}`, { token }), params({ indicator: code }));

  it("lists the partnership's indicators and serves one's figures suppressed as on the pages, in JSON and CSV", async () => {
    const token = await tokenFor("research");
    const list = (await (await indicatorsRoute.GET(request("/api/v1/indicators", { token }))).json()) as { indicators: { code: string }[] };
    expect(list.indicators.map((i) => i.code)).toContain("demo-police-contact");

    const response = await figures(token, "demo-police-contact", "?area=keighley");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { figures: Figure[]; markers: Record<string, string> };
    const keighley = body.figures.filter((f) => f.area === "keighley" && f.geographyType === "area");
    const latest = keighley.at(-1)!;
    // Keighley's own published figure for the latest year is a small count: the API shows "c", never the number.
    expect(latest).toMatchObject({ how: "published", value: "c" });
    const indicator = await db().indicatorDefinition.findUniqueOrThrow({ where: { partnershipId_code: { partnershipId: demo.bradford.id, code: "demo-police-contact" } }, select: { id: true } });
    const raw = await db().dataPoint.findFirstOrThrow({
      where: { partnershipId: demo.bradford.id, geographyType: "area", geographyCode: "keighley", period: latest.period, indicatorId: indicator.id },
      select: { value: true },
    });
    expect(raw.value).toBeGreaterThan(0);
    expect(raw.value).toBeLessThanOrEqual(5);
    expect(body.markers.c).toContain("small numbers");
    expect(body.figures.every((f) => f.area === "keighley")).toBe(true);

    const csv = await (await figures(token, "demo-police-contact", `?area=keighley&period=${encodeURIComponent(latest.period)}&format=csv`)).text();
    expect(csv.split("\r\n")[0]).toBe("area,period,period_type,period_start,period_end,how,geography_type,geography_code,geography_name,value,numerator,denominator,lower_ci,upper_ci");
    expect(csv).toContain(`keighley,${latest.period},`);
    expect(csv.split("\r\n").find((l) => l.startsWith("keighley,"))!.split(",")[9]).toBe("c");
  });

  it("answers 404 for another partnership's indicator, an unknown one, and an area the token's member may not see", async () => {
    const kirklees = await tokenFor("kirklees-admin", "kirklees");
    expect((await figures(kirklees, "demo-police-contact")).status).toBe(404);
    const kirkleesList = (await (await indicatorsRoute.GET(request("/x", { token: kirklees }))).json()) as { indicators: { code: string }[] };
    expect(kirkleesList.indicators.map((i) => i.code)).not.toContain("demo-police-contact");
    const research = await tokenFor("research");
    expect((await figures(research, "no-such-indicator")).status).toBe(404);
    expect((await figures(research, "demo-police-contact", "?area=dewsbury-west")).status).toBe(404);
    expect((await figures(research, "demo-police-contact", "?format=xml")).status).toBe(400);

    // A token whose member is a co-ordinator of Holme Wood and Keighley reads only those areas.
    const { token, tokenHash, prefix } = newApiToken();
    await db().apiToken.create({ data: { partnershipId: demo.bradford.id, userId: demo.users.coordinator!.id, name: "co-ordinator script", tokenHash, prefix } });
    expect((await figures(token, "demo-police-contact", "?area=manningham-girlington")).status).toBe(404);
    const own = (await (await figures(token, "demo-police-contact")).json()) as { figures: Figure[] };
    expect(new Set(own.figures.map((f) => f.area))).toEqual(new Set(["holme-wood", "keighley"]));
    expect((await figures("alk_not-a-real-token-at-all-000000000000", "demo-police-contact")).status).toBe(401);
  });
});
