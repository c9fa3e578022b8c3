/**
 * The xAPI words the app uses: ADL's verbs and activity types where one fits, cmi5's
 * categories and extensions, and the app's own extensions under one IRI base. Every
 * statement follows xAPI 1.0.3 (the version cmi5 and most LRSs speak). docs/xapi.md lists
 * each statement with an example.
 */

export const XAPI_VERSION = '1.0.3';

/**
 * The base of the app's own IRIs (its extensions and the record verb). A URN, so it claims
 * no web address; a partnership that runs its own vocabulary server can change it here.
 */
export const APP_IRI = 'urn:safeguarding-simulator:xapi:';

export const VERB = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  responded: 'http://adlnet.gov/expapi/verbs/responded',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  recorded: `${APP_IRI}verb:recorded`,
} as const;

export type VerbName = keyof typeof VERB;

export const ACTIVITY_TYPE = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
} as const;

/** The app's extensions (context and result). */
export const EXT = {
  scenario: `${APP_IRI}ext:scenario`,
  storyVersion: `${APP_IRI}ext:story-version`,
  feedbackMode: `${APP_IRI}ext:feedback-mode`,
  facilitated: `${APP_IRI}ext:facilitated`,
  decisionId: `${APP_IRI}ext:decision`,
  position: `${APP_IRI}ext:position`,
  judged: `${APP_IRI}ext:judged`,
  effects: `${APP_IRI}ext:learning-point-effects`,
  form: `${APP_IRI}ext:test-form`,
  learningPoint: `${APP_IRI}ext:learning-point`,
  certainty: `${APP_IRI}ext:certainty`,
  status: `${APP_IRI}ext:status`,
  record: `${APP_IRI}ext:result-record`,
} as const;
