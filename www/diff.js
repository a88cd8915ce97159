// Word-level difference between two wordings of one quotation.
//
// The words are compared by a key that ignores case, the punctuation around a word and
// the style of quotation marks and apostrophes, so "increasing," and "Increasing" match;
// what is shown keeps every word as written. The alignment is a longest common
// subsequence over the word keys (dynamic programming; quotations are short, and a pair
// too long for it is reported as wholly different rather than slowly aligned).

const MAX_CELLS = 400_000;

/** Split text into words: runs of non-space characters. */
export function words(text) {
  return String(text ?? '').split(/\s+/u).filter((w) => w !== '');
}

/** The comparison key of a word. */
export function wordKey(word) {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu, '"')
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

/**
 * Align the words of `variant` against those of `reference`.
 * Returns runs [{op, words}] in order, where op is
 *   'same'   words both have,
 *   'add'    words of the variant the reference lacks, between shared words,
 *   'del'    words of the reference the variant lacks, between shared words,
 *   'before' / 'after'   words of the variant before the first / after the last shared
 *            word (the variant quotes more of the speech: not a change of wording),
 *   'cut-before' / 'cut-after'   the same for the reference (the variant quotes less).
 * `words` of same, add, before and after runs are the variant's; of del and cut runs the
 * reference's.
 */
export function wordDiff(reference, variant) {
  const a = words(reference);
  const b = words(variant);
  const ka = a.map(wordKey);
  const kb = b.map(wordKey);
  const n = a.length;
  const m = b.length;
  const pairs = []; // matched [i, j], in order
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) {
    // lcs[i][j] = LCS length of a[i..] and b[j..], stored row-major.
    const w = m + 1;
    const lcs = new Uint16Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = ka[i] === kb[j]
          ? lcs[(i + 1) * w + j + 1] + 1
          : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (ka[i] === kb[j]) {
        pairs.push([i, j]);
        i++;
        j++;
      } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
        i++;
      } else {
        j++;
      }
    }
  }

  const runs = [];
  const push = (op, ws) => {
    if (ws.length === 0) return;
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.words.push(...ws);
    else runs.push({ op, words: [...ws] });
  };
  if (pairs.length === 0) {
    push('del', a);
    push('add', b);
    return runs;
  }
  const [fi, fj] = pairs[0];
  push('cut-before', a.slice(0, fi));
  push('before', b.slice(0, fj));
  for (let p = 0; p < pairs.length; p++) {
    const [i, j] = pairs[p];
    push('same', [b[j]]);
    if (p + 1 < pairs.length) {
      const [ni, nj] = pairs[p + 1];
      push('del', a.slice(i + 1, ni));
      push('add', b.slice(j + 1, nj));
    }
  }
  const [li, lj] = pairs[pairs.length - 1];
  push('after', b.slice(lj + 1));
  push('cut-after', a.slice(li + 1));
  return runs;
}

/** True when the wording differs inside the stretch both quote (added or removed words). */
export function wordingDiffers(runs) {
  return runs.some((r) => r.op === 'add' || r.op === 'del');
}
