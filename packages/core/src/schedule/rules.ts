import type { Source } from '../sources/source.js';

/**
 * The figures the planner checks against, each with where it comes from. They are planning
 * guidance, not law: the warnings say "check", never "not allowed".
 */
export interface ScheduleRule {
  value: number;
  source: Source;
}

export const SCHEDULE_RULES = {
  /** More planned hours in a week than a full-time week. */
  maxWeekHours: {
    value: 40,
    source: {
      url: 'https://www.p-direkt.nl/',
      title: 'Stagevergoeding Rijksoverheid: full-time stage of 40 uur per week (5 × 8 uur)',
      publisher: 'P-Direkt (Rijksoverheid)',
      figureDate: '2023-01-01',
      checked: '2026-11',
      confidence: 'medium-high',
    },
  },
  /** At least three contact moments per internship between student, school and company. */
  contactMoments: {
    value: 3,
    source: {
      title: 'Stagepact mbo 2023–2027: minstens drie contactmomenten per stage (start, tussenevaluatie, eindgesprek volgens JOB)',
      publisher: 'nieuws.nl; JOB mbo (jobmbo.nl)',
      figureDate: '2023-02-14',
      checked: '2026-11',
      confidence: 'medium',
    },
  },
  /** The start meeting within the first two weeks, the final meeting within the last two. */
  contactWindowDays: {
    value: 14,
    source: {
      title: 'Stagekit planning guidance: start and end meetings in the first and last two weeks (the Stagepact gives no timing)',
      publisher: 'Stagekit',
      figureDate: '2026-11',
      checked: '2026-11',
      confidence: 'low',
    },
  },
} satisfies Record<string, ScheduleRule>;
