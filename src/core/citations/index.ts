import type { Citation } from '../types';
import type { SourceText } from '../text/sourceText';

/** Every case, statute and rule citation in the draft, in document order. */
export function extractCitations(_source: SourceText): Citation[] {
  return [];
}
