// Episode 7: Talking with the mother. Learner: social worker.
// Review: Family Involvement; Rec 14.

=== e7 ===
# episode: 7; Talking with Lauren
# role: Social worker, Brackenmouth children's services
# when: Late April. Kai is 9, nearly 10
# scene: home
# sound: knock
A week later you are back at Lauren's for your planned visit. The kettle is on. On the table is a sheet of lined paper in Lauren's handwriting: what she wrote down after the police told her about Darren's past under Clare's Law in December.
{forum == "strategy":
    He's back inside. I know. I'm not daft. But I've been reading this again, trying to work out if I'm mad. # speaker: Lauren Mercer (Kai's mother)
- else:
    I found this when I was clearing out. I wrote it down after they told me. I've been reading it again. # speaker: Lauren Mercer (Kai's mother)
}
She makes you a tea without asking how you take it, and gets it right.
You know what it's like, having you lot in my life? Everyone's nice. Everyone's got a leaflet. And every time, I feel like I'm on trial. # speaker: Lauren Mercer (Kai's mother)
She tells you, without being asked, about her own dad. He died when she was eight, not much younger than Kai is now. Her mum worked two jobs after that, and Lauren more or less brought herself up.
Nobody came round asking how I was. I used to think that was a bad thing. Now I've got a queue of you. # speaker: Lauren Mercer (Kai's mother)
She laughs, and this time it is real, and then it stops.
She slides the page across and taps it.
Look. No further action. No further action. Charges pending. No further action. So half of it he was never even done for. It's his word against theirs. # speaker: Lauren Mercer (Kai's mother)
And that MARAC thing. I never went. Someone rang me afterwards and said I'd been discussed. I thought it was a meeting to tick boxes about me. What does it even mean? # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-04-26 / Late April; Lauren tells the social worker she did not understand MARAC or what no further action meant
{kai_anchor:
    Kai's had his first session with that Dilys. He came home and told me he's allowed to feel angry. I didn't know what to say. # speaker: Lauren Mercer (Kai's mother)
}
She is not arguing, quite. She is asking, in the way people ask when they half want to be told they are wrong.
# decision: o-e7-explain; disguised
# note: Lauren is minimising the record, partly because she does not understand the language it is written in. The review's recommendation is to use clear language without jargon or acronyms, explain complex things, and give families time to come back with questions.
# prompt: How would you explain MARAC and no further action to Lauren, in words she would use herself?
# real: Lauren later said she had not really understood what MARAC meant, and that a clearer explanation of no further action would have helped: it does not mean nothing happened. The review does not record what was said to her at the time.
+ [Explain in your own plain words what MARAC and no further action mean, and write it down with her # lp: o-clear-language +2 # critical: o-clear-language # feedback: Plain words, without acronyms, and a written note she can keep let Lauren understand how serious the record is (clear language).]
    ~ explained_clearly = true
    You put the page down between you.
    MARAC is a meeting of police, health, housing, domestic abuse workers and others. It only talks about the small number of people who are most at risk of being seriously hurt, or killed, by a partner. You don't end up there for nothing. # speaker: You (social worker)
    No further action means the police couldn't take it to court. Maybe there wasn't enough evidence, or the woman was too frightened to give a statement. It doesn't mean it didn't happen. Every one of those lines is a woman who rang for help. # speaker: You (social worker)
    Lauren reads down the list again, slowly. She doesn't say anything for a long time.
    Nobody said it like that. # speaker: Lauren Mercer (Kai's mother)
    You write three lines on the back of your notebook page, tear it out and give it to her: what MARAC is, what no further action means, and your mobile number. # chrono: 2021-04-26 / Late April; Social worker explains MARAC and no further action in plain language and leaves a written note
    -> e7_close
+ [Say the disclosure belongs to the police, and offer to ask them to come back and explain it # feedback: Care not to add to what the police disclosed is right, but what MARAC and no further action mean is general knowledge you can explain now, while she is asking. Waiting weeks for a visit loses the moment (clear language).]
    That's the police's disclosure, so I don't want to get it wrong. I'll ask them to come back and go through it with you. # speaker: You (social worker) # chrono: 2021-04-26 / Late April; Social worker offers to ask the police to explain the disclosure again
    Right. Okay. # speaker: Lauren Mercer (Kai's mother)
    She folds the page into her purse. Nobody from the police has come back by the end of the month.
    -> e7_close
+ [Reassure her that the disclosure was done properly and the conditions protect her, then move on # lp: o-clear-language -1 # feedback: Reassurance is kind, but it leaves her believing no further action means nothing happened. Explaining the terms in plain words is what would have helped (clear language).]
    The police explained all that when they told you. The main thing is he's on conditions, and they're there to protect you and Kai. Shall we look at the plan? # speaker: You (social worker)
    Lauren folds the page back up.
    Yeah. Fine. # speaker: Lauren Mercer (Kai's mother)
    -> e7_close

= e7_close
# sound: office
You have ten minutes before you need to leave. Lauren is looking out of the window.
You know that whatever she has said, she may not tell you if Darren gets in touch. You also know that, in the end, she is the one who will be in the room with him.
# decision: o-e7-close; disguised
# note: The review heard from Lauren that professionals should have been softer but more persistent, that it is all about relationships, and that families need time to take in what they are told and come back with questions. A signed agreement or a warning can feel decisive but tests nothing.
# prompt: How do you end this visit so that Lauren might tell you the truth next time?
# real: The review records Lauren's view that professionals should have been softer and more persistent, and that relationships are what matter.
+ [Give her time, book a visit next week, and ask what would make it easier to tell you # lp: o-clear-language +1 # lp: o-respectful-uncertainty +1 # critical: o-clear-language # feedback: Giving time to come back with questions, and being persistent without threatening, keeps both honesty and curiosity alive (clear language, respectful uncertainty).]
    ~ lauren_trust = true
    You don't have to say anything now. Have a think, read that again, ring me with questions. I'll come back next Thursday. # speaker: You (social worker)
    And if he turns up or gets in touch, what would make it easier to tell me, or ring the police, rather than keep it to yourself? # speaker: You (social worker)
    She thinks about it for a long time.
    Knowing Kai wouldn't get taken off me the same day. And not being made to feel thick. # speaker: Lauren Mercer (Kai's mother)
    You tell her honestly what would happen if she rang: that the first thing would be keeping her and Kai safe, and that ringing would count for her, not against her. She puts your number in her phone under a friend's name. # chrono: 2021-04-26 / Late April; Lauren agrees a way to tell the social worker if Darren makes contact
    -> e7_end
+ [Ask her to sign a written agreement that she will have no contact at all with Darren # lp: o-respectful-uncertainty -1 # feedback: A signed agreement can feel decisive, but it records a promise rather than testing it, and can make telling the truth later harder (respectful uncertainty).]
    Lauren signs it without reading it twice.
    I've told you. I'm not in touch with him. # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-04-26 / Late April; Lauren signs a written agreement not to have contact with Darren
    -> e7_end
+ [Be clear about the consequences: if he is in contact, Kai may have to live with his nan # feedback: Being honest about consequences is fair, but on its own it makes telling you more frightening than keeping quiet. Persistence and relationship matter too (respectful uncertainty).]
    I need to be straight with you. If he's in contact, we'd have to look at Kai living with your mum. # speaker: You (social worker)
    I know. You've said. He's not. # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-04-26 / Late April; Lauren is told Kai may have to move if she has contact with Darren
    -> e7_end

=== e7_end ===
You drive back to the office. It is the last week of April.
// The ending follows from critical acts only (see endings.ink).
{
- forum == "strategy" and kai_told_same_day and standing_item and explained_clearly and (kai_anchor or health_rewritten):
    -> ending_protected
- forum == "strategy":
    -> ending_stopped
- explained_clearly and lauren_trust:
    -> ending_told
- forum == "ccd":
    -> ending_near_miss
- else:
    -> ending_real
}
