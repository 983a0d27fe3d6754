/**
 * Password rules in the spirit of NCSC guidance: length over complexity (at least 12
 * characters, for example three random words), no composition rules, and a deny-list of
 * passwords that appear in every breach list, checked case-insensitively.
 */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '123123123123',
  '111111111111',
  '000000000000',
  'qwertyuiopas',
  'qwerty123456',
  'password1234',
  'password12345',
  'passwordpassword',
  'password123!',
  'p@ssw0rd1234',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'admin1234567',
  'changeme1234',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'trustno11234',
  'monkey123456',
  'dragon123456',
  'starwars1234',
  'superman1234',
  'abcdefghijkl',
  'abc123abc123',
  'correcthorsebatterystaple',
  'metropolitan',
  'metpolice123',
  'policepolice',
  'police123456',
  'qazwsxedcrfv',
  '1q2w3e4r5t6y',
  'zaq12wsxcde3',
  'asdfghjkl123',
  'london123456',
  'summer2026!!',
  'winter2026!!',
  'spring2026!!',
  'autumn2026!!',
  'bluelamp1234',
  'bluelamp12345',
]);

/** Returns why a password is not acceptable, or null when it is. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must have at least ${MIN_PASSWORD_LENGTH} characters; three random words make a good one.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower))
    return 'That password is too common; choose another, for example three random words.';
  if (new Set(lower).size <= 2) return 'The password repeats too few characters; choose another.';
  if (username.length >= 3 && lower.includes(username.toLowerCase()))
    return 'The password must not contain the user name.';
  return null;
}
