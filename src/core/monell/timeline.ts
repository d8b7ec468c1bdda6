/**
 * When things happened. Notice is what a policymaker knew before the plaintiff was hurt (Connick v.
 * Thompson, 563 U.S. 51, 61-62 (2011)); a long complaint also narrates the aftermath with dates — the
 * plaintiff's own letter to the Chief, the department's answer, the finding that cleared the officer —
 * and none of that is notice, however well dated.
 */

/** A date as written, as the span of days it may mean ("2021" is the whole year). Days count from year 0. */
export interface DateSpan {
  readonly from: number;
  readonly to: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** "March 3, 2024", "3 March 2024", "March 2024", "3/4/24", "2024-03-04", and a bare year. */
const DATE = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b|\b(\d{1,2})\s+${MONTH}\s+((?:19|20)\d\d)\b|\b${MONTH}(?:\s+of)?,?\s+((?:19|20)\d\d)\b|\b(\d{1,2})\/(\d{1,2})\/(\d{2}|(?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b|\b((?:19|20)\d\d)\b`,
  'gi',
);

function day(year: number, month: number, dayOfMonth: number): number {
  return year * 372 + month * 31 + dayOfMonth;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** Every date written in the text, in order. */
export function datesIn(text: string): DateSpan[] {
  const spans: DateSpan[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    if (m[1]) {
      const at = day(Number(m[3]), monthIndex(m[1]), Number(m[2]));
      spans.push({ from: at, to: at });
    } else if (m[5]) {
      const at = day(Number(m[6]), monthIndex(m[5]), Number(m[4]));
      spans.push({ from: at, to: at });
    } else if (m[7]) {
      const month = monthIndex(m[7]);
      spans.push({ from: day(Number(m[8]), month, 1), to: day(Number(m[8]), month, 31) });
    } else if (m[9]) {
      const year = m[11]!.length === 2 ? 2000 + Number(m[11]) : Number(m[11]);
      const at = day(year, Number(m[9]) - 1, Number(m[10]));
      spans.push({ from: at, to: at });
    } else if (m[12]) {
      const at = day(Number(m[12]), Number(m[13]) - 1, Number(m[14]));
      spans.push({ from: at, to: at });
    } else {
      spans.push({ from: day(Number(m[15]), 0, 1), to: day(Number(m[15]), 11, 31) });
    }
  }
  return spans;
}

/**
 * The day of the incident: the exact date written most often, a date in a sentence about the plaintiff counting
 * twice (the introduction, the facts and the counts all repeat the incident's date, often without naming the
 * plaintiff beside it; each letter of the aftermath is dated once), the earliest on a tie. A date must be written
 * about the plaintiff at least once, or at least twice in all. `otherSentences`: every sentence not pleading
 * notice, those about the plaintiff included.
 */
export function incidentDay(sentencesAboutPlaintiff: Iterable<string>, otherSentences: Iterable<string> = []): number | undefined {
  const aboutPlaintiff = exactDateCounts(sentencesAboutPlaintiff);
  const everywhere = exactDateCounts(otherSentences);
  let best: number | undefined;
  let bestScore = 0;
  for (const at of new Set([...aboutPlaintiff.keys(), ...everywhere.keys()])) {
    const plaintiffCount = aboutPlaintiff.get(at) ?? 0;
    const total = everywhere.get(at) ?? 0;
    if (plaintiffCount === 0 && total < 2) continue;
    const score = 2 * plaintiffCount + total;
    if (score > bestScore || (score === bestScore && at < best!)) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/** How often each exact date is written in the sentences. */
function exactDateCounts(sentences: Iterable<string>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const sentence of sentences) {
    for (const span of datesIn(sentence)) if (span.from === span.to) counts.set(span.from, (counts.get(span.from) ?? 0) + 1);
  }
  return counts;
}

/**
 * Words that send a dated sentence back in time ("two years before", "an earlier lawsuit"); "before any hearing"
 * or "before trial" is the case's own later course, not the time before the incident.
 */
const LOOKS_BACK = /\b(?:before(?! (?:any |a |the )?(?:hearing|trial|arraignment|court date|conference|deadline|judge|magistrate)s?\b)|prior|earlier|previous(?:ly)?|preceding|already|since|ago|former(?:ly)?)\b/i;

/** The sentence is dated, every date it gives falls on or after the incident, and nothing in it looks back. */
export function datedOnlyAfter(sentence: string, incident: number): boolean {
  const spans = datesIn(sentence);
  return spans.length > 0 && spans.every((span) => span.from >= incident) && !LOOKS_BACK.test(sentence);
}
