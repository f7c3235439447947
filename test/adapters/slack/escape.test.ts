import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../../adapters/slack/actions.ts';
import {
  mrkdwnText,
  plainText,
  safeHttpUrl,
  slackToPlain,
  stripControl,
} from '../../../adapters/slack/escape.ts';

describe('plainText / mrkdwnText', () => {
  it('escapes &, < and > so mentions and links stay text', () => {
    expect(plainText('<!channel> & <@U1> <https://x.example|y>', 200)).toBe(
      '&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https:\u2060//x.example|y&gt;',
    );
  });

  it('defuses plain @here words and bare URLs with an invisible joiner', () => {
    expect(plainText('@here see https://evil.example', 100)).toBe(
      '@\u2060here see https:\u2060//evil.example',
    );
    expect(plainText('mailto:a@b.c', 100)).toBe('mailto\u2060:a@b.c');
  });

  it('strips control characters and bidi overrides but keeps newlines in multi-line text', () => {
    expect(stripControl('a\u0000b\u001b[31mc\u202ed\r\ne\tf')).toBe('ab[31mcd\ne f');
    expect(plainText('one\ntwo', 50, { singleLine: true })).toBe('one two');
  });

  it('neutralises mrkdwn formatting in untrusted text', () => {
    expect(mrkdwnText('*bold* _it_ ~s~ `c`', 100)).toBe(
      '\u2217bold\u2217 \u02cdit\u02cd \u223cs\u223c \u02cbc\u02cb',
    );
  });

  it('truncates by escaped length with an ellipsis, never splitting an entity or an emoji', () => {
    const out = plainText('&'.repeat(100), 23);
    expect(out).toBe(`${'&amp;'.repeat(4)}…`);
    const emoji = plainText('🎧'.repeat(100), 10);
    expect(emoji).toBe('🎧🎧🎧🎧…');
    expect(plainText('short', 10)).toBe('short');
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http(s) URLs and resolves relative paths against a base', () => {
    expect(safeHttpUrl('https://a.example/x y')).toBeUndefined();
    expect(safeHttpUrl('https://a.example/x?y=1|2')).toBe('https://a.example/x?y=1%7C2');
    expect(safeHttpUrl('images/a.png', 'https://shop.example/base')).toBe(
      'https://shop.example/base/images/a.png',
    );
    expect(safeHttpUrl('images/a.png')).toBeUndefined();
  });

  it('refuses other schemes, protocol-relative URLs, credentials and over-long URLs', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/a',
      'mailto:a@b.c',
      'https://u:p@a.example/',
    ]) {
      expect(safeHttpUrl(bad, 'https://shop.example')).toBeUndefined();
    }
    expect(safeHttpUrl(`https://a.example/${'x'.repeat(1_000)}`)).toBeUndefined();
  });
});

describe('slackToPlain', () => {
  it('removes the bot mention and turns markup into readable text', () => {
    expect(slackToPlain('<@UBOT> headphones &lt;$50 &amp; <https://x.example|this one>', 'UBOT')).toBe(
      'headphones <$50 & this one',
    );
    expect(slackToPlain('<!here> <#C1|general> <@U2|ana> <!subteam^S1|@staff> <mailto:a@b.c|mail>')).toBe(
      '@here #general @ana @staff mail',
    );
  });
});

describe('button values', () => {
  it('round-trip every action a button carries', () => {
    const cases = [
      { type: 'more_like_this', productId: 'p1' },
      { type: 'feedback', productId: 'p1', value: 'down' },
      { type: 'details', productId: 'p1' },
      { type: 'show_more' },
      { type: 'remove_constraint', chipId: 'brand:Sony' },
      { type: 'suggestion', text: 'Only in stock' },
    ] as const;
    for (const action of cases) expect(decodeButton(encodeButton(action))?.action).toEqual(action);
    expect(decodeButton(encodeButton({ type: 'share' }, 'wireless headphones'))).toEqual({
      action: { type: 'share' },
      text: 'wireless headphones',
    });
  });

  it('rejects values aisle did not write', () => {
    for (const bad of [
      '',
      'nope',
      '{"t":"x"}',
      '{"t":"f","p":"p1","v":"sideways"}',
      '{"t":"m"}',
      '[1]',
      'null',
    ]) {
      expect(decodeButton(bad)).toBeUndefined();
    }
  });

  it('never writes a value longer than Slack accepts', () => {
    expect(encodeButton({ type: 'more_like_this', productId: 'x'.repeat(1_990) })).toBeUndefined();
    expect(encodeButton({ type: 'suggestion', text: '"'.repeat(5_000) })?.length).toBeLessThanOrEqual(2_000);
    expect(encodeButton({ type: 'promo_list' })).toBeUndefined();
  });
});
