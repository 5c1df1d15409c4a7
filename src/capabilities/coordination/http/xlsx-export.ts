import ExcelJS from 'exceljs';
import type { Lang } from '../../../shared/i18n';
import { columns, type ParticipantRow } from '../domain/participant-rows';

/**
 * The participant list as an Excel workbook: one sheet, a bold header row that stays in view, dates as the
 * Norwegian text of the CSV (a hotel reads "15.02.2024", not a serial number in another locale).
 */
export async function participantsWorkbook(rows: readonly ParticipantRow[], sheetTitle: string, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lederbot';
  const ws = wb.addWorksheet(sheetTitle, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.title[lang], key: c.key, width: c.key === 'email' || c.key === 'program' ? 32 : 18 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow({ ...r });
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}
