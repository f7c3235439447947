/**
 * Everything that is not a search: greetings, thanks, help (with the extra commands of staff and
 * managers), a polite redirect for off-topic requests, and reset.
 */
import type { Outcome, Turn } from '../context.ts';
import { PROMO_GRAMMAR } from '../promo-commands.ts';
import { textReply } from '../replies.ts';
import { exampleSuggestions } from '../suggestions.ts';

/** "Hi". */
export function greet(turn: Turn): Outcome {
  const text =
    turn.language === 'zh'
      ? '你好！告诉我你想找什么，我来帮你挑。比如：'
      : "Hi! Tell me what you're looking for and I'll find some picks. For example:";
  return {
    reply: textReply(turn, 'smalltalk', text, { suggestions: exampleSuggestions(turn.language) }),
    intent: 'greeting',
  };
}

/** "Thanks". */
export function thank(turn: Turn): Outcome {
  const hasResults = (turn.state?.shown.length ?? 0) > 0;
  const zh = turn.language === 'zh';
  const text = zh ? '不客气！还需要别的吗？' : "You're welcome! Anything else?";
  const suggestions = hasResults
    ? zh
      ? ['更多', '便宜一点']
      : ['show more', 'cheaper']
    : exampleSuggestions(turn.language).slice(0, 2);
  return { reply: textReply(turn, 'smalltalk', text, { suggestions }), intent: 'thanks' };
}

/** A polite redirect: aisle only talks about the shop's products, and never invents one. */
export function offTopic(turn: Turn): Outcome {
  const text =
    turn.language === 'zh'
      ? '这个我帮不上忙，我只负责帮你在本店找商品。可以试试：'
      : "I can't help with that; I'm here to help you find products in this shop. You could try:";
  return {
    reply: textReply(turn, 'smalltalk', text, { suggestions: exampleSuggestions(turn.language) }),
    intent: 'off_topic',
  };
}

/** "Start over": forget the conversation's search. */
export function reset(turn: Turn): Outcome {
  const text = turn.language === 'zh' ? '好的，重新开始。你想找什么？' : 'Cleared. What are you looking for?';
  return {
    reply: textReply(turn, 'info', text, { suggestions: exampleSuggestions(turn.language) }),
    state: null,
    intent: 'reset',
  };
}

const SHOPPER_EN = [
  'Tell me what you want, in your own words: "bluetooth speaker under 60", "running shoes for women, not Nike".',
  'Then refine: "cheaper", "under 300 instead", "in black", "not Samsung", "only in stock".',
  'Point at results by number: "tell me more about 2", "compare 1 and 3", "more like the second one", "something like #3 but lighter".',
  '"show more" for the next results, "share" to post them in the channel, "start over" to reset, "forget me" to delete what I keep about you.',
];
const SHOPPER_ZH = [
  '直接说你想要什么，比如：“蓝牙音箱 300元以内”、“跑鞋 不要耐克”。',
  '然后可以继续调整：“便宜一点”、“只要有货”、“不要JBL”。',
  '用编号指代结果：“第二个的详情”、“比较1和3”、“类似第二个的”。',
  '“更多”看下一批，“分享”发到频道，“重新开始”清空，“忘记我”删除我保存的关于你的数据。',
];
const STAFF = [
  'Staff: "something for a customer who wants a gaming mouse under 50" (cards show SKU and stock count), "similar to SKU <sku>" or "similar to product <id>".',
];
const MANAGER = [
  'Managers: "stats" for top searches, searches with no results and product engagement.',
  'Promos:',
  ...PROMO_GRAMMAR.map((g) => `  ${g}`),
  '  Options: ids:ID,ID or query:"…" (which products), boost:1-5 (default 2), starts:/ends: a date (2026-12-31, UTC) or an ISO time (default now and 7 days), code:CODE, text:"announcement". A promo never breaks a shopper\'s budget, brand exclusions or "in stock only".',
];

/** How to ask, with the extra commands of the user's roles. */
export function help(turn: Turn): Outcome {
  const lines = [...(turn.language === 'zh' ? SHOPPER_ZH : SHOPPER_EN)];
  if (turn.staff) lines.push(...STAFF);
  if (turn.manager) lines.push(...MANAGER);
  return {
    reply: textReply(turn, 'help', lines.join('\n'), { suggestions: exampleSuggestions(turn.language) }),
    intent: 'help',
  };
}
