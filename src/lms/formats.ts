/**
 * The value formats of the two SCORM data models: times, durations, identifiers and
 * choice responses, written to the strictest reading of each specification.
 */

/** Characters allowed in the identifiers this package writes (valid in SCORM 1.2 and 2004). */
export const SAFE_ID = /^[A-Za-z0-9_-]+$/;

/** Replaces anything outside [A-Za-z0-9_-] and keeps the identifier short. */
export function safeIdPart(text: string, max = 120): string {
  const cleaned = text.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, max);
  return cleaned || 'x';
}

/** `d_<decisionId>_<n>`: one interaction per decision made, n its place in the path (1-based). */
export function interactionId(decisionId: string | null, n: number): string {
  return `d_${safeIdPart(decisionId ?? 'choice')}_${n}`;
}

/**
 * `<form>_<question id>`: one interaction per question of a pre-, post- or follow-up test
 * (`pre_pre-3`). Question ids have no `_` (quiz-schema.ts), so no two ids can meet, nor
 * meet a decision's `d_…`.
 */
export function testInteractionId(form: string, questionId: string): string {
  return `${form}_${safeIdPart(questionId)}`;
}

/** `<form>_<question id>_certainty`: SCORM 1.2's companion interaction holding how sure the learner was. */
export function certaintyInteractionId(form: string, questionId: string): string {
  return `${testInteractionId(form, questionId)}_certainty`;
}

/** `test-<form>`: the objective holding a test form's score (`test-pre`, `test-post`, `test-followup`). */
export function testObjectiveId(form: string): string {
  return `test-${form}`;
}

/**
 * The learner's response to a choice interaction: a letter a–z by option index. SCORM 1.2
 * allows only single characters; beyond 26 options there is no valid 1.2 response (null).
 */
export function choiceLetter(index: number): string | null {
  return index >= 0 && index < 26 ? String.fromCharCode(97 + index) : null;
}

/** The same response as a SCORM 2004 short identifier (letters, then `o27`, `o28`…). */
export function choiceIdentifier(index: number): string {
  return choiceLetter(index) ?? `o${index + 1}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITime: a time of day, `HH:MM:SS`, in the learner's local time. */
export function scorm12Time(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS` (hours 2–4 digits, capped at 9999:59:59). */
export function scorm12Timespan(ms: number): string {
  const total = Math.min(Math.max(Math.floor(ms / 1000), 0), 9999 * 3600 + 59 * 60 + 59);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  return `${pad(h)}:${pad(m)}:${pad(total % 60)}`;
}

/**
 * SCORM 2004 time(second,10,2): `YYYY-MM-DDThh:mm:ss.ssZ` in UTC. The grammar allows a
 * time zone only after fractional seconds, and at most two fractional digits.
 */
export function scorm2004Timestamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-23T10:00:00.123Z
  return `${iso.slice(0, 19)}.${iso.slice(20, 22)}Z`;
}

/** SCORM 2004 timeinterval(second,10,2): an ISO 8601 duration such as `PT1H2M3.45S`. */
export function scorm2004Duration(ms: number): string {
  const centis = Math.max(Math.round(ms / 10), 0);
  const h = Math.floor(centis / 360000);
  const m = Math.floor((centis % 360000) / 6000);
  const s = (centis % 6000) / 100;
  let out = 'PT';
  if (h) out += `${h}H`;
  if (m) out += `${m}M`;
  if (s || (!h && !m)) out += `${Number.isInteger(s) ? s : s.toFixed(2).replace(/0$/, '')}S`;
  return out;
}

/** A SCORM 2004 localized string (CMILangString250): no leading `{`, at most 250 characters. */
export function langString250(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^\{+/, '').slice(0, 250);
}

/** A decimal as SCORM writes it: no exponent, at most four decimals, no trailing zeros. */
export function decimal(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}
