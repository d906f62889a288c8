/**
 * Display formatting for UK users. Times are always shown in UK local time, whatever
 * the server's own zone, so a timestamp reads the same to every user and in every test.
 */
const ZONE = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: ZONE });

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: ZONE,
});

const wholePounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "22 Nov 2026" */
export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

/** "22 Nov 2026, 19:45" */
export function formatDateTime(d: Date): string {
  return dateTimeFormat.format(d);
}

/** "£1,234.56", or "£1,234" when there are no pence. Money is held as integer pence. */
export function formatPounds(pence: number): string {
  const whole = Math.round(pence);
  return (whole % 100 === 0 ? wholePounds : poundsAndPence).format(whole / 100);
}
