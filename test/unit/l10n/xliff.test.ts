// Export to XLIFF and import back, as a translation agency's round trip would go: nothing changes when
// nothing was translated, a real edit lands in the right key or article, and a bad file changes nothing.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { locales, sourceLocale } from '../../../src/i18n/locales.ts';
import { buildL10nReport } from '../../../src/l10n/l10n-report.ts';
import { translationUnits } from '../../../src/l10n/translation-units.ts';
import { readXliff, writeXliff } from '../../../src/l10n/xliff.ts';
import { ImportError, importXliff } from '../../../src/l10n/xliff-import.ts';

const italian = locales.find((l) => l.code === 'it')!;
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'slh-xliff-'));
  cpSync('content', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file of the content folder with its bytes. */
function snapshot(dir = root): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return new Map(walk(dir).map((f) => [relative(dir, f), readFileSync(f, 'latin1')]));
}
const exportFile = (all = false) => writeXliff(translationUnits(root, italian, sourceLocale, all), 'en', 'it');
const importFile = (xml: string) => importXliff(root, xml, locales, sourceLocale);
const report = () => buildL10nReport({ root, locales, sourceLocale, cwd: root }).locales[0]!;
/** The XML of one unit of one file, to edit it as a translator's tool would. */
function editUnit(xml: string, original: string, id: string, edit: (unitXml: string) => string): string {
  const file = xml.indexOf(`<file original="${original}"`);
  const start = xml.indexOf(`<trans-unit id="${id}"`, file);
  const end = xml.indexOf('</trans-unit>', start) + '</trans-unit>'.length;
  expect(file >= 0 && start > file, `${original}#${id} is in the file`).toBe(true);
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
}
const setTarget = (unit: string, target: string, state = 'translated') =>
  unit.replace(/<target[^>]*>[\s\S]*?<\/target>/, `<target state="${state}">${target}</target>`);
const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('the import was accepted');
};

describe('XLIFF round trip', () => {
  it('export --all then import leaves every file byte-identical', () => {
    const before = snapshot();
    const xml = exportFile(true);
    expect(readXliff(xml).flatMap((f) => f.units).length).toBeGreaterThan(500);
    const result = importFile(xml);
    expect(result).toMatchObject({ written: [], marked: [], skipped: [] });
    expect(snapshot()).toEqual(before);
  });

  it('exports nothing by default when everything is translated and up to date', () => {
    expect(translationUnits(root, italian, sourceLocale, false)).toEqual([]);
  });

  it('protects placeholders and components as inline codes and gives each unit its note', () => {
    const xml = exportFile(true);
    expect(xml).toContain(
      '<source>Read this page in <ph id="1" ctype="x-i18next-placeholder">{{language}}</ph></source>',
    );
    expect(xml).toMatch(
      /<bpt id="(\d+)" ctype="x-mdx-component">&lt;Callout kind="note"&gt;<\/bpt>[\s\S]*?<ept id="\1">&lt;\/Callout&gt;<\/ept>/,
    );
    expect(xml).toContain('<ph id="1" ctype="x-mdx-component">&lt;Kb id="3396" /&gt;</ph>');
    const option = editUnit(xml, 'locales/it/wizards.json', 'cantLogIn.method.options.unsure', (u) => u);
    expect(option).toContain('maxwidth="80" size-unit="char"');
    expect(option).toMatch(
      /<note>Where: The troubleshooters[^<]*\(wizards.json, cantLogIn.method.options.unsure\)\nOne answer to the step's question/,
    );
    expect(editUnit(xml, 'locales/it/ui.json', 'search.results_one', (u) => u)).toContain(
      'Plural form "one" of search.results, used for counts such as 1.',
    );
  });
});

describe('XLIFF import of real work', () => {
  it('writes a changed English string back into its key and marks it, leaving every other file as it was', () => {
    const en = join(root, 'locales/en/ui.json');
    writeFileSync(
      en,
      readFileSync(en, 'utf8').replace('"home": "Help center home"', '"home": "Help center start page"'),
    );
    expect(
      report()
        .namespaces.find((n) => n.namespace === 'ui')!
        .outdatedStrings.map((o) => o.key),
    ).toEqual(['nav.home']);
    const xml = exportFile();
    expect(readXliff(xml).map((f) => [f.original, f.units.map((u) => u.id)])).toEqual([
      ['locales/it/ui.json', ['nav.home']],
    ]);
    expect(xml).toContain('<target state="needs-review-translation">Home del centro assistenza</target>');
    expect(xml).toContain('The English changed since this was translated. It was: "Help center home"');
    const before = snapshot();
    importFile(
      editUnit(xml, 'locales/it/ui.json', 'nav.home', (u) => setTarget(u, 'Pagina iniziale del centro assistenza')),
    );
    const after = snapshot();
    const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f)).sort();
    expect(changed).toEqual(['locales/it/ui.json', 'source-snapshots/strings.json', 'string-marks/it.json']);
    expect(JSON.parse(after.get('locales/it/ui.json')!).nav.home).toBe('Pagina iniziale del centro assistenza');
    expect(report().namespaces.find((n) => n.namespace === 'ui')!.outdatedStrings).toEqual([]);
  });

  it('keeps an outdated unit outdated when it comes back unchanged and still "needs review"', () => {
    const en = join(root, 'locales/en/ui.json');
    writeFileSync(
      en,
      readFileSync(en, 'utf8').replace('"home": "Help center home"', '"home": "Help center start page"'),
    );
    const before = snapshot();
    importFile(exportFile());
    expect(snapshot()).toEqual(before);
    // Confirmed as it is in the tool (state translated): marked, text unchanged.
    importFile(
      editUnit(exportFile(), 'locales/it/ui.json', 'nav.home', (u) =>
        u.replace('state="needs-review-translation"', 'state="translated"'),
      ),
    );
    expect(readFileSync(join(root, 'locales/it/ui.json'), 'latin1')).toBe(before.get('locales/it/ui.json'));
    expect(report().namespaces.find((n) => n.namespace === 'ui')!.outdatedStrings).toEqual([]);
  });

  it('writes an edited section of an outdated article into that section and marks the article', () => {
    const en = join(root, 'articles/en/voice-callback.mdx');
    writeFileSync(
      en,
      readFileSync(en, 'utf8').replace('It should come within about a minute.', 'It usually comes within a minute.'),
    );
    expect(report().articles.find((a) => a.slug === 'voice-callback')!.state).toBe('outdated');
    const xml = exportFile();
    const file = readXliff(xml).find((f) => f.original === 'articles/it/voice-callback.mdx')!;
    const changed = file.units.filter((u) => u.state === 'needs-review-translation').map((u) => u.id);
    expect(changed).toHaveLength(1);
    const id = changed[0]!;
    const old = file.units.find((u) => u.id === id)!.target!;
    importFile(
      editUnit(xml, 'articles/it/voice-callback.mdx', id, (u) =>
        u
          .replace('state="needs-review-translation"', 'state="translated"')
          .replace(/<target[\s\S]*<\/target>/, (t) => t.replace('**Voice**', '**Voice** (voce)')),
      ),
    );
    const text = readFileSync(join(root, 'articles/it/voice-callback.mdx'), 'utf8');
    expect(old).toContain('**Voice**');
    expect(text).toContain(old.replace('**Voice**', '**Voice** (voce)'));
    const status = report().articles.find((a) => a.slug === 'voice-callback')!;
    expect(status).toMatchObject({ state: 'up-to-date', lostReferences: [] });
  });

  it('creates a missing article from its translated units, with the English frontmatter, and marks it', () => {
    rmSync(join(root, 'articles/it/sms-two-factor.mdx'));
    const xml = exportFile();
    const file = readXliff(xml).find((f) => f.original === 'articles/it/sms-two-factor.mdx')!;
    expect(file.units.every((u) => u.target === undefined)).toBe(true);
    // A tool returns each unit with a target; here the English itself stands in for the translation.
    let translated = xml;
    for (const unit of file.units) {
      translated = editUnit(translated, file.original, unit.id, (u) =>
        u.replace(
          /<source>([\s\S]*?)<\/source>/,
          (s, inner: string) => `${s}\n        <target state="translated">${inner}</target>`,
        ),
      );
    }
    const result = importFile(translated);
    expect(result.marked).toContain('articles/it/sms-two-factor.mdx');
    const article = report().articles.find((a) => a.slug === 'sms-two-factor')!;
    expect(article).toMatchObject({ state: 'up-to-date', lostReferences: [] });
    expect(readFileSync(join(root, 'articles/it/sms-two-factor.mdx'), 'utf8')).toMatch(
      /^---\nid: "3196"\n[\s\S]*sourceHash: "[0-9a-f]{16}"\n---\n/,
    );
  });

  it('skips a missing article whose units came back untranslated', () => {
    rmSync(join(root, 'articles/it/sms-two-factor.mdx'));
    const result = importFile(exportFile());
    expect(result.skipped).toEqual(['articles/it/sms-two-factor.mdx']);
    expect(existsSync(join(root, 'articles/it/sms-two-factor.mdx'))).toBe(false);
  });
});

describe('XLIFF import refuses a bad file and changes nothing', () => {
  let xml: string;
  let before: Map<string, string>;
  beforeEach(() => {
    xml = exportFile(true);
    before = snapshot();
  });
  afterEach(() => expect(snapshot()).toEqual(before));

  it('a broken placeholder, naming the unit', () => {
    const bad = editUnit(xml, 'locales/it/ui.json', 'nav.languageSwitch', (u) =>
      setTarget(u, 'Leggi questa pagina in {{lingua}}'),
    );
    expect(problems(() => importFile(bad))).toEqual([
      expect.stringMatching(
        /^locales\/it\/ui.json#nav.languageSwitch \(line \d+\): the translation lost \{\{language\}\}/,
      ),
      expect.stringMatching(
        /^locales\/it\/ui.json#nav.languageSwitch \(line \d+\): the translation has \{\{lingua\}\}/,
      ),
    ]);
  });

  it('a missing component in an article, even when another unit is fine', () => {
    const file = readXliff(xml).find((f) => f.original === 'articles/it/voice-callback.mdx')!;
    const unit = file.units.find((u) => u.target?.includes('<Kb id="sms-code-not-arriving" />'))!;
    const good = editUnit(xml, 'locales/it/ui.json', 'nav.home', (u) => setTarget(u, 'Inizio'));
    const bad = editUnit(good, file.original, unit.id, (u) =>
      u.replace(
        /(<target[^>]*>[\s\S]*?)<ph id="\d+" ctype="x-mdx-component">&lt;Kb id="sms-code-not-arriving" \/&gt;<\/ph>/,
        '$1',
      ),
    );
    expect(problems(() => importFile(bad))).toEqual([
      expect.stringMatching(
        new RegExp(`^articles/it/voice-callback.mdx#${unit.id} .*lost <Kb id="sms-code-not-arriving" />`),
      ),
    ]);
  });

  it('a truncated file', () => {
    // Cut between two tags, half way through: a cut inside a tag is the other error, "malformed tag".
    const cut = xml.lastIndexOf('<', Math.floor(xml.length / 2));
    expect(problems(() => importFile(xml.slice(0, cut)))).toEqual([
      expect.stringMatching(
        /^not a well-formed XML file: line \d+: the file ends before <\w[\w-]*> \(line \d+\) is closed/,
      ),
    ]);
  });

  it('a file for another locale, or from another source language', () => {
    expect(problems(() => importFile(xml.replaceAll('target-language="it"', 'target-language="de"')))).toEqual([
      expect.stringContaining('target language "de" is not a translation locale'),
    ]);
    expect(problems(() => importFile(xml.replaceAll('target-language="it"', 'target-language="en"')))).toEqual([
      expect.stringContaining('target language "en" is not a translation locale'),
    ]);
    expect(problems(() => importFile(xml.replace('source-language="en"', 'source-language="fr"')))).toEqual([
      expect.stringContaining('source language "fr", expected "en"'),
    ]);
    expect(
      problems(() => importFile(xml.replace('original="locales/it/ui.json"', 'original="locales/de/ui.json"'))),
    ).toEqual([expect.stringContaining('locales/de/ui.json: not a file of the it translation')]);
  });

  it('plural forms Italian does not use, or only some of those it needs', () => {
    const extra = editUnit(
      xml,
      'locales/it/ui.json',
      'search.results_other',
      (u) => `${u}\n${u.replace(/search.results_other/g, 'search.results_many')}`,
    );
    expect(problems(() => importFile(extra))).toEqual([
      expect.stringMatching(/search.results_many .*plural form "many" is not one it uses \(one, other\)/),
    ]);
    const fewer = editUnit(xml, 'locales/it/ui.json', 'search.results_other', () => '');
    expect(problems(() => importFile(fewer))).toEqual([
      'locales/it/ui.json#search.results: plural forms one translated; it needs one, other',
    ]);
  });

  it('a unit whose English changed since the export, and a unit that does not exist', () => {
    const en = join(root, 'locales/en/ui.json');
    const english = readFileSync(en, 'utf8');
    writeFileSync(en, english.replace('"home": "Help center home"', '"home": "Help center start page"'));
    before = snapshot();
    const unknown = editUnit(xml, 'locales/it/ui.json', 'nav.main', (u) => u.replace(/nav\.main/g, 'nav.gone'));
    expect(problems(() => importFile(unknown))).toEqual([
      expect.stringMatching(/^locales\/it\/ui.json#nav.gone .*no such string/),
      expect.stringMatching(/^locales\/it\/ui.json#nav.home .*the English changed since this file was exported/),
    ]);
  });

  it('a string file that is broken on disk', () => {
    writeFileSync(join(root, 'locales/it/ui.json'), '{ "site": ');
    before = snapshot();
    expect(problems(() => importFile(xml))).toEqual([
      'locales/it/ui.json: the current file is not valid JSON; fix it before importing',
    ]);
  });

  it('an XLIFF 2.0 file, and tags the export never writes', () => {
    expect(
      problems(() =>
        importFile(
          '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="it"><file id="f"/></xliff>',
        ),
      ),
    ).toEqual([expect.stringContaining('this project exchanges XLIFF 1.2 only')]);
    const grouped = editUnit(xml, 'locales/it/ui.json', 'nav.home', (u) => setTarget(u, '<g id="1">Inizio</g>'));
    expect(problems(() => importFile(grouped))).toEqual([
      expect.stringContaining('<g> is not supported inside a text'),
    ]);
  });
});
