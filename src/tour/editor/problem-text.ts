/**
 * A problem of a teacher's tour in the reader's language: "Step 2: the caption is empty…".
 */
import type { MessageKey } from '../../i18n/messages';
import type { ProblemCode, StepProblem } from './model';

/** One message per problem (TypeScript checks that every code has one). */
export const PROBLEM_KEYS: Record<ProblemCode, MessageKey> = {
  badId: 'toursProblem_badId',
  duplicateId: 'toursProblem_duplicateId',
  noSteps: 'toursProblem_noSteps',
  tooManySteps: 'toursProblem_tooManySteps',
  camera: 'toursProblem_camera',
  unknownRegion: 'toursProblem_unknownRegion',
  unknownCountry: 'toursProblem_unknownCountry',
  unknownLink: 'toursProblem_unknownLink',
  bothSelected: 'toursProblem_bothSelected',
  badDate: 'toursProblem_badDate',
  unknownQuote: 'toursProblem_unknownQuote',
  emptyCaption: 'toursProblem_emptyCaption',
};

type Translate = { t: (key: MessageKey, params?: Record<string, string | number>) => string };

export function problemText(app: Translate, p: StepProblem): string {
  const message = app.t(PROBLEM_KEYS[p.code], { value: p.value ?? '' });
  return p.step > 0 ? app.t('toursProblemAt', { n: p.step, message }) : message;
}
