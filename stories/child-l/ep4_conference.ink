// Episode 4: the split conference. Review 2.2.2, 4.2.

=== ep4_conference ===
# episode: 4; A split conference
# role: Health visitor, member of the child protection conference
# when: February and March, year 2 — Evie is 11 months old; Shannon is expecting a baby in May
# scene: meeting-room
# sound: meeting
You became the family's health visitor in January. You have been to the house three times, each time by appointment. The house was tidy and Evie was well and babbling.
Shannon is pregnant and pleased about it. Kyle has been polite to you, if quiet. On your last visit he made you a cup of tea and went out to the garden to smoke.
At the review conference on 20 February the social worker recommended stepping the children down from child protection plans to Child in Need plans. The Family Resource Team agreed. You and Tia's school did not. The chair could not reach a decision and reconvened the conference. # chrono: 2013-02-20 / 20 February, year 2; Review conference splits on stepping down; reconvened
Ten days later, the same people are back around the table. The police have sent a note: no further information.
{e3_balanced_handover:
    The social work handover in the file is frank: the injuries were never explained, Lottie said Kyle shouts at Evie, and both parents' mental health is fragile.
- else:
    The social work handover in the file is brief and hopeful: the parents have engaged well and completed their courses.
}
"Stepping down doesn't mean walking away," the social worker says. "The Family Resource Team are in every week. There's been no incident since June." # speaker: Naomi Marlow (social worker)
"I still can't see what's changed, apart from there being no new referrals," you say.
"With respect, that is what change looks like," Naomi says. "They've done everything we've asked. If we keep moving the goalposts, they'll stop engaging." # speaker: Naomi Marlow (social worker)
The school's designated safeguarding lead says Tia's attendance is still poor and she is unsettled since going home. The Family Resource Team say both parents are committed.
The strategy meeting for the unborn baby has already been held, and the Family Resource Team are working intensively with the parents.
The chair, Malcolm Greaves, looks round the table and counts.
"We're split again. I don't want to force it. Let's give the Family Resource Team's work time and reconvene at the end of March." # speaker: Malcolm Greaves (conference chair)
# decision: l4-split; challenge
# note: Two split conferences are a signal in their own right. The review expects escalation where conference members cannot agree or evidence their decisions (4.2). The partnership's procedure for resolving professional disagreements has four stages: 1, practitioner to practitioner; 2, line managers or designated safeguarding leads, within two working days; 3, senior managers or heads of service, within a further five working days; 4, the safeguarding partnership's independent chair or escalation panel. Where a child is at immediate risk the child's safety overrides the stages and their timescales: go straight to whoever can act, the same day. Here stage 1 has happened at the table; the health visitor asks for stage 2.
# prompt: When a conference cannot agree twice, whose job is it to resolve that, and how?
# real: The conference split twice and was reconvened each time. The disagreement was not escalated.
+ [Accept the new date: another month of intensive family support should give everyone a clearer picture to agree on # lp: l-escalate-splits -1 # feedback: Reconvening until people agree puts the decision off but never resolves it; the escalation route was there to be used (escalation). # real]
    The chair sets a date: 27 March.
    -> march
+ [Say two splits need a senior decision: ask the chair to escalate it to his manager under the procedure, in writing # critical: l-escalate-splits # lp: l-escalate-splits +2 # feedback: Asking for stage 2 of the procedure, with the evidence written down, is what escalation is for when a conference can't agree; stages 3 and 4 follow if it isn't resolved (escalation).]
    ~ e4_escalated = true
    The chair pauses, then nods.
    "Fair. That's stage two of the procedure: I'll refer it to the safeguarding service manager within two working days. If she can't resolve it, it goes to the head of service, and then to the partnership's independent chair. Get your evidence to me by Friday." # speaker: Malcolm Greaves (conference chair)
    # sound: typing
    You write it out: the four injuries to Lottie in six weeks, none explained; a police decision given without reasons; the parents' mental health; and no observed change in how they care for the children.
    {e3_balanced_handover:
        You quote from the social work handover, which sets the risks out plainly.
    }
    The service manager reads it and asks the chair to make sure the March conference tests the plan against each concern.
    -> march
+ [Support stepping down after all: the family has cooperated for many months now, and an open-ended split helps no one # lp: l-escalate-splits -1 # feedback: Moving to the majority to end a disagreement settles the meeting, not the question; the escalation route was there for exactly this (escalation).]
    "Thank you," the chair says. But the school still disagrees, and he reconvenes anyway for 27 March.
    -> march

= march
# sound: meeting
27 March. The Family Resource Team describe intensive work, two sessions a week. # chrono: 2013-03-27 / 27 March, year 2; Conference considers stepping all four children down to Child in Need
Tia's school now supports stepping down. So does everyone else who has spoken.
"So it's unanimous, if you're with us," the chair says, and looks at you. # speaker: Malcolm Greaves (conference chair)
{e4_escalated:
    He has your written evidence in front of him.
    "The service manager wants the plan tested against each of these." # speaker: Malcolm Greaves (conference chair)
}
# decision: l4-stepdown; challenge+disguised
# note: Everyone now agrees, which is itself a pressure. Stepping down may be reasonable; what matters is whether the plan says what must change, by when, who will see the children, and what would bring the case back.
# prompt: If you agree, what would you want written into the Child in Need plan? If you disagree, how would you say so?
# real: The conference decided unanimously to step all four children down from child protection plans to Child in Need plans.
+ [Agree, so the decision is unanimous: the support is intensive, and the plan can be stepped back up if anything happens # lp: l-evidence-of-change -1 # lp: l-confirmation-bias -1 # feedback: The step-down rested on effort and goodwill, with nothing measurable to show change or to say when to step back up (evidence of change). # real]
    The chair records a unanimous decision. The plan says the family will "continue to engage with support".
    It doesn't say who will see the children on their own, or what would bring them back to a conference.
    -> ep4_bridge
+ [Agree only to a SMART plan: dated outcomes, children seen alone, all settings invited, no closure without them all # critical: l-evidence-of-change # critical: l-closure # lp: l-evidence-of-change +2 # lp: l-closure +3 # feedback: Measurable outcomes, every setting at the table, and closure only with every agency's agreement is what the review asked for (evidence of change; case closure).]
    ~ e4_smart = true
    ~ e4_closure_terms = true
    There is a pause, then the chair writes it down. The social worker agrees to draft it with you.
    The plan names outcomes and dates. Each child is to be seen alone once a month. Lottie's nursery, Tia's school and the GP are on the invitation list for every Child in Need meeting, and the plan says it will not close unless every agency agrees after a review of recent events.
    -> ep4_bridge
+ [Don't agree: ask for your dissent to be minuted and the decision escalated, as nothing measurable has changed # critical: l-escalate-splits # lp: l-escalate-splits +1 # lp: l-evidence-of-change +1 # feedback: Stating your dissent and asking for escalation keeps the evidence in view when the room has moved on (escalation).]
    The chair minutes your dissent and refers the decision to the service manager.
    Two weeks later, the service manager confirms the step-down, but directs that the Child in Need plan names outcomes and dates, and that every child's setting is invited to its meetings.
    ~ e4_smart = true
    -> ep4_bridge

=== ep4_bridge ===
All four children, including the baby not yet born, move to Child in Need plans. The Family Resource Team go on working with the family until late October. # chrono: 2013-03-27 / March to October, year 2; Children on Child in Need plans; intensive family support
In May Shannon and Kyle marry and move house, still in Fenmouth. Alfie is born on 28 May and goes home with them. # chrono: 2013-05-28 / 28 May, year 2; Alfie born
Lottie's father and mother are in dispute about where Lottie should live, and the family court is involved. Cafcass is working with the family.
The Family Resource Team's reports through the summer are warm. The parents keep appointments, the house is clean, Alfie is feeding well. Child in Need meetings are short.
-> court

= court
# role: Social worker, children's social care
# when: September, year 2 — Lottie is 4
# scene: office
# sound: typing
You are Lottie's social worker now. The court has asked for your report before the hearing on 13 October: where should Lottie live? Shannon wants her home. Craig wants her to stay.
In December Lottie said she did not want to go back because Kyle was "naughty". Since then she has spent time with her mother, always with Kyle out or with a worker there.
# decision: l4-court; challenge+disguised
# note: The review records that the social worker's court report recommended a residence order for the mother (2.2.2; today a child arrangements order) and found the child's voice took second place to the carers' wishes (3.2). A report to court is where a child's words either count or drop out. The social worker's reasoning is not in the review; the options are written for the scenario.
# prompt: What does the court need to hear from Lottie, and from whom? What has changed since she said "Kyle is naughty"?
# real: The social worker's court report recommended that Lottie live with her mother, with contact for her father.
+ [Recommend Lottie lives with her mother, citing the warm Family Resource Team reports and the parents' progress # lp: l-voice-of-child -1 # feedback: The report spoke for the parents' progress; what Lottie had said about Kyle was left out of the one document the court would read (the child's voice). # real]
    -> court_after
+ [Leave Lottie's wishes to Cafcass, who are advising the court on them, and keep your report to the plan's progress # feedback: Cafcass has its own role, but the local authority's report still needs the child's words and what is known about the household (the child's voice).]
    -> court_after
+ [See Lottie alone about her wishes first, and put her words about Kyle before the court, beside the known risks # critical: l-voice-of-child # lp: l-voice-of-child +2 # feedback: Hearing the child alone and putting her words in front of the court gives them their weight (the child's voice).]
    ~ e4_court = true
    You see Lottie at nursery with her key worker nearby. She tells you she likes her mum's house "when Kyle's at work". You write it down exactly, with her December words, and recommend that nothing changes until the risks have been assessed.
    -> court_after

= court_after
{e4_court:
    On 13 October the court, having read your report and Cafcass's, orders that Lottie live with her mother and stay with her father on alternate weekends, with the local authority to keep the arrangement under review. # chrono: 2013-10-13 / 13 October, year 2; Court orders shared residence despite the social worker's report setting out Lottie's words
- else:
    On 13 October the court orders shared residence: Lottie will live with her mother, and stay with her father on alternate weekends. # chrono: 2013-10-13 / 13 October, year 2; Court orders that Lottie live with her mother, with alternate weekends at her father's
}
// Only e4_smart, e4_closure_terms and the g_ flags are needed from here.
~ g_evidence = g_evidence or e4_smart
~ g_voice = g_voice or e4_court
~ g_escalate = e4_escalated
{not g_evidence:
    // The best ending is out of reach: keep the state small.
    ~ g_voice = false
    ~ g_escalate = false
}
~ e3_balanced_handover = false
~ e4_escalated = false
~ e4_court = false
-> ep5_nursery
