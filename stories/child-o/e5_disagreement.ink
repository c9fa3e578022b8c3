// Episode 5: The social worker disagrees. Learner: DSL.
// Review: Case Synopsis (denial taken at face value); Professional Challenge; Rec 5, 13; Rapid Review Findings (111 records).

=== e5 ===
# episode: 5; The social worker disagrees
# role: Designated safeguarding lead, Saltings Primary School
# when: Late March. Kai is 9, nearly 10
# scene: office
# sound: phone
{kai_remark_passed:
    On Friday afternoon Priya rings you back.
- else:
    At the core group the following week, you read out your note about Kai and the football shirt. Priya nods. She has already heard something.
    The police passed on an anonymous call saying Dean Rowley had been seen going into Lauren's house. # chrono: Late March; Anonymous report to police that Dean was seen going into Lauren's house
}
I went round on Thursday morning. I texted her the day before so she'd be in. # speaker: Priya Nair (social worker)
Just Lauren. Nobody else. I had a look round: no men's shoes, no coat, one toothbrush. She laughed about it, honestly. She said the shirt was a birthday present from ages ago, and Dean's in Westford where he's meant to be. # speaker: Priya Nair (social worker) # chrono: Late March; Announced visit: social worker finds Lauren alone; Lauren denies contact with Dean
Look, I know what you're thinking. But what have I actually got? A mum who's done everything we've asked. Clear drug tests. No-contact conditions and an exclusion zone. And a nine-year-old talking about a football shirt. # speaker: Priya Nair (social worker)
I can't take that to my manager as a strategy meeting. I'm content the plan's working. We'll keep an eye on it at core group. # speaker: Priya Nair (social worker)
You think about what you know, and what Priya has just not mentioned.
{kai_trusts and kai_remark_passed:
    Kai told you himself that Dean was at home on Sunday and sleeps on the settee.
}
{lauren_alerted:
    After you asked Lauren about the shirt, Kai said he'd been told off for telling lies.
}
{police_101:
    A neighbour rang 101 about a man shouting at the house after midnight, twelve days before Kai's remark.
}
{e4_probation:
    Dean missed a probation appointment the same week.
}
{e4_marac:
    The MARAC coordinator said a report like Kai's is exactly what she needs to hear.
}
What Kai said to Ellie: don't tell Mum I said.
Priya is not careless. She has twenty-two children and a mother in front of her who is, on paper, doing well.
Everyone who has ever sat in a meeting about Dean Rowley knows how dangerous he is.
# decision: o-e5-challenge; challenge+disguised
# note: The social worker's conclusion rests on an announced visit and the mother's denial. The review says a challenge works best when it states exactly what is being challenged, the outcome wanted and a timescale, and that unease which is not put that way tends to change nothing.
# prompt: Do you accept Priya's view? If not, what exactly would you say, and in what form?
# real: The visit found no one there, the mother denied contact and this was taken at face value. It was not explored further, even though everyone involved knew how much of a risk Dean posed.
+ [Accept it: Priya is the lead professional, she visited, and the conditions are in place # real # lp: o-professional-challenge -1 # lp: o-respectful-uncertainty -1 # feedback: Priya's view is reasonable on what she saw, but it rests on Lauren's denial at an announced visit. Accepting it leaves the school's evidence unheard (professional challenge).]
    ~ forum = "none"
    Okay. You know her better than I do. I'll keep an eye on him here. # speaker: You (designated safeguarding lead)
    Afterwards you add a line to Kai's file: social worker visited, no concerns, mother denies contact. # chrono: Late March; Mother's denial accepted; no further action
    Ellie catches you in the corridor later.
    So that's it? We just carry on? # speaker: Ellie Dunn (teaching assistant)
    We carry on watching, and we write down anything he says. That's what we can do. # speaker: You (designated safeguarding lead)
    It sounds right as you say it. It is also, you realise, what you were already doing.
    -> e5_end
+ [Tell her you're still uneasy, and ask her to keep it under close review at core group # feedback: Your unease is valid, but without saying what you disagree with and what you want done, it is easy to note and hard to act on (professional challenge).]
    ~ forum = "none"
    I hear you. I'm still uneasy though. Can we keep it under close review? # speaker: You (designated safeguarding lead)
    Of course. It's on the agenda for core group. # speaker: Priya Nair (social worker)
    The next core group is in three weeks. # chrono: Late March; School raises unease; plan unchanged
    -> e5_end
+ [Put a precise challenge in writing: what you dispute, the outcome you want, and by when # lp: o-professional-challenge +2 # critical: o-professional-challenge # feedback: Naming exactly what you challenge, the outcome you want and a deadline turns unease into something that can be answered, or escalated (professional challenge).]
    ~ challenge_made = true
    -> e5_challenge
+ [Ask Priya to take Kai's case to group supervision with the wider partners this week # lp: o-group-supervision +1 # critical: o-group-supervision # feedback: Group supervision with wider partners is one of the routes the review names for a stuck case. Without a written challenge, though, nothing obliges anyone to answer, and a strategy meeting is the route when significant harm is suspected (group supervision).]
    Would you take it to group supervision this week, with police and probation in the room? I'm not saying you've got it wrong. I'm saying two of us can't see all of it. # speaker: You (designated safeguarding lead)
    Priya thinks about it.
    Okay. Helen runs one on Tuesdays. I'll ask her to invite police and probation. # speaker: Priya Nair (social worker)
    -> e5_group

= e5_challenge
# sound: typing
You tell Priya you see it differently, and that you'll put your view in writing so it's clear. Then you write the email.
I am challenging the conclusion that Kai is having no contact with Dean Rowley. That conclusion rests on Lauren's denial during an announced visit. # speaker: You (designated safeguarding lead, by email)
{kai_remark_passed:
    Against it: Kai's own words, recorded on the day he said them. # speaker: You (designated safeguarding lead, by email)
}
{police_101:
    A neighbour's 101 call about a man shouting at the house after midnight. # speaker: You (designated safeguarding lead, by email)
}
{e4_probation:
    A missed probation appointment in the same week. # speaker: You (designated safeguarding lead, by email)
}
The outcome I am asking for is a strategy meeting with police, probation, health and the MARAC coordinator, so that what each agency holds is put together. Please reply by Wednesday. If I have not heard by then, I will take it to your team manager, the next stage of the partnership's procedure for resolving professional disagreements. # speaker: You (designated safeguarding lead, by email) # chrono: Late March; School makes a written professional challenge asking for a strategy meeting
{kai_remark_passed and (police_101 or e4_probation):
    Setting the pieces side by side, each of them small, makes the pattern plain.
}
# sound: office
Wednesday comes. There is no reply. Priya's out-of-office says she is on a course until Friday.
# decision: o-e5-escalate; challenge
# note: A challenge with a deadline has now gone unanswered. The partnership's procedure for resolving professional disagreements moves in stages: between the practitioners, then to their line managers, then to senior managers, and finally to the safeguarding partnership. It expects the next stage to be taken, and non-responses logged, rather than the deadline quietly moving. Waiting for someone back on Friday is understandable; the question is what a barred man's possible presence in the home allows.
# prompt: What do you do when a deadline you set passes without an answer?
# real: No professional challenge is recorded in the review. It found that school safeguarding leads needed more support to use the challenge and escalation procedure.
+ [Give her until next week: she's away on a course, and she did say she would look at it # feedback: Patience is kind, but a deadline that moves silently teaches everyone it does not matter. The procedure is there so you do not have to wait (professional challenge).]
    ~ forum = "none"
    Priya replies by email the following Wednesday. She has spoken to her manager, who is content with the plan. They will discuss your concerns at the core group in a fortnight. # chrono: Early April; Social worker replies that her manager is content with the plan
    -> e5_end
+ [Take it to her team manager, the procedure's next stage, and log the missed deadline # lp: o-professional-challenge +2 # critical: o-professional-challenge # feedback: Taking the next step when the deadline passes, and logging the non-response, is what the escalation procedure is for (professional challenge).]
    ~ escalated = true
    You log the missed deadline on Kai's file and ring Priya's team manager, Helen Carr. # sound: phone # chrono: Early April; School escalates to the team manager under the professional challenge procedure
    I hadn't seen your email. It's been sitting in Priya's inbox. You were right to ring. What is it you want? # speaker: Helen Carr (social work team manager)
    -> e5_forum

= e5_forum
# decision: o-e5-forum; challenge
# note: The review names group supervision and complex case discussions as ways to look again at a stuck case with wider partners, and a new strategy meeting where there is suspicion of significant harm. Each pulls in agencies the core group does not include.
# prompt: Which forum fits the level of concern, and who needs to be in it?
# real: No strategy meeting, group supervision or complex case discussion was held after the suspected contact.
+ [A new strategy meeting within days, asking every agency what it holds about Dean # lp: o-group-supervision +2 # critical: o-group-supervision # feedback: Where there is suspicion of significant harm and a stuck case, a new strategy meeting pulls together what every agency holds (group supervision and strategy meetings).]
    ~ forum = "strategy"
    Helen agrees. The strategy meeting is held two days later. # chrono: Early April; New strategy meeting convened after the school's escalation
    -> e5_strategy
+ [A complex case discussion with wider partners this week, to look at it afresh # lp: o-group-supervision +1 # critical: o-group-supervision # feedback: A complex case discussion widens the view and can unstick a case. Where you suspect significant harm, a strategy meeting can also act on what it finds (group supervision).]
    Helen books a complex case discussion for the following Tuesday. # chrono: Early April; Complex case discussion held with police, probation, school and social care
    -> e5_group
+ [Bring the review conference forward, so the whole plan and its membership are looked at again # feedback: A review conference revisits the plan and its membership, but it takes weeks to arrange. A strategy meeting or complex case discussion can meet within days (group supervision).]
    ~ forum = "rcpc"
    Helen asks the conference chair. The review conference is brought forward to the second week of May. # chrono: Early April; Review conference brought forward to May
    -> e5_end

= e5_group
    ~ forum = "ccd"
    Police, probation, Priya and you sit round a table for an hour. Nobody thinks to ask health. # chrono: Early April; Police, probation, school and social care look at the case together
    Probation report a missed appointment. The police agree to mark Lauren's address for an urgent response and to make unannounced checks. Priya will visit without warning. # chrono: Early April; Police mark Lauren's address for urgent response; unannounced visits agreed
    Two unannounced visits find Lauren alone. The case is, everyone agrees, being watched.
    -> e5_end

= e5_strategy
# scene: meeting-room
# sound: meeting
Police, probation, Priya, a designated nurse for health, the MARAC coordinator and you. Because the meeting asked every agency, the designated nurse has asked health partners, the ambulance service among them, whether Dean or Lauren's address appears in their records. It is not something a school or a core group could have asked for itself.
{police_101:
    The police report the neighbour's 101 call.
}
Probation report a missed appointment and a story about a broken-down car. # info: probation; Dean missed a probation appointment
Then the designated nurse reads out what the ambulance service found.
Two calls to 111 this month, on the third and the seventeenth. Both from a man giving his name as Dean Rowley, asking for his repeat medication. Both times he gave Lauren's address in Brackenmouth as where he was. # speaker: Designated nurse for safeguarding # info: ambulance; Dean called 111 twice in March giving Lauren's address while barred from the area # chrono: March; Dean twice calls 111 for medication giving Lauren's address
The room goes quiet.
That's his own voice putting himself in that house, twice, while he's barred. Along with what the boy said. # speaker: DC Kerry Marsh (police domestic abuse officer)
Police arrest Dean at Lauren's house at six the next morning. Probation recall him to prison, and his risk on any future release will be managed through MAPPA. The strategy meeting agrees fresh section 47 enquiries and asks for the case to go back to the legal gateway meeting. Kai stays with his nan, with Lauren's agreement, while the enquiries are made. # chrono: Early April; Dean arrested at Lauren's house and recalled to prison; section 47 enquiries and legal gateway; Kai stays with his grandmother
-> e5_end

=== e5_end ===
{forum != "strategy":
    # scene: school
    # sound: office
    The next few weeks pass quietly, on paper.
    Kai is late twice, which he never used to be. He falls asleep in a maths lesson and is mortified when the others laugh. Mrs Pike says he has stopped putting his hand up.
    At pick-up Lauren is cheerful and chatty. She tells Ellie she is thinking of going back to college in September. # chrono: April; Kai is late twice and falls asleep in class; Lauren presents as cheerful
}
~ kai_trusts = false
~ kai_remark_passed = false
~ lauren_alerted = false
~ police_101 = false
~ e4_probation = false
~ e4_marac = false
~ challenge_made = false
~ escalated = false
# decision: o-e5-pace; pace
+ [Continue]
    -> e6
