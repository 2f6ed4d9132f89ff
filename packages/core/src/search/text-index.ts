import { boundedEditDistance } from './edit-distance.js';
import { tokenize } from './normalize.js';

export interface IndexField<T> {
  text: (doc: T) => string | readonly string[];
  /** How much a match in this field counts, relative to other fields. */
  weight: number;
}

export interface TextIndexOptions<T> {
  fields: readonly IndexField<T>[];
  /** The document's title: a query equal to it, or a prefix of it, ranks first. */
  title: (doc: T) => string;
}

export interface SearchHit<T> {
  doc: T;
  score: number;
}

/** Shortest query word that may match by prefix or by a typo; shorter words only match exactly. */
const MIN_PREFIX_LENGTH = 2;
const MIN_FUZZY_LENGTH = 4;
/** Caps the work a very short prefix ("ca") can cause on a large index. */
const MAX_PREFIX_TERMS = 200;

const EXACT = 1;
const FUZZY = 0.45;
const TITLE_EXACT_BONUS = 10;
const TITLE_PREFIX_BONUS = 4;

/**
 * A small in-memory full-text index: exact, prefix and one-typo matches (insert, delete, substitute,
 * swap two neighbours) over diacritic-free words.
 *
 * Typos without scanning every word: one edit in a word of length L leaves either its first k or
 * its last k letters untouched, with k = ⌊(L − 2) / 2⌋. So the candidates are the words that share
 * the query's first k letters (a range in the sorted words) or its last k letters (a range in the
 * sorted reversed words); each is then checked with a bounded edit distance. Building needs two
 * sorts, instead of the hundreds of thousands of strings a deletion index would make.
 */
export class TextIndex<T> {
  private readonly docs: readonly T[];
  /** Each document's title as words (shared with the tokenized fields, so no extra strings). */
  private readonly titles: string[][];
  private readonly termIds = new Map<string, number>();
  /** Postings of term t: docs and weights at positions postingStart[t] … postingStart[t + 1] − 1. */
  private readonly postingStart: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingWeights: Float32Array;
  /** Per word length: the words sorted, and the same words sorted as if spelled backwards. */
  private readonly byLength: { forward: string[]; backward: string[] }[] = [];

  constructor(docs: readonly T[], options: TextIndexOptions<T>) {
    this.docs = docs;
    // Sector names and keywords repeat across records: tokenize each distinct text once.
    const tokens = new Map<string, string[]>();
    const tokensOf = (text: string) => {
      let result = tokens.get(text);
      if (!result) tokens.set(text, (result = tokenize(text)));
      return result;
    };
    // Flat arrays instead of one array per word: far less garbage to collect on large datasets.
    const postings = new PostingCollector();
    const add = (term: string, docId: number, weight: number) => {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
      postings.push(id, docId, weight);
    };
    // Titles are usually unique (and usually also a field): tokenized once, not kept in the shared cache.
    const titleTexts = docs.map((doc) => options.title(doc));
    this.titles = titleTexts.map((title) => tokenize(title));
    docs.forEach((doc, docId) => {
      for (const field of options.fields) {
        const value = field.text(doc);
        if (typeof value === 'string') {
          for (const term of value === titleTexts[docId] ? this.titles[docId]! : tokensOf(value)) add(term, docId, field.weight);
        } else for (const text of value) for (const term of tokensOf(text)) add(term, docId, field.weight);
      }
    });
    [this.postingStart, this.postingDocs, this.postingWeights] = postings.groupByTerm(this.termIds.size);
    // Words grouped by length and sorted: prefix search walks the lengths upwards (closest
    // completions first); typo search needs only the lengths next to the query's.
    for (const term of this.termIds.keys()) (this.byLength[term.length] ??= { forward: [], backward: [] }).forward.push(term);
    for (const bucket of this.byLength) {
      if (!bucket) continue;
      bucket.forward.sort();
      bucket.backward = [...bucket.forward].sort(compareBackwards);
    }
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * Documents matching the query, best first. When some documents match every query word, only
   * those are returned; otherwise those matching most words.
   */
  search(query: string, limit = Number.POSITIVE_INFINITY): SearchHit<T>[] {
    const tokens = [...new Set(tokenize(query))];
    if (tokens.length === 0) return [];
    const scores = new Map<number, number>();
    const matched = new Map<number, number>();
    for (const token of tokens) {
      for (const [docId, score] of this.scoreToken(token)) {
        scores.set(docId, (scores.get(docId) ?? 0) + score);
        matched.set(docId, (matched.get(docId) ?? 0) + 1);
      }
    }
    let best = 0;
    for (const count of matched.values()) best = Math.max(best, count);
    const queryWords = tokenize(query);
    const hits: { docId: number; score: number }[] = [];
    for (const [docId, count] of matched) {
      if (count < best) continue;
      let score = scores.get(docId)!;
      const title = this.titles[docId]!;
      if (title.length === queryWords.length && title.every((word, i) => word === queryWords[i])) score += TITLE_EXACT_BONUS;
      else if (startsWithWords(title, queryWords)) score += TITLE_PREFIX_BONUS;
      hits.push({ docId, score });
    }
    hits.sort((a, b) => b.score - a.score || (this.titleText(a.docId) < this.titleText(b.docId) ? -1 : 1));
    return hits.slice(0, limit).map(({ docId, score }) => ({ doc: this.docs[docId]!, score }));
  }

  /** Best score of one query word per document. */
  private scoreToken(token: string): Map<number, number> {
    const best = new Map<number, number>();
    const add = (termId: number, quality: number) => {
      for (let i = this.postingStart[termId]!, end = this.postingStart[termId + 1]!; i < end; i++) {
        const score = quality * this.postingWeights[i]!;
        const docId = this.postingDocs[i]!;
        if (score > (best.get(docId) ?? 0)) best.set(docId, score);
      }
    };
    const exactId = this.termIds.get(token);
    if (exactId !== undefined) add(exactId, EXACT);
    if (token.length >= MIN_PREFIX_LENGTH) {
      let taken = 0;
      for (let length = token.length + 1; length < this.byLength.length && taken < MAX_PREFIX_TERMS; length++) {
        const words = this.byLength[length]?.forward;
        if (!words) continue;
        for (let i = lowerBound(words, token); i < words.length && taken < MAX_PREFIX_TERMS && words[i]!.startsWith(token); i++, taken++) {
          // A longer completion is a weaker match: "zorg" fits "zorg" better than "zorgverzekeraar".
          add(this.termIds.get(words[i]!)!, 0.6 + 0.3 * (token.length / length));
        }
      }
    }
    if (token.length >= MIN_FUZZY_LENGTH) {
      for (const termId of this.fuzzyCandidates(token)) add(termId, FUZZY);
    }
    return best;
  }

  private titleText(docId: number): string {
    return this.titles[docId]!.join(' ');
  }

  private fuzzyCandidates(token: string): Set<number> {
    const candidates = new Set<number>();
    const keep = Math.max(1, Math.floor((token.length - 2) / 2));
    const head = token.slice(0, keep);
    const tail = token.slice(token.length - keep);
    const consider = (term: string) => {
      if (term !== token && boundedEditDistance(token, term, 1) <= 1) candidates.add(this.termIds.get(term)!);
    };
    // One edit changes the length by at most one letter.
    for (let length = token.length - 1; length <= token.length + 1; length++) {
      const bucket = this.byLength[length];
      if (!bucket) continue;
      for (let i = lowerBound(bucket.forward, head); i < bucket.forward.length && bucket.forward[i]!.startsWith(head); i++) consider(bucket.forward[i]!);
      for (let i = lowerBoundBackwards(bucket.backward, tail); i < bucket.backward.length && bucket.backward[i]!.endsWith(tail); i++) consider(bucket.backward[i]!);
    }
    return candidates;
  }
}

/** Collects (word, document, weight) triples, then groups them by word, one entry per document. */
class PostingCollector {
  private terms = new Int32Array(1024);
  private docs = new Int32Array(1024);
  private weights = new Float32Array(1024);
  private size = 0;

  push(term: number, doc: number, weight: number): void {
    if (this.size === this.terms.length) {
      const grow = <A extends Int32Array | Float32Array>(array: A): A => {
        const bigger = new (array.constructor as new (length: number) => A)(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.terms = grow(this.terms);
      this.docs = grow(this.docs);
      this.weights = grow(this.weights);
    }
    this.terms[this.size] = term;
    this.docs[this.size] = doc;
    this.weights[this.size] = weight;
    this.size++;
  }

  /** A stable counting sort by word; documents stay in order, so repeats of a document are neighbours. */
  groupByTerm(termCount: number): [Int32Array, Int32Array, Float32Array] {
    const start = new Int32Array(termCount + 1);
    for (let i = 0; i < this.size; i++) start[this.terms[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const next = start.slice(0, termCount);
    const docs = new Int32Array(this.size);
    const weights = new Float32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const at = next[this.terms[i]!]!++;
      docs[at] = this.docs[i]!;
      weights[at] = this.weights[i]!;
    }
    // Keep one posting per (word, document): the best weight of the fields it appears in.
    const compactStart = new Int32Array(termCount + 1);
    let out = 0;
    for (let t = 0; t < termCount; t++) {
      compactStart[t] = out;
      for (let i = start[t]!; i < start[t + 1]!; i++) {
        if (out > compactStart[t]! && docs[out - 1] === docs[i]) weights[out - 1] = Math.max(weights[out - 1]!, weights[i]!);
        else {
          docs[out] = docs[i]!;
          weights[out] = weights[i]!;
          out++;
        }
      }
    }
    compactStart[termCount] = out;
    return [compactStart, docs.subarray(0, out), weights.subarray(0, out)];
  }
}

/** Whether the title begins with the query, read as text: ["cao", "horeca"] begins with ["cao", "hor"]. */
function startsWithWords(title: readonly string[], query: readonly string[]): boolean {
  if (query.length === 0 || query.length > title.length) return false;
  for (let i = 0; i < query.length - 1; i++) if (title[i] !== query[i]) return false;
  return title[query.length - 1]!.startsWith(query[query.length - 1]!);
}

/** Orders words as if spelled backwards ("ab" < "ba" < "bb" read from the end), without making reversed copies. */
function compareBackwards(a: string, b: string): number {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const difference = a.charCodeAt(i) - b.charCodeAt(j);
    if (difference) return difference;
  }
  return a.length - b.length;
}

/** The first word, in backwards order, whose end is not before `tail`'s (all words share one length ≥ tail's). */
function lowerBoundBackwards(sorted: readonly string[], tail: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const word = sorted[mid]!;
    if (compareBackwards(word.slice(word.length - tail.length), tail) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
