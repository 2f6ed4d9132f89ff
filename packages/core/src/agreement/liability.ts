/**
 * Flags a liability clause that puts the risk on the student. That does not belong in an internship
 * agreement: towards others the company is liable for what the student does (BW 6:170), and for
 * damage the student suffers at work the company is liable as an employer (BW 7:658 lid 4); the
 * school insures the student (Rijk model agreement, art. 10). A flag is advice, not a verdict: the
 * words are read, not understood, so the message says "seems".
 */
const STUDENT = '(?:de\\s+)?(?:student(?:e)?|stagiai(?:r|re)|leerling|intern|trainee)';

const PATTERNS: readonly RegExp[] = [
  // Dutch: "de stagiair is aansprakelijk", "student is zelf volledig aansprakelijk"
  // (not "aansprakelijkheidsverzekerd": insured, which is what should happen)
  new RegExp(`${STUDENT}\\s+(?:is|blijft|wordt|zijn)\\s+(?:zelf\\s+)?(?:volledig\\s+|geheel\\s+|persoonlijk\\s+)?aansprakelijk(?![a-z])`, 'i'),
  // "aansprakelijkheid ligt bij de student", "komt voor rekening (en risico) van de stagiair"
  new RegExp(`aansprakelijkheid\\s+(?:ligt|rust)\\s+(?:geheel\\s+|volledig\\s+)?bij\\s+${STUDENT}`, 'i'),
  // ("voor" or "op" is needed: "het risico van de student is verzekerd" puts nothing on the student)
  new RegExp(`(?:voor|op)\\s+(?:rekening\\s+(?:en\\s+risico\\s+)?|risico\\s+)van\\s+${STUDENT}`, 'i'),
  // "de student vrijwaart het bedrijf", "stagiair draagt/vergoedt (alle) schade"
  new RegExp(`${STUDENT}\\s+vrijwaart`, 'i'),
  new RegExp(`${STUDENT}\\s+(?:draagt|vergoedt|betaalt)\\s+(?:zelf\\s+)?(?:alle\\s+|de\\s+)?(?:schade|kosten\\s+van\\s+schade)`, 'i'),
  // English: "the intern is (fully) liable", "at the student's own risk" (also with ’), "the student shall indemnify"
  new RegExp(`${STUDENT}\\s+(?:is|shall\\s+be|will\\s+be|remains)\\s+(?:fully\\s+|solely\\s+|personally\\s+)?(?:liable|responsible\\s+for\\s+(?:any\\s+|all\\s+)?damage)`, 'i'),
  new RegExp(`at\\s+the\\s+(?:student|intern|trainee)['’]?s?['’]?\\s+(?:own\\s+)?risk`, 'i'),
  new RegExp(`${STUDENT}\\s+(?:shall|will|must)\\s+(?:indemnify|compensate|pay\\s+for)`, 'i'),
  new RegExp(`liability\\s+(?:lies|rests)\\s+(?:solely\\s+|entirely\\s+)?with\\s+the\\s+(?:student|intern|trainee)`, 'i'),
];

export function shiftsLiabilityToStudent(text: string): boolean {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ');
  return PATTERNS.some((pattern) => pattern.test(normalized));
}
