=== ep1_prebirth ===
# episode: 1; Before the birth
# role: Social worker, children's social care
# when: Late autumn, three weeks before Maisie is born
# scene: office
# sound: typing
Hessleby children's social care, assessment team. You are the social worker allocated to Jade Kerrigan's unborn baby.
Jade is 29 and 37 weeks pregnant. The baby's father is Dean Brennan, 31.
Jade's first child, Tyler, was removed from her care five months ago, when he was nearly three. He now lives with his own father in Northmoor, a neighbouring authority, and is still on a child protection plan there. # chrono: 2012-07-15 / About five months before the birth; Tyler, Jade's first child, removed from her care and placed with his father
Two months ago, Tyler's plan moved to permanence away from Jade. She had not taken part in the parenting assessment. # chrono: 2012-10-10 / Two months before the birth; Decision that Tyler needs a permanent home away from Jade
Your Initial Assessment is nearly finished. It lists the risks: Jade booked late with maternity services and has missed antenatal appointments; she has used heroin since her late teens; she has a long history of not engaging with services; and Dean assaulted her when she was three months pregnant.
It also records what Harbour Recovery, the drug service, has told your team in the regular liaison: Jade is refusing drug tests, and they doubt she is honest about what she uses. # info: drug-service; Harbour has told children's social care that Jade refuses drug tests and may be dishonest about her use # chrono: 2012-11-01 / Weeks before the birth; Harbour tells children's social care that Jade is refusing drug tests and may be dishonest about her use
It also notes what is going well. Jade and Dean have bought a cot and a pram. Jade talks warmly about the baby. They say they have separated, although they still turn up to appointments together.
The Public Law Outline has been started. Both parents have had a letter: attend Harbour Recovery, give urine samples when asked, use only prescribed drugs, let the midwife, health visitor and social worker into the home, and work with a family support worker on parenting. # chrono: 2012-11-05 / Before the birth; Letter before proceedings sent to Jade and Dean under the Public Law Outline
Yesterday you visited them at Jade's flat. It was spotless. Jade was smartly dressed, thoughtful and quick; she had read the letter closely and had questions about every line.
"I know what you've all got written down about me. I was in a bad place with Tyler. This time I'm doing it properly." # speaker: Jade Kerrigan
Dean sat on the arm of the settee, one knee jiggling.
"That business with the police got blown up. We'd both had a drink. It's not like that now." # speaker: Dean Brennan
When you asked about Tyler, Jade looked at the window for a long time and changed the subject.
Her parents, Pat and Geoff Kerrigan, adopted her as a baby. She grew up as one of very few mixed-heritage children in a mostly white town. They told the assessment that she met racism at school and struggled with who she was, and that the drugs started at about fifteen. They paid privately for help when post-adoption support ran out. # chrono: 1998 / Jade's teens; Jade, adopted as a baby, starts using drugs at about 15
Nobody has yet talked with Jade about any of that, or about losing Tyler only months before this baby is due.
Your team manager stops by your desk.
"It's Child in Need for now. Harbour say she's engaging better, and we've got the PLO letter behind us if it goes wrong. If there are worries on the ward, the baby goes to Dean's mum. Have your report ready for Thursday's pre-birth planning meeting." # speaker: Helen Marsh (team manager)
The team is carrying more cases than it should. Two social workers are off, and child protection conferences are booked weeks ahead. A Child in Need plan is quicker, and it keeps the family working with you rather than against you.
Thursday is two working days away. With the rest of your caseload, you have time for three calls, at most, before you write your report.
-> ep1_calls.ask

=== ep1_calls ===
= ask
{calls1 > 0: You look at the list again. Who else holds a piece of this?}
# decision: t1-calls; contact
# note: Each call costs time; three are possible before the meeting. No call here is scored: what counts is what the learner does with the evidence at the meeting. The midwife, health visitor and Harbour will all be at Thursday's meeting. Tyler's social worker and the police will not. In the real case the information was largely known (4.1.6, 5.1); the failure was not acting on it.
# prompt: Which agency holds information that will not be in the room on Thursday?
# real: Children's social care, the drug service and health were in regular contact about the mother's drug use, and the drug service's concerns about refused tests and dishonesty were known. The history of the sibling's removal was known too. What was missing was not information but a decision: nobody asked why there was no strategy discussion or pre-birth conference.
+ {not asked_drug1} [Call Jade's key worker at Harbour Recovery # contact: drug-service # feedback: Test results, and whether a parent is honest about use, are the evidence of change a plan needs. The call only matters if you use it at the meeting.]
    ~ asked_drug1 = true
    ~ calls1++
    # sound: phone
    Bev Lund, Jade's key worker, takes your call between clients.
    "She's on a methadone script and she tells me that's all she's using." # speaker: Bev Lund (key worker, Harbour Recovery)
    "But she still won't give a urine test when I ask. Most weeks it's an excuse: no time, feeling rough, come back Friday." # speaker: Bev Lund (key worker, Harbour Recovery) # info: drug-service; Jade still refuses most urine tests
    "Honestly? I don't think she's being straight with me about what she's taking. It's in my reports, and I've said it to your team." # speaker: Bev Lund (key worker, Harbour Recovery) # info: drug-service; Key worker believes Jade is dishonest about her drug use
    "Dean's on our books too. He's chaotic: here one week, gone the next. Her attendance has picked up this month, to be fair. That's what people mean when they say she's engaging better." # speaker: Bev Lund (key worker, Harbour Recovery) # info: drug-service; Dean is also a client, with chaotic use and attendance
    -> after
+ {not asked_sib_sw} [Call Tyler's social worker in Northmoor # contact: social-care # feedback: Why a sibling was removed is the best guide to what a new baby faces. It counts when you use it to ask for the decision the baby needs.]
    ~ asked_sib_sw = true
    ~ calls1++
    # sound: phone
    Owen Pritchard has held Tyler's case since it transferred to Northmoor.
    "Tyler was on a plan for neglect from seventeen months. Jade's drug use meant she just wasn't available to him. No routines, meals when she remembered." # speaker: Owen Pritchard (Tyler's social worker, Northmoor) # info: social-care; Tyler was on a child protection plan for neglect from 17 months, because of the effect of Jade's drug use # chrono: 2011-02 / Tyler aged 17 months; Tyler placed on a child protection plan for neglect
    "We only saw the whole picture when she went into the refuge after Dean hurt her. Staff saw her shouting and swearing at Tyler. She frightened other residents." # speaker: Owen Pritchard (Tyler's social worker, Northmoor) # info: social-care; Refuge staff saw Jade shout and swear at Tyler and intimidate residents
    "Police took her out of the refuge. She told them she didn't want this baby. Tyler went to emergency foster care, then to family. She never engaged with the parenting assessment, so it was stopped." # speaker: Owen Pritchard (Tyler's social worker, Northmoor) # info: social-care; Jade left the refuge with police; Tyler taken into police protection; Jade did not engage with the parenting assessment # chrono: 2012-07-05 / About five months before the birth; Tyler taken into police protection after Jade leaves the refuge
    "Can I ask: is there a conference for the baby? Ours made no recommendation about the pregnancy when the case moved. I assumed your end would pick it up." # speaker: Owen Pritchard (Tyler's social worker, Northmoor)
    -> after
+ {not asked_police1} [Call the police domestic abuse unit about Dean # contact: police # feedback: The perpetrator's history is one of the three strands of any domestic abuse assessment, alongside the child's experience and the victim's ability to protect.]
    ~ asked_police1 = true
    ~ calls1++
    # sound: phone
    A detective sergeant in the domestic abuse unit reads you the record.
    "Neighbours rang us: a woman and a child screaming, a man shouting threats. Dean had smashed the place up and punched and kicked Jade. She was about three months pregnant. Tyler was there and saw it." # speaker: DS Carla Nkemelu (police domestic abuse unit) # info: police; Dean punched and kicked Jade when she was three months pregnant; Tyler saw it # chrono: 2012-06-10 / Six months before the birth; Dean assaults Jade, three months pregnant, in front of Tyler
    "He has previous for drugs. Afterwards, both of them played it down. She said it was a one-off, he said it was six of one." # speaker: DS Carla Nkemelu (police domestic abuse unit) # info: police; Dean has convictions for drug offences; both parents minimised the assault
    "If they're telling you they've split up, I'd want to see that for myself." # speaker: DS Carla Nkemelu (police domestic abuse unit)
    -> after
+ {not asked_midwife1} [Call the community midwife # contact: midwife # feedback: The midwife's view matters, but she will be at Thursday's meeting. A call is best spent on an agency that will not be in the room.]
    ~ asked_midwife1 = true
    ~ calls1++
    # sound: phone
    "She booked at twenty-four weeks and she's missed three appointments since. When she does come she's polite, and she's got everything ready." # speaker: Kath Doyle (community midwife) # info: midwife; Booked at 24 weeks; three antenatal appointments missed # chrono: 2012-08-20 / Pregnancy; Late booking and missed antenatal care
    "I've told her the baby will probably need to stay in for withdrawal. I'll go through it all on Thursday." # speaker: Kath Doyle (community midwife)
    -> after
+ [Write your report and go to the meeting with what you have # pin: last]
    You write it up from the Initial Assessment: the risks, the strengths, the PLO letter, Harbour's refused tests and its note that attendance has improved. It reads as a careful, balanced report.
    -> ep1_meeting

= after
{calls1 >= 3:
    It is Wednesday evening. Your report goes in as it stands.
    -> ep1_meeting
}
-> ask

=== ep1_meeting ===
# scene: meeting-room
# sound: meeting
Thursday. The pre-birth planning meeting. Round the table: your manager in the chair, Kath Doyle the community midwife, Sue Fenwick the health visitor, and Bev Lund from Harbour Recovery. Jade and Dean are not invited to this part.
Bev leads with the good news.
"She's been in every week this month. For Jade, that's a big change." # speaker: Bev Lund (key worker, Harbour Recovery)
"She's missed a few antenatal appointments, but she's got everything ready for the baby. The cot's up." # speaker: Kath Doyle (community midwife)
"My antenatal visit went fine. Clean flat, lots of questions about feeding." # speaker: Sue Fenwick (health visitor)
The chair writes the risks on the board: drug use, domestic abuse, relapse to the old lifestyle. # chrono: 2012-11-19 / Three weeks before the birth; Pre-birth planning meeting names drug use, domestic abuse and relapse as the risks
"So: Child in Need. Baby home with Mum and Dad on discharge. If the ward has concerns, baby goes to Dean's mother, Sandra, instead. We review after the birth. Everyone happy?" # speaker: Helen Marsh (team manager, chairing)
{asked_sib_sw: Owen's question is at the top of your notes: is there a conference for the baby?}
You think of the refused tests and Bev's doubts about Jade's honesty. They are in your report; today the talk is of attendance.
{asked_police1: You think of Tyler watching his mother being kicked, three months into this pregnancy.}
Nobody has asked why this baby is not going to a child protection conference.
# decision: t1-plan; challenge
# note: Tyler's removal five months ago, the Public Law Outline, refused tests and the drug service's doubts about honesty, late booking and serious violence in the pregnancy were all known (5.1). The review found a strategy discussion and a pre-birth conference were required, and that no agency asked for one. Today, Working Together 2023 expects a strategy discussion whenever there is reasonable cause to suspect significant harm, including to an unborn baby. The challenge option needs no extra calls: what is already in the file is enough. The review also found 'ineffectual engagement or challenge from partner agencies' (5.1): the midwife, health visitor or drug worker at this table could each have asked the same question. A robust assessment would also have explored what losing Tyler months earlier, and growing up as an adopted mixed-heritage girl in a mostly white town, meant for Jade's parenting and her trust in services (5.3).
# prompt: With a sibling removed five months ago, what would it take for you to ask for a conference for the unborn baby?
# real: Everyone agreed the Child in Need plan. No agency asked why there was no strategy discussion or pre-birth child protection conference.
+ [Agree Child in Need: the PLO letter gives a legal backstop if things slip # real # lp: t-unborn-sibling-conference -1 # lp: t-robust-assessment -1 # feedback: The plan rests on a letter and on recent attendance, with no decision about a conference. A removed sibling calls for an active decision about the unborn baby's protection (pre-birth conference).]
    Everyone agrees. The plan is typed up that afternoon.
    It lists four actions for the parents: attend Harbour, give samples, let professionals in, see the family support worker. Its only review date is "after the birth". No one outside your team will check whether it is working. # chrono: 2012-11-19 / Three weeks before the birth; Child in Need plan agreed; no strategy discussion or pre-birth conference
    -> ep1_after
+ [Agree Child in Need, on condition a parenting assessment is done before the birth # lp: t-robust-assessment +1 # feedback: Asking for an assessment of the parents' capacity to change is right. Without a conference, though, nobody independent holds the timescale (robust assessment).]
    The chair agrees and asks you to start straight away.
    You begin, but three weeks later you go off sick. The case is covered by the duty team, and the assessment stops half-written. Nobody outside your team knows it was never finished. # chrono: 2012-12-10 / Around the birth; Parenting assessment started, then left unfinished during the social worker's sick leave
    -> ep1_after
+ [Ask for a strategy discussion now and a pre-birth child protection conference # critical: t-unborn-sibling-conference # lp: t-unborn-sibling-conference +2 # lp: t-robust-assessment +1 # feedback: A removed sibling, refused tests and violence in pregnancy meet the threshold for a strategy discussion. Asking for it and a conference is the active decision the unborn baby needed (pre-birth conference).]
    ~ early_acts++
    The room goes quiet. The chair puts her pen down.
    "On what basis? It's been through supervision. What's changed?" # speaker: Helen Marsh (team manager, chairing)
    -> ep1_evidence

=== ep1_evidence ===
You set it out. Nothing has to be new: it is what the file already holds, read together. A sibling removed five months ago, a parenting assessment she never engaged with, the Public Law Outline, refused tests and a drug service that doubts her honesty, late booking, and serious violence in this pregnancy.
{asked_sib_sw:
    Tyler's plan was for neglect caused by Jade's drug use. She never engaged with the assessment that might have got him home. His own social worker assumed this baby would go to conference.
}
{asked_drug1: Bev told you this week that Jade still refuses most tests. Bev nods slowly.}
{asked_police1: The assault in this pregnancy was serious: punching and kicking, with a child watching. Both parents minimised it.}
The chair looks at the board for a long moment.
"All right. Put it to me in writing today. I'll convene the strategy discussion with police and health this week." # speaker: Helen Marsh (team manager, chairing)
~ cp_plan = true
You put it in writing that afternoon. A strategy discussion is held two days later. The pre-birth conference, with an independent chair, places the unborn baby on a child protection plan under the category of neglect. It sets a timetable for a parenting assessment and names a core group. # chrono: 2012-11-26 / Two weeks before the birth; Pre-birth child protection conference; unborn baby made subject to a child protection plan
-> ep1_after

=== ep1_after ===
~ calls1 = 0
~ asked_drug1 = false
~ asked_sib_sw = false
~ asked_police1 = false
~ asked_midwife1 = false
Three weeks later, Jade gives birth to a girl at Hessleby General. She is called Maisie. # chrono: 2012-12-10 / Birth; Maisie born at Hessleby General
-> ep2_ward
