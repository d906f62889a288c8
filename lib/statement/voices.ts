import type { StatementVoice } from "@/lib/statement/content";

/**
 * Community voices carry a role ("Youth Worker"), never a person's name (DESIGN §2: no
 * personal data in quotes). A role cannot be proven free of names, so this only warns:
 * when it carries a title such as "Mrs" before a capitalised word, or names someone who
 * is a member of the partnership.
 */
const TITLES = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Rev", "Revd", "Cllr", "Councillor"];
// No `i` flag: with it \p{Lu} would match any letter, and "Professor of Education" is a role.
const HONORIFIC = new RegExp(`(^|\\s)(${TITLES.join("|")}|${TITLES.map((t) => t.toUpperCase()).join("|")})\\.?\\s+\\p{Lu}`, "u");
const TITLE_WORDS = new Set(TITLES.map((t) => t.toLowerCase()));

function words(text: string): string[] {
  return text
    .toLocaleLowerCase("en-GB")
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter((w) => w.length > 0);
}

export function roleLooksLikeName(role: string, memberNames: readonly string[]): boolean {
  if (HONORIFIC.test(role)) return true;
  const roleWords = words(role);
  if (roleWords.length === 0) return false;
  const roleText = ` ${roleWords.join(" ")} `;
  for (const name of memberNames) {
    const nameWords = words(name).filter((w) => !TITLE_WORDS.has(w));
    if (nameWords.length === 0) continue;
    if (nameWords.length > 1 && roleText.includes(` ${nameWords.join(" ")} `)) return true;
    const first = nameWords[0]!;
    const last = nameWords[nameWords.length - 1]!;
    if (nameWords.length > 1 && roleWords.includes(first) && roleWords.includes(last)) return true;
    // A short role made of a member's surname ("Bennett", "Mr Bennett"): longer roles naming a common word are left alone.
    if (roleWords.length <= 2 && last.length >= 3 && roleWords.includes(last)) return true;
    if (roleWords.length === 1 && first.length >= 3 && roleWords[0] === first) return true;
  }
  return false;
}

/** Warnings by voice id, for the editor to show beside each voice. */
export function voiceWarnings(voices: readonly Pick<StatementVoice, "id" | "role">[], memberNames: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const voice of voices) {
    if (roleLooksLikeName(voice.role, memberNames)) {
      out[voice.id] = `"${voice.role}" looks like a person's name. Give the speaker's role instead, such as "Youth Worker" or "Parent".`;
    }
  }
  return out;
}
