import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../fakes/hostile.ts';
import { type Harness, mention, startHarness } from './harness.ts';
import { payloadProblems } from './payload-check.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ publicUrl: 'https://shop.example.com/aisle' });
});
afterAll(async () => {
  await h.close();
});

describe('hostile text through the real adapter', () => {
  it('keeps 200 hostile strings inert as the message and as every product field, within limits', async () => {
    expect(HOSTILE_STRINGS).toHaveLength(200);
    for (const [i, s] of HOSTILE_STRINGS.entries()) {
      h.assistant.useHostile(s);
      await h.event(mention(s));
      const post = await h.api.nextCall('chat.postMessage');
      expect(payloadProblems(post.body), `string #${i} ${JSON.stringify(s.slice(0, 60))}`).toEqual([]);
      expect(post.body.blocks, `string #${i} rendered no blocks`).toBeDefined();
      if (i % 10 === 0) {
        await h.command(s, { responseId: `hostile-${i}` });
        const response = await h.api.nextCall('response_url');
        expect(payloadProblems(response.body), `command #${i}`).toEqual([]);
      }
    }
    // Every message the assistant saw was the user's text, without the bot mention.
    expect(h.assistant.received.every((m) => !m.text.includes('<@UBOT0001>'))).toBe(true);
    // Nothing anywhere (posts, updates, responses) carries live mention syntax.
    for (const call of h.api.outgoing()) expect(JSON.stringify(call.body)).not.toMatch(/"text":"[^"]*<[!@#]/);
  });
});
