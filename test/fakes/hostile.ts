/**
 * 200 hostile strings for adapter tests: mass mentions, user/role mentions, links, markdown,
 * HTML, control characters, emoji, RTL overrides, very long text. Deterministic.
 */
const SEEDS: readonly string[] = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123ABCD>',
  '<@U012ABCDEF>',
  '<#C012ABCDEF>',
  '@everyone',
  '@here',
  '<@&123456789012345678>',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<#123456789012345678>',
  '<https://evil.example/phish|Click for a free iPhone>',
  '[free gift](https://evil.example/phish)',
  'https://evil.example/phish',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '*bold* _italic_ ~strike~ `code` ```block```',
  '**bold** __under__ ||spoiler|| > quote',
  '&lt;!channel&gt; &amp; &gt;',
  '\u0000\u0001\u0007\u001b[31mred\u001b[0m',
  '\u202eevil\u202c reversed',
  'مرحبا بالعالم سماعات',
  'שלום עולם אוזניות',
  '👍👎🎧🔥💥 emoji storm 🛒🛍️',
  'Z̷̢̛̖̞̬͉̩̰̜͖̝͈͋̂̋̋̌a̶̧̛̬̯̣̪̠̳̟͑̈́͌l̸g̶o̸',
  '蓝牙耳机 <!channel> @everyone',
  'line1\nline2\r\nline3\tTabbed',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template-injection attempt is the point
  '${process.env.SLACK_BOT_TOKEN}',
  'javascript:alert(1)',
  '\u200b@\u200beveryone',
  '@​here',
  '＠everyone',
  '<<!channel>>',
  '<!channel|channel>',
  '<mailto:a@b.c|mail me>',
  'x'.repeat(3001),
  'long '.repeat(2000),
];

function build(): string[] {
  const out: string[] = [...SEEDS];
  const wrappers = [
    (s: string) => `headphones ${s}`,
    (s: string) => `${s} under $50`,
    (s: string) => `Sony ${s} Bose`,
    (s: string) => `${s}${s}`,
    (s: string) => `[${s}](https://x.example)`,
  ];
  let i = 0;
  while (out.length < 200) {
    const seed = SEEDS[i % SEEDS.length] ?? '';
    const wrap = wrappers[Math.floor(i / SEEDS.length) % wrappers.length];
    out.push(wrap ? wrap(seed) : seed);
    i++;
  }
  out.push('🎧'.repeat(10_000));
  out[199] = 'A'.repeat(10_000);
  return out.slice(0, 200);
}

/** The 200 strings, in a fixed order. */
export const HOSTILE_STRINGS: readonly string[] = build();
