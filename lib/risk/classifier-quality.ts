// Classifier quality for the risk score against known outcomes: AUC (rank quality, threshold
// free) and precision/recall at a threshold. Pure, so the maths is unit-tested on its own.

export type Labelled = { score: number; positive: boolean };

/**
 * Area under the ROC curve: the chance that a random drop-out scores higher than a random
 * student who stayed, ties counting half (Mann–Whitney U). NaN when either class is empty.
 */
export function auc(items: readonly Labelled[]): number {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2; // ranks i+1 … j share their mean
    for (let k = i; k < j; k++) {
      if (sorted[k]!.positive) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export type Confusion = { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number };

/** Flagged = `flag(score)`; precision is NaN when nothing is flagged, recall when no positives. */
export function confusion(items: readonly Labelled[], flag: (score: number) => boolean): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const item of items) {
    const flagged = flag(item.score);
    if (flagged && item.positive) tp++;
    else if (flagged) fp++;
    else if (item.positive) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1: Number.isNaN(f1) ? 0 : f1 };
}
