import { Button, MessageBar, MessageBarBody, Title3 } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { api } from './api';
import { Pending } from './status-view';
import { useTab } from './tab-context';
import { formatInstant } from './texts';
import type { Alerts } from './types';
import { useApi } from './use-api';

/** The alerts the coordinators were sent, and tasks that gave up, with "try again". */
export function AlertsView({ cohortId }: { cohortId: string }): ReactElement {
  const { auth, lang, tr, changed } = useTab();
  const loaded = useApi<Alerts>(`/cohorts/${encodeURIComponent(cohortId)}/alerts`);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const retry = async (jobId: string): Promise<void> => {
    const r = await api<{ enqueued: boolean }>(auth, lang, `/cohorts/${encodeURIComponent(cohortId)}/alerts/${encodeURIComponent(jobId)}/retry`, { method: 'POST' });
    setMessage(r.ok ? { intent: 'success', text: tr('retryDone') } : { intent: 'error', text: r.message });
    changed();
  };
  return (
    <Pending loaded={loaded}>
      {({ alerts, dead }) => (
        <section aria-labelledby="alerts-heading">
          <Title3 as="h2" id="alerts-heading">{tr('deadTitle')}</Title3>
          {message && <MessageBar intent={message.intent} role="status"><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
          {dead.length === 0 ? <p>{tr('noDead')}</p> : (
            <ul className="plain">
              {dead.map((d) => (
                <li key={d.jobId}>
                  <span>{tr('deadLine', { what: d.what[lang], n: d.attempts, error: d.error })}</span>{' '}
                  {d.retried ? <strong>{tr('retried', { status: d.retried })}</strong>
                    : <Button size="small" onClick={() => { void retry(d.jobId); }}>{tr('retry')}</Button>}
                </li>
              ))}
            </ul>
          )}
          <h3>{tr('alertsTitle')}</h3>
          {alerts.length === 0 ? <p>{tr('noAlerts')}</p> : (
            <ul className="plain">
              {alerts.map((a) => <li key={a.id}><time dateTime={a.at}>{formatInstant(a.at, lang)}</time>: {a.text[lang]}</li>)}
            </ul>
          )}
        </section>
      )}
    </Pending>
  );
}
