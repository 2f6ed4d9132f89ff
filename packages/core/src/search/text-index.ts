import { boundedEditDistance } from './edit-distance.js';
import { normalizeText, tokenize } from './normalize.js';

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
 * swap two neighbours) over diacritic-free words. Typos are found through a deletion index
 * (SymSpell-style), so a query costs a few map look-ups instead of a scan of all words.
 */
export class TextIndex<T> {
  private readonly docs: readonly T[];
  private readonly titles: string[];
  private readonly termIds = new Map<string, number>();
  private readonly postingDocs: number[][] = [];
  private readonly postingWeights: number[][] = [];
  private readonly sortedTerms: string[];
  private readonly deletions = new Map<string, number[]>();

  constructor(docs: readonly T[], options: TextIndexOptions<T>) {
    this.docs = docs;
    this.titles = docs.map((doc) => normalizeText(options.title(doc)));
    docs.forEach((doc, docId) => {
      for (const field of options.fields) {
        const value = field.text(doc);
        for (const text of typeof value === 'string' ? [value] : value) {
          for (const term of tokenize(text)) this.addPosting(term, docId, field.weight);
        }
      }
    });
    this.sortedTerms = [...this.termIds.keys()].sort();
    for (const [term, id] of this.termIds) {
      if (term.length < MIN_FUZZY_LENGTH) continue;
      for (const deleted of singleDeletions(term)) {
        const ids = this.deletions.get(deleted);
        if (!ids) this.deletions.set(deleted, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
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
    const normalizedQuery = tokens.join(' ');
    const hits: { docId: number; score: number }[] = [];
    for (const [docId, count] of matched) {
      if (count < best) continue;
      let score = scores.get(docId)!;
      const title = this.titles[docId]!;
      if (title === normalizedQuery) score += TITLE_EXACT_BONUS;
      else if (title.startsWith(normalizedQuery)) score += TITLE_PREFIX_BONUS;
      hits.push({ docId, score });
    }
    hits.sort((a, b) => b.score - a.score || (this.titles[a.docId]! < this.titles[b.docId]! ? -1 : 1));
    return hits.slice(0, limit).map(({ docId, score }) => ({ doc: this.docs[docId]!, score }));
  }

  private addPosting(term: string, docId: number, weight: number): void {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postingDocs.length;
      this.termIds.set(term, id);
      this.postingDocs.push([]);
      this.postingWeights.push([]);
    }
    const docsOfTerm = this.postingDocs[id]!;
    const weights = this.postingWeights[id]!;
    const last = docsOfTerm.length - 1;
    if (docsOfTerm[last] === docId) weights[last] = Math.max(weights[last]!, weight);
    else {
      docsOfTerm.push(docId);
      weights.push(weight);
    }
  }

  /** Best score of one query word per document. */
  private scoreToken(token: string): Map<number, number> {
    const best = new Map<number, number>();
    const add = (termId: number, quality: number) => {
      const docsOfTerm = this.postingDocs[termId]!;
      const weights = this.postingWeights[termId]!;
      for (let i = 0; i < docsOfTerm.length; i++) {
        const score = quality * weights[i]!;
        const docId = docsOfTerm[i]!;
        if (score > (best.get(docId) ?? 0)) best.set(docId, score);
      }
    };
    const exactId = this.termIds.get(token);
    if (exactId !== undefined) add(exactId, EXACT);
    if (token.length >= MIN_PREFIX_LENGTH) {
      let i = lowerBound(this.sortedTerms, token);
      for (let n = 0; i < this.sortedTerms.length && n < MAX_PREFIX_TERMS; i++, n++) {
        const term = this.sortedTerms[i]!;
        if (!term.startsWith(token)) break;
        // A longer completion is a weaker match: "zorg" fits "zorg" better than "zorgverzekeraar".
        if (term !== token) add(this.termIds.get(term)!, 0.6 + 0.3 * (token.length / term.length));
      }
    }
    if (token.length >= MIN_FUZZY_LENGTH) {
      for (const termId of this.fuzzyCandidates(token)) add(termId, FUZZY);
    }
    return best;
  }

  private fuzzyCandidates(token: string): Set<number> {
    const candidates = new Set<number>();
    const consider = (ids: readonly number[] | undefined) => ids?.forEach((id) => candidates.add(id));
    consider(this.deletions.get(token));
    for (const deleted of singleDeletions(token)) {
      const id = this.termIds.get(deleted);
      if (id !== undefined) candidates.add(id);
      consider(this.deletions.get(deleted));
    }
    const terms = this.sortedTermsById();
    for (const id of candidates) {
      const term = terms[id]!;
      if (term === token || boundedEditDistance(token, term, 1) > 1) candidates.delete(id);
    }
    return candidates;
  }

  private termsById?: string[];
  private sortedTermsById(): string[] {
    if (!this.termsById) {
      this.termsById = [];
      for (const [term, id] of this.termIds) this.termsById[id] = term;
    }
    return this.termsById;
  }
}

function singleDeletions(term: string): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i < term.length; i++) result.add(term.slice(0, i) + term.slice(i + 1));
  return result;
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
