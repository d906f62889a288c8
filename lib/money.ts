const wholePounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "£1,234.56", or "£1,234" when there are no pence. Money is held as integer pence. */
export function formatPounds(pence: number): string {
  const whole = Math.round(pence);
  return (whole % 100 === 0 ? wholePounds : poundsAndPence).format(whole / 100);
}
