/**
 * Reading a case name backwards from the citation that follows it. Works on a bounded window before
 * the citation, token by token, so its cost does not depend on the length of the draft.
 */

/** How far before a citation its case name may start. */
export const NAME_WINDOW = 180;

/** Lower-case words that may sit inside a party name. */
const CONNECTORS = new Set([
  'of', 'the', 'and', '&', 'for', 'ex', 'rel.', 'de', 'la', 'del', 'van', 'von', 'on', 'behalf', 'in', 'to', 'a', 'an', 'et', 'al.', 'al.,', 'by', 'through', 'under', 'its',
]);

/** Words that open a citation sentence or clause and are never part of a case name. */
const STOP_WORDS = new Set([
  'see', 'see,', 'cf.', 'cf.,', 'but', 'accord', 'accord,', 'also', 'e.g.,', 'e.g.', 'compare', 'with', 'quoting', 'citing', 'contra', 'under',
  'and', 'in', 'as', 'held', 'in', 'per', 'following', 'overruling', 'overruled', 'abrogated', 'aff\'d', 'rev\'d', 'cert.', 'denied,', 'e.g.,',
]);

/** Capitalised abbreviations ending in a period that do not end a sentence. */
function isAbbreviation(token: string): boolean {
  if (!token.endsWith('.')) return false;
  if (/^(?:[A-Z]\.){1,4}$/.test(token)) return true; // U.S., N.Y., E.
  return /^(?:Co|Corp|Inc|Ltd|Bros|Dep't|Dept|Ass'n|Assn|Bd|Comm'n|Comm'r|Cnty|Cty|Dist|Sch|Univ|Gov't|Twp|Vill|Mun|Auth|Hosp|Ins|Mfg|Nat'l|Int'l|Am|Fed|Sav|Bank|Corr|Serv|Servs|Soc|Cal|Fla|Tex|Mich|Mass|Ill|Pa|Va|Md|Ga|Wash|Ariz|Colo|Conn|Ky|La|Minn|Miss|Mo|Neb|Nev|Okla|Or|Tenn|Wis|Ala|Ark|Del|Kan|Mont|Jr|Sr|St|Mt|Ft|No|Dr|Mr|Mrs|Ms|Hon|Sec'y|Att'y|Dir|Adm'r|Emps|Empl|Prot|Pub|Ret|Sys|Transp|Tel|Elec|Envtl|Hous|Indus|Mgmt|Cmty|Ctr|Det|Dev|Educ|Equal|Exch|Fin|Gen|Grp|Hum|Info|Inv|Lab|Med|Prods|Prop|Reg|Res|Sci|Sec|Sols|Tech|Util|Admin|Com|Consol|Constr|Coop|Emp|Enter|Entm't|Enf't|Eng'g)\.$/.test(token);
}

function isCapitalised(token: string): boolean {
  const first = token.replace(/^[*_("'“‘[]+/, '').charAt(0);
  return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
}

function stripEmphasis(text: string): string {
  return text.replace(/^[*_\s]+|[*_\s]+$/g, '');
}

/** Ends a sentence or clause: a lower-case word ending in `.`, or any `;` `:` `?` `!`, or `).`. */
function endsClause(token: string): boolean {
  if (/[;:?!]$/.test(token) || /[)\]]\.?$/.test(token)) return true;
  if (token.endsWith('.') && !isAbbreviation(token)) {
    const bare = token.replace(/[*_]/g, '');
    if (/^[a-z]/.test(bare)) return true;
    if (bare.length > 6 && !/^[A-Z][a-z]{0,3}\.$/.test(bare)) return true;
  }
  return false;
}

/**
 * Walks tokens back from the end of `text`, collecting a party name: capitalised words and the
 * connectors between them, stopping at a signal, a clause end or `limit` tokens.
 */
function partyBefore(text: string, limit: number): string | undefined {
  // A party name of `limit` tokens fits in the last 160 characters.
  const tokens = text.slice(-160).split(' ').filter((t) => t.length > 0);
  let taken = 0;
  let i = tokens.length - 1;
  for (; i >= 0 && taken < limit; i--) {
    const raw = tokens[i]!;
    const token = raw.replace(/^[*_]+/, '');
    const lower = token.toLowerCase();
    if (raw.startsWith('*') || raw.startsWith('_')) {
      // An emphasis mark opens the name: include this word unless it is a signal.
      if (isCapitalised(token) && !STOP_WORDS.has(lower)) i--;
      break;
    }
    if (endsClause(token) && taken === 0 && i === tokens.length - 1) {
      // The word right before `v.` may be an abbreviation like `Inc.` handled above; otherwise the name is empty.
      if (!isAbbreviation(token)) return undefined;
    } else if (endsClause(token)) break;
    // `Indeed, United States v. Ruiz`: a word with a comma before the name is prose, not a party.
    if (taken > 0 && token.endsWith(',') && !isAbbreviation(token.slice(0, -1))) break;
    if (STOP_WORDS.has(lower) && !(lower === 'in' && tokens[i + 1] === 're')) break;
    if (!isCapitalised(token) && !CONNECTORS.has(lower)) break;
    taken++;
  }
  const start = i + 1;
  let words = tokens.slice(start);
  // Leading connectors and footnote numbers (`2 McCarthy v. United States`) are not part of the name.
  while (words.length > 0 && (CONNECTORS.has(words[0]!.replace(/^[*_]+/, '').toLowerCase()) || /^\d{1,3}$/.test(words[0]!))) words = words.slice(1);
  if (words.length === 0) return undefined;
  return stripEmphasis(words.join(' '));
}

/** The party after `v.`, up to the end of `text`; undefined when it runs into a clause end. */
function partyAfter(text: string): string | undefined {
  const party = stripEmphasis(text.trim());
  if (party.length === 0 || party.length > 160) return undefined;
  const tokens = party.split(/\s+/);
  if (tokens.length > 18) return undefined;
  for (let i = 0; i < tokens.length - 1; i++) if (endsClause(tokens[i]!) && !isAbbreviation(tokens[i]!)) return undefined;
  if (!isCapitalised(tokens[0]!) && !/^(?:the|de|la|van|von|al-)/.test(tokens[0]!)) return undefined;
  // A party name ends in a capitalised word (`Harris`, `Inc.`) or `al.`; one that runs through a
  // citation (`Black, 904 F.2d 950, ... vacated on other grounds`) is not a name.
  const last = tokens[tokens.length - 1]!.replace(/[*_,]+$/, '');
  if (!isCapitalised(last) && last !== 'al.' && !/\)$/.test(last)) return undefined;
  if (/\d{1,4}\s+[A-Z][A-Za-z.']*\s*\d|\(\d{4}\)/.test(party)) return undefined;
  return party;
}

/**
 * The case name that ends right before offset `end` (which is just past the comma and spaces that
 * separate a name from its volume), or undefined when there is none. Handles Markdown emphasis
 * (`*City of Canton v. Harris*,`), `In re`, `Ex parte`, `Matter of`.
 */
export function caseNameBefore(text: string, end: number): { name: string; start: number } | undefined {
  let i = end;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  if (text.charAt(i - 1) !== ',') return undefined;
  i--;
  let nameEnd = i;
  // Closing emphasis: find its opening mark.
  let marker = '';
  while (nameEnd > 0 && (text.charAt(nameEnd - 1) === '*' || text.charAt(nameEnd - 1) === '_') && marker.length < 3) {
    marker = text.charAt(nameEnd - 1) + marker;
    nameEnd--;
  }
  const windowStart = Math.max(0, nameEnd - NAME_WINDOW);
  if (marker) {
    const before = text.slice(windowStart, nameEnd);
    const open = windowStart + before.lastIndexOf(marker);
    if (open >= windowStart && before.lastIndexOf(marker) >= 0) {
      const inner = text.slice(open + marker.length, nameEnd);
      if (!inner.includes('\n\n') && /^\s*\S/.test(inner) && (/\sv\.?\s|^In re\s|^Ex parte\s|^Matter of\s|^Estate of\s/.test(inner) || /^[A-Z]/.test(inner))) {
        const name = inner.replace(/\s+/g, ' ').trim();
        const leading = inner.length - inner.trimStart().length;
        // A signal inside the emphasis (`*See Monell v. ...*`) is not part of the name.
        const signal = /^(?:See also|See, e\.g\.,|See|Cf\.|But see|Accord|Compare|E\.g\.,)\s+/.exec(name);
        return signal
          ? { name: name.slice(signal[0].length), start: open + marker.length + leading + signal[0].length }
          : { name, start: open + marker.length + leading };
      }
    }
  }
  const segment = text.slice(windowStart, nameEnd);
  if (segment.includes('\n\n')) {
    const cut = segment.lastIndexOf('\n\n');
    return nameIn(segment.slice(cut + 2), windowStart + cut + 2);
  }
  return nameIn(segment, windowStart);
}

function lastOf(text: string, needles: readonly string[]): { index: number; needle: string } | undefined {
  let best: { index: number; needle: string } | undefined;
  for (const needle of needles) {
    const index = text.lastIndexOf(needle);
    if (index >= 0 && (!best || index > best.index)) best = { index, needle };
  }
  return best;
}

const VERSUS = [' v. ', ' vs. ', ' v ', '*v.* ', ' _v._ '];
const SPECIAL = ['In re ', 'Ex parte ', 'In the Matter of ', 'Matter of '];

function nameIn(segment: string, offset: number): { name: string; start: number } | undefined {
  // Same length as `segment`, so indexes carry over; a name may break across lines.
  const flat = segment.replace(/\s/g, ' ');
  const versus = lastOf(flat, VERSUS);
  const special = lastOf(flat, SPECIAL);
  if (versus && !(special && special.index > versus.index)) {
    const defendant = partyAfter(flat.slice(versus.index + versus.needle.length));
    if (defendant === undefined) return undefined;
    const before = flat.slice(0, versus.index);
    const plaintiff = partyBefore(before, 14);
    if (plaintiff === undefined) return undefined;
    const name = `${plaintiff} v. ${defendant}`.replace(/\s+/g, ' ');
    const startInSegment = before.lastIndexOf(plaintiff.split(' ')[0]!);
    return { name, start: offset + Math.max(0, startInSegment) };
  }
  if (special) {
    const name = stripEmphasis(flat.slice(special.index)).replace(/\s+/g, ' ');
    if (name.length > 160 || name.length <= special.needle.length) return undefined;
    return { name, start: offset + special.index };
  }
  return undefined;
}

/**
 * The short name right before `end` in `Canton, 489 U.S. at 390` or `Canton, supra`: up to four
 * capitalised tokens (with connectors), without emphasis marks. Undefined when there is none.
 */
export function shortNameBefore(text: string, end: number): string | undefined {
  let i = end;
  while (i > 0 && end - i < 8 && /\s/.test(text.charAt(i - 1))) i--;
  if (text.charAt(i - 1) === ',') i--;
  const segment = text.slice(Math.max(0, i - 80), i);
  const lineStart = Math.max(segment.lastIndexOf('\n'), -1);
  const words = segment.slice(lineStart + 1).split(/\s+/).filter((t) => t.length > 0);
  const taken: string[] = [];
  for (let k = words.length - 1; k >= 0 && taken.length < 5; k--) {
    const raw = words[k]!;
    const token = raw.replace(/^[*_]+|[*_]+$/g, '');
    const lower = token.toLowerCase();
    // `Grutter v. Bollinger, supra`: the versus joins the parties' names.
    if (taken.length > 0 && (lower === 'v.' || lower === 'vs.')) {
      taken.unshift(token);
      continue;
    }
    if (taken.length > 0 && (endsClause(token) || /,$/.test(token))) break;
    if (STOP_WORDS.has(lower) || /^\d+[.,;:]?$/.test(token)) break;
    if (!isCapitalised(token) && !CONNECTORS.has(lower)) break;
    taken.unshift(token);
    if (/^[*_]/.test(raw)) break;
  }
  while (taken.length > 0 && CONNECTORS.has(taken[0]!.toLowerCase())) taken.shift();
  const name = taken.join(' ').replace(/[,]$/, '');
  return name.length > 0 && /[A-Za-z]/.test(name) ? name : undefined;
}
