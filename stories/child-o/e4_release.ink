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
His attendance is back above ninety per cent. Mrs Pike says he is still tired on Mondays.
{told_school_e3:
    Since Priya's call in December you have known about the text, Dean's recall to prison, the MARAC and the Clare's Law disclosure.
    {told_probation_e3:
        On Monday an email from Priya arrives with the release notification attached, sent the day it came in. # chrono: March; Social worker forwards Dean's release notification to the school
    - else:
        On Wednesday, Priya forwards the release notification. It came in last week. # chrono: March; Social worker forwards Dean's release notification to the school
    }
    -> release_news
- else:
    At the core group on Tuesday, Priya mentions, almost in passing, that Dean Rowley was released from prison the week before last. # chrono: March; School learns at the core group that Dean has been released
    You didn't know he had been in prison. When you ask why, you learn about a text in December, a recall, a MARAC and a Clare's Law disclosure. None of it reached the school. # lp: o-share-with-school -1
    -> release_news
}

= release_news
The notification from the domestic abuse team is short. Dean Rowley has been released on licence. He must not enter the Brackenmouth area. He must not contact Lauren Mercer or Kai Mercer, directly or through anyone else. # chrono: March; Dean released on licence, barred from Brackenmouth and from contact with Lauren and Kai
Everyone agrees that is a strong set of safeguards.
That Thursday is parents' evening. Lauren comes in for her ten minutes with Mrs Pike, and stops by your door on the way out. She looks well, and more relaxed than you have seen her in a year.
I know you'll have heard he's out. We're done. I changed my number at Christmas. He's not allowed anywhere near anyway, is he? # speaker: Lauren Mercer (Kai's mother) # chrono: March; Lauren tells the school she is no longer in touch with Dean
You say you're glad she's doing well, and you mean it.
# decision: o-e4-pace1; pace
+ [Continue]
    -> e4_kai

=== e4_kai ===
# sound: office
The following Tuesday, Ellie Dunn, one of the teaching assistants, knocks on your door at lunchtime.
Kai's in the calm room. He had a football shirt on under his jumper, a Westford one, brand new, tags still in the neck. I said it was smart and asked where it came from. # speaker: Ellie Dunn (teaching assistant)
He said Dean got it him. Then he went white and said, don't tell Mum I said, she'll go mad. # speaker: Ellie Dunn (teaching assistant) # chrono: March; Kai tells a teaching assistant Dean bought him a new football shirt and asks her not to tell his mum
{kai_trusts:
    Then he asked for you. He says he wants to tell you something.
    You go to the calm room. Kai is colouring in a pattern with great care.
    Dean was at ours on Sunday when Nan dropped me back. He's nice now. He sleeps on the settee. Mum says I'm not to say because of the rules. # speaker: Kai Mercer (age 9) # chrono: March, Sunday; Kai tells the school Dean was at home on Sunday and sleeps on the settee
    He looks at you to see what you will do.
}
You think about the notification, the conditions, Lauren in your doorway looking well and relaxed.
The shirt might be an old present. Children mix things up. Kai might have overheard something. Or a man who is barred from this town has been in Kai's home.
# decision: o-e4-kai; disguised
# note: A child's remark does not prove contact, but it is evidence, and it sits against a parent's assurance and a set of conditions that can only work if breaches are seen. The real case took the mother's denial at face value a few weeks later.
# prompt: What do you do with what Kai said, and who do you not tell first?
# real: Professionals felt the conditions and Lauren's assurance were enough. When Dean was later thought to be at the home, her denial was taken at face value.
+ [Write down Kai's exact words, reassure him, and ring Priya about it today # lp: o-respectful-uncertainty +2 # critical: o-respectful-uncertainty # feedback: Kai's words, recorded exactly and passed on the same day, test Lauren's assurance against evidence. That is respectful uncertainty.]
    ~ kai_remark_passed = true
    ~ kai_told_same_day = true
    You write down what Kai said, in his words, with the time and who was there. You tell him he's not in trouble, that you can't keep it secret, and that Priya will want to make sure everyone at home is safe.
    You ring Priya at two o'clock. She listens, and says she'll call in on Lauren this week. # sound: phone # chrono: March; School passes Kai's words to the social worker the same day
    Then you check Kai's collection list with the office: Lauren and Pat, nobody else. You remind the office and Mrs Pike what to do if Dean comes to the school. # chrono: March; School checks Kai's collection arrangements and what to do if Dean comes to the school
    -> e4_calls
+ [Have a quiet word with Lauren at pick-up first: there may be a simple explanation # lp: o-respectful-uncertainty -1 # feedback: Working openly with parents matters, but asking Lauren first gives her the chance to explain it away and may put Kai under pressure. Respectful uncertainty means passing the child's words on first.]
    ~ lauren_alerted = true
    At pick-up you catch Lauren by the gate and mention the shirt lightly.
    That? He had that for his birthday last year. It's only just fitted him. He gets muddled, bless him. # speaker: Lauren Mercer (Kai's mother) # chrono: March; Lauren tells the school the shirt was an old birthday present
    Kai is quiet walking away. The next morning he tells Ellie he got told off for telling lies, and won't say any more. # chrono: March; Kai tells school he was told off for telling lies
    -> e4_calls
+ [Note it on Kai's file: it may well be an old present, and the conditions are in place # real # lp: o-respectful-uncertainty -1 # feedback: Each explanation is possible, but noting the remark without acting on it accepts Lauren's assurance at face value. Respectful uncertainty means testing it against what Kai said.]
    You write a short note: Kai said Dean bought him a shirt; possibly an old gift; Dean subject to exclusion and no-contact conditions; mother reports no contact. You mark it for the next core group. # chrono: March; School notes Kai's remark on file for the next core group
    -> e4_calls

=== e4_calls ===
= ask
# decision: o-e4-contacts; contact
# note: The school can pass on Kai's words, and can ask agencies that hold the adult's side of the picture. Each call uses part of the afternoon. The review recommends that schools be told when a child is linked to a MARAC case so they can contribute.
# prompt: Who holds information about whether the conditions are being kept? Who should hear what Kai said?
# real: The school was not linked to the MARAC. Other agencies' information about Dean did not reach the core group.
+ {not kai_remark_passed and not e4_sw} [Ring Priya to tell her what Kai said # contact: social-care # lp: o-respectful-uncertainty +1 # feedback: Passing Kai's words to the social worker, even later than you might, puts them beside Lauren's account (respectful uncertainty).]
    ~ e4_sw = true
    ~ e4_count++
    # sound: phone
    Priya listens.
    A shirt's a shirt, but okay. I'll call in on her this week. # speaker: Priya Nair (social worker) # info: social-care; The social worker will visit Lauren this week # chrono: March; School tells the social worker about Kai's remark
    -> after
+ {not e4_marac} [Ring the MARAC coordinator and offer what the school holds # contact: marac # critical: o-marac-links # feedback: A school that knows how to reach MARAC can put a child's words in front of the people who hold the adults' risk (MARAC links).]
    ~ e4_marac = true
    ~ e4_count++
    # sound: phone
    {told_marac_e3:
        Gill Fenwick knows the name.
        Saltings is on the record for this case. Thank you. This goes on the file now. # speaker: Gill Fenwick (MARAC coordinator) # info: marac; The school is already linked to Lauren's MARAC case
    - else:
        Gill Fenwick looks it up.
        Lauren was heard at MARAC in December. The school wasn't on our list. I'll add you now, and you'll be asked for what you hold if the case comes back. # lp: o-marac-links +2 # speaker: Gill Fenwick (MARAC coordinator) # info: marac; Kai's mother was heard at MARAC in December but the school had not been linked # chrono: March; School linked to Lauren's MARAC case
    }
    A new incident within a year brings a case back to MARAC. A child saying the man is at the house, when he's barred, is exactly what we need to hear. I'll share it with the police and probation leads for the case. # speaker: Gill Fenwick (MARAC coordinator) # info: marac; A report of contact in breach of conditions can bring the case back to MARAC and will be shared with police and probation
    -> after
+ {not police_101} [Ring the police to ask whether anything has been reported at Lauren's address # contact: police # feedback: Asking the police about the address looks for the barred adult where the risk is. On its own it changes no plan: what you do with the answer does.]
    ~ police_101 = true
    ~ e4_count++
    # sound: phone
    DC Kerry Marsh calls back within the hour.
    There's a 101 call twelve days ago. A neighbour reporting a man shouting at that address after midnight. It was logged, but there was no car free and it wasn't followed up. # speaker: DC Kerry Marsh (police domestic abuse officer) # info: police; A neighbour rang 101 twelve days ago about a man shouting at Lauren's address late at night # chrono: March; Neighbour reports a man shouting at Lauren's address after midnight
    With what the boy said, I'll pass it to the neighbourhood team and to his probation officer. If you want more than that, it needs to come through the social worker and a meeting. # speaker: DC Kerry Marsh (police domestic abuse officer) # info: police; Police will pass the report to the neighbourhood team and probation
    -> after
+ {not e4_probation} [Ring Dean's probation officer to ask how he is keeping to his licence # contact: probation # feedback: Probation holds how the risky adult is behaving. Asking tests the safeguards rather than assuming they work, but a single call is not the lesson.]
    ~ e4_probation = true
    ~ e4_count++
    # sound: phone
    Martin Oyelaran is cautious.
    He's reporting weekly. He missed last Tuesday, said his car broke down. He gives his mum's address in Westford. I can't prove he's been in Brackenmouth, but I'll flag what the lad said to the police. # speaker: Martin Oyelaran (probation officer, Westford) # info: probation; Dean missed a probation appointment last week and gives his mother's address in Westford # chrono: March; Dean misses a probation appointment
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
# decision: o-e4-pace2; pace
+ [Continue]
    -> e5
