import { fromOsloLocal, toOsloLocal } from '../../../shared/oslo-time';

/**
 * Calendar arithmetic on Oslo wall-clock strings. Days are added to the local date, never as 24 h of
 * milliseconds, so "9:00 three days later" stays 9:00 across a daylight saving change.
 */

/** "2024-02-16" + 7 → "2024-02-23". */
export function addLocalDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant of a local date at a local time of day ("09:00"). */
export const atOslo = (date: string, timeOfDay: string): Date => fromOsloLocal(`${date}T${timeOfDay}`);

/** Wall-clock minutes of an instant as if Oslo were UTC: differences of these are DST-free. */
const wallMs = (instant: Date): number => Date.parse(`${toOsloLocal(instant)}:00Z`);

/**
 * Moves `instant` by the wall-clock distance from `from` to `to` (a reminder follows a moved post at the same
 * local time of day even when the move crosses a DST change).
 */
export function shiftWallClock(instant: Date, from: Date, to: Date): Date {
  const shifted = wallMs(instant) + (wallMs(to) - wallMs(from));
  return fromOsloLocal(new Date(shifted).toISOString().slice(0, 16));
}
