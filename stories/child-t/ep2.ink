=== ep2_ward ===
# episode: 2; Discharge from hospital
# role: Midwife, transitional care ward
# when: Maisie is 10 days old
# scene: hospital-ward
# sound: ward
You are a midwife on the transitional care ward at Hessleby General, where babies withdrawing from drugs stay with their mothers.
Maisie has been unsettled since her second day: a high-pitched cry, tremors, poor feeding. She is on a small weaning dose of oral morphine. Jade is staying on the ward with her. # chrono: Maisie 2 days old; Maisie shows signs of drug withdrawal and starts treatment on the ward
{cp_plan:
    Maisie was born on a child protection plan. The core group will meet on the ward next week, and the social worker, Chris Dunmore, has asked the ward to report any concerns straight away.
- else:
    Maisie is on a Child in Need plan. The social worker now holding the case is Chris Dunmore.
}
In the daytime Jade is good with her. She does skin-to-skin, keeps the feeding chart without being asked, and talks to Maisie in a low, sing-song voice. Sandra, Dean's mum, came in on Sunday with a bag of tiny clothes and cried when she held her.
The nights are different.
Three times this week, night staff have found Jade asleep in her bed with Maisie beside her, after clear advice each time. # chrono: Maisie 4 to 9 days old; Jade found co-sleeping with Maisie three times against advice
Jade has missed two of the urine tests the plan asks for. The one sample she handed in on Tuesday was cold. # chrono: Maisie 8 days old; Jade misses tests; a sample is suspected of being falsified
On Tuesday evening Dean came to visit. His speech was slow and his pupils were pinpoint. He left when asked. # chrono: Maisie 8 days old; Dean appears under the influence of drugs on the ward
This morning you find Maisie in Jade's bed again.
"I was feeding her and I must have dropped off. I'm shattered. She settles on me. In that cot she just screams." # speaker: Jade Kerrigan
"And I did do the sample. If it was cold, that's because it sat on the side while I sorted her out." # speaker: Jade Kerrigan
She is tearful and tired, and what she says about tiredness is true of every new mother on the ward.
# decision: t2-ward; disguised
# note: Co-sleeping after drug use is a known risk of sudden infant death; missed and suspect tests matter because experienced users can manage results. Jade's explanations are plausible one by one. The review found too little weight was given to the co-sleeping and the suspected drug use.
# prompt: Each explanation is believable. What does the pattern tell you, and what would test it?
# real: The co-sleeping was discussed with Jade several times and recorded in the notes, but her explanations were accepted and the concerns were not set out as evidence for discharge planning.
+ [Repeat the safe sleep advice kindly and note it in the ward record # real # lp: t-respectful-uncertainty -1 # feedback: Kind advice, repeated, has not changed what happens. Respectful uncertainty means testing the explanation, not only repeating the advice.]
    You sit with Jade, go over safe sleep again, and write it up: advice given, mother receptive.
    Jade thanks you and promises to use the cot. Two nights later the night staff find Maisie in her bed again. They write the same words. # chrono: Maisie 12 days old; Co-sleeping found again; recorded as advice given
    -> ep2_meeting
+ [Talk to Jade plainly about the pattern, arrange observed samples, and send the social worker a dated list of each incident today # lp: t-respectful-uncertainty +1 # feedback: You named the pattern to Jade, tested her account with observed samples and put the facts in writing. That is respectful uncertainty in practice.]
    ~ ward_evidence = true
    You sit down with Jade away from the bay.
    You tell her what you have seen: three nights, the cold sample, Dean on Tuesday. You explain why drugs in the body and a baby in the bed are so dangerous together.
    "So you think I'm using. Great." # speaker: Jade Kerrigan
    You say that you are telling her what you have seen, and that from now on samples on the ward will be observed. She shrugs, and agrees.
    You email Chris Dunmore a dated list of every incident, and copy it into the discharge planning notes. # chrono: Maisie 10 days old; Ward sends the social worker a dated record of co-sleeping, test and visiting concerns
    -> ep2_meeting

=== ep2_meeting ===
# scene: meeting-room
# sound: meeting
Maisie is 23 days old. Her withdrawal is settling and the paediatrician says she is ready to go.
At the discharge planning meeting are Chris Dunmore, the paediatric registrar, Harbour Recovery, and you. There was an earlier meeting on day 11; nobody can find its minutes.
"Given the sleeping and the tests, we're not happy for Maisie to go straight home. Dean's mum, Sandra, has said they can all stay with her in Brackenfield. Jade and Dean keep parental responsibility. Sandra keeps an eye, and she'll ring us if she's worried." # speaker: Chris Dunmore (social worker)
"It's a family arrangement. It keeps Maisie with her parents, which is where everyone wants her to be." # speaker: Chris Dunmore (social worker)
You know some things about Sandra from the ward. She works full time, and so does her partner. The spare room is a box room. She asked you yesterday what exactly she was "meant to be doing".
Brackenfield is in another local authority, so Maisie will have a new health visitor.
"Medically she's fine to go. Feeding well, weaned off the morphine. From our side it's a social decision." # speaker: Dr Priya Sen (paediatric registrar)
"They'll need to keep coming to us. Brackenfield's two buses away, but they can do it if they want to." # speaker: Bev Lund (key worker, Harbour Recovery)
Nobody mentions a written plan. Nobody is taking minutes.
# decision: t2-discharge; challenge
# note: The parents are not free to choose where Maisie lives: the move is a response to concerns about their care. The review found a newborn at this level of risk should not have been placed informally. Looked after status would have brought a connected persons assessment of the grandparents and an independent reviewing officer. Every agency in the room could have challenged.
# prompt: Who is responsible for Maisie's safety at Sandra's house at 3 in the morning, and how would anyone know if it went wrong?
# real: The informal arrangement was agreed. There was no written plan, no assessment of the grandparents, no agreement with them and no minutes of the meeting.
+ [Agree: Maisie goes with her parents to her grandmother's, and the family keep her safe # real # lp: t-formal-arrangements -1 # lp: t-challenge-is-everyones -1 # feedback: A grandmother nobody has assessed, working full time, with no written agreement, is not a safety plan. This needed a formal arrangement, and anyone at the table could have challenged.]
    Everyone agrees. Nobody writes the plan down. # chrono: Maisie 24 days old; Discharged to paternal grandmother's home with both parents, as an informal arrangement with no written plan
    To Jade and Dean, it feels like the worries have been dealt with. If the concerns were really serious, they reason, social care would have done something official.
    -> ep2_outcome
+ [Agree, but ask for a written agreement with Sandra, minutes of today's meeting and a date for the first Child in Need meeting # lp: t-formal-arrangements +1 # lp: t-challenge-is-everyones +1 # feedback: A written agreement and minutes are better than nothing, and you spoke up. But Sandra is still unassessed and nobody independent reviews the arrangement (formal arrangements).]
    ~ written_agreement = true
    Chris agrees. Sandra signs a one-page agreement in the corridor: she will ring children's social care if she is worried. # chrono: Maisie 24 days old; Discharged to paternal grandmother's home with both parents; grandmother signs a one-page agreement
    -> ep2_outcome
+ [Challenge: if her parents can't choose where Maisie lives, she should be looked after, with Sandra assessed as a connected person and an independent reviewing officer; put it in writing and escalate through your named midwife if needed # lp: t-formal-arrangements +2 # lp: t-challenge-is-everyones +1 # feedback: You named what the arrangement really is and asked for the legal framework that brings assessment and independent review. That is the challenge of informal placement the review called for, made from a health role.]
    Chris looks uncomfortable.
    "That's a big step. I'll need to take it to my manager." # speaker: Chris Dunmore (social worker)
    You say you will put your concerns in writing today, and that your named midwife for safeguarding will follow it up if it is not agreed.
    {ward_evidence or cp_plan:
        -> ep2_formal
    - else:
        Chris's manager reads the ward record. It says advice was given and the mother was receptive. She does not see grounds for accommodation, but agrees a written agreement with Sandra and minutes of the meeting.
        ~ written_agreement = true
        What was not written down on the ward could not be weighed at the meeting. # chrono: Maisie 24 days old; Discharged to paternal grandmother's home with both parents; written agreement, no assessment
        -> ep2_outcome
    }

=== ep2_formal ===
{ward_evidence:
    Chris's manager reads your dated list: three nights of co-sleeping, missed and suspect tests, Dean under the influence on the ward.
}
{cp_plan:
    The conference chair is told the same day and backs the challenge.
}
Maisie is accommodated, with her parents' agreement, and placed with Sandra as a temporary connected person carer. An independent reviewing officer is appointed. # chrono: Maisie 24 days old; Maisie becomes looked after, placed with her grandmother as a connected person; an independent reviewing officer is appointed
~ formal_care = true
~ protect++
-> ep2_outcome

=== ep2_outcome ===
# scene: office
{formal_care:
    The connected persons assessment begins within a week. It finds what nobody had asked: Sandra and her partner both work full time, and Sandra cannot give up her job. The independent reviewing officer's first review insists on a parenting assessment and observed testing before any move home.
    Jade and Dean move back to Hessleby and see Maisie every day at Sandra's. The tests are mixed at first, then a run comes back clear.
    When Maisie is six months old, after a parenting assessment and a review, she goes home to her parents with a written plan and a named review date. # chrono: Maisie 6 months old; Planned return home to her parents after assessment and independent review
- else:
    Jade, Dean and Maisie live in Sandra's box room for eleven weeks. Sandra and her partner leave for work at seven and get home at six. Dean says later that the three of them in one small room made everything worse.
    There is one social work visit on the day of discharge and two more in the first month. A new health visitor in Brackenfield visits once.
    {written_agreement:
        A Child in Need meeting is booked for week eight. It is cancelled when nobody can reach the parents. # chrono: Maisie 1 to 3 months old; Family living at grandmother's; the only Child in Need meeting booked is cancelled
    - else:
        No Child in Need meeting is held. # chrono: Maisie 1 to 3 months old; Family living at grandmother's; no Child in Need meeting held
    }
    In week seven, Jade and Dean stop answering calls for a week and miss their Harbour appointments. # chrono: Maisie 2 months old; Parents out of contact for a week and miss drug service appointments
    {written_agreement:
        Sandra has her one page, but nobody has asked her how things are going.
    - else:
        Sandra is never quite sure what she agreed to, or whom she would call.
    }
    Two months after discharge, social work supervision agrees that Maisie can go home to her parents' sole care. There is no core assessment. # chrono: Maisie 3 months old; Maisie returns to her parents' sole care after a supervision decision, without a core assessment
}
~ ward_evidence = false
~ formal_care = false
~ written_agreement = false
-> ep3_home
