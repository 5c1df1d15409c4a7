import type { Json, WriteOp } from './store.port';

/**
 * How a capability that keeps personal data answers for it (docs/privacy.md): what it holds about a person
 * (export), how it erases or pseudonymises that (erase), and what of a finished cohort it deletes when the
 * retention period ends. The privacy capability asks every holder through this port and never reads another
 * capability's records itself. Holders return write ops; the privacy use case commits all of them together.
 */

/** Everything the bot knows a person by, gathered from every holder before an export or an erase. */
export interface DataSubject {
  readonly aadObjectId: string;
  /** Display names (Teams, roles.json, nominations, bookings, base groups). */
  readonly names: readonly string[];
  /** Mail addresses, lower-cased. */
  readonly emails: readonly string[];
  /** Teams user ids (29:...). */
  readonly userIds: readonly string[];
  /** The person's 1:1 conversation ids. */
  readonly conversationIds: readonly string[];
}

export type Identifiers = Omit<DataSubject, 'aadObjectId'>;

/** Categories a person sees on the "my data" card, in this order. */
export const personalDataCategories = [
  'profile', 'conversations', 'nominations', 'decisions', 'bookings', 'base-groups', 'checkin-answers',
] as const;
export type PersonalDataCategory = (typeof personalDataCategories)[number];

export interface PersonalRecord {
  readonly category: PersonalDataCategory;
  /** ISO instant the record was made or last changed, when known. */
  readonly at?: string;
  /** The record as the export shows it: the person's own data, never another person's free text. */
  readonly data: Json;
}

export interface ErasePlan {
  readonly ops: readonly WriteOp[];
  /** Cohorts whose coordinators are told (in words, without the person's name). */
  readonly cohortIds: readonly string[];
  /** What was erased, by category (for the person's confirmation and the log; counts only). */
  readonly erased: Readonly<Partial<Record<PersonalDataCategory, number>>>;
}

export interface PersonalDataHolder {
  readonly capability: string;
  /** Names, addresses and ids this capability knows the person by. */
  identify(aadObjectId: string): Promise<Partial<Identifiers>>;
  collect(subject: DataSubject): Promise<PersonalRecord[]>;
  /**
   * Ops that erase the person, or replace them by `pseudonym` where the program must keep the record. Reads
   * are made now; the ops name the versions read, so a concurrent change makes the whole commit conflict and
   * the privacy use case plans again. An empty plan when nothing is left (erasing twice is harmless).
   */
  erase(subject: DataSubject, pseudonym: string, now: Date): Promise<ErasePlan>;
  /** Ops that delete what the retention rule says goes once a cohort finished (empty when nothing is due). */
  retain?(cohortId: string, now: Date): Promise<WriteOp[]>;
}

export const emptyPlan: ErasePlan = { ops: [], cohortIds: [], erased: {} };
