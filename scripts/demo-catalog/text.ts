import type { Rng } from './prng.ts';
import { tableError } from './table.ts';
import type { Pools, Words } from './types.ts';

const TOKEN = /\{([?!]?)(\w+)\}/g;

function present(value: string | undefined): value is string {
  return value !== undefined && value !== '' && value !== 'no';
}

/**
 * Fill a phrase template. `{key}` inserts a word, `{?key}` requires it without printing it,
 * `{!key}` requires it to be absent. Returns undefined when the phrase does not apply.
 */
export function fill(template: string, words: Words): string | undefined {
  let applies = true;
  const out = template.replace(TOKEN, (_match, mode: string, key: string) => {
    const value = words[key];
    if (mode === '?') applies &&= present(value);
    else if (mode === '!') applies &&= !present(value);
    else if (present(value)) return value;
    else applies = false;
    return '';
  });
  if (!applies) return undefined;
  const text = out.replace(/\s{2,}/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Phrase {
  readonly text: string;
  /** Phrases in the same group say the same thing in other words; a description uses one. */
  readonly group: string;
}

const GROUP = /^\[(\w+)\]\s*/;

function eligible(templates: readonly string[], words: Words): Phrase[] {
  const out: Phrase[] = [];
  for (const t of templates) {
    const group = GROUP.exec(t)?.[1] ?? t;
    const filled = fill(t.replace(GROUP, ''), words);
    if (filled) out.push({ text: filled, group });
  }
  return out;
}

function pickDistinct(rng: Rng, phrases: readonly Phrase[], count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of rng.shuffle(phrases)) {
    if (out.length >= count) break;
    if (seen.has(p.group)) continue;
    seen.add(p.group);
    out.push(p.text);
  }
  return out;
}

/** Options for assembling one description. */
export interface ComposeOptions {
  readonly rng: Rng;
  readonly pools: Pools;
  readonly words: Words;
  /** A sentence written for this very model, used most of the time. */
  readonly hook?: string | undefined;
  /** Separator between sentences: a space for English, nothing for Chinese. */
  readonly joiner?: string;
}

/**
 * Assemble a 1–4 sentence description: an opener, one or two features in random order, the
 * model's own hook, and sometimes a use case and a closing remark. Each pool is filtered to the
 * phrases whose words the product has, so sentences never mention specs it lacks. A feature
 * template may start with "[group]"; at most one feature per group is used.
 */
export function compose(opts: ComposeOptions): string {
  const { rng, pools, words } = opts;
  const openers = eligible(pools.openers, words).map((p) => p.text);
  const uses = eligible(pools.uses, words).map((p) => p.text);
  const closers = eligible(pools.closers, words).map((p) => p.text);
  const middle = pickDistinct(rng, eligible(pools.features, words), rng.chance(0.55) ? 2 : 1);
  if (opts.hook && rng.chance(0.85)) middle.splice(rng.int(0, middle.length), 0, opts.hook);
  const parts: string[] = [];
  if (openers.length > 0) parts.push(rng.pick(openers));
  if (!rng.chance(0.08)) parts.push(...middle);
  if (uses.length > 0 && rng.chance(0.45)) parts.push(rng.pick(uses));
  if (closers.length > 0 && rng.chance(0.3)) parts.push(rng.pick(closers));
  const unique = [...new Set(parts)].slice(0, 4);
  if (unique.length === 0) throw tableError(`No phrase applies to ${String(words.name)}`);
  return unique.join(opts.joiner ?? ' ');
}

/** Prefix "a" or "an" as the phrase is spoken: "an Intel Core i5", "an 11-inch", "a USB hub". */
export function withArticle(phrase: string): string {
  const an = /^(?:[aeiou]|8|11|18)/i.test(phrase) && !/^u(?:s|ni)/i.test(phrase);
  return `${an ? 'an' : 'a'} ${phrase}`;
}

/** "60 min" -> "60 minutes", "18 h" -> "18 hours"; other text unchanged. */
export function spellDuration(text: string | undefined): string | undefined {
  return text?.replace(/(\d) min$/, '$1 minutes').replace(/(\d) h$/, '$1 hours');
}
