import { langFromLocale, type Lang } from './i18n';
import type { ConversationDirectory } from './conversation-directory';
import type { Logger } from './logger';
import type { Json, Store, WriteOp } from './store.port';

/** A user as the organisation's directory (Microsoft Graph `/users/{id}`) knows them. */
export interface DirectoryUser {
  readonly displayName?: string;
  readonly mail?: string;
  /** ISO 639-1 with a country, e.g. "nb-NO", "en-US"; often unset. */
  readonly preferredLanguage?: string;
}

/**
 * Looks a user up in the directory. `undefined` means the directory answered that no such user exists (404);
 * any other failure (throttling that outlasted the client's retries, an outage) throws, and nothing is cached.
 */
export interface UserLookup {
  user(aadObjectId: string): Promise<DirectoryUser | undefined>;
}

/** What the bot knows of a person: a name to show, where to mail them, and the language to speak. */
export interface PersonProfile {
  readonly aadObjectId: string;
  readonly name: string | undefined;
  readonly email: string | undefined;
  readonly lang: Lang;
}

export type PersonLookup =
  | { readonly kind: 'found'; readonly person: PersonProfile & { readonly name: string } }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unavailable' };

/** What use cases need of the directory (the PersonDirectory below; fakes in unit tests). */
export interface People {
  profile(aadObjectId: string): Promise<PersonProfile>;
  find(aadObjectId: string): Promise<PersonLookup>;
}

/** How a person's language became known: typed text, or an explicit `språk`/`language` command. */
export type LangSource = 'text' | 'command';
export interface LangChoice { readonly lang: Lang; readonly source: LangSource }
/** A kept language as read from the store, with its version (for a conditional write). */
export interface KeptLang { readonly choice: LangChoice; readonly version: number }

/** The `people` list of roles.json, as imported (the same records the nominations capability reads by e-mail). */
export const ROLES_PEOPLE_KIND = 'nomination-people';
/** The directory's cached record per person (Graph's name, mail, preferred language; a 404 too). */
export const DIRECTORY_KIND = 'person-directory';
/** Each person's kept language and how it became known. */
export const LANG_KIND = 'person-lang';

export interface CachedDirectoryEntry { readonly found: boolean; readonly user?: DirectoryUser }
interface RolesPerson { readonly name?: string; readonly email?: string }

const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;
const langOfTag = (tag: string | undefined): Lang | undefined => (tag ? langFromLocale(tag) : undefined);

/**
 * One place for people's names, mail addresses and languages, so every card and notice about or to a person
 * says the same name in the language that person reads.
 *
 * Names and addresses: the directory (Graph, looked up once per person and kept in the store, a 404 included),
 * then roles.json's `people`, then the name Teams sent in the person's own turns. Languages: an explicit choice,
 * else the language the person last wrote in, else the directory's preferred language, else the Teams locale,
 * else bokmål. The Teams locale comes last because many Norwegian staff run Teams in English.
 */
export class PersonDirectory implements People {
  constructor(
    private readonly store: Store,
    private readonly conversations: ConversationDirectory,
    private readonly lookup: UserLookup | undefined,
    private readonly logger: Logger,
  ) {}

  /** Whether a directory (Graph) answers look-ups; without one, roles.json and Teams turns are all there is. */
  get hasDirectory(): boolean {
    return this.lookup !== undefined;
  }

  /**
   * The directory's record: from the store when looked up before, else from Graph (and stored). `found: false`
   * is the directory saying the user does not exist; undefined means it could not be asked (no Graph, a failure).
   */
  async directoryEntry(aadObjectId: string): Promise<CachedDirectoryEntry | undefined> {
    const cached = (await this.store.get<Json>(DIRECTORY_KIND, aadObjectId))?.value as unknown as CachedDirectoryEntry | undefined;
    if (cached || !this.lookup) return cached;
    let entry: CachedDirectoryEntry;
    try {
      const user = await this.lookup.user(aadObjectId);
      entry = user ? { found: true, user } : { found: false };
    } catch (e) {
      // Not cached: the next use asks again. Names then come from roles.json or Teams, if anywhere.
      this.logger.warn('directory look-up failed', { error: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
    await this.store.commit([{ op: 'upsert', kind: DIRECTORY_KIND, key: aadObjectId, value: asJson(entry) }]);
    return entry;
  }

  private async rolesPerson(aadObjectId: string): Promise<RolesPerson | undefined> {
    return (await this.store.get<Json>(ROLES_PEOPLE_KIND, aadObjectId))?.value as unknown as RolesPerson | undefined;
  }

  async profile(aadObjectId: string): Promise<PersonProfile> {
    const id = aadObjectId;
    const [entry, listed, known, choice] = await Promise.all([
      this.directoryEntry(id), this.rolesPerson(id), this.conversations.user(id), this.langChoice(id),
    ]);
    const dir = entry?.user;
    const name = [dir?.displayName, listed?.name, known?.name].find((n): n is string => typeof n === 'string' && n.trim() !== '');
    const email = [dir?.mail, listed?.email].find((m): m is string => typeof m === 'string' && m.trim() !== '');
    const lang = choice?.lang ?? langOfTag(dir?.preferredLanguage) ?? langFromLocale(known?.locale);
    return { aadObjectId: id, name: name?.trim(), email: email?.trim(), lang };
  }

  /**
   * A person to name on cards: `found` with a name; `unknown` when nobody (directory, roles.json, Teams) knows
   * a name for the id; `unavailable` when the directory could not be asked now (a name may come later).
   */
  async find(aadObjectId: string): Promise<PersonLookup> {
    const p = await this.profile(aadObjectId);
    if (p.name) return { kind: 'found', person: { ...p, name: p.name } };
    if (this.lookup && (await this.store.get<Json>(DIRECTORY_KIND, aadObjectId)) === undefined) return { kind: 'unavailable' };
    return { kind: 'unknown' };
  }

  /** The language to speak to a person in anything the bot sends them on its own (cards, notices, reminders). */
  async langOf(aadObjectId: string, fallbackLocale?: string): Promise<Lang> {
    const choice = await this.langChoice(aadObjectId);
    if (choice) return choice.lang;
    const [entry, known] = await Promise.all([
      this.store.get<Json>(DIRECTORY_KIND, aadObjectId), this.conversations.user(aadObjectId),
    ]);
    const dir = (entry?.value as unknown as CachedDirectoryEntry | undefined)?.user;
    return langOfTag(dir?.preferredLanguage) ?? langFromLocale(known?.locale ?? fallbackLocale);
  }

  async langChoice(aadObjectId: string): Promise<LangChoice | undefined> {
    return (await this.langEntry(aadObjectId))?.choice;
  }

  /** The kept language with the store's version of it, for a later `noteLang` of the same turn. */
  async langEntry(aadObjectId: string): Promise<KeptLang | undefined> {
    const e = await this.store.get<Json>(LANG_KIND, aadObjectId);
    return e ? { choice: e.value as unknown as LangChoice, version: e.version } : undefined;
  }

  /**
   * Keeps a person's language. Text never overrides an explicit choice (a person who said `language english`
   * and then types a Norwegian name keeps English); a new explicit choice always wins. Unchanged: no write.
   * Returns the choice kept now, so a caller need not read it again. `known` is what the caller read earlier
   * in its turn (langEntry): the choice is then made on it without reading again, and written only if the
   * stored version is still that one; if it is not (another turn wrote meanwhile), it is read and made again.
   */
  async noteLang(aadObjectId: string, lang: Lang, source: LangSource, known?: KeptLang | null): Promise<LangChoice | undefined> {
    if (known !== undefined) {
      const cur = known?.choice;
      const next = PersonDirectory.langAfter(cur, lang, source);
      if (next === cur) return cur;
      const op: WriteOp = known
        ? { op: 'update', kind: LANG_KIND, key: aadObjectId, value: asJson(next), version: known.version }
        : { op: 'insert', kind: LANG_KIND, key: aadObjectId, value: asJson(next) };
      if ((await this.store.commit([op])).ok) return next;
    }
    const cur = await this.langChoice(aadObjectId);
    const next = PersonDirectory.langAfter(cur, lang, source);
    if (next === cur) return cur;
    await this.store.commit([PersonDirectory.langOp(aadObjectId, next)]);
    return next;
  }

  /** The choice to keep after `lang` came from `source`: `cur` itself when nothing changes. */
  private static langAfter(cur: LangChoice | undefined, lang: Lang, source: LangSource): LangChoice {
    if (cur && cur.lang === lang && (cur.source === source || source === 'text')) return cur;
    if (cur?.source === 'command' && source === 'text') return cur;
    return { lang, source };
  }

  static langOp(aadObjectId: string, choice: LangChoice): WriteOp {
    return { op: 'upsert', kind: LANG_KIND, key: aadObjectId, value: asJson(choice) };
  }
}
