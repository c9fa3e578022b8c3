// Episode 5: The social worker disagrees. Learner: DSL.
// Review: Case Synopsis (denial taken at face value); Professional Challenge; Rec 5, 13; Rapid Review Findings (111 records).

=== e5 ===
# episode: 5; The social worker disagrees
# role: Designated safeguarding lead, Saltings Primary School
# when: Late March. Kai is 9, nearly 10
# scene: office
# sound: phone
{kai_remark_passed:
    On Friday afternoon Anjali rings you back.
- else:
    At the core group the following week, you read out your note about Kai and the football shirt. Anjali nods. She has already heard something.
    The police passed on an anonymous call saying Darren Rowley had been seen going into Lauren's house. # chrono: 2021-03-25 / Late March; Anonymous report to police that Darren was seen going into Lauren's house
}
I went round on Thursday morning. I texted her the day before so she'd be in. # speaker: Anjali Nair (social worker)
Just Lauren. Nobody else. I had a look round: no men's shoes, no coat, one toothbrush. She laughed about it, honestly. She said the shirt was a birthday present from ages ago, and Darren's in Westford where he's meant to be. # speaker: Anjali Nair (social worker) # chrono: 2021-03-25 / Late March; Announced visit: social worker finds Lauren alone; Lauren denies contact with Darren
Look, I know what you're thinking. But what have I actually got? A mum who's done everything we've asked. Clear drug tests. No-contact conditions and an exclusion zone. And a nine-year-old talking about a football shirt. # speaker: Anjali Nair (social worker)
I can't take that to my manager as a strategy meeting. I'm content the plan's working. We'll keep an eye on it at core group. # speaker: Anjali Nair (social worker)
You think about what you know, and what Anjali has just not mentioned.
{kai_trusts and kai_remark_passed:
    Kai told you himself that Darren was at home on Sunday and sleeps on the settee.
}
{lauren_alerted:
    After you asked Lauren about the shirt, Kai said he'd been told off for telling lies.
}
{police_101:
    A neighbour rang 101 about a man shouting at the house after midnight, twelve days before Kai's remark.
}
{e4_probation:
    Darren missed a probation appointment the same week.
}
{e4_marac:
    The MARAC coordinator said a report like Kai's is exactly what she needs to hear.
}
What Kai said to Ellie: don't tell Mum I said.
Anjali is not careless. She has twenty-two children and a mother in front of her who is, on paper, doing well.
Everyone who has ever sat in a meeting about Darren Rowley knows how dangerous he is.
# decision: o-e5-challenge; challenge+disguised
# note: The social worker's conclusion rests on an announced visit and the mother's denial. The review says a challenge works best when it states exactly what is being challenged, the outcome wanted and a timescale, and that unease which is not put that way tends to change nothing.
# prompt: Do you accept Anjali's view? If not, what exactly would you say, and in what form?
# real: The visit found no one there, the mother denied contact and this was taken at face value. It was not explored further, even though everyone involved knew how much of a risk Darren posed.
+ [Accept it: Anjali is the lead professional, she visited, and the conditions are in place # real # lp: o-professional-challenge -1 # lp: o-respectful-uncertainty -1 # lp: o-group-supervision -1 # feedback: Anjali's view is reasonable on what she saw, but it rests on Lauren's denial at an announced visit. Accepting it leaves the school's evidence unheard and the view of the case no wider than two agencies (professional challenge, group supervision).]
    ~ forum = "none"
    Okay. You know her better than I do. I'll keep an eye on him here. # speaker: You (designated safeguarding lead)
    Afterwards you add a line to Kai's file: social worker visited, no concerns, mother denies contact. # chrono: 2021-03-25 / Late March; Mother's denial accepted; no further action
    Ellie catches you in the corridor later.
    So that's it? We just carry on? # speaker: Ellie Dunn (teaching assistant)
    We carry on watching, and we write down anything he says. That's what we can do. # speaker: You (designated safeguarding lead)
    It sounds right as you say it. It is also, you realise, what you were already doing.
    -> e5_end
+ [Tell her you're still uneasy, and ask her to keep it under close review at core group # feedback: Your unease is valid, but without saying what you disagree with and what you want done, it is easy to note and hard to act on (professional challenge).]
    ~ forum = "none"
    I hear you. I'm still uneasy though. Can we keep it under close review? # speaker: You (designated safeguarding lead)
    Of course. It's on the agenda for core group. # speaker: Anjali Nair (social worker)
    The next core group is in three weeks. # chrono: 2021-03-25 / Late March; School raises unease; plan unchanged
    -> e5_end
+ [Put a precise challenge in writing: what you dispute, the outcome you want, and by when # lp: o-professional-challenge +2 # critical: o-professional-challenge # feedback: This is stage 1 of the procedure, practitioner to practitioner. Naming exactly what you challenge, the outcome you want and a deadline turns unease into something that can be answered, or escalated to stage 2 (professional challenge).]
    ~ challenge_made = true
    -> e5_challenge
+ [Ask Anjali to take Kai's case to group supervision with the wider partners this week # lp: o-group-supervision +1 # critical: o-group-supervision # feedback: Group supervision with wider partners is one of the routes the review names for a stuck case. Without a written challenge, though, nothing obliges anyone to answer, and a strategy meeting is the route when significant harm is suspected (group supervision).]
    Would you take it to group supervision this week, with police and probation in the room? I'm not saying you've got it wrong. I'm saying two of us can't see all of it. # speaker: You (designated safeguarding lead)
    Anjali thinks about it.
    Okay. Denise runs one on Tuesdays. I'll ask her to invite police and probation. # speaker: Anjali Nair (social worker)
    -> e5_group

= e5_challenge
# sound: typing
You tell Anjali you see it differently, and that you'll put your view in writing so it's clear. Then you write the email.
I am challenging the conclusion that Kai is having no contact with Darren Rowley. That conclusion rests on Lauren's denial during an announced visit. # speaker: You (designated safeguarding lead, by email)
{kai_remark_passed:
    Against it: Kai's own words, recorded on the day he said them. # speaker: You (designated safeguarding lead, by email)
}
{police_101:
    A neighbour's 101 call about a man shouting at the house after midnight. # speaker: You (designated safeguarding lead, by email)
}
{e4_probation:
    A missed probation appointment in the same week. # speaker: You (designated safeguarding lead, by email)
}
The outcome I am asking for is a strategy meeting with police, probation, health and the MARAC coordinator, so that what each agency holds is put together. Please reply by Wednesday. If I have not heard by then, I will take it to your team manager, which is stage 2 of the partnership's procedure for resolving professional disagreements. # speaker: You (designated safeguarding lead, by email) # chrono: 2021-03-25 / Late March; School makes a written professional challenge asking for a strategy meeting
{kai_remark_passed and (police_101 or e4_probation):
    Setting the pieces side by side, each of them small, makes the pattern plain.
}
# sound: office
Wednesday comes. There is no reply. Anjali's out-of-office says she is on a course until Friday.
# decision: o-e5-escalate; challenge
# note: A challenge with a deadline has now gone unanswered. Brackenmouth's procedure for resolving professional disagreements, like most partnerships' procedures, has four stages. Stage 1: practitioner to practitioner, with a reply within three working days. Stage 2: each practitioner's line manager or designated safeguarding lead, within three working days. Stage 3: senior managers or heads of service, within five working days. Stage 4: the safeguarding partnership's escalation panel and independent chair. Non-responses are logged at each stage. The child's safety overrides every stage: if Kai were at immediate risk, you would ring the police or the children's services duty manager now, not wait for any stage. The review records no professional challenge in this case; it found school safeguarding leads needed more support to use the procedure. This escalation is added.
# prompt: What do you do when a deadline you set passes without an answer? At what point would you stop using the procedure and ring the police instead?
+ [Give her until next week: she's away on a course, and she did say she would look at it # feedback: Patience is kind, but a deadline that moves silently teaches everyone it does not matter. Stage 1 of the procedure has had its three working days; stage 2 is the line manager (professional challenge).]
    ~ forum = "none"
    Anjali replies by email the following Wednesday. She has spoken to her manager, who is content with the plan. They will discuss your concerns at the core group in a fortnight. # chrono: 2021-04-06 / Early April; Social worker replies that her manager is content with the plan
    -> e5_end
+ [Go to stage 2 of the procedure: take it to her team manager and log the missed deadline # lp: o-professional-challenge +2 # critical: o-professional-challenge # feedback: Stage 1, practitioner to practitioner, has had its time. Stage 2 is the line manager, then senior managers at stage 3 and the partnership at stage 4; logging the non-response at each step is what the procedure asks (professional challenge).]
    ~ escalated = true
    You log the missed deadline on Kai's file and ring Anjali's team manager, Denise Carr. # sound: phone # chrono: 2021-04-06 / Early April; School escalates to the team manager under the professional challenge procedure
    I hadn't seen your email. It's been sitting in Anjali's inbox. You were right to ring. What is it you want? # speaker: Denise Carr (social work team manager)
    -> e5_forum
+ [Write to the partnership's independent chair today, since Kai's safety outranks the stages # feedback: The partnership is stage 4, for disagreements managers cannot resolve. Safety does override the stages, but immediate risk means ringing the police or the duty manager, not the chair; here stage 2 is the next step (professional challenge).]
    ~ forum = "none"
    You email the safeguarding partnership's business unit. A polite reply comes the following week: has the matter been raised with the team manager and the head of service first? It goes back to Anjali's manager, who is content with the plan. # chrono: 2021-04-06 / Early April; School writes to the safeguarding partnership; referred back to the team manager
    -> e5_end

= e5_forum
# decision: o-e5-forum; challenge
# note: The review names group supervision and complex case discussions as ways to look again at a stuck case with wider partners, and a new strategy meeting where there is suspicion of significant harm. Each pulls in agencies the core group does not include.
# prompt: Which forum fits the level of concern, and who needs to be in it?
+ [A new strategy meeting within days, asking every agency what it holds about Darren # lp: o-group-supervision +2 # critical: o-group-supervision # feedback: Where there is suspicion of significant harm and a stuck case, a new strategy meeting pulls together what every agency holds (group supervision and strategy meetings).]
    ~ forum = "strategy"
    Denise agrees. The strategy meeting is held two days later. # chrono: 2021-04-06 / Early April; New strategy meeting convened after the school's escalation
    -> e5_strategy
+ [A complex case discussion with wider partners this week, to look at it afresh # lp: o-group-supervision +1 # critical: o-group-supervision # feedback: A complex case discussion widens the view and can unstick a case. Where you suspect significant harm, a strategy meeting can also act on what it finds (group supervision).]
    Denise books a complex case discussion for the following Tuesday. # chrono: 2021-04-06 / Early April; Complex case discussion held with police, probation, school and social care
    -> e5_group
+ [Bring the review conference forward, so the whole plan and its membership are looked at again # feedback: A review conference revisits the plan and its membership, but it takes weeks to arrange. A strategy meeting or complex case discussion can meet within days (group supervision).]
    ~ forum = "rcpc"
    Denise asks the conference chair. The review conference is brought forward to the second week of May. # chrono: 2021-04-06 / Early April; Review conference brought forward to May
    -> e5_end

= e5_group
    ~ forum = "ccd"
    Police, probation, Anjali and you sit round a table for an hour. Nobody thinks to ask health. # chrono: 2021-04-06 / Early April; Police, probation, school and social care look at the case together
    Probation report a missed appointment. The police agree to mark Lauren's address for an urgent response and to make unannounced checks. Anjali will visit without warning. # chrono: 2021-04-06 / Early April; Police mark Lauren's address for urgent response; unannounced visits agreed
    Two unannounced visits find Lauren alone. The case is, everyone agrees, being watched.
    -> e5_end

= e5_strategy
# scene: meeting-room
# sound: meeting
Police, probation, Anjali, a designated nurse for health, the MARAC coordinator and you. Because the meeting asked every agency, the designated nurse has asked health partners, the ambulance service among them, whether Darren or Lauren's address appears in their records. It is not something a school or a core group could have asked for itself.
{police_101:
    The police report the neighbour's 101 call.
}
Probation report a missed appointment and a story about a broken-down car. # info: probation; Darren missed a probation appointment
{mappa_linked:
    Because Kai and the school are already named in Darren's MAPPA plan, Martin has the plan to hand, and the police already know to treat a sighting in Brackenmouth as a breach.
}
Then the designated nurse reads out what the ambulance service found.
Two calls to 111 this month, on the third and the seventeenth. Both from a man giving his name as Darren Rowley, asking for his repeat medication. Both times he gave Lauren's address in Brackenmouth as where he was. # speaker: Designated nurse for safeguarding # info: ambulance; Darren called 111 twice in March giving Lauren's address while barred from the area # chrono: 2021-03 / March; Darren twice calls 111 for medication giving Lauren's address
The room goes quiet.
That's his own voice putting himself in that house, twice, while he's barred. Along with what the boy said. # speaker: DC Kerry Duffy (police domestic abuse officer)
Police arrest Darren at Lauren's house at six the next morning. Probation recall him to prison, and his risk on any future release will be managed through MAPPA. The strategy meeting agrees fresh section 47 enquiries and asks for the case to go back to the legal gateway meeting. Kai stays with his nan for a few nights, with Lauren's agreement, while the enquiries look at whether he can safely go home, and a family group conference is offered so that Brenda and the wider family can help make the plan. # chrono: 2021-04-06 / Early April; Darren arrested at Lauren's house and recalled to prison; section 47 enquiries and legal gateway; Kai stays with his grandmother
-> e5_end

=== e5_end ===
{forum != "strategy":
    # scene: school
    # sound: office
    The next few weeks pass quietly, on paper.
    Kai is late twice, which he never used to be. He falls asleep in a maths lesson and is mortified when the others laugh. Mrs Eccles says he has stopped putting his hand up.
    At pick-up Lauren is cheerful and chatty. She tells Ellie she is thinking of going back to college in September. # chrono: 2021-04-15 / April; Kai is late twice and falls asleep in class; Lauren presents as cheerful
}
~ kai_trusts = false
~ kai_remark_passed = false
~ lauren_alerted = false
~ police_101 = false
~ e4_probation = false
~ e4_marac = false
~ challenge_made = false
~ escalated = false
~ mappa_linked = false
# decision: o-e5-pace; pace
+ [Continue]
    -> e6
