/**
 * imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one SCO per scenario, each
 * launching the built index.html with `?scorm=<version>&scenario=<id>&pass=<0–100>`, and
 * one shared asset resource listing every file of the built app.
 */
import type { ScormVersion } from '../../src/lms/data-model.ts';

export interface ManifestScenario {
  id: string;
  title: string;
}

export interface ManifestInput {
  version: ScormVersion;
  /** Unique per package; becomes the manifest identifier. */
  identifier: string;
  /** The organization's title (what the LMS shows as the course). */
  title: string;
  scenarios: ManifestScenario[];
  /** Every file of the built app, relative to the package root, with `/` separators. */
  files: string[];
  /** 0..1 */
  passMark: number;
  /** The app's version, for the manifest's version attribute. */
  appVersion: string;
}

/** The XSD files each version's manifest names, shipped at the root of every package. */
export const SCHEMA_FILES: Record<ScormVersion, string[]> = {
  '1.2': ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'],
  '2004': [
    'imscp_v1p1.xsd',
    'adlcp_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
    'XMLSchema.dtd',
    'datatypes.dtd',
  ],
};

export const NAMESPACES = {
  '1.2': {
    imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  },
  '2004': {
    imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
    adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
    imsss: 'http://www.imsglobal.org/xsd/imsss',
  },
} as const;

export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A package-relative path as a URI reference: each segment percent-encoded where needed. */
export function fileHref(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** An xs:ID from any text: letters, digits, `.`, `_`, `-`, starting with a letter. */
export function xmlId(prefix: string, text: string): string {
  return `${prefix}-${text.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** The SCO's launch address (the same in both versions but for `scorm`). */
export function launchHref(version: ScormVersion, scenarioId: string, passMark: number): string {
  const query = new URLSearchParams({
    scorm: version === '1.2' ? '12' : '2004',
    scenario: scenarioId,
    pass: String(Math.round(passMark * 100)),
  });
  return `index.html?${query.toString()}`;
}

const APP_RESOURCE = 'RES-app';

function resources(input: ManifestInput, scormType: string, indent: string): string {
  const scos = input.scenarios.map(
    (s) =>
      `${indent}<resource identifier="${xmlId('RES', s.id)}" type="webcontent" ${scormType}="sco" ` +
      `href="${xmlEscape(launchHref(input.version, s.id, input.passMark))}">\n` +
      `${indent}  <file href="index.html"/>\n` +
      `${indent}  <dependency identifierref="${APP_RESOURCE}"/>\n` +
      `${indent}</resource>`,
  );
  const files = input.files.map((f) => `${indent}  <file href="${xmlEscape(fileHref(f))}"/>`).join('\n');
  const app = `${indent}<resource identifier="${APP_RESOURCE}" type="webcontent" ${scormType}="asset">\n${files}\n${indent}</resource>`;
  return [...scos, app].join('\n');
}

function manifest12(input: ManifestInput): string {
  const ns = NAMESPACES['1.2'];
  const mastery = Math.round(input.passMark * 100);
  const items = input.scenarios
    .map(
      (s) =>
        `      <item identifier="${xmlId('ITEM', s.id)}" identifierref="${xmlId('RES', s.id)}" isvisible="true">\n` +
        `        <title>${xmlEscape(s.title)}</title>\n` +
        `        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>\n` +
        `      </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('MANIFEST', input.identifier)}" version="${xmlEscape(input.appVersion)}"
  xmlns="${ns.imscp}"
  xmlns:adlcp="${ns.adlcp}"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${ns.imscp} imscp_rootv1p1p2.xsd ${ns.imsmd} imsmd_rootv1p2p1.xsd ${ns.adlcp} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>${xmlEscape(input.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources(input, 'adlcp:scormtype', '    ')}
  </resources>
</manifest>
`;
}

function manifest2004(input: ManifestInput): string {
  const ns = NAMESPACES['2004'];
  const items = input.scenarios
    .map(
      (s) =>
        `      <item identifier="${xmlId('ITEM', s.id)}" identifierref="${xmlId('RES', s.id)}">\n` +
        `        <title>${xmlEscape(s.title)}</title>\n` +
        `        <imsss:sequencing>\n` +
        `          <imsss:objectives>\n` +
        `            <imsss:primaryObjective satisfiedByMeasure="true">\n` +
        `              <imsss:minNormalizedMeasure>${input.passMark}</imsss:minNormalizedMeasure>\n` +
        `            </imsss:primaryObjective>\n` +
        `          </imsss:objectives>\n` +
        `          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>\n` +
        `        </imsss:sequencing>\n` +
        `      </item>`,
    )
    .join('\n');
  // With several scenarios the learner may take them in any order, or one after another.
  const orgSequencing =
    input.scenarios.length > 1
      ? `\n      <imsss:sequencing>\n        <imsss:controlMode choice="true" flow="true"/>\n      </imsss:sequencing>`
      : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('MANIFEST', input.identifier)}" version="${xmlEscape(input.appVersion)}"
  xmlns="${ns.imscp}"
  xmlns:adlcp="${ns.adlcp}"
  xmlns:adlseq="${ns.adlseq}"
  xmlns:adlnav="${ns.adlnav}"
  xmlns:imsss="${ns.imsss}"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${ns.imscp} imscp_v1p1.xsd ${ns.adlcp} adlcp_v1p3.xsd ${ns.adlseq} adlseq_v1p3.xsd ${ns.adlnav} adlnav_v1p3.xsd ${ns.imsss} imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>${xmlEscape(input.title)}</title>
${items}${orgSequencing}
    </organization>
  </organizations>
  <resources>
${resources(input, 'adlcp:scormType', '    ')}
  </resources>
</manifest>
`;
}

export function buildManifest(input: ManifestInput): string {
  if (!input.scenarios.length) throw new Error('a package needs at least one scenario');
  if (!(input.passMark >= 0 && input.passMark <= 1))
    throw new RangeError(`pass mark ${input.passMark} is not within 0..1`);
  return input.version === '1.2' ? manifest12(input) : manifest2004(input);
}
