/**
 * What a signed-in person may do. performance runs the cycle and publishes; owner updates what
 * their units lead; reviewer (the oversight body) reads unpublished work and challenges it, and
 * agrees borough local priorities, but
 * cannot edit figures; viewer reads internal pages. Anyone not signed in sees published data only.
 */
export const ROLES = ['admin', 'performance', 'owner', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
