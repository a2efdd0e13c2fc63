// Offline checks for the add-in-only XML manifest, and the base-URL rewrite used by the
// production build. `office-addin-manifest validate` needs a Microsoft web service, so the
// rules that matter to this add-in are checked here instead (schema order, https, icons,
// resource ids, Office 2019 compatibility).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, ParseError, type Element } from '@xmldom/xmldom';

export const DEV_BASE_URL = 'https://localhost:3000/';
/** ExcelApi 1.7 is what Office 2019 perpetual supports; the manifest must not ask for more. */
export const MAX_EXCEL_API_VERSION = '1.7';

const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  versionOverrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

/** OfficeApp children in the order of the TaskPaneApp schema (OfficeAppManifestV1_1.xsd). */
const OFFICE_APP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
  'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
];
/** What this add-in needs, stricter than the schema (which leaves icons and hosts optional). */
const OFFICE_APP_REQUIRED = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'VersionOverrides',
];
/** Sequences from TaskPaneAppVersionOverridesV1_0.xsd and OfficeAppBasicTypesV1_0.xsd. */
const CHILD_ORDER: Record<string, string[]> = {
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
};
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const GUID = /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
const CULTURE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/i;
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;
const ELEMENT_NODE = 1;
const ICON_SIZES_REQUIRED = ['16', '32', '80'];
const ICON_SIZES_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];
/** Which Resources collection a resid must point into, by the referencing element. */
const RESOURCE_KIND: Record<string, string> = {
  Image: 'Images', SourceLocation: 'Urls', LearnMoreUrl: 'Urls', FunctionFile: 'Urls',
  Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
};

export interface ManifestReport {
  errors: string[];
  warnings: string[];
}

export interface ValidateOptions {
  /** Folder that icon URLs under `<base>assets/` map to. */
  assetsDir: string;
  /** Version of the last committed manifest; the new one must be greater. */
  previousVersion?: string;
  /** Base whose `assets/` URLs map to assetsDir (DEV_BASE_URL unless checking a rewritten build). */
  baseUrl?: string;
}

export function validateManifest(xmlText: string, options: ValidateOptions): ManifestReport {
  const report: ManifestReport = { errors: [], warnings: [] };
  const root = parse(xmlText, report);
  if (!root) return report;
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== NS.officeApp) {
    report.errors.push(`root element must be <OfficeApp xmlns="${NS.officeApp}">, found <${root.tagName}> in ${root.namespaceURI ?? 'no namespace'}`);
    return report;
  }
  if (root.getAttributeNS(NS.xsi, 'type') !== 'TaskPaneApp') {
    report.errors.push('OfficeApp must have xsi:type="TaskPaneApp" (with xmlns:xsi declared)');
  }
  if (root.lookupNamespaceURI('bt') !== NS.basicTypes) {
    report.errors.push(`OfficeApp must declare xmlns:bt="${NS.basicTypes}"`);
  }
  checkOfficeAppChildren(root, report);
  checkIdentity(root, options, report);
  checkLocalisedStrings(root, report);
  checkHosts(root, report);
  checkRequirements(root, report);
  checkUrls(root, report);
  checkIcons(root, options.baseUrl ?? DEV_BASE_URL, options.assetsDir, report);
  checkVersionOverrides(root, report);
  return report;
}

/** The folder URL of the task pane page (DefaultSettings/SourceLocation), e.g. DEV_BASE_URL. */
export function manifestBaseUrl(xmlText: string): string | undefined {
  const root = parse(xmlText, { errors: [], warnings: [] });
  const settings = root && child(root, 'DefaultSettings');
  const location = settings && child(settings, 'SourceLocation')?.getAttribute('DefaultValue');
  return location && isHttpsUrl(location) ? new URL('.', location).href : undefined;
}

/** The Version element's text, or undefined if the manifest has none or does not parse. */
export function manifestVersion(xmlText: string): string | undefined {
  const root = parse(xmlText, { errors: [], warnings: [] });
  const version = root && child(root, 'Version');
  return version ? text(version) : undefined;
}

export function rewriteManifestBaseUrl(xmlText: string, baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`Manifest base URL "${baseUrl}" is not a valid URL; expected e.g. https://example.gov.vn/tongket/`);
  }
  if (url.protocol !== 'https:' || !baseUrl.endsWith('/') || url.search || url.hash) {
    throw new Error(`Manifest base URL "${baseUrl}" must use https and end with '/' (no query or fragment), e.g. https://example.gov.vn/tongket/`);
  }
  return xmlText.split(DEV_BASE_URL).join(escapeXml(baseUrl));
}

function parse(xmlText: string, report: ManifestReport): Element | undefined {
  const problems: string[] = [];
  const parser = new DOMParser({
    // xmldom recovers from many errors; for a manifest any recovery means Office may reject
    // it, so warnings count as errors too. Fatal errors are thrown and reported below.
    onError: (level, message, context: { locator?: Locator }) => {
      if (level !== 'fatalError') problems.push(`XML ${level}${at(context.locator)}: ${message.trim()}`);
    },
  });
  problems.push(...bareAmpersands(xmlText));
  try {
    const doc = parser.parseFromString(xmlText, 'text/xml');
    report.errors.push(...problems);
    return problems.length === 0 && doc.documentElement ? doc.documentElement : undefined;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    report.errors.push(...problems, `XML is not well-formed${at(error.locator)}: ${error.message.trim()}`);
    return undefined;
  }
}

/** xmldom silently accepts a bare '&' in text, which stricter parsers (Office's) reject. */
function bareAmpersands(xmlText: string): string[] {
  // Blank out comments and CDATA, keeping line breaks so line numbers stay right.
  const markup = xmlText.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (skipped) => skipped.replace(/[^\n]/g, ' '));
  const problems: string[] = [];
  for (const match of markup.matchAll(/&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9a-fA-F]+);)/g)) {
    const line = markup.slice(0, match.index).split('\n').length;
    problems.push(`XML error at line ${line}: '&' must be escaped as &amp;`);
  }
  return problems;
}

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}

function at(locator: Locator | undefined): string {
  return locator?.lineNumber ? ` at line ${locator.lineNumber}, column ${locator.columnNumber ?? 0}` : '';
}

function checkOfficeAppChildren(root: Element, report: ManifestReport): void {
  const names = children(root).map(localNameOf);
  checkOrder(root, OFFICE_APP_ORDER, report);
  for (const name of new Set(names)) {
    if (!OFFICE_APP_ORDER.includes(name)) report.errors.push(`<${name}> is not a valid child of <OfficeApp>`);
    if (names.indexOf(name) !== names.lastIndexOf(name)) report.errors.push(`<OfficeApp> has more than one <${name}>`);
  }
  for (const name of OFFICE_APP_REQUIRED) {
    if (!names.includes(name)) report.errors.push(`<OfficeApp> is missing required <${name}>`);
  }
}

function checkIdentity(root: Element, options: ValidateOptions, report: ManifestReport): void {
  const id = optionalText(root, 'Id');
  if (id !== undefined && !GUID.test(id)) report.errors.push(`<Id> "${id}" is not a GUID`);
  const version = optionalText(root, 'Version');
  if (version !== undefined) {
    if (!VERSION.test(version)) {
      report.errors.push(`<Version> "${version}" must have four numeric parts, e.g. 1.0.0.0`);
    } else if (options.previousVersion !== undefined && compareVersions(version, options.previousVersion) <= 0) {
      report.errors.push(`<Version> ${version} must be greater than the previous version ${options.previousVersion}`);
    }
  }
  const locale = optionalText(root, 'DefaultLocale');
  if (locale !== undefined && !CULTURE.test(locale)) report.errors.push(`<DefaultLocale> "${locale}" is not a culture name such as vi-VN`);
  const permissions = optionalText(root, 'Permissions');
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) {
    report.errors.push(`<Permissions> "${permissions}" must be one of ${PERMISSIONS.join(', ')}`);
  }
  const provider = optionalText(root, 'ProviderName');
  if (provider !== undefined && (provider.length === 0 || provider.length > SHORT_STRING_MAX)) {
    report.errors.push(`<ProviderName> must have 1 to ${SHORT_STRING_MAX} characters`);
  }
}

/** DisplayName, Description and every Override anywhere in the manifest. */
function checkLocalisedStrings(root: Element, report: ManifestReport): void {
  checkLength(child(root, 'DisplayName'), SHORT_STRING_MAX, report);
  checkLength(child(root, 'Description'), LONG_STRING_MAX, report);
  const defaultLocale = optionalText(root, 'DefaultLocale');
  for (const override of descendants(root, 'Override')) {
    const owner = `<${(override.parentNode as Element).tagName}>`;
    const locale = override.getAttribute('Locale');
    if (!locale) report.errors.push(`<${override.tagName}> in ${owner} has no Locale`);
    else if (!CULTURE.test(locale)) report.errors.push(`<${override.tagName}> in ${owner} has an invalid Locale "${locale}"`);
    else if (locale === defaultLocale) report.warnings.push(`<${override.tagName}> in ${owner} repeats the default locale ${locale}`);
    if (!override.getAttribute('Value')) report.errors.push(`<${override.tagName}> in ${owner} has no Value`);
  }
}

function checkLength(element: Element | undefined, max: number, report: ManifestReport): void {
  if (!element) return;
  const values = [element.getAttribute('DefaultValue') ?? '', ...children(element).map((o) => o.getAttribute('Value') ?? '')];
  if (!element.getAttribute('DefaultValue')) report.errors.push(`<${element.tagName}> has no DefaultValue`);
  for (const value of values) {
    if (value.length > max) report.errors.push(`<${element.tagName}> value "${value.slice(0, 40)}…" is longer than ${max} characters`);
  }
}

function checkHosts(root: Element, report: ManifestReport): void {
  const hosts = child(root, 'Hosts');
  if (!hosts) return;
  const names = children(hosts).map((host) => host.getAttribute('Name'));
  if (!names.includes('Workbook')) report.errors.push('<Hosts> must contain <Host Name="Workbook"/> (Excel)');
  for (const name of names) {
    if (name !== 'Workbook') report.warnings.push(`<Host Name="${name}"> is not Excel; this add-in only supports Workbook`);
  }
}

/** ExcelApi must be required, at a version Office 2019 has (top level and in VersionOverrides). */
function checkRequirements(root: Element, report: ManifestReport): void {
  const requirements = descendants(root, 'Requirements');
  if (requirements.length === 0) return;
  for (const requirement of requirements) {
    const excel = descendants(requirement, 'Set').find((set) => set.getAttribute('Name') === 'ExcelApi');
    const minVersion = excel?.getAttribute('MinVersion');
    if (!excel || !minVersion) {
      report.errors.push('<Requirements> must contain <Set Name="ExcelApi" MinVersion="…"/>');
    } else if (!/^\d+\.\d+$/.test(minVersion)) {
      report.errors.push(`ExcelApi MinVersion "${minVersion}" must look like 1.7`);
    } else if (compareVersions(minVersion, MAX_EXCEL_API_VERSION) > 0) {
      report.errors.push(`ExcelApi MinVersion ${minVersion} is above ${MAX_EXCEL_API_VERSION}: the add-in would not load in Office 2019; feature-detect newer sets instead`);
    }
  }
}

/** Every URL-valued setting and resource, including locale overrides, must be absolute https. */
function checkUrls(root: Element, report: ManifestReport): void {
  const urlElements = [
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].flatMap((name) => descendants(root, name)),
    ...descendants(root, 'SourceLocation').filter((element) => element.hasAttribute('DefaultValue')),
    ...resourceItems(root, 'Urls'),
    ...resourceItems(root, 'Images'),
  ];
  for (const element of urlElements) {
    const label = element.getAttribute('id') ? `<${element.tagName} id="${element.getAttribute('id')}">` : `<${element.tagName}>`;
    const values = [element.getAttribute('DefaultValue'), ...children(element, 'Override').map((o) => o.getAttribute('Value'))];
    for (const value of values) {
      if (!isHttpsUrl(value)) report.errors.push(`${label} URL "${value ?? ''}" must be an absolute https URL`);
    }
  }
  for (const domain of descendants(root, 'AppDomain')) {
    const value = text(domain);
    if (!isHttpsUrl(value)) report.errors.push(`<AppDomain> "${value}" must be an https origin`);
    else if (new URL(value).pathname !== '/' || value.endsWith('/')) report.errors.push(`<AppDomain> "${value}" must be an origin only, without path or trailing '/'`);
  }
}

/**
 * Icons served from the base URL are the files in assetsDir; each must be a PNG whose size
 * matches its file name, the bt:Image size that uses it, and 32/64 for IconUrl/HighResolutionIconUrl.
 */
function checkIcons(root: Element, baseUrl: string, assetsDir: string, report: ManifestReport): void {
  const declaredSizes = new Map<string, Set<number>>();
  const declare = (url: string | null | undefined, size?: number): void => {
    if (!url || !url.startsWith(baseUrl)) return;
    if (!declaredSizes.has(url)) declaredSizes.set(url, new Set());
    const fileSize = /-(\d+)\.png$/i.exec(url);
    if (fileSize) declaredSizes.get(url)?.add(Number(fileSize[1]));
    if (size !== undefined) declaredSizes.get(url)?.add(size);
  };
  declare(child(root, 'IconUrl')?.getAttribute('DefaultValue'), 32);
  declare(child(root, 'HighResolutionIconUrl')?.getAttribute('DefaultValue'), 64);
  const images = new Map(resourceItems(root, 'Images').map((image) => [image.getAttribute('id'), image.getAttribute('DefaultValue')]));
  for (const url of images.values()) declare(url);
  for (const icon of descendants(root, 'Icon')) {
    const sizes = children(icon, 'Image').map((image) => image.getAttribute('size') ?? '');
    for (const required of ICON_SIZES_REQUIRED) {
      if (!sizes.includes(required)) report.errors.push(`<Icon> in <${(icon.parentNode as Element).tagName}> lacks a size="${required}" image`);
    }
    for (const image of children(icon, 'Image')) {
      const size = Number(image.getAttribute('size'));
      if (!ICON_SIZES_ALLOWED.includes(size)) report.errors.push(`<bt:Image size="${image.getAttribute('size') ?? ''}"> must be one of ${ICON_SIZES_ALLOWED.join(', ')}`);
      else declare(images.get(image.getAttribute('resid')), size);
    }
  }
  for (const [url, sizes] of declaredSizes) checkIconFile(url, url.slice(baseUrl.length), sizes, assetsDir, report);
}

function checkIconFile(url: string, relative: string, sizes: Set<number>, assetsDir: string, report: ManifestReport): void {
  if (!relative.startsWith('assets/')) {
    report.errors.push(`icon ${url} must be served from the assets/ folder`);
    return;
  }
  const file = join(assetsDir, ...relative.slice('assets/'.length).split('/'));
  if (!existsSync(file)) {
    report.errors.push(`icon ${url} has no file ${file}`);
    return;
  }
  const dimensions = pngDimensions(readFileSync(file));
  if (!dimensions) {
    report.errors.push(`icon ${file} is not a PNG image`);
    return;
  }
  for (const size of sizes) {
    if (dimensions.width !== size || dimensions.height !== size) {
      report.errors.push(`icon ${file} is ${dimensions.width}x${dimensions.height} but is declared as ${size}x${size}`);
    }
  }
}

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
export function pngDimensions(data: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature) || data.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function checkVersionOverrides(root: Element, report: ManifestReport): void {
  const overrides = child(root, 'VersionOverrides');
  if (!overrides) return;
  if (overrides.namespaceURI !== NS.versionOverrides || overrides.getAttributeNS(NS.xsi, 'type') !== 'VersionOverridesV1_0') {
    report.errors.push(`<VersionOverrides> must be in namespace ${NS.versionOverrides} with xsi:type="VersionOverridesV1_0"`);
  }
  for (const [parent, order] of Object.entries(CHILD_ORDER)) {
    for (const element of [overrides, ...descendants(overrides, parent)].filter((e) => e.localName === parent)) {
      checkOrder(element, order, report);
    }
  }
  const hostTypes = descendants(child(overrides, 'Hosts') ?? overrides, 'Host').map((host) => host.getAttributeNS(NS.xsi, 'type'));
  if (!hostTypes.includes('Workbook')) report.errors.push('<VersionOverrides> must contain <Host xsi:type="Workbook">');
  checkResourceIds(overrides, report);
}

function checkResourceIds(overrides: Element, report: ManifestReport): void {
  const kindById = new Map<string, string>();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const item of resourceItems(overrides, kind)) {
      const id = item.getAttribute('id') ?? '';
      if (!id) report.errors.push(`a resource in <bt:${kind}> has no id`);
      else if (kindById.has(id)) report.errors.push(`resource id "${id}" is defined more than once`);
      else kindById.set(id, kind);
      if (id.length > RESID_MAX) report.errors.push(`resource id "${id}" is longer than ${RESID_MAX} characters`);
      const max = kind === 'ShortStrings' ? SHORT_STRING_MAX : kind === 'LongStrings' ? LONG_STRING_MAX : Infinity;
      checkLength(item, max, report);
    }
  }
  const used = new Set<string>();
  for (const element of descendants(overrides, '*').filter((e) => e.hasAttribute('resid'))) {
    const resid = element.getAttribute('resid') ?? '';
    used.add(resid);
    const kind = kindById.get(resid);
    const expected = RESOURCE_KIND[localNameOf(element)];
    if (!kind) report.errors.push(`<${element.tagName} resid="${resid}"> refers to no resource in <Resources>`);
    else if (expected && kind !== expected) report.errors.push(`<${element.tagName} resid="${resid}"> must refer to <bt:${expected}>, not <bt:${kind}>`);
  }
  for (const id of kindById.keys()) {
    if (!used.has(id)) report.warnings.push(`resource "${id}" is never used`);
  }
}

function checkOrder(parent: Element, order: string[], report: ManifestReport): void {
  let furthest = -1;
  let furthestName = '';
  for (const element of children(parent)) {
    const position = order.indexOf(localNameOf(element));
    if (position < 0) continue;
    if (position < furthest) {
      report.errors.push(`<${element.localName}> must come before <${furthestName}> in <${localNameOf(parent)}>`);
    } else {
      furthest = position;
      furthestName = localNameOf(element);
    }
  }
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function isHttpsUrl(value: string | null): boolean {
  if (!value) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Items of a Resources collection (bt:Images, bt:Urls, ...), wherever Resources sits. */
function resourceItems(root: Element, kind: string): Element[] {
  return descendants(root, 'Resources').flatMap((resources) => children(resources, kind)).flatMap((list) => children(list));
}

function children(parent: Element, localName?: string): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (!localName || (node as Element).localName === localName)) result.push(node as Element);
  }
  return result;
}

function child(parent: Element, localName: string): Element | undefined {
  return children(parent, localName)[0];
}

function descendants(parent: Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', localName));
}

function text(element: Element): string {
  return (element.textContent ?? '').trim();
}

function optionalText(parent: Element, localName: string): string | undefined {
  const element = child(parent, localName);
  return element ? text(element) : undefined;
}

function localNameOf(element: Element): string {
  return element.localName ?? element.tagName;
}
