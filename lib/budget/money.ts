/**
 * Amounts are typed in pounds ("£1,250", "1250.50") and stored as integer pence, so that
 * no sum is ever off by a rounding error. Anything that is not a plain amount is refused
 * rather than guessed at.
 */
const AMOUNT = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

export const MAX_PENCE = 2_000_000_000; // £20m: beyond any community budget, within a 32-bit column

export function parsePounds(input: string): number | null {
  const text = input.trim();
  const match = AMOUNT.exec(text);
  if (!match) return null;
  const pounds = Number(match[1]!.replace(/,/g, ""));
  const pence = match[3] ? Number(match[3].slice(1).padEnd(2, "0")) : 0;
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) && total <= MAX_PENCE ? total : null;
}

/** Pence as pounds for a form field: 125050 → "1250.50", 5000 → "50". */
export function penceToInput(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}
