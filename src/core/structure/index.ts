/**
 * The structure of a pleading: caption, headings and counts, numbered paragraphs, incorporation by
 * reference, and sentences. Works on Markdown, plain text and `pleading` documents, LF or CRLF.
 *
 * Stable API (the outline, folding and renumbering features build on it):
 * - `parseStructure(source)` returns a `DocumentStructure`; it never throws and runs in linear time.
 * - Every element carries `start`/`end` string offsets into `source.text` and the same span as a `range`.
 * - Arrays are in document order. `paragraphs` is sorted by offset, not by number (drafts misnumber).
 */
import type { Range } from '../types';
import type { SourceText } from '../text/sourceText';

export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  readonly range: Range;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export interface Caption extends Span {
  readonly court?: TextSpan;
  /** The plaintiffs' names as written before "v." */
  readonly plaintiffs?: TextSpan;
  /** The defendants' names as written after "v." */
  readonly defendants?: TextSpan;
  readonly caseNumber?: TextSpan;
}

export type SectionKind = 'heading' | 'count';

export interface Section extends Span {
  readonly kind: SectionKind;
  /** The heading text without Markdown markers, e.g. `COUNT II — Failure to Train (Against the City)`. */
  readonly title: string;
  /** Nesting depth, 1 for the outermost headings. */
  readonly level: number;
  /** The heading line(s) only; `start`/`end` cover the whole section up to the next heading of the same or a higher level. */
  readonly headingRange: Range;
  readonly headingEnd: number;
  /** For counts: the count's number (COUNT II, Second Claim for Relief, Count Two → 2). */
  readonly countNumber?: number;
  /** For counts: the parties named in "(Against …)", e.g. `['the City of Riverbend']`. */
  readonly defendants?: readonly string[];
}

export interface Paragraph extends Span {
  /** The paragraph number as pleaded (`12.` or `¶ 12` → 12). */
  readonly number: number;
  /** The label as written, e.g. `12.` or `¶ 12`. */
  readonly label: string;
  /** Offset where the text after the label starts. */
  readonly contentStart: number;
}

export interface Incorporation extends Span {
  /** The number of the paragraph that incorporates, when it is a numbered paragraph. */
  readonly paragraph?: number;
  /** The paragraph numbers incorporated, resolved ("1 through 13", "all preceding paragraphs"). */
  readonly paragraphs: readonly number[];
}

export type Sentence = Span;

export interface DocumentStructure {
  readonly caption?: Caption;
  readonly sections: readonly Section[];
  readonly paragraphs: readonly Paragraph[];
  readonly incorporations: readonly Incorporation[];
  readonly sentences: readonly Sentence[];
}

// ---------------------------------------------------------------------------------------------

const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
/** "COUNT II", "Claim 2", "CLAIM FOR RELIEF NO. 3", "Cause of Action 4". */
const COUNT_HEADING = new RegExp(`^(?:count|claim(?:\\s+for\\s+relief)?|cause\\s+of\\s+action)\\s+(?:no\\.\\s*)?([ivxlc]+|\\d{1,3}|${NUMBER_WORDS.join('|')})\\b(?![.,]\\s*[a-z])`, 'i');
/** "Second Claim for Relief", "SECOND CAUSE OF ACTION", and the South Carolina form "FOR A SECOND CAUSE OF ACTION". */
const ORDINAL_CLAIM = new RegExp(`^(?:for\\s+(?:a|an|the)\\s+)?(${ORDINALS.join('|')})\\s+(?:claim|cause)\\s+(?:for|of)\\s+(?:relief|action)\\b`, 'i');
const PARAGRAPH_LABEL = /^[ \t]*(?:(¶|Para(?:graph)?\.?)[ \t]*(\d{1,4})\.?|(\d{1,4})\.)[ \t]+(?=\S)/;
/** A list item or lettered subparagraph, matched in place at the line's first non-blank character. */
const LIST_ITEM_AT = /(?:[-*+]|\(?[a-z]\)|[a-z]\.)[ \t]+/y;
/** The same as PARAGRAPH_LABEL, matched in place on the whole text (no per-line copy). */
const PARAGRAPH_LABEL_AT = new RegExp(PARAGRAPH_LABEL.source.slice(1), 'y');
/** A heading that ends the caption: the pleading's title or its first section. */
const CAPTION_ENDING_HEADING = /\b(?:complaint|petition|introduction|preliminary statement|nature of the (?:action|case)|jurisdiction|parties|facts|factual|allegations|background|claims? for relief|causes? of action)\b/i;
/** Lines that only a caption has. */
const CAPTION_MARK = /\bcourt\b|^\s*(?:v\.?|vs\.?|versus)\s*$|\bplaintiffs?[,.]?\s*$|\bdefendants?[,.]?\s*$|\b(?:case|civil action|docket) (?:no|number)/i;
const AGAINST = /\((?:as\s+)?(?:against|as\s+to)\s+([^)]+)\)/i;

function romanToNumber(roman: string): number | undefined {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]!.toLowerCase()];
    const next = values[roman[i + 1]?.toLowerCase() ?? ''] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

function countNumberOf(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const word = NUMBER_WORDS.indexOf(token.toLowerCase());
  if (word >= 0) return word + 1;
  return romanToNumber(token);
}

/** Strips Markdown emphasis markers and surrounding whitespace from a heading's text. */
function plainHeading(text: string): string {
  if (!/[*_]/.test(text)) return text.trim();
  return text.replace(/\*\*|__|(?<![\w])[*_](?=\S)|(?<=\S)[*_](?![\w])/g, '').trim();
}

/** Splits the "(Against …)" list into parties: "the City and Officer Kroll" → two names. */
export function splitParties(list: string): string[] {
  return list
    .split(/\s*(?:;|,(?!\s*(?:Inc|LLC|Jr|Sr)\b)|\band\b|&)\s*/i)
    .map((party) => party.replace(/^(?:defendants?\s+)/i, '').trim())
    .filter((party) => party.length > 0 && !/^(?:and|the)$/i.test(party));
}

/** A line in all capitals that reads as a heading (plain-text pleadings use them for sections). */
function isCapsHeading(text: string): boolean {
  if (text.length < 3 || text.length > 120) return false;
  if (/[a-z]/.test(text)) return false;
  if (/[,;]$/.test(text)) return false;
  if (/^\d{1,4}\.\s/.test(text)) return false;
  let letters = 0;
  for (let i = 0; i < text.length && letters < 3; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 3;
}

const ABBREVIATIONS = new Set([
  'v', 'vs', 'no', 'nos', 'inc', 'id', 'co', 'corp', 'ltd', 'llc', 'st', 'mr', 'mrs', 'ms', 'mx', 'cpl', 'msgt', 'dr', 'jr', 'sr', 'cir', 'app',
  'supp', 'ct', 'ed', 'dist', 'fed', 'civ', 'crim', 'stat', 'sec', 'art', 'para', 'ch', 'cl', 'seq', 'al', 'sgt', 'ofc',
  'off', 'lt', 'capt', 'det', 'dep', 'cnty', 'twp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec', 'approx', 'cf', 'etc', 'ibid', 'n', 'nn', 'p', 'pp', 'r', 'rev', 'u.s', 'e.g', 'i.e', 'a.m', 'p.m', 'dept',
  'gov', 'ord', 'reg', 'regs', 'admin', 'mun', 'bd', 'comm', 'comm\'rs', 'dep\'t', 'ass\'n', 'univ', 'hosp', 'ex', 'rel',
  'cert', 'den', 'aff', 'rev\'d', 'vol', 'ave', 'blvd', 'rd', 'mt', 'ft', 'gen',
]);

/** The first word of a new sentence after a clock time: a pronoun, an article or a word that opens a clause. */
const SENTENCE_OPENER_AFTER = /^\s+(?:He|She|They|I|We|It|You|The|A|An|This|That|These|Those|His|Her|Their|My|Our|When|After|Before|At|By|Within|About|Around|Minutes|Seconds|No|Nobody|None|Officer|Deputy|Sergeant|Plaintiff)\b/;

/** State abbreviations that appear in court names of case citations. */
const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'cal', 'colo', 'conn', 'del', 'fla', 'ga', 'haw', 'ill', 'ind', 'kan', 'ky', 'la', 'mass', 'md', 'me', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'or', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

function isWordChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 /* . */ || code === 39 /* ' */ || code === 8217;
}

/** True when the period at `dot` ends an abbreviation, an initial or a citation element rather than a sentence. */
function endsAbbreviation(text: string, dot: number, from: number): boolean {
  let i = dot - 1;
  while (i >= from && isWordChar(text.charCodeAt(i))) i--;
  const word = text.slice(i + 1, dot).replace(/[’]/g, "'").toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1 && /[a-z]/.test(word)) return true; // an initial: "J. Smith", or "F." in "F. Supp."
  // A clock time ends its sentence when a sentence's first word follows ("at 10:31 p.m. She told the dispatcher"), not a name ("p.m. Eastern").
  if ((word === 'a.m' || word === 'p.m') && SENTENCE_OPENER_AFTER.test(text.slice(dot + 1, dot + 16))) return false;
  if (/^(?:[a-z]\.)+[a-z]$/.test(word)) return true; // U.S, e.g, p.m
  // A state in a court's name: "(N.D. Ill. 2023)", "(D. Or. 2021)", "(Cal. Ct. App. 2019)"; only after the court's letters, since "ill." also ends sentences.
  if (STATE_ABBREVIATIONS.has(word) && /(?:\bD\.|\bCir\.|\bCt\.|\()\s*$/.test(text.slice(Math.max(from, i - 12), i + 1))) return true;
  return ABBREVIATIONS.has(word);
}

/** Closing quotes, brackets and emphasis that may follow a sentence's final punctuation. */
const CLOSERS = new Set([...'"\'”’)]*_'].map((c) => c.charCodeAt(0)));
/** Characters other than capitals and digits that may open a sentence. */
const OPENERS = new Set([...'"“\'‘([*_¶§'].map((c) => c.charCodeAt(0)));

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/**
 * Splits `text[from, to)` into sentences and appends them to `out`. A sentence ends at `.`, `?` or
 * `!` (plus closing quotes, brackets and emphasis) followed by white space and a capital, a digit or
 * an opening mark — unless the period ends an abbreviation ("v.", "U.S.", "No.", "Inc.", "Id.", initials).
 */
function splitSentences(source: SourceText, from: number, to: number, out: Sentence[]): void {
  const text = source.text;
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  const quotes = new QuoteCount(text, start);
  for (let i = start; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 63 && c !== 33) continue;
    let end = i + 1;
    while (end < to && CLOSERS.has(text.charCodeAt(end))) end++;
    if (end < to && !isSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next < to) {
      const n = text.charCodeAt(next);
      if (!((n >= 65 && n <= 90) || (n >= 48 && n <= 57) || OPENERS.has(n))) continue;
    }
    // A quotation that goes on past its first sentence ("Nothing. You put them in and shut the door")
    // stays in the sentence that quotes it, when it closes soon after.
    if (quotes.openAt(end, to)) continue;
    if (c === 46 && endsAbbreviation(text, i, start)) {
      // "… 489 U.S. 378 (1989). Id." ends at the year; "v. City" and "No. 12" never end.
      continue;
    }
    pushSentence(source, start, end, out);
    start = next;
    quotes.restart(next);
    i = next - 1;
  }
  let end = to;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) pushSentence(source, start, end, out);
}

const QUOTATION_REACH = 400;
/** Characters after which a single quote opens a quotation: space, an opening bracket, a colon or dash. */
const OPENS_QUOTE_AFTER = new Set([32, 9, 10, 40, 58, 0x2014, 0x2013, 34, 0x201c]);
/** Punctuation after which a single quote closes one. */
const CLOSES_QUOTE_AFTER = new Set([46, 44, 33, 63]);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 0xbf;
}

/**
 * The quotation marks of the sentence being split, counted as the split moves forward (each character
 * once, however many candidate ends the sentence has). A single quote opens a quotation only where a
 * word starts after it ("answered: 'If they can talk, they can breathe. That's what they taught us.'")
 * and closes one only where a word ends before it, so apostrophes ("That's", "officers' reports") do not count.
 */
class QuoteCount {
  private scanned: number;
  private straight = 0;
  private curly = 0;
  private single = 0;
  /** The next closing single quote found, and how far the text was searched for it (searches only move forward). */
  private singleClose = -1;
  private searchedTo = -1;

  constructor(private readonly text: string, start: number) {
    this.scanned = start;
  }

  /** Starts counting again at the next sentence. */
  restart(start: number): void {
    this.scanned = start;
    this.straight = 0;
    this.curly = 0;
    this.single = 0;
    this.singleClose = -1;
    this.searchedTo = -1;
  }

  private codeAt(i: number): number {
    return i >= 0 && i < this.text.length ? this.text.charCodeAt(i) : 32;
  }

  /** A single quote at `i` that opens a quotation: a word starts right after it. */
  private opensSingle(i: number): boolean {
    const c = this.codeAt(i);
    return (c === 39 || c === 0x2018) && OPENS_QUOTE_AFTER.has(this.codeAt(i - 1)) && isLetter(this.codeAt(i + 1));
  }

  /** A single quote at `i` that closes a quotation: a word or its punctuation ends right before it. */
  private closesSingle(i: number): boolean {
    const c = this.codeAt(i);
    const before = this.codeAt(i - 1);
    return (c === 39 || c === 0x2019) && (isLetter(before) || CLOSES_QUOTE_AFTER.has(before)) && !isLetter(this.codeAt(i + 1));
  }

  /** Whether a single quote closes before `limit`; the search only moves forward and remembers what it found. */
  private singleClosesBefore(end: number, limit: number): boolean {
    if (this.singleClose >= end) return this.singleClose < limit;
    for (let i = Math.max(end, this.searchedTo); i < limit; i++) {
      if (this.closesSingle(i)) {
        this.singleClose = i;
        this.searchedTo = i + 1;
        return true;
      }
    }
    this.searchedTo = Math.max(this.searchedTo, limit);
    return false;
  }

  /** Whether `end` falls inside a quotation opened in this sentence and closed within a few hundred characters. */
  openAt(end: number, to: number): boolean {
    for (; this.scanned < end; this.scanned++) {
      const c = this.text.charCodeAt(this.scanned);
      if (c === 34) this.straight++;
      else if (c === 0x201c) this.curly++;
      else if (c === 0x201d) this.curly--;
      else if (this.opensSingle(this.scanned)) this.single++;
      else if (this.single > 0 && this.closesSingle(this.scanned)) this.single--;
    }
    const limit = Math.min(to, end + QUOTATION_REACH);
    if (this.straight % 2 === 1) {
      const close = this.text.indexOf('"', end);
      return close !== -1 && close < limit;
    }
    if (this.curly > 0) {
      const close = this.text.indexOf('\u201d', end);
      return close !== -1 && close < limit;
    }
    if (this.single > 0) return this.singleClosesBefore(end, limit);
    return false;
  }
}

function pushSentence(source: SourceText, start: number, end: number, out: Sentence[]): void {
  if (end <= start) return;
  out.push({ start, end, range: source.rangeOf(start, end) });
}

/**
 * The verbs of incorporation by reference (Fed. R. Civ. P. 10(c)), including the plain forms pro se
 * drafters use: "I repeat", "Plaintiff includes everything said in paragraphs 1 to 5", "relies on", "says again everything in paragraphs 1 through 5".
 */
const INCORPORATION = /\b(?:incorporat|adopt|re-?alleg|re-?assert|re-?aver|repeat|re-?stat|reiterat|includ|rel(?:y|ies|ied) (?:up)?on|make[sd]? (?:them |those )?part|say(?:s)? again|said again)\w*\b([^.]{0,160})/gi;

/** Whether a sentence incorporates paragraphs by reference ("Plaintiff realleges paragraphs 1 through 12"). */
export function isIncorporation(text: string): boolean {
  const verb = new RegExp(INCORPORATION.source, 'i').exec(text);
  return verb !== null && resolveIncorporation(text, undefined, []) !== undefined;
}

/** Resolves "paragraphs 1 through 13", "¶¶ 1–5 and 9", "all preceding paragraphs" to paragraph numbers. */
export function resolveIncorporation(phrase: string, ownNumber: number | undefined, known: readonly number[]): number[] | undefined {
  if (/\b(?:all|each|every|the)\b[^.]{0,40}\b(?:(?:preceding|prior|previous)\b[^.]{0,20}\b(?:paragraphs?|allegations?|averments?|statements?|facts|counts?|sections?)|foregoing|above)\b|\bparagraphs\s+above\b|\babove\s+paragraphs\b|\beverything\b[^.]{0,20}\b(?:above|before)\b/i.test(phrase)
    && !/\d/.test(phrase.replace(/\bCount\s+\w+/gi, ''))) {
    return known.filter((n) => ownNumber === undefined || n < ownNumber);
  }
  const list = /(?:paragraphs?|paras?\.?|¶¶?)\s*((?:\d{1,4}|\s|,|and|&|through|thru|to|-|–|—)+)/i.exec(phrase);
  if (!list) return undefined;
  const numbers: number[] = [];
  const pieces = list[1]!.split(/\s*(?:,|\band\b|&)\s*/i);
  for (const piece of pieces) {
    const range = /(\d{1,4})\s*(?:through|thru|to|-|–|—)\s*(\d{1,4})/i.exec(piece);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (b >= a && b - a <= 5000) for (let n = a; n <= b; n++) numbers.push(n);
    } else {
      const single = /(\d{1,4})/.exec(piece);
      if (single) numbers.push(Number(single[1]));
    }
  }
  return numbers.length > 0 ? numbers : undefined;
}

interface Block {
  start: number;
  end: number;
}

/** Parses the structure of a draft. Linear in the length of the text; never throws. */
export function parseStructure(source: SourceText): DocumentStructure {
  const text = source.text;
  const lineCount = source.lineCount;
  const sections: Array<Omit<Section, 'end' | 'range'> & { end: number }> = [];
  const paragraphs: Array<{ number: number; label: string; start: number; contentStart: number; end: number }> = [];
  const blocks: Block[] = [];

  // The caption runs from the top to the first numbered paragraph or the heading that names the pleading.
  let inCaption = true;
  /** Whether a court name, "v." or a party designation has been seen (then numbered lines may belong to the caption). */
  let captionSeen = false;
  let captionEnd = 0;
  let block: Block | undefined;
  let paragraph: (typeof paragraphs)[number] | undefined;
  const closeBlock = () => {
    if (block) blocks.push(block);
    block = undefined;
  };
  const closeParagraph = (end: number) => {
    if (paragraph) {
      paragraph.end = Math.max(paragraph.contentStart, end);
      paragraphs.push(paragraph);
    }
    paragraph = undefined;
  };

  let line = 0;
  while (line < lineCount) {
    const lineStart = source.lineStart(line);
    const lineEnd = source.lineEnd(line);
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      closeBlock();
      line++;
      continue;
    }
    // Cheap tests on the first character keep the common case (a line of a numbered paragraph) fast.
    const firstCode = text.charCodeAt(first);
    const short = lineEnd - first <= 240;
    const markdown = firstCode === 35 /* # */ ? MARKDOWN_HEADING.exec(text.slice(lineStart, lineEnd)) : null;
    let paragraphLabel: RegExpExecArray | null = null;
    if (!markdown && ((firstCode >= 48 && firstCode <= 57) || firstCode === 182 /* ¶ */ || firstCode === 80 /* P */)) {
      PARAGRAPH_LABEL_AT.lastIndex = lineStart;
      paragraphLabel = PARAGRAPH_LABEL_AT.exec(text);
      if (paragraphLabel && paragraphLabel.index + paragraphLabel[0].length > lineEnd) paragraphLabel = null;
    }
    const mayBeHeading = markdown !== null || (paragraphLabel === null && short);
    const raw = mayBeHeading || paragraphLabel ? text.slice(lineStart, lineEnd) : '';
    const plain = mayBeHeading ? (markdown ? plainHeading(markdown[2]!) : plainHeading(raw.trim())) : '';
    const countMatch = mayBeHeading ? (COUNT_HEADING.exec(plain) ?? ORDINAL_CLAIM.exec(plain)) : null;
    // Inside the caption, an all-capitals line is a heading only when it names the pleading or its first
    // section ("COMPLAINT AND JURY DEMAND", "INTRODUCTION"): that heading ends the caption.
    const caps = mayBeHeading && !markdown && !countMatch && (!inCaption || CAPTION_ENDING_HEADING.test(plain)) && isCapsHeading(plain);
    if (markdown || countMatch || caps) {
      if (inCaption && (countMatch || CAPTION_ENDING_HEADING.test(plain))) {
        inCaption = false;
        captionEnd = lineStart;
      }
      closeBlock();
      closeParagraph(lineStart);
      let title = plain;
      let headingEnd = lineEnd;
      let next = line + 1;
      // A plain-text count heading often continues on the next short lines: "COUNT II" / "Failure to Train" / "(Against the City)".
      if (countMatch && !markdown) {
        for (let extra = 0; extra < 3 && next < lineCount; extra++, next++) {
          const continuation = source.lineText(next).trim();
          if (continuation.length === 0 || continuation.length > 160 || PARAGRAPH_LABEL.test(continuation) || MARKDOWN_HEADING.test(continuation)) break;
          if (!/^[([]|^[A-Z0-9"“'—–-]/.test(continuation) || /[.;:]$/.test(continuation) && !/\)$/.test(continuation)) break;
          title += ` ${plainHeading(continuation)}`;
          headingEnd = source.lineEnd(next);
        }
      }
      // A Markdown count heading may carry its title and defendants in the deeper headings right under it:
      // "## THIRD CLAIM FOR RELIEF" / "### Municipal Liability (Monell)" / "### (Against the City)".
      if (countMatch && markdown) {
        for (let extra = 0; extra < 3 && next < lineCount; extra++, next++) {
          const deeper = MARKDOWN_HEADING.exec(source.lineText(next));
          if (!deeper || deeper[1]!.length <= markdown[1]!.length) break;
          const subtitle = plainHeading(deeper[2]!);
          if (COUNT_HEADING.test(subtitle) || ORDINAL_CLAIM.test(subtitle)) break;
          title += ` ${subtitle}`;
          headingEnd = source.lineEnd(next);
        }
      }
      const level = markdown ? markdown[1]!.length : countMatch ? 2 : 1;
      const against = countMatch ? AGAINST.exec(title) : null;
      sections.push({
        kind: countMatch ? 'count' : 'heading',
        title,
        level,
        start: lineStart,
        end: text.length,
        headingEnd,
        headingRange: source.rangeOf(lineStart + (raw.length - raw.trimStart().length), headingEnd),
        ...(countMatch ? { countNumber: countNumberOf(countMatch[1]!) ?? (ORDINALS.indexOf(countMatch[1]!.toLowerCase()) + 1 || undefined) } : {}),
        ...(against ? { defendants: splitParties(against[1]!) } : {}),
      });
      line = next;
      continue;
    }
    if (inCaption && !captionSeen && CAPTION_MARK.test(text.slice(lineStart, lineEnd))) captionSeen = true;
    // In a caption only "1." or "¶ 1" starts the body; a draft with no caption starts at its first numbered paragraph.
    if (paragraphLabel && !(inCaption && captionSeen && !/^\s*(?:¶|1\.)/.test(raw))) {
      if (inCaption) {
        inCaption = false;
        captionEnd = lineStart;
      }
      closeBlock();
      closeParagraph(lineStart);
      const number = Number(paragraphLabel[2] ?? paragraphLabel[3]);
      const contentStart = lineStart + paragraphLabel[0].length;
      paragraph = { number, label: paragraphLabel[0].trim(), start: lineStart + (raw.length - raw.trimStart().length), contentStart, end: lineEnd };
      block = { start: contentStart, end: lineEnd };
      line++;
      continue;
    }
    // A list item or lettered subparagraph starts a new block for sentence splitting.
    LIST_ITEM_AT.lastIndex = first;
    const item = firstCode === 45 || firstCode === 42 || firstCode === 43 || firstCode === 40 || (firstCode >= 97 && firstCode <= 122) ? LIST_ITEM_AT.exec(text) : null;
    if (item) {
      closeBlock();
      block = { start: first + item[0].length, end: lineEnd };
    } else if (block) {
      block.end = lineEnd;
    } else {
      block = { start: first, end: lineEnd };
    }
    if (paragraph) paragraph.end = lineEnd;
    line++;
  }
  closeBlock();
  closeParagraph(text.length);
  if (inCaption) captionEnd = 0;

  // Trailing blank text is not part of a paragraph.
  const finalParagraphs: Paragraph[] = paragraphs.map((p) => {
    let end = p.end;
    while (end > p.contentStart && isSpace(text.charCodeAt(end - 1))) end--;
    return { number: p.number, label: p.label, start: p.start, contentStart: p.contentStart, end, range: source.rangeOf(p.start, end) };
  });

  // A section ends where the next heading of the same or a higher level begins (a count also ends at the next count).
  const finalSections: Section[] = [];
  const open: number[] = [];
  for (let i = 0; i < sections.length; i++) {
    const current = sections[i]!;
    while (open.length > 0) {
      const top = sections[open[open.length - 1]!]!;
      if (top.level >= current.level || (top.kind === 'count' && current.kind === 'count')) {
        top.end = current.start;
        open.pop();
      } else break;
    }
    open.push(i);
  }
  for (const section of sections) {
    let end = section.end;
    while (end > section.headingEnd && isSpace(text.charCodeAt(end - 1))) end--;
    finalSections.push({ ...section, end, range: source.rangeOf(section.start, end) });
  }

  const sentences: Sentence[] = [];
  for (const b of blocks) {
    if (b.start < captionEnd) continue;
    splitSentences(source, b.start, b.end, sentences);
  }

  const knownNumbers = finalParagraphs.map((p) => p.number);
  const incorporations: Incorporation[] = [];
  for (const p of finalParagraphs) {
    const body = text.slice(p.contentStart, p.end);
    INCORPORATION.lastIndex = 0;
    const match = INCORPORATION.exec(body);
    if (!match) continue;
    // Passive forms name the paragraphs before the verb: "The preceding paragraphs are incorporated by reference."
    const sentenceStart = Math.max(body.lastIndexOf('.', match.index - 1) + 1, match.index - 160, 0);
    const numbers = resolveIncorporation(body.slice(sentenceStart, match.index + match[0].length), p.number, knownNumbers);
    if (!numbers) continue;
    const start = p.contentStart + match.index;
    const end = p.contentStart + match.index + match[0].length;
    incorporations.push({ paragraph: p.number, paragraphs: numbers, start, end, range: source.rangeOf(start, end) });
  }

  return {
    caption: captionEnd > 0 ? parseCaption(source, captionEnd) : undefined,
    sections: finalSections,
    paragraphs: finalParagraphs,
    incorporations,
    sentences,
  };
}

function textSpan(source: SourceText, start: number, end: number): TextSpan | undefined {
  const raw = source.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value.length === 0) return undefined;
  return { text: value.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim(), start: start + lead, end: start + lead + value.length, range: source.rangeOf(start + lead, start + lead + value.length) };
}

function parseCaption(source: SourceText, end: number): Caption {
  const text = source.text.slice(0, end);
  let court: TextSpan | undefined;
  const courtMatch = /^[ \t#*]*((?:[^\n]*\bCOURT\b[^\n]*)(?:\n[ \t]*(?:FOR|OF|IN)\b[^\n]*)?)/im.exec(text);
  if (courtMatch) court = textSpan(source, courtMatch.index + courtMatch[0].indexOf(courtMatch[1]!), courtMatch.index + courtMatch[0].length);
  const caseMatch = /\b(?:Case|Civil Action|Docket|Cause)\s*(?:No\.?|Number|#)\s*:?\s*([\w:.\-–]+(?:[\w\-–])?)/i.exec(text);
  const caseNumber = caseMatch ? textSpan(source, caseMatch.index, caseMatch.index + caseMatch[0].length) : undefined;
  // "v." alone on its line, or with the case number beside it in a two-column caption.
  const versus = /^[ \t*]*(?:v\.|vs\.?|versus|-\s*against\s*-|against)(?:[ \t*]*|[ \t]{2,}[^\n]*)$/im.exec(text);
  let plaintiffs: TextSpan | undefined;
  let defendants: TextSpan | undefined;
  if (versus) {
    const before = court ? court.end : 0;
    const plaintiffEnd = /\bPlaintiffs?\b[^\n]*$/im.exec(text.slice(before, versus.index));
    plaintiffs = textSpan(source, before, plaintiffEnd ? before + plaintiffEnd.index : versus.index);
    const afterVersus = versus.index + versus[0].length;
    const defendantEnd = /\bDefendants?\.?/i.exec(text.slice(afterVersus));
    const stop = defendantEnd ? afterVersus + defendantEnd.index : caseMatch ? caseMatch.index : end;
    defendants = textSpan(source, afterVersus, Math.max(afterVersus, stop));
    if (plaintiffs) plaintiffs = { ...plaintiffs, text: plaintiffs.text.replace(/,\s*$/, '') };
    if (defendants) defendants = { ...defendants, text: defendants.text.replace(/,\s*$/, '') };
  } else {
    // The whole caption on one line: "## Imani Collier, Plaintiff, v. Halvern State University and Officer Dana Pruitt, Defendants".
    const inline = /^[ \t#*>]*([^\n]*?\S),?[ \t]+Plaintiffs?,?[ \t]+(?:v\.|vs\.?|versus)[ \t]+([^\n]*?\S),?[ \t]+Defendants?\.?[ \t*]*$/im.exec(text);
    if (inline) {
      const plaintiffStart = inline.index + inline[0].indexOf(inline[1]!);
      const defendantStart = inline.index + inline[0].lastIndexOf(inline[2]!);
      plaintiffs = textSpan(source, plaintiffStart, plaintiffStart + inline[1]!.replace(/,$/, '').length);
      defendants = textSpan(source, defendantStart, defendantStart + inline[2]!.replace(/,$/, '').length);
    }
  }
  let captionEnd = end;
  while (captionEnd > 0 && isSpace(source.text.charCodeAt(captionEnd - 1))) captionEnd--;
  return { start: 0, end: captionEnd, range: source.rangeOf(0, captionEnd), court, plaintiffs, defendants, caseNumber };
}

/** The paragraphs and sentences inside `[start, end)`, found by binary search (both arrays are sorted by offset). */
export function within<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < items.length && items[i]!.start < end; i++) out.push(items[i]!);
  return out;
}
