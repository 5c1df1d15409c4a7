import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Lang, Text } from '../../shared/i18n';
import type { JobSubject } from '../../jobs/dead-letter-alert';
import type { JobHandler } from '../../jobs/job-runner';
import type { Job } from '../../shared/store.port';

/** One plain HTTP route a capability serves beside /api/messages (e.g. iCalendar feeds). */
export interface HttpRoute {
  readonly method: 'GET';
  readonly path: string;
  handle(request: { params: Record<string, string>; query: Record<string, string> }): Promise<{
    status: number; headers?: Record<string, string>; body: string;
  }>;
}

/** Where a command works: a 1:1 chat, a group chat, a team channel (Teams' conversationType values). */
export type ConversationScope = 'personal' | 'groupChat' | 'channel';
export const EVERYWHERE: readonly ConversationScope[] = ['personal', 'groupChat', 'channel'];

/** One line of the help card; `where` absent means the 1:1 chat only. */
export interface HelpEntry {
  readonly command: Text;
  readonly description: Text;
  readonly where?: readonly ConversationScope[];
  /** How the line reads in a group chat or channel, when not the command itself (after "@Lederbot "). */
  readonly groupCommand?: Text;
}

/**
 * What each capability hands the composition root: its Teams routes, its job handlers, its HTTP routes and
 * its lines in the help text. The capability's teams/ folder builds it from its use cases.
 */
export interface TeamsCapability {
  readonly name: string;
  readonly help: readonly HelpEntry[];
  /** Pages the welcome and help cards link (e.g. the privacy notice). */
  readonly links?: ReadonlyArray<{ readonly title: Text; readonly url: (lang: Lang) => string }>;
  /** Registers commands, card actions and invokes. The Q&A catch-all is registered last. */
  register(app: Application<TurnState>): void;
  readonly jobHandlers: readonly JobHandler[];
  readonly httpRoutes?: readonly HttpRoute[];
  /**
   * Which cohort a given-up job of this capability belongs to, and what it was about, for the coordinators'
   * alert (e.g. the base group's name). Undefined when the job is not this capability's or names no cohort.
   */
  describeJob?(job: Job): Promise<JobSubject | undefined>;
  /** Called once after start (e.g. to plan jobs for the catalog). */
  start?(): Promise<void>;
}
