export interface MergeScore {
  precision: number;
  recall: number;
  truePairs: number;
  predictedPairs: number;
  goldPairs: number;
  falseMerges: Array<[string, string]>;
}
export function scoreMerge(gold: string[][], predicted: string[][]): MergeScore;
export function splitGroups(gold: string[][], predicted: string[][]): string[][];
export function loadGroups(): Array<{ lang: string; spellings: string[] }>;
