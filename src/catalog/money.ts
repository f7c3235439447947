import { AisleError } from '../errors.ts';

/** An exact amount of money: an integer count of the currency's minor unit (cents for USD). */
export interface Money {
  /** Integer minor units, e.g. 1999 for 19.99 USD. Always a safe integer. */
  readonly minor: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}

const digitsCache = new Map<string, number>();

/** Number of minor-unit digits for a currency (2 for USD, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  const cached = digitsCache.get(code);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  } catch {
    digits = 2;
  }
  digitsCache.set(code, digits);
  return digits;
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** True when `code` is an ISO 4217 currency code (Intl alone accepts any three letters). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Za-z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code.toUpperCase());
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

/**
 * Parse a decimal string ("19.99", "1,299.00", "1.299,00", "15") into minor units without
 * floating-point arithmetic. Returns undefined when the text is not a price.
 */
export function parseDecimalToMinor(text: string, currency: string): number | undefined {
  const cleaned = normaliseSeparators(text.trim().replace(/[\s\u00a0']/g, ''));
  if (cleaned === undefined) return undefined;
  const m = DECIMAL.exec(cleaned);
  if (!m) return undefined;
  const [, sign, whole = '0', frac = ''] = m;
  const digits = minorDigits(currency);
  // Round half up on the first dropped digit, in string space.
  const kept = frac.padEnd(digits, '0').slice(0, digits);
  const roundUp = frac.length > digits && Number(frac[digits]) >= 5;
  let minor = BigInt(whole + kept) + (roundUp ? 1n : 0n);
  if (sign === '-') minor = -minor;
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < -BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(minor);
}

/** Decide which of ',' and '.' is the decimal separator and return a plain "1234.56". */
function normaliseSeparators(s: string): string | undefined {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    return lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  }
  if (lastComma >= 0) {
    // "1,299" (thousands) versus "12,99" (decimal comma): two decimals after a single comma = decimal.
    const parts = s.split(',');
    if (parts.length === 2 && (parts[1]?.length ?? 0) !== 3) return s.replace(',', '.');
    return parts.slice(1).every((g) => g.length === 3) ? parts.join('') : undefined;
  }
  const groups = s.split('.');
  if (groups.length > 2) {
    // "1.234.567" is dot-grouped thousands; "12.3.4" is not a number.
    return groups.slice(1).every((g) => g.length === 3) ? groups.join('') : undefined;
  }
  return s;
}

/** Exact decimal string of an amount in major units: 1999 USD -> "19.99", 500 JPY -> "500". */
export function toDecimalString(money: Money): string {
  const digits = minorDigits(money.currency);
  const negative = money.minor < 0;
  const abs = String(Math.abs(money.minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? abs : abs.slice(0, -digits);
  const frac = digits === 0 ? '' : `.${abs.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** Amount in major units as a JS number, for JSON output only (never for arithmetic). */
export function toMajorNumber(money: Money): number {
  return Number(toDecimalString(money));
}

/** Localised display string, e.g. "$19.99" or "¥300". Formats the exact decimal string. */
export function formatMoney(money: Money, locale = 'en-US'): string {
  const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  // Intl accepts exact decimal strings; the cast only widens the declared parameter type.
  return fmt.format(toDecimalString(money) as unknown as number);
}

/** Build Money from major units given as an integer or decimal string, throwing on bad input. */
export function money(amount: string | number, currency = 'USD'): Money {
  const minor = parseDecimalToMinor(String(amount), currency);
  if (minor === undefined) {
    throw new AisleError({ code: 'BAD_REQUEST', message: `Not an amount of money: ${String(amount)}` });
  }
  return { minor, currency: currency.toUpperCase() };
}
