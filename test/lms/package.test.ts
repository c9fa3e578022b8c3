import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../src/lms/data-model.ts';
import { type BuiltPackage, packageScorm } from '../../tools/package-scorm.ts';
import { SCHEMA_FILES, buildManifest } from '../../tools/scorm/manifest.ts';
import { validateManifest, validateManifests } from '../../tools/scorm/validate.ts';

/** A small stand-in for a production build, with the file kinds a real one has. */
function fakeBuild(): { dist: string; stories: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'scorm-pkg-'));
  const dist = path.join(root, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>x</title>',
    'favicon.svg': '<svg/>',
    'assets/index-AbCd_123.js': 'console.log(1)',
    'assets/index-AbCd_123.js.map': '{}',
    'assets/sample-lQNi_PMl.js': 'export default 1',
    'assets/child-t-Zz9-x_Yq.js': 'export default 2',
    'assets/knock-B_Xxbn-_.mp3': 'ID3',
    'assets/a file & more.css': 'body{}',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), text);
  }
  const stories = path.join(root, 'stories');
  const scenario = (id: string, title: string, order: number) => {
    mkdirSync(path.join(stories, id), { recursive: true });
    writeFileSync(path.join(stories, id, 'scenario.json'), JSON.stringify({ id, title, order }));
  };
  scenario('sample', 'Sample: Missed checks', 99);
  scenario('child-t', 'Child T & the <review>', 1);
  scenario('child-x', 'Not in this build', 2);
  return { dist, stories };
}

function unzip(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

function isScorm(b: BuiltPackage): b is BuiltPackage & { version: ScormVersion } {
  return b.version !== 'cmi5';
}

function hrefs(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!.replace(/&amp;/g, '&')));
}

describe('npm run package', () => {
  let built: BuiltPackage[];
  let dist: string;

  beforeAll(async () => {
    const fake = fakeBuild();
    dist = fake.dist;
    built = await packageScorm({ dist, out: path.join(dist, '..', 'out'), passMark: 0.8, storiesDir: fake.stories });
  }, 120_000);

  it('builds a 1.2, a 2004 and a cmi5 zip per scenario in the build, and a course without the sample', () => {
    expect(built.map((b) => [path.basename(b.file), b.kind, b.scenarios])).toEqual([
      ['child-t-scorm12.zip', 'scenario', ['child-t']],
      ['sample-scorm12.zip', 'scenario', ['sample']],
      ['all-scenarios-scorm12.zip', 'course', ['child-t']],
      ['child-t-scorm2004.zip', 'scenario', ['child-t']],
      ['sample-scorm2004.zip', 'scenario', ['sample']],
      ['all-scenarios-scorm2004.zip', 'course', ['child-t']],
      ['child-t-cmi5.zip', 'scenario', ['child-t']],
      ['sample-cmi5.zip', 'scenario', ['sample']],
      ['all-scenarios-cmi5.zip', 'course', ['child-t']],
    ]);
  });

  it('puts imsmanifest.xml and the version’s schemas at the root, and lists every file of the build', () => {
    for (const b of built.filter(isScorm)) {
      const zip = unzip(b.file);
      const manifest = strFromU8(zip['imsmanifest.xml']!);
      for (const schema of SCHEMA_FILES[b.version]) expect(zip[schema], `${b.file}: ${schema}`).toBeDefined();
      const appFiles = Object.keys(zip).filter((f) => f !== 'imsmanifest.xml' && !SCHEMA_FILES[b.version].includes(f));
      expect(appFiles.sort()).toEqual(
        [
          'assets/a file & more.css',
          'assets/child-t-Zz9-x_Yq.js',
          'assets/index-AbCd_123.js',
          'assets/knock-B_Xxbn-_.mp3',
          'assets/sample-lQNi_PMl.js',
          'favicon.svg',
          'index.html',
        ].sort(),
      );
      const listed = new Set(hrefs(manifest));
      for (const f of appFiles) expect(listed.has(f), `${b.file} lists ${f}`).toBe(true);
      for (const f of listed) expect(zip[f], `${b.file} holds ${f}`).toBeDefined();
    }
  });

  it('launches each SCO on the built page with its version, scenario and pass mark', () => {
    const m12 = strFromU8(unzip(built[0]!.file)['imsmanifest.xml']!);
    expect(m12).toContain('href="index.html?scorm=12&amp;scenario=child-t&amp;pass=80"');
    expect(m12).toContain('adlcp:scormtype="sco"');
    expect(m12).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(m12).toContain('<title>Child T &amp; the &lt;review&gt;</title>');
    const m2004 = strFromU8(unzip(built[3]!.file)['imsmanifest.xml']!);
    expect(m2004).toContain('href="index.html?scorm=2004&amp;scenario=child-t&amp;pass=80"');
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m2004).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
  });

  it('writes manifests that validate against the schemas shipped in the zip', async () => {
    const picked = [built[0]!, built[3]!].filter(isScorm);
    expect(picked.map((b) => b.version)).toEqual(['1.2', '2004']);
    for (const b of picked) {
      const zip = unzip(b.file);
      const schemas = SCHEMA_FILES[b.version].map((fileName) => ({ fileName, contents: strFromU8(zip[fileName]!) }));
      const result = await validateManifest(strFromU8(zip['imsmanifest.xml']!), b.version, schemas);
      expect(result, b.file).toEqual({ valid: true, errors: [] });
    }
  });

  it('would refuse a manifest the schemas reject, saying where', async () => {
    const manifest = buildManifest({
      version: '2004',
      identifier: 'x',
      title: 'x',
      scenarios: [{ id: 'a', title: 'A' }],
      files: ['index.html'],
      passMark: 0.7,
      appVersion: '1',
    }).replace('scormType="sco"', 'scormType="lesson"');
    const good = manifest.replace('scormType="lesson"', 'scormType="sco"');
    const [first, second] = await validateManifests([good, manifest], '2004');
    expect(first).toEqual({ valid: true, errors: [] });
    expect(second!.valid).toBe(false);
    expect(second!.errors.join('\n')).toMatch(/line \d+: .*scormType.*'lesson' is not an element of the set/);
  });

  it('packages only the scenarios asked for, keeps source maps on request, and names what is missing', async () => {
    const out = path.join(dist, '..', 'out-2');
    const only = await packageScorm({
      dist,
      out,
      passMark: 0.7,
      storiesDir: path.join(dist, '..', 'stories'),
      scenarios: ['sample'],
      sourcemaps: true,
    });
    expect(only.map((b) => path.basename(b.file))).toEqual([
      'sample-scorm12.zip',
      'all-scenarios-scorm12.zip',
      'sample-scorm2004.zip',
      'all-scenarios-scorm2004.zip',
      'sample-cmi5.zip',
      'all-scenarios-cmi5.zip',
    ]);
    expect(unzip(only[0]!.file)['assets/index-AbCd_123.js.map']).toBeDefined();
    await expect(
      packageScorm({ dist, out, passMark: 0.7, storiesDir: path.join(dist, '..', 'stories'), scenarios: ['child-x'] }),
    ).rejects.toThrow(/not in the build: child-x \(the build has: child-t, sample\)/);
    await expect(packageScorm({ dist: path.join(dist, 'nowhere'), out, passMark: 0.7 })).rejects.toThrow(
      /index.html is missing: build the app first/,
    );
  });
});
