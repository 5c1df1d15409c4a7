import {
  Button, Field, FluentProvider, Input, MessageBar, MessageBarBody, Select, Spinner, Tab, TabList, Title2,
  teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { api, serverMode, type Auth } from './api';
import { AlertsView } from './alerts-view';
import { CheckinsView } from './checkins-view';
import { CohortForm } from './cohort-form';
import { ExportView } from './export-view';
import { NominationsView } from './nominations-view';
import { SeatsView } from './seats-view';
import { TabContext, useTab } from './tab-context';
import { connectHost, hasTokenProvider, type Host, type ThemeName } from './teams-host';
import { langOfLocale, t, type Lang } from './texts';
import type { CohortDraft, Session } from './types';
import { useApi } from './use-api';

type View = 'nominations' | 'seats' | 'checkins' | 'alerts' | 'export' | 'plan';
const VIEWS: ReadonlyArray<{ view: View; key: 'tabNominations' | 'tabSeats' | 'tabCheckins' | 'tabAlerts' | 'tabExport' | 'tabPlan' }> = [
  { view: 'nominations', key: 'tabNominations' }, { view: 'seats', key: 'tabSeats' }, { view: 'checkins', key: 'tabCheckins' },
  { view: 'alerts', key: 'tabAlerts' }, { view: 'export', key: 'tabExport' }, { view: 'plan', key: 'tabPlan' },
];
const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;
const LOCAL_USER_KEY = 'lederbot-local-user';

/** The page: connects to Teams, signs in, then shows the cohorts the person coordinates. */
export function App(): ReactElement {
  const [host, setHost] = useState<Host | undefined>();
  const [mode, setMode] = useState<'sso' | 'local' | undefined>();
  const [theme, setTheme] = useState<ThemeName>('default');
  const [localUser, setLocalUser] = useState<string>(() => new URLSearchParams(window.location.search).get('user') ?? sessionStorage.getItem(LOCAL_USER_KEY) ?? '');
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    void connectHost().then((h) => { setHost(h); setTheme(h.theme); h.onTheme(setTheme); });
    void serverMode().then(setMode, () => setMode('sso'));
  }, []);
  const lang: Lang = langOfLocale(host?.locale);
  useEffect(() => { document.documentElement.lang = lang === 'nb' ? 'nb' : 'en'; document.title = `${t(lang, 'title')} – Lederbot`; }, [lang]);

  const auth = useMemo<Auth | undefined>(() => {
    if (!host || !mode) return undefined;
    if (mode === 'local') return localUser ? { mode, headers: () => Promise.resolve({ 'x-lederbot-local-user': localUser }) } : undefined;
    if (!host.inTeams && !hasTokenProvider()) return undefined;
    return { mode, headers: async () => ({ Authorization: `Bearer ${await host.getToken()}` }) };
  }, [host, mode, localUser]);

  let body: ReactElement;
  if (!host || !mode) body = <Spinner label={t(lang, 'signingIn')} />;
  else if (mode === 'local' && !auth) body = <LocalSignIn lang={lang} onUser={(u) => { sessionStorage.setItem(LOCAL_USER_KEY, u); setLocalUser(u); }} />;
  else if (!auth) body = <MessageBar intent="warning"><MessageBarBody>{t(lang, 'notInTeams')}</MessageBarBody></MessageBar>;
  else {
    body = (
      <TabContext.Provider value={{ auth, lang, revision, changed: () => setRevision((r) => r + 1) }}>
        <Coordinator />
      </TabContext.Provider>
    );
  }
  return (
    <FluentProvider theme={themes[theme]} className="page">
      <header className="header">
        <Title2 as="h1">{t(lang, 'title')}</Title2>
      </header>
      <main>
        {mode === 'local' && <MessageBar intent="info" className="banner"><MessageBarBody>{t(lang, 'localMode')}</MessageBarBody></MessageBar>}
        {body}
      </main>
    </FluentProvider>
  );
}

function LocalSignIn({ lang, onUser }: { lang: Lang; onUser: (id: string) => void }): ReactElement {
  const [value, setValue] = useState('');
  return (
    <form className="row" onSubmit={(e) => { e.preventDefault(); if (value.trim()) onUser(value.trim()); }}>
      <Field label={t(lang, 'localUser')}><Input value={value} onChange={(_e, d) => setValue(d.value)} /></Field>
      <Button type="submit" appearance="primary">{t(lang, 'useLocalUser')}</Button>
    </form>
  );
}

function Coordinator(): ReactElement {
  const { lang, tr } = useTab();
  const session = useApi<Session>('/session');
  const [cohortId, setCohortId] = useState<string | undefined>();
  const [view, setView] = useState<View>('nominations');
  if (session.state === 'loading') return <Spinner label={tr('loading')} />;
  if (session.state === 'error') return <MessageBar intent="error"><MessageBarBody>{session.message}</MessageBarBody></MessageBar>;
  const s = session.data;
  const current = s.cohorts.find((c) => c.cohortId === cohortId) ?? s.cohorts[0];
  if (!current && view !== 'plan') {
    return (
      <>
        <p>{tr('noCohorts')}</p>
      </>
    );
  }
  return (
    <>
      {current && (
        <Field label={tr('cohort')} className="cohort-picker">
          <Select value={current.cohortId} onChange={(_e, d) => setCohortId(d.value)}>
            {s.cohorts.map((c) => <option key={c.cohortId} value={c.cohortId}>{c.name[lang]}</option>)}
          </Select>
        </Field>
      )}
      <nav aria-label={tr('sections')}>
        <TabList selectedValue={view} onTabSelect={(_e, d) => setView(d.value as View)}>
          {VIEWS.map((v) => <Tab key={v.view} value={v.view}>{tr(v.key)}</Tab>)}
        </TabList>
      </nav>
      <div className="view">
        {current && view === 'nominations' && <NominationsView cohortId={current.cohortId} />}
        {current && view === 'seats' && <SeatsView cohortId={current.cohortId} />}
        {current && view === 'checkins' && <CheckinsView cohortId={current.cohortId} />}
        {current && view === 'alerts' && <AlertsView cohortId={current.cohortId} />}
        {current && view === 'export' && <ExportView cohortId={current.cohortId} />}
        {view === 'plan' && <Plan session={s} cohortId={current?.cohortId} onSaved={(id) => setCohortId(id)} />}
      </div>
    </>
  );
}

/** New cohort, or editing the selected one when it was created in the tab. */
function Plan({ session, cohortId, onSaved }: { session: Session; cohortId: string | undefined; onSaved: (id: string) => void }): ReactElement {
  const { auth, lang, tr } = useTab();
  const [editing, setEditing] = useState<{ programId: string; cohort: CohortDraft } | undefined>();
  const definition = useApi<{ cohort: CohortDraft; programId: string; editable: boolean }>(cohortId ? `/cohorts/${encodeURIComponent(cohortId)}/definition` : undefined);
  const [formKey, setFormKey] = useState(0);
  const editable = definition.state === 'ok' && definition.data.editable;
  return (
    <>
      {cohortId && (editable
        ? <Button onClick={() => { void api<{ cohort: CohortDraft; programId: string }>(auth, lang, `/cohorts/${encodeURIComponent(cohortId)}/definition`).then((r) => { if (r.ok) { setEditing({ programId: r.data.programId, cohort: r.data.cohort }); setFormKey((k) => k + 1); } }); }}>{tr('edit')}</Button>
        : <p>{tr('shippedNote')}</p>)}
      <CohortForm key={formKey} session={session} editing={editing} onSaved={onSaved} />
    </>
  );
}
