/** One row of `npm run bench`: our number next to a peer's, measured in the same run. */
export interface BenchRow {
  metric: string;
  ours: number;
  peer: number | null;
  peerName: string | null;
  unit: string;
}
