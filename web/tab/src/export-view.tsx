import { Button, Field, MessageBar, MessageBarBody, Select, Title3 } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { download } from './api';
import { Pending } from './status-view';
import { useTab } from './tab-context';
import type { GatheringSeats } from './types';
import { useApi } from './use-api';

/** The participant list of a gathering (or all) as CSV or Excel, dates in Norwegian style. */
export function ExportView({ cohortId }: { cohortId: string }): ReactElement {
  const { auth, lang, tr } = useTab();
  const loaded = useApi<{ gatherings: GatheringSeats[] }>(`/cohorts/${encodeURIComponent(cohortId)}/seats`);
  const [gathering, setGathering] = useState('');
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const get = async (format: 'csv' | 'xlsx'): Promise<void> => {
    const q = new URLSearchParams({ format, lang, ...(gathering ? { gathering } : {}) });
    const r = await download(auth, lang, `/cohorts/${encodeURIComponent(cohortId)}/export?${q.toString()}`);
    setMessage(r.ok ? { intent: 'success', text: tr('downloaded', { file: r.data }) } : { intent: 'error', text: r.message });
  };
  return (
    <Pending loaded={loaded}>
      {({ gatherings }) => (
        <section aria-labelledby="export-heading">
          <Title3 as="h2" id="export-heading">{tr('exportTitle')}</Title3>
          {message && <MessageBar intent={message.intent} role="status"><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
          <Field label={tr('exportGathering')} className="narrow">
            <Select value={gathering} onChange={(_e, d) => setGathering(d.value)}>
              <option value="">{tr('allGatherings')}</option>
              {gatherings.map((g) => <option key={g.gatheringId} value={g.gatheringId}>{g.number}. {g.title[lang]} ({g.when[lang]})</option>)}
            </Select>
          </Field>
          <div className="actions">
            <Button icon={<ArrowDownloadRegular />} onClick={() => { void get('csv'); }}>{tr('downloadCsv')}</Button>
            <Button icon={<ArrowDownloadRegular />} onClick={() => { void get('xlsx'); }}>{tr('downloadXlsx')}</Button>
          </div>
        </section>
      )}
    </Pending>
  );
}
