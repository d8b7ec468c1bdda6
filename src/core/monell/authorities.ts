/**
 * The law the Monell analysis encodes: the cases each message cites, and for each element of a
 * failure-to-train (supervise, discipline) claim the rule, the leading case and what would cure a gap.
 * Citations are checked against the U.S. Reports; URLs use CourtListener's citation form.
 */
import type { Authority } from '../types';

function reporterUrl(volume: number, reporter: string, page: number): string {
  return `https://www.courtlistener.com/c/${reporter}/${volume}/${page}/`;
}

export const CASES = {
  canton: { caseName: 'City of Canton v. Harris', citation: '489 U.S. 378 (1989)', url: reporterUrl(489, 'U.S.', 378) },
  connick: { caseName: 'Connick v. Thompson', citation: '563 U.S. 51 (2011)', url: reporterUrl(563, 'U.S.', 51) },
  bryanCounty: {
    caseName: 'Board of County Commissioners of Bryan County v. Brown',
    citation: '520 U.S. 397 (1997)',
    url: reporterUrl(520, 'U.S.', 397),
  },
  monell: { caseName: 'Monell v. Department of Social Services', citation: '436 U.S. 658 (1978)', url: reporterUrl(436, 'U.S.', 658) },
  newport: { caseName: 'City of Newport v. Fact Concerts, Inc.', citation: '453 U.S. 247 (1981)', url: reporterUrl(453, 'U.S.', 247) },
  iqbal: { caseName: 'Ashcroft v. Iqbal', citation: '556 U.S. 662 (2009)', url: reporterUrl(556, 'U.S.', 662) },
  deanVBarber: { caseName: 'Dean v. Barber', citation: '951 F.2d 1210 (11th Cir. 1992)', url: reporterUrl(951, 'F.2d', 1210) },
  will: { caseName: 'Will v. Michigan Department of State Police', citation: '491 U.S. 58 (1989)', url: reporterUrl(491, 'U.S.', 58) },
} as const satisfies Record<string, Authority>;

export type ElementKey = 'deficiency' | 'deliberateIndifference' | 'causation';
export const ELEMENT_KEYS: readonly ElementKey[] = ['deficiency', 'deliberateIndifference', 'causation'];

export interface ElementInfo {
  readonly key: ElementKey;
  /** Short name shown in the view and the report. */
  readonly label: string;
  /** The rule, with its pin cite. */
  readonly rule: string;
  readonly authority: Authority;
  readonly primerSlug: string;
  /** The code suffix, e.g. `no-causation` in `failure-to-train/no-causation`. */
  readonly codeSuffix: string;
  readonly cure: string;
}

export const ELEMENTS: Readonly<Record<ElementKey, ElementInfo>> = {
  deficiency: {
    key: 'deficiency',
    label: 'Specific deficiency',
    rule: 'The complaint must identify what training (supervision, discipline) was missing or inadequate and tie it to the conduct; "failed to properly train its officers" is a conclusion (City of Canton v. Harris, 489 U.S. 378, 390–91 (1989)).',
    authority: CASES.canton,
    primerSlug: 'failure-to-train',
    codeSuffix: 'no-specific-deficiency',
    cure: 'State what the training did not cover and on what subject, e.g. "The City provided no training on recognizing a detainee\'s medical emergency."',
  },
  deliberateIndifference: {
    key: 'deliberateIndifference',
    label: 'Deliberate indifference',
    rule: 'Policymakers must have been on notice: ordinarily a pattern of similar prior violations (Connick v. Thompson, 563 U.S. 51, 62 (2011)), or, rarely, a need for training so obvious that a single incident suffices (City of Canton v. Harris, 489 U.S. 378, 390 n.10 (1989)). "Deliberately indifferent" and "knew or should have known" are labels.',
    authority: CASES.connick,
    primerSlug: 'deliberate-indifference',
    codeSuffix: 'no-deliberate-indifference',
    cure: 'Plead the prior similar incidents, complaints or lawsuits that gave notice (dates, numbers, case names), or facts that made the need for training obvious (how often officers face the situation).',
  },
  causation: {
    key: 'causation',
    label: 'Causation (moving force)',
    rule: 'The deficiency must be the "moving force" behind the injury (Board of County Commissioners of Bryan County v. Brown, 520 U.S. 397, 404 (1997)): facts that connect the gap in training to what the officer did. "As a result, Plaintiff was injured" is a conclusion.',
    authority: CASES.bryanCounty,
    primerSlug: 'moving-force-causation',
    codeSuffix: 'no-causation',
    cure: 'Connect the gap to the conduct, e.g. "Because Officer Kroll had never been trained on X, he did Y."',
  },
};

/** Theories of municipal liability the engine recognises. */
export type Theory =
  | 'failure-to-train'
  | 'failure-to-supervise'
  | 'failure-to-discipline'
  | 'official-policy'
  | 'custom'
  | 'final-policymaker'
  | 'ratification';

export const INADEQUACY_THEORIES: readonly Theory[] = ['failure-to-train', 'failure-to-supervise', 'failure-to-discipline'];

export const THEORY_LABELS: Readonly<Record<Theory, string>> = {
  'failure-to-train': 'Failure to train',
  'failure-to-supervise': 'Failure to supervise',
  'failure-to-discipline': 'Failure to discipline',
  'official-policy': 'Official policy',
  custom: 'Custom or practice',
  'final-policymaker': 'Final policymaker',
  ratification: 'Ratification',
};
