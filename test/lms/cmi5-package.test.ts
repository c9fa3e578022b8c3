import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PASS_MARK } from '../../src/lms/report.ts';
import type * as CourseStructureModule from '../../tools/cmi5/course-structure.ts';
import { CMI5_NAMESPACE, auUrl, buildCourseStructure, masteryScore } from '../../tools/cmi5/course-structure.ts';
import { cmi5AuId, cmi5CourseId } from '../../tools/cmi5/ids.ts';
import { validateCourseStructure, validateCourseStructures } from '../../tools/cmi5/validate.ts';
import { type BuiltPackage, packageScorm } from '../../tools/package-scorm.ts';

/** When set, the packager's all-scenarios course structure loses its first AU's url. */
const plant = vi.hoisted(() => ({ broken: false }));
vi.mock('../../tools/cmi5/course-structure.ts', async (importOriginal) => {
  const real = await importOriginal<typeof CourseStructureModule>();
  return {
    ...real,
    buildCourseStructure: (input: CourseStructureModule.CourseStructureInput) => {
      const xml = real.buildCourseStructure(input);
      return plant.broken && input.name === 'all-scenarios' ? xml.replace(/\s*<url>[^<]*<\/url>/, '') : xml;
    },
  };
});

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const BUILD_FILES = [
  'index.html',
  'favicon.svg',
  'assets/index-AbCd_123.js',
  'assets/sample-lQNi_PMl.js',
  'assets/child-t-Zz9-x_Yq.js',
  'assets/child-l-Qq1_aB2c.js',
  'assets/knock-B_Xxbn-_.mp3',
  'assets/a file & more.css',
];

const SYNOPSIS_T = 'Follow Maisie & her family through seven <moments>.';

/** A small stand-in for a production build, with the file kinds a real one has, and its stories' scenario.json. */
function fakeBuild(): { dist: string; stories: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'cmi5-pkg-'));
  const dist = path.join(root, 'dist');
  for (const name of [...BUILD_FILES, 'assets/index-AbCd_123.js.map']) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), name.endsWith('.mp3') ? 'ID3'.repeat(200) : `/* ${name} */`.repeat(50));
  }
  const stories = path.join(root, 'stories');
  const scenario = (meta: Record<string, unknown>) => {
    mkdirSync(path.join(stories, String(meta.id)), { recursive: true });
    writeFileSync(path.join(stories, String(meta.id), 'scenario.json'), JSON.stringify(meta));
  };
  scenario({ id: 'sample', title: 'Sample: Missed checks', synopsis: 'A short, wholly fictional case.', order: 99 });
  scenario({ id: 'child-t', title: 'Maisie: the pieces & the <review>', synopsis: SYNOPSIS_T, order: 1 });
  scenario({ id: 'child-l', title: 'Four steps: injuries explained away', order: 2 });
  scenario({ id: 'child-x', title: 'Not in this build', synopsis: 'x', order: 3 });
  return { dist, stories };
}

function unzip(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

/** Each entry's compression method from the zip's central directory (0 stored, 8 deflated). */
function methods(file: string): Record<string, number> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    out[name] = zip.readUInt16LE(at + 10);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

const dom = new Window();

interface ParsedAu {
  id: string | null;
  moveOn: string | null;
  masteryScore: string | null;
  launchMethod: string | null;
  title: string[];
  description: string[];
  url: string | null;
}

/** cmi5.xml read as XML: the course and its AUs, each title and description as `lang: text`. */
function parse(xml: string): {
  course: { id: string | null; title: string[]; description: string[] };
  aus: ParsedAu[];
} {
  const doc = new dom.DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(CMI5_NAMESPACE);
  expect(doc.documentElement.localName).toBe('courseStructure');
  const child = (parent: Element, name: string) =>
    [...parent.children].filter((c) => c.namespaceURI === CMI5_NAMESPACE && c.localName === name);
  const texts = (parent: Element, name: string) =>
    child(parent, name).flatMap((t) =>
      child(t, 'langstring').map((l) => `${l.getAttribute('lang')}: ${l.textContent?.trim()}`),
    );
  const root = doc.documentElement as unknown as Element;
  const course = child(root, 'course');
  expect(course).toHaveLength(1);
  return {
    course: {
      id: course[0]!.getAttribute('id'),
      title: texts(course[0]!, 'title'),
      description: texts(course[0]!, 'description'),
    },
    aus: child(root, 'au').map((au) => ({
      id: au.getAttribute('id'),
      moveOn: au.getAttribute('moveOn'),
      masteryScore: au.getAttribute('masteryScore'),
      launchMethod: au.getAttribute('launchMethod'),
      title: texts(au, 'title'),
      description: texts(au, 'description'),
      url: child(au, 'url')[0]?.textContent ?? null,
    })),
  };
}

describe('npm run package: cmi5', () => {
  let fake: { dist: string; stories: string };
  let built: BuiltPackage[];
  let cmi5: BuiltPackage[];

  beforeAll(async () => {
    fake = fakeBuild();
    built = await packageScorm({
      dist: fake.dist,
      out: path.join(fake.dist, '..', 'out'),
      passMark: DEFAULT_PASS_MARK,
      storiesDir: fake.stories,
    });
    cmi5 = built.filter((b) => b.version === 'cmi5');
  }, 120_000);

  afterAll(async () => {
    await dom.happyDOM.close();
  });

  it('names the course and each AU with the app’s IRIs', () => {
    expect(cmi5CourseId('all-scenarios')).toBe('urn:safeguarding-simulator:xapi:course:all-scenarios');
    expect(cmi5CourseId('child-t')).toBe('urn:safeguarding-simulator:xapi:course:child-t');
    expect(cmi5AuId('child-t')).toBe('urn:safeguarding-simulator:xapi:scenario:child-t');
    expect(() => cmi5AuId('child t')).toThrow(/scenario id "child t" cannot go into a cmi5 id/);
    expect(() => cmi5CourseId('')).toThrow(/package name "" cannot go into a cmi5 id/);
  });

  it('writes a cmi5 zip per scenario in the build, and a course without the sample, beside the SCORM zips', () => {
    expect(cmi5.map((b) => [path.basename(b.file), b.kind, b.scenarios])).toEqual([
      ['child-t-cmi5.zip', 'scenario', ['child-t']],
      ['child-l-cmi5.zip', 'scenario', ['child-l']],
      ['sample-cmi5.zip', 'scenario', ['sample']],
      ['all-scenarios-cmi5.zip', 'course', ['child-t', 'child-l']],
    ]);
    expect(built.filter((b) => b.version !== 'cmi5')).toHaveLength(8);
    expect(readdirSync(path.join(fake.dist, '..', 'out')).sort()).toEqual(
      built.map((b) => path.basename(b.file)).sort(),
    );
  });

  it('puts cmi5.xml at the root of every cmi5 zip with every file of the build, compressed as the SCORM zips are', () => {
    for (const b of cmi5) {
      const zip = unzip(b.file);
      expect(Object.keys(zip).sort(), b.file).toEqual(['cmi5.xml', ...BUILD_FILES].sort());
      expect(strFromU8(zip['index.html']!)).toBe(readFileSync(path.join(fake.dist, 'index.html'), 'utf8'));
      expect(b.files).toBe(BUILD_FILES.length + 1);
      const method = methods(b.file);
      expect(method['assets/knock-B_Xxbn-_.mp3'], `${b.file}: mp3 stored`).toBe(0);
      expect(method['assets/index-AbCd_123.js'], `${b.file}: js deflated`).toBe(8);
      expect(method['cmi5.xml'], `${b.file}: cmi5.xml deflated`).toBe(8);
    }
  });

  it('writes course structures that are valid against CourseStructure.xsd', async () => {
    const checks = await validateCourseStructures(cmi5.map((b) => strFromU8(unzip(b.file)['cmi5.xml']!)));
    expect(checks).toEqual(cmi5.map(() => ({ valid: true, errors: [] })));
  });

  it('gives the course one AU per scenario, with its id, launch url, masteryScore and moveOn', () => {
    const zip = unzip(cmi5.find((b) => b.kind === 'course')!.file);
    const { course, aus } = parse(strFromU8(zip['cmi5.xml']!));
    const scorm = strFromU8(
      unzip(built.find((b) => b.version === '2004' && b.kind === 'course')!.file)['imsmanifest.xml']!,
    );
    const scormTitle = /<organization [^>]*>\s*<title>([^<]*)<\/title>/.exec(scorm)![1];
    expect(course.id).toBe('urn:safeguarding-simulator:xapi:course:all-scenarios');
    expect(course.title).toEqual([`en-GB: ${scormTitle}`]);
    expect(course.description).toHaveLength(1);
    expect(course.description[0]).toMatch(/^en-GB: \S/);
    expect(aus).toEqual([
      {
        id: 'urn:safeguarding-simulator:xapi:scenario:child-t',
        moveOn: 'CompletedAndPassed',
        masteryScore: '0.7',
        launchMethod: 'AnyWindow',
        title: ['en-GB: Maisie: the pieces & the <review>'],
        description: [`en-GB: ${SYNOPSIS_T}`],
        url: 'index.html?cmi5=1&scenario=child-t&pass=70',
      },
      {
        id: 'urn:safeguarding-simulator:xapi:scenario:child-l',
        moveOn: 'CompletedAndPassed',
        masteryScore: '0.7',
        launchMethod: 'AnyWindow',
        // No synopsis in its scenario.json: the title stands in.
        title: ['en-GB: Four steps: injuries explained away'],
        description: ['en-GB: Four steps: injuries explained away'],
        url: 'index.html?cmi5=1&scenario=child-l&pass=70',
      },
    ]);
    for (const au of aus) {
      // Relative, and pointing at a file in the zip.
      const url = new URL(au.url!, 'https://lms.example/packages/course/');
      expect(url.pathname).toBe('/packages/course/index.html');
      expect(zip[decodeURIComponent(url.pathname.slice('/packages/course/'.length))]).toBeDefined();
      expect(Object.fromEntries(url.searchParams)).toEqual({
        cmi5: '1',
        scenario: au.id!.split(':').pop(),
        pass: '70',
      });
    }
  });

  it('gives a one-scenario package its own course, with the same AU as the course’s', () => {
    const one = parse(strFromU8(unzip(cmi5.find((b) => b.file.endsWith('child-t-cmi5.zip'))!.file)['cmi5.xml']!));
    const all = parse(strFromU8(unzip(cmi5.find((b) => b.kind === 'course')!.file)['cmi5.xml']!));
    expect(one.course).toEqual({
      id: 'urn:safeguarding-simulator:xapi:course:child-t',
      title: ['en-GB: Maisie: the pieces & the <review>'],
      description: [`en-GB: ${SYNOPSIS_T}`],
    });
    expect(one.aus).toEqual([all.aus[0]]);
  });

  it('with --pass 0, lets a learner move on by completing (masteryScore 0)', () => {
    const out = path.join(fake.dist, '..', 'out-pass-0');
    const printed = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/package-scorm.ts',
        ...['--dist', fake.dist, '--out', out, '--stories', fake.stories, '--scenarios', 'child-t', '--pass', '0'],
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(printed).toMatch(/child-t-cmi5\.zip\s+cmi5\s+child-t\s/);
    expect(printed).toMatch(/all-scenarios-cmi5\.zip\s+cmi5\s+course: child-t\s/);
    expect(printed).toContain('6 packages, pass mark 0%, manifests valid against the SCORM and cmi5 schemas.');
    for (const name of ['child-t-cmi5.zip', 'all-scenarios-cmi5.zip']) {
      const { aus } = parse(strFromU8(unzip(path.join(out, name))['cmi5.xml']!));
      expect(
        aus.map((au) => [au.moveOn, au.masteryScore, au.url]),
        name,
      ).toEqual([['Completed', '0', 'index.html?cmi5=1&scenario=child-t&pass=0']]);
    }
  }, 60_000);

  it('writes any pass mark as a masteryScore of at most 4 places, the url in percent', async () => {
    expect([0.8, 0.725, 1, 0.12345, 0.1 + 0.2].map(masteryScore)).toEqual([0.8, 0.725, 1, 0.1235, 0.3]);
    expect(auUrl('child-t', 0.725)).toBe('index.html?cmi5=1&scenario=child-t&pass=72.5');
    expect(() => masteryScore(1.2)).toThrow(RangeError);
    const xml = buildCourseStructure({
      name: 'child-t',
      title: 'T',
      description: 'D',
      scenarios: [{ id: 'child-t', title: 'T' }],
      passMark: 0.1 + 0.2,
    });
    expect(parse(xml).aus[0]).toMatchObject({ masteryScore: '0.3', url: 'index.html?cmi5=1&scenario=child-t&pass=30' });
    expect(await validateCourseStructure(xml)).toEqual({ valid: true, errors: [] });
  });

  it('would refuse a course structure the schema rejects, saying where and why', async () => {
    const good = buildCourseStructure({
      name: 'all-scenarios',
      title: 'Course',
      description: 'About the course',
      scenarios: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B', synopsis: 'About B' },
      ],
      passMark: 0.7,
    });
    const noUrl = good.replace(/\s*<url>[^<]*<\/url>/, '');
    const badMoveOn = good.replace('moveOn="CompletedAndPassed"', 'moveOn="Finished"');
    expect(noUrl).not.toBe(good);
    const [first, second, third] = await validateCourseStructures([good, noUrl, badMoveOn]);
    expect(first).toEqual({ valid: true, errors: [] });
    expect(second!.valid).toBe(false);
    expect(second!.errors.join('\n')).toMatch(/line \d+: .*au'?: Missing child element.*\}url/);
    expect(third!.valid).toBe(false);
    expect(third!.errors.join('\n')).toMatch(/line \d+: .*moveOn.*'Finished' is not an element of the set/);
  });

  it('stops the packaging, writing no zip, when a course structure is not valid', async () => {
    const out = path.join(fake.dist, '..', 'out-broken');
    plant.broken = true;
    try {
      await expect(
        packageScorm({ dist: fake.dist, out, passMark: DEFAULT_PASS_MARK, storiesDir: fake.stories }),
      ).rejects.toThrow(
        /^all-scenarios \(cmi5\): cmi5\.xml is not valid against CourseStructure\.xsd:\nline \d+: .*url/,
      );
    } finally {
      plant.broken = false;
    }
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
