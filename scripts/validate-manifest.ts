// `npm run validate`: offline checks of manifest.xml and, when a build exists, dist/manifest.xml.
// Exits 1 when any check fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { manifestBaseUrl, manifestVersion, validateManifest, type ManifestReport } from './manifest';

const root = join(__dirname, '..');

/** The committed manifest, if git and HEAD are there; any failure just means "none". */
function committedManifest(): string | undefined {
  try {
    return execFileSync('git', ['show', 'HEAD:manifest.xml'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

function check(file: string, assetsDir: string, previousVersion?: string): ManifestReport {
  const xml = readFileSync(file, 'utf8');
  // A build may have rewritten the base; its icons are then checked against dist/assets.
  return validateManifest(xml, { assetsDir, previousVersion, baseUrl: manifestBaseUrl(xml) });
}

const sourceFile = join(root, 'manifest.xml');
const source = readFileSync(sourceFile, 'utf8');
// A changed manifest must carry a higher Version, or Office keeps serving its cached copy.
const committed = committedManifest();
const previousVersion = committed !== undefined && committed !== source ? manifestVersion(committed) : undefined;
const reports = new Map([[sourceFile, check(sourceFile, join(root, 'assets'), previousVersion)]]);

const builtFile = join(root, 'dist', 'manifest.xml');
if (existsSync(builtFile)) {
  const built = check(builtFile, join(root, 'dist', 'assets'));
  const builtVersion = manifestVersion(readFileSync(builtFile, 'utf8'));
  if (builtVersion !== manifestVersion(source)) {
    built.warnings.push(`Version ${builtVersion ?? '(none)'} differs from manifest.xml (${manifestVersion(source) ?? 'none'}): rebuild`);
  }
  reports.set(builtFile, built);
}

let errors = 0;
let warnings = 0;
for (const [file, report] of reports) {
  const name = relative(root, file);
  for (const error of report.errors) console.error(`${name}: error: ${error}`);
  for (const warning of report.warnings) console.warn(`${name}: warning: ${warning}`);
  errors += report.errors.length;
  warnings += report.warnings.length;
}
console.log(`manifest ${errors === 0 ? 'OK' : 'INVALID'}: ${reports.size} file(s) checked, ${errors} error(s), ${warnings} warning(s)`);
process.exitCode = errors === 0 ? 0 : 1;
