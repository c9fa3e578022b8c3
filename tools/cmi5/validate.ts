/**
 * Validates cmi5.xml course structures against cmi5's CourseStructure.xsd offline, with
 * libxml2's xmllint compiled to WebAssembly (xmllint-wasm), as tools/scorm/validate.ts does
 * for the SCORM manifests. The schema is in tools/cmi5/schemas (see the README there).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { type ManifestValidation, type SchemaFile, resultsByFile } from '../scorm/validate.ts';

export const CMI5_SCHEMA_FILE = fileURLToPath(new URL('./schemas/CourseStructure.xsd', import.meta.url));

export function cmi5Schema(): SchemaFile {
  return { fileName: 'CourseStructure.xsd', contents: readFileSync(CMI5_SCHEMA_FILE, 'utf8') };
}

/**
 * Validates course structures in one xmllint run (starting xmllint is the slow part);
 * results are in the order given, each error as `line N: message`.
 */
export async function validateCourseStructures(
  courses: string[],
  schema: SchemaFile = cmi5Schema(),
): Promise<ManifestValidation[]> {
  if (!courses.length) return [];
  const names = courses.map((_, i) => `cmi5-${i}.xml`);
  const result = await validateXML({
    xml: courses.map((contents, i) => ({ fileName: names[i]!, contents })),
    schema: [schema],
  });
  return resultsByFile(result, names, 'course structures');
}

export async function validateCourseStructure(
  xml: string,
  schema: SchemaFile = cmi5Schema(),
): Promise<ManifestValidation> {
  return (await validateCourseStructures([xml], schema))[0]!;
}
