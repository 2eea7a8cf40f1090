import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import type { ProblemCode } from './model';
import { PROBLEM_KEYS, problemText } from './problem-text';

const en = {
  t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
    translate('en', k, p),
};
const ja = {
  t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
    translate('ja', k, p),
};

describe('problemText', () => {
  it.each([
    [{ step: 2, code: 'emptyCaption' as ProblemCode }, en, /^Step 2: the caption is empty/],
    [{ step: 0, code: 'noSteps' as ProblemCode }, en, /^the tour has no steps$/],
    [
      { step: 1, code: 'unknownLink' as ProblemCode, value: 'AAA-BBB' },
      ja,
      /^ステップ 1: .*AAA-BBB/,
    ],
  ])('%j', (problem, app, expected) => {
    expect(problemText(app, problem)).toMatch(expected);
  });
  it('has a message in both languages for every code, with its value', () => {
    for (const [code, key] of Object.entries(PROBLEM_KEYS)) {
      for (const lang of ['ja', 'en'] as const) {
        const text = translate(lang, key, { value: 'VAL' });
        expect(text, `${code} ${lang}`).not.toMatch(/\{value\}/);
      }
    }
  });
});
