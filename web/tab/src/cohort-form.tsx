import {
  Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Title3,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { api } from './api';
import { useTab } from './tab-context';
import type { TextKey } from './texts';
import type { CohortDraft, GatheringDraft, Session } from './types';

/** One gathering as the form holds it: days, or a start and end time. */
interface GatheringForm {
  firstDay: string;
  lastDay: string;
  startTime: string;
  endTime: string;
  titleNb: string;
  titleEn: string;
  place: string;
  city: string;
  address: string;
  mode: GatheringDraft['mode'];
  optional: boolean;
  capacity: string;
}

const emptyGathering = (): GatheringForm => ({
  firstDay: '', lastDay: '', startTime: '', endTime: '', titleNb: '', titleEn: '', place: '', city: '', address: '', mode: 'onsite', optional: false, capacity: '',
});

const fromDraft = (g: GatheringDraft): GatheringForm => ({
  firstDay: g.firstDay ?? g.start?.slice(0, 10) ?? '', lastDay: g.lastDay ?? g.end?.slice(0, 10) ?? '',
  startTime: g.start?.slice(11, 16) ?? '', endTime: g.end?.slice(11, 16) ?? '',
  titleNb: g.title.nb, titleEn: g.title.en, place: g.place?.name ?? '', city: g.place?.city ?? '', address: g.place?.address ?? '',
  mode: g.mode, optional: g.optional, capacity: g.capacity !== undefined ? String(g.capacity) : '',
});

function toDraft(f: GatheringForm, n: number): GatheringDraft {
  const timed = f.startTime !== '' || f.endTime !== '';
  return {
    id: `samling-${n}`, number: n, title: { nb: f.titleNb.trim() || `Samling ${n}`, en: f.titleEn.trim() || `Gathering ${n}` },
    ...(timed ? { start: `${f.firstDay}T${f.startTime}`, end: `${f.lastDay || f.firstDay}T${f.endTime}` } : { firstDay: f.firstDay, lastDay: f.lastDay || f.firstDay }),
    ...(f.place.trim() ? { place: { name: f.place.trim(), ...(f.city.trim() ? { city: f.city.trim() } : {}), ...(f.address.trim() ? { address: f.address.trim() } : {}) } } : {}),
    mode: f.mode, optional: f.optional, ...(f.capacity.trim() ? { capacity: Number(f.capacity) } : {}),
  };
}

/**
 * Next year's cohort: the programme's gatherings with dates, times, place and capacity, the deadline and the
 * booking cut-off. The server checks it with the catalog's own schema; its reasons are shown as they come.
 */
export function CohortForm({ session, editing, onSaved }: {
  session: Session;
  editing?: { programId: string; cohort: CohortDraft };
  onSaved: (cohortId: string) => void;
}): ReactElement {
  const { auth, lang, tr, changed } = useTab();
  const start = editing?.cohort;
  const [programId, setProgramId] = useState(editing?.programId ?? session.programs[0]?.programId ?? '');
  const [id, setId] = useState(start?.id ?? '');
  const [nameNb, setNameNb] = useState(start?.name.nb ?? '');
  const [nameEn, setNameEn] = useState(start?.name.en ?? '');
  const [year, setYear] = useState(String(start?.year ?? new Date().getFullYear() + 1));
  const [capacity, setCapacity] = useState(start?.capacity !== undefined ? String(start.capacity) : '');
  const [deadline, setDeadline] = useState(start?.applicationDeadline ?? '');
  const [cutoff, setCutoff] = useState(String(start?.bookingCutoffHours ?? 48));
  const [gatherings, setGatherings] = useState<GatheringForm[]>(start ? start.gatherings.map(fromDraft) : [emptyGathering()]);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);

  if (!editing && session.programs.length === 0) return <p>{tr('noPrograms')}</p>;
  const program = session.programs.find((p) => p.programId === programId);
  const set = (i: number, patch: Partial<GatheringForm>): void => setGatherings((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  const save = async (): Promise<void> => {
    setBusy(true);
    const cohort: CohortDraft = {
      id: id.trim(), name: { nb: nameNb.trim(), en: nameEn.trim() || nameNb.trim() }, year: Number(year),
      ...(capacity.trim() ? { capacity: Number(capacity) } : {}), ...(deadline ? { applicationDeadline: deadline } : {}),
      bookingCutoffHours: Number(cutoff), gatherings: gatherings.map((g, i) => toDraft(g, i + 1)),
    };
    const r = editing
      ? await api<{ cohort: CohortDraft }>(auth, lang, `/cohorts/${encodeURIComponent(editing.cohort.id)}`, { method: 'PUT', body: { cohort } })
      : await api<{ cohort: CohortDraft }>(auth, lang, `/programs/${encodeURIComponent(programId)}/cohorts`, { method: 'POST', body: { cohort } });
    setBusy(false);
    if (!r.ok) { setMessage({ intent: 'error', text: r.message }); return; }
    setMessage({ intent: 'success', text: tr('saved', { name: r.data.cohort.name[lang] }) });
    changed();
    onSaved(r.data.cohort.id);
  };

  return (
    <section aria-labelledby="plan-heading">
      <Title3 as="h2" id="plan-heading">{editing ? tr('editTitle') : tr('planTitle')}</Title3>
      <form className="form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {!editing && (
          <Field label={tr('program')}>
            <Select value={programId} onChange={(_e, d) => setProgramId(d.value)}>
              {session.programs.map((p) => <option key={p.programId} value={p.programId}>{p.name[lang]}</option>)}
            </Select>
          </Field>
        )}
        <p>{tr('checkinPlanNote', { plan: program?.hasCheckinPlan === false ? tr('noPlan') : tr('hasPlan') })}</p>
        <div className="row">
          <Field label={tr('cohortId')} required><Input value={id} disabled={editing !== undefined} onChange={(_e, d) => setId(d.value)} placeholder="ledpro-1-2027" /></Field>
          <Field label={tr('year')} required><Input type="number" value={year} onChange={(_e, d) => setYear(d.value)} /></Field>
        </div>
        <div className="row">
          <Field label={tr('nameNb')} required><Input value={nameNb} onChange={(_e, d) => setNameNb(d.value)} /></Field>
          <Field label={tr('nameEn')}><Input value={nameEn} onChange={(_e, d) => setNameEn(d.value)} /></Field>
        </div>
        <div className="row">
          <Field label={tr('capacity')}><Input type="number" value={capacity} onChange={(_e, d) => setCapacity(d.value)} /></Field>
          <Field label={tr('deadline')}><Input type="date" value={deadline} onChange={(_e, d) => setDeadline(d.value)} /></Field>
          <Field label={tr('cutoff')}><Input type="number" value={cutoff} onChange={(_e, d) => setCutoff(d.value)} /></Field>
        </div>
        {gatherings.map((g, i) => (
          <fieldset key={i} className="gathering">
            <legend>{tr('gathering', { n: i + 1 })}</legend>
            <div className="row">
              <Field label={tr('titleNb')}><Input value={g.titleNb} onChange={(_e, d) => set(i, { titleNb: d.value })} /></Field>
              <Field label={tr('titleEn')}><Input value={g.titleEn} onChange={(_e, d) => set(i, { titleEn: d.value })} /></Field>
            </div>
            <div className="row">
              <Field label={tr('firstDay')} required><Input type="date" value={g.firstDay} onChange={(_e, d) => set(i, { firstDay: d.value })} /></Field>
              <Field label={tr('lastDay')}><Input type="date" value={g.lastDay} onChange={(_e, d) => set(i, { lastDay: d.value })} /></Field>
              <Field label={tr('startTime')}><Input type="time" value={g.startTime} onChange={(_e, d) => set(i, { startTime: d.value })} /></Field>
              <Field label={tr('endTime')}><Input type="time" value={g.endTime} onChange={(_e, d) => set(i, { endTime: d.value })} /></Field>
            </div>
            <div className="row">
              <Field label={tr('place')}><Input value={g.place} onChange={(_e, d) => set(i, { place: d.value })} /></Field>
              <Field label={tr('address')}><Input value={g.address} onChange={(_e, d) => set(i, { address: d.value })} /></Field>
              <Field label={tr('city')}><Input value={g.city} onChange={(_e, d) => set(i, { city: d.value })} /></Field>
            </div>
            <div className="row">
              <Field label={tr('mode')}>
                <Select value={g.mode} onChange={(_e, d) => set(i, { mode: d.value as GatheringForm['mode'] })}>
                  {(['onsite', 'online', 'hybrid'] as const).map((m) => <option key={m} value={m}>{tr(`mode_${m}` as TextKey)}</option>)}
                </Select>
              </Field>
              <Field label={`${tr('capacity')} (${tr('gathering', { n: i + 1 })})`}><Input type="number" value={g.capacity} onChange={(_e, d) => set(i, { capacity: d.value })} /></Field>
              <Checkbox label={tr('optional')} checked={g.optional} onChange={(_e, d) => set(i, { optional: d.checked === true })} />
            </div>
            {gatherings.length > 1 && <Button onClick={() => setGatherings((gs) => gs.filter((_x, j) => j !== i))}>{tr('removeGathering', { n: i + 1 })}</Button>}
          </fieldset>
        ))}
        <div className="actions">
          <Button onClick={() => setGatherings((gs) => [...gs, emptyGathering()])}>{tr('addGathering')}</Button>
          <Button appearance="primary" type="submit" disabled={busy}>{tr('save')}</Button>
        </div>
        {message && <MessageBar intent={message.intent} role="status"><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      </form>
    </section>
  );
}
