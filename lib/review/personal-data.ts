import { AMBIGUOUS_NAMES, GIVEN_NAMES } from "@/lib/review/given-names";

/**
 * Finds text that may identify a person, before a case study or a piece of feedback is
 * saved (DESIGN §2: no child-level personal data). Pure, so the server refuses with
 * exactly the words the form then offers to confirm. It looks for likely personal names
 * (a common given name, with or without a surname; "Mrs Patel"), ages given with a name,
 * dates of birth, pupil numbers (UPN), NHS numbers, email addresses, phone numbers,
 * postcodes and street addresses. It is a safety net, not a guarantee: the form's warning
 * still asks the author to leave out anything that could identify a child.
 */
export type PersonalDataKind =
  | "name"
  | "titled_name"
  | "age_with_name"
  | "date_of_birth"
  | "upn"
  | "nhs_number"
  | "email"
  | "phone"
  | "postcode"
  | "street_address";

export type PersonalDataFinding = {
  kind: PersonalDataKind;
  /** The exact words found, as typed. */
  term: string;
  start: number;
  end: number;
  /** Whether an author may confirm it is not a person's identity (a school's name, a service's phone number). */
  confirmable: boolean;
};

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  name: "a person's name",
  titled_name: "a person's name with a title",
  age_with_name: "a name with an age",
  date_of_birth: "a date of birth",
  upn: "a unique pupil number",
  nhs_number: "an NHS number or other 10-digit identifier",
  email: "an email address",
  phone: "a phone number",
  postcode: "a postcode",
  street_address: "a street address",
};

/** Always about a person: these must be taken out, never confirmed away. */
const NEVER_CONFIRMABLE: ReadonlySet<PersonalDataKind> = new Set(["age_with_name", "date_of_birth", "upn", "nhs_number"]);

/** When two findings overlap, the more specific one is kept. */
const PRIORITY: PersonalDataKind[] = ["age_with_name", "date_of_birth", "titled_name", "street_address", "email", "upn", "phone", "nhs_number", "postcode", "name"];

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;

/** Words after a given name that make it the name of a place or an organisation: "Grace Academy", "Victoria Park". */
const INSTITUTION_WORDS = new Set(
  `academy school primary secondary infants juniors college university nursery centre center trust foundation partnership council hub
church mosque masjid temple gurdwara chapel club group project park road street lane avenue way close drive court house hall
hospital ward surgery practice library field fields estate community fund award programme network forum alliance association
society services service initiative kitchen café cafe pantry bank garden gardens memorial grammar high infant junior institute
centre's team unit`.split(/\s+/),
);

/** Words before a given name that make it something else: "St John's", "Queen Elizabeth". */
const NOT_A_PERSON_BEFORE = /(?:\bSt\.?|\bSaint|\bQueen|\bKing|\bPrince|\bPrincess|\bLady|\bLord|\bSir)\s+$/u;

/** Phrases of places in and around Bradford that begin with a given name. */
const PLACE_PHRASES = ["Ben Rhydding"];

const TITLES = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr)`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
const STREET_SUFFIX = String.raw`(?:(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Grove|Place|Court|Gardens|Terrace|Walk|Rise|View|Mount|Square|Parade|Hill|Green|Fold|Croft|Mews|Row|Gate|Bank|Vale|Side)\b|(?:Rd|St|Ave|Ln|Cres|Gdns)\b\.?)`;

const PATTERNS: { kind: Exclude<PersonalDataKind, "name" | "titled_name" | "age_with_name">; re: RegExp; accept?: (match: string) => boolean }[] = [
  { kind: "email", re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { kind: "date_of_birth", re: new RegExp(String.raw`\b(?:d\.?o\.?b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday(?:\s+is)?)\s*[:-]?\s*(?:on\s+|in\s+)?(?:${DATE}|(?:19|20)\d{2}\b)`, "giu") },
  { kind: "upn", re: /\b[A-Z]\d{11}[0-9A-Z]\b/gi },
  {
    kind: "phone",
    re: /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s)-]{7,12}\d(?!\d)/g,
    accept: (m) => {
      const digits = m.replace(/\D/g, "");
      return digits.startsWith("44") ? digits.length === 12 : digits.length === 10 || digits.length === 11;
    },
  },
  { kind: "nhs_number", re: /(?<![\d+])[1-9]\d{2}[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g },
  { kind: "postcode", re: /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b/gi },
  { kind: "street_address", re: new RegExp(String.raw`\b(?:Flat\s+\d{1,4}[A-Za-z]?\b|\d{1,3}[A-Za-z]?,?\s+(?:${WORD}\s+){1,3}${STREET_SUFFIX})`, "gu") },
];

function isGivenName(word: string): "yes" | "ambiguous" | "no" {
  const lower = word.replace(/['’]s$/u, "").toLocaleLowerCase("en-GB");
  const first = lower.split("-")[0]!;
  for (const candidate of [lower, first]) {
    if (AMBIGUOUS_NAMES.has(candidate)) return "ambiguous";
    if (GIVEN_NAMES.has(candidate)) return "yes";
  }
  return "no";
}

const isInstitutionWord = (word: string) => INSTITUTION_WORDS.has(word.replace(/['’]s$/u, "").toLocaleLowerCase("en-GB"));

type Raw = Omit<PersonalDataFinding, "confirmable">;

/** Where a word ends, without a possessive "'s": "Olivia's mum" names Olivia. */
function wordEnd(text: string, start: number, end: number): number {
  return /['’]s$/u.test(text.slice(start, end)) ? end - 2 : end;
}

/** Given names with the surname words that follow them, titled names, and ages given with a name. */
function findNames(text: string): Raw[] {
  const out: Raw[] = [];
  const span = (kind: PersonalDataKind, start: number, end: number): Raw => ({ kind, term: text.slice(start, end), start, end });

  // "Mrs Patel", "Mr Ali Khan": a title before a capitalised word is taken as a person.
  const titled = new RegExp(String.raw`\b${TITLES}\.?\s+(${WORD})(?:\s+(${WORD}))?`, "dgu");
  for (const m of text.matchAll(titled)) {
    const [first, second] = [m.indices![1]!, m.indices![2]];
    const last = second && !isInstitutionWord(m[2]!) ? second : first;
    out.push(span("titled_name", m.index, wordEnd(text, last[0], last[1])));
  }

  const surnames = new RegExp(String.raw`^\s+(${WORD})(?:\s+(${WORD}))?`, "du");
  for (const m of text.matchAll(new RegExp(WORD, "gu"))) {
    const given = isGivenName(m[0]);
    if (given === "no") continue;
    if (NOT_A_PERSON_BEFORE.test(text.slice(0, m.index))) continue;
    if (PLACE_PHRASES.some((p) => text.startsWith(p, m.index))) continue;
    const afterAt = m.index + m[0].length;
    const s = surnames.exec(text.slice(afterAt));
    // "Grace Academy", "Victoria Park", "Jack Smith Centre": the name of a place or an organisation.
    if (s && (isInstitutionWord(s[1]!) || (s[2] !== undefined && isInstitutionWord(s[2])))) continue;
    const taken: [number, number][] = [];
    if (s && s[1]!.length >= 2) {
      taken.push(s.indices![1]!);
      if (s[2] !== undefined && s[2].length >= 2) taken.push(s.indices![2]!);
    }
    if (given === "ambiguous" && taken.length === 0) continue;
    const lastEnd = taken.length ? afterAt + taken[taken.length - 1]![1] : afterAt;
    out.push(span("name", m.index, wordEnd(text, m.index, lastEnd)));
  }

  // A name with an age: "Jack, aged 9", "Aisha (12)", "Jakub is 10 years old", "a 9-year-old called Oliwia".
  const withAge: Raw[] = [];
  for (const n of out) {
    const after = text.slice(n.end);
    const age =
      /^\s*,?\s*aged?\s+\d{1,2}\b/iu.exec(after) ??
      /^\s*\(\s*(?:aged?\s*)?\d{1,2}\s*\)/iu.exec(after) ??
      /^\s*,\s*\d{1,2}(?=\s*(?:,|years?\b|yrs?\b))(?:\s*(?:years?|yrs?)(?:\s+old)?)?/iu.exec(after) ??
      /^\s+(?:who\s+)?is\s+\d{1,2}(?=\s*(?:years?\b|yrs?\b|[.,;!)]|$))(?:\s*(?:years?|yrs?)(?:\s+old)?)?/iu.exec(after);
    if (age) {
      withAge.push(span("age_with_name", n.start, n.end + age[0].length));
      continue;
    }
    const ahead = /\b\d{1,2}[- ]years?[- ]old\s+(?:(?:boy|girl|child|pupil)\s+)?(?:called\s+|named\s+)?$/iu.exec(text.slice(0, n.start));
    if (ahead) withAge.push(span("age_with_name", ahead.index, n.end));
  }
  return [...withAge, ...out];
}

function findPatterns(text: string): Raw[] {
  const out: Raw[] = [];
  for (const { kind, re, accept } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const term = m[0].trimEnd();
      if (accept && !accept(term)) continue;
      out.push({ kind, term, start: m.index, end: m.index + term.length });
    }
  }
  return out;
}

/** Everything in `text` that may identify someone, in the order it appears; overlapping matches keep the most specific. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  if (!text) return [];
  const all = [...findNames(text), ...findPatterns(text)].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start));
  const kept: Raw[] = [];
  for (const f of all) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start).map((f) => ({ ...f, confirmable: !NEVER_CONFIRMABLE.has(f.kind) }));
}

export type FieldFinding = PersonalDataFinding & { field: string };

export type PersonalDataCheck = {
  /** Nothing left to take out or confirm: the text may be saved. */
  ok: boolean;
  /** Findings still in the way: never-confirmable ones, and confirmable ones not yet confirmed. */
  blocking: FieldFinding[];
  /** Findings the author confirmed are not a person's identity: recorded with the record. */
  confirmed: FieldFinding[];
};

/**
 * Checks each field's text; `confirmedTerms` are the exact words the author ticked as not a
 * person's identity. A confirmation only clears a confirmable finding with those exact words.
 */
export function checkPersonalData(fields: Record<string, string | null | undefined>, confirmedTerms: readonly string[] = []): PersonalDataCheck {
  const confirmedSet = new Set(confirmedTerms.map((t) => t.trim()));
  const blocking: FieldFinding[] = [];
  const confirmed: FieldFinding[] = [];
  for (const [field, text] of Object.entries(fields)) {
    for (const f of findPersonalData(text ?? "")) {
      const found = { ...f, field };
      if (f.confirmable && confirmedSet.has(f.term)) confirmed.push(found);
      else blocking.push(found);
    }
  }
  return { ok: blocking.length === 0, blocking, confirmed };
}

/** “Jack Smith” (a person's name), “BD4 9QX” (a postcode): the exact words, each once. */
export function describeFindings(findings: readonly PersonalDataFinding[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of findings) {
    const key = `${f.kind}:${f.term}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`“${f.term}” (${PERSONAL_DATA_LABELS[f.kind]})`);
  }
  return parts.join(", ");
}

/** The confirmable words still to confirm or take out, each once, in order: what the form offers to tick. */
export function termsToConfirm(findings: readonly PersonalDataFinding[]): { term: string; kind: PersonalDataKind }[] {
  const seen = new Set<string>();
  const out: { term: string; kind: PersonalDataKind }[] = [];
  for (const f of findings) {
    if (!f.confirmable || seen.has(f.term)) continue;
    seen.add(f.term);
    out.push({ term: f.term, kind: f.kind });
  }
  return out;
}
