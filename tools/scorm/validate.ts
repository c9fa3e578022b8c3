/**
 * Validates an imsmanifest.xml against the IMS/ADL schemas offline, with libxml2's xmllint
 * compiled to WebAssembly (xmllint-wasm): no native tool and no network needed.
 *
 * The content-packaging schema lets extension elements and attributes (adlcp, imsss…) in
 * only when their schema is loaded, so a small driver schema imports every namespace the
 * manifest uses, each from the XSD file shipped in the package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type XMLValidationResult, validateXML } from 'xmllint-wasm';
import type { ScormVersion } from '../../src/lms/data-model.ts';
import { NAMESPACES, SCHEMA_FILES } from './manifest.ts';

export const SCHEMA_DIR: Record<ScormVersion, string> = {
  '1.2': fileURLToPath(new URL('./schemas/scorm12/', import.meta.url)),
  '2004': fileURLToPath(new URL('./schemas/scorm2004/', import.meta.url)),
};

export interface SchemaFile {
  fileName: string;
  contents: string;
}

export function schemaFiles(version: ScormVersion): SchemaFile[] {
  return SCHEMA_FILES[version].map((fileName) => ({
    fileName,
    contents: readFileSync(path.join(SCHEMA_DIR[version], fileName), 'utf8'),
  }));
}

function driverSchema(version: ScormVersion): string {
  const imports =
    version === '1.2'
      ? [
          [NAMESPACES['1.2'].imscp, 'imscp_rootv1p1p2.xsd'],
          [NAMESPACES['1.2'].adlcp, 'adlcp_rootv1p2.xsd'],
        ]
      : [
          [NAMESPACES['2004'].imscp, 'imscp_v1p1.xsd'],
          [NAMESPACES['2004'].adlcp, 'adlcp_v1p3.xsd'],
          [NAMESPACES['2004'].adlseq, 'adlseq_v1p3.xsd'],
          [NAMESPACES['2004'].adlnav, 'adlnav_v1p3.xsd'],
          [NAMESPACES['2004'].imsss, 'imsss_v1p0.xsd'],
        ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-manifest-check" elementFormDefault="qualified">
${imports.map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>
`;
}

export interface ManifestValidation {
  valid: boolean;
  /** `line N: message` for each problem xmllint found. */
  errors: string[];
}

/**
 * Validates manifests of one version in one xmllint run (starting xmllint is the slow part);
 * `schemas` are the XSD files to validate with (by default those in tools/scorm/schemas; a
 * test passes the ones inside a built zip). Results are in the order given.
 */
export async function validateManifests(
  manifests: string[],
  version: ScormVersion,
  schemas: SchemaFile[] = schemaFiles(version),
): Promise<ManifestValidation[]> {
  if (!manifests.length) return [];
  const names = manifests.map((_, i) => `manifest-${i}.xml`);
  const result = await validateXML({
    xml: manifests.map((contents, i) => ({ fileName: names[i]!, contents })),
    schema: [{ fileName: 'manifest-check.xsd', contents: driverSchema(version) }],
    preload: schemas,
  });
  return resultsByFile(result, names, 'manifests');
}

/**
 * Splits one xmllint run's errors among the files it validated (`names`, in their order):
 * `line N: message` for each. `what` names the files in the message given when xmllint
 * failed without saying why.
 */
export function resultsByFile(result: XMLValidationResult, names: string[], what: string): ManifestValidation[] {
  // libxml2 warns that SCORM 1.2's ims_xml.xsd binds the xml namespace as a default one (harmless,
  // and printed over three lines); every other line it prints names an error.
  const errors = result.errors.filter(
    (e) => /error/i.test(e.rawMessage) && !/xml namespace URI cannot be the default namespace/.test(e.rawMessage),
  );
  return names.map((name) => {
    const mine = errors
      .filter((e) => e.loc?.fileName === name || (!e.loc && e.rawMessage.includes(name)))
      .map((e) =>
        e.loc && Number.isFinite(e.loc.lineNumber) ? `line ${e.loc.lineNumber}: ${e.message}` : e.rawMessage,
      );
    const unattributed = errors.filter((e) => !names.some((n) => e.loc?.fileName === n || e.rawMessage.includes(n)));
    // An error no file owns (the schemas themselves failing) makes every file invalid.
    const all = [...mine, ...unattributed.map((e) => e.rawMessage)];
    if (!result.valid && !errors.length) all.push(`xmllint rejected the ${what}: ${result.rawOutput.trim()}`);
    return { valid: all.length === 0, errors: all };
  });
}

export async function validateManifest(
  xml: string,
  version: ScormVersion,
  schemas: SchemaFile[] = schemaFiles(version),
): Promise<ManifestValidation> {
  return (await validateManifests([xml], version, schemas))[0]!;
}
