import type { PlacementEndReason } from '@carebridge/db';
import { LocalDate, rangesOverlap } from '@carebridge/rules';

/** The country of every placement at home; any other country means abroad. */
export const HOME_COUNTRY = 'CN';

/** ISO 3166-1 alpha-2 officially assigned codes (249). Intl knows more (EU, UK, XK…), which are not countries here. */
const ISO_COUNTRIES = new Set(
  [
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ',
    'BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR',
    'CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR',
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU',
    'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ',
    'LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ',
    'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF',
    'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI',
    'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR',
    'TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW',
  ]
    .join(' ')
    .split(' '),
);

const REGION_NAMES = new Intl.DisplayNames(['zh-CN'], { type: 'region', fallback: 'none' });

export function isCountryCode(code: string): boolean {
  return ISO_COUNTRIES.has(code);
}

/** The country's Chinese name (JP → 日本), or the code itself for an unknown code. */
export function countryName(code: string): string {
  return (isCountryCode(code) && REGION_NAMES.of(code)) || code;
}

export const WAGE_MONTH_RULE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** '2026-03' → '2026-03-01' (the first day, as wage records store the month); null unless YYYY-MM. */
export function wageMonthStart(month: string): LocalDate | null {
  return WAGE_MONTH_RULE.test(month) ? `${month}-01` : null;
}

/** '2026-02-01' → '2026-02-28'. */
export function lastDayOfMonth(monthStart: LocalDate): LocalDate {
  const [year, month] = monthStart.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** A wage is due for a month when the caregiver worked at least one of its days: the period is inclusive. */
export function monthWithinPeriod(monthStart: LocalDate, periodStart: LocalDate, periodEnd: LocalDate): boolean {
  return rangesOverlap(monthStart, lastDayOfMonth(monthStart), periodStart, periodEnd);
}

export const END_REASON_LABELS: Record<PlacementEndReason, string> = {
  CONTRACT_COMPLETED: '合同期满',
  EMPLOYER_REPLACEMENT: '雇主要求换人',
  CAREGIVER_LEFT: '护工主动离职',
  MUTUAL_AGREEMENT: '双方协商解除',
  DISMISSED: '被辞退',
  OTHER: '其他',
};
