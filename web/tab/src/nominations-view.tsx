import {
  Badge, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, Title3,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { api } from './api';
import { Pending } from './status-view';
import { useTab } from './tab-context';
import { formatInstant, type TextKey } from './texts';
import type { NominationRow, NominationStatus } from './types';
import { useApi } from './use-api';

const ORDER: readonly NominationStatus[] = ['pending', 'waitlisted', 'approved', 'rejected', 'declined', 'withdrawn'];
const badgeColor = (s: NominationStatus): 'warning' | 'informative' | 'success' | 'danger' | 'subtle' =>
  s === 'pending' ? 'warning' : s === 'waitlisted' ? 'informative' : s === 'approved' ? 'success' : s === 'rejected' ? 'danger' : 'subtle';

/** Nominations and applications by state, decided with the same rules as the coordinators' cards. */
export function NominationsView({ cohortId }: { cohortId: string }): ReactElement {
  const { auth, lang, tr, changed } = useTab();
  const loaded = useApi<{ nominations: NominationRow[] }>(`/cohorts/${encodeURIComponent(cohortId)}/nominations`);
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'warning'; text: string } | undefined>();
  const [rejecting, setRejecting] = useState<NominationRow | undefined>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async (n: NominationRow, action: 'approve' | 'reject' | 'waitlist', why?: string): Promise<void> => {
    setBusy(true);
    const r = await api<{ outcome: 'applied' | 'stale'; status: NominationStatus }>(auth, lang, `/cohorts/${encodeURIComponent(cohortId)}/nominations/${encodeURIComponent(n.id)}/decision`, {
      method: 'POST', body: { action, rev: n.rev, ...(why ? { reason: why } : {}) },
    });
    setBusy(false);
    if (!r.ok) { setMessage({ intent: 'error', text: r.message }); return; }
    const status = tr(`status_${r.data.status}` as TextKey);
    setMessage(r.data.outcome === 'applied' ? { intent: 'success', text: tr('decided', { name: n.nominee, status }) } : { intent: 'warning', text: tr('stale', { status }) });
    setRejecting(undefined);
    setReason('');
    changed();
  };

  return (
    <Pending loaded={loaded}>
      {({ nominations }) => (
        <section aria-labelledby="nominations-heading">
          <Title3 as="h2" id="nominations-heading">{tr('tabNominations')}</Title3>
          {message && <MessageBar intent={message.intent} role="status"><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
          {nominations.length === 0 && <p>{tr('noNominations')}</p>}
          {ORDER.filter((s) => nominations.some((n) => n.status === s)).map((s) => {
            const rows = nominations.filter((n) => n.status === s);
            return (
              <div key={s} className="group">
                <h3 id={`state-${s}`}>{tr(`status_${s}` as TextKey)} ({rows.length})</h3>
                <Table aria-labelledby={`state-${s}`} size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{tr('colName')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colKind')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colBy')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colSubmitted')}</TableHeaderCell>
                      <TableHeaderCell>{s === 'pending' || s === 'waitlisted' ? tr('colActions') : tr('colDecided')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((n) => (
                      <TableRow key={n.id} data-nomination={n.id}>
                        <TableCell>{n.nominee}</TableCell>
                        <TableCell><Badge appearance="tint" color={badgeColor(n.status)}>{tr(`kind_${n.kind}` as TextKey)}</Badge></TableCell>
                        <TableCell>{n.kind === 'application' ? '–' : n.nominator}</TableCell>
                        <TableCell>{formatInstant(n.submittedAt, lang)}</TableCell>
                        <TableCell>
                          {s === 'pending' || s === 'waitlisted' ? (
                            <div className="actions">
                              <Button appearance="primary" disabled={busy} onClick={() => { void decide(n, 'approve'); }} aria-label={`${tr('approve')}: ${n.nominee}`}>{tr('approve')}</Button>
                              {s === 'pending' && <Button disabled={busy} onClick={() => { void decide(n, 'waitlist'); }} aria-label={`${tr('waitlist')}: ${n.nominee}`}>{tr('waitlist')}</Button>}
                              <Button disabled={busy} onClick={() => setRejecting(n)} aria-label={`${tr('reject')}: ${n.nominee}`}>{tr('reject')}</Button>
                            </div>
                          ) : `${n.decidedBy ?? '–'}${n.decidedAt ? `, ${formatInstant(n.decidedAt, lang)}` : ''}`}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            );
          })}
          <Dialog open={rejecting !== undefined} onOpenChange={(_e, d) => { if (!d.open) setRejecting(undefined); }}>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{tr('rejectTitle', { name: rejecting?.nominee ?? '' })}</DialogTitle>
                <DialogContent>
                  <Field label={tr('reason')} required>
                    <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} maxLength={2000} />
                  </Field>
                </DialogContent>
                <DialogActions>
                  <Button appearance="secondary" onClick={() => setRejecting(undefined)}>{tr('cancel')}</Button>
                  <Button appearance="primary" disabled={busy} onClick={() => { if (rejecting) void decide(rejecting, 'reject', reason.trim()); }}>{tr('reject')}</Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </section>
      )}
    </Pending>
  );
}
