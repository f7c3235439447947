/**
 * The user's own data: feedback on cards (which shapes later rankings), "forget me", and the
 * managers' aggregate analytics.
 */

import { shortTitle } from '../comparison.ts';
import type { Outcome, Services, Turn } from '../context.ts';
import { EMPTY_PROFILE, type FeedbackSignal, type Profile, updateProfile } from '../personalise.ts';
import { textReply } from '../replies.ts';

/** The taste profile implied by a user's feedback rows (recomputed, so repeats do not pile up). */
export function profileFrom(
  turn: Turn,
  rows: readonly { productId: string; signal: FeedbackSignal }[],
): Profile {
  let profile = EMPTY_PROFILE;
  for (const row of rows) {
    const product = turn.index.get(row.productId)?.product;
    if (product) profile = updateProfile(profile, product, row.signal);
  }
  return profile;
}

/** 👍 or 👎 on a card. */
export function feedback(services: Services, turn: Turn, productId: string, value: 'up' | 'down'): Outcome {
  const product = turn.index.get(productId)?.product;
  const zh = turn.language === 'zh';
  if (!product) {
    const text = zh ? '这个商品已经不在目录里了。' : 'That product is no longer in the catalog.';
    return { reply: textReply(turn, 'info', text), intent: 'feedback', code: 'NOT_FOUND' };
  }
  const shop = services.stores.shop;
  const at = turn.now.toISOString();
  shop.recordFeedback({ userKey: turn.userKey, productId, signal: value, at });
  shop.saveProfile(turn.userKey, profileFrom(turn, shop.feedbackOf(turn.userKey)), at);
  shop.recordProductEvent({ productId, event: value });
  const name = shortTitle(product.title);
  const text =
    value === 'up'
      ? zh
        ? `谢谢！之后会多推荐类似${name}的商品。`
        : `Thanks! I'll lean toward things like ${name} from now on.`
      : zh
        ? `好的，之后会少推荐类似${name}的商品。`
        : `Got it. I'll show fewer things like ${name}.`;
  return { reply: textReply(turn, 'info', text), intent: 'feedback' };
}

/** "Forget me": delete this user's conversations, feedback and profile, and say so. */
export async function forgetMe(services: Services, turn: Turn): Promise<Outcome> {
  const conversations = await services.stores.conversations.deleteUser(turn.key);
  const rows = services.stores.shop.forgetUser(turn.userKey);
  services.logger.info(
    { platform: turn.key.platform, user: turn.key.userId, conversations, rows },
    'user data deleted',
  );
  const text =
    turn.language === 'zh'
      ? '好的，我已删除你的对话记录、反馈和偏好设置。店铺的汇总统计不包含你的身份信息，会保留。'
      : "Done. I deleted your conversation history, your feedback and your preferences. The shop's aggregate statistics hold no user ids and stay.";
  return { reply: textReply(turn, 'info', text), intent: 'forget' };
}

/** Managers: top queries, zero-result queries, clicks and feedback per product. */
export function stats(services: Services, turn: Turn): Outcome {
  const s = services.stores.shop.stats(10);
  const list = (rows: readonly { text: string; count: number }[]) =>
    rows.length > 0 ? rows.map((r) => `  ${r.count}× ${r.text}`).join('\n') : '  (none yet)';
  const products =
    s.products.length > 0
      ? s.products
          .map((p) => {
            const title = turn.index.get(p.productId)?.product.title;
            const name = title ? `${shortTitle(title)} (${p.productId})` : p.productId;
            return `  ${name}: ${p.clicks} clicks, ${p.more} more-like-this, ${p.up} 👍, ${p.down} 👎`;
          })
          .join('\n')
      : '  (none yet)';
  const text = [
    'Top searches:',
    list(s.topQueries),
    'Searches with no results:',
    list(s.zeroResultQueries),
    'Products people engaged with:',
    products,
  ].join('\n');
  return { reply: textReply(turn, 'info', text), intent: 'stats' };
}
