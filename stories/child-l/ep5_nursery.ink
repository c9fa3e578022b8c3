// Episode 5: the nursery's worry. Review 2.2.2, 3.2, 3.4, 4.1 Education, 4.2.

=== ep5_nursery ===
# episode: 5; The nursery's worry
# role: Nursery key worker, Little Gulls Nursery
# when: Friday 18 October, year 2 — Lottie is 4; Evie is 19 months; Alfie is 5 months
# scene: nursery
# sound: door
You are Lottie's key worker at Little Gulls Nursery. You have known her for over a year.
She is bright, likes counting and dinosaurs, and attaches herself to one adult at a time. For the last few months that has been you.
From tonight, after the court hearing, she will live with her mum, Kyle, Tia, Evie and the baby, Alfie. Her mum is collecting her at half past three.
This morning the Family Resource Team held their last meeting with Shannon and Kyle. They are closing: good progress. # chrono: 2013-10-18 / 18 October, year 2; Family Resource Team agree to end their work with the family
{e4_smart:
    Since the spring the nursery has been on the invitation list for Child in Need meetings. You went to one in July.
- else:
    Nobody from social care has ever asked the nursery for its view of Lottie.
}
Lottie arrived this morning with her dad, who signed her in without a word. She has been quiet all morning. She usually runs straight to the sand tray; today she stayed by the coat pegs until you came for her.
At snack time Lottie doesn't eat. She comes and stands against your legs.
"I'm not going to Mummy's house," she says. "Kyle will hurt me." # speaker: Lottie (4) # chrono: 2013-10-18 / 18 October, year 2; Lottie tells her key worker she is afraid Kyle will hurt her
She holds on to your sleeve. When you ask her gently what she means, she says it again, the same words, and then she won't say any more.
# decision: l5-record; contact
# note: The words are clear and they are the child's own. What matters now is that they are written down as she said them, and reach the people deciding today, in a form they can't lose.
# prompt: Who needs to know this before half past three? What exactly would you write?
# real: Nursery staff reported Lottie's comments and disclosures to children's social care the same day.
+ [Settle her with a quiet activity, note her words in the nursery diary, and tell Mandy, the manager, at the end of the morning # lp: l-communication -1 # lp: l-voice-of-child -1 # feedback: Comfort matters, but a diary note and a word at lunchtime left her words hours away from the people deciding where she sleeps tonight (communication).]
    Lottie lets you hold her hand. After a while she goes back to the sand tray.
    At lunchtime you tell Mandy, the nursery manager. She rings the social worker straight away. # sound: phone
    -> meeting
+ [Write down her exact words and the time on the nursery's form, tell the safeguarding lead, and phone the social worker # lp: l-communication +1 # lp: l-voice-of-child +1 # feedback: Her exact words, recorded and passed on the same morning, are what the review asked of nursery staff (the child's voice). # real]
    ~ e5_written = true
    # sound: phone
    You write it on the nursery's safeguarding form: the date, the time, her exact words, what you asked and what she did.
    Mandy, the nursery manager, rings the social worker, Naomi Marlow, while you write it up. Naomi says there is a Child in Need meeting at one o'clock and she will take it there.
    -> meeting
+ [Write down her exact words, and have the written note with the social worker before today's decision is made # critical: l-communication # critical: l-voice-of-child # lp: l-communication +2 # lp: l-voice-of-child +1 # feedback: A written account that arrives before the meeting, with a request to be heard, can't be lost in a phone message (communication).]
    ~ e5_written = true
    ~ e5_sent = true
    # sound: typing
    Mandy, the safeguarding lead, rings the social worker, Naomi Marlow, and you send your note: Lottie's words, the time, what you asked and what she did.
    Naomi replies that there is a Child in Need meeting at one o'clock, and she will ring you in.
    -> meeting

= meeting
# sound: meeting
The Child in Need meeting is held at one o'clock with the parents and the Family Resource Team.
{
- e4_smart or e5_sent:
    You join by phone. You read out Lottie's words as she said them.
- e5_written:
    Naomi passes on what the nursery told her.
- else:
    Naomi mentions the nursery's lunchtime call. The nursery is not asked to take part.
}
The meeting agrees that Lottie will go home to her mother tonight, as the court ordered. # chrono: 2013-10-18 / 18 October, year 2; Child in Need meeting agrees Lottie will go home as planned
At two o'clock Naomi comes to the nursery and speaks to Lottie in the quiet room, with you there.
Lottie tells her that Kyle has hit her before. She says "lots of times". She points to her arm. # chrono: 2013-10-18 / 18 October, year 2; Lottie tells the social worker that Kyle has hit her on earlier occasions
Naomi rings the police child protection unit from the car park. When she comes back she is brief.
"They've discussed it. They don't think any action is needed. The court's decided where she lives. She'll go home tonight, and I'll visit next week." # speaker: Naomi Marlow (social worker) # chrono: 2013-10-18 / 18 October, year 2; Discussed with the police: no action considered necessary
She leaves. It's quarter to three.
-> calls

= calls
# decision: l5-triangulate; contact
# note: Added for the scenario: the review records no calls by the nursery here; it found the nursery was not consulted (4.2) and asked education staff to triangulate their view of a child with her siblings' settings (4.1 Education). The nursery sees one child. Her sisters are seen by a school and a health visitor; the police decision was made on the phone. Each call reveals only what that agency holds. There is time for two.
# prompt: What do the people who see Lottie's sisters know? What do you need to know about the police decision?
+ {not e5_school} [Ring Tia's school # contact: school # feedback: Tia's school sees a child from the same household; her view belongs beside Lottie's (triangulating across siblings).]
    ~ e5_school = true
    ~ e5_contacts++
    # sound: phone
    "Tia's been late twenty times this half term," the safeguarding lead at Lowfield Primary says. # speaker: Mrs Adeyemi (designated safeguarding lead, Lowfield Primary)
    "She's tired, and she told her teacher home is 'shouty' when the baby cries. It's recorded, and it's in our report for the next Child in Need meeting. Nobody's told us what Lottie has been saying." # speaker: Mrs Adeyemi (designated safeguarding lead, Lowfield Primary) # info: school; Tia often late and tired; says home is "shouty" when the baby cries; recorded for the next meeting
    -> calls_next
+ {not e5_hv} [Ring the health visitor about Evie and Alfie # contact: health-visitor # feedback: The health visitor sees the two youngest, who can't speak for themselves (triangulating across siblings).]
    ~ e5_hv = true
    ~ e5_contacts++
    # sound: phone
    "Alfie's thriving," the health visitor says. "Evie's doing well too, mostly." # speaker: Health visitor
    "I see them at home by appointment, always with Shannon or Kyle there. I've never seen any of the children on their own." # speaker: Health visitor # info: health-visitor; The children are well on announced visits and are always seen with a parent present
    -> calls_next
+ {not e5_police} [Ring the police child protection unit and ask how they reached their decision # contact: police # feedback: Asking who decided, on what, and whether prosecutors were consulted, tells you how much weight the decision can bear (police decisions).]
    ~ e5_police = true
    ~ e5_contacts++
    # sound: phone
    The detective sergeant is candid.
    "I made the call on the phone. It's historical, there's no injury to see today, she's four, and a court has just decided where she lives. I didn't think an interview would get us anywhere." # speaker: DS Keith Rennie (police child protection unit) # info: police; The decision was made by a sergeant on the phone: historical, no visible injury, child aged four; no interview and no strategy discussion
    "There's been no strategy discussion. If there is one and more comes to light, I'd look at it again." # speaker: DS Keith Rennie (police child protection unit)
    -> calls_next
+ {not e5_dad} [Ring Lottie's dad # contact: relative # feedback: Her father sees how she is between homes; what he describes is part of her experience (the child's voice).]
    ~ e5_dad = true
    ~ e5_contacts++
    # sound: phone
    Craig sounds exhausted.
    "She's been wetting the bed since the court date. Every night she asks if she has to go." # speaker: Craig Merritt (Lottie's father) # info: relative; Lottie wetting the bed since the court date and asking every night whether she has to go
    "I didn't fight it. The social worker backed Shannon." # speaker: Craig Merritt (Lottie's father)
    -> calls_next
+ [Go ahead: decide what the nursery does now # pin: last]
    -> challenge

= calls_next
{e5_contacts >= 2:
    # sound: door
    It's twenty past three. Parents are starting to gather at the door.
    -> challenge
}
-> calls

= challenge
Mandy, the nursery manager, sits down with you.
"Social care and the police have both looked at it. What do you want to do?" # speaker: Mandy Whitfield (nursery manager)
# decision: l5-challenge; challenge
# note: The decision has been made by people with more authority than a nursery. The review found that nursery staff were not consulted (4.2), and that police decision-making in the case was at a low level and poorly shared (3.4; it does not say which decisions). The police reasons in this scenario are added. A private-law order about where a child lives does not prevent a same-day strategy discussion, police protection or an emergency protection order. Challenging the decision, through the partnership's escalation procedure, is the nursery's right. The partnership's procedure for resolving professional disagreements has four stages: 1, practitioner to practitioner; 2, line managers or designated safeguarding leads, within two working days; 3, senior managers or heads of service, within a further five working days; 4, the safeguarding partnership's independent chair or escalation panel. Where a child is at immediate risk the child's safety overrides the stages and their timescales: go straight to whoever can act, the same day. The nursery has raised it with the social worker (stage 1); with a four-year-old going home tonight to the adult she says hits her, the manager goes straight to the team manager, today.
# prompt: Is a phone call with the police a decision you can accept without knowing its reasons? What does the escalation procedure let a nursery do?
# real: Lottie went home to her mother and Kyle that weekend.
+ [Let it rest: social care and the police have both looked at it, and the court has decided where Lottie lives # lp: l-escalate-splits -1 # lp: l-police-decisions -1 # lp: l-voice-of-child -1 # feedback: Her fear, and her account of being hit, were set aside because others had decided; the nursery's disagreement never reached anyone who could change it (escalation). # real]
    Mandy nods slowly. "I'll put a note on her file that we passed it on."
    You help Lottie with her coat at twenty past three. She lets you do the zip, then stands by the door.
    -> home
+ [Ask the social worker for the police decision and its reasons in writing, and for Lottie's words to go in the plan # critical: l-police-decisions # lp: l-police-decisions +1 # lp: l-communication +1 # feedback: Asking for the reasons in writing makes a phone decision something others can read and test, though Lottie still goes home tonight (police decisions).]
    ~ e5_reasons = true
    # sound: typing
    You email Naomi. She replies before five: she will ask the police to write, and Lottie's words are on the file.
    -> home
+ [Ring Craig and suggest he keeps Lottie with him this weekend, while the nursery raises it with social care on Monday # lp: l-escalate-splits -1 # feedback: It feels protective, but a private arrangement stands in for an assessment, and the disagreement never reaches anyone who can decide (escalation).]
    # sound: phone
    Craig says he can't keep her against the court order; Shannon would have the police round. He'll have her back next weekend.
    -> home
+ [With Mandy, escalate to the team manager now, not in days: ask for a strategy discussion before Lottie goes home # critical: l-escalate-splits # critical: l-police-decisions # lp: l-escalate-splits +2 # lp: l-police-decisions +2 # lp: l-communication +1 # feedback: A disclosure of repeated assault by the adult she goes home to needs a same-day strategy discussion; when a child is at immediate risk the procedure lets you skip its stages and timescales and go to a manager who can act, today (escalation).]
    ~ e5_escalated = true
    # sound: phone
    Mandy rings Lynne Maddox, the team manager, and you send her your record of Lottie's words. Mandy says this is an escalation under the partnership's procedure: the social worker has heard it, and with a child going home tonight it cannot wait the two working days the next stage allows. You ask for the police decision to be looked at again in a strategy discussion, today.
    {e5_school or e5_hv or e5_dad:
        You add what Lottie's family and her sisters' settings told you this afternoon. # lp: l-link-siblings +1
    }
    {e5_police:
        You explain that the police decision was made by a sergeant on the phone, with no interview and no strategy discussion. # lp: l-police-decisions +1
    }
    Lynne listens.
    "A court order about where she lives doesn't stop us protecting her. I'll hold a strategy discussion with the police at three." # speaker: Lynne Maddox (team manager)
    -> home

= home
{e5_escalated:
    # sound: meeting
    The strategy discussion is held at three by phone: Lynne, DS Rennie, Naomi, and Mandy for the nursery. It agrees a section 47 enquiry covering all four children. # chrono: 2013-10-18 / 18 October, year 2; Same-day strategy discussion after the nursery's escalation; section 47 enquiry
    Lottie will not go to her mother's tonight. Craig collects her at half past three and keeps her while the enquiry runs; Shannon is told why. The police will interview Lottie on Monday, with a specially trained officer. # chrono: 2013-10-18 / 18 October, year 2; Lottie stays with her father while the enquiry runs
    On Monday Lottie says very little at the interview. The police take advice from the Crown Prosecution Service and take no further action. # chrono: 2013-10-21 / 21 October, year 2; Achieving Best Evidence interview; police take CPS advice; no further action
    The enquiry ends without enough to go further, and a fortnight later Lottie returns to her mother's, as the court ordered. But the Child in Need plan now says that each child is to be seen alone, that the nursery and Tia's school are to be at every meeting, and that the case cannot close without them.
    This path is added for the scenario: in the real case the allegations were discussed with the police, who considered no action necessary, and Lottie went home that weekend.
- else:
    # sound: door
    At half past three Shannon collects Lottie. Lottie puts her coat on slowly. At the gate she turns and waves to you. # chrono: 2013-10-18 / 18 October, year 2; Lottie goes home to her mother and Kyle
}
A week later the Family Resource Team formally close. # chrono: 2013-10-25 / 25 October, year 2; Family Resource Team close
// Only groundwork, plan_invites and e5_escalated are needed from here.
~ groundwork = g_evidence and (g_voice or e5_sent) and (g_escalate or e5_escalated)
~ plan_invites = e4_smart or e5_escalated
~ g_evidence = false
~ g_voice = false
~ g_escalate = false
~ e4_smart = false
~ e5_sent = false
~ e5_written = false
~ e5_contacts = 0
~ e5_school = false
~ e5_hv = false
~ e5_police = false
~ e5_dad = false
~ e5_reasons = false
-> ep6_stairs
