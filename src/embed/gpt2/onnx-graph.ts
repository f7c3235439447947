import type { GraphProto, ModelProto, NodeProto, ValueInfoProto } from './onnx-io.ts';

/** Name of the hidden-state output of a feature-extraction export, and of the one we add. */
export const HIDDEN_STATE_OUTPUT = 'last_hidden_state';

/** Ops that compute the LM head (a plain, Gemm, fused or dynamically quantized matrix product). */
const MATMUL_OPS = new Set([
  'MatMul',
  'Gemm',
  'FusedMatMul',
  'MatMulInteger',
  'MatMulIntegerToFloat',
  'DynamicQuantizeMatMul',
  'MatMulNBits',
]);
/** Ops between the final layer norm and the LM head that only re-encode the same values. */
const PASS_THROUGH_OPS = new Set(['DynamicQuantizeLinear', 'QuantizeLinear', 'Reshape', 'Flatten']);

/** Result of {@link exposeHiddenState}. */
export interface HiddenStateEdit {
  /** Graph output that carries the final hidden state, shape [batch, sequence, hidden]. */
  readonly outputName: string;
  /** False when the model already had a `last_hidden_state` output and was left untouched. */
  readonly edited: boolean;
}

/** The LM head's input could not be found (an unfamiliar graph). */
export class LmHeadNotFoundError extends Error {
  override readonly name = 'LmHeadNotFoundError';
}

/**
 * Make the final hidden state (the tensor that feeds the LM head: the output of the last layer
 * norm) a graph output, in place. Handles plain decoders and merged decoders, whose `If` node on
 * `use_cache_branch` computes the model in two subgraphs: the tensor is found and exposed in
 * both branches and passed out through a new `If` output. The `logits` output is removed and
 * nodes no longer needed are dropped, so the [batch, sequence, vocab] product is never computed.
 */
export function exposeHiddenState(model: ModelProto): HiddenStateEdit {
  const main = model.graph;
  if (!main) throw new LmHeadNotFoundError('the model has no graph');
  const outputs = main.output ?? [];
  if (outputs.some((o) => o.name === HIDDEN_STATE_OUTPUT))
    return { outputName: HIDDEN_STATE_OUTPUT, edited: false };
  const logits =
    outputs.find((o) => o.name === 'logits') ?? outputs.find((o) => (o.name ?? '').includes('logits'));
  if (!logits?.name) throw new LmHeadNotFoundError('the model has no "logits" output');
  const used = allValueNames(main);
  const outputName = used.has(HIDDEN_STATE_OUTPUT) ? 'aisle_last_hidden_state' : HIDDEN_STATE_OUTPUT;
  const elemType = logits.type?.tensorType?.elemType ?? 1;
  const producer = indexProducers(main).get(logits.name);
  if (producer?.opType === 'If') {
    const k = (producer.output ?? []).indexOf(logits.name);
    for (const attr of producer.attribute ?? []) {
      const branch = attr.g;
      if (!branch) continue;
      const branchLogits = branch.output?.[k]?.name;
      if (!branchLogits) throw new LmHeadNotFoundError(`branch ${attr.name ?? ''} has no logits output`);
      const hidden = lmHeadInput(branch, branchLogits, [main]);
      const exposed = `${outputName}__${attr.name ?? 'branch'}`;
      branch.node = [...(branch.node ?? []), identity(hidden, exposed)];
      branch.output = [...removeAt(branch.output ?? [], k), tensorInfo(exposed, elemType)];
    }
    producer.output = [...removeAt(producer.output ?? [], k), outputName];
  } else {
    const hidden = lmHeadInput(main, logits.name, []);
    main.node = [...(main.node ?? []), identity(hidden, outputName)];
  }
  main.output = [...outputs.filter((o) => o !== logits), tensorInfo(outputName, elemType)];
  pruneGraph(main);
  return { outputName, edited: true };
}

/** Names of the graph's outputs (for tests and diagnostics). */
export function outputNames(model: ModelProto): string[] {
  return (model.graph?.output ?? []).map((o) => o.name ?? '');
}

/**
 * Walk back from `logits` to the nearest matrix product whose other operand is a weight, and
 * return its activation operand (stepping back over dynamic quantization and reshapes).
 */
function lmHeadInput(graph: GraphProto, logits: string, outer: readonly GraphProto[]): string {
  const producers = indexProducers(graph);
  const constant = constantTester(graph, outer);
  const queue = [logits];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    if (seen.has(name)) continue;
    seen.add(name);
    const node = producers.get(name);
    if (!node) continue;
    const data = activationOperand(node, constant);
    if (data !== undefined) return passThrough(producers, data);
    for (const input of node.input ?? []) if (input !== '' && !constant(input)) queue.push(input);
  }
  throw new LmHeadNotFoundError('no matrix product with a weight feeds "logits"');
}

/** For a matrix product of an activation and a weight, the activation; otherwise undefined. */
function activationOperand(node: NodeProto, constant: (name: string) => boolean): string | undefined {
  if (!MATMUL_OPS.has(node.opType ?? '')) return undefined;
  const [a = '', b = ''] = node.input ?? [];
  if (a !== '' && b !== '' && constant(b) && !constant(a)) return a;
  if (a !== '' && b !== '' && constant(a) && !constant(b)) return b;
  return undefined;
}

function passThrough(producers: Map<string, NodeProto>, name: string): string {
  let current = name;
  for (let step = 0; step < 8; step++) {
    const node = producers.get(current);
    const input = node?.input?.[0];
    if (!node || !PASS_THROUGH_OPS.has(node.opType ?? '') || !input) return current;
    current = input;
  }
  return current;
}

/** True for initializers (of this graph or an enclosing one) and values computed only from them. */
function constantTester(graph: GraphProto, outer: readonly GraphProto[]): (name: string) => boolean {
  const inits = new Set<string>();
  for (const g of [graph, ...outer]) for (const t of g.initializer ?? []) inits.add(t.name ?? '');
  const maps = [graph, ...outer].map(indexProducers);
  const memo = new Map<string, boolean>();
  const test = (name: string): boolean => {
    if (inits.has(name)) return true;
    const known = memo.get(name);
    if (known !== undefined) return known;
    memo.set(name, false);
    const node = maps.map((m) => m.get(name)).find((n) => n !== undefined);
    const inputs = (node?.input ?? []).filter((i) => i !== '');
    const result =
      node !== undefined && (node.opType === 'Constant' || (inputs.length > 0 && inputs.every(test)));
    memo.set(name, result);
    return result;
  };
  return test;
}

function indexProducers(graph: GraphProto): Map<string, NodeProto> {
  const map = new Map<string, NodeProto>();
  for (const node of graph.node ?? []) for (const out of node.output ?? []) map.set(out, node);
  return map;
}

/**
 * Drop nodes whose results reach no graph output (recursing into subgraphs), then initializers
 * and value infos that nothing uses. Graph inputs are kept: callers still feed them.
 */
export function pruneGraph(graph: GraphProto): Set<string> {
  const needed = new Set((graph.output ?? []).map((o) => o.name ?? ''));
  const kept: NodeProto[] = [];
  const nodes = graph.node ?? [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (!node || !(node.output ?? []).some((o) => needed.has(o))) continue;
    kept.push(node);
    for (const input of node.input ?? []) needed.add(input);
    for (const sub of subgraphsOf(node)) for (const free of pruneGraph(sub)) needed.add(free);
  }
  kept.reverse();
  graph.node = kept;
  graph.initializer = (graph.initializer ?? []).filter((t) => needed.has(t.name ?? ''));
  const produced = new Set(kept.flatMap((n) => n.output ?? []));
  graph.valueInfo = (graph.valueInfo ?? []).filter((v) => produced.has(v.name ?? ''));
  for (const n of produced) needed.delete(n);
  for (const t of graph.initializer) needed.delete(t.name ?? '');
  return needed;
}

function subgraphsOf(node: NodeProto): GraphProto[] {
  return (node.attribute ?? []).flatMap((attr) => [...(attr.g ? [attr.g] : []), ...(attr.graphs ?? [])]);
}

function allValueNames(graph: GraphProto, into = new Set<string>()): Set<string> {
  for (const v of [...(graph.input ?? []), ...(graph.output ?? [])]) into.add(v.name ?? '');
  for (const node of graph.node ?? []) {
    for (const out of node.output ?? []) into.add(out);
    for (const sub of subgraphsOf(node)) allValueNames(sub, into);
  }
  return into;
}

function identity(input: string, output: string): NodeProto {
  return { name: `aisle_expose_${output}`, opType: 'Identity', input: [input], output: [output] };
}

function tensorInfo(name: string, elemType: number): ValueInfoProto {
  return { name, type: { tensorType: { elemType } } };
}

function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
