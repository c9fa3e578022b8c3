// Episode 2: A core group of two. Learner: DSL, before and at the first core group.
// Review: Rapid Review Findings; Multi-Agency Meetings; Rec 1, 5, 6, 7, 8.

=== e2 ===
# episode: 2; A core group of two
# role: Designated safeguarding lead, Saltings Primary School
# when: November, four weeks later. Kai is 9
# scene: office
# sound: typing
On Friday Kai scored twice in the Year 5 match against St Cuthbert's. He ran the length of the field to tell you, red in the face, and then asked whether his mum had rung to say who was picking him up. She hadn't. His nan came in the end.
It is the kind of small thing you notice about Kai now: the quick look at the gate, the question about who is coming.
Four weeks on from the police call, Kai is on a child protection plan again, under the category of neglect. It is his second plan. # chrono: 2020-11 / November; Initial child protection conference: Kai's second child protection plan begins
Lauren did not come to the conference. She sent her views through the chair: she had never put Kai at risk, the police had got it wrong, there had been no incident, and she hurt her eye in a fall. # chrono: 2020-11 / November; Lauren tells the conference there was no domestic incident and the injury was a fall
The recovery service that tested Lauren for drugs was invited to the conference but could not send anyone. The 0 to 19 health service came, said the health assessment had found no health needs, and stepped back. Anchor, the domestic abuse service, was not there: Lauren had said no to them.
So the core group is two people. Anjali Nair, the social worker, and you.
The first core group meeting is on Thursday. It is Monday morning. Anjali has asked you to bring anything the school has.
You look at the list of agencies in the conference minutes and wonder who else knows something about this family. Nobody will ring you unless you ring them.
Each call means a voicemail, a duty line or a safeguarding lead who rings back the next day. Between teaching and everything else, you can make about four before Thursday.
-> e2_calls

=== e2_calls ===
= ask
# decision: o-e2-contacts; contact
# note: Six agencies each hold something, and the learner can ask about four before the meeting. None of these calls is the lesson on its own: what changes the plan is what the core group does with its membership and agenda. The ambulance service also held a record (Darren giving Lauren's address when he rang 111), but the review found it would not have been reasonable for a core group to seek it; the gap was a missing route from the NHS, so it is not offered here. Probation and the GP answer through the social worker, as they would in practice.
# prompt: With only two agencies in the core group, whose information is missing from the plan? Which agency would you ask first, and why?
# real: The core group was only social care and the school. The drug service had closed the case after negative tests and health had withdrawn. Nothing from probation, the GP or the ambulance service reached the core group.
+ {not asked_probation} [Ring Darren's probation officer in Westford # contact: probation # feedback: The adult who poses the risk is open to probation. Asking looks at the significant adult, not just Kai and Lauren, but one call does not bring probation into the plan (significant adults).]
    ~ asked_probation = true
    ~ e2_count++
    # sound: phone
    Martin Oyelaran rings back on Tuesday from Westford.
    I can't go through his licence with a school, but I'm not going to sit on this either. I'll ring Anjali today. What I can say is that he's on licence to me, and he has never mentioned a Lauren Mercer. # speaker: Martin Oyelaran (probation officer, Westford) # info: probation; Darren is on licence for the assault on his former partner and has never told probation about Lauren, as his licence requires # chrono: 2020-11 / November; Probation learn that Darren has not disclosed his relationship with Lauren
    And nobody told me there was a child. That changes my risk assessment, and whether he should be looked at under MAPPA. I'd want to be in the room, or at least on the phone. # speaker: Martin Oyelaran (probation officer, Westford) # info: probation; Probation did not know Kai existed, will review Darren's risk and whether MAPPA applies, and want to join the core group
    -> after
+ {not asked_drugs} [Ask the recovery service why they closed Lauren's case # contact: drug-service # feedback: A closed case can still hold what a worker noticed. The lesson is to make sure such pieces keep reaching the core group, not only to find this one (active information seeking).]
    ~ asked_drugs = true
    ~ e2_count++
    # sound: phone
    Jo Blake, Lauren's former recovery worker, calls you back.
    Three clear tests in August and September, so we closed in October. Sorry we didn't make the conference. We were two down that week. # speaker: Jo Blake (recovery worker) # info: drug-service; Lauren had three negative drug tests and the case was closed in October
    One thing, and I don't know if it matters. In September she said her fella hates her using and checks her phone. I noted it. I didn't pass it on because we were closing. I'll send it to Anjali as well. # speaker: Jo Blake (recovery worker) # info: drug-service; In September Lauren said her partner checks her phone # chrono: 2020-09 / September; Lauren tells her recovery worker her partner checks her phone
    -> after
+ {not asked_health} [Ask the 0 to 19 health service what they hold # contact: health-visitor # feedback: Health stepping back after an assessment does not mean health has nothing to add (active information seeking).]
    ~ asked_health = true
    ~ e2_count++
    # sound: phone
    Annie Ainsworth, the school nurse, checks the wider record.
    {asked_nurse_e1:As I said last month, the health assessment found nothing and we closed.|The health assessment in March found nothing, so we closed, as the procedure says.} # speaker: Annie Ainsworth (school nurse, 0 to 19 service) # info: health-visitor; The 0 to 19 service withdrew after a health assessment found no health needs
    But looking at the drop-in log, Kai came to my Thursday drop-in twice before the summer. Tummy aches both times, and he said he wasn't sleeping. I gave him the usual advice. I didn't connect it with anything then. # speaker: Annie Ainsworth (school nurse, 0 to 19 service) # info: health-visitor; Kai came to the school nurse twice last term with tummy aches and poor sleep # chrono: 2020-06 / Summer term; Kai attends the school nurse drop-in twice with tummy aches and poor sleep
    -> after
+ {not asked_gp} [Ask Lauren's GP practice what they hold # contact: gp # feedback: The GP holds Lauren's health record. A school cannot be told what is in it, but asking prompts the practice to share what is relevant with the social worker (active information seeking).]
    ~ asked_gp = true
    ~ e2_count++
    # sound: phone
    The safeguarding lead at Quayside Surgery, Dr Sana Hussain, rings on Wednesday.
    I can't discuss Lauren's consultations with the school. But her son's on a plan, so I've looked, and there is something relevant. I'll send it to Anjali today for the core group. # speaker: Dr Sana Hussain (GP safeguarding lead) # info: gp; The GP practice holds something relevant about Lauren and will send it to the social worker for the core group
    What I can tell you is how it got missed. Kai's record carries the child protection flag. Lauren's doesn't, because the flag sits on the child's record. So whoever sees her has no idea her son is on a plan. # speaker: Dr Sana Hussain (GP safeguarding lead) # info: gp; The child protection flag is on Kai's record, not on Lauren's
    -> after
+ {not asked_anchor} [Ask Anchor, the domestic abuse service, what happened to the referral # contact: domestic-abuse # feedback: Knowing what support was offered, and what else the service can do, is part of seeking information actively (active information seeking).]
    ~ asked_anchor = true
    ~ e2_count++
    # sound: phone
    Dilys Lister from Anchor's children and young people's team calls you back.
    The police referral came to us. Our adult worker rang Lauren twice. She said she didn't need us and put the phone down, so the referral was closed. # speaker: Dilys Lister (Anchor children and young people's worker) # info: domestic-abuse; Lauren declined Anchor's support twice and the referral was closed
    But we can work with Kai in his own right, with his mum's consent. Lots of children come to us that way. Nobody's asked. # speaker: Dilys Lister (Anchor children and young people's worker) # info: domestic-abuse; Anchor can work with Kai in his own right with his mother's consent
    -> after
+ {not asked_marac} [Ask the MARAC coordinator whether the case has been referred # contact: marac # lp: o-marac-links +1 # critical: o-marac-links # feedback: Finding out whether a child's family is going to MARAC, and offering the school's information, links the core group to the forum that holds the most risk information (MARAC links).]
    ~ asked_marac = true
    ~ e2_count++
    # sound: phone
    Gill Eastwood, the MARAC coordinator, has a brisk, kind voice.
    Yes, police referred Lauren after the October incident. Her risk assessment scored high. She's on the list for the December MARAC. # speaker: Gill Eastwood (MARAC coordinator) # info: marac; Police referred Lauren to MARAC as high risk and she will be heard in December # chrono: 2020-11 / November; Lauren referred to MARAC as a high-risk victim of domestic abuse
    MARAC is for victims at the highest risk of serious harm or being killed. Schools aren't on our usual list, and I wouldn't normally know which school a child goes to. Send me what you have and I'll make sure it's in front of the meeting. # speaker: Gill Eastwood (MARAC coordinator) # info: marac; Schools are not routinely told when a pupil is linked to a MARAC case but can send information
    If it's the man's risk you're after, that's probation, and MAPPA if he's managed there. MAPPA is a different meeting, about offenders, not victims. # speaker: Gill Eastwood (MARAC coordinator)
    -> after
+ {e2_count == 0} [Go with what the school knows: the conference has already heard from every agency # real # pin: last # lp: o-active-information-seeking -1 # feedback: The conference heard from agencies once. A core group of two that does not go looking will only ever know what two agencies know (active information seeking).]
    You put together the school's attendance figures, your notes from October and a line from Mrs Eccles about how Kai has been. It feels like enough for a first meeting.
    The conference minutes already list what each agency said. Health have done their assessment. The recovery service have their clear tests. Ringing them all again feels like making work for people who have already told the conference what they know.
    And you have thirty other children on your safeguarding list, two of them new this week.
    -> e2_meeting
+ {e2_count > 0 and e2_count < 4} [Stop there and get ready for Thursday # pin: last]
    -> e2_meeting

= after
{e2_count >= 4:
    # sound: office
    It is Wednesday evening. There is no time for any more calls.
    -> e2_meeting
}
-> ask

=== e2_meeting ===
# scene: meeting-room
# sound: meeting
Thursday, after school. The core group meets in the small room next to the library. Anjali has brought a printed draft of the plan. Lauren was invited and has texted to say she can't get off work.
Right. It's just us two really. Health have stepped back, the recovery service have closed, and Lauren's said no to Anchor. # speaker: Anjali Nair (social worker)
She reads out the draft. Lauren to keep Kai away from Darren Rowley. Lauren to reconsider support from Anchor. School to monitor Kai's attendance, presentation and wellbeing. Social worker to visit every ten working days. Membership: children's social care and school.
Anything from school? # speaker: Anjali Nair (social worker)
{recorded_both:
    You read her both accounts of the eye injury from your record, word for word.
}
{kai_trusts:
    You read her what Kai said in the library: that he puts his headphones on and stays in his room when the adults shout.
}
{asked_probation:
    Anjali says Darren's probation officer rang her on Tuesday after you called him: Darren is on licence, he has never disclosed Lauren, and probation did not know Kai existed.
    That's a breach of his licence on its own, isn't it? # speaker: Anjali Nair (social worker)
}
{asked_gp:
    Anjali has a letter from the GP practice, sent after your call. Two days after the police call-out, Lauren saw a GP with swelling over her right cheekbone and said she had fallen. The GP thought the cheekbone might be broken and sent her for an X-ray. There is no record she went. # info: gp; Two days after the incident Lauren saw her GP with cheek swelling and was sent for an X-ray she did not attend # chrono: 2020-10-15 / October, 2 days after; Lauren sees her GP with a swollen cheekbone and is sent for an X-ray she does not attend
}
{asked_drugs:
    You mention what the recovery worker noted in September: a partner who checks her phone.
}
{asked_health:
    You tell her about Kai's visits to the nurse's drop-in with tummy aches and poor sleep.
}
{asked_anchor:
    You say Anchor can work with Kai directly, with Lauren's consent.
}
{asked_marac:
    You tell her Lauren is going to the December MARAC, and that the coordinator will take information from the school.
}
# decision: o-e2-core; challenge
# note: A core group of two can set a plan on what two agencies know. The review recommends a standing agenda item for other agencies' information, and asking who else should be invited, for example probation when an adult open to them poses a risk.
# prompt: What would you say about the membership and the agenda before the plan is agreed?
# real: The core group remained the social worker and the school. Probation was not part of it, and there was no routine way for other agencies' information to reach it.
+ [Ask for a standing agenda item for other agencies' information, and invite probation and health # lp: o-active-information-seeking +2 # critical: o-active-information-seeking # feedback: A standing item makes every meeting ask what is not known and who might know it. Inviting probation brings the risky adult's record into the room (active information seeking).]
    ~ wider_agenda = true
    ~ standing_item = true
    Could we put a standing item on the agenda: what do other agencies hold? And invite Darren's probation officer and someone from health, even by phone? With two of us, we only know what we see. # speaker: You (designated safeguarding lead)
    Anjali nods slowly.
    Fair. I'll invite probation and ask 0 to 19 to come back in for the next one. Can you keep ringing round before each meeting, and I'll do the same? # speaker: Anjali Nair (social worker) # chrono: 2020-11 / November; Core group adds a standing item for other agencies' information and invites probation and health
    -> e2_end
+ {e2_count > 0} [Share everything you found in full, and leave the membership and the agenda to Anjali # feedback: Passing on what you found is worthwhile, but without a change to membership or agenda, the next meeting will again rely on whoever happens to ring round (active information seeking).]
    Anjali writes it all down and thanks you. The membership stays as it is: social care and school.
    -> e2_end
+ [Agree the plan as drafted: you and Anjali see Kai and Lauren far more often than anyone else # real # lp: o-active-information-seeking -1 # feedback: It is true that the two of you see the family most, but what you see is only part of the risk. The review found the core group needed to look beyond itself (active information seeking).]
    Let's give her a chance to show she can do it. If anything changes, we'll pull people back in. # speaker: Anjali Nair (social worker)
    The plan is agreed as drafted. Next core group in four weeks. # chrono: 2020-11 / November; Core group plan agreed: membership social care and school
    -> e2_end

=== e2_end ===
~ wider_agenda = wider_agenda or asked_probation
~ asked_probation = false
~ recorded_both = false
~ asked_nurse_e1 = false
~ asked_drugs = false
~ asked_health = false
~ asked_marac = false
~ e2_count = 0
Driving home, you think about how much of what you know came from asking, and how much will never come unless someone asks.
# decision: o-e2-pace; pace
+ [Go on to December]
    -> e3
