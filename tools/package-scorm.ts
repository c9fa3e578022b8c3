/**
 * `npm run package`: builds SCORM and cmi5 packages from the production build.
 *
 *   npx tsx tools/package-scorm.ts [--dist dist] [--out dist-scorm] [--pass 70]
 *                                  [--scenarios id,id] [--sourcemaps]
 *
 * For each scenario in the build: `<id>-scorm12.zip` and `<id>-scorm2004.zip`, one SCO each,
 * and `<id>-cmi5.zip`, one AU. And one course with every scenario (the writers' sample left
 * out unless named): `all-scenarios-scorm12.zip`, `all-scenarios-scorm2004.zip` and
 * `all-scenarios-cmi5.zip`, one SCO or AU per scenario.
 * Every SCORM package holds imsmanifest.xml at its root and its version's XSD files; every
 * cmi5 package holds cmi5.xml (its course structure) at its root. All hold every file of the
 * build (source maps only with --sourcemaps). Each manifest and course structure is
 * validated against its schemas before any zip is written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Zippable, zipSync } from 'fflate';
import type { ScormVersion } from '../src/lms/data-model.ts';
import { DEFAULT_PASS_MARK } from '../src/lms/report.ts';
import { type CourseScenario, buildCourseStructure } from './cmi5/course-structure.ts';
import { validateCourseStructures } from './cmi5/validate.ts';
import { type ManifestScenario, SCHEMA_FILES, buildManifest } from './scorm/manifest.ts';
import { SCHEMA_DIR, validateManifests } from './scorm/validate.ts';

const SAMPLE_ID = 'sample';
const COURSE_NAME = 'all-scenarios';
const COURSE_TITLE = 'Safeguarding Practice Simulator';
/** Already compressed: stored as they are, which is faster and no larger. */
const STORED = /\.(png|jpe?g|webp|gif|mp3|ogg|m4a|webm|woff2?|zip|gz)$/i;

export interface PackageOptions {
  dist: string;
  out: string;
  /** 0..1 */
  passMark: number;
  /** Scenario ids to package (default: every scenario in the build). */
  scenarios?: string[];
  sourcemaps?: boolean;
  storiesDir?: string;
}

/** A SCORM version, or cmi5. */
export type PackageVersion = ScormVersion | 'cmi5';

export interface BuiltPackage {
  file: string;
  version: PackageVersion;
  kind: 'scenario' | 'course';
  scenarios: string[];
  files: number;
  bytes: number;
}

export function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, rel) : [rel];
    })
    .sort();
}

/** Scenarios in the build: a story folder with scenario.json whose chunk (`assets/<id>-<hash>.js`) is in dist. */
export function builtScenarios(
  dist: string,
  files: string[],
  storiesDir: string,
): (ManifestScenario & CourseScenario & { order: number })[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(storiesDir, d.name, 'scenario.json')))
    .map((d) => {
      const meta = JSON.parse(readFileSync(path.join(storiesDir, d.name, 'scenario.json'), 'utf8')) as {
        id?: string;
        title?: string;
        synopsis?: string;
        order?: number;
      };
      return {
        id: meta.id ?? d.name,
        title: meta.title ?? d.name,
        ...(typeof meta.synopsis === 'string' ? { synopsis: meta.synopsis } : {}),
        order: meta.order ?? 0,
      };
    })
    .filter((s) => {
      const chunk = new RegExp(`^assets/${s.id.replace(/[-]/g, '\\-')}-[A-Za-z0-9_-]{8}\\.js$`);
      return files.some((f) => chunk.test(f));
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

function packageJson(): { version?: unknown; description?: unknown } {
  try {
    return JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
  } catch {
    return {};
  }
}

function appVersion(): string {
  return String(packageJson().version ?? '1');
}

/** The course's description (cmi5 requires one): the app's own, from package.json. */
function courseDescription(): string {
  const description = packageJson().description;
  return typeof description === 'string' && description.trim() ? description : COURSE_TITLE;
}

interface Planned {
  version: PackageVersion;
  name: string;
  scenarios: ManifestScenario[];
  /** imsmanifest.xml, or for cmi5 the course structure, cmi5.xml. */
  manifest: string;
}

function plan(
  version: ScormVersion,
  name: string,
  title: string,
  scenarios: ManifestScenario[],
  options: PackageOptions,
  files: string[],
): Planned {
  const manifest = buildManifest({
    version,
    identifier: `safeguarding-simulator-${name}`,
    title,
    scenarios,
    files,
    passMark: options.passMark,
    appVersion: appVersion(),
  });
  return { version, name, scenarios, manifest };
}

function planCmi5(
  name: string,
  title: string,
  description: string,
  scenarios: CourseScenario[],
  options: PackageOptions,
): Planned {
  const manifest = buildCourseStructure({ name, title, description, scenarios, passMark: options.passMark });
  return { version: 'cmi5', name, scenarios, manifest };
}

const ZIP_SUFFIX: Record<PackageVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004', cmi5: 'cmi5' };

function writeZip(p: Planned, options: PackageOptions, files: string[]): BuiltPackage {
  const entries: Zippable = {};
  if (p.version === 'cmi5') entries['cmi5.xml'] = new TextEncoder().encode(p.manifest);
  else {
    entries['imsmanifest.xml'] = new TextEncoder().encode(p.manifest);
    for (const schema of SCHEMA_FILES[p.version])
      entries[schema] = readFileSync(path.join(SCHEMA_DIR[p.version], schema));
  }
  for (const file of files) {
    const data = readFileSync(path.join(options.dist, file));
    entries[file] = STORED.test(file) ? [data, { level: 0 }] : data;
  }
  const zip = zipSync(entries, { level: 9 });
  const file = path.join(options.out, `${p.name}-${ZIP_SUFFIX[p.version]}.zip`);
  writeFileSync(file, zip);
  return {
    file,
    version: p.version,
    kind: p.name === COURSE_NAME ? 'course' : 'scenario',
    scenarios: p.scenarios.map((s) => s.id),
    files: Object.keys(entries).length,
    bytes: zip.byteLength,
  };
}

export async function packageScorm(options: PackageOptions): Promise<BuiltPackage[]> {
  if (!existsSync(path.join(options.dist, 'index.html'))) {
    throw new Error(`${options.dist}/index.html is missing: build the app first (npm run build)`);
  }
  const files = listFiles(options.dist).filter((f) => options.sourcemaps || !f.endsWith('.map'));
  const inBuild = builtScenarios(options.dist, files, options.storiesDir ?? 'stories');
  let chosen = inBuild;
  if (options.scenarios?.length) {
    const missing = options.scenarios.filter((id) => !inBuild.some((s) => s.id === id));
    if (missing.length) {
      throw new Error(
        `not in the build: ${missing.join(', ')} (the build has: ${inBuild.map((s) => s.id).join(', ') || 'none'})`,
      );
    }
    chosen = inBuild.filter((s) => options.scenarios!.includes(s.id));
  }
  if (!chosen.length) throw new Error(`no scenarios found in ${options.dist}`);

  // The course: every scenario but the writers' sample, unless it was asked for or is all there is.
  const course = chosen.filter((s) => s.id !== SAMPLE_ID || options.scenarios?.includes(SAMPLE_ID));
  const inCourse = course.length ? course : chosen;
  const planned = [
    ...(['1.2', '2004'] as const).flatMap((version) => [
      ...chosen.map((s) => plan(version, s.id, s.title, [s], options, files)),
      plan(version, COURSE_NAME, COURSE_TITLE, inCourse, options, files),
    ]),
    ...chosen.map((s) => planCmi5(s.id, s.title, s.synopsis?.trim() || s.title, [s], options)),
    planCmi5(COURSE_NAME, COURSE_TITLE, courseDescription(), inCourse, options),
  ];
  for (const version of ['1.2', '2004'] as const) {
    const mine = planned.filter((p) => p.version === version);
    const checks = await validateManifests(
      mine.map((p) => p.manifest),
      version,
    );
    checks.forEach((check, i) => {
      if (!check.valid) {
        throw new Error(`${mine[i]!.name} (SCORM ${version}): the manifest is not valid:\n${check.errors.join('\n')}`);
      }
    });
  }
  const courses = planned.filter((p) => p.version === 'cmi5');
  const checks = await validateCourseStructures(courses.map((p) => p.manifest));
  checks.forEach((check, i) => {
    if (!check.valid) {
      throw new Error(
        `${courses[i]!.name} (cmi5): cmi5.xml is not valid against CourseStructure.xsd:\n${check.errors.join('\n')}`,
      );
    }
  });
  mkdirSync(options.out, { recursive: true });
  for (const old of readdirSync(options.out)) {
    if (old.endsWith('.zip')) rmSync(path.join(options.out, old));
  }
  return planned.map((p) => writeZip(p, options, files));
}

function parseArgs(argv: string[]): PackageOptions {
  const options: PackageOptions = { dist: 'dist', out: 'dist-scorm', passMark: DEFAULT_PASS_MARK };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--dist') options.dist = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--stories') options.storiesDir = value();
    else if (arg === '--scenarios') options.scenarios = value().split(',').filter(Boolean);
    else if (arg === '--sourcemaps') options.sourcemaps = true;
    else if (arg === '--pass') {
      const pass = Number(value());
      if (!Number.isFinite(pass) || pass < 0 || pass > 100)
        throw new Error('--pass must be a percentage from 0 to 100');
      options.passMark = pass / 100;
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const built = await packageScorm(options);
  const rows = built.map((b) => [
    path.relative(process.cwd(), b.file),
    b.version === 'cmi5' ? 'cmi5' : `SCORM ${b.version}`,
    b.kind === 'course' ? `course: ${b.scenarios.join(', ')}` : b.scenarios[0]!,
    `${b.files} files`,
    `${(b.bytes / 1024).toFixed(0)} KB`,
  ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  console.log(
    `\n${built.length} packages, pass mark ${Math.round(options.passMark * 100)}%, manifests valid against the SCORM and cmi5 schemas.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: Error) => {
    console.error(`package-scorm: ${e.message}`);
    process.exit(1);
  });
}
