import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/assistant/intents.ts';

const kind = (text: string) => detectIntent(text).kind;

describe('detectIntent', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['你好', 'greeting'],
    ['thanks!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['谢谢', 'thanks'],
    ['help', 'help'],
    ['what can you do?', 'help'],
    ['', 'help'],
    ['start over', 'reset'],
    ['reset', 'reset'],
    ['重新开始', 'reset'],
    ['forget me', 'forget'],
    ['please delete my data', 'forget'],
    ['忘记我', 'forget'],
    ['show more', 'show_more'],
    ['more', 'show_more'],
    ['next', 'show_more'],
    ['更多', 'show_more'],
    ['share', 'share'],
    ['share these with the channel', 'share'],
    ['cheaper', 'cheaper'],
    ['something cheaper', 'cheaper'],
    ['a bit cheaper please', 'cheaper'],
    ['便宜一点', 'cheaper'],
    ['any price', 'drop'],
    ['ignore the budget', 'drop'],
    ['include out of stock', 'drop'],
    ['不限价格', 'drop'],
    ['compare 1 and 3', 'compare'],
    ['1 vs 2', 'compare'],
    ['compare the first two', 'compare'],
    ['比较1和2', 'compare'],
    ['tell me more about 2', 'details'],
    ['#3', 'details'],
    ['the second one?', 'details'],
    ['details on number 4', 'details'],
    ['第二个怎么样', 'details'],
    ['more like the second one', 'more_like'],
    ['something like #3 but lighter', 'more_like'],
    ['similar to 2', 'more_like'],
    ['类似第二个的', 'more_like'],
    ["what's the weather", 'off_topic'],
    ['write me a poem', 'off_topic'],
    ['tell me a joke', 'off_topic'],
    ['promo list', 'promo_command'],
    ['promo create "Summer" query:"speaker"', 'promo_command'],
    ['stats', 'stats'],
    ['analytics', 'stats'],
    ['something for a customer who wants a gaming mouse under 50', 'staff_suggest'],
    ['similar to SKU HP-1234', 'staff_similar'],
    ['similar to product spk-0001', 'staff_similar'],
    ['bluetooth speaker under 60', 'request'],
    ['under 300 instead', 'request'],
    ['in black', 'request'],
    ['not Samsung', 'request'],
    ['only in stock', 'request'],
    ["I'd like the Sony headphones", 'request'],
    ['show me headphones under 50', 'request'],
    ['蓝牙音箱 300元以内', 'request'],
  ])('%j is %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it('keeps what follows the reference in "more like"', () => {
    expect(detectIntent('something like #3 but lighter')).toEqual({
      kind: 'more_like',
      text: 'something like #3 but lighter',
      rest: 'but lighter',
    });
  });

  it('says how many to compare when no numbers are given', () => {
    expect(detectIntent('compare the first three')).toMatchObject({ kind: 'compare', firstN: 3 });
    expect(detectIntent('compare them')).toMatchObject({ kind: 'compare', firstN: 3 });
  });

  it('reads the customer request and the SKU out of staff requests', () => {
    expect(detectIntent('something for a customer who wants a gaming mouse under 50')).toEqual({
      kind: 'staff_suggest',
      text: 'a gaming mouse under 50',
    });
    expect(detectIntent('similar to SKU HP-1234 under 100')).toEqual({
      kind: 'staff_similar',
      code: 'HP-1234',
      rest: 'under 100',
    });
  });
});
