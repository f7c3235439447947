import {
  type AttributeProto,
  type GraphProto,
  type NodeProto,
  onnx,
  type TensorProto,
} from '../../src/embed/gpt2/onnx-io.ts';

const DT = onnx.TensorProto.DataType;
const AT = onnx.AttributeProto.AttributeType;

/** An attribute value: integer, float, integer list or subgraph. */
export type AttrValue = number | { float: number } | number[] | { graph: GraphProto };

/** A symbolic or fixed dimension of a graph input/output. */
export type Dim = string | number;

/** Describe a tensor-typed graph input or output. */
export function valueInfo(name: string, elemType: number, dims?: readonly Dim[]) {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        ...(dims === undefined
          ? {}
          : { shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } }),
      },
    },
  };
}

/** An ONNX node attribute of the type its value implies. */
export function attribute(name: string, value: AttrValue): AttributeProto {
  if (typeof value === 'number') return { name, type: AT.INT, i: value };
  if (Array.isArray(value)) return { name, type: AT.INTS, ints: value };
  if ('float' in value) return { name, type: AT.FLOAT, f: value.float };
  return { name, type: AT.GRAPH, g: value.graph };
}

/**
 * Holds the initializers of one model. Weights live on the main graph so that both branches of
 * a merged decoder share them, as in the public exports.
 */
export class ModelBuilder {
  readonly initializers: TensorProto[] = [];
  private readonly constants = new Map<string, string>();

  /** Add a float32 initializer. */
  float(name: string, data: Float32Array, dims: readonly number[]): string {
    this.initializers.push({ name, dataType: DT.FLOAT, dims: [...dims], rawData: bytesOf(data) });
    return name;
  }

  /** Add a uint8 initializer. */
  uint8(name: string, data: Uint8Array, dims: readonly number[]): string {
    this.initializers.push({ name, dataType: DT.UINT8, dims: [...dims], rawData: data });
    return name;
  }

  /** An int64 constant (deduplicated); dims default to a 1-D tensor, [] makes a scalar. */
  int64(values: readonly number[], dims: readonly number[] = [values.length]): string {
    const key = `i64:${dims.join('x')}:${values.join(',')}`;
    const known = this.constants.get(key);
    if (known) return known;
    const name = `const_i64_${this.constants.size}`;
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push({ name, dataType: DT.INT64, dims: [...dims], rawData: bytesOf(data) });
    this.constants.set(key, name);
    return name;
  }

  /** A float32 scalar constant (deduplicated). */
  scalar(value: number): string {
    const key = `f32:${value}`;
    const known = this.constants.get(key);
    if (known) return known;
    const name = `const_f32_${this.constants.size}`;
    this.initializers.push({ name, dataType: DT.FLOAT, dims: [], rawData: bytesOf(Float32Array.of(value)) });
    this.constants.set(key, name);
    return name;
  }
}

/** Collects the nodes of one graph; every value it creates gets a unique, prefixed name. */
export class GraphBuilder {
  readonly nodes: NodeProto[] = [];
  private counter = 0;

  constructor(
    readonly model: ModelBuilder,
    private readonly prefix: string,
  ) {}

  /** Add a node with `outputs` results and return their names. */
  ops(
    opType: string,
    inputs: readonly string[],
    outputs: number,
    attrs: Record<string, AttrValue> = {},
  ): string[] {
    const id = this.counter++;
    const names = Array.from(
      { length: outputs },
      (_, i) => `${this.prefix}${opType.toLowerCase()}_${id}_${i}`,
    );
    this.nodes.push({
      name: `${this.prefix}${opType}_${id}`,
      opType,
      input: [...inputs],
      output: names,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return names;
  }

  /** Add a single-output node and return its output name. */
  op(opType: string, inputs: readonly string[], attrs: Record<string, AttrValue> = {}): string {
    const [out] = this.ops(opType, inputs, 1, attrs);
    if (out === undefined) throw new Error('unreachable');
    return out;
  }

  /** Copy a value under a fixed name (used for graph outputs). */
  rename(from: string, to: string): string {
    this.nodes.push({
      name: `${this.prefix}Identity_${to}`,
      opType: 'Identity',
      input: [from],
      output: [to],
    });
    return to;
  }

  /** A graph made of the collected nodes. */
  graph(opts: {
    name: string;
    inputs?: ReturnType<typeof valueInfo>[];
    outputs: ReturnType<typeof valueInfo>[];
    initializers?: TensorProto[];
  }): GraphProto {
    return {
      name: opts.name,
      node: this.nodes,
      input: opts.inputs ?? [],
      output: opts.outputs,
      initializer: opts.initializers ?? [],
    };
  }
}

function bytesOf(data: Float32Array | BigInt64Array): Uint8Array {
  // ONNX raw_data is little-endian, as are the platforms onnxruntime-node ships for.
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Element type codes used by the builder. */
export const ElemType = { FLOAT: DT.FLOAT, INT64: DT.INT64, BOOL: DT.BOOL, UINT8: DT.UINT8 } as const;
