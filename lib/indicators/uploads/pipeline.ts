import { createHash } from "node:crypto";
import { CsvDecoder, EncodingError } from "@/lib/csv/decode";
import { CsvParser, CsvSyntaxError, isBlankRecord, type CsvRecord } from "@/lib/csv/parse";
import { detach, RepeatedColumn } from "@/lib/indicators/uploads/header";
import { recognise, SAMPLE_ROWS, type Recognition } from "@/lib/indicators/uploads/formats/recognise";
import { hasInvisibleControl, UploadProcessor, type UploadSink } from "@/lib/indicators/uploads/processor";
import type { GeographyScope } from "@/lib/indicators/uploads/geography";
import type { IndicatorPlanner } from "@/lib/indicators/uploads/plan";
import type { ColumnMappingSpec, RowReader } from "@/lib/indicators/uploads/types";

/**
 * An upload from bytes to rows, streaming: the file is hashed, decoded, parsed and checked
 * chunk by chunk and never held whole. The size and row limits are enforced as the bytes
 * arrive. The first rows decide the format; `open` is then called once (the caller creates
 * the batch and its bulk writers) and every row goes to the processor. The sink's
 * backpressure reaches back to the source: while the database is behind, no more bytes
 * are read.
 */
export type Limits = { maxBytes: number; maxRows: number };

/** The upload cannot go on; the message says why and what to do. */
export class UploadRefused extends Error {
  /** 413 for a file over the limits, 422 for one the importer cannot read. */
  constructor(
    message: string,
    readonly status: 413 | 422 = 422,
  ) {
    super(message);
    this.name = "UploadRefused";
  }
}

export type SinkHandle = UploadSink & { needsDrain(): boolean; drain(): Promise<void> };

export type PipelineInput = {
  source: AsyncIterable<Uint8Array>;
  limits: Limits;
  scope: GeographyScope;
  planner: IndicatorPlanner;
  mapping?: ColumnMappingSpec | null;
  fileName?: string;
  /** Stop after recognising the format (the browser's first look at a file). */
  probe?: boolean;
  open(reader: RowReader, header: string[]): Promise<SinkHandle>;
  /** Called about once a second while rows are read. */
  progress?(rowsRead: number, bytes: number): Promise<void> | void;
};

export type PipelineResult =
  | { kind: "unrecognised"; recognition: Recognition & { kind: "unrecognised" } }
  | { kind: "probed"; reader: RowReader; header: string[] }
  | {
      kind: "done";
      reader: RowReader;
      processor: UploadProcessor;
      header: string[];
      bytes: number;
      sha256: string;
      encoding: string;
      bom: boolean;
      delimiter: string;
    };

const MB = 1024 * 1024;

export function describeBytes(n: number): string {
  return n >= MB ? `${Math.round((n / MB) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`;
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const decoder = new CsvDecoder();
  const parser = new CsvParser();
  const hash = createHash("sha256");
  let bytes = 0;
  let header: string[] | null = null;
  let sample: CsvRecord[] = [];
  let reader: RowReader | null = null;
  let processor: UploadProcessor | null = null;
  let sink: SinkHandle | null = null;
  let rows = 0;
  let lastProgress = Date.now();

  const onRecord = (record: CsvRecord) => {
    if (header === null) {
      if (isBlankRecord(record.cells)) return;
      if (record.cells.some(hasInvisibleControl)) {
        throw new UploadRefused("The header row holds an invisible control character (a NUL byte, an escape, or a direction override). Export the file again as CSV UTF-8 and upload it.");
      }
      header = record.cells.map((c) => detach(c));
      return;
    }
    rows++;
    if (rows > input.limits.maxRows) {
      throw new UploadRefused(`The file has more than ${input.limits.maxRows.toLocaleString("en-GB")} rows, the most one upload may hold. Split it (by year or by indicator) and upload the parts one after another.`, 413);
    }
    if (processor) processor.record(record.cells, record.line);
    else sample.push(record);
  };

  /** Once enough rows are in (or the file ended), decide the format and open the sink. */
  async function begin(final: boolean): Promise<PipelineResult | null> {
    if (processor || header === null) return null;
    if (!final && sample.length < SAMPLE_ROWS) return null;
    let recognition: Recognition;
    try {
      recognition = recognise(header, sample.map((r) => r.cells), { mapping: input.mapping, fileName: input.fileName });
    } catch (error) {
      if (error instanceof RepeatedColumn) throw new UploadRefused(error.message);
      throw error;
    }
    if (recognition.kind === "unrecognised") return { kind: "unrecognised", recognition };
    reader = recognition.reader;
    if (input.probe) return { kind: "probed", reader, header };
    sink = await input.open(reader, header);
    processor = new UploadProcessor(reader, header.length, input.scope, input.planner, sink);
    processor.checkControls = controlsSeen;
    for (const record of sample) processor.record(record.cells, record.line);
    sample = [];
    return null;
  }

  // One scan of each chunk: once any holds a control character, every row from there on is checked (a row is read after its chunk is scanned).
  let controlsSeen = false;
  function feed(text: string, final: boolean): void {
    if (!controlsSeen && hasInvisibleControl(text)) {
      controlsSeen = true;
      if (processor) processor.checkControls = true;
    }
    try {
      if (text) parser.push(text, onRecord);
      if (final) parser.end(onRecord);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new UploadRefused(error.message);
      throw error;
    }
  }

  for await (const chunk of input.source) {
    bytes += chunk.length;
    if (bytes > input.limits.maxBytes) {
      throw new UploadRefused(`The file is larger than ${describeBytes(input.limits.maxBytes)}, the most one upload may hold. Split it (by year or by indicator) and upload the parts one after another.`, 413);
    }
    hash.update(chunk);
    let text: string;
    try {
      text = decoder.decode(chunk);
    } catch (error) {
      if (error instanceof EncodingError) throw new UploadRefused(`Near line ${parser.line}: ${error.message}`);
      throw error;
    }
    feed(text, false);
    const early = await begin(false);
    if (early) return early;
    const s = sink as SinkHandle | null;
    if (s?.needsDrain()) await s.drain();
    if (input.progress && Date.now() - lastProgress > 1000) {
      lastProgress = Date.now();
      await input.progress(rows, bytes);
    }
  }

  let rest: string;
  try {
    rest = decoder.end();
  } catch (error) {
    if (error instanceof EncodingError) throw new UploadRefused(`Near line ${parser.line}: ${error.message}`);
    throw error;
  }
  feed(rest, true);
  if (header === null) throw new UploadRefused("The file is empty: there is no header row.");
  const late = await begin(true);
  if (late) return late;
  if (rows === 0) throw new UploadRefused("The file has a header but no rows of data.");
  return {
    kind: "done",
    reader: reader!,
    processor: processor!,
    header,
    bytes,
    sha256: hash.digest("hex"),
    encoding: decoder.encoding ?? "utf-8",
    bom: decoder.hadBom,
    delimiter: parser.delimiter ?? ",",
  };
}
