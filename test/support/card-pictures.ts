import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './playground';
import { ROOT } from './bot-process';

/**
 * Pictures of cards as a Teams chat shows them: the Adaptive Cards JavaScript renderer (the `adaptivecards`
 * package, the SDK Teams' own renderer is built on) in Debian's headless Chromium, with a Teams-like host config
 * and bubble. Plain-text replies are drawn as a text bubble. Nothing is fetched: script and styles are inlined.
 */
const HOST_CONFIG = {
  fontFamily: '"Segoe UI", "DejaVu Sans", system-ui, sans-serif',
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, attention: { default: '#C4314B' }, good: { default: '#237B4B' }, warning: { default: '#835C00' }, accent: { default: '#5B5FC7' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
  actions: { maxActions: 10, spacing: 'default', buttonSpacing: 8, showCard: { actionMode: 'inline', inlineTopMargin: 8 }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
  factSet: { title: { weight: 'bolder', wrap: true, maxWidth: 160 }, value: { wrap: true }, spacing: 8 },
};

const CSS = `
body { margin: 0; padding: 24px; background: #F0F0F0; font-family: ${HOST_CONFIG.fontFamily}; }
.bubble { width: 520px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14); overflow: hidden; }
.who { font-size: 12px; color: #616161; margin: 0 0 4px 2px; }
.text { padding: 12px 16px; font-size: 14px; color: #242424; white-space: pre-wrap; line-height: 1.45; }
.ac-pushButton { border: 1px solid #D1D1D1; background: #FFFFFF; color: #242424; border-radius: 4px; padding: 5px 12px; font: 600 14px ${HOST_CONFIG.fontFamily}; cursor: pointer; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; flex: 0 1 auto !important; }
.ac-pushButton.style-positive, .ac-pushButton.style-default.primary { background: #5B5FC7; color: #FFFFFF; border-color: #5B5FC7; }
.ac-pushButton.style-destructive { background: #C4314B; color: #FFFFFF; border-color: #C4314B; }
.ac-actionSet { flex-wrap: wrap; row-gap: 8px; }
.ac-input { font: 14px ${HOST_CONFIG.fontFamily}; padding: 4px; border: 1px solid #D1D1D1; border-radius: 4px; }
`;

export type Picture = { readonly name: string; readonly card?: unknown; readonly text?: string };

export class CardPictures {
  private constructor(private readonly browser: Browser, private readonly page: Page) {}

  static async start(): Promise<CardPictures> {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 600, height: 400 }, deviceScaleFactor: 1 });
    const script = readFileSync(join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js'), 'utf8');
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style><script>${script}</script></head><body><div class="who">Lederbot</div><div id="host" class="bubble"></div></body></html>`);
    return new CardPictures(browser, page);
  }

  /** Renders one card (or text) and saves a PNG of the bubble; returns the renderer's problems (none expected). */
  async save(p: Picture, file: string): Promise<string[]> {
    const problems = await this.page.evaluate(({ card, text, host }) => {
      const w = window as unknown as { AdaptiveCards: Record<string, unknown> };
      const AC = w.AdaptiveCards as unknown as {
        AdaptiveCard: new () => { hostConfig: unknown; parse(j: unknown, c: unknown): void; render(): HTMLElement | undefined; validateProperties(): { validationEvents: Array<{ message: string }> } };
        HostConfig: new (j: unknown) => unknown; SerializationContext: new () => unknown;
      };
      const el = document.getElementById('host') as HTMLElement;
      el.innerHTML = '';
      if (text !== undefined) {
        const d = document.createElement('div');
        d.className = 'text';
        d.textContent = text;
        el.appendChild(d);
        return [];
      }
      // Teams renders markdown in TextBlocks and facts: backslash escapes show as the character, **x** is bold.
      (AC.AdaptiveCard as unknown as { onProcessMarkdown: (t: string, r: { didProcess: boolean; outputHtml?: string }) => void }).onProcessMarkdown = (t, r) => {
        const html = t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
          .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, (_m, ch: string) => `&#${ch.charCodeAt(0)};`)
          .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\*(.+?)\*/g, '<em>$1</em>').replace(/\n/g, '<br>');
        r.outputHtml = `<p style="margin:0">${html}</p>`;
        r.didProcess = true;
      };
      const c = new AC.AdaptiveCard();
      c.hostConfig = new AC.HostConfig(host);
      const ctx = new AC.SerializationContext();
      c.parse(card, ctx);
      const out = c.render();
      if (out) el.appendChild(out);
      return c.validateProperties().validationEvents.map((e) => e.message);
    }, { card: p.card, text: p.text, host: HOST_CONFIG });
    const box = await this.page.locator('body').boundingBox();
    await this.page.setViewportSize({ width: 600, height: Math.ceil((box?.height ?? 400) + 8) });
    await this.page.locator('body').screenshot({ path: file });
    return problems;
  }

  async stop(): Promise<void> {
    await this.browser.close();
  }
}
