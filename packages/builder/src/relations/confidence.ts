// Edge confidence: a base per category and pattern, discounted per indirect mechanism (an argument reached
// through a reference, a borrowed subject, a passive's remembered agent). The factors were set from the precision
// measured per mechanism on development data (scripts/calibrateConfidence.ts), so that edges above 0.8 are right
// at least 80% of the time.
export const CONFIDENCE = {
  category: {
    STATEMENT: 0.85,
    SUPPORT: 0.8,
    OPPOSITION: 0.8,
    COERCION: 0.85,
    VIOLENCE: 0.8,
    MOVEMENT: 0.75,
    ROLE: 0.75,
    ASSOCIATION: 0.65,
    ALLIANCE: 0.8,
    ANNOUNCEMENT: 0.8,
  } as Record<string, number>,
  /** Static pattern ids whose measured precision differs from the confidence written in the pattern. */
  pattern: {} as Record<string, number>,
  argument: {
    reference: 0.85,
    appos: 0.95,
    descriptor: 0.95,
    people: 0.9,
    member: 0.8,
  } as Record<string, number>,
  nominal: 0.9,
  borrowed: 0.9,
  passiveMemory: 0.7,
  oblique: 0.95,
  reciprocal: 0.8,
};
