/** Money is integer fen (分); the API speaks yuan (元) as decimal text with two places. */
const YUAN = /^-?\d{1,12}(\.\d{1,2})?$/;

/** '4000', '4000.5', 4000.5 → 400050 fen; null when not a yuan amount with at most two decimals. */
export function parseYuanToFen(value: string | number): number | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  if (!YUAN.test(text)) return null;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  // No negative zero: '-0' and '-0.00' are zero.
  return negative && fen !== 0 ? -fen : fen;
}

/** 400050 → '4000.50'. */
export function formatFenAsYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
