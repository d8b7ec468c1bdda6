import type { TermFinder } from '../analyzer';
import type { SourceText } from '../text/sourceText';
import type { TermOccurrence } from '../types';

/**
 * Finds primer terms and aliases in a draft.
 *
 * Text is read as word tokens (letters and digits; `§` is a token of its own; a possessive `'s` is
 * dropped), compared lower-cased. Between the words of a term the draft may put any spacing, one line
 * break, hyphens or dashes, periods and brackets (`failure-to-train`, `failure\nto train`, `Rule 26(f)`),
 * but not a blank line or other punctuation. Phrases live in a trie of tokens; at each token the longest
 * phrase wins and scanning resumes after it, so the work is linear in the length of the draft (times the
 * longest phrase, a small constant) with no backtracking.
 */

export interface TermPhrase {
  readonly slug: string;
  readonly term: string;
  /** The phrases that name the entry: its term first, then its aliases. */
  readonly phrases: readonly string[];
}

/** A term found in a text, as offsets into that text. */
export interface TermMatch {
  readonly slug: string;
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** Adverbs drafts put inside failure-to-act phrases: "failed to adequately train", "failing properly to supervise". */
const FAILURE_ADVERBS = ['adequately', 'properly', 'sufficiently', 'reasonably', 'appropriately', 'meaningfully', 'effectively'];
const FAILURE_FORMS = ['failure', 'failures', 'fail', 'fails', 'failed', 'failing'];

/** How far around a hover position `termAt` looks, in characters: far more than the longest phrase. */
const NEIGHBOURHOOD = 400;

interface Hit {
  readonly slug: string;
  readonly term: string;
  /** Higher wins when two entries claim the same phrase: later layers, then phrases written over generated ones. */
  readonly priority: number;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  hit?: Hit;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiWordCode(code);
  if (code === 0xa7) return false;
  if (code >= 0xd800 && code <= 0xdbff) return NON_ASCII_WORD.test(text.slice(index, index + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return NON_ASCII_WORD.test(text.slice(index - 1, index + 1));
  return NON_ASCII_WORD.test(text[index]!);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Characters allowed between the words of a phrase, besides spacing and one line break. */
function isJoiner(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 0xa0 || // spaces, tab, no-break space
    code === 45 || (code >= 0x2010 && code <= 0x2014) || code === 0x2212 || // hyphens and dashes
    code === 46 || code === 40 || code === 41 || code === 47 || // . ( ) /
    code === 42 || code === 95 // Markdown emphasis * _
  );
}

interface Token {
  readonly start: number;
  /** End of the word itself (a possessive `'s` or `s'` apostrophe is not part of a match). */
  readonly end: number;
  /** End of the word with its possessive, where the gap to the next word starts. */
  readonly after: number;
  readonly key: string;
}

/** The word tokens of text[from, to). */
function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  // Lower-case the range once; per word only when lower-casing changes lengths (e.g. "İ").
  const lowerRange = text.slice(from, to).toLowerCase();
  const lower = lowerRange.length === to - from ? lowerRange : undefined;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 0xa7) {
      tokens.push({ start: i, end: i + 1, after: i + 1, key: '§' });
      i++;
      continue;
    }
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (isWordChar(text, i) || (isApostrophe(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1) && i > start))) i++;
    let end = i;
    let key = lower === undefined ? text.slice(start, end).toLowerCase() : lower.slice(start - from, end - from);
    if (key.includes('\u2019')) key = key.replace(/\u2019/g, "'");
    // A possessive joins the word it follows: "the City's custom" -> city, custom; "attorneys' fees" -> attorneys, fees.
    if (key.endsWith("'s")) {
      key = key.slice(0, -2);
      end -= 2;
    } else if (key.endsWith('s') && i < to && isApostrophe(text.charCodeAt(i))) {
      i++;
    }
    if (key) tokens.push({ start, end, after: i, key });
  }
  return tokens;
}

/** The lower-case tokens of a phrase from an entry. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((token) => token.key);
}

function pluralOf(word: string): string | undefined {
  if (!/^[a-z]{3,}$/.test(word) || word.endsWith('s')) return undefined;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(x|ch|sh|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function singularOf(word: string): string | undefined {
  if (!/^[a-z]{4,}$/.test(word) || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return undefined;
}

/**
 * The token sequences a phrase is written as in drafts, generated by rule rather than listed per entry:
 * the phrase itself; the plural or singular of its last word; for failure-to-act phrases every form of
 * "fail" with an optional adverb before or after "to" ("failed to train", "failing to adequately train");
 * for a "deliberate indifference" shape, the adjective form ("deliberately indifferent").
 */
export function phraseVariants(tokens: readonly string[]): string[][] {
  const variants: string[][] = [[...tokens]];
  if (tokens.length === 0) return [];
  const last = tokens[tokens.length - 1]!;
  const init = tokens.slice(0, -1);
  for (const form of [pluralOf(last), singularOf(last)]) if (form) variants.push([...init, form]);

  if (FAILURE_FORMS.includes(tokens[0]!) && tokens[1] === 'to' && tokens.length >= 3) {
    const rest = tokens.slice(2);
    for (const form of FAILURE_FORMS) {
      variants.push([form, 'to', ...rest]);
      for (const adverb of FAILURE_ADVERBS) {
        variants.push([form, 'to', adverb, ...rest]);
        variants.push([form, adverb, 'to', ...rest]);
      }
    }
  }

  if (tokens.length === 2 && /ence$/.test(last) && /^[a-z]{4,}[^y]$/.test(tokens[0]!)) {
    variants.push([`${tokens[0]}ly`, `${last.slice(0, -4)}ent`]);
  }
  return variants;
}

export class TermMatcher implements TermFinder {
  private readonly root: TrieNode = { children: new Map() };

  /**
   * @param layers the entries' phrases, lowest layer first; a later layer wins a phrase claimed twice
   *   (a user primer over the bundled one).
   */
  constructor(layers: readonly (readonly TermPhrase[])[]) {
    layers.forEach((layer, depth) => {
      for (const entry of layer) {
        for (const phrase of entry.phrases) {
          const tokens = phraseTokens(phrase);
          phraseVariants(tokens).forEach((variant, index) => {
            this.insert(variant, { slug: entry.slug, term: entry.term, priority: depth * 2 + (index === 0 ? 1 : 0) });
          });
        }
      }
    });
  }

  private insert(tokens: readonly string[], hit: Hit): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.children.get(token);
      if (!child) {
        child = { children: new Map() };
        node.children.set(token, child);
      }
      node = child;
    }
    if (!node.hit || hit.priority > node.hit.priority) node.hit = hit;
  }

  /** True when the text between two words of a phrase keeps them together. */
  private static joins(text: string, from: number, to: number): boolean {
    let lineBreaks = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) {
        if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (++lineBreaks > 1) return false;
      } else if (!isJoiner(code)) return false;
    }
    return true;
  }

  /** Every term in text[from, to), longest match first, without overlaps. */
  scan(text: string, from = 0, to = text.length): TermMatch[] {
    const tokens = tokenize(text, from, to);
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node = this.root.children.get(tokens[i]!.key);
      let best: { hit: Hit; last: number } | undefined;
      let j = i;
      while (node) {
        if (node.hit) best = { hit: node.hit, last: j };
        const next = tokens[j + 1];
        if (!next || !TermMatcher.joins(text, tokens[j]!.after, next.start)) break;
        node = node.children.get(next.key);
        j++;
      }
      if (best) {
        matches.push({ slug: best.hit.slug, term: best.hit.term, start: tokens[i]!.start, end: tokens[best.last]!.end });
        i = best.last + 1;
      } else i++;
    }
    return matches;
  }

  findTerms(source: SourceText): TermOccurrence[] {
    return this.scan(source.text).map((match) => ({ slug: match.slug, term: match.term, range: source.rangeOf(match.start, match.end) }));
  }

  /**
   * The term at an offset (the offset is inside it or at its end), looking only at the few hundred
   * characters around it, so a hover costs the same in a short letter and a 1 MB draft.
   */
  termAt(text: string, offset: number): TermMatch | undefined {
    if (offset < 0 || offset > text.length) return undefined;
    let from = Math.max(0, offset - NEIGHBOURHOOD);
    while (from > 0 && from < offset && isWordChar(text, from - 1) && isWordChar(text, from)) from++;
    let to = Math.min(text.length, offset + NEIGHBOURHOOD);
    while (to < text.length && isWordChar(text, to - 1) && isWordChar(text, to)) to++;
    const matches = this.scan(text, from, to);
    return matches.find((match) => match.start <= offset && offset < match.end) ?? matches.find((match) => match.end === offset);
  }

  /** The number of distinct token sequences the matcher knows (terms, aliases and their variants). */
  get size(): number {
    let count = 0;
    const walk = (node: TrieNode): void => {
      if (node.hit) count++;
      node.children.forEach(walk);
    };
    walk(this.root);
    return count;
  }
}
