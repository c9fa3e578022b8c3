=== contacts ===
= ask
# decision: s-contacts; contact
# note: Each contact costs time. Ask the room whom they would call first, and why.
# prompt: Which agency holds the piece you are missing?
# real: No other agency was asked before the visit.
* [Call the GP practice # contact: gp # lp: s-ask-others +1 # feedback: The GP holds the immunisation record (ask others).]
    ~ asked_gp = true
    ~ contacts_made++
    # sound: phone
    The practice nurse says Mia has missed two immunisations. # speaker: Practice nurse # info: gp; Two immunisations missed this year
    -> after_contact
* [Ask the nursery # contact: nursery # lp: s-ask-others +1 # feedback: The nursery sees Mia every week (ask others).]
    ~ asked_nursery = true
    ~ contacts_made++
    The nursery manager says Mia has not attended for three weeks. # speaker: Nursery manager # info: nursery; No attendance for three weeks # chrono: 2025-10 / October; Mia stops attending nursery
    -> after_contact
+ [Go ahead with the home visit now # real # pin: last]
    -> ep2_home_visit

= after_contact
{contacts_made >= 2:
    A week has passed while you made your calls. The visit is booked.
    -> ep2_home_visit
}
-> ask
