// The closed lists of the CAO data, apart from the schemas so that code using them needs no zod.
export const EDUCATION_LEVELS = ['mbo', 'hbo', 'wo'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const STAGE_TYPES = ['orientation', 'practice', 'graduation'] as const;
export type StageType = (typeof STAGE_TYPES)[number];
/** Groups of students a clause leaves out, in the words CAOs use. */
export const STUDENT_GROUPS = ['bbl', 'vo', 'hbo-duaal', 'coassistent'] as const;
export type StudentGroup = (typeof STUDENT_GROUPS)[number];
export const RECORD_KINDS = ['sector-cao', 'company-cao', 'regulation', 'employer-policy'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
