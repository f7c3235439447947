/**
 * What a message asks for, decided deterministically from its text (English and Chinese). Pure:
 * whether a request refines the last search or starts a new one is decided later, with the
 * conversation's state (see `refine.ts`).
 */
import { blankReferences, type FoundReference, findReferences } from './references.ts';

/** The intent of one text message. */
export type Intent =
  | { readonly kind: 'greeting' }
  | { readonly kind: 'thanks' }
  | { readonly kind: 'help' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'forget' }
  | { readonly kind: 'off_topic' }
  | { readonly kind: 'show_more' }
  | { readonly kind: 'share' }
  | { readonly kind: 'cheaper' }
  /** "any price", "include out of stock": drop one constraint of the last search. */
  | { readonly kind: 'drop'; readonly chip: 'price' | 'stock' }
  /** `text` is the message; references are resolved against the items last shown. */
  | { readonly kind: 'compare'; readonly text: string; readonly firstN?: number }
  | { readonly kind: 'details'; readonly text: string }
  /** "more like the second one but lighter": `rest` is what follows the reference. */
  | { readonly kind: 'more_like'; readonly text: string; readonly rest: string }
  | { readonly kind: 'promo_command'; readonly text: string }
  | { readonly kind: 'stats' }
  | { readonly kind: 'staff_suggest'; readonly text: string }
  | { readonly kind: 'staff_similar'; readonly code: string; readonly rest: string }
  /** A shopping request: new, or a refinement of the last one. */
  | { readonly kind: 'request'; readonly text: string };

/** Lower case, single spaces, no trailing punctuation or emoji-only decoration. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?,;:。！？，、~]+$/u, '')
    .replace(/^[\s,;:，、]+/u, '');
}

const whole = (re: string) => new RegExp(`^(?:${re})$`, 'u');

const FORGET =
  /(?<![\p{L}])(?:forget (?:about )?me|forget (?:everything )?about me|delete (?:all )?my (?:data|history|info(?:rmation)?)|erase (?:all )?my (?:data|history)|remove my data)(?![\p{L}])|忘记我|忘掉我|删除我的(?:数据|记录|信息)/u;
const RESET = whole(
  "reset|start over|start again|restart|new search|clear(?: (?:it|all|everything|search|filters))?|never ?mind|forget it|let's start over|重新开始|重来|清空|重置",
);
const HELP = whole(
  'help|help me|\\?|what can you do|what do you do|how does (?:this|it) work|how do i use (?:this|you|aisle)|commands|usage|帮助|怎么用|你能做什么|使用说明',
);
const GREETING = whole(
  '(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening)|hey there|hi there|hello there)(?: aisle| there| bot| everyone| all)?|你好|您好|嗨|哈喽|早上好|晚上好',
);
const THANKS = whole(
  '(?:ok(?:ay)?,? )?(?:thanks|thank you|thx|ty|cheers|much appreciated|great,? thanks|perfect,? thanks|thanks a lot|thank you so much|many thanks)(?: (?:a lot|so much|very much|again|aisle))?|谢谢(?:你|您)?|多谢|感谢|谢啦',
);
const SHARE = whole(
  '(?:please )?share(?: (?:this|these|them|it|that|the results|results))?(?: (?:with|in|to) (?:the )?(?:channel|everyone|team|group|room|all))?|post (?:this|these|them|it) (?:in|to) (?:the )?channel|分享|分享到频道',
);
const SHOW_MORE = whole(
  '(?:show|give|see|load|get) (?:me )?more(?: results| options| please| of (?:those|these|them))?|more(?: results| options| please)?|next(?: page| results| ones)?|any others|anything else|what else|others|更多|再来几个|换一批|还有吗|还有别的吗|下一页|再看看',
);
const CHEAPER = whole(
  '(?:(?:something|anything|any|got anything|show me|something a|a|any ones?|maybe) )?(?:a bit |a little |slightly |even |much |a lot )?(?:cheaper|less expensive|lower priced|lower-priced|more affordable|less pricey)(?: (?:ones?|options?|alternatives?|please|instead|stuff|things|models?|versions?))*|too (?:expensive|pricey|much)|(?:更|再)?便宜(?:一点|一些|点|些)?(?:的)?|太贵了?|有没有更便宜的',
);
const DROP_PRICE = whole(
  "(?:at )?any price|no budget|(?:ignore|forget|remove|drop|without|no) (?:the )?(?:price|budget)(?: limit)?|price doesn'?t matter|不限价格|价格不限|不限预算",
);
const DROP_STOCK = whole(
  '(?:include|show) (?:the )?(?:out[- ]of[- ]stock|sold[- ]out)(?: ones| items)?|(?:out[- ]of[- ]stock|sold[- ]out)(?: ones)? (?:is |are )?(?:ok|okay|fine)|缺货的也行|缺货也可以',
);
const PROMO = /^promos?(?:\s|$)/u;
const STATS = whole('stats|statistics|analytics|show (?:me )?(?:the )?(?:stats|analytics)|统计|数据统计');
const STAFF_SIMILAR =
  /(?<![\p{L}])(?:similar|alternatives?|comparable|equivalent)s?\s+(?:to|for)\s+(?:(?:sku|product(?:\s+id)?|item(?:\s+id)?|id)\s*[:#]?\s*)([\p{L}\p{N}][\p{L}\p{N}._/-]*)/iu;
const STAFF_SUGGEST =
  /^(?:.*?\b)?(?:for|to) (?:a|my|the|our|this) (?:customer|client|shopper|buyer)\b|^(?:a |my |the )?(?:customer|client|shopper|buyer) (?:who |that )?(?:wants|needs|is looking for|is after|asks for|asked for|asking for|looking for)/u;
const STAFF_SUGGEST_CUT =
  /^.*?\b(?:customer|client|shopper|buyer)\b(?:\s+(?:who|that))?(?:\s+(?:wants|needs|is looking for|is after|asks for|asked for|asking for|looking for|would like))?\s*/u;
const OFF_TOPIC =
  /(?<![\p{L}])(?:weather|forecast|poem|poetry|haiku|limerick|joke|riddle|essay|lyrics|news|headlines|president|prime minister|election|capital of|translate|homework|meaning of life|horoscope|stock market|stock price|bitcoin|crypto|football score|who won|recipe for|write (?:me )?(?:a|an|some)|tell me a story|who are you|are you (?:a bot|human|real)|what time is it|what day is it)(?![\p{L}])|天气|写(?:一首)?诗|讲个?笑话|新闻|翻译|你是谁/u;
const COMPARE =
  /(?<![\p{L}])(?:compare|comparison|vs\.?|versus|difference between|differences between|which is better|which one is better|which (?:of these|should i (?:get|buy|pick)))(?![\p{L}])|比较|对比|哪个好|哪个更好|区别/u;
const FIRST_N =
  /(?<![\p{L}])(?:(?:the )?(?:first|top) (two|three|four|2|3|4)|them all|all of them|them|these|those|all)(?![\p{L}])|前(两|三|四|2|3|4)个|这几个/u;
/** Words that may surround a reference in a details request ("tell me more about #2"). */
const DETAILS_WORDS = new Set(
  "tell me more about details detail on of for the what whats what's is how specs spec specifications info information show describe open please pls one and about it that this look at zoom in can you give".split(
    ' ',
  ),
);
const DETAILS_CJK = /介绍一下|介绍|详情|详细信息|详细|参数|规格|怎么样|看看|的|呢|吗|请|一下/gu;
const MORE_LIKE =
  /(?<![\p{L}])(?:(?:more|something|anything|others?|ones?|items?|products?|stuff|options?|show me|find|find me)\s+(?:(?:just|a bit|a little|kind of)\s+)?(?:like|similar to)|similar to|(?<!(?:i'd|i’d|i would|would|i|we|you|they|'d|’d|really|also) )like)(?![\p{L}])|类似|相似|跟.{1,6}一样|和.{1,6}差不多|像/u;
const NAMED_AFTER_LIKE = /^(?:that|this) (?:one|\p{L}+)|^the \p{L}+ one/u;

const WORD_NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, 两: 2, 三: 3, 四: 4 };

function firstN(text: string): number | undefined {
  const m = FIRST_N.exec(text);
  if (!m) return undefined;
  const n = m[1] ?? m[2];
  if (n === undefined) return 3;
  return WORD_NUMBERS[n] ?? Number(n);
}

type FixedKind = 'forget' | 'reset' | 'help' | 'greeting' | 'thanks' | 'stats';

/** Whole-message intents that carry no data, in the order they are tried. */
const FIXED: ReadonlyArray<readonly [RegExp, FixedKind]> = [
  [FORGET, 'forget'],
  [RESET, 'reset'],
  [HELP, 'help'],
  [GREETING, 'greeting'],
  [THANKS, 'thanks'],
  [STATS, 'stats'],
];

/** Decide the intent of a text message. */
export function detectIntent(raw: string): Intent {
  const text = normalise(raw);
  if (text === '') return { kind: 'help' };
  for (const [re, kind] of FIXED) if (re.test(text)) return { kind };
  if (PROMO.test(text)) return { kind: 'promo_command', text: raw.trim() };
  return staffIntent(raw) ?? followUpIntent(text) ?? { kind: 'request', text: raw.trim() };
}

/** Staff requests: "similar to SKU …", "something for a customer who …". */
function staffIntent(raw: string): Intent | undefined {
  const text = normalise(raw);
  const similar = STAFF_SIMILAR.exec(raw.trim());
  if (similar?.[1]) {
    const rest = raw
      .trim()
      .slice(similar.index + similar[0].length)
      .trim();
    return { kind: 'staff_similar', code: similar[1], rest };
  }
  if (STAFF_SUGGEST.test(text)) {
    return { kind: 'staff_suggest', text: raw.trim().replace(STAFF_SUGGEST_CUT, '').trim() };
  }
  return undefined;
}

/** Follow-ups about what was shown, and off-topic requests; undefined for a shopping request. */
function followUpIntent(text: string): Intent | undefined {
  if (SHARE.test(text)) return { kind: 'share' };
  if (SHOW_MORE.test(text)) return { kind: 'show_more' };
  if (CHEAPER.test(text)) return { kind: 'cheaper' };
  if (DROP_PRICE.test(text)) return { kind: 'drop', chip: 'price' };
  if (DROP_STOCK.test(text)) return { kind: 'drop', chip: 'stock' };
  const refs = findReferences(text, { bareNumbers: true });
  if (COMPARE.test(text)) {
    const n = refs.length < 2 ? firstN(text) : undefined;
    return n === undefined ? { kind: 'compare', text } : { kind: 'compare', text, firstN: n };
  }
  const like = MORE_LIKE.exec(text);
  const afterLike = like ? text.slice(like.index + like[0].length).trim() : '';
  if (like && (refs.some((r) => r.start >= like.index) || NAMED_AFTER_LIKE.test(afterLike))) {
    const after = refs.find((r) => r.start >= like.index) ?? refs[0];
    const rest = after ? text.slice(after.end).trim() : '';
    return { kind: 'more_like', text, rest };
  }
  if (isDetailsRequest(text, refs)) return { kind: 'details', text };
  return OFF_TOPIC.test(text) ? { kind: 'off_topic' } : undefined;
}

/** "tell me more about 2", "#3", "the second one?", "第二个怎么样": references plus details words only. */
function isDetailsRequest(text: string, refs: readonly FoundReference[]): boolean {
  if (refs.length === 0) return false;
  const words = blankReferences(text, refs)
    .replace(DETAILS_CJK, ' ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
  return words.every((w) => DETAILS_WORDS.has(w));
}
