import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CsvDecoder, EncodingError } from "@/lib/csv/decode";
import { CsvParser, CsvSyntaxError, detectDelimiter, type CsvRecord } from "@/lib/csv/parse";
import { toCsvLine } from "@/lib/csv/escape";

function parse(text: string, chunkSize = text.length || 1): CsvRecord[] {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) parser.push(text.slice(i, i + chunkSize), (r) => out.push(r));
  parser.end((r) => out.push(r));
  return out;
}

function decode(bytes: Uint8Array, chunkSize = bytes.length || 1): string {
  const decoder = new CsvDecoder();
  let text = "";
  for (let i = 0; i < bytes.length; i += chunkSize) text += decoder.decode(bytes.subarray(i, i + chunkSize));
  return text + decoder.end();
}

describe("the CSV parser", () => {
  it("reads LF, CRLF and lone CR line endings, with the line each record starts on", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const records = parse(`a,b${eol}1,2${eol}3,4${eol}`);
      expect(records).toEqual([
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["1", "2"] },
        { line: 3, cells: ["3", "4"] },
      ]);
    }
  });

  it("keeps commas, doubled quotes and line breaks inside quoted cells, and counts the lines they span", () => {
    const records = parse('name,note\n"Hull, City of","He said ""no""\nthen left"\nBradford,plain\n');
    expect(records[1]).toEqual({ line: 2, cells: ["Hull, City of", 'He said "no"\nthen left'] });
    expect(records[2]).toEqual({ line: 4, cells: ["Bradford", "plain"] });
  });

  it("gives the same records whatever the chunk boundaries (a CRLF or a quote split across chunks)", () => {
    const text = 'a,b,c\r\n"x,""y""\r\nz",2,\r\n3,"",4\r\nlast,row,here';
    const whole = parse(text);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(parse(text, size)).toEqual(whole);
    expect(whole.at(-1)).toEqual({ line: 5, cells: ["last", "row", "here"] });
  });

  it("keeps codes as text: E92000001 and 00123 are never numbers", () => {
    expect(parse("code,urn\nE92000001,00123\n")[1]!.cells).toEqual(["E92000001", "00123"]);
  });

  it("reports a short row as it is, with its missing trailing cells absent, and a trailing comma as an empty cell", () => {
    const records = parse("a,b,c\n1,2\n1,2,3,\n");
    expect(records[1]!.cells).toEqual(["1", "2"]);
    expect(records[2]!.cells).toEqual(["1", "2", "3", ""]);
  });

  it("refuses a quote that is never closed, naming the line it opens on", () => {
    expect(() => parse('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    expect(() => parse('a,b\n1,"open\n2,3\n')).toThrow(/line 2/);
  });

  it("refuses a runaway record instead of holding the file in memory", () => {
    const parser = new CsvParser({ maxRecordChars: 100 });
    expect(() => parser.push(`a\n"${"x".repeat(200)}`, () => undefined)).toThrow(/longer than 100 characters/);
  });

  it("reads semicolon- and tab-separated files by their header", () => {
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter('"a;b",c')).toBe(",");
    expect(parse("a;b\n1,5;2\n")[1]!.cells).toEqual(["1,5", "2"]);
  });

  it("round-trips anything the platform's own CSV writer produces", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 17 }), (rows, chunk) => {
        // The writer makes formula-leading text safe with an apostrophe; leave such cells out of the round trip.
        const plain = rows.map((r) => r.map((c) => c.replace(/^[=+\-@\t\r]+/, "")));
        const text = `h1,h2,h3,h4,h5\r\n${plain.map((r) => toCsvLine(r)).join("")}`;
        const back = parse(text, chunk).slice(1).map((r) => r.cells);
        expect(back).toEqual(plain);
      }),
    );
  });
});

describe("the decoder", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("strips a UTF-8 byte order mark, so the first header is not \\ufeffLSOA code", () => {
    const text = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("LSOA code (2011),x\n")]));
    expect(text.startsWith("LSOA code")).toBe(true);
  });

  it("reads Windows-1252 when the bytes are not UTF-8: £ and é come out right", () => {
    // "Café,£5\n" as Excel on a UK machine saves it.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0xa3, 0x35, 0x0a]);
    const decoder = new CsvDecoder();
    expect(decoder.decode(bytes) + decoder.end()).toBe("Café,£5\n");
    expect(decoder.encoding).toBe("windows-1252");
  });

  it("reads UTF-8 split mid-character across chunks", () => {
    const bytes = utf8("Hounslow £12 café — ok\n");
    for (const size of [1, 2, 3]) expect(decode(bytes, size)).toBe("Hounslow £12 café — ok\n");
  });

  it("decides by the first non-ASCII character, after any amount of ASCII", () => {
    const bytes = new Uint8Array([...utf8("a,b\n".repeat(1000)), 0xa3, 0x0a]);
    expect(decode(bytes, 64).endsWith("£\n")).toBe(true);
  });

  it("refuses UTF-16 and a file that mixes UTF-8 with another encoding, saying how to save it", () => {
    expect(() => decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toThrow(EncodingError);
    expect(() => decode(new Uint8Array([...utf8("é,"), 0xe9, 0x0a]))).toThrow(/CSV UTF-8/);
  });
});
