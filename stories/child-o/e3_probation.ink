// Episode 3: Probation's call. Learner: the allocated social worker.
// Review: Case Synopsis (contradictory information from probation); Pathways of Communication; Rec 7, 11.

=== e3 ===
# episode: 3; Probation's call
# role: Social worker, Brackenmouth children's services
# when: Late November. Kai is 9
# scene: office
# sound: phone
For this episode you are Anjali Nair, Kai's social worker. You have twenty-two children on your caseload and a duty day tomorrow.
It is a grey Tuesday at the end of November, a week after the conference where Lauren said there had been no incident at all. Your desk phone rings. A Westford number.
{wider_agenda:
    It's Martin Oyelaran, Darren Rowley's probation officer. We've been in touch about Kai since your core group. Something's come in that you need to know today. # speaker: Martin Oyelaran (probation officer, Westford)
- else:
    Is that Kai Mercer's social worker? It's Martin Oyelaran, probation in Westford. I supervise Darren Rowley. I only found out yesterday he had a link to a child in your area. # speaker: Martin Oyelaran (probation officer, Westford) # info: probation; Probation had not known of Kai until now
}
Darren's sister came into the office this morning with her phone. She showed me a text she got from Lauren's number in October, the morning after the police went round. # speaker: Martin Oyelaran (probation officer, Westford)
I'll read it to you. He went for me last night. He's split my cheekbone. Tell him I'm not going to the police but he needs to stay away. # speaker: Martin Oyelaran (probation officer, Westford) # chrono: 2020-10-13 / October, the next morning (reported late November); Lauren texts Darren's sister that Darren attacked her the night before and split her cheekbone
That's not a fall. And not declaring the relationship is a breach of his licence on its own. I'm taking it to my manager today. I thought you'd want this straight away. # speaker: Martin Oyelaran (probation officer, Westford) # info: probation; Lauren texted Darren's sister the morning after the October call-out that Darren had attacked her and split her cheekbone; probation are considering action on his licence
You thank him and write it up word for word. Then you drive to Lauren's.
-> e3_visit

=== e3_visit ===
# scene: home
# sound: knock
Lauren opens the door in a dressing gown. The house is tidy and warm, and the telly is on. Kai is at school.
Kai's school photo is on the fridge, next to a rota for his nan's pick-ups. There are two mugs on the draining board. You notice them, and you know that two mugs mean nothing on their own.
The cut by her right eye has healed to a thin pink line.
You tell her, calmly, what probation told you.
She laughs, but it doesn't reach her eyes.
That's his sister stirring. She's hated me for years. Yeah, I sent a text. I'd had a drink and I was wound up, so I said what'd get her attention. # speaker: Lauren Mercer (Kai's mother)
My face was the fall. The one everyone keeps going on about. I told the conference that. # speaker: Lauren Mercer (Kai's mother)
He's not been here. I don't even know where he is. Are we done? I've got work at two. # speaker: Lauren Mercer (Kai's mother) # chrono: 2020-11-24 / Late November; Lauren denies any incident and says the text was untrue and the injury was the fall
{asked_gp:
    You remember the GP's letter: a possibly broken cheekbone two days after the call-out, and an X-ray she never went for. The text says the same cheekbone.
}
Back in the car you sit for a minute before starting the engine.
Lauren has a clear answer to everything. She is also the only source for every answer she has given.
# decision: o-e3-denial; challenge+disguised
# note: The text is second-hand and Lauren has a plausible reason for sending it. But a contradiction from an independent source, about a man with a record for violence, is evidence in itself. The real practitioners did convene another strategy meeting and sought legal advice.
# prompt: What weight do you give to Lauren's denial, and what do you do with the text?
# real: Another strategy meeting was held and more enquiries under section 47 followed. Legal advice was sought, and the decision was that the threshold to restart pre-proceedings was not met, so the child protection plan continued.
+ [Treat the contradiction as evidence: ask today for a strategy meeting and legal advice # real # lp: o-respectful-uncertainty +2 # feedback: Lauren's denial does not cancel the text. Treating the contradiction as something to investigate, not resolve, is respectful uncertainty.]
    Your manager, Denise Carr, agrees. A strategy meeting is held two days later with police, probation by phone, health and the school. # chrono: 2020-11-24 / Late November; Strategy meeting held after probation's call; further child protection enquiries
    {wider_agenda:
        Because probation already know the core group, the meeting is quick to arrange and Martin has his records to hand.
    }
    Further enquiries are made. The case goes to a legal gateway meeting.
    On what we have, the threshold to restart pre-proceedings isn't met. Mum denies it, there's no complaint, and the evidence is a text she says she sent to wind someone up. Keep the plan going and keep gathering. # speaker: Legal adviser (legal gateway meeting) # chrono: 2020-12-03 / Early December; Legal gateway meeting: threshold to restart pre-proceedings not met, child protection plan continues
    -> e3_after
+ [Record her denial beside the text, and take both to the core group in a fortnight's time # feedback: Recording both is right, but a report of a serious assault by a man with a history of violence needs more than a note for a meeting two weeks away (respectful uncertainty).]
    You write it up carefully: the text, her explanation, the swelling you saw. You flag it for the core group. # chrono: 2020-11-24 / Late November; Social worker records Lauren's denial and the text for the next core group
    -> e3_after
+ [Accept her account for now: the text is third-hand, and pushing her may end her engagement # lp: o-respectful-uncertainty -1 # feedback: Keeping Lauren engaged matters, but accepting her account closes down the one independent piece of evidence you have. Respectful uncertainty keeps it open.]
    You record that mother denies any incident and has explained the text. You make a note to keep the relationship going. # chrono: 2020-11-24 / Late November; Social worker accepts Lauren's explanation of the text
    -> e3_after

=== e3_after ===
# sound: office
~ asked_gp = false
~ wider_agenda = false
The week moves fast after that.
Probation recall Darren Rowley for breaching his licence, and he is returned to prison. # chrono: 2020-12-10 / December; Darren recalled to prison for breaching his licence (added for this scenario)
Lauren's case is heard at the December MARAC. The actions include a disclosure to Lauren under the Domestic Violence Disclosure Scheme, known as Clare's Law: what the police hold about Darren's past violence. The police make the disclosure a week later. # chrono: 2020-12-10 / December; MARAC hears Lauren's case; Clare's Law disclosure made to Lauren
Lauren is referred to Anchor again. She says no again.
A lot has happened that other people in Kai's life do not yet know. It is a Friday afternoon in mid-December, and you have time for a few calls before you are on duty.
-> e3_calls

=== e3_calls ===
= ask
# decision: o-e3-tell; contact
# note: New information on an open case goes straight to the social worker, so in the review's area it was never screened by the children's hub and the school might never hear it. The review recommends that social workers pass new concerns to the school routinely, telling schools when a child is linked to a MARAC, and looking at the records of the adults around the child. Three calls fit in the afternoon: each one here is a lesson, so the choice is which matter most.
# prompt: Who needs to know what has happened this week, and what do you want them to do with it?
# real: The review found a gap: new information on open cases did not routinely reach the school, and the school did not know Kai was linked to a MARAC case.
+ {not told_school_e3} [Ring the school's safeguarding lead with the week's news # contact: school # lp: o-share-with-school +2 # critical: o-share-with-school # feedback: The school sees Kai every day. New information of concern on an open case should go to the school as a matter of course (share with school).]
    ~ told_school_e3 = true
    ~ e3_count++
    # sound: phone
    You ring the designated safeguarding lead at Saltings and bring them up to date: Darren's recall to prison, the MARAC, and the Clare's Law disclosure to Lauren.
    That's a lot we didn't know. For what it's worth, Kai's been clingy with his nan at pick-up this week and asked to stay at hers on Saturday. I'll log it. # speaker: Designated safeguarding lead (Saltings Primary) # info: school; Kai has been clingy with his grandmother and asked to stay at hers # chrono: 2020-12-10 / December; Kai asks to stay at his grandmother's and is clingy at pick-up
    -> after
+ {not told_marac_e3} [Ask the MARAC coordinator to add Kai's school to the MARAC list # contact: marac # lp: o-marac-links +2 # critical: o-marac-links # feedback: When a child is linked to a MARAC case, the school should be told so it can contribute and act on the outcome (MARAC links).]
    ~ told_marac_e3 = true
    ~ e3_count++
    # sound: phone
    Gill Eastwood, the MARAC coordinator, takes your call.
    The actions were the Clare's Law disclosure and a referral to Anchor. Schools aren't usually on our list. I didn't know which school he went to. # speaker: Gill Eastwood (MARAC coordinator) # info: marac; MARAC actions were a Clare's Law disclosure and an Anchor referral; the school was not on the list
    I'll add Saltings to the record for this case. If Lauren comes back to MARAC, the school will be asked for information and told the actions. # speaker: Gill Eastwood (MARAC coordinator) # info: marac; The school will now be asked to contribute if the case returns to MARAC
    -> after
+ {not told_probation_e3} [Ask probation to warn you before Darren's release, and to tell you his conditions # contact: probation # critical: o-significant-adults # feedback: Asking when and on what conditions the risky adult will be released keeps his risk, not only Lauren's word, in Kai's plan (significant adults).]
    ~ told_probation_e3 = true
    ~ e3_count++
    # sound: phone
    Martin Oyelaran checks the dates.
    Earliest release is March. His licence will have an exclusion zone covering Brackenmouth and a no-contact condition for Lauren and Kai. I'll make sure the release notification comes to you the same day, as well as to the domestic abuse team. # speaker: Martin Oyelaran (probation officer, Westford) # info: probation; Darren's earliest release is March with an exclusion zone and no-contact conditions # chrono: 2021-03 / March, expected; Darren due for release with an exclusion zone and no-contact condition
    {not told_gp_e3:
        Darren's risk, and not only Lauren's word, is now part of Kai's plan. # lp: o-significant-adults +2
    }
    -> after
+ {not told_gp_e3} [Ask the GP practice to link Lauren's record to Kai's plan # contact: gp # critical: o-significant-adults # feedback: The child protection flag sits on the child's record only. Asking for the adults' records to show the link lets the GP share concerns about them (significant adults).]
    ~ told_gp_e3 = true
    ~ e3_count++
    # sound: phone
    Dr Sana Hussain, the practice safeguarding lead, agrees to add a note.
    I can put an alert on Lauren's record that her son is on a plan and who to contact. I can't do anything about Darren. He's not our patient and I'd never know he was connected. # speaker: Dr Sana Hussain (GP safeguarding lead) # info: gp; The practice can add an alert to Lauren's record but cannot link Darren, who is registered elsewhere
    {not told_probation_e3:
        Whoever sees Lauren next at the surgery will know her son is on a plan, and whom to tell. # lp: o-significant-adults +2
    }
    -> after
+ {not told_school_e3} [Leave the calls: the school will hear the main points at the next core group # real # pin: last # lp: o-share-with-school -1 # feedback: The next core group is weeks away. The school sees Kai every day and needs new information of concern now (share with school).]
    You have a duty day tomorrow and a pile of assessments. The core group is only a few weeks off. You put a note in your diary to update everyone there.
    The school will see the review conference minutes when they come out, you tell yourself, and the MARAC is a police-led meeting with its own list. It is not as if any of it is secret.
    -> e3_end
+ {told_school_e3} [That's enough calls for today # pin: last]
    -> e3_end

= after
{e3_count >= 3:
    # sound: office
    It is half past five. The rest will have to wait.
    -> e3_end
}
-> ask

=== e3_end ===
~ told_gp_e3 = false
~ e3_count = 0
At the review conference in January the plan continues, with a clear instruction: Kai is to have no contact with Darren. With Darren in prison in another part of the country, the room feels that Kai is safe for now. # chrono: 2021-01 / January; Review conference: plan continues with no contact between Kai and Darren
Darren's earliest release date is in March. The chair asks you, as Kai's social worker, whether the plan needs anything more about that.
# decision: o-e3-mappa; challenge
# note: MAPPA (multi-agency public protection arrangements) is how police, probation and prisons, with health, children's services and others under a duty to co-operate, manage the risk from certain violent and sexual offenders. A man on licence for violence against a partner is likely to be a MAPPA category 2 offender. MARAC is a different meeting, about victims. The review found professionals needed to know both and how to contribute, and that the ambulance service fed MAPPA, not MARAC. The review does not record any MAPPA decision; it is added here.
# prompt: Who will manage Darren's risk when he is released, and how does Kai get into their plan?
+ [Ask probation whether Darren will be managed under MAPPA, with Kai and the school named in his plan # lp: o-marac-links +2 # critical: o-marac-links # feedback: Asking whether the offender is MAPPA-managed, and putting the child and the school into his risk plan, means release, conditions and breaches reach those protecting Kai (MARAC and MAPPA).]
    ~ mappa_linked = true
    You write to Martin Oyelaran that afternoon, copied to your manager. Martin replies within the week. Darren is a MAPPA category 2 offender and will be managed at level 1 by probation on release. Kai, Lauren's address and the school are now named in his risk management plan, and the MAPPA coordinator has the school's details. # chrono: 2021-01 / January; Probation confirm Darren will be managed under MAPPA; Kai and the school are named in his risk management plan
    -> e3_end_after
+ [Ask for Darren to be heard at MARAC again before he is released, since it manages the risk from violent men # lp: o-marac-links -1 # feedback: MARAC plans safety for victims at the highest risk; it does not manage offenders. The meeting that manages a violent offender on licence is MAPPA, through probation and police (MARAC and MAPPA).]
    The chair notes it. The MARAC coordinator later replies that MARAC cannot manage Darren: it is about Lauren's safety, and it will look at the case again only if there is a new incident. # chrono: 2021-01 / January; Request to refer Darren to MARAC; coordinator explains MARAC is for victims
    -> e3_end_after
+ [Rely on his licence: the release notification will list an exclusion zone and a no-contact condition # lp: o-marac-links -1 # feedback: Licence conditions matter, but they work only if the people who could see a breach are part of managing them. Asking whether he is MAPPA-managed brings Kai into that plan (MARAC and MAPPA).]
    The plan records: release notification to be shared with the core group when it arrives. # chrono: 2021-01 / January; Plan relies on Darren's licence conditions for his release
    -> e3_end_after
+ [Ask Lauren to tell you as soon as she hears of his release, since she is the first he will contact # feedback: Lauren may well hear first, but a plan that relies on her telling you rests on the account that has twice been contradicted. Probation and MAPPA hold his release and conditions (MARAC and MAPPA).]
    Lauren says she will. She says she has finished with him anyway. # chrono: 2021-01 / January; Lauren agrees to tell the social worker when Darren is released
    -> e3_end_after

= e3_end_after
After that the plan ticks along. Lauren's drug tests stay clear.
In January she comes to a core group for the first time. She is smartly dressed, she has brought a folder with her test results, and she answers every question before you have finished asking it.
I know how it looked. I've finished with him, for good. I've got Kai to think about. # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-01 / January; Lauren attends a core group and says she has ended the relationship with Darren
You write in your notes: mother engaging well, presents as motivated. It is true. You also know that people who are frightened often present very well.
# decision: o-e3-pace; pace
+ [Go on to March]
    -> e4
