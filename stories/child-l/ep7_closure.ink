// Episode 7: closure. Review 2.2.3, 3.3, 4.1 Social Care, 4.2.

=== ep7_closure ===
# episode: 7; Closure
# role: Health visitor, at the Child in Need meeting
# when: Friday 17 January, year 3 — Evie is 22 months old; Alfie is 7 months
# scene: office
# sound: typing
The Child in Need meeting is at two o'clock. The social worker's email says she will propose closing the case: the plan's goals have been achieved. # chrono: 2014-01-17 / 17 January, year 3; Social worker proposes closing the case at the Child in Need meeting
You go through your own records first. You have sixty-three families on your caseload; this is one of eleven with a plan.
Your last home visit was on 10 December, by appointment. The house was warm and tidy, the children were playing, and Shannon was chatty. # chrono: 2013-12-10 / 10 December, year 2; Health visitor's announced home visit: no concerns
Alfie was not brought to his review on 8 January. You have sent another appointment. Shannon texted to say he'd had a cold.
There is a notification from the emergency department: Evie attended on 3 January with a leg injury after a fall down four carpeted steps. No fracture; discharged. # info: hospital; Evie attended the emergency department on 3 January with a leg injury, "fell down four carpeted steps"; discharged
{e6_letter and not e6_referred:
    The emergency doctor's letter is attached. {e6_known:It notes that the family is known to children's social care.}
}
{e6_referred:
    There is also a copy of the emergency doctor's referral to children's social care. {e6_lottie:It names Lottie's fractured arm in year 1.|It describes the leg injury and the fall.}
}
The invitation list for the meeting is you, Tia's school and the social worker.
{plan_invites:
    The plan says Lottie's nursery and the GP should be invited too. Neither appears on the list.
}
You have the morning. Three calls, perhaps, before you need to leave.
-> before

= before
# decision: l7-before; contact
# note: Everything the meeting needs is held somewhere, and nobody is bringing it. The GP holds the mother's visit; the hospital holds Evie's attendance, and her sisters' only if asked about by name; the nursery holds Lottie. Each call reveals only what that agency holds.
# prompt: The meeting is about to close the case on "no concerns on home visits". What has happened in this family in the last three weeks, and who knows it?
# real: The meeting went ahead with those present. The GP, the hospital and Lottie's nursery were not asked.
+ {not e7_gp} [Ring the GP practice about Shannon and the children # contact: gp # feedback: The mother's health is part of the children's picture; asking the GP is how it reaches the meeting (Think Family).]
    ~ e7_gp = true
    ~ e7_contacts++
    # sound: phone
    The practice's safeguarding lead, Dr Mistry, looks it up.
    "Alfie came in on the 6th with a chest infection. And Shannon saw me on the 8th. Poor sleep, not eating, low mood. She said things were 'on top of her'. I've started treatment and I'm seeing her again in two weeks." # speaker: Dr Anand Mistry (GP) # info: gp; Alfie seen on 6 January with a chest infection; on 8 January the mother reported low mood, poor sleep and appetite, and said things were "on top of her"
    "Nobody's invited us to a meeting about those children for months." # speaker: Dr Anand Mistry (GP)
    -> before_next
+ {not e7_hosp} [Ring the hospital's safeguarding liaison nurse about Evie's attendance # contact: hospital # feedback: Finding out what the emergency department actually saw and did tests the words "no concerns" (professional curiosity).]
    ~ e7_hosp = true
    ~ e7_contacts++
    # sound: phone
    "A leg injury after a fall down four carpeted steps. She wasn't weight-bearing. No fracture seen on X-ray. Discharged," the liaison nurse reads. # speaker: Safeguarding liaison nurse (hospital) # info: hospital; Evie was not weight-bearing on 3 January; no fracture seen; discharged
    {e6_referred:
        "The doctor referred her to social care in writing. Paediatrics didn't see her." # speaker: Safeguarding liaison nurse (hospital)
    - else:
        "No flags on her record, so it wasn't passed to us at the time. Paediatrics didn't see her." # speaker: Safeguarding liaison nurse (hospital)
    }
    -> before_next
+ {not e7_hosp_sib} [Ask the liaison nurse to check the hospital's records for Lottie, Tia and Alfie as well # contact: hospital # feedback: The hospital's system holds the sisters' injuries under their own names; they come into view only if someone asks for each child (linking across siblings).]
    ~ e7_hosp_sib = true
    ~ e7_contacts++
    # sound: phone
    "Give me a minute. Different surnames, so they don't show up together," the liaison nurse says. # speaker: Safeguarding liaison nurse (hospital)
    "Lottie Merritt: three attendances in May and June of year 1. Facial swelling, a cut chin, and a fractured arm one to two weeks old. Tia: nothing in years. Alfie: bronchiolitis in November." # speaker: Safeguarding liaison nurse (hospital) # info: hospital; Lottie had three injury attendances in year 1, ending with a fracture one to two weeks old; nothing of concern for Tia or Alfie
    "Nothing on the system would have linked them to Evie." # speaker: Safeguarding liaison nurse (hospital)
    -> before_next
+ {not e7_nursery} [Ring Lottie's nursery # contact: nursery # feedback: Lottie's nursery hears her every day, and sees what she brings from home (the child's voice).]
    ~ e7_nursery = true
    ~ e7_contacts++
    # sound: phone
    Lottie's key worker comes to the phone.
    "In October she told us she was afraid Kyle would hurt her. We reported it to social care the same day." # speaker: Lottie's key worker (Little Gulls Nursery)
    "She's been very quiet since she went home. She asks most afternoons whether her dad is collecting her." # speaker: Lottie's key worker (Little Gulls Nursery) # info: nursery; Lottie has been quiet since going home in October and asks most days whether her father is collecting her
    "We've never been asked to a meeting about closing the case." # speaker: Lottie's key worker (Little Gulls Nursery)
    -> before_next
+ {not e7_police} [Ring the police child protection unit # contact: police # feedback: Checking what the police decided in October, and on what basis, tells you what weight it can bear (police decisions).]
    ~ e7_police = true
    ~ e7_contacts++
    # sound: phone
    {e5_escalated:
        "After the strategy discussion in October we took CPS advice and interviewed her. She didn't say enough to go further. Nothing since." # speaker: DS Keith Rennie (police child protection unit) # info: police; In October the police reviewed their decision, took CPS advice and interviewed Lottie; no further action; nothing since
    - else:
        "October: a four-year-old's account of being hit in the past, discussed on the phone. No action, and there was no interview. Nothing since." # speaker: DS Keith Rennie (police child protection unit) # info: police; October's decision was made on the phone without an interview; nothing since
    }
    -> before_next
+ [Go to the meeting with what you have # pin: last # real]
    -> meeting

= before_next
{e7_contacts >= 3:
    # sound: office
    It's half past one. You pick up your diary and go.
    -> meeting
}
-> before

= meeting
# scene: meeting-room
# sound: meeting
Three of you around the table: Naomi Marlow, the social worker; Mrs Adeyemi from Tia's school; and you.
Shannon and Kyle are not at this part of the meeting. Naomi has spoken to them: they are keen to be "left in peace", and she thinks they have earned it.
"The Family Resource Team finished in October with good progress," Naomi says. "My visits since have found no concerns. The house is clean, the children are happy and developing well. Shannon and Kyle have done everything that was asked." # speaker: Naomi Marlow (social worker)
{e6_referred:
    "Evie went to A and E with her leg after a fall on the stairs. There was a referral from the emergency doctor. I've looked at it and spoken to Shannon; it was an accident." # speaker: Naomi Marlow (social worker)
- else:
    "Evie went to A and E with her leg after a fall on the stairs, but the hospital didn't raise any concern." # speaker: Naomi Marlow (social worker)
}
"Alfie's missed check is being rebooked." # speaker: Naomi Marlow (social worker)
"Tia's attendance is better this term," Mrs Adeyemi adds. "She's still late some mornings, but she's trying." # speaker: Mrs Adeyemi (designated safeguarding lead, Lowfield Primary)
Naomi turns to you.
"Health?" # speaker: Naomi Marlow (social worker)
# decision: l7-alone; disguised
# note: Everything said is true as far as it goes: a clean house, happy children on announced visits, parents who comply. The question is what has been seen, and by whom, when the parents were not in the room.
# prompt: "No concerns on home visits": whose visits, arranged how, and who was the child talking to?
# real: No concerns were raised at the meeting about what the home visits had found.
+ [Say your December visit found the same: a warm, tidy home, well children, and a mother who was coping # lp: l-confirmation-bias -1 # feedback: Announced visits to a tidy house confirmed what everyone expected to see; nobody asked what they had not seen (confirmation bias). # real]
    Naomi nods and writes. "That matches what I've seen."
    Mrs Adeyemi glances at the clock. She has a class at three.
    -> closure
+ [Ask when each child was last seen alone, and by whom, and what each of them said or showed # critical: l-voice-of-child # critical: l-confirmation-bias # lp: l-voice-of-child +1 # lp: l-confirmation-bias +1 # feedback: Asking who has seen each child alone tests whether the children's experience is known at all (the child's voice).]
    ~ e7_alone = true
    Naomi checks her notes.
    "Lottie, at nursery in October. Tia's seen at school." # speaker: Naomi Marlow (social worker)
    "And Evie and Alfie?" you ask.
    "They're babies. I see them at home with Shannon and Kyle. My visits are arranged with Shannon." # speaker: Naomi Marlow (social worker)
    Too young to say anything. Not too young to be looked at properly.
    -> closure
+ [Say the home was fine in December, and offer to see Alfie for his missed review at home next week # feedback: Rebooking the review is good practice, but another announced visit will show what the last one showed (confirmation bias).]
    Naomi nods and writes. "That would be helpful. Thank you."
    -> closure

= closure
"So, are we agreed to close?" Naomi asks. "I'd want to do it next week." # speaker: Naomi Marlow (social worker)
# decision: l7-closure; challenge
# note: Closing a case needs every agency's agreement and a look back at what has happened recently. The people at this table are three of at least six who know this family. What the learner gathered this morning, or didn't, decides what can be said now. Disagreeing with closure is a professional disagreement: The partnership's procedure for resolving professional disagreements has four stages: 1, practitioner to practitioner; 2, line managers or designated safeguarding leads, within two working days; 3, senior managers or heads of service, within a further five working days; 4, the safeguarding partnership's independent chair or escalation panel. Where a child is at immediate risk the child's safety overrides the stages and their timescales: go straight to whoever can act, the same day. A child under two with a recent unexplained injury and a sibling's fracture is reason to ask for a strategy discussion the same day.
# prompt: What would you need before you could agree to close? If you can't agree, what exactly do you ask for?
# real: Everyone present agreed the case should close with no further support. It was closed a week later.
+ [Agree to close: the plan's goals are met, the family want to move on, and the school and you agree # lp: l-closure -2 # feedback: The case closed on the view of three agencies, with three recent events unexamined: an injury, a missed check and a mother's low mood (case closure). # real]
    -> ending_closed
+ [Agree, but ask for your reservations to be minuted, and raise them with your safeguarding lead afterwards # lp: l-closure -1 # feedback: Reservations in the minutes leave the decision unchanged; a concern about closure needs to be raised before the case is shut (case closure).]
    -> ending_closed_late
+ [Say you can't agree yet: the GP, hospital and nursery must be asked, and each child seen alone, first # critical: l-closure # lp: l-closure +1 # feedback: Asking for every agency's view and for the children to be seen before closing is what safe closure needs (case closure).]
    -> ep7_defer
+ {e6_lottie or e7_hosp_sib} [Put Evie's injury beside Lottie's fractures, and ask for a strategy discussion today or you'll escalate # critical: l-closure # critical: l-link-siblings # lp: l-closure +1 # feedback: Bringing the recent events together, with their sources, and naming the step you want and the escalation route if it is refused, turns unease into a decision (case closure).]
    -> ep7_strategy

=== ep7_defer ===
{e4_closure_terms:
    You point to the plan agreed in March: it cannot close unless every agency agrees after a review of recent events.
- else:
    You say that a case should not close without every agency's view and a look at what has happened in the last month. # lp: l-closure +2
}
"That's another month," Naomi says. "They've been open to us for two years." # speaker: Naomi Marlow (social worker)
"Then another month is small beside two years," you say. "I'm not saying something's happened. I'm saying we haven't looked."
Mrs Adeyemi agrees. Naomi says she'll take it to her manager.
Lynne Maddox rings you that afternoon. The case will stay open. Naomi will ask the GP, the hospital and the nursery, and she and you will make an unannounced joint visit next week.
-> ending_kept_open

=== ep7_strategy ===
{e4_closure_terms:
    You remind them that the plan agreed in March says it cannot close without every agency after a review of recent events.
- else:
    You say the case cannot close on this: recent events have not been reviewed and three agencies are missing. # lp: l-closure +2
}
You put it in order, with where each piece came from.
The hospital's own records: Lottie's three injuries in year 1, ending with a fracture one to two weeks old, each put down to an accident. Nothing joined them to Evie's fall on the stairs. # lp: l-link-siblings +1
{e7_hosp:
    The hospital: Evie, under two, was not weight-bearing after a fall on four carpeted steps, and no paediatrician saw her.
}
{e7_gp:
    The GP: on 8 January Shannon reported low mood, poor sleep and appetite, and said things were on top of her. Alfie missed his review the same day. Nobody is supporting the adults in this family.
}
{e7_nursery:
    The nursery: in October Lottie said she was afraid Kyle would hurt her, and she has been withdrawn since. Nobody has asked them about closing the case.
}
{e7_police:
    The police: the October decision was about what could be proved, not about whether Lottie was safe.
}
{e5_escalated:
    The plan, since October, says the case cannot close without the nursery and Tia's school. The nursery hasn't been asked.
}
{e7_alone:
    And nobody has seen Evie or Alfie without their parents there.
}
"I'm asking for a strategy discussion today," you say. "If that isn't agreed, I'll escalate it this afternoon under the procedure: my safeguarding lead and your team manager first, and the head of service if it comes to that. With a child this young I won't wait out the timescales."
Nobody speaks for a moment. Then Naomi picks up the phone to her manager.
The strategy discussion is held that afternoon, with the police, the hospital's named doctor, the GP and the nursery. # chrono: 2014-01-17 / 17 January, year 3; Strategy discussion instead of closure
Evie is seen the next morning by a consultant paediatrician for a child protection medical, with a skeletal survey.
The survey shows old, healing fractures: one in her thigh bone, one in her collarbone, and several in the bones of her spine. They happened at different times, months apart. # chrono: 2014-01-18 / 18 January, year 3; Child protection medical finds old fractures of different ages
-> ending_select
