import { describe, expect, it } from 'vitest';
import { ClusteredSource, clusterSizes, powerLawShares, Rng, row } from '../../bench/synthetic.ts';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

describe('Rng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Rng(5);
    const b = new Rng(5);
    const c = new Rng(6);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws standard normals', () => {
    const rng = new Rng(1);
    const xs = Array.from({ length: 20_000 }, () => rng.gaussian());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('cluster sizes', () => {
  it('follow a power law, largest first, and add up to n', () => {
    const shares = powerLawShares(50, 0.8);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    for (let k = 1; k < shares.length; k++) expect(shares[k]).toBeLessThan(shares[k - 1] ?? 1);
    expect((shares[0] ?? 0) / (shares[9] ?? 1)).toBeCloseTo(10 ** 0.8);
    const sizes = clusterSizes(1003, shares);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1003);
  });
});

describe('ClusteredSource', () => {
  const source = new ClusteredSource({ dimension: 64, clusters: 12, seed: 3 });
  const { vectors, clusterOf } = source.points(1200, 3);

  it('makes unit vectors, the same ones for the same seed', () => {
    for (let i = 0; i < 1200; i += 97)
      expect(dot(row(vectors, 64, i), row(vectors, 64, i))).toBeCloseTo(1, 4);
    const again = new ClusteredSource({ dimension: 64, clusters: 12, seed: 3 }).points(1200, 3);
    expect(again.vectors).toEqual(vectors);
  });

  it('puts neighbours of the same cluster closer than points of different clusters', () => {
    let same = 0;
    let sameN = 0;
    let other = 0;
    let otherN = 0;
    for (let i = 0; i < 1200; i += 7) {
      for (let j = i + 1; j < 1200; j += 11) {
        const c = dot(row(vectors, 64, i), row(vectors, 64, j));
        if (clusterOf[i] === clusterOf[j]) {
          same += c;
          sameN++;
        } else {
          other += c;
          otherN++;
        }
      }
    }
    expect(same / sameN).toBeGreaterThan(other / otherN + 0.3);
  });

  it('gives the first cluster the most points', () => {
    const counts = new Array<number>(12).fill(0);
    for (const c of clusterOf) counts[c] = (counts[c] ?? 0) + 1;
    expect(Math.max(...counts)).toBe(counts[0]);
  });

  it('draws queries near the data but not on it', () => {
    const queries = source.queries(20, 3);
    for (let q = 0; q < 20; q++) {
      let best = -1;
      for (let i = 0; i < 1200; i++) best = Math.max(best, dot(row(queries, 64, q), row(vectors, 64, i)));
      expect(best).toBeGreaterThan(0.4);
      expect(best).toBeLessThan(0.9999);
    }
  });
});
