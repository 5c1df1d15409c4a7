import { RetryLaterError } from '../../../jobs/job-errors';
import { format, type Lang } from '../../../shared/i18n';
import { NOTIFY_COORDINATORS_JOB, notifyCoordinatorsJobKey, type NotifyCoordinatorsPayload } from '../../../shared/integration-jobs';
import type { Json, Store, WriteOp } from '../../../shared/store.port';
import { isFreshBlock } from '../domain/installation';
import { installBlocked, unnamedPerson } from '../domain/reach-texts';
import type { AppInstaller, InstallAppPayload } from '../ports';
import type { InstallationRepository } from '../store/installation.repository';

export interface InstallAppDeps {
  readonly installer: AppInstaller;
  readonly store: Store;
  readonly installations: InstallationRepository;
  readonly now: () => Date;
  /** A cohort's name in a language, for the alert. */
  readonly cohortName: (cohortId: string, lang: Lang) => string | undefined;
}

export type InstallResult = 'installed' | 'blocked' | 'known';

/**
 * Installs the app in a person's personal scope, once: an installation already known is not asked for again, and
 * Graph's 409 (already installed) is success. The 1:1 chat's id is kept so the bot can send to it. When the
 * tenant's policy blocks the app, that is recorded and the cohort's coordinators are told once, in words, in the
 * same commit (the alert's id is the person's, so no later attempt alerts twice). A block a day old is asked
 * about again.
 */
export async function installAppForPerson(deps: InstallAppDeps, p: InstallAppPayload): Promise<InstallResult> {
  const known = await deps.installations.get(p.aadObjectId);
  if (known?.status === 'installed' || isFreshBlock(known, deps.now())) return 'known';
  const outcome = await deps.installer.install(p.aadObjectId);
  const at = deps.now().toISOString();
  if (outcome === 'blocked') {
    const ops: WriteOp[] = [deps.installations.put(p.aadObjectId, { status: 'blocked', at })];
    if (p.cohortId) {
      const name = p.name ?? await deps.installer.displayName(p.aadObjectId).catch(() => undefined);
      const cohortId = p.cohortId;
      const text = (lang: Lang): string => format(installBlocked, lang, {
        name: name ?? format(unnamedPerson, lang, { id: p.aadObjectId }), cohort: deps.cohortName(cohortId, lang) ?? cohortId,
      });
      const alert: NotifyCoordinatorsPayload = { cohortId, alertId: `reach.install-blocked:${p.aadObjectId}`, text: { nb: text('nb'), en: text('en') } };
      ops.push({ op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(alert.alertId), payload: alert as unknown as Json, runAt: deps.now() } });
    }
    await deps.store.commit(ops);
    return 'blocked';
  }
  const chatId = await deps.installer.personalChatId(p.aadObjectId);
  // Graph may list a new installation a moment after accepting it.
  if (!chatId) throw new RetryLaterError('the installation of the app is not listed yet', 2_000);
  await deps.store.commit([deps.installations.put(p.aadObjectId, { status: 'installed', chatId, at })]);
  return 'installed';
}
