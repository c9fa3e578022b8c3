// Children P: a fictional case modelled on the findings of a published review
// (LSCB response to the Serious Case Review in relation to Children P).
// Names, places and events are invented around the review's findings P1 to P9.
INCLUDE ep1_midwife.ink
INCLUDE ep2_conference.ink
INCLUDE ep3_school.ink
INCLUDE ep4_recovery.ink
INCLUDE ep5_neglect.ink
INCLUDE ep6_court.ink
INCLUDE ep7_core_group.ink
INCLUDE endings.ink
// Episode 1: the midwife
VAR ep1_calls = 0
VAR asked_sc1 = false
VAR asked_police1 = false
VAR asked_school1 = false
VAR asked_gp1 = false
VAR saw_kirsty_alone = false
VAR kirsty_own_referral = false
VAR exploitation_referred = false
// Episode 2: the conference chair
VAR checked_lee = false
VAR history_carried = false
// Set only by critical acts that keep the sexual abuse history in the plan (ep2, ep3).
VAR history_kept = false
// Episode 3: the school
VAR jack_recorded = false
VAR jack_judged = false
VAR found_history = false
// Episode 4: the recovery service
VAR child_day_asked = false
VAR substance_at_core = false
VAR young_carer_asked = false
// Episode 5: the social worker and the neglect
VAR saw_unannounced = false
VAR ep5_calls = 0
VAR asked_school5 = false
VAR asked_hv5 = false
VAR asked_gp5 = false
VAR asked_ed5 = false
VAR asked_police5 = false
VAR read_file = false
VAR chronology_built = false
VAR ep5_strategy = false
VAR legal_planning = false
// Episode 6: the residence order
VAR checked_mark = false
VAR court_told = false
// Episode 7: the core group
VAR plan_scrutinised = false
VAR freya_heard = false
-> ep1_notification
// True when the history of sexual abuse concerns is on the record that the
// current practitioners work from.
=== function knew_history() ===
~ return history_carried or found_history or read_file
