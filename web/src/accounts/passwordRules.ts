/** What the service asks of a new password (its password policy), in words a person can act on. */
export function passwordRules(whose: 'your' | 'their'): string {
  return (
    'At least 12 characters; three random words make a good one. ' +
    `It must not be a common password or contain ${whose} user name.`
  );
}
