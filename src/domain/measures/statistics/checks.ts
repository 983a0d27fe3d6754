import { BluelampProblem } from '../../errors.js';

/** Input checks shared by the statistics: each failure names the field a person can correct. */

export function checkCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new BluelampProblem('invalid-input', `${field} must be a whole number of events, not ${value}`, field);
  }
}

export function checkPositive(value: number, field: string): void {
  if (!(value > 0 && Number.isFinite(value))) {
    throw new BluelampProblem('invalid-input', `${field} must be a positive number, not ${value}`, field);
  }
}

export function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) {
    throw new BluelampProblem('invalid-input', `alpha must lie between 0 and 1, not ${alpha}`, 'alpha');
  }
}
