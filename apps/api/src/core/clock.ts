/**
 * The time the rules read (ADR 022). Production reads the system clock; a test of deadlines sets the time of the
 * in-process server it started, which only a test run may do.
 */
let testTime: Date | null = null;

export function now(): Date {
  return testTime ? new Date(testTime) : new Date();
}

/** Tests only (NODE_ENV=test): every later `now()` is this instant until set back to null. */
export function setTestTime(instant: Date | null): void {
  if (process.env.NODE_ENV !== 'test') throw new Error('The clock is set only in tests.');
  testTime = instant;
}
