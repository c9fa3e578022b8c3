// Scenario child-b1: "Layla". Modelled on the Serious Case Review concerning Child B1
// (Leicester Safeguarding Children Board, 2016). Every name and place is fictional. Two events
// are moved (see scenario.json "about"): the domestic assault is set in autumn 2013, and the eldest
// child's "magic wand" remark in July 2014. Decisions and branches added for the scenario are listed
// there too. The learner moves between roles: health visitor, nursery designated safeguarding lead,
// social work team manager, conference chair.
INCLUDE ep1.ink
INCLUDE ep2.ink
INCLUDE ep3.ink
INCLUDE ep4.ink
INCLUDE ep5.ink
INCLUDE ep6.ink
INCLUDE ep7.ink
INCLUDE ep8.ink
INCLUDE endings.ink

// Episode 1: what the learner asked, saw and explored
VAR calls1 = 0
VAR read_records = false
VAR asked_sc = false
VAR asked_police = false
VAR asked_gp = false
VAR asked_camhs = false
VAR explored_bonding = false
VAR reassured = false
VAR culture_explored = false
VAR knows_hist = false

// Episode 2: the referral and the plan
VAR referral_full = false
VAR chronology = false
VAR smart_plan = false

// Episode 3: domestic abuse
VAR da_alone = false
VAR sep_challenged = false
VAR da_ev = false

// Episode 4: the two-year check
VAR sc_referral_sept = false
VAR sc_referral_jan = false
VAR sc_invited = false
VAR triangulated = false

// Episode 5: the nursery
VAR marks_recorded = false
VAR calls5 = 0
VAR asked_hv5 = false
VAR asked_keyworker = false
VAR asked_gp5 = false
VAR nursery_written = false
VAR nursery_challenged = false
VAR nursery_escalated = false
VAR early = false

// Episode 6: "worst I have seen"
VAR calls6 = 0
VAR asked_nursery6 = false
VAR asked_paed6 = false
VAR asked_gp6 = false
VAR health_in_strategy = false
VAR escalated_named = false
VAR escalated_designated = false
VAR force_feed_named = false
VAR force_feed_omitted = false

// Episode 7: the legal planning meeting
VAR file_strong = false
VAR instructed_june = false
VAR deadline_set = false
VAR instructed_late = false

// Episode 8: drift
VAR sw2_challenged = false
VAR adam_recorded = false
VAR escalate_agreed = false
VAR partnership_written = false
VAR conf_forward = false

-> ep1_growth

// Is Layla out of her parents' care by the start of episode 8?
=== function layla_safe() ===
~ return instructed_june or instructed_late
