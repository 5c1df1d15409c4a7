import type { Lang } from '../../../shared/i18n';
import { err, ok, type Result } from '../../../shared/result';
import { BookingRepository } from '../../bookings/store/booking.repository';
import { participantRows, type ParticipantRow } from '../domain/participant-rows';
import type { Caller, CoordinationDeps } from '../ports';
import { requireCoordinator } from './coordinator-access.use-case';

export interface ParticipantList {
  readonly fileStem: string;
  readonly sheetTitle: string;
  readonly rows: readonly ParticipantRow[];
}

/** The participants of one gathering (or all of the cohort's), for the hotel and the faculty. */
export async function exportParticipants(
  deps: CoordinationDeps, caller: Caller, cohortId: string, gatheringId: string | undefined, lang: Lang,
): Promise<Result<ParticipantList, { code: 'forbidden' } | { code: 'unknown-gathering' }>> {
  const access = await requireCoordinator(deps, caller, cohortId);
  if (!access.ok) return err({ code: 'forbidden' });
  const { program, cohort } = access.value;
  const gatherings = gatheringId === undefined ? [...cohort.gatherings].sort((a, b) => a.number - b.number)
    : cohort.gatherings.filter((g) => g.id === gatheringId);
  if (gatherings.length === 0) return err({ code: 'unknown-gathering' });
  const repo = new BookingRepository(deps.store);
  const rows: ParticipantRow[] = [];
  for (const g of gatherings) rows.push(...participantRows(program, cohort, g, await repo.ofGathering(cohortId, g.id), lang));
  deps.logger.info('participants exported', { cohortId, gatheringId: gatheringId ?? null, rows: rows.length });
  const stem = gatheringId === undefined ? cohortId : `${cohortId}-${gatheringId}`;
  return ok({ fileStem: `${lang === 'nb' ? 'deltakere' : 'participants'}-${stem}`, sheetTitle: lang === 'nb' ? 'Deltakere' : 'Participants', rows });
}
