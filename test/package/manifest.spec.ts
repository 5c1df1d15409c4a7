/**
 * The Teams app package and the Agents Toolkit project files, checked offline:
 * - appPackage/manifest.json against the JSON schema that @microsoft/app-manifest bundles (placeholders filled in
 *   with realistic values first), and the bot's command lists;
 * - appPackage/en-us.json covers every command and validates against the bundled localization schema;
 * - color.png and outline.png decoded by hand (signature, CRCs, IHDR, IDAT inflated and unfiltered);
 * - teamsapp.yml / teamsapp.local.yml lifecycle steps, and that every ${{VAR}} they, the manifest and
 *   infra/azure.parameters.json use is declared in the env/ templates (the toolkit stops on an empty one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { parse as parseYaml } from 'yaml';

// @microsoft/app-manifest requires strip-bom, which is ESM-only; Node 20 loads it, Jest's CommonJS runtime cannot
// (before Node 24.9). Its only use is in the read*Manifest helpers, which this suite does not call. Hoisted.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string): string => text.replace(/^\uFEFF/, '') }));

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'appPackage');

type Json = Record<string, unknown>;
type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const read = (...parts: string[]): string => readFileSync(join(ROOT, ...parts), 'utf8');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObject = (v: unknown, what: string): Json => {
  if (!isObject(v)) throw new Error(`${what} is not an object`);
  return v;
};
const asArray = (v: unknown, what: string): unknown[] => {
  if (!Array.isArray(v)) throw new Error(`${what} is not an array`);
  return v;
};

// --- placeholders and env files -----------------------------------------------------------------------------

/** Realistic values for the placeholders the toolkit fills in when it packages the app. */
const SAMPLE_ENV: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '3f2b8c1e-5d4a-4e7b-9c21-6a8f0d3e7b54',
  BOT_ID: 'a7d41c9e-2b6f-4f3a-8e15-0c9b7d2e4f61',
  BOT_DOMAIN: 'lederbot1a2b3c.azurewebsites.net',
  APP_NAME_SUFFIX: '-dev',
  TAB_CLIENT_ID: '5c1e7a2d-9b3f-4d6e-8a10-2f4b6c8d0e13',
};

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

function fillPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (_all, name: string) => {
    const value = SAMPLE_ENV[name];
    if (value === undefined) throw new Error(`no sample value for placeholder ${name}`);
    return value;
  });
}

/** KEY=value lines of a dotenv file (comments and blank lines skipped). */
function readEnvFile(...parts: string[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of read(...parts).split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) entries.set(m[1], m[2].trim());
  }
  return entries;
}

// --- schemas bundled by @microsoft/app-manifest ----------------------------------------------------------------

const SCHEMA_DIR = join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas');

/** The bundled copy of a developer.microsoft.com schema URL; throws if the package does not ship it (no network). */
function bundledSchemaPath(url: string): string {
  const m = /\/json-schemas\/(teams\/v[0-9.]+\/MicrosoftTeams(?:\.Localization)?\.schema\.json)$/.exec(url);
  if (!m) throw new Error(`not a Teams schema URL: ${url}`);
  const path = join(SCHEMA_DIR, m[1]);
  if (!existsSync(path)) throw new Error(`@microsoft/app-manifest does not bundle ${m[1]}`);
  return path;
}

function loadSchema(url: string): Schema {
  // The same clean-up AppManifestUtils.fetchSchema applies to the published files.
  const raw = readFileSync(bundledSchemaPath(url), 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(raw) as Schema;
}

/**
 * The localization schema has patternProperties keys such as `...\[\b(...)\b]\.description$` whose lone `]` is not
 * valid in a Unicode regular expression, and Ajv compiles patterns with the `u` flag. Escaping that bracket
 * keeps the meaning and lets the library's validator compile the schema.
 */
function compilableLocalizationSchema(schema: Schema): Schema {
  const s = schema as unknown as Json;
  const patterns = asObject(s.patternProperties ?? {}, 'patternProperties');
  const fixed = Object.fromEntries(Object.entries(patterns).map(([key, value]) => [key.replace(/\\b\]/g, '\\b\\]'), value]));
  return { ...s, patternProperties: fixed } as unknown as Schema;
}

const manifestText = read('appPackage', 'manifest.json');
const manifest = asObject(JSON.parse(fillPlaceholders(manifestText)), 'manifest');
const bot = asObject(asArray(manifest.bots, 'bots')[0], 'bots[0]');
const commandLists = asArray(bot.commandLists, 'commandLists').map((l, i) => asObject(l, `commandLists[${i}]`));
const commandsOf = (list: Json): Json[] => asArray(list.commands, 'commands').map((c, i) => asObject(c, `commands[${i}]`));

describe('Teams app manifest', () => {
  it('uses a current schema version that @microsoft/app-manifest bundles', () => {
    const url = String(manifest.$schema);
    const version = /\/teams\/v([0-9.]+)\//.exec(url)?.[1];
    expect(version).toBe(manifest.manifestVersion);
    const [major, minor] = String(version).split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(19);
    expect(minor).not.toBe(18);
    expect(existsSync(bundledSchemaPath(url))).toBe(true);
  });

  it('uses only placeholders that the env templates declare', () => {
    expect(placeholders(manifestText)).toEqual(['APP_NAME_SUFFIX', 'BOT_DOMAIN', 'BOT_ID', 'TAB_CLIENT_ID', 'TEAMS_APP_ID']);
    for (const envFile of ['.env.dev', '.env.local']) {
      const env = readEnvFile('env', envFile);
      for (const name of placeholders(manifestText)) expect({ envFile, name, declared: env.has(name) }).toEqual({ envFile, name, declared: true });
    }
    expect(JSON.parse(manifestText)).toMatchObject({ id: '${{TEAMS_APP_ID}}', validDomains: ['${{BOT_DOMAIN}}'] });
  });

  it('offers the coordinator tab, served by the bot, signed in by Teams SSO for the same domain', () => {
    const m = JSON.parse(manifestText) as Json;
    expect(m.staticTabs).toEqual([expect.objectContaining({
      entityId: 'coordinator', name: 'Koordinator', contentUrl: 'https://${{BOT_DOMAIN}}/tab/?lang={locale}&theme={theme}',
      scopes: ['personal', 'team', 'groupChat'],
    })]);
    expect(m.webApplicationInfo).toEqual({ id: '${{TAB_CLIENT_ID}}', resource: 'api://${{BOT_DOMAIN}}/${{TAB_CLIENT_ID}}' });
  });

  it('validates against its JSON schema offline', async () => {
    const problems = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, loadSchema(String(manifest.$schema)));
    expect(problems).toEqual([]);
  });

  it('names one Entra app for the tab\'s sign-in and Graph, and asks for read access to the messages of its chats and channels (resource-specific consent)', () => {
    // Installing the app for people (TeamsAppInstallation.ReadWriteSelfForUser.All) needs webApplicationInfo; a
    // retried post reads the conversation's recent messages for its marker with that app's consent (docs/deploy.md).
    expect(JSON.parse(manifestText)).toMatchObject({ webApplicationInfo: { id: '${{TAB_CLIENT_ID}}', resource: 'api://${{BOT_DOMAIN}}/${{TAB_CLIENT_ID}}' } });
    const rsc = asArray(asObject(asObject(manifest.authorization, 'authorization').permissions, 'permissions').resourceSpecific, 'resourceSpecific');
    expect(rsc).toEqual([{ name: 'ChatMessage.Read.Chat', type: 'Application' }, { name: 'ChannelMessage.Read.Group', type: 'Application' }]);
  });

  it('is rejected by the same validation when broken (the check is real)', async () => {
    const broken = JSON.parse(JSON.stringify(manifest)) as Json;
    const brokenBot = asObject(asArray(broken.bots, 'bots')[0], 'bot');
    brokenBot.botId = 'not-a-guid';
    const description = asObject(broken.description, 'description');
    description.short = 'x'.repeat(81);
    const problems = await AppManifestUtils.validateAgainstSchema(broken as unknown as AppManifest, loadSchema(String(broken.$schema)));
    expect(problems.join('\n')).toMatch(/\/bots\/0\/botId/);
    expect(problems.join('\n')).toMatch(/\/description\/short/);
  });

  it('names Lederbot with bokmål descriptions and example placeholder URLs', () => {
    expect(manifest.name).toMatchObject({ short: 'Lederbot-dev' });
    const description = asObject(manifest.description, 'description');
    expect(String(description.short).length).toBeLessThanOrEqual(80);
    expect(String(description.full).length).toBeLessThanOrEqual(4000);
    expect(String(description.full)).toMatch(/samling/);
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    const developer = asObject(manifest.developer, 'developer');
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(String(developer[key])).toMatch(/^https:\/\/lederbot\.example\.no\//);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('declares one conversational bot in personal, team and group chat scope', () => {
    expect(asArray(manifest.bots, 'bots')).toHaveLength(1);
    expect(JSON.parse(manifestText)).toMatchObject({ bots: [{ botId: '${{BOT_ID}}' }] });
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
  });

  it('lists the commands the bot understands, per scope', () => {
    const byScope = Object.fromEntries(commandLists.map((list) => {
      const scopes = asArray(list.scopes, 'scopes');
      expect(scopes).toHaveLength(1);
      return [String(scopes[0]), commandsOf(list).map((c) => String(c.title))];
    }));
    expect(byScope).toEqual({
      personal: ['hjelp', 'mine samlinger', 'neste samling', 'nominer', 'søk', 'mine nominasjoner', 'til behandling'],
      team: ['hjelp', 'registrer koordinatorkanal', 'koble basisgruppe', 'til behandling', 'neste samling'],
      groupChat: ['hjelp', 'koble basisgruppe', 'neste samling'],
    });
    for (const list of commandLists) {
      for (const command of commandsOf(list)) expect(String(command.description).length).toBeGreaterThan(10);
    }
  });
});

describe('English localization (appPackage/en-us.json)', () => {
  const info = asObject(manifest.localizationInfo, 'localizationInfo');
  const locText = read('appPackage', 'en-us.json');
  const loc = asObject(JSON.parse(fillPlaceholders(locText)), 'en-us.json');

  it('is the additional language of a bokmål manifest', () => {
    expect(info.defaultLanguageTag).toBe('nb-NO');
    expect(info.additionalLanguages).toEqual([{ languageTag: 'en-US', file: 'en-us.json' }]);
    expect(existsSync(join(APP, 'en-us.json'))).toBe(true);
  });

  it('translates the name, the descriptions and every command title and description, and nothing else', () => {
    const expected = ['name.short', 'name.full', 'description.short', 'description.full', 'staticTabs[0].name'];
    commandLists.forEach((list, i) => commandsOf(list).forEach((_c, j) => {
      expected.push(`bots[0].commandLists[${i}].commands[${j}].title`, `bots[0].commandLists[${i}].commands[${j}].description`);
    }));
    expect(Object.keys(loc).filter((k) => k !== '$schema').sort()).toEqual(expected.sort());
    for (const key of expected) expect(String(loc[key]).trim()).not.toBe('');
    expect(loc['bots[0].commandLists[0].commands[0].title']).toBe('help');
    expect(String(loc['description.short']).length).toBeLessThanOrEqual(80);
  });

  it('gives the same English title to the same command in every scope', () => {
    const english = new Map<string, Set<string>>();
    commandLists.forEach((list, i) => commandsOf(list).forEach((c, j) => {
      const titles = english.get(String(c.title)) ?? new Set<string>();
      titles.add(String(loc[`bots[0].commandLists[${i}].commands[${j}].title`]));
      english.set(String(c.title), titles);
    }));
    for (const [title, translations] of english) expect({ title, translations: translations.size }).toEqual({ title, translations: 1 });
  });

  it('validates against the localization schema bundled for the manifest version', async () => {
    const url = String(loc.$schema);
    expect(url).toBe(String(manifest.$schema).replace('MicrosoftTeams.schema.json', 'MicrosoftTeams.Localization.schema.json'));
    const schema = compilableLocalizationSchema(loadSchema(url));
    expect(await AppManifestUtils.validateAgainstSchema(loc as unknown as AppManifest, schema)).toEqual([]);
    const broken = { ...loc, 'bots[0].commandLists[3].commands[0].title': 'x', 'name.short': 'x'.repeat(31) };
    expect((await AppManifestUtils.validateAgainstSchema(broken as unknown as AppManifest, schema)).length).toBeGreaterThanOrEqual(2);
  });
});

// --- PNG ------------------------------------------------------------------------------------------------------

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** Unfiltered scanlines, channels bytes per pixel. */
  pixels: Buffer;
  channels: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Teams icons are). */
function decodePng(file: Buffer): Png {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    expect(file.readUInt32BE(offset + 8 + length)).toBe(crc32(file.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  if (!ihdr) throw new Error('no IHDR chunk');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const bitDepth = ihdr[8];
  const colorType = ihdr[9];
  expect(bitDepth).toBe(8);
  expect([2, 6]).toContain(colorType);
  expect(ihdr[12]).toBe(0); // not interlaced
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((stride + 1) * height);
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`bad filter type ${filter}`);
      pixels[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, bitDepth, colorType, pixels, channels };
}

describe('app icons', () => {
  it('has a 192x192 full-colour icon', () => {
    const png = decodePng(readFileSync(join(APP, 'color.png')));
    expect([png.width, png.height]).toEqual([192, 192]);
    // Full colour: more than a couple of distinct colours, and not grey only.
    const colours = new Set<number>();
    let chromatic = false;
    for (let i = 0; i < png.pixels.length; i += png.channels) {
      const [r, g, b] = [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) chromatic = true;
    }
    expect(colours.size).toBeGreaterThan(2);
    expect(chromatic).toBe(true);
  });

  it('has a 32x32 white-on-transparent RGBA outline icon', () => {
    const png = decodePng(readFileSync(join(APP, 'outline.png')));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(png.colorType).toBe(6);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < png.pixels.length; i += 4) {
      const alpha = png.pixels[i + 3];
      if (alpha === 0) transparent++;
      if (alpha === 255) opaque++;
      // Every visible pixel is white; only its alpha varies (anti-aliased edges).
      if (alpha > 0) expect([png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(opaque).toBeGreaterThan(32);
  });

  it('are what scripts/make-icons.js draws (rerun it after changing the drawing)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const icons = require('../../scripts/make-icons.js') as { drawColor(size: number): Buffer; drawOutline(size: number): Buffer };
    expect(icons.drawColor(192).equals(readFileSync(join(APP, 'color.png')))).toBe(true);
    expect(icons.drawOutline(32).equals(readFileSync(join(APP, 'outline.png')))).toBe(true);
  });
});

// --- Agents Toolkit project files ------------------------------------------------------------------------------

interface Step {
  uses: string;
  with: Json;
  writeToEnvironmentFile: Json;
}

function lifecycle(doc: Json, stage: string): Step[] {
  return asArray(doc[stage], stage).map((s, i) => {
    const step = asObject(s, `${stage}[${i}]`);
    return { uses: String(step.uses), with: isObject(step.with) ? step.with : {}, writeToEnvironmentFile: isObject(step.writeToEnvironmentFile) ? step.writeToEnvironmentFile : {} };
  });
}

function loadYaml(file: string): { text: string; doc: Json } {
  expect(existsSync(join(ROOT, file))).toBe(true);
  const text = read(file);
  return { text, doc: asObject(parseYaml(text) as unknown, file) };
}

const bicepText = read('infra', 'azure.bicep');
const bicepOutputs = new Set([...bicepText.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]));

describe('teamsapp.yml (provision, deploy, publish in Azure)', () => {
  const { text, doc } = loadYaml('teamsapp.yml');
  const provision = lifecycle(doc, 'provision');

  it('provisions the Teams app and the Azure resources, then validates and uploads the app package', () => {
    expect(doc.version).toMatch(/^v1\.\d+$/);
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/aka\.ms\/\S+\/v1\.\d+\/yaml\.schema\.json/);
    expect(provision.map((s) => s.uses)).toEqual([
      'teamsApp/create', 'arm/deploy', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update',
    ]);
    // The bot's identity is the managed identity of infra/azure.bicep, not a (multi-tenant) Entra app.
    const allSteps = ['provision', 'deploy', 'publish'].flatMap((stage) => lifecycle(doc, stage).map((s) => s.uses));
    expect(allSteps.filter((uses) => /aadApp\/create$/i.test(uses))).toEqual([]);
    const arm = provision[1].with;
    const template = asObject(asArray(arm.templates, 'templates')[0], 'templates[0]');
    expect(template).toMatchObject({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' });
    expect(existsSync(join(ROOT, 'infra', 'azure.bicep'))).toBe(true);
    expect(existsSync(join(ROOT, 'infra', 'botRegistration', 'azurebot.bicep'))).toBe(true);
    for (const step of provision.filter((s) => 'manifestPath' in s.with)) expect(step.with.manifestPath).toBe('./appPackage/manifest.json');
  });

  it('deploys with npm install and build, then a zip deploy that honours .webappignore', () => {
    const deploy = lifecycle(doc, 'deploy');
    expect(deploy.map((s) => s.uses)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(String(deploy[0].with.args)).toMatch(/^(ci|install)\b/);
    expect(String(deploy[1].with.args)).toMatch(/^run build\b/);
    expect(deploy[2].with).toMatchObject({ artifactFolder: '.', ignoreFile: '.webappignore', resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}' });
    const ignore = read('.webappignore').split(/\r?\n/);
    for (const entry of ['node_modules/', 'env/', '.localConfigs', 'data/', 'test/']) expect(ignore).toContain(entry);
  });

  it('publishes the package to the organisation catalog', () => {
    expect(lifecycle(doc, 'publish').map((s) => s.uses)).toEqual([
      'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update', 'teamsApp/publishAppPackage',
    ]);
  });

  it('gets the bot id, domain and web app from outputs of infra/azure.bicep', () => {
    for (const name of ['BOT_ID', 'BOT_DOMAIN', 'BOT_TENANT_ID', 'BOT_ENDPOINT', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID']) {
      expect({ name, output: bicepOutputs.has(name) }).toEqual({ name, output: true });
    }
  });

  it('uses only variables declared in env/.env.dev (secrets in the .user sample), non-empty where the toolkit needs a value', () => {
    const env = readEnvFile('env', '.env.dev');
    const secrets = readEnvFile('env', '.env.dev.user.sample');
    const written = new Set(provision.flatMap((s) => Object.values(s.writeToEnvironmentFile).map(String)));
    const params = read('infra', 'azure.parameters.json');
    // Placeholders in the parsed document: comments may mention ${{NAME}} as an example.
    for (const name of placeholders(JSON.stringify(doc) + params)) {
      const declared = name.startsWith('SECRET_') ? secrets.has(name) : env.has(name);
      expect({ name, declared }).toEqual({ name, declared: true });
    }
    // arm/deploy refuses an empty placeholder in the parameters file; RESOURCE_SUFFIX is generated, and
    // APP_NAME_SUFFIX may be empty.
    for (const name of placeholders(params)) {
      if (name === 'RESOURCE_SUFFIX' || name === 'APP_NAME_SUFFIX' || name.startsWith('SECRET_') || written.has(name)) continue;
      expect({ name, value: env.get(name) }).toEqual({ name, value: expect.stringMatching(/\S/) });
    }
  });

  it('passes only parameters that infra/azure.bicep declares, and every required one', () => {
    const params = asObject(asObject(JSON.parse(read('infra', 'azure.parameters.json')), 'parameters file').parameters, 'parameters');
    const declared = new Map([...bicepText.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((m) => [m[1], m[2] !== undefined]));
    for (const name of Object.keys(params)) expect({ name, declared: declared.has(name) }).toEqual({ name, declared: true });
    for (const [name, hasDefault] of declared) if (!hasDefault) expect(Object.keys(params)).toContain(name);
  });
});

describe('teamsapp.local.yml (debugging in Teams through a tunnel)', () => {
  const { doc } = loadYaml('teamsapp.local.yml');

  it('registers a single-tenant bot and writes the local settings to .localConfigs', () => {
    expect(doc.version).toMatch(/^v1\.\d+$/);
    const provision = lifecycle(doc, 'provision');
    expect(provision.map((s) => s.uses)).toEqual([
      'teamsApp/create', 'aadApp/create', 'botFramework/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage', 'teamsApp/update',
    ]);
    expect(provision[1].with).toMatchObject({ signInAudience: 'AzureADMyOrg', generateClientSecret: true });
    expect(provision[1].writeToEnvironmentFile).toMatchObject({ clientId: 'BOT_ID', clientSecret: 'SECRET_BOT_PASSWORD', tenantId: 'BOT_TENANT_ID' });
    expect(provision[2].with).toMatchObject({ botId: '${{BOT_ID}}', messagingEndpoint: '${{BOT_ENDPOINT}}/api/messages' });

    const deploy = lifecycle(doc, 'deploy');
    expect(deploy.map((s) => s.uses)).toEqual(['cli/runNpmCommand', 'file/createOrUpdateEnvironmentFile']);
    expect(deploy[1].with.target).toBe('./.localConfigs');
    expect(asObject(deploy[1].with.envs, 'envs')).toMatchObject({
      PORT: '${{PORT}}', BOT_ID: '${{BOT_ID}}', BOT_PASSWORD: '${{SECRET_BOT_PASSWORD}}', BOT_TENANT_ID: '${{BOT_TENANT_ID}}', BOT_TYPE: 'SingleTenant',
    });
  });

  it('uses only variables declared in env/.env.local (secrets in the .user sample)', () => {
    const env = readEnvFile('env', '.env.local');
    const secrets = readEnvFile('env', '.env.local.user.sample');
    for (const name of placeholders(JSON.stringify(doc))) {
      const declared = name.startsWith('SECRET_') ? secrets.has(name) : env.has(name);
      expect({ name, declared }).toEqual({ name, declared: true });
    }
    // Settings copied into .localConfigs must have a value: the toolkit stops on an empty placeholder.
    for (const name of ['PORT', 'DATA_DIR', 'LOG_LEVEL', 'CALENDAR_PROVIDER']) expect({ name, value: env.get(name) }).toEqual({ name, value: expect.stringMatching(/\S/) });
  });
});

describe('env templates', () => {
  it('keep secrets out of the committed files and name them in the .user samples with empty values', () => {
    for (const envName of ['local', 'dev']) {
      const env = readEnvFile('env', `.env.${envName}`);
      expect(env.get('TEAMSFX_ENV')).toBe(envName);
      for (const key of ['APP_NAME_SUFFIX', 'TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT', 'PORT', 'DATA_DIR', 'LOG_LEVEL', 'CALENDAR_PROVIDER', 'GRAPH_BASE_URL', 'ALLOWED_TENANT_IDS']) {
        expect({ envName, key, present: env.has(key) }).toEqual({ envName, key, present: true });
      }
      expect([...env.keys()].filter((k) => k.startsWith('SECRET_') || /PASSWORD|_KEY$|SECRET/.test(k))).toEqual([]);
      const sample = readEnvFile('env', `.env.${envName}.user.sample`);
      for (const key of ['SECRET_BOT_PASSWORD', 'SECRET_GRAPH_CLIENT_SECRET', 'SECRET_AZURE_OPENAI_API_KEY']) expect(sample.get(key)).toBe('');
      for (const [key, value] of sample) expect({ key, secret: key.startsWith('SECRET_'), value }).toEqual({ key, secret: true, value: '' });
    }
    const dev = readEnvFile('env', '.env.dev');
    for (const key of ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX']) expect(dev.get(key)).toBe('');
  });
});
