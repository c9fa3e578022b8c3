=== ep2_ward ===
# episode: 2; Discharge from hospital
# role: Midwife, transitional care ward
# when: Maisie is 10 days old
# scene: hospital-ward
# sound: ward
You are a midwife on the transitional care ward at Hessleby General, where babies withdrawing from drugs stay with their mothers.
Maisie has been unsettled since her second day: a high-pitched cry, tremors, poor feeding. She is on a small weaning dose of oral morphine. Jade is staying on the ward with her. # chrono: 2012-12-12 / Maisie 2 days old; Maisie shows signs of drug withdrawal and starts treatment on the ward
{cp_plan:
    Maisie was born on a child protection plan. The core group will meet on the ward next week, and the social worker, Chris Dunmore, has asked the ward to report any concerns straight away.
- else:
    Maisie is on a Child in Need plan. The social worker now holding the case is Chris Dunmore.
}
In the daytime Jade is good with her. She does skin-to-skin, keeps the feeding chart without being asked, and talks to Maisie in a low, sing-song voice. Sandra, Dean's mum, came in on Sunday with a bag of tiny clothes and cried when she held her.
The nights are different.
Three times this week, night staff have found Jade asleep in her bed with Maisie beside her, after clear advice each time. # chrono: 2012-12-14 / Maisie 4 to 9 days old; Jade found co-sleeping with Maisie three times against advice
Jade has missed two of the urine tests the plan asks for. The one sample she handed in on Tuesday was cold. # chrono: 2012-12-18 / Maisie 8 days old; Jade misses tests; a sample is suspected of being falsified
On Tuesday evening Dean came to visit. His speech was slow and his pupils were pinpoint. He left when asked. # chrono: 2012-12-18 / Maisie 8 days old; Dean appears under the influence of drugs on the ward
This morning you find Maisie in Jade's bed again.
"I was feeding her and I must have dropped off. I'm shattered. She settles on me. In that cot she just screams." # speaker: Jade Kerrigan
"And I did do the sample. If it was cold, that's because it sat on the side while I sorted her out." # speaker: Jade Kerrigan
She is tearful and tired, and what she says about tiredness is true of every new mother on the ward.
# decision: t2-ward; disguised
# note: Co-sleeping after drug use is a known risk of sudden infant death; missed and suspect tests matter because experienced users can manage results. Jade's explanations are plausible one by one. The review found too little weight was given to the co-sleeping and the suspected drug use.
# prompt: Each explanation is believable. What does the pattern tell you, and what would test it?
# real: Health staff and social workers discussed safe sleep and the link between drugs and infant death with the mother several times, and the concerns were recorded in social work records, but she did not change and the review found too little weight was given to them (4.2.2, 5.5).
+ [Go over safe sleep again kindly, and record the advice and her reply in the notes # real # lp: t-respectful-uncertainty -1 # feedback: Kind advice, repeated, has not changed what happens. Respectful uncertainty means testing the explanation, not only repeating the advice.]
    You sit with Jade, go over safe sleep again, and write it up: advice given, mother receptive.
    Jade thanks you and promises to use the cot. Two nights later the night staff find Maisie in her bed again. They write the same words. # chrono: 2012-12-22 / Maisie 12 days old; Co-sleeping found again; recorded as advice given
    -> ep2_meeting
+ [Write up each incident in full and email Chris Dunmore a dated list today # feedback: The dated record will help the discharge meeting weigh the pattern. But Jade's explanations are still untested: nobody has put the pattern to her or observed a sample (respectful uncertainty).]
    ~ ward_evidence = true
    You write it up carefully: three nights, the missed tests, the cold sample, Dean on Tuesday. You email Chris Dunmore the list and copy it into the discharge planning notes. # chrono: 2012-12-20 / Maisie 10 days old; Ward sends the social worker a dated record of co-sleeping, test and visiting concerns
    Jade's samples are still collected the way they always have been. Two nights later the night staff find Maisie in her bed again.
    -> ep2_meeting
+ [Name the pattern to Jade, observe her samples from now on, and tell Chris # critical: t-respectful-uncertainty # lp: t-respectful-uncertainty +1 # feedback: You named the pattern to Jade, tested her account with observed samples and put the facts in writing. That is respectful uncertainty in practice.]
    ~ ward_evidence = true
    ~ early_acts++
    You sit down with Jade away from the bay.
    You tell her what you have seen: three nights, the cold sample, Dean on Tuesday. You explain why drugs in the body and a baby in the bed are so dangerous together.
    "So you think I'm using. Great." # speaker: Jade Kerrigan
    You say that you are telling her what you have seen, and that from now on samples on the ward will be observed. She shrugs, and agrees.
    You email Chris Dunmore a dated list of every incident, and copy it into the discharge planning notes. # chrono: 2012-12-20 / Maisie 10 days old; Ward sends the social worker a dated record of co-sleeping, test and visiting concerns
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
# note: The parents are not free to choose where Maisie lives: the move is a response to concerns about their care. The review found a newborn at this level of risk should not have been placed informally. Looked after status would have brought a connected persons assessment of the grandparents and an independent reviewing officer. Every agency in the room could have challenged. Today the route for a challenge that is not accepted is the partnership's procedure for resolving professional disagreements: stage 1, practitioner to practitioner, within two working days; stage 2, line managers or safeguarding leads, within five; stage 3, senior managers or heads of service, within five more; stage 4, the safeguarding partnership's independent chair or escalation panel. Where a child is at immediate risk, no stage is waited for: act to protect the child first (police, a same-day strategy discussion). With discharge due today, stages 1 and 2 happen the same day.
# prompt: Who is responsible for Maisie's safety at Sandra's house at 3 in the morning, and how would anyone know if it went wrong?
# real: The informal arrangement was agreed. There was no written plan, no assessment of the grandparents, no agreement with them and no minutes of the meeting.
+ [Agree: a family arrangement keeps Maisie with her parents, and Sandra will ring # real # lp: t-formal-arrangements -1 # lp: t-challenge-is-everyones -1 # feedback: A grandmother nobody has assessed, working full time, with no written agreement, is not a safety plan. This needed a formal arrangement, and anyone at the table could have challenged.]
    Everyone agrees. Nobody writes the plan down. # chrono: 2013-01-03 / Maisie 24 days old; Discharged to paternal grandmother's home with both parents, as an informal arrangement with no written plan
    To Jade and Dean, it feels like the worries have been dealt with. If the concerns were really serious, they reason, social care would have done something official.
    -> ep2_outcome
+ [Agree, if Sandra signs a written agreement and the meeting is minuted # lp: t-formal-arrangements +1 # lp: t-challenge-is-everyones +1 # feedback: A written agreement and minutes are better than nothing, and you spoke up. But Sandra is still unassessed and nobody independent reviews the arrangement (formal arrangements).]
    ~ written_agreement = true
    Chris agrees. Sandra signs a one-page agreement in the corridor: she will ring children's social care if she is worried. # chrono: 2013-01-03 / Maisie 24 days old; Discharged to paternal grandmother's home with both parents; grandmother signs a one-page agreement
    -> ep2_outcome
+ [Challenge it: she should be looked after, with Sandra assessed as a carer # critical: t-formal-arrangements # critical: t-challenge-is-everyones # lp: t-formal-arrangements +2 # lp: t-challenge-is-everyones +1 # feedback: If the parents cannot choose where Maisie lives, she needs looked-after status: a connected person assessment of Sandra and an independent reviewing officer. You made that challenge from a health role, as the review asked of every agency, and took it to stage 2 of the disagreement procedure the same day.]
    ~ early_acts++
    You say it plainly: if her parents are not free to take Maisie home, they are not really choosing where she lives. That makes her a child who needs accommodating, with Sandra assessed as a connected person carer and an independent reviewing officer, not a family arrangement nobody writes down.
    Chris looks uncomfortable.
    "That's a big step. I'll need to take it to my manager." # speaker: Chris Dunmore (social worker)
    You put your concerns in writing that afternoon and tell your named midwife for safeguarding. The partnership's procedure for resolving professional disagreements has four stages: practitioner to practitioner, then line managers, then heads of service, then the partnership's independent chair, each with a few working days to answer. With Maisie due to leave today, your talk with Chris was stage one; your named midwife takes it to Chris's team manager the same afternoon, which is stage two.
    {ward_evidence or cp_plan:
        -> ep2_formal
    - else:
        Chris's manager reads the ward record. It says advice was given and the mother was receptive. She does not see grounds for accommodation, but agrees a written agreement with Sandra and minutes of the meeting.
        Your named midwife records the disagreement and takes it to stage three, the heads of service for midwifery and children's social care. They have five working days to answer; by the time they meet, Maisie has been at Sandra's for a fortnight.
        ~ written_agreement = true
        What was not written down on the ward could not be weighed at the meeting. # chrono: 2013-01-03 / Maisie 24 days old; Discharged to paternal grandmother's home with both parents; written agreement, no assessment; the midwife's disagreement escalated
        -> ep2_outcome
    }

=== ep2_formal ===
{ward_evidence:
    Chris's manager reads your dated list: three nights of co-sleeping, missed and suspect tests, Dean under the influence on the ward.
}
{cp_plan:
    The conference chair is told the same day and backs the challenge.
}
Jade and Dean are told they can take legal advice first, and that agreeing is their choice. After seeing a solicitor, they give their informed consent in writing to Maisie being accommodated under section 20. They are told plainly that they can withdraw it, and that if they did, the local authority would consider going to court. # chrono: 2013-01-03 / Maisie 24 days old; Parents give informed consent to accommodation after legal advice; family group conference booked
Maisie is placed with Sandra as a temporary connected person carer, and an independent reviewing officer is appointed. A family group conference is booked, to bring both sides of the family together on a plan for her. # chrono: 2013-01-03 / Maisie 24 days old; Maisie becomes looked after, placed with her grandmother as a connected person; an independent reviewing officer is appointed
~ formal_care = true
-> ep2_outcome

=== ep2_outcome ===
# scene: office
{formal_care:
    The connected persons assessment begins within a week. It finds what nobody had asked: Sandra and her partner both work full time, and Sandra cannot give up her job. The independent reviewing officer's first review insists on a parenting assessment and observed testing before any move home.
    Jade and Dean move back to Hessleby and see Maisie every day at Sandra's. The tests are mixed at first, then a run comes back clear.
    When Maisie is six months old, after a parenting assessment and a review, she goes home to her parents with a written plan and a named review date. # chrono: 2013-06-10 / Maisie 6 months old; Planned return home to her parents after assessment and independent review
    -> ep2_end
- else:
    Jade, Dean and Maisie live in Sandra's box room for eleven weeks. Sandra and her partner leave for work at seven and get home at six. Dean says later that the three of them in one small room made everything worse.
    There is one social work visit on the day of discharge and two more in the first month. A new health visitor in Brackenfield visits once.
    {written_agreement:
        A Child in Need meeting is booked for week eight. It is cancelled when nobody can reach the parents. # chrono: 2013-01-10 / Maisie 1 to 3 months old; Family living at grandmother's; the only Child in Need meeting booked is cancelled
    - else:
        No Child in Need meeting is held. # chrono: 2013-01-10 / Maisie 1 to 3 months old; Family living at grandmother's; no Child in Need meeting held
    }
    In week seven, Jade and Dean stop answering calls for a week and miss their Harbour appointments. # chrono: 2013-02-10 / Maisie 2 months old; Parents out of contact for a week and miss drug service appointments
    ~ went_quiet = true
    {written_agreement:
        Sandra has her one page, but nobody has asked her how things are going.
    - else:
        Sandra is never quite sure what she agreed to, or whom she would call.
    }
    -> ep2_return
}

=== ep2_return ===
# role: Practice manager, children's social care
# scene: office
# when: Maisie is 10 weeks old
You are the practice manager covering supervision for Chris Dunmore's team while Helen Marsh is on leave.
Chris brings Maisie's case to supervision.
"They want to go home, the three of them. Sandra's box room is too small and it's causing rows. They went quiet for a week a while back, missed Harbour, but I got Dean on the phone last week and they're fine. Maisie's thriving." # speaker: Chris Dunmore (social worker)
"I'd like to agree it today. I've got thirty-one cases, and this is one of the ones that's going well." # speaker: Chris Dunmore (social worker)
You read the file. Three social work contacts since discharge. No Child in Need meeting. The core assessment is still not done. Nothing from Harbour since the week the parents went missing.
# decision: t2-return; disguised+challenge
# note: Two months after discharge, a supervision decision returned the baby to her parents' sole care with no core assessment; four weeks earlier the parents had gone off agencies' radar (4.2.2, 5.7). The review found this decision was not based on assessment, and that safety required evidence of sustained abstinence first (5.9). Management oversight is part of the lesson (6.1): this decision was made in supervision. The learner's role here was added for this scenario to put that decision in front of them.
# prompt: What would you need to see before a baby withdrawn from drugs goes home to two parents who have just dropped out of contact?
# real: In social work supervision it was agreed that the baby would return to her parents' sole care. There was no core assessment, and the parents had been out of contact with agencies four weeks earlier.
+ [Agree the move home: Maisie is thriving and they are back in touch now # real # lp: t-robust-assessment -1 # feedback: A well baby and a phone call are not evidence that two drug-using parents have changed. The decision needed an assessment and evidence of sustained abstinence (robust assessment).]
    "Thanks. I'll let them know." # speaker: Chris Dunmore (social worker)
    Maisie goes home to her parents' sole care two weeks later. There is no core assessment. # chrono: 2013-03-10 / Maisie 3 months old; Maisie returns to her parents' sole care after a supervision decision, without a core assessment
    -> ep2_end
+ [Agree it, and book a Child in Need meeting for the month after the move # feedback: A meeting after the move reviews a decision already made. What was missing was the assessment before it: whether these parents could sustain change (robust assessment).]
    Maisie goes home two weeks later. The first Child in Need meeting is held a month after that. # chrono: 2013-03-10 / Maisie 3 months old; Maisie returns to her parents' sole care after a supervision decision, without a core assessment
    -> ep2_end
+ [Hold the move until the core assessment and Harbour's test record are in # critical: t-robust-assessment # lp: t-robust-assessment +1 # feedback: You made the return home depend on an assessment of the parents' capacity to change and on evidence of sustained abstinence, not on a well baby and a phone call (robust assessment).]
    ~ early_acts++
    ~ held_return = true
    Chris looks tired, but not surprised.
    You ask for the core assessment to be finished within six weeks, give Chris two cases to lighten the load, and ask Harbour for both parents' results since discharge.
    Harbour's record shows a positive test for street heroin from each parent, both from the week they went quiet. The assessment recommends Maisie goes home only with observed testing and a Child in Need plan that names what would bring the case back to a strategy discussion. # chrono: 2013-03-10 / Maisie 3 to 4 months old; Core assessment completed before Maisie goes home; Harbour reports a positive test from each parent
    Maisie goes home at four months, on that plan. # chrono: 2013-04-10 / Maisie 4 months old; Maisie returns to her parents' care on a Child in Need plan after a core assessment
    -> ep2_end

=== ep2_end ===
~ ward_evidence = false
~ formal_care = false
~ written_agreement = false
-> ep3_home
