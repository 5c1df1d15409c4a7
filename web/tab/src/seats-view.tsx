import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { Pending } from './status-view';
import { useTab } from './tab-context';
import type { GatheringSeats } from './types';
import { useApi } from './use-api';

/** Booked, waitlist, declined and capacity per gathering, as a chart and as the same numbers in a table. */
export function SeatsView({ cohortId }: { cohortId: string }): ReactElement {
  const { lang, tr } = useTab();
  const loaded = useApi<{ gatherings: GatheringSeats[] }>(`/cohorts/${encodeURIComponent(cohortId)}/seats`);
  return (
    <Pending loaded={loaded}>
      {({ gatherings }) => {
        const data: GroupedVerticalBarChartData[] = gatherings.map((g) => ({
          name: tr('gathering', { n: g.number }),
          series: [
            { key: `${g.gatheringId}-booked`, data: g.booked, legend: tr('booked'), color: tokens.colorPaletteGreenForeground1 },
            { key: `${g.gatheringId}-waitlisted`, data: g.waitlisted, legend: tr('waitlisted'), color: tokens.colorPaletteMarigoldForeground1 },
            { key: `${g.gatheringId}-declined`, data: g.declined, legend: tr('declinedSeats'), color: tokens.colorPaletteRedForeground1 },
            ...(g.capacity !== undefined ? [{ key: `${g.gatheringId}-capacity`, data: g.capacity, legend: tr('capacity'), color: tokens.colorNeutralForeground3 }] : []),
          ],
        }));
        // Whole seats on the axis: the top is a multiple of the four ticks.
        const top = Math.max(4, Math.ceil(Math.max(0, ...data.flatMap((d) => d.series.map((x) => x.data))) / 4) * 4);
        return (
          <section aria-labelledby="seats-heading">
            <Title3 as="h2" id="seats-heading">{tr('seatsChart')}</Title3>
            <div className="chart">
              <GroupedVerticalBarChart data={data} height={280} chartTitle={tr('seatsChart')} yMaxValue={top} yAxisTickCount={4} />
            </div>
            <Table aria-labelledby="seats-heading" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{tr('colGathering')}</TableHeaderCell>
                  <TableHeaderCell>{tr('colWhen')}</TableHeaderCell>
                  <TableHeaderCell>{tr('booked')}</TableHeaderCell>
                  <TableHeaderCell>{tr('waitlisted')}</TableHeaderCell>
                  <TableHeaderCell>{tr('declinedSeats')}</TableHeaderCell>
                  <TableHeaderCell>{tr('capacity')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {gatherings.map((g) => (
                  <TableRow key={g.gatheringId}>
                    <TableCell>{g.number}. {g.title[lang]}</TableCell>
                    <TableCell>{g.when[lang]}</TableCell>
                    <TableCell>{g.booked}</TableCell>
                    <TableCell>{g.waitlisted}</TableCell>
                    <TableCell>{g.declined}</TableCell>
                    <TableCell>{g.capacity ?? tr('noLimit')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        );
      }}
    </Pending>
  );
}
