/**
 * Currency cues around an amount: symbols and codes before it ("$", "€", "USD "), words after it
 * ("dollars", "bucks", "元", "块钱"). Each cue resolves against the catalog's own currency.
 */

/** Currencies written with a plain "$" or called "dollars". */
const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN']);

const CODES = 'usd|eur|gbp|cny|rmb|jpy|cad|aud|nzd|chf|inr|hkd|sgd|sek|nok|dkk|krw|mxn|brl';
const CODE = new RegExp(`^(?:${CODES})$`);

/** Regex source for a currency cue written before the amount. */
export const CURRENCY_BEFORE_SOURCE = `(?:(?<![\\p{L}])(?:us|ca|au|hk|nz|s)\\$|\\$|€|£|¥|₹|₩|(?<![\\p{L}])(?:${CODES})\\s?(?=\\d))`;

/** Regex source for a currency cue written after the amount. */
export const CURRENCY_AFTER_SOURCE = `(?:\\s?(?:dollars?|bucks?|euros?|quid|pounds?|yuan|yen|rupees?|${CODES})(?![\\p{L}\\p{N}])|\\s?(?:美元|美金|欧元|英镑|人民币|日元|块钱|块|元|円|€|\\$))`;

/** What a currency cue means. `undefined` currency = a generic money word ("元", "块"): use the default. */
export interface CurrencyCue {
  readonly currency: string | undefined;
}

/**
 * Resolve a cue against the catalog currency. "$" and "dollars" mean the catalog's currency when it
 * is a dollar, else USD; "¥" means JPY in a yen catalog, else CNY; "元"/"块" are generic money words
 * in everyday Chinese and keep the catalog currency; "pounds" is money only in a GBP catalog
 * (elsewhere it is a weight, and the result is `null`: not a price).
 */
export function resolveCurrencyCue(cue: string, defaultCurrency: string): CurrencyCue | null {
  const raw = cue.trim().toLowerCase();
  const fallback = defaultCurrency.toUpperCase();
  const dollar = DOLLAR_CURRENCIES.has(fallback) ? fallback : 'USD';
  switch (raw) {
    case '$':
    case 'dollar':
    case 'dollars':
    case 'buck':
    case 'bucks':
      return { currency: dollar };
    case 'us$':
    case '美元':
    case '美金':
      return { currency: 'USD' };
    case 'ca$':
      return { currency: 'CAD' };
    case 'au$':
      return { currency: 'AUD' };
    case 'hk$':
      return { currency: 'HKD' };
    case 'nz$':
      return { currency: 'NZD' };
    case 's$':
      return { currency: 'SGD' };
    case '€':
    case 'euro':
    case 'euros':
    case '欧元':
      return { currency: 'EUR' };
    case '£':
    case 'quid':
    case '英镑':
      return { currency: 'GBP' };
    case 'pound':
    case 'pounds':
      return fallback === 'GBP' ? { currency: 'GBP' } : null;
    case '¥':
      return { currency: fallback === 'JPY' ? 'JPY' : 'CNY' };
    case 'yuan':
    case 'rmb':
    case '人民币':
      return { currency: 'CNY' };
    case 'yen':
    case '日元':
    case '円':
      return { currency: 'JPY' };
    case '₹':
    case 'rupee':
    case 'rupees':
      return { currency: 'INR' };
    case '₩':
      return { currency: 'KRW' };
    case '元':
    case '块':
    case '块钱':
      return { currency: undefined };
    default:
      return CODE.test(raw) ? { currency: raw.toUpperCase() } : { currency: undefined };
  }
}
