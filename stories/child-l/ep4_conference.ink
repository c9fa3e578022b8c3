// Episode 4: the split conference. Review 2.2.2, 4.2.

=== ep4_conference ===
# episode: 4; A split conference
# role: Health visitor, member of the child protection conference
# when: February and March, year 2 — Evie is 11 months old; Shannon is expecting a baby in May
# scene: meeting-room
# sound: meeting
You became the family's health visitor in January. You have been to the house three times, each time by appointment. The house was tidy and Evie was well and babbling.
Shannon is pregnant and pleased about it. Dean has been polite to you, if quiet. On your last visit he made you a cup of tea and went out to the garden to smoke.
At the review conference on 20 February the social worker recommended stepping the children down from child protection plans to Child in Need plans. The Family Resource Team agreed. You and Tia's school did not. The chair could not reach a decision and reconvened the conference. # chrono: 20 February, year 2; Review conference splits on stepping down; reconvened
Ten days later, the same people are back around the table. The police have sent a note: no further information.
{e3_balanced_handover:
    The social work handover in the file is frank: the injuries were never explained, Maisie said Dean shouts at Evie, and both parents' mental health is fragile.
- else:
    The social work handover in the file is brief and hopeful: the parents have engaged well and completed their courses.
}
"Stepping down doesn't mean walking away," the social worker says. "The Family Resource Team are in every week. There's been no incident since June." # speaker: Nadia Hussain (social worker)
"I still can't see what's changed, apart from there being no new referrals," you say.
"With respect, that is what change looks like," Nadia says. "They've done everything we've asked. If we keep moving the goalposts, they'll stop engaging." # speaker: Nadia Hussain (social worker)
The school's designated safeguarding lead says Tia's attendance is still poor and she is unsettled since going home. The Family Resource Team say both parents are committed.
The chair, Paul Greaves, looks round the table and counts.
"We're split again. I don't want to force it. The strategy meeting for the unborn baby is next week. Let's reconvene at the end of March with that done." # speaker: Paul Greaves (conference chair)
# decision: l4-split; challenge
# note: Two split conferences are a signal in their own right. The procedure exists so that a decision the professionals cannot agree on is looked at by someone more senior, with the evidence set out.
# prompt: When a conference cannot agree twice, whose job is it to resolve that, and how?
# real: The conference split twice and was reconvened each time. The disagreement was not escalated.
+ [Accept: another month, with the strategy meeting done, should give a clearer picture # lp: l-escalate-splits -1 # feedback: Reconvening until people agree puts the decision off but never resolves it; the escalation route was there to be used (escalation). # real]
    The chair sets a date: 27 March.
    -> march
+ [Say that two splits mean the decision needs senior oversight: ask the chair to use the escalation procedure, and put your evidence in writing for it # lp: l-escalate-splits +2 # feedback: Asking for escalation, with the evidence written down, is what the procedure is for when a conference can't agree (escalation).]
    ~ e4_escalated = true
    The chair pauses, then nods.
    "Fair. I'll refer it to the safeguarding service manager. Get your evidence to me by Friday." # speaker: Paul Greaves (conference chair)
    # sound: typing
    You write it out: the four injuries to Maisie in six weeks, none explained; the police decision without CPS advice; the parents' mental health; and no observed change in how they care for the children.
    {e3_balanced_handover:
        You quote from the social work handover, which sets the risks out plainly.
    }
    The service manager reads it and asks the chair to make sure the March conference tests the plan against each concern.
    -> march
+ [Support stepping down: the family has cooperated for months and an open-ended split helps no one # lp: l-escalate-splits -1 # lp: l-confirmation-bias -1 # feedback: Moving to the majority to end a disagreement settles the meeting, not the question (escalation).]
    "Thank you," the chair says. But the school still disagrees, and he reconvenes anyway for 27 March.
    -> march

= march
# sound: meeting
27 March. The strategy meeting for the unborn baby has been held. The Family Resource Team describe intensive work, two sessions a week. # chrono: 27 March, year 2; Conference considers stepping all four children down to Child in Need
Tia's school now supports stepping down. So does everyone else who has spoken.
"So it's unanimous, if you're with us," the chair says, and looks at you. # speaker: Paul Greaves (conference chair)
{e4_escalated:
    He has your written evidence in front of him.
    "The service manager wants the plan tested against each of these." # speaker: Paul Greaves (conference chair)
}
# decision: l4-stepdown; challenge+disguised
# note: Everyone now agrees, which is itself a pressure. Stepping down may be reasonable; what matters is whether the plan says what must change, by when, who will see the children, and what would bring the case back.
# prompt: If you agree, what would you want written into the Child in Need plan? If you disagree, how would you say so?
# real: The conference decided unanimously to step all four children down from child protection plans to Child in Need plans.
+ [Agree, so the decision is unanimous: the support is intensive and the plan can be stepped back up if anything happens # lp: l-evidence-of-change -1 # lp: l-confirmation-bias -1 # feedback: The step-down rested on effort and goodwill, with nothing measurable to show change or to say when to step back up (evidence of change). # real]
    The chair records a unanimous decision. The plan says the family will "continue to engage with support".
    It doesn't say who will see the children on their own, or what would bring them back to a conference.
    -> ep4_bridge
+ [Agree only if the Child in Need plan is SMART: named outcomes with dates, who sees each child alone and how often, and every child's setting and the GP invited to every meeting # lp: l-evidence-of-change +2 # lp: l-link-siblings +1 # feedback: A plan with measurable outcomes, and every setting of every child at the table, is what the review asked for (evidence of change).]
    ~ e4_smart = true
    There is a pause, then the chair writes it down. The social worker agrees to draft it with you.
    The plan names outcomes and dates. Each child is to be seen alone once a month. Maisie's nursery, Tia's school and the GP are on the invitation list for every Child in Need meeting.
    -> ep4_bridge
+ [Don't agree: ask for your dissent to be minuted and the decision escalated, because nothing measurable has changed # lp: l-escalate-splits +1 # lp: l-confirmation-bias +1 # lp: l-evidence-of-change +1 # feedback: Stating your dissent and asking for escalation keeps the evidence in view when the room has moved on (escalation).]
    The chair minutes your dissent and refers the decision to the service manager.
    Two weeks later, the service manager confirms the step-down, but directs that the Child in Need plan names outcomes and dates, and that every child's setting is invited to its meetings.
    ~ e4_smart = true
    -> ep4_bridge

=== ep4_bridge ===
All four children, including the baby not yet born, move to Child in Need plans. The Family Resource Team keep working with the family until the end of October. # chrono: March to October, year 2; Children on Child in Need plans; intensive family support
In May Shannon and Dean marry and move house, still in Fenmouth. Alfie is born on 28 May and goes home with them. # chrono: 28 May, year 2; Alfie born
Maisie's father and mother are in dispute about where Maisie should live, and the family court is involved.
The Family Resource Team's reports through the summer are warm. The parents keep appointments, the house is clean, Alfie is feeding well. Child in Need meetings are short.
On 13 October the court orders shared residence: Maisie will live with her mother, and stay with her father on alternate weekends. The social worker had recommended that she live with her mother. # chrono: 13 October, year 2; Court orders that Maisie live with her mother, with alternate weekends at her father's
// Only e4_smart is needed from here.
~ e3_balanced_handover = false
~ e4_escalated = false
-> ep5_nursery
