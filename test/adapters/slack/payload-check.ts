/**
 * Independent checks of what aisle sends to Slack: Block Kit limits, and that no text can turn into
 * a live mention or link except the renderer's own links to validated http(s) URLs.
 */

type Json = Record<string, unknown>;

/** A link the renderer writes: `<http(s)://…|label>` with nothing markup-like inside. */
const RENDERER_LINK = /<https?:\/\/[^\s<>|]+\|[^<>]*>/g;

/** Problems with the visible text of a payload: live mentions, stray markup, non-verbatim mrkdwn. */
export function liveMarkupProblems(payload: unknown): string[] {
  const problems: string[] = [];
  walkObjects(payload, (o, path) => {
    if (o.type === 'mrkdwn' && o.verbatim !== true) problems.push(`${path}: mrkdwn without verbatim`);
    for (const key of ['text', 'alt_text']) {
      const text = o[key];
      if (typeof text === 'string') textProblems(text, o.type === 'mrkdwn', `${path}.${key}`, problems);
    }
  });
  return problems;
}

function textProblems(text: string, mrkdwn: boolean, path: string, problems: string[]): void {
  const rest = mrkdwn ? text.replace(RENDERER_LINK, '') : text;
  if (/[<>]/.test(rest)) problems.push(`${path}: unescaped < or > in ${JSON.stringify(text.slice(0, 120))}`);
  if (/<[!@#]/.test(text)) problems.push(`${path}: live mention syntax`);
  if (/@(here|channel|everyone)\b/i.test(rest)) problems.push(`${path}: bare mass mention word`);
  if (/https?:\/\/(?!\S*\|)/.test(rest))
    problems.push(`${path}: bare URL ${JSON.stringify(rest.slice(0, 80))}`);
}

function walkObjects(node: unknown, visit: (o: Json, path: string) => void, path = '$'): void {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) walkObjects(n, visit, `${path}[${i}]`);
  } else if (node !== null && typeof node === 'object') {
    visit(node as Json, path);
    for (const [k, v] of Object.entries(node as Json)) walkObjects(v, visit, `${path}.${k}`);
  }
}

function textOf(o: unknown): string {
  return typeof (o as Json | undefined)?.text === 'string' ? ((o as Json).text as string) : '';
}

type Too = (what: string, len: number, max: number) => void;

function checkSection(block: Json, path: string, problems: string[], too: Too): void {
  too('section text', textOf(block.text).length, 3_000);
  const fields = (block.fields ?? []) as unknown[];
  too('fields', fields.length, 10);
  for (const f of fields) too('field text', textOf(f).length, 2_000);
  const acc = block.accessory as Json | undefined;
  if (acc?.type === 'image') {
    const url = String(acc.image_url);
    if (!/^https?:\/\/\S+$/.test(url))
      problems.push(`${path}: image_url not absolute http(s): ${url.slice(0, 80)}`);
    too('image_url', url.length, 3_000);
    too('alt_text', String(acc.alt_text ?? '').length, 2_000);
  }
  if (!block.text && fields.length === 0) problems.push(`${path}: empty section`);
}

function checkActions(block: Json, path: string, problems: string[], too: Too): void {
  const els = (block.elements ?? []) as Json[];
  too('actions elements', els.length, 25);
  if (els.length === 0) problems.push(`${path}: empty actions`);
  const ids = new Set<string>();
  for (const el of els) {
    too('button text', textOf(el.text).length, 75);
    too('value', String(el.value ?? '').length, 2_000);
    too('action_id', String(el.action_id ?? '').length, 255);
    if (ids.has(String(el.action_id))) problems.push(`${path}: duplicate action_id`);
    ids.add(String(el.action_id));
  }
}

function checkBlock(block: Json, path: string, problems: string[]): void {
  const too: Too = (what, len, max) => {
    if (len > max) problems.push(`${path}: ${what} ${len} > ${max}`);
  };
  switch (block.type) {
    case 'section':
      checkSection(block, path, problems, too);
      break;
    case 'actions':
      checkActions(block, path, problems, too);
      break;
    case 'context': {
      const els = (block.elements ?? []) as Json[];
      too('context elements', els.length, 10);
      for (const el of els) too('context text', textOf(el).length, 2_000);
      break;
    }
    case 'header':
      too('header', textOf(block.text).length, 150);
      break;
    case 'divider':
      break;
    default:
      problems.push(`${path}: unexpected block type ${String(block.type)}`);
  }
}

/** Problems with a message or view payload against Slack's limits (and aisle's 12k budget). */
export function limitProblems(payload: Json, opts: { maxBlocks?: number } = {}): string[] {
  const problems: string[] = [];
  const view = payload.view as Json | undefined;
  const blocks = ((view ?? payload).blocks ?? []) as Json[];
  const maxBlocks = opts.maxBlocks ?? (view ? 100 : 50);
  if (blocks.length > maxBlocks) problems.push(`blocks ${blocks.length} > ${maxBlocks}`);
  if (!view) {
    const text = payload.text;
    if (typeof text !== 'string' || text.length === 0) problems.push('missing text fallback');
    else if (text.length > 4_000) problems.push(`text fallback ${text.length} > 4000`);
    const size = JSON.stringify(blocks).length;
    if (size > 12_000) problems.push(`serialised blocks ${size} > 12000`);
  }
  for (const [i, b] of blocks.entries()) checkBlock(b, `blocks[${i}]`, problems);
  return problems;
}

/** Both checks together. */
export function payloadProblems(payload: Json): string[] {
  return [...limitProblems(payload), ...liveMarkupProblems(payload)];
}
