/**
 * Numbers as shoppers write them: "1,200", "1.5k", "2万", "two hundred and fifty". Everything is
 * kept as decimal strings so money never goes through floating point.
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ALL_WORDS = [...Object.keys(SMALL), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', 'thousand'];
const WORD = `(?:${ALL_WORDS.join('|')})(?![\\p{L}])`;

/**
 * Regex source for an English number written in words ("fifty", "a hundred", "two thousand five
 * hundred", "twenty-five"). "and" joins only after hundred/thousand, so "between twenty and forty"
 * stays two numbers. Use with the `i` and `u` flags.
 */
export const WORD_NUMBER_SOURCE = `(?<![\\p{L}])(?:a\\s+(?=hundred|thousand))?${WORD}(?:(?:[\\s-]+|(?<=hundred|thousand)\\s+and\\s+)${WORD}){0,7}`;

type Kind = 'small' | 'teen' | 'tens' | 'hundred' | 'thousand';

function kindOf(w: string): { kind: Kind; value: number } | undefined {
  if (SMALL[w] !== undefined) return { kind: 'small', value: SMALL[w] };
  if (TEENS[w] !== undefined) return { kind: 'teen', value: TEENS[w] };
  if (TENS[w] !== undefined) return { kind: 'tens', value: TENS[w] };
  if (w === 'hundred') return { kind: 'hundred', value: 100 };
  if (w === 'thousand') return { kind: 'thousand', value: 1000 };
  return undefined;
}

/** Which word kinds may not follow which: "twenty thirty", "five six", "hundred hundred". */
const FORBIDDEN: Readonly<Record<Kind, readonly Kind[]>> = {
  small: ['small', 'teen'],
  teen: ['small', 'teen', 'tens'],
  tens: ['small', 'teen', 'tens'],
  hundred: ['hundred'],
  thousand: ['thousand'],
};

/** Value of a number written in English words, or undefined when the words do not form one. */
export function parseNumberWords(text: string): number | undefined {
  const list = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w, i) => w && w !== 'and' && !(w === 'a' && i === 0));
  let total = 0;
  let current = 0;
  let last: Kind | undefined;
  for (const w of list) {
    const k = kindOf(w);
    if (!k || (last && FORBIDDEN[k.kind].includes(last))) return undefined;
    if (k.kind === 'hundred') {
      if (current >= 100) return undefined;
      current = (current || 1) * 100;
    } else if (k.kind === 'thousand') {
      if (total > 0) return undefined;
      total = (current || 1) * 1000;
      current = 0;
    } else {
      current += k.value;
    }
    last = k.kind;
  }
  return last === undefined ? undefined : total + current;
}

/**
 * Multiply a plain decimal string by 10^power in string space: ("1.5", 3) -> "1500",
 * ("2", 4) -> "20000". Thousands separators (",") must already be removed.
 */
export function shiftDecimal(decimal: string, power: number): string {
  const [whole = '0', frac = ''] = decimal.split('.');
  const padded = frac.padEnd(power, '0');
  const newWhole = `${whole}${padded.slice(0, power)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(power);
  return rest ? `${newWhole}.${rest}` : newWhole;
}

/** Power of ten a suffix multiplies by: k/grand/千 = 3, 万 = 4; 0 when there is none. */
export function multiplierPower(suffix: string | undefined): number {
  const s = (suffix ?? '').trim().toLowerCase();
  if (s === 'k' || s === 'grand' || s === '千') return 3;
  if (s === '万') return 4;
  return 0;
}

/**
 * The decimal string of a written amount: digits with optional thousands commas and a multiplier
 * suffix ("1,200", "1.5k"), or words ("two hundred"). Undefined when it is not a number.
 */
export function amountDecimal(opts: {
  digits?: string;
  suffix?: string;
  words?: string;
}): string | undefined {
  if (opts.digits !== undefined) {
    const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(opts.digits)
      ? opts.digits.replace(/,/g, '')
      : opts.digits;
    if (!/^\d+(?:\.\d+)?$/.test(plain)) return undefined;
    return shiftDecimal(plain, multiplierPower(opts.suffix));
  }
  if (opts.words !== undefined) {
    const n = parseNumberWords(opts.words);
    return n === undefined ? undefined : shiftDecimal(String(n), multiplierPower(opts.suffix));
  }
  return undefined;
}
