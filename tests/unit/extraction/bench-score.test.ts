import { describe, expect, it } from 'vitest';
import { metricsOf, scorePage, shingles, tokenize } from '../../../scripts/bench/extraction/score';

describe('benchmark scoring', () => {
  it('tokenizes Unicode \\w+ runs', () => {
    expect(tokenize('Hello, wörld! Астана 2023_x 中文。')).toEqual(['Hello', 'wörld', 'Астана', '2023_x', '中文']);
  });

  it('makes 4-token shingles, one shorter shingle for short texts', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('').size).toBe(0);
    expect(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });

  it('normalises tp/fp/fn per page', () => {
    expect(scorePage('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0 });
    // truth shingles: abcd, bcde; predicted: abcd, bcdx -> tp 1, fp 1, fn 1
    const s = scorePage('a b c d e', 'a b c d x');
    expect(s.tp).toBeCloseTo(1 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.fn).toBeCloseTo(1 / 3);
  });

  it('averages precision and recall over pages, then takes the harmonic mean', () => {
    const m = metricsOf([
      { truth: 'a b c d e', predicted: 'a b c d e' }, // P 1, R 1
      { truth: 'a b c d e', predicted: 'a b c d x' }, // P 0.5, R 0.5
      { truth: 'a b c d e f', predicted: 'a b c d e f g h' }, // P 3/5, R 1
    ]);
    expect(m.precision).toBeCloseTo((1 + 0.5 + 0.6) / 3);
    expect(m.recall).toBeCloseTo((1 + 0.5 + 1) / 3);
    expect(m.f1).toBeCloseTo((2 * m.precision * m.recall) / (m.precision + m.recall));
    expect(m.accuracy).toBeCloseTo(1 / 3);
  });

  it('counts a page with nothing predicted as zero recall and leaves it out of precision', () => {
    const m = metricsOf([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: 'a b c d e', predicted: '' },
    ]);
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.5);
  });

  it('counts a page with nothing predicted and nothing expected as 1', () => {
    expect(metricsOf([{ truth: '', predicted: '' }])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
