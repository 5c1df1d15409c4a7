import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3 } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { Pending } from './status-view';
import { useTab } from './tab-context';
import { formatInstant, type TextKey } from './texts';
import type { GroupRates } from './types';
import { useApi } from './use-api';

const PALETTE = ['#4f6bed', '#0f7b6c', '#b4009e', '#ca5010', '#5c2e91', '#038387'];

/** Answer rate per base group per round (counts only), reminders and the digest's state. */
export function CheckinsView({ cohortId }: { cohortId: string }): ReactElement {
  const { lang, tr } = useTab();
  const loaded = useApi<{ groups: GroupRates[] }>(`/cohorts/${encodeURIComponent(cohortId)}/checkins`);
  return (
    <Pending loaded={loaded}>
      {({ groups }) => {
        const rounds = [...new Set(groups.flatMap((g) => g.rounds.map((r) => r.afterGathering)))].sort((a, b) => a - b);
        const data: GroupedVerticalBarChartData[] = groups.map((g) => ({
          name: g.name,
          series: rounds.map((n, i) => {
            const r = g.rounds.find((x) => x.afterGathering === n);
            return { key: `${g.groupId}-${n}`, data: Math.round((r?.rate ?? 0) * 100), legend: tr('afterGathering', { n }), color: PALETTE[i % PALETTE.length] };
          }),
        }));
        return (
          <section aria-labelledby="checkins-heading">
            <Title3 as="h2" id="checkins-heading">{tr('ratesChart')}</Title3>
            <p>{tr('privacyNote')}</p>
            {groups.length === 0 ? <p>{tr('noGroups')}</p> : (
              <>
                <div className="chart">
                  <GroupedVerticalBarChart data={data} height={280} chartTitle={tr('ratesChart')} yMaxValue={100} yAxisTickCount={4} />
                </div>
                <Table aria-labelledby="checkins-heading" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{tr('colGroup')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colRound')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colStatus')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colAnswered')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colReminded')}</TableHeaderCell>
                      <TableHeaderCell>{tr('colDigest')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {groups.flatMap((g) => g.rounds.map((r) => (
                      <TableRow key={`${g.groupId}-${r.roundId}`}>
                        <TableCell>{g.name}{!g.reachable && <> <Badge color="danger">{tr('unreachable')}</Badge></>}</TableCell>
                        <TableCell>{tr('afterGathering', { n: r.afterGathering })}</TableCell>
                        <TableCell>{tr(`round_${r.status}` as TextKey)}</TableCell>
                        <TableCell>{r.rate === undefined ? '–' : `${r.answered} / ${r.members} (${Math.round(r.rate * 100)} %)`}</TableCell>
                        <TableCell>{r.remindedAt ? formatInstant(r.remindedAt, lang) : tr('notYet')}</TableCell>
                        <TableCell>{r.digestedAt ? formatInstant(r.digestedAt, lang) : tr('digestDue', { when: formatInstant(r.digestAt, lang) })}</TableCell>
                      </TableRow>
                    )))}
                  </TableBody>
                </Table>
              </>
            )}
          </section>
        );
      }}
    </Pending>
  );
}
