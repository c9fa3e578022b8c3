// Scenario modelled on the Serious Case Review "Child T" (North East Lincolnshire
// Safeguarding Children Board, 2016). All names and places are fictional:
// the Kerrigan and Brennan family of Hessleby, and the agencies around them.
INCLUDE ep1.ink
INCLUDE ep2.ink
INCLUDE ep3.ink
INCLUDE ep4.ink
INCLUDE ep5.ink
INCLUDE ep6.ink
INCLUDE ep7.ink
INCLUDE endings.ink

// The ending is chosen from variables set by critical choices (see endings.ink).
// early_acts counts the protective critical acts taken in episodes 1 to 5.
VAR early_acts = 0

// Episode 1: before the birth
VAR calls1 = 0
VAR asked_drug1 = false
VAR asked_sib_sw = false
VAR asked_police1 = false
VAR asked_midwife1 = false
VAR cp_plan = false

// Episode 2: on the ward
VAR ward_evidence = false
VAR formal_care = false
VAR written_agreement = false
VAR went_quiet = false
VAR held_return = false

// Episode 3: the last Child in Need meeting
VAR calls3 = 0
VAR asked_drug3 = false
VAR asked_gp3 = false
VAR asked_gran3 = false
VAR challenged1 = false

// Episode 4: a violent incident, then probation's calls
VAR kept_open4 = false
VAR visited4 = false
VAR saw_father = false

// Episode 5: a relative's referral
VAR calls5 = 0
VAR called_nicola = false
VAR asked_nursery5 = false
VAR asked_hv5 = false
VAR asked_police5 = false
VAR ia5 = false
VAR nursery_knows = false

// Episode 6: disengagement and a second closure
VAR knew_partner = false
VAR calls6 = 0
VAR asked_drug6 = false
VAR asked_nursery6 = false
VAR asked_hv6 = false
VAR asked_gp6 = false
VAR checked_gary = false
VAR kept_open6 = false
VAR strategy6 = false
VAR held6 = false

// Episode 7: not back after the holiday
VAR acted_now = false

-> ep1_prebirth
