// Scenario child-o: "Not in touch". Modelled on the Hartlepool and Stockton-on-Tees
// LCSPR "Child O" (2021). All names and places are fictional.
// Kai Mercer (9), his mother Lauren, her on/off partner Darren Rowley, grandmother Brenda.
// Town: Brackenmouth. Darren's home area: Westford.
INCLUDE e1_first_call.ink
INCLUDE e2_core_group.ink
INCLUDE e3_probation.ink
INCLUDE e4_release.ink
INCLUDE e5_disagreement.ink
INCLUDE e6_support.ink
INCLUDE e7_talking.ink
INCLUDE endings.ink

// Episode 1
VAR e1_count = 0
VAR told_sw_e1 = false
VAR knows_dean_history = false
VAR asked_nurse_e1 = false
VAR recorded_both = false
VAR kai_trusts = false
VAR encompass_used = false

// Episode 2
VAR e2_count = 0
VAR asked_probation = false
VAR asked_drugs = false
VAR asked_health = false
VAR asked_gp = false
VAR asked_anchor = false
VAR asked_marac = false
VAR wider_agenda = false
VAR standing_item = false

// Episode 3
VAR e3_count = 0
VAR told_school_e3 = false
VAR told_marac_e3 = false
VAR told_probation_e3 = false
VAR told_gp_e3 = false
VAR mappa_linked = false

// Episode 4
VAR kai_remark_passed = false
VAR lauren_alerted = false
VAR e4_count = 0
VAR e4_sw = false
VAR e4_marac = false
VAR police_101 = false
VAR e4_probation = false
VAR kai_told_same_day = false
VAR school_safety_plan = false

// Episode 5
VAR challenge_made = false
VAR escalated = false
VAR forum = ""

// Episode 6
VAR e6_count = 0
VAR kai_anchor = false
VAR e6_nurse = false
VAR e6_camhs = false
VAR e6_gp = false
VAR e6_nan = false
VAR health_rewritten = false

// Episode 7
VAR explained_clearly = false
VAR lauren_trust = false

-> e1
