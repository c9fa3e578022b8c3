// Episode 7: The legal planning meeting. Review 13.27 to 13.34, 17.7, 18, 22.3, 22.4 v.

=== ep7_legal ===
# episode: 7; The legal planning meeting
# role: Social work team manager
# when: 2 June 2014 — Layla is 31 months old
# scene: meeting-room
# sound: meeting
You are a team manager in the children in need service. The service has been restructured this spring: three teams merged into two, caseloads that everyone calls unmanageable. Layla's case came to you on Friday.
This is an emergency legal planning meeting. With you are Fiona Quinlan, the local authority solicitor, and Dionne Clarke, the social worker. The head of service sends apologies.
Layla is on the children's ward, medically fit for discharge. Her parents have refused to agree to her being looked after. The ward needs a decision today.
~ file_strong = chronology and sc_referral_jan and nursery_written and triangulated and health_in_strategy
The file in front of you holds:
The hospital's conclusion: failure to thrive due to neglect, with no medical cause. The weight chart. The health visitor's account of 21 May{not force_feed_omitted:, with Yasmin's words about force feeding}. The two child protection plans on Adam.
{chronology:
    The health visitor's chronology: a year of weights, the family's history, every contact, in order.
}
{sc_referral_sept:
    The health visitor's written referral from last September, when Layla missed her weight target.
}
{sc_referral_jan:
    The health visitor's written referral from January, and your own service's assessment that followed.
}
{nursery_written:
    The nursery's written referral from February{marks_recorded:, with dated body maps of four bruises}.
}
{triangulated:
    The health visitor's note of her unannounced teatime visit, and the nursery's daily record of what Layla ate.
}
{health_in_strategy:
    The strategy discussion record, with the paediatrician's view in it.
}
{da_ev:
    The health visitor's record from last October: Faisal still at the flat most days, despite the "separation".
}
{not file_strong: It is thinner than you would like. Parts of what was seen over the past year were never written down as a concern.}
Fiona goes first.
"The harm is clear. Failure to thrive, no medical explanation. My difficulty is attribution. Can we show the harm is down to the care these parents are giving, or not giving? The social worker's notes describe good interaction and cooperation. Dad says Layla has always been small." # speaker: Fiona Quinlan (local authority solicitor)
"On what I have today, I don't think the threshold for proceedings is met. I'd want statements from health, the nursery and the teacher, and then we look again." # speaker: Fiona Quinlan (local authority solicitor)
{file_strong:
    She turns back through the file.
    "I'll say this much: there's more written down here than I usually get. A court would want to see it." # speaker: Fiona Quinlan (local authority solicitor)
}
"She did look unwell. But the mum I saw was warm with her." # speaker: Dionne Clarke (social worker)
The Children Act is pinned above your desk back at the office: the child's welfare is paramount; delay is likely to harm the child; no order unless it is better for the child than none.
# decision: b1-legal-advice; challenge
# note: Lawyers advise on the law and the evidence; the decision to issue proceedings rests with the local authority's managers. The review found there was enough to put before the court at this point, that the advice was treated as if it were an instruction, and that removal from her parents' care in May 2014 would in all likelihood have prevented Layla's injury (22.3). Where parents refuse accommodation, a hospital cannot hold a child: immediate protection pending a hearing comes from an emergency protection order (Children Act 1989 s44) or police protection (s46).
# prompt: Whose decision is this? What does a month's delay mean for a two-and-a-half-year-old who weighs what she weighed at one?
# real: The advice was treated as decisive and Layla was discharged home. Statements were requested and did not arrive until July.
+ [Accept the advice. Layla goes home on a child protection plan while the statements are gathered, and you all meet again in a week # real # lp: b1-legal-advice -1 # feedback: The advice was about evidence; the decision was yours. Going home to wait for statements puts the delay on Layla (legal advice is advice).]
    -> ep7_home
+ [Instruct Fiona to issue today for an urgent interim care order, with an emergency protection order if Layla is at risk meanwhile # critical: b1-legal-advice # lp: b1-legal-advice +3 # feedback: You treated the legal view as advice, used your authority as a manager to instruct proceedings, and let the court test the threshold (legal advice is advice).]
    ~ instructed_june = true
    -> ep7_issue
+ [Accept it for today, but set a hard deadline: statements from every agency within five working days, and a decision on 9 June # feedback: A deadline limits the delay, but Layla still goes home to the care that harmed her while you wait, and the decision is still the lawyer's (legal advice is advice; delay harms).]
    ~ deadline_set = true
    -> ep7_home

=== ep7_issue ===
"I hear your advice, and it's noted. But this is our decision. I'm instructing you to issue today and to ask for an interim care order for Layla at an urgent hearing. Let the court test the threshold." # speaker: You (team manager)
Fiona nods slowly.
"It's your call. I'll ask the court to list it tomorrow. I need your statement and the health visitor's by tonight." # speaker: Fiona Quinlan (local authority solicitor)
Layla is medically fit, and her parents have not agreed to her staying. The hospital has no power to keep her. You ring Yasmin and Faisal to tell them the council is going to court, and agree a plan with the ward and the police: if they try to take Layla home before the hearing, you apply for an emergency protection order at once, and the police use their power of police protection if there is no time for that. # chrono: 2014-06-02 / 2 June 2014; Care proceedings issued; plan for an emergency protection order or police protection if the parents remove Layla before the hearing
Yasmin and Faisal stay with Layla on the ward that night. They do not try to take her.
# scene: court
The next afternoon, at a short-notice hearing in the family court, the judge finds that the interim threshold is crossed and makes an interim care order. Layla goes from the ward to foster carers. # chrono: 2014-06-03 / 3 June 2014; Interim care order; Layla placed with foster carers
{file_strong: Afterwards Fiona says it was the written record of the past year, set down at the time by the people who saw it, that carried the hearing.}
{not file_strong: Afterwards Fiona says it was closer than she would have liked: a year of concern, not enough of it written down as concern.}
On 12 June the initial child protection conference makes Layla's three brothers subject to child protection plans for emotional abuse. # chrono: 2014-06-12 / 12 June 2014; Layla's brothers made subject to child protection plans for emotional abuse
-> ep7_end

=== ep7_home ===
# scene: hospital-ward
Layla goes home that afternoon. # chrono: 2014-06-02 / 2 June 2014; Legal advice: threshold not met; Layla discharged home
# scene: meeting-room
# when: June 2014 — Layla is 31 months old
Dr Sanusi, the named doctor, writes to you setting out her strong disagreement with the decision not to issue proceedings. # chrono: 2014-06-03 / June 2014; Named doctor writes to social care disagreeing with the decision not to issue proceedings
On 12 June the initial child protection conference makes Layla subject to a plan for neglect and her brothers subject to plans for emotional abuse. The outline plan is for Layla to be looked after away from home, and another legal planning meeting is recommended. # chrono: 2014-06-12 / 12 June 2014; Layla made subject to a child protection plan for neglect; brothers for emotional abuse
{deadline_set: By 9 June two of the four statements have arrived. The rest are promised "this week".}
{not deadline_set: The requests for statements have gone out. None has come back.}
Three of your social workers are off sick, two posts are vacant, and the case has a new worker in all but name every fortnight. Each time, the file has to be read again from the start.
On 19 June you and the head of service agree: you will issue. The next day you meet Fiona with Andrew Rowntree, the head of service.
Fiona has changed her view.
"On what you've told me, I think the interim threshold is met for Layla." # speaker: Fiona Quinlan (local authority solicitor)
Andrew turns the pages.
"If we're going, let's go for all four. But the evidence on the boys isn't there yet. Let's get it together and issue for them all at once." # speaker: Andrew Rowntree (head of service)
# decision: b1-issue-for-layla; challenge
# note: The review found that extending the proceedings to the whole sibling group held up the protection Layla needed at once; there was enough evidence for her. Children's social care later went back on the decision to issue, and the plan was reviewed at meeting after meeting.
# prompt: What does waiting for the siblings' evidence cost Layla? Who has to say so?
# real: The decision to issue was not carried through. Proceedings were not issued, and the plan was reviewed again at further legal planning meetings.
+ [Agree with Andrew: issue for all four children together once the evidence on the boys is ready, so the court sees the whole family # real # lp: b1-legal-advice -1 # feedback: One application for four children sounds tidy, but Layla's need was immediate and the evidence for her was there (legal advice is advice; delay harms).]
    Andrew asks for the boys' evidence by the end of the month. # chrono: 2014-06-20 / 20 June 2014; Decision to issue for all four children once the siblings' evidence is ready
    -> ep7_end
+ [Say Layla's evidence is there now: issue for her today and for the boys when theirs is ready, and sign the instruction yourself # critical: b1-legal-advice # lp: b1-legal-advice +1 # feedback: You kept Layla's timescale at the centre and used your authority to instruct proceedings, though three weeks after the advice you could have acted on (legal advice is advice; delay harms).]
    ~ instructed_late = true
    -> ep7_issue_late

=== ep7_issue_late ===
"Layla can't wait for her brothers' paperwork. The evidence for her is there. I'll sign the instruction today." # speaker: You (team manager)
Andrew looks at Fiona. Fiona shrugs.
"I can issue on Monday." # speaker: Fiona Quinlan (local authority solicitor)
"Do it." # speaker: Andrew Rowntree (head of service)
# scene: court
The application is issued on 23 June. At the interim hearing on 1 July the court makes an interim care order, and Layla goes to foster carers. # chrono: 2014-07-01 / 1 July 2014; Interim care order; Layla placed with foster carers
She has spent four more weeks at home since leaving the ward.
-> ep7_end

=== ep7_end ===
# decision: b1-end-ep7; pace
+ [Continue]
    ~ chronology = false
    ~ sc_referral_jan = false
    ~ nursery_written = false
    ~ marks_recorded = false
    ~ triangulated = false
    ~ health_in_strategy = false
    ~ da_ev = false
    ~ deadline_set = false
    -> ep8_drift
