// Scenario modelled on the published Serious Case Review, Child L
// (North East Lincolnshire Safeguarding Children Board).
// Names, places, practitioners and dialogue are fictional; the day-and-month dates and the
// child's age are the review's own. The pattern of events follows the review.
INCLUDE ep1_surgery.ink
INCLUDE ep2_emergency.ink
INCLUDE ep3_going_home.ink
INCLUDE ep4_conference.ink
INCLUDE ep5_nursery.ink
INCLUDE ep6_stairs.ink
INCLUDE ep7_closure.ink
INCLUDE endings.ink

// Episode 1: the surgery
VAR e1_curious = false
VAR e1_contacts = 0
VAR e1_asked_gp = false
VAR e1_asked_hv = false
VAR e1_asked_hosp = false
VAR e1_asked_sc = false
VAR e1_referred = false

// Episode 2: the emergency department, then the surgery again
VAR e2_contacts = 0
VAR e2_hosp_lottie = false
VAR e2_siblings = false
VAR e2_gp = false
VAR e2_hv = false
VAR e2_sc = false
VAR e2_referred = false
VAR e2_written = false
VAR e2_no_answer = 0

// Episode 3: going home
VAR e3_lottie_words = false
VAR e3_contacts = 0
VAR e3_police = false
VAR e3_amh = false
VAR e3_aunt = false
VAR e3_school = false
VAR e3_nursery = false
VAR e3_hv = false
VAR e3_challenged = false
VAR e3_balanced_handover = false

// Episode 4: the split conference
VAR e4_escalated = false
VAR e4_smart = false

// Episode 5: the nursery
VAR e5_written = false
VAR e5_contacts = 0
VAR e5_school = false
VAR e5_hv = false
VAR e5_police = false
VAR e5_dad = false
VAR e5_escalated = false
VAR e5_reasons = false

// Episode 6: the fall down the stairs
VAR e6_contacts = 0
VAR e6_own = false
VAR e6_household = false
VAR e6_lottie = false
VAR e6_tia = false
VAR e6_alfie = false
VAR e6_sc = false
VAR e6_gp = false
VAR e6_referred = false
VAR e6_letter = false
VAR e6_known = false

// Episode 7: closure
VAR e7_contacts = 0
VAR e7_gp = false
VAR e7_hosp = false
VAR e7_hosp_sib = false
VAR e7_nursery = false
VAR e7_police = false
VAR e7_alone = false

// Critical acts carried to the endings (set from the episode flags, which are reset)
VAR g_evidence = false
VAR g_voice = false
VAR g_escalate = false
VAR e4_closure_terms = false
VAR e4_court = false
VAR e5_sent = false
VAR e6_protect = false
VAR groundwork = false
VAR plan_invites = false

// Which ending was reached (keeps ending states distinct for the path explorer)
VAR outcome = 0

-> ep1_surgery
