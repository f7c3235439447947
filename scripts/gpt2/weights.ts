/** Shape of a GPT-2 model the builder writes. */
export interface Gpt2Spec {
  readonly vocabSize: number;
  readonly nPositions: number;
  readonly nEmbd: number;
  readonly nLayer: number;
  readonly nHead: number;
  /** Seed of the weight generator: the same spec and seed always give the same weights. */
  readonly seed: number;
}

/** The test model: GPT-2's real vocabulary, 2 layers, 2 heads, 32 wide. */
export const TINY_SPEC: Gpt2Spec = {
  vocabSize: 50257,
  nPositions: 128,
  nEmbd: 32,
  nLayer: 2,
  nHead: 2,
  seed: 20240611,
};

/** GPT-2 small's shape with random weights, for timing runs only. */
export const SMALL_SPEC: Gpt2Spec = {
  vocabSize: 50257,
  nPositions: 1024,
  nEmbd: 768,
  nLayer: 12,
  nHead: 12,
  seed: 20240611,
};

/** Weights of one transformer block; matrices are row-major [in, out] like GPT-2's Conv1D. */
export interface BlockWeights {
  readonly ln1Gamma: Float32Array;
  readonly ln1Beta: Float32Array;
  /** [C, 3C]: query, key and value projections side by side. */
  readonly attnW: Float32Array;
  readonly attnB: Float32Array;
  /** [C, C] */
  readonly attnProjW: Float32Array;
  readonly attnProjB: Float32Array;
  readonly ln2Gamma: Float32Array;
  readonly ln2Beta: Float32Array;
  /** [C, 4C] */
  readonly fcW: Float32Array;
  readonly fcB: Float32Array;
  /** [4C, C] */
  readonly fcProjW: Float32Array;
  readonly fcProjB: Float32Array;
}

/** All weights of a GPT-2 model. The LM head is tied to `wte`. */
export interface Gpt2Weights {
  readonly spec: Gpt2Spec;
  /** [V, C] token embeddings. */
  readonly wte: Float32Array;
  /** [P, C] position embeddings. */
  readonly wpe: Float32Array;
  readonly blocks: readonly BlockWeights[];
  readonly lnfGamma: Float32Array;
  readonly lnfBeta: Float32Array;
}

/** Deterministic generator (mulberry32 with Box-Muller normals). */
class Rng {
  private state: number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const u = Math.max(this.uniform(), 1e-12);
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  fill(length: number, std: number, mean = 0): Float32Array {
    const out = new Float32Array(length);
    for (let i = 0; i < length; i++) out[i] = mean + std * this.normal();
    return out;
  }
}

/**
 * Seeded random weights. Scales keep activations near unit size so attention, GELU and the
 * layer norms all do visible work (a test model whose layers do nothing would hide bugs).
 */
export function generateWeights(spec: Gpt2Spec): Gpt2Weights {
  const rng = new Rng(spec.seed);
  const c = spec.nEmbd;
  const wte = rng.fill(spec.vocabSize * c, 1);
  const wpe = rng.fill(spec.nPositions * c, 0.5);
  const blocks: BlockWeights[] = [];
  for (let l = 0; l < spec.nLayer; l++) {
    blocks.push({
      ln1Gamma: rng.fill(c, 0.1, 1),
      ln1Beta: rng.fill(c, 0.1),
      attnW: rng.fill(c * 3 * c, 1 / Math.sqrt(c)),
      attnB: rng.fill(3 * c, 0.1),
      attnProjW: rng.fill(c * c, 1 / Math.sqrt(c)),
      attnProjB: rng.fill(c, 0.1),
      ln2Gamma: rng.fill(c, 0.1, 1),
      ln2Beta: rng.fill(c, 0.1),
      fcW: rng.fill(c * 4 * c, 1 / Math.sqrt(c)),
      fcB: rng.fill(4 * c, 0.1),
      fcProjW: rng.fill(4 * c * c, 1 / Math.sqrt(4 * c)),
      fcProjB: rng.fill(c, 0.1),
    });
  }
  return { spec, wte, wpe, blocks, lnfGamma: rng.fill(c, 0.1, 1), lnfBeta: rng.fill(c, 0.1) };
}
