import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL, findButton, type Harness, mention, SHOPPER, startHarness } from './harness.ts';
import { payloadProblems } from './payload-check.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** Ask by mention and return the posted results (with their buttons). */
async function askInChannel(text: string): Promise<Record<string, unknown>> {
  await h.event(mention(text, { ts: '1700000500.000500' }));
  return (await h.api.nextCall('chat.postMessage')).body;
}

describe('Slack slash command', () => {
  it('acks at once, then answers privately through response_url with a Share button', async () => {
    h = await startHarness();
    const gate = h.assistant.holdNext();
    const ack = await h.command('wireless headphones');
    // The HTTP 200 came back while the assistant was still held: the ack did not wait for the work.
    expect(ack.status).toBe(200);
    const seen = await gate.reached;
    expect(seen).toMatchObject({
      platform: 'slack',
      channelId: CHANNEL,
      userId: SHOPPER,
      text: 'wireless headphones',
    });
    expect(seen.threadId).toBeUndefined();
    expect(h.api.callsTo('response_url')).toEqual([]);

    gate.release();
    const response = await h.api.nextCall('response_url');
    expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(response.body.blocks)).toContain('Share to channel');
    expect(payloadProblems(response.body)).toEqual([]);
    await h.adapter.idle();
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('posts the shared reply in the channel when Share is pressed', async () => {
    h = await startHarness();
    await h.command('bluetooth speaker');
    const response = await h.api.nextCall('response_url');
    await h.press(findButton(response.body, 'aisle:share'));

    const shared = await h.api.nextCall('chat.postMessage');
    expect(shared.body.channel).toBe(CHANNEL);
    expect(shared.body.thread_ts).toBeUndefined();
    expect(JSON.stringify(shared.body.blocks)).toContain('JBL Flip 6');
    expect(JSON.stringify(shared.body.blocks)).not.toContain('Share to channel');
    expect(h.assistant.received[1]).toMatchObject({ action: { type: 'share' }, text: 'bluetooth speaker' });
  });

  it('tells the sharer how to invite the bot when it is not in the channel', async () => {
    h = await startHarness();
    await h.command('bluetooth speaker');
    const response = await h.api.nextCall('response_url');
    h.api.on('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
    await h.press(findButton(response.body, 'aisle:share'));
    const hint = await h.api.nextCall('response_url');
    expect(String(hint.body.text)).toContain('/invite @aisle');
  });

  it('refuses a non-manager promo attempt privately and posts nothing else', async () => {
    h = await startHarness({ roles: { staff: [], managers: ['UMANAGER'] } });
    await h.command('promo create Summer sale for headphones');
    const response = await h.api.nextCall('response_url');
    expect(String(response.body.text)).toMatch(/Only community managers/);
    expect(response.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(response.body.blocks ?? [])).not.toContain('Share to channel');
    expect(h.assistant.received[0]).toMatchObject({
      text: 'promo create Summer sale for headphones',
      roles: ['shopper'],
    });
    await h.adapter.idle();
    expect(h.api.outgoing().map((c) => c.method)).toEqual(['response_url']);
  });

  it('passes manager roles through, so a manager can create a promo', async () => {
    h = await startHarness({ roles: { staff: [], managers: ['UMANAGER'] } });
    await h.command('promo create Summer sale for headphones', { userId: 'UMANAGER' });
    const response = await h.api.nextCall('response_url');
    expect(String(response.body.text)).toContain('Created promo "Summer sale"');
    expect(h.assistant.received[0]?.roles).toEqual(['shopper', 'staff', 'manager']);
  });

  it('apologises privately when the assistant throws', async () => {
    h = await startHarness();
    h.assistant.failNext();
    await h.command('headphones');
    const response = await h.api.nextCall('response_url');
    expect(String(response.body.text)).toMatch(/^Sorry/);
    expect(response.body.response_type).toBe('ephemeral');
  });
});

describe('Slack buttons', () => {
  it('"More like this" reaches the assistant as an action and the reply is posted in the thread', async () => {
    h = await startHarness();
    const results = await askInChannel('headphones');
    const button = findButton(results, 'aisle:more:0');
    await h.press(button, { message: { ts: '1700000600.000600', thread_ts: '1700000500.000500' } });
    expect(h.assistant.received[1]).toMatchObject({
      action: { type: 'more_like_this', productId: 'p-sony-wh' },
      threadId: '1700000500.000500',
      channelId: CHANNEL,
    });
    const post = await h.api.nextCall('chat.postMessage');
    expect(post.body.thread_ts).toBe('1700000500.000500');
    expect(String(post.body.text)).toMatch(/^More like Sony/);
    expect(payloadProblems(post.body)).toEqual([]);
  });

  it('records 👍 feedback with the product id and thanks the user privately', async () => {
    h = await startHarness();
    const results = await askInChannel('headphones');
    await h.press(findButton(results, 'aisle:up:1'), { message: { ts: '1700000600.000600' } });
    expect(h.assistant.received[1]?.action).toEqual({
      type: 'feedback',
      productId: 'p-jbl-tune',
      value: 'up',
    });
    const thanks = await h.api.nextCall('chat.postEphemeral');
    expect(thanks.body).toMatchObject({ channel: CHANNEL, user: SHOPPER });
    expect(String(thanks.body.text)).toContain('Thanks');
  });

  it('removes a constraint when its chip is pressed', async () => {
    h = await startHarness();
    const results = await askInChannel('sony headphones under $60');
    expect(JSON.stringify(results.blocks)).toContain('✕ Under $60');
    await h.press(findButton(results, 'aisle:chip:0'), { message: { ts: '1700000600.000600' } });
    expect(h.assistant.received[1]?.action).toEqual({ type: 'remove_constraint', chipId: 'price:max' });
    expect(String((await h.api.nextCall('chat.postMessage')).body.text)).toContain('Removed that filter');
  });

  it('sends a suggestion as text and answers on the ephemeral message it came from', async () => {
    h = await startHarness();
    await h.command('headphones');
    const response = await h.api.nextCall('response_url');
    await h.press(findButton(response.body, 'aisle:suggest:0'));
    expect(h.assistant.received[1]).toMatchObject({
      text: 'Only in stock',
      action: { type: 'suggestion', text: 'Only in stock' },
    });
    const answer = await h.api.nextCall('response_url');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('posts again without images when Slack refuses an image', async () => {
    h = await startHarness();
    let refused = 0;
    h.api.on('chat.postMessage', (call) => {
      if (JSON.stringify(call.body.blocks ?? []).includes('"image_url"')) {
        refused += 1;
        return { ok: false, error: 'invalid_blocks' };
      }
      return { ok: true, ts: '1700000700.000700' };
    });
    await h.event(mention('headphones'));
    expect(refused).toBe(1);
    const calls = h.api.callsTo('chat.postMessage');
    expect(calls).toHaveLength(2);
    expect(JSON.stringify(calls[1]?.body.blocks)).toContain('More like this');
  });
});
