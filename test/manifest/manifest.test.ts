import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_BASE_URL, manifestBaseUrl, manifestVersion, pngDimensions, rewriteManifestBaseUrl, validateManifest } from '../../scripts/manifest';

const projectRoot = join(__dirname, '..', '..');
const assetsDir = join(projectRoot, 'assets');
const manifest = readFileSync(join(projectRoot, 'manifest.xml'), 'utf8');

/** Applies a text edit and fails loudly if it did not match, so no case passes vacuously. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const edited = xml.replace(from, to);
  expect(edited).not.toBe(xml);
  return edited;
}

function errorsOf(xml: string, options: { assetsDir?: string; previousVersion?: string } = {}): string[] {
  return validateManifest(xml, { assetsDir, ...options }).errors;
}

describe('the real manifest', () => {
  it('validates with no errors or warnings', () => {
    expect(validateManifest(manifest, { assetsDir })).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a previous version that is lower', () => {
    expect(errorsOf(manifest, { previousVersion: '0.9.0.0' })).toEqual([]);
  });

  it('uses only the dev base for its own URLs', () => {
    const urls = manifest.match(/https:\/\/[^"<\s]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });

  it('ships every icon as a square PNG of the size in its name', () => {
    const icons = readdirSync(assetsDir).filter((name) => /^icon-\d+\.png$/.test(name));
    expect(icons.sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
    for (const icon of icons) {
      const size = Number(/\d+/.exec(icon)?.[0]);
      expect(pngDimensions(readFileSync(join(assetsDir, icon)))).toEqual({ width: size, height: size });
    }
  });

  it('exposes its version and base URL', () => {
    expect(manifestVersion(manifest)).toBe('1.0.0.0');
    expect(manifestBaseUrl(manifest)).toBe(DEV_BASE_URL);
  });
});

describe('each check rejects a broken manifest', () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    ['malformed XML', (xml) => edit(xml, '</Version>', '</Versoin>'), /not well-formed at line \d+/],
    ['unescaped ampersand in an attribute', (xml) => edit(xml, 'Tổng kết năm"', 'Tổng kết & năm"'), /XML error at line \d+/],
    ['unescaped ampersand in text', (xml) => edit(xml, '<ProviderName>Tổng kết', '<ProviderName>Tổng & kết'), /XML error at line 13: '&' must be escaped/],
    ['wrong root', (xml) => edit(xml, /OfficeApp>\s*$/, 'OfficeAp>').replace('<OfficeApp ', '<OfficeAp '), /root element must be <OfficeApp/],
    ['wrong add-in type', (xml) => edit(xml, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), /xsi:type="TaskPaneApp"/],
    ['http URL', (xml) => edit(xml, 'https://localhost:3000/support.html"/>', 'http://localhost:3000/support.html"/>'), /<SupportUrl> URL "http:\/\/localhost:3000\/support.html" must be an absolute https URL/],
    ['http resource URL', (xml) => edit(xml, 'DefaultValue="https://localhost:3000/taskpane.html"/>\n        <bt', 'DefaultValue="http://localhost:3000/taskpane.html"/>\n        <bt'), /<bt:Url id="Taskpane.Url"> URL .* must be an absolute https URL/],
    ['missing icon file', (xml) => edit(xml, 'assets/icon-80.png', 'assets/icon-48.png'), /icon https:\/\/localhost:3000\/assets\/icon-48.png has no file/],
    ['icon outside assets/', (xml) => edit(xml, 'assets/icon-16.png', 'img/icon-16.png'), /must be served from the assets\/ folder/],
    ['icon of the wrong size', (xml) => edit(xml, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"'), /icon-64.png is 64x64 but is declared as 32x32/],
    ['ribbon icon without 80 px', (xml) => edit(xml, /\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ''), /<Icon> in <Group> lacks a size="80" image/],
    ['children out of order', (xml) => edit(edit(xml, /\s*<SupportUrl[^>]*\/>/, ''), '</Hosts>', '</Hosts>\n  <SupportUrl DefaultValue="https://localhost:3000/support.html"/>'), /<SupportUrl> must come before <Hosts> in <OfficeApp>/],
    ['VersionOverrides children out of order', (xml) => edit(xml, /(<Label resid="OpenPane.Label"\/>)\s*(<Supertip>[\s\S]*?<\/Supertip>)/, '$2\n$1'), /<Label> must come before <Supertip> in <Control>/],
    ['missing required element', (xml) => edit(xml, /\s*<Permissions>.*<\/Permissions>/, ''), /missing required <Permissions>/],
    ['duplicate element', (xml) => edit(xml, '<Version>1.0.0.0</Version>', '<Version>1.0.0.0</Version><Version>1.0.0.0</Version>'), /more than one <Version>/],
    ['bad GUID', (xml) => edit(xml, /<Id>[^<]*<\/Id>/, '<Id>d822ca61-239c-4c95-ae01-941b6d70d91</Id>'), /<Id> "d822ca61-239c-4c95-ae01-941b6d70d91" is not a GUID/],
    ['three-part version', (xml) => edit(xml, '<Version>1.0.0.0', '<Version>1.0.0'), /<Version> "1.0.0" must have four numeric parts/],
    ['no DefaultLocale', (xml) => edit(xml, '<DefaultLocale>vi-VN</DefaultLocale>', '<DefaultLocale></DefaultLocale>'), /<DefaultLocale> "" is not a culture name/],
    ['ExcelApi 1.9', (xml) => edit(xml, 'MinVersion="1.7"', 'MinVersion="1.9"'), /ExcelApi MinVersion 1.9 is above 1.7/],
    ['ExcelApi 1.10 (compared numerically)', (xml) => edit(xml, 'MinVersion="1.7"', 'MinVersion="1.10"'), /ExcelApi MinVersion 1.10 is above 1.7/],
    ['no ExcelApi MinVersion', (xml) => edit(xml, ' MinVersion="1.7"', ''), /must contain <Set Name="ExcelApi" MinVersion/],
    ['missing resid', (xml) => edit(xml, '<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Titel"/>'), /<Title resid="GetStarted.Titel"> refers to no resource/],
    ['resid of the wrong kind', (xml) => edit(xml, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Group.Label"/>'), /must refer to <bt:Urls>, not <bt:ShortStrings>/],
    ['resid longer than 32 characters', (xml) => edit(xml, /"Support\.Url"/g, '"Support.Url.With.A.Very.Long.Name.X"'), /longer than 32 characters/],
    ['not an Excel host', (xml) => edit(xml, '<Host Name="Workbook"/>', '<Host Name="Document"/>'), /must contain <Host Name="Workbook"\/>/],
    ['Override without Locale', (xml) => edit(xml, '<Override Locale="en-US" Value="Tổng kết – Year-end report"/>', '<Override Value="Tổng kết – Year-end report"/>'), /<Override> in <DisplayName> has no Locale/],
    ['resource Override without Locale', (xml) => edit(xml, '<bt:Override Locale="en-US" Value="Year-end report"/>', '<bt:Override Value="Year-end report"/>'), /<bt:Override> in <bt:String> has no Locale/],
    ['string too long', (xml) => edit(xml, 'DefaultValue="Tổng kết năm"', `DefaultValue="${'x'.repeat(126)}"`), /longer than 125 characters/],
  ];

  it.each(cases)('%s', (_name, mutate, expected) => {
    const errors = errorsOf(mutate(manifest));
    expect(errors.some((error) => expected.test(error))).toBe(true);
  });

  it('rejects an icon file whose pixels do not match its name', () => {
    const copy = mkdtempSync(join(tmpdir(), 'tongket-assets-'));
    try {
      for (const name of readdirSync(assetsDir)) copyFileSync(join(assetsDir, name), join(copy, name));
      copyFileSync(join(assetsDir, 'icon-32.png'), join(copy, 'icon-16.png'));
      expect(errorsOf(manifest, { assetsDir: copy })).toEqual([expect.stringMatching(/icon-16.png is 32x32 but is declared as 16x16/)]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('rejects a version that is not above the previous one', () => {
    expect(errorsOf(manifest, { previousVersion: '1.0.0.0' })).toEqual(['<Version> 1.0.0.0 must be greater than the previous version 1.0.0.0']);
    expect(errorsOf(manifest, { previousVersion: '1.0.0.10' })).toHaveLength(1);
  });

  it('warns about an unused resource', () => {
    const xml = edit(manifest, '</bt:Urls>', '  <bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/unused.html"/>\n      </bt:Urls>');
    expect(validateManifest(xml, { assetsDir })).toEqual({ errors: [], warnings: ['resource "Unused.Url" is never used'] });
  });
});

describe('rewriteManifestBaseUrl', () => {
  const base = 'https://example.gov.vn/tongket/';

  it('replaces every dev URL and leaves a valid manifest', () => {
    const devUrls = manifest.split(DEV_BASE_URL).length - 1;
    const rewritten = rewriteManifestBaseUrl(manifest, base);
    expect(rewritten).not.toContain('localhost');
    expect(rewritten.split(base).length - 1).toBe(devUrls);
    expect(rewritten).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
    expect(manifestBaseUrl(rewritten)).toBe(base);
    expect(validateManifest(rewritten, { assetsDir, baseUrl: base })).toEqual({ errors: [], warnings: [] });
  });

  it('escapes XML special characters in the base', () => {
    const rewritten = rewriteManifestBaseUrl(manifest, 'https://example.gov.vn/a&b/');
    expect(rewritten).toContain('https://example.gov.vn/a&amp;b/taskpane.html');
    expect(errorsOf(rewritten)).toEqual([]);
  });

  it.each([
    ['http', 'http://example.gov.vn/tongket/'],
    ['no trailing slash', 'https://example.gov.vn/tongket'],
    ['query string', 'https://example.gov.vn/?v=1/'],
    ['not a URL', 'example.gov.vn/tongket/'],
  ])('rejects a base URL with %s', (_name, badBase) => {
    expect(() => rewriteManifestBaseUrl(manifest, badBase)).toThrow(/must use https and end with '\/'|not a valid URL/);
  });
});
