// Episode 4: Release from custody. Learner: DSL.
// Review: Case Synopsis (release, conditions, mother's denial); Pathways of Communication; Rec 7, 8, 11.

=== e4 ===
# episode: 4; Release from custody
# role: Designated safeguarding lead, Saltings Primary School
# when: March. Kai is 9, nearly 10
# scene: school
# sound: office
You are back in your own role as the school's designated safeguarding lead. It is the second week of March.
February had been a good month for Kai. He read a poem about his nan in the Year 5 assembly, loudly and without stumbling, and she cried in the front row. Lauren had a shift and couldn't come. Kai said that was fine.
His attendance is back above ninety per cent. Mrs Eccles says he is still tired on Mondays.
{told_school_e3:
    Since Anjali's call in December you have known about the text, Darren's recall to prison, the MARAC and the Clare's Law disclosure.
    {told_probation_e3:
        On Monday an email from Anjali arrives with the release notification attached, sent the day it came in. # chrono: 2021-03 / March; Social worker forwards Darren's release notification to the school
    - else:
        On Wednesday, Anjali forwards the release notification. It came in last week. # chrono: 2021-03 / March; Social worker forwards Darren's release notification to the school
    }
    -> release_news
- else:
    At the core group on Tuesday, Anjali mentions, almost in passing, that Darren Rowley was released from prison the week before last. # chrono: 2021-03 / March; School learns at the core group that Darren has been released
    You didn't know he had been in prison. When you ask why, you learn about a text in December, a recall, a MARAC and a Clare's Law disclosure. None of it reached the school. # lp: o-share-with-school -1
    -> release_news
}

= release_news
The notification from the domestic abuse team is short. Darren Rowley has been released on licence. He must not enter the Brackenmouth area. He must not contact Lauren Mercer or Kai Mercer, directly or through anyone else. # chrono: 2021-03 / March; Darren released on licence, barred from Brackenmouth and from contact with Lauren and Kai
{mappa_linked:
    Because Kai is named in Darren's MAPPA risk management plan, probation's note comes with it: the name of the officer to ring if Darren is seen in Brackenmouth, and a request that the school report anything that suggests contact. # chrono: 2021-03 / March; Probation share the MAPPA contact for the school with the release notification
}
Everyone agrees that is a strong set of safeguards. Conditions on paper, though, do not say what happens at the school gate at quarter past three.
# decision: o-e4-safety; challenge
# note: A release notification is the moment for the school to plan for Kai's safety in school: who may collect him, what office staff do if Darren appears (keep Kai inside, ring 999, then the social worker), a photograph held by the staff who need it, and a trusted adult Kai can go to. The plan is agreed with the social worker and, where it is safe, with the parent. The review does not record any school safety plan; it is added here.
# prompt: If Darren Rowley walked up to the school gate tomorrow, what would each member of staff do?
+ [Agree a safety plan for Kai in school: who collects him, and what staff do if Darren appears # lp: o-significant-adults +2 # critical: o-significant-adults # feedback: A plan agreed with Anjali and Lauren for collection, for what staff do if the barred adult appears, and for a trusted adult Kai can go to, turns his conditions into something the school can act on (significant adults).]
    ~ school_safety_plan = true
    You ring Anjali and then see Lauren at pick-up. The plan fits on one page: Lauren or Brenda only at collection; if Darren is seen near the school, Kai stays inside, the office rings 999 and then you; the office and Mrs Eccles hold his photograph; and Kai is told, in plain words, that he can go to you or Ellie Dunn, a teaching assistant, whenever he wants. # chrono: 2021-03 / March; School safety plan agreed for Kai: collection, response if Darren appears, trusted adults
    Lauren reads it twice. Fine. He won't come anyway. # speaker: Lauren Mercer (Kai's mother)
    -> e4_parents
+ [Rely on the conditions: Darren is barred from the whole town, so the school's routine is enough # lp: o-significant-adults -1 # feedback: The conditions are strong on paper, but they only work if breaches are seen and acted on. A school safety plan says what staff will do if the barred adult appears (significant adults).]
    You file the notification with Kai's records. The office carries on as before. # chrono: 2021-03 / March; School files the release notification; no change to arrangements
    -> e4_parents
+ [Ask Lauren to let the school know straight away if Darren ever tries to get in touch with her # feedback: Lauren may hear from him first, but a plan that rests on her telling you relies on the account that has been contradicted before. The school needs its own plan for what staff do (significant adults).]
    Lauren says she will, and that he won't. You note her agreement on the file. # chrono: 2021-03 / March; Lauren agrees to tell the school if Darren gets in touch
    -> e4_parents
+ [Put Darren's photo up in the staffroom and ask every member of staff to look out for him # feedback: Staff knowing who he is helps, but a photo on a staffroom wall shares a family's business widely and says nothing about who collects Kai or what to do if he appears (significant adults).]
    The photo goes up by the kettle. Within a day a parent helper asks who he is. # chrono: 2021-03 / March; Darren's photograph put up in the staffroom
    -> e4_parents

= e4_parents
That Thursday is parents' evening. Lauren comes in for her ten minutes with Mrs Eccles, and stops by your door on the way out. She looks well, and more relaxed than you have seen her in a year.
I know you'll have heard he's out. We're done. I changed my number at Christmas. He's not allowed anywhere near anyway, is he? # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-03 / March; Lauren tells the school she is no longer in touch with Darren
You say you're glad she's doing well, and you mean it.
# decision: o-e4-pace1; pace
+ [Continue]
    -> e4_kai

=== e4_kai ===
# sound: office
The following Tuesday, Ellie Dunn, one of the teaching assistants, knocks on your door at lunchtime.
Kai's in the calm room. He had a football shirt on under his jumper, a Westford one, brand new, tags still in the neck. I said it was smart and asked where it came from. # speaker: Ellie Dunn (teaching assistant)
He said Darren got it him. Then he went white and said, don't tell Mum I said, she'll go mad. # speaker: Ellie Dunn (teaching assistant) # chrono: 2021-03 / March; Kai tells a teaching assistant Darren bought him a new football shirt and asks her not to tell his mum
{kai_trusts:
    Then he asked for you. He says he wants to tell you something.
    You go to the calm room. Kai is colouring in a pattern with great care.
    Darren was at ours on Sunday when Nan dropped me back. He's nice now. He sleeps on the settee. Mum says I'm not to say because of the rules. # speaker: Kai Mercer (age 9) # chrono: 2021-03 / March, Sunday; Kai tells the school Darren was at home on Sunday and sleeps on the settee
    He looks at you to see what you will do.
}
You think about the notification, the conditions, Lauren in your doorway looking well and relaxed.
The shirt might be an old present. Children mix things up. Kai might have overheard something. Or a man who is barred from this town has been in Kai's home.
# decision: o-e4-kai; disguised
# note: A child's remark does not prove contact, but it is evidence, and it sits against a parent's assurance and a set of conditions that can only work if breaches are seen. The real case took the mother's denial at face value a few weeks later.
# prompt: What do you do with what Kai said, and who do you not tell first?
# real: Professionals felt the conditions and Lauren's assurance were enough. When Darren was later thought to be at the home, her denial was taken at face value.
+ [Write down Kai's exact words, reassure him, and ring Anjali about it today # lp: o-respectful-uncertainty +2 # critical: o-respectful-uncertainty # feedback: Kai's words, recorded exactly and passed on the same day, test Lauren's assurance against evidence. That is respectful uncertainty.]
    ~ kai_remark_passed = true
    ~ kai_told_same_day = true
    You write down what Kai said, in his words, with the time and who was there. You tell him he's not in trouble, that you can't keep it secret, and that Anjali will want to make sure everyone at home is safe.
    You ring Anjali at two o'clock. She listens, and says she'll call in on Lauren this week. # sound: phone # chrono: 2021-03 / March; School passes Kai's words to the social worker the same day
    {school_safety_plan:
        You remind the office and Mrs Eccles of Kai's safety plan. # chrono: 2021-03 / March; School reminds staff of Kai's safety plan
    }
    -> e4_calls
+ [Have a quiet word with Lauren at pick-up first: there may be a simple explanation # lp: o-respectful-uncertainty -1 # feedback: Working openly with parents matters, but asking Lauren first gives her the chance to explain it away and may put Kai under pressure. Respectful uncertainty means passing the child's words on first.]
    ~ lauren_alerted = true
    At pick-up you catch Lauren by the gate and mention the shirt lightly.
    That? He had that for his birthday last year. It's only just fitted him. He gets muddled, bless him. # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-03 / March; Lauren tells the school the shirt was an old birthday present
    Kai is quiet walking away. The next morning he tells Ellie he got told off for telling lies, and won't say any more. # chrono: 2021-03 / March; Kai tells school he was told off for telling lies
    -> e4_calls
+ [Note it on Kai's file: it may well be an old present, and the conditions are in place # real # lp: o-respectful-uncertainty -1 # feedback: Each explanation is possible, but noting the remark without acting on it accepts Lauren's assurance at face value. Respectful uncertainty means testing it against what Kai said.]
    You write a short note: Kai said Darren bought him a shirt; possibly an old gift; Darren subject to exclusion and no-contact conditions; mother reports no contact. You mark it for the next core group. # chrono: 2021-03 / March; School notes Kai's remark on file for the next core group
    -> e4_calls

=== e4_calls ===
= ask
# decision: o-e4-contacts; contact
# note: The school can pass on Kai's words, and can ask agencies that hold the adult's side of the picture. Each call uses part of the afternoon. The review recommends that schools be told when a child is linked to a MARAC case so they can contribute.
# prompt: Who holds information about whether the conditions are being kept? Who should hear what Kai said?
# real: The school was not linked to the MARAC. Other agencies' information about Darren did not reach the core group.
+ {not kai_remark_passed and not e4_sw} [Ring Anjali to tell her what Kai said # contact: social-care # lp: o-respectful-uncertainty +1 # feedback: Passing Kai's words to the social worker, even later than you might, puts them beside Lauren's account (respectful uncertainty).]
    ~ e4_sw = true
    ~ e4_count++
    # sound: phone
    Anjali listens.
    A shirt's a shirt, but okay. I'll call in on her this week. # speaker: Anjali Nair (social worker) # info: social-care; The social worker will visit Lauren this week # chrono: 2021-03 / March; School tells the social worker about Kai's remark
    -> after
+ {not e4_marac} [Ring the MARAC coordinator and offer what the school holds # contact: marac # critical: o-marac-links # feedback: A school that knows how to reach MARAC can put a child's words in front of the people who hold the adults' risk (MARAC links).]
    ~ e4_marac = true
    ~ e4_count++
    # sound: phone
    {told_marac_e3:
        Gill Eastwood knows the name.
        Saltings is on the record for this case. Thank you. This goes on the file now. # speaker: Gill Eastwood (MARAC coordinator) # info: marac; The school is already linked to Lauren's MARAC case
    - else:
        Gill Eastwood looks it up.
        Lauren was heard at MARAC in December. The school wasn't on our list. I'll add you now, and you'll be asked for what you hold if the case comes back. # lp: o-marac-links +2 # speaker: Gill Eastwood (MARAC coordinator) # info: marac; Kai's mother was heard at MARAC in December but the school had not been linked # chrono: 2021-03 / March; School linked to Lauren's MARAC case
    }
    A new incident within a year brings a case back to MARAC. A child saying the man is at the house, when he's barred, is exactly what we need to hear. I'll share it with the police and probation leads for the case. # speaker: Gill Eastwood (MARAC coordinator) # info: marac; A report of contact in breach of conditions can bring the case back to MARAC and will be shared with police and probation
    -> after
+ {not police_101} [Ring the police to ask whether anything has been reported at Lauren's address # contact: police # feedback: Asking the police about the address looks for the barred adult where the risk is. On its own it changes no plan: what you do with the answer does.]
    ~ police_101 = true
    ~ e4_count++
    # sound: phone
    DC Kerry Duffy calls back within the hour.
    There's a 101 call twelve days ago. A neighbour reporting a man shouting at that address after midnight. It was logged, but there was no car free and it wasn't followed up. # speaker: DC Kerry Duffy (police domestic abuse officer) # info: police; A neighbour rang 101 twelve days ago about a man shouting at Lauren's address late at night # chrono: 2021-03 / March; Neighbour reports a man shouting at Lauren's address after midnight
    With what the boy said, I'll pass it to the neighbourhood team and to his probation officer. If you want more than that, it needs to come through the social worker and a meeting. # speaker: DC Kerry Duffy (police domestic abuse officer) # info: police; Police will pass the report to the neighbourhood team and probation
    -> after
+ {not e4_probation} [Ring Darren's probation officer to ask how he is keeping to his licence # contact: probation # feedback: Probation holds how the risky adult is behaving. Asking tests the safeguards rather than assuming they work, but a single call is not the lesson.]
    ~ e4_probation = true
    ~ e4_count++
    # sound: phone
    Martin Oyelaran is cautious.
    He's reporting weekly. He missed last Tuesday, said his car broke down. He gives his mum's address in Westford. I can't prove he's been in Brackenmouth, but I'll flag what the lad said to the police. # speaker: Martin Oyelaran (probation officer, Westford) # info: probation; Darren missed a probation appointment last week and gives his mother's address in Westford # chrono: 2021-03 / March; Darren misses a probation appointment
    -> after
+ {e4_count == 0} [No calls: it's on Kai's file and will go to the next core group # real # pin: last # lp: o-active-information-seeking -1 # feedback: The next core group is weeks away. Others hold what would test Lauren's account, and only asking brings it in (active information seeking).]
    The afternoon fills with a fire drill and a parent complaint.
    You tell yourself the note is on the file, and the file goes to the core group. The conditions are the police's and probation's business, and they have not rung you with any concerns. Surely they would.
    -> e4_end
+ {e4_count > 0 and e4_count < 3} [That's all you have time for today # pin: last]
    -> e4_end

= after
{e4_count >= 3:
    # sound: office
    The bell goes at quarter past three. The day is gone.
    -> e4_end
}
-> ask

=== e4_end ===
~ kai_remark_passed = kai_remark_passed or e4_sw
~ e4_sw = false
~ e4_count = 0
~ told_school_e3 = false
~ told_marac_e3 = false
~ told_probation_e3 = false
~ school_safety_plan = false
# decision: o-e4-pace2; pace
+ [Continue]
    -> e5
