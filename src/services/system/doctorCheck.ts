/** How one of `bluelamp doctor`'s checks came out: a fail stops Bluelamp working as set up. */
export type DoctorStatus = 'ok' | 'warning' | 'fail';

export interface DoctorCheck {
  /** What was checked, in a few words ("database", "Chromium"). */
  readonly check: string;
  readonly status: DoctorStatus;
  /** What was found, in a sentence. */
  readonly detail: string;
  /** What to do about it; null when nothing needs doing. */
  readonly action: string | null;
}
