import type { Messages } from '../translate.js';
import type { DraftConflictMessageKey } from './draft-conflict.nl.js';

/** The same in English. */
export const draftConflictMessagesEn: Messages<DraftConflictMessageKey> = {
  'question.schedule': 'This plan was also changed in another tab. Which version do you want to keep? The other version will be lost.',
  'question.agreement': 'This agreement was also changed in another tab. Which version do you want to keep? The other version will be lost.',
  'question.report': 'This report was also changed in another tab. Which version do you want to keep? The other version will be lost.',
  theirs: "The other tab's version",
  mine: 'My version in this tab',
  tookTheirs: "This tab now shows the other tab's version.",
  keptMine: 'Your version from this tab is saved.',
};
