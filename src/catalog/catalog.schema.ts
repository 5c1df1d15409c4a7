import { z } from 'zod';

/**
 * The program catalog: everything the bot knows about the programs, derived from the program documents.
 * It is data a coordinator can edit or import without code changes; this schema is the contract that every
 * capability reads (Q&A facts, nomination rules, gatherings for bookings, check-in plans).
 *
 * Times are local wall-clock times in Europe/Oslo ("2024-02-15T11:00"), never UTC instants: the documents
 * speak in local dates, and daylight saving is applied when a time is turned into an instant.
 */

export const localizedSchema = z.object({ nb: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localizedSchema>;

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local time YYYY-MM-DDTHH:mm');
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case [a-z0-9-]');

/**
 * A value the documents do not give, kept because the bot needs one (a booking cut-off, whether a gathering is
 * required...). `field` names the field of the object it sits on; the note is shown wherever the value reaches
 * a person, so nobody takes it for the program's rule. `src/catalog/catalog-grounding.ts` lists the fields that
 * must be either backed by a quote (`evidence`) or marked here.
 */
export const assumptionSchema = z.object({ field: z.string().min(1), note: localizedSchema }).strict();
export type Assumption = z.infer<typeof assumptionSchema>;

/** Verbatim passages of the program's source document that a structured value rests on. */
export const evidenceSchema = z.object({ field: z.string().min(1), quotes: z.array(z.string().min(1)).min(1) }).strict();
export type Evidence = z.infer<typeof evidenceSchema>;

/** What a fact is about; Q&A uses it to put the asked fact first and to say "I don't know" honestly. */
export const factTopics = [
  'overview', 'purpose', 'target-group', 'content', 'themes', 'format', 'between-gatherings', 'dates', 'place',
  'travel', 'lodging', 'fee', 'support', 'credits', 'exam', 'admission', 'prerequisite', 'deadline', 'apply',
  'contacts', 'timeline', 'modules', 'ideals', 'pillars', 'training', 'examples', 'testimonial',
] as const;
export const factTopicSchema = z.enum(factTopics);
export type FactTopic = z.infer<typeof factTopicSchema>;

/** One retrievable statement of a program document, in both languages, with where it comes from. */
export const factSchema = z.object({
  id,
  topic: factTopicSchema,
  /** Section heading of the source document, shown as the answer's source. */
  section: localizedSchema,
  text: localizedSchema,
  /** Extra search words that the text itself does not contain (e.g. "pris" for a fee fact). */
  keywords: z.array(z.string().min(1)).default([]),
  /**
   * Verbatim excerpts of the program's source document that the fact rests on (compared after collapsing
   * whitespace and joining words hyphenated across line breaks, see source-text.ts). The text says no more.
   */
  quotes: z.array(z.string().min(1)).min(1),
}).strict();
export type Fact = z.infer<typeof factSchema>;

export const contactSchema = z.object({
  name: z.string().min(1),
  role: localizedSchema,
  /** What to contact this person about: practical questions, academic questions... */
  concerns: z.array(z.enum(['practical', 'academic', 'admission', 'general'])).min(1),
  email: z.string().email().optional(),
  phones: z.array(z.string()).default([]),
}).strict();
export type Contact = z.infer<typeof contactSchema>;

export const placeSchema = z.object({
  name: z.string().min(1),
  address: z.string().optional(),
  city: z.string().optional(),
}).strict();
export type Place = z.infer<typeof placeSchema>;

export const gatheringSchema = z.object({
  id,
  /** 1-based order within the cohort ("samling 3"). */
  number: z.number().int().positive(),
  title: localizedSchema,
  /** Local Europe/Oslo times, when the hours are known (a coordinator sets them; the documents give none). */
  start: localDateTime.optional(),
  end: localDateTime.optional(),
  /** Days without hours ("15.–16. februar"): first and last day, inclusive; an all-day event in calendars. */
  firstDay: localDate.optional(),
  lastDay: localDate.optional(),
  /** Month precision ("2021-08") for gatherings the document dates only by month. */
  period: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  place: placeSchema.optional(),
  mode: z.enum(['onsite', 'online', 'hybrid']).default('onsite'),
  agenda: localizedSchema.optional(),
  /** Optional sessions are booked on request; required ones are booked on approval. */
  optional: z.boolean().default(false),
  /** Seats for this gathering; absent means the cohort capacity applies. */
  capacity: z.number().int().positive().optional(),
  /** Why one physical gathering appears as one event per cohort (e.g. LEDPRO 1 and 2 meet on the same days). */
  sharedNote: localizedSchema.optional(),
  evidence: z.array(evidenceSchema).default([]),
  assumptions: z.array(assumptionSchema).default([]),
}).strict().refine((g) => (g.start !== undefined) === (g.end !== undefined), {
  message: 'start and end go together', path: ['end'],
}).refine((g) => g.start === undefined || g.end === undefined || g.start < g.end, {
  message: 'end must be after start', path: ['end'],
}).refine((g) => (g.firstDay !== undefined) === (g.lastDay !== undefined), {
  message: 'firstDay and lastDay go together', path: ['lastDay'],
}).refine((g) => g.firstDay === undefined || g.lastDay === undefined || g.firstDay <= g.lastDay, {
  message: 'lastDay must not be before firstDay', path: ['lastDay'],
}).refine((g) => [g.start, g.firstDay, g.period].filter((x) => x !== undefined).length === 1, {
  message: 'a gathering needs exactly one of start/end (hours), firstDay/lastDay (days) or a period (month)', path: ['start'],
});
export type Gathering = z.infer<typeof gatheringSchema>;

export const cohortSchema = z.object({
  id,
  name: localizedSchema,
  year: z.number().int(),
  /** Seats for the cohort; absent means the documents set no limit. */
  capacity: z.number().int().positive().optional(),
  applicationDeadline: localDate.optional(),
  /** Organizer mailbox (UPN) that owns the gatherings' Outlook events. */
  organizer: z.string().optional(),
  /**
   * A clearly marked example (the demo's cohort, `npm run demo`): bookable like any cohort, but never part of
   * what Q&A tells people about the programs.
   */
  example: z.boolean().default(false),
  /** Hours before a gathering starts after which bookings and cancellations close. */
  bookingCutoffHours: z.number().int().nonnegative().default(48),
  gatherings: z.array(gatheringSchema).min(1),
  evidence: z.array(evidenceSchema).default([]),
  assumptions: z.array(assumptionSchema).default([]),
}).strict();
export type Cohort = z.infer<typeof cohortSchema>;

export const admissionSchema = z.object({
  /** People apply for themselves (LEDPRO) and/or are nominated by someone else (faculties at the university). */
  applications: z.boolean(),
  nominations: z.boolean(),
  /** Degree requirement: a bachelor (180 credits) or equivalent. */
  requiresDegree: z.boolean().default(false),
  /** Applicants without the degree may still join as course participants (certificate, no credits). */
  courseParticipantPath: z.boolean().default(false),
  /** Programs that must have been completed first. */
  prerequisites: z.array(id).default([]),
}).strict();
export type Admission = z.infer<typeof admissionSchema>;

export const checkinPlanSchema = z.object({
  /** Days after a gathering's end when the check-in is posted. */
  postAfterDays: z.number().int().nonnegative(),
  /** Days after posting when non-responders get a reminder. */
  remindAfterDays: z.number().int().positive(),
  /** Days before the next gathering's start when the digest is posted (and answers close). */
  digestBeforeDays: z.number().int().positive(),
  /** Local time of day for posts, reminders and digests. */
  timeOfDay: z.string().regex(/^\d{2}:\d{2}$/).default('09:00'),
  /**
   * Months (1-12) with no check-in traffic (the summer break); a post, reminder or digest that would fall in
   * them, on a weekend or on a Norwegian public holiday moves to the next working day at `timeOfDay`.
   */
  quietMonths: z.array(z.number().int().min(1).max(12)).max(11, 'at least one month must have check-ins').default([7]),
  /** Whether members may see each other's answers before the digest. */
  shareAnswersBeforeDigest: z.boolean().default(false),
  /**
   * Whether staff (the cohort's coordinators, the group's facilitator) may read members' answers on the card in
   * the group's conversation, when members may. The facilitator's digest is sent either way.
   */
  staffSeeAnswers: z.boolean().default(false),
  prompts: z.array(z.object({
    /** Prompt for the gap after gathering N (1-based); absent = any gap. */
    afterGathering: z.number().int().positive().optional(),
    text: localizedSchema,
    choices: z.array(z.object({
      id,
      question: localizedSchema,
      options: z.array(z.object({ value: id, title: localizedSchema }).strict()).min(2),
    }).strict()).default([]),
  }).strict()).min(1),
}).strict();
export type CheckinPlan = z.infer<typeof checkinPlanSchema>;

/**
 * A price the document gives, as a number, so totals ("both semesters", "all six gatherings") are computed
 * from the catalog rather than guessed. `per` says what one amount pays for; `count` is how many the program
 * has when the document says so (2 semesters); gatherings are counted from the cohort.
 */
export const costSchema = z.object({
  id,
  kind: z.enum(['participant-fee', 'semester-fee', 'board-and-lodging', 'extra-night']),
  amount: z.number().int().positive(),
  currency: z.literal('NOK').default('NOK'),
  per: z.enum(['program', 'semester', 'gathering', 'night']),
  count: z.number().int().positive().optional(),
  /** Whether the participant fee covers it (false: it comes in addition). */
  inFee: z.boolean(),
}).strict();
export type Cost = z.infer<typeof costSchema>;

export const programSchema = z.object({
  id,
  /** Who runs it, as the document shows it: "NTNU", "inn.no". */
  provider: z.string().min(1),
  name: localizedSchema,
  /** Other names people use: "LEDPRO 1", "Ledelse av prosesser del 1"... */
  aliases: z.array(z.string().min(1)).default([]),
  /** The document the program comes from, shown as the source of answers. */
  source: z.object({ title: z.string().min(1), file: z.string().min(1), url: z.string().optional() }).strict(),
  /** A parent program (an umbrella offer) whose general facts also apply. */
  parent: id.optional(),
  admission: admissionSchema.optional(),
  contacts: z.array(contactSchema).default([]),
  facts: z.array(factSchema).min(1),
  costs: z.array(costSchema).default([]),
  cohorts: z.array(cohortSchema).default([]),
  checkinPlan: checkinPlanSchema.optional(),
  evidence: z.array(evidenceSchema).default([]),
  assumptions: z.array(assumptionSchema).default([]),
}).strict();
export type Program = z.infer<typeof programSchema>;

export const catalogSchema = z.object({
  version: z.number().int().positive(),
  programs: z.array(programSchema).min(1),
}).strict();
export type Catalog = z.infer<typeof catalogSchema>;
