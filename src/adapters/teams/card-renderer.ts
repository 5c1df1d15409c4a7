import * as ACData from 'adaptivecards-templating';
import type { Json } from '../../shared/store.port';

/**
 * Cards are JSON templates (teams/cards/*.json) expanded from a typed data object. Templating keeps layout in
 * JSON and logic in TypeScript; text from users is data, so it never becomes card structure.
 */
export function renderCard<T extends object>(template: object, data: T): Json {
  const expanded = new ACData.Template(template).expand({ $root: data }) as unknown;
  return expanded as Json;
}

/**
 * Text from users shown in a card TextBlock: Teams renders a subset of markdown there, so markdown and link
 * syntax are escaped and the length is bounded.
 */
export function escapeCardText(text: string, max = 2000): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}
