import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SourceText } from '../../src/core/text/sourceText';
import { courtListenerSlug, extractCitations, findReporter, REPORTERS, tableOfAuthorities } from '../../src/core/citations';
import type { Citation } from '../../src/core/types';
import { loadCorpus, scoreDocument } from '../fixtures/citations/corpus';

function cites(text: string): Citation[] {
  return extractCitations(new SourceText(text));
}

function only(text: string, kind: Citation['kind'] = 'full-case'): Citation {
  const found = cites(text).filter((c) => c.kind === kind);
  assert.equal(found.length, 1, `expected one ${kind} in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0]!;
}

describe('citations: full case citations', () => {
  it('reads volume, reporter, page, pin, court and year', () => {
    const c = only('See Zuchel v. City & Cnty. of Denver, 997 F.2d 730, 735 (10th Cir. 1993).');
    assert.deepEqual(
      [c.volume, c.reporter, c.page, c.pin, c.court, c.year, c.caseName],
      [997, 'F.2d', 730, '735', '10th Cir.', 1993, 'Zuchel v. City & Cnty. of Denver'],
    );
  });

  for (const [pin, expected] of [
    ['388', '388'],
    ['388-89', '388-89'],
    ['388–91', '388–91'],
    ['388 n.4', '388 n.4'],
    ['388 & n.4', '388 & n.4'],
    ['388, 390', '388, 390'],
  ] as const) {
    it(`reads the pin cite ${pin}`, () => {
      assert.equal(only(`City of Canton v. Harris, 489 U.S. 378, ${pin} (1989).`).pin, expected);
    });
  }

  for (const [parenthetical, court, year] of [
    ['(1989)', undefined, 1989],
    ['(9th Cir. 1997)', '9th Cir.', 1997],
    ['(S.D.N.Y. 2015)', 'S.D.N.Y.', 2015],
    ['(5th Cir.1994)', '5th Cir.', 1994],
    ['(N.D. Ohio Mar. 3, 2020)', 'N.D. Ohio', 2020],
  ] as const) {
    it(`reads the court and year of ${parenthetical}`, () => {
      const c = only(`Doe v. Roe, 100 F.3d 200, 205 ${parenthetical}.`);
      assert.equal(c.court, court);
      assert.equal(c.year, year);
    });
  }

  for (const [sentence, name] of [
    ['*City of Canton v. Harris*, 489 U.S. 378, 388 (1989).', 'City of Canton v. Harris'],
    ['See Monell v. Department of Social Services of City of New York, 436 U.S. 658, 694 (1978).', 'Monell v. Department of Social Services of City of New York'],
    ['The Court so held. In re Grand Jury Subpoena, 100 F.3d 1, 5 (1st Cir. 1996).', 'In re Grand Jury Subpoena'],
    ['Estate of Smith v. Marasco, 318 F.3d 497, 505 (3d Cir. 2003).', 'Estate of Smith v. Marasco'],
    ['as the Court explained in _Connick v. Thompson_, 563 U.S. 51, 61 (2011).', 'Connick v. Thompson'],
    ['Liability is limited. Bd. of Cnty. Comm\'rs v. Brown, 520 U.S. 397, 404 (1997).', 'Bd. of Cnty. Comm\'rs v. Brown'],
  ] as const) {
    it(`reads the case name ${name}`, () => {
      assert.equal(only(sentence).caseName, name);
    });
  }

  it('reads a pin range whose end wraps to the next line, and the year after it', () => {
    const c = only('See United States v. Conroy, 567 F.3d 174, 178–\n79 (5th Cir. 2009).');
    assert.deepEqual([c.pin, c.court, c.year], ['178–79', '5th Cir.', 2009]);
  });

  it('reads a citation broken across lines, with its name', () => {
    const c = only('the rule of City of Canton\nv. Harris, 489\nU.S. 378, 388\n(1989), applies');
    assert.deepEqual([c.caseName, c.volume, c.reporter, c.page, c.pin, c.year], ['City of Canton v. Harris', 489, 'U.S.', 378, '388', 1989]);
    assert.equal(c.range.start.line, 1);
    assert.equal(c.range.end.line, 2);
  });

  it('reads parallel citations as one group sharing the name and year', () => {
    const all = cites('City of Canton v. Harris, 489 U.S. 378, 388, 109 S. Ct. 1197, 103 L. Ed. 2d 412 (1989).');
    assert.deepEqual(all.map((c) => c.normalized), ['489 U.S. 378', '109 S. Ct. 1197', '103 L. Ed. 2d 412']);
    assert.deepEqual(all.map((c) => c.year), [1989, 1989, 1989]);
    assert.deepEqual(all.map((c) => c.caseName), Array(3).fill('City of Canton v. Harris'));
    assert.deepEqual(all.map((c) => c.parallel), [undefined, 0, 0]);
    assert.equal(all[0]!.pin, '388');
  });

  for (const [written, standard] of [
    ['U. S.', 'U.S.'],
    ['US', 'U.S.'],
    ['S.Ct.', 'S. Ct.'],
    ['F. 3d', 'F.3d'],
    ['F.Supp.2d', 'F. Supp. 2d'],
    ['F. Supp. 3d', 'F. Supp. 3d'],
    ["F. App'x", "F. App'x"],
    ['F. Appx', "F. App'x"],
    ['L.Ed.2d', 'L. Ed. 2d'],
    ['So.2d', 'So. 2d'],
    ['N.E.2d', 'N.E.2d'],
    ['Cal. Rptr. 3d', 'Cal. Rptr. 3d'],
    ['S.W.3d', 'S.W.3d'],
    ['F.2nd', 'F.2d'],
  ] as const) {
    it(`normalises the reporter ${written} to ${standard}`, () => {
      assert.equal(only(`Doe v. Roe, 12 ${written} 345 (2001).`).reporter, standard);
    });
  }

  it('reads Westlaw and LEXIS citations with star pages', () => {
    const wl = only('Doe v. City of Akron, No. 5:19-cv-1, 2020 WL 1234567, at *3 (N.D. Ohio Mar. 3, 2020).');
    assert.deepEqual([wl.volume, wl.reporter, wl.page, wl.pin, wl.year], [2020, 'WL', 1234567, '*3', 2020]);
    const lexis = only('Doe v. Roe, 2019 U.S. Dist. LEXIS 12345, at *4 (S.D.N.Y. 2019).');
    assert.deepEqual([lexis.reporter, lexis.page, lexis.pin], ['U.S. Dist. LEXIS', 12345, '*4']);
  });

  it('reads a blank page (slip opinion) without inventing a page or link', () => {
    const c = only('Barnes v. Felix, 605 U.S. ___ (2025).');
    assert.equal(c.page, undefined);
    assert.equal(c.url, undefined);
    assert.equal(c.year, 2025);
  });

  it('reads an early Supreme Court citation with its nominative reporter', () => {
    const c = only("McCulloch v. Maryland, 17 U.S. (4 Wheat.) 316, 407 (1819).");
    assert.deepEqual([c.volume, c.reporter, c.page, c.pin, c.year], [17, 'U.S.', 316, '407', 1819]);
  });

  it('does not read numbers in prose as citations', () => {
    assert.deepEqual(cites('On March 3, 2025, 5 officers arrived at 9:40 p.m. and stayed 25 seconds. Case No. 1:26-cv-00417.'), []);
    assert.deepEqual(cites('He fired 3 Tasers 5 times in 2 U.S. cities.'), []);
  });
});

describe('citations: links', () => {
  it('links a case to the CourtListener citation URL with the reporter slug', () => {
    assert.equal(only('Graham v. Connor, 490 U.S. 386 (1989)').url, 'https://www.courtlistener.com/c/us/490/386/');
    assert.equal(only('Doe v. Roe, 31 F.3d 375 (6th Cir. 1994)').url, 'https://www.courtlistener.com/c/f3d/31/375/');
    assert.equal(only('Doe v. Roe, 100 F. Supp. 2d 1 (D. Mass. 2000)').url, 'https://www.courtlistener.com/c/f-supp-2d/100/1/');
    assert.equal(only("Doe v. Roe, 100 F. Appx 1 (5th Cir. 2004)").url, 'https://www.courtlistener.com/c/f-appx/100/1/');
  });

  it('uses an exact opinion URL when the lookup knows one', () => {
    const source = new SourceText('Monroe v. Pape, 365 U.S. 167 (1961); Graham v. Connor, 490 U.S. 386 (1989).');
    const found = extractCitations(source, {
      opinionUrl: ({ volume, reporter, page }) =>
        volume === 365 && reporter === 'U.S.' && page === 167 ? 'https://www.courtlistener.com/opinion/106272/monroe-v-pape/' : undefined,
    });
    assert.deepEqual(found.map((c) => c.url), ['https://www.courtlistener.com/opinion/106272/monroe-v-pape/', 'https://www.courtlistener.com/c/us/490/386/']);
  });

  it('gives every reporter a CourtListener slug', () => {
    for (const reporter of REPORTERS) assert.match(courtListenerSlug(reporter.name), /^[a-z0-9]+(?:-[a-z0-9]+)*$/, reporter.name);
    assert.equal(courtListenerSlug('L. Ed. 2d'), 'l-ed-2d');
    assert.equal(findReporter('F.Supp.3d')?.name, 'F. Supp. 3d');
  });
});

describe('citations: short forms, id. and supra', () => {
  const text = [
    'City of Canton v. Harris, 489 U.S. 378, 388 (1989); Graham v. Connor, 490 U.S. 386, 396 (1989).',
    'The need must be obvious. Canton, 489 U.S. at 390. Force is judged objectively. Graham, 490 U.S. at 397.',
    '*Id.* at 398. Deliberate indifference is a stringent standard. Canton, supra, at 391. See id. at 392.',
  ].join('\n');
  const all = cites(text);
  const at = (snippet: string) => all.find((c) => c.text.includes(snippet))!;

  it('resolves a short form to the full citation with its volume and reporter', () => {
    const canton = at('489 U.S. at 390');
    assert.equal(canton.kind, 'short-case');
    assert.equal(all[canton.antecedent!]!.normalized, '489 U.S. 378');
    assert.equal(canton.pin, '390');
    assert.equal(canton.url, 'https://www.courtlistener.com/c/us/489/378/');
    assert.equal(canton.caseName, 'City of Canton v. Harris');
  });

  it('resolves id. to the authority cited just before it', () => {
    const id = all.find((c) => c.kind === 'id' && c.pin === '398')!;
    assert.equal(all[id.antecedent!]!.normalized, '490 U.S. 386');
    const last = all.find((c) => c.kind === 'id' && c.pin === '392')!;
    assert.equal(all[last.antecedent!]!.normalized, '489 U.S. 378', 'id. after a supra refers to the supra case');
  });

  it('resolves supra to the case it names', () => {
    const supra = all.find((c) => c.kind === 'supra')!;
    assert.equal(all[supra.antecedent!]!.caseName, 'City of Canton v. Harris');
    assert.equal(supra.pin, '391');
  });

  it('resolves *Id.*, _Id._ and **Id.** in Markdown', () => {
    for (const id of ['*Id.*', '_Id._', '**Id.**']) {
      const found = cites(`Graham v. Connor, 490 U.S. 386 (1989). ${id} at 396.`);
      assert.equal(found[1]?.kind, 'id', id);
      assert.equal(found[1]!.antecedent, 0, id);
      assert.equal(found[1]!.pin, '396');
    }
  });

  it('resolves id. past an authority cited inside the parenthetical before it (Bluebook R. 4.1)', () => {
    const found = cites('City of Canton v. Harris, 489 U.S. 378, 390 (1989) (holding that inadequate training can be a policy under Monell v. Department of Social Services, 436 U.S. 658, 694 (1978)). Id. at 391.');
    const id = found.find((c) => c.kind === 'id')!;
    assert.equal(found[id.antecedent!]!.normalized, '489 U.S. 378');
    // The case inside the parenthetical is still read, linked, and a later short form finds it.
    assert.ok(found.some((c) => c.normalized === '436 U.S. 658'));
    const later = cites('Canton v. Harris, 489 U.S. 378 (1989) (quoting Monell v. Dep\'t of Soc. Servs., 436 U.S. 658 (1978)). Monell, 436 U.S. at 690. Id. at 691.');
    assert.equal(later[later.find((c) => c.kind === 'id')!.antecedent!]!.normalized, '436 U.S. 658', 'id. after a short form outside the parenthetical refers to it');
    // A stray parenthesis does not hide the next paragraph's authorities from id.
    const stray = cites('1) The officer fired (as he admitted.\n\nGraham v. Connor, 490 U.S. 386 (1989). Id. at 396.');
    assert.equal(stray.find((c) => c.kind === 'id')?.antecedent, 0);
  });

  it('does not resolve id. to a case when a record cite came between', () => {
    for (const record of ['Compl. ¶ 12.', 'ECF No. 7 at 3.', 'Dkt. 14 at 2.']) {
      const found = cites(`Graham v. Connor, 490 U.S. 386 (1989). The officer fired five times. ${record} Id. at 4.`);
      assert.deepEqual(found.map((c) => c.kind), ['full-case'], record);
    }
  });

  it('resolves a short form of a parallel reporter and supra note is left alone', () => {
    const found = cites('City of Canton v. Harris, 489 U.S. 378, 109 S. Ct. 1197 (1989). Canton, 109 S. Ct. at 1204. Smith, supra note 3.');
    const short = found.find((c) => c.kind === 'short-case')!;
    assert.equal(found[short.antecedent!]!.normalized, '109 S. Ct. 1197');
    assert.equal(found.some((c) => c.kind === 'supra'), false);
  });

  it('reads the Supreme Court short form with a comma before "at" (`539 U. S., at 334`)', () => {
    const found = cites('Hopwood v. Texas, 78 F. 3d 932, 955 (1996). Grutter v. Bollinger, 539 U. S. 306 (2003). Grutter, 539 U. S., at 334. 78 F. 3d, at 940.');
    const shorts = found.filter((c) => c.kind === 'short-case');
    assert.deepEqual(shorts.map((c) => [c.text, c.volume, c.reporter, c.pin]), [
      ['539 U. S., at 334', 539, 'U.S.', '334'],
      ['78 F. 3d, at 940', 78, 'F.3d', '940'],
    ]);
    assert.deepEqual(shorts.map((c) => found[c.antecedent!]!.normalized), ['539 U.S. 306', '78 F.3d 932']);
    assert.equal(found.filter((c) => c.kind === 'full-case').length, 2, '`78 F. 3d, at` is not a full citation to page 3 of F.');
  });

  it('resolves a short form to the case of that volume whose first page is closest below the pin', () => {
    // Grutter (539 U.S. 306) and Gratz (539 U.S. 244) share a volume; Gratz was cited last.
    const found = cites('Grutter v. Bollinger, 539 U.S. 306 (2003); Gratz v. Bollinger, 539 U.S. 244 (2003). 539 U.S. at 326. 539 U.S. at 270.');
    const shorts = found.filter((c) => c.kind === 'short-case');
    assert.deepEqual(shorts.map((c) => found[c.antecedent!]!.normalized), ['539 U.S. 306', '539 U.S. 244']);
  });

  it('reads the whole name of `Grutter v. Bollinger, supra`', () => {
    const text = 'Grutter v. Bollinger, 539 U.S. 306 (2003). Following this Court’s decisions in Grutter v. Bollinger,\nsupra, the University acted.';
    const supra = cites(text).find((c) => c.kind === 'supra')!;
    assert.equal(supra.text, 'Grutter v. Bollinger,\nsupra');
    assert.equal(supra.caseName, 'Grutter v. Bollinger');
  });

  it('skips a slip opinion’s running head, so id. after a page break refers to the case cited before it', () => {
    const text = 'Grutter v. Bollinger, 539 U. S. 306, 328 (2003). Grutter concluded that\n                 Cite as: 570 U. S. ____ (2013)            9\n\ndiversity is a goal. Id., at 330. A writ was granted. 565 U. S. ___ (2012).';
    const found = cites(text);
    assert.deepEqual(found.map((c) => c.text), ['539 U. S. 306', 'Id., at 330', '565 U. S. ___'], 'a blank-page citation in the text is still read');
    assert.equal(found[1]!.antecedent, 0);
  });
});

describe('citations: statutes and rules', () => {
  it('reads a U.S. Code section and links it to the official text', () => {
    const c = only('This action arises under 42 U.S.C. § 1983.', 'statute');
    assert.deepEqual([c.volume, c.reporter, c.section, c.normalized], [42, 'U.S.C.', '1983', '42 U.S.C. § 1983']);
    assert.equal(c.url, 'https://www.law.cornell.edu/uscode/text/42/1983');
  });

  it('reads every section of §§ lists with subsections', () => {
    const found = cites('jurisdiction under 28 U.S.C. §§ 1331, 1343(a)(3). Fees under 42 U.S.C. §§ 1983 and 1988.');
    assert.deepEqual(found.map((c) => c.normalized), ['28 U.S.C. § 1331', '28 U.S.C. § 1343(a)(3)', '42 U.S.C. § 1983', '42 U.S.C. § 1988']);
    assert.deepEqual(found.map((c) => c.text), ['28 U.S.C. §§ 1331', '1343(a)(3)', '42 U.S.C. §§ 1983', '1988']);
  });

  it('infers the title of a bare § 1983 from the draft or the usual title', () => {
    const found = cites('A claim under §§ 1983 and 1988 lies.');
    assert.deepEqual(found.map((c) => c.url), ['https://www.law.cornell.edu/uscode/text/42/1983', 'https://www.law.cornell.edu/uscode/text/42/1988']);
  });

  it('reads a state code section', () => {
    const c = only('immunity under Ohio Rev. Code Ann. § 2744.02(B)(5) does not apply', 'statute');
    assert.deepEqual([c.reporter, c.section, c.pin], ['Ohio Rev. Code Ann.', '2744.02', '(B)(5)']);
  });

  it('recognises the Federal Rules as rules and links them', () => {
    const c = only('The motion under Fed. R. Civ. P. 12(b)(6) fails.', 'rule');
    assert.deepEqual([c.normalized, c.url], ['Fed. R. Civ. P. 12(b)(6)', 'https://www.law.cornell.edu/rules/frcp/rule_12']);
    assert.equal(only('Fed. R. Evid. 404(b)', 'rule').url, 'https://www.law.cornell.edu/rules/fre/rule_404');
  });
});

describe('citations: the sample complaint', () => {
  const all = cites(readFileSync('samples/complaint.md', 'utf8'));

  it('links 489 U.S. 378 and resolves *Id.* at 390 to it', () => {
    const canton = all.findIndex((c) => c.text === '489 U.S. 378');
    assert.ok(canton >= 0);
    assert.equal(all[canton]!.url, 'https://www.courtlistener.com/c/us/489/378/');
    const id = all.find((c) => c.kind === 'id' && c.pin === '390')!;
    assert.equal(id.antecedent, canton);
    assert.equal(id.url, all[canton]!.url);
  });

  it('finds the statutes and the jury-demand rule', () => {
    const normalized = all.map((c) => c.normalized);
    for (const expected of ['42 U.S.C. § 1983', '28 U.S.C. § 1331', '28 U.S.C. § 1343(a)(3)', '42 U.S.C. § 1988', 'Fed. R. Civ. P. 38']) {
      assert.ok(normalized.includes(expected), expected);
    }
  });
});

describe('citations: robustness', () => {
  it('never throws on odd text', () => {
    for (const text of ['', '§', '§§', 'Id.', 'supra', '1 U.S.', 'v. v.', '(((', '1 U.S. 1, , , (', '\u0000\uffff', '*Id.*', '42 U.S.C. §']) {
      assert.doesNotThrow(() => cites(text), text);
    }
  });

  /**
   * Best times of extracting `unit` repeated to 256 KB and to 1 MB, measured alternately so that a
   * burst of load on the machine or JIT warm-up does not favour one size.
   */
  function timesFor(unit: string, largeBytes: number): { small: number; large: number } {
    const small = unit.repeat(Math.ceil(largeBytes / 4 / unit.length)).slice(0, largeBytes / 4);
    const large = unit.repeat(Math.ceil(largeBytes / unit.length)).slice(0, largeBytes);
    const best = { small: Infinity, large: Infinity };
    for (let i = 0; i < 3; i++) {
      for (const [key, text] of [['small', small], ['large', large]] as const) {
        const start = performance.now();
        cites(text);
        best[key] = Math.min(best[key], performance.now() - start);
      }
    }
    return best;
  }

  const MB = 1024 * 1024;
  // The issue's inputs at a megabyte; inputs that are one citation every few characters (a hundred
  // times denser than any draft) at a quarter of that, to keep the suite quick.
  for (const [label, unit, bytes] of [
    ['v. v. v.', 'v. ', MB],
    ['digits and spaces', '1 2 34 567 ', MB],
    ['§', '§', MB],
    ['§ 1 §', '§ 1 ', MB / 4],
    ['volumes and reporters', '1 U.S. ', MB / 4],
    ['ids', 'Id. at ', MB / 4],
    ['case names', 'Doe v. Roe, 1 F.3d 1, 2, ', MB / 4],
    ['open parentheses', '1 U.S. 1 (((((((((', MB / 4],
  ] as const) {
    it(`runs in linear time on ${bytes === MB ? 'a megabyte' : `${bytes / 1024} KB`} of "${label}"`, function () {
      this.timeout(60_000);
      const { small, large } = timesFor(unit, bytes);
      // Four times the input should take about four times as long (sorting adds a log factor, the
      // garbage collector noise); quadratic would be sixteen times, and seconds, not milliseconds.
      assert.ok(large < Math.max(10 * small, 150), `256 KB: ${small.toFixed(1)} ms, 1 MB: ${large.toFixed(1)} ms`);
    });
  }
});

describe('citations: accuracy on the labelled corpus of opinion text', () => {
  for (const document of loadCorpus()) {
    it(`finds and resolves the citations of ${document.name} (≥ 98% precision and recall)`, () => {
      const source = new SourceText(document.text);
      const score = scoreDocument(document, extractCitations(source), (c) => source.offsetAt(c.range.start));
      assert.ok(score.labels >= 50, 'the corpus document is labelled');
      assert.ok(score.recall >= 0.98 && score.precision >= 0.98, `recall ${score.recall}, precision ${score.precision}:\n${score.errors.join('\n')}`);
    });
  }
});

describe('citations: table of authorities', () => {
  it('groups parallel cites, short forms, id. and supra under their case, and statutes by section', () => {
    const all = cites([
      'Graham v. Connor, 490 U.S. 386 (1989). City of Canton v. Harris, 489 U.S. 378, 109 S. Ct. 1197 (1989).',
      'Id. at 390. Canton, 489 U.S. at 391. Canton, supra, at 392. Graham, 490 U.S. at 396.',
      'Under 28 U.S.C. §§ 1331 and 1343(a)(3), and 28 U.S.C. § 1343(a)(4). Fed. R. Civ. P. 38.',
    ].join('\n'));
    const groups = tableOfAuthorities(all);
    assert.deepEqual(groups.map((g) => [g.kind, g.title, g.citations.length]), [
      ['case', 'City of Canton v. Harris, 489 U.S. 378, 109 S. Ct. 1197 (1989)', 5],
      ['case', 'Graham v. Connor, 490 U.S. 386 (1989)', 2],
      ['statute', '28 U.S.C. § 1331', 1],
      ['statute', '28 U.S.C. § 1343', 2],
      ['rule', 'Fed. R. Civ. P. 38', 1],
    ]);
  });
});
