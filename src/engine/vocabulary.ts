/** The closed vocabularies of the story format: agencies, scenes, sound cues, decision kinds. */

export const AGENCIES = {
  police: 'Police',
  'social-care': "Children's social care",
  'health-visitor': 'Health visiting',
  gp: 'GP practice',
  school: 'School',
  nursery: 'Nursery',
  'drug-service': 'Drug and alcohol service',
  probation: 'Probation',
  'domestic-abuse': 'Domestic abuse service',
  ambulance: 'Ambulance service',
  'emergency-dept': 'Emergency department',
  marac: 'MARAC',
  legal: 'Legal services',
  midwife: 'Midwifery',
  hospital: 'Hospital',
  camhs: 'CAMHS',
  'adult-mental-health': 'Adult mental health',
  housing: 'Housing',
  relative: 'Family member',
  'designated-professional': 'Designated professional',
  partnership: 'Safeguarding partnership',
  'family-court': 'Family court',
} as const;
export type AgencyId = keyof typeof AGENCIES;

export const SCENES = {
  home: 'A family home',
  'gp-surgery': 'A GP surgery',
  school: 'A school',
  nursery: 'A nursery',
  'emergency-dept': 'An emergency department',
  'hospital-ward': 'A hospital ward',
  'meeting-room': 'A meeting room',
  office: 'An office',
  court: 'A court building',
  clinic: 'A clinic',
  street: 'A street',
} as const;
export type SceneId = keyof typeof SCENES;

export const SOUNDS = ['phone', 'door', 'knock', 'office', 'meeting', 'ward', 'street', 'typing'] as const;
export type SoundId = (typeof SOUNDS)[number];

export const DECISION_KINDS = ['contact', 'challenge', 'disguised', 'pace'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export function isAgency(value: string): value is AgencyId {
  return Object.hasOwn(AGENCIES, value);
}
export function isScene(value: string): value is SceneId {
  return Object.hasOwn(SCENES, value);
}
export function isSound(value: string): value is SoundId {
  return (SOUNDS as readonly string[]).includes(value);
}
export function isDecisionKind(value: string): value is DecisionKind {
  return (DECISION_KINDS as readonly string[]).includes(value);
}

/** Agencies a participant can say they work for (free text is accepted too). */
export const PARTICIPANT_AGENCIES = [
  "Children's social care",
  'Health visiting',
  'Midwifery',
  'GP / primary care',
  'Hospital / acute health',
  'Police',
  'School',
  'Early years / nursery',
  'Probation',
  'Drug and alcohol service',
  'Domestic abuse service',
  'Adult mental health',
  'Housing',
  'Voluntary sector',
  'Other',
] as const;
