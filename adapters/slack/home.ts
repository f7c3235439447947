import type { Reply } from '../../src/assistant/types.ts';
import { LIMITS, mrkdwn, plain, type SlackBlock } from './blocks.ts';
import { renderReply } from './render.ts';

/** An App Home view for views.publish. */
export interface HomeView {
  type: 'home';
  blocks: SlackBlock[];
}

/** What the Home tab shows a user. */
export interface HomeOptions {
  readonly manager: boolean;
  /** The assistant's answer to promo_list (managers only); `undefined` when it could not be loaded. */
  readonly promos?: Reply | undefined;
  readonly publicUrl?: string | undefined;
}

const HOW_TO = [
  '*Ask me in any of these ways:*',
  '• Mention me in a channel: `@aisle wireless headphones under $100` (I answer in a thread).',
  '• Send me a direct message in the Messages tab.',
  '• Use `/aisle &lt;request&gt;` anywhere: only you see the answer, and *Share to channel* posts it.',
  '',
  'Press *More like this*, 👍 or 👎 on a product, or a filter chip to remove it.',
].join('\n');

const MANAGER_HELP = [
  '*Promos* (community managers): `/aisle promo create …`, `/aisle promo list`,',
  '`/aisle promo end &lt;id&gt;` and `/aisle promo announce &lt;id&gt;`.',
].join('\n');

/** Build the Home tab: how to ask, and for managers the live promos. Pure. */
export function renderHome(opts: HomeOptions): HomeView {
  const blocks: SlackBlock[] = [
    { type: 'header', text: plain('aisle: your shopping assistant') },
    { type: 'section', text: mrkdwn(HOW_TO) },
  ];
  if (opts.manager) {
    blocks.push({ type: 'divider' }, { type: 'header', text: plain('Live promos') });
    if (opts.promos) {
      const rendered = renderReply(opts.promos, {
        buttons: false,
        publicUrl: opts.publicUrl,
        maxBlocks: LIMITS.homeBlocks - blocks.length - 2,
      });
      blocks.push(...rendered.blocks);
    } else {
      blocks.push({
        type: 'section',
        text: plain('Live promos could not be loaded right now. Reopen this tab to retry.'),
      });
    }
    blocks.push({ type: 'section', text: mrkdwn(MANAGER_HELP) });
  }
  return { type: 'home', blocks };
}
