/**
 * A deterministic synthetic CAO dataset and typo queries for the search benchmark. Everything comes
 * from one seeded PRNG, so every run (and every engine) sees exactly the same records and queries.
 */
import { caoRecordSchema, type CaoRecord, type ClauseAmount, type EducationLevel } from '@stagekit/core';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (random: Random, probability: number) => random() < probability;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'kl', 'kr', 'st', 'tr', 'sl', 'vl', 'sch', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ei', 'ou', 'ui', 'ie', 'y'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 't', 'm', 'nd', 'rt', 'ls'];
const ACCENTS: Record<string, string[]> = { a: ['á', 'à'], e: ['é', 'ë', 'è'], i: ['ï', 'í'], o: ['ö', 'ó'], u: ['ü', 'ú'] };
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Sectors: the word that ends a name, the sector text in both languages, typical search words. */
const SECTORS: { word: string; nl: string; en: string; keywords: string[] }[] = [
  { word: 'Zorg', nl: 'Zorg en welzijn', en: 'Care and welfare', keywords: ['zorg', 'verpleging', 'care', 'nursing', 'thuiszorg'] },
  { word: 'Ziekenhuizen', nl: 'Ziekenhuizen', en: 'Hospitals', keywords: ['ziekenhuis', 'hospital', 'kliniek', 'medisch'] },
  { word: 'Horeca', nl: 'Horeca en catering', en: 'Hospitality and catering', keywords: ['restaurant', 'hotel', 'café', 'catering', 'hospitality'] },
  { word: 'Bouw', nl: 'Bouw en infra', en: 'Construction and infrastructure', keywords: ['bouw', 'aannemer', 'construction', 'infra', 'wegenbouw'] },
  { word: 'Metaal', nl: 'Metaal en techniek', en: 'Metal and engineering', keywords: ['metaal', 'techniek', 'engineering', 'installatie'] },
  { word: 'Retail', nl: 'Detailhandel', en: 'Retail', keywords: ['winkel', 'retail', 'shop', 'supermarkt', 'webwinkel'] },
  { word: 'Onderwijs', nl: 'Onderwijs', en: 'Education', keywords: ['school', 'onderwijs', 'education', 'leraar', 'teacher'] },
  { word: 'Gemeenten', nl: 'Gemeentelijke overheid', en: 'Local government', keywords: ['gemeente', 'municipality', 'overheid', 'government'] },
  { word: 'Banken', nl: 'Bankwezen', en: 'Banking', keywords: ['bank', 'banking', 'financieel', 'finance'] },
  { word: 'Verzekeraars', nl: 'Verzekeringen', en: 'Insurance', keywords: ['verzekeraar', 'insurance', 'polis'] },
  { word: 'Energie', nl: 'Energie en nutsbedrijven', en: 'Energy and utilities', keywords: ['energie', 'energy', 'netbeheer', 'utilities'] },
  { word: 'Schoonmaak', nl: 'Schoonmaak en glazenwassers', en: 'Cleaning and window cleaning', keywords: ['schoonmaak', 'cleaning', 'glazenwasser'] },
  { word: 'Vervoer', nl: 'Vervoer en logistiek', en: 'Transport and logistics', keywords: ['transport', 'logistiek', 'logistics', 'vrachtwagen', 'chauffeur'] },
  { word: 'Kinderopvang', nl: 'Kinderopvang', en: 'Childcare', keywords: ['kinderopvang', 'childcare', 'bso', 'kinderdagverblijf'] },
  { word: 'Groen', nl: 'Hoveniers en groenvoorziening', en: 'Gardening and landscaping', keywords: ['hovenier', 'gardener', 'groen', 'tuin'] },
  { word: 'ICT', nl: 'ICT en telecom', en: 'IT and telecom', keywords: ['ict', 'software', 'telecom', 'it'] },
  { word: 'Cultuur', nl: 'Kunst en cultuur', en: 'Arts and culture', keywords: ['museum', 'theater', 'cultuur', 'culture'] },
  { word: 'Landbouw', nl: 'Land- en tuinbouw', en: 'Agriculture and horticulture', keywords: ['landbouw', 'agriculture', 'glastuinbouw', 'boer'] },
  { word: 'Jeugdzorg', nl: 'Jeugdzorg', en: 'Youth care', keywords: ['jeugdzorg', 'youth care', 'pleegzorg'] },
  { word: 'Media', nl: 'Media en uitgeverijen', en: 'Media and publishing', keywords: ['media', 'uitgeverij', 'publishing', 'journalistiek'] },
];
const PREFIXES = { 'sector-cao': 'Cao', 'company-cao': 'Cao', regulation: 'Stageregeling', 'employer-policy': 'Stagebeleid' } as const;
const KINDS = ['sector-cao', 'sector-cao', 'company-cao', 'company-cao', 'regulation', 'employer-policy'] as const;
const LEVEL_SETS: EducationLevel[][] = [['mbo'], ['hbo'], ['wo'], ['mbo', 'hbo'], ['hbo', 'wo'], ['mbo', 'hbo', 'wo']];
const CONFIDENCE = ['high', 'medium-high', 'medium', 'low-medium', 'low'] as const;

export interface SyntheticRecord {
  record: CaoRecord;
  /** The made-up words of the name: what a user would remember and type. */
  distinctive: string[];
}

function madeUpWord(random: Random): string {
  for (;;) {
    let word = '';
    const syllables = between(random, 2, 3);
    for (let i = 0; i < syllables; i++) {
      word += (i === 0 || chance(random, 0.85) ? pick(random, ONSETS) : '') + pick(random, VOWELS) + (i === syllables - 1 || chance(random, 0.4) ? pick(random, CODAS) : '');
    }
    if (word.length < 5 || word.length > 12) continue;
    // Some names carry diacritics (as "Zeeuwsch-Vlaandëren" style names do).
    if (chance(random, 0.12)) {
      const vowels = [...word].map((letter, index) => (ACCENTS[letter] ? index : -1)).filter((index) => index > 0);
      if (vowels.length) {
        const at = pick(random, vowels);
        word = word.slice(0, at) + pick(random, ACCENTS[word[at]!]!) + word.slice(at + 1);
      }
    }
    return word[0]!.toUpperCase() + word.slice(1);
  }
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function amount(random: Random, name: string, levels: EducationLevel[]): ClauseAmount {
  const known = chance(random, 0.85);
  const perDay = chance(random, 0.15);
  const url = `https://example.org/${slug(name)}/stage`;
  return {
    levels,
    euros: known ? (perDay ? between(random, 1500, 6000) / 100 : between(random, 15000, 90000) / 100) : null,
    per: perDay ? 'day' : 'month',
    hoursPerWeek: perDay ? null : pick(random, [32, 36, 38, 40]),
    proration: perDay ? { rule: 'none' } : pick(random, [{ rule: 'hours' }, { rule: 'hours' }, { rule: 'unknown' }] as const),
    conditions: {
      excludedStageTypes: chance(random, 0.2) ? ['orientation'] : [],
      excludedStudents: chance(random, 0.3) ? ['bbl'] : [],
      ...(chance(random, 0.3) ? { minMonths: between(random, 1, 6) } : {}),
    },
    validity: chance(random, 0.6) ? { from: `${between(random, 2022, 2026)}-01-01` } : {},
    source: {
      ...(known || chance(random, 0.5) ? { url } : {}),
      title: `Cao-tekst ${name}`,
      publisher: `${name} (sociale partners)`,
      figureDate: chance(random, 0.7) ? `${between(random, 2022, 2026)}-01` : null,
      checked: '2026-11',
      confidence: pick(random, CONFIDENCE),
    },
  };
}

/** `count` valid, uniquely named records (checked against the real schema). */
export function syntheticRecords(count: number, seed = 20261124): SyntheticRecord[] {
  const random = seededRandom(seed);
  const names = new Set<string>();
  const result: SyntheticRecord[] = [];
  while (result.length < count) {
    const sector = pick(random, SECTORS);
    const kind = pick(random, KINDS);
    const distinctive = Array.from({ length: between(random, 2, 3) }, () => madeUpWord(random));
    const name = `${PREFIXES[kind]} ${distinctive.join(' ')} ${sector.word}`;
    if (names.has(slug(name))) continue;
    names.add(slug(name));
    const keywords = [...new Set(Array.from({ length: between(random, 2, 4) }, () => pick(random, sector.keywords)))];
    if (chance(random, 0.3)) keywords.push(distinctive[0]!.toLowerCase());
    const clause: CaoRecord['clause'] = chance(random, 0.7)
      ? {
          status: 'found',
          article: `Artikel ${between(random, 1, 40)}.${between(random, 1, 9)}`,
          amounts: chance(random, 0.3)
            ? [amount(random, name, ['mbo']), amount(random, name, ['hbo', 'wo'])]
            : [amount(random, name, pick(random, LEVEL_SETS))],
        }
      : {
          status: 'none-found',
          source: { title: `Cao-tekst ${name}`, publisher: 'Stagekit', figureDate: null, checked: '2026-11', confidence: 'low' },
          ...(chance(random, 0.3) ? { note: { nl: 'Geen stageparagraaf gevonden.', en: 'No internship clause found.' } } : {}),
        };
    const record: CaoRecord = { id: `${slug(name)}-${result.length + 1}`, name, kind, sector: { nl: sector.nl, en: sector.en }, keywords, clause };
    const parsed = caoRecordSchema.safeParse(record);
    if (!parsed.success) throw new Error(`synthetic record ${record.id} is invalid: ${JSON.stringify(parsed.error.issues)}`);
    result.push({ record, distinctive });
  }
  return result;
}

export type TypoKind = 'insert' | 'delete' | 'substitute' | 'swap';

export interface TypoQuery {
  query: string;
  targetId: string;
  typo: TypoKind;
  words: number;
}

const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

function withTypo(random: Random, word: string, kind: TypoKind): string {
  const letters = [...word];
  const at = Math.floor(random() * letters.length);
  switch (kind) {
    case 'insert':
      letters.splice(between(random, 1, letters.length), 0, pick(random, [...LETTERS]));
      break;
    case 'delete':
      letters.splice(Math.max(1, at), 1);
      break;
    case 'substitute': {
      const position = Math.max(1, at);
      let letter = pick(random, [...LETTERS]);
      while (letter === letters[position]!.toLowerCase()) letter = pick(random, [...LETTERS]);
      letters[position] = letter;
      break;
    }
    case 'swap': {
      // Two different neighbours, else the "typo" is no typo.
      const candidates = letters.slice(0, -1).map((_, index) => index).filter((index) => letters[index]!.toLowerCase() !== letters[index + 1]!.toLowerCase());
      const position = candidates.length ? pick(random, candidates) : 0;
      [letters[position], letters[position + 1]] = [letters[position + 1]!, letters[position]!];
      break;
    }
  }
  return letters.join('');
}

function addAccent(random: Random, word: string): string {
  const positions = [...word].map((letter, index) => (ACCENTS[letter] ? index : -1)).filter((index) => index >= 0);
  if (!positions.length) return word;
  const at = pick(random, positions);
  return word.slice(0, at) + pick(random, ACCENTS[word[at]!]!) + word.slice(at + 1);
}

/**
 * `count` queries, each for one random target record: one or two of its made-up name words, with
 * exactly one typo (insert, delete, substitute or swap of neighbours) in one word, in mixed case,
 * sometimes with the diacritics dropped or added.
 */
export function typoQueries(records: readonly SyntheticRecord[], count: number, seed = 4242): TypoQuery[] {
  const random = seededRandom(seed);
  const kinds: TypoKind[] = ['insert', 'delete', 'substitute', 'swap'];
  const queries: TypoQuery[] = [];
  for (let n = 0; n < count; n++) {
    const { record, distinctive } = pick(random, records);
    const twoWords = chance(random, 0.3);
    const start = twoWords ? between(random, 0, distinctive.length - 2) : between(random, 0, distinctive.length - 1);
    let words = distinctive.slice(start, start + (twoWords ? 2 : 1));
    const typo = kinds[n % kinds.length]!;
    const typoAt = between(random, 0, words.length - 1);
    words = words.map((word, index) => (index === typoAt ? withTypo(random, word, typo) : word));
    const accents = random();
    words = words.map((word) => (accents < 0.5 ? stripMarks(word) : accents < 0.6 ? addAccent(random, word) : word));
    const casing = random();
    let query = words.join(' ');
    query = casing < 0.5 ? query.toLowerCase() : casing < 0.65 ? query.toUpperCase() : query;
    queries.push({ query, targetId: record.id, typo, words: words.length });
  }
  return queries;
}
