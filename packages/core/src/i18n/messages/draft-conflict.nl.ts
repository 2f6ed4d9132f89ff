/**
 * The question when another tab saved the same draft (plan, agreement, report), in Dutch at B1
 * level. Shared by the widgets that save drafts, and loaded only when it happens.
 */
export const draftConflictMessagesNl = {
  'question.schedule': 'Dit plan is ook in een ander tabblad veranderd. Welke versie wil je houden? De andere versie gaat dan verloren.',
  'question.agreement': 'Deze overeenkomst is ook in een ander tabblad veranderd. Welke versie wil je houden? De andere versie gaat dan verloren.',
  'question.report': 'Deze melding is ook in een ander tabblad veranderd. Welke versie wil je houden? De andere versie gaat dan verloren.',
  theirs: 'Versie uit het andere tabblad',
  mine: 'Mijn versie uit dit tabblad',
  tookTheirs: 'De versie uit het andere tabblad staat nu hier.',
  keptMine: 'Jouw versie uit dit tabblad is bewaard.',
};

export type DraftConflictMessageKey = keyof typeof draftConflictMessagesNl;
