// Episode 5: the nursery's worry. Review 2.2.2, 3.2, 3.4, 4.1 Education, 4.2.

=== ep5_nursery ===
# episode: 5; The nursery's worry
# role: Nursery key worker, Little Gulls Nursery
# when: Friday 18 October, year 2 — Maisie is 4; Evie is 19 months; Alfie is 5 months
# scene: nursery
# sound: door
You are Maisie's key worker at Little Gulls Nursery. You have known her for over a year.
She is bright, likes counting and dinosaurs, and attaches herself to one adult at a time. For the last few months that has been you.
From tonight, after the court hearing, she will live with her mum, Dean, Tia, Evie and the baby, Alfie. Her mum is collecting her at half past three.
This morning the Family Resource Team held their last meeting with Shannon and Dean. They are closing: good progress. # chrono: 18 October, year 2; Family Resource Team agree to end their work with the family
{e4_smart:
    Since the spring the nursery has been on the invitation list for Child in Need meetings. You went to one in July.
- else:
    Nobody from social care has ever asked the nursery for its view of Maisie.
}
Maisie arrived this morning with her dad, who signed her in without a word. She has been quiet all morning. She usually runs straight to the sand tray; today she stayed by the coat pegs until you came for her.
At snack time Maisie doesn't eat. She comes and stands against your legs.
"I'm not going to Mummy's house," she says. "Dean will hurt me." # speaker: Maisie (4) # chrono: 18 October, year 2; Maisie tells her key worker she is afraid Dean will hurt her
She holds on to your sleeve. When you ask her gently what she means, she says it again, the same words, and then she won't say any more.
# decision: l5-record; contact
# note: The words are clear and they are the child's own. What matters now is that they are written down as she said them, and reach the people deciding today, in a form they can't lose.
# prompt: Who needs to know this before half past three? What exactly would you write?
# real: Nursery staff reported Maisie's comments and disclosures to children's social care the same day.
+ [Comfort her, tell her Mummy loves her, and mention it to her dad when he next collects her # lp: l-communication -1 # lp: l-voice-of-child -1 # feedback: Comfort matters, but her words went to one parent, not to the people deciding where she sleeps tonight (communication).]
    Maisie lets you hold her hand. After a while she goes back to the sand tray.
    By the time you think again about the weekend rota, it's lunchtime.
    Jo, the nursery manager, overhears you telling a colleague, and rings the social worker herself. # sound: phone
    -> meeting
+ [Write down her exact words and the time, tell the nursery's safeguarding lead, and phone the social worker # lp: l-communication +1 # lp: l-voice-of-child +1 # feedback: Her exact words, recorded and passed on the same morning, are what the review asked of nursery staff (the child's voice). # real]
    ~ e5_written = true
    # sound: phone
    You write it on the nursery's safeguarding form: the date, the time, her exact words, what you asked and what she did.
    Jo, the nursery manager, rings the social worker, Nadia Hussain, while you write it up. Nadia says there is a Child in Need meeting at one o'clock and she will take it there.
    -> meeting
+ [Write down her exact words and the time, tell the safeguarding lead, phone the social worker, and email it to her straight away, asking to take part in today's decision # lp: l-communication +2 # lp: l-voice-of-child +1 # feedback: A written account that arrives before the meeting, with a request to be heard, can't be lost in a phone message (communication).]
    ~ e5_written = true
    # sound: typing
    Jo rings the social worker, Nadia Hussain, and you send your note: Maisie's words, the time, what you asked and what she did.
    Nadia replies that there is a Child in Need meeting at one o'clock, and she will ring you in.
    -> meeting

= meeting
# sound: meeting
The Child in Need meeting is held at one o'clock with the parents and the Family Resource Team.
{e4_smart or e5_written:
    {e4_smart:
        You join by phone, as the plan says you should. You read out Maisie's words.
    - else:
        Nadia passes on what the nursery told her.
    }
- else:
    The nursery is not asked to take part.
}
The meeting agrees that Maisie will go home to her mother tonight, as the court ordered. # chrono: 18 October, year 2; Child in Need meeting agrees Maisie will go home as planned
At two o'clock Nadia comes to the nursery and speaks to Maisie in the quiet room, with you there.
Maisie tells her that Dean has hit her before. She says "lots of times". She points to her arm. # chrono: 18 October, year 2; Maisie tells the social worker that Dean has hit her on earlier occasions
Nadia rings the police child protection unit from the car park. When she comes back she is brief.
"They've discussed it. They don't think any action is needed. The court's decided where she lives. She'll go home tonight, and I'll visit next week." # speaker: Nadia Hussain (social worker) # chrono: 18 October, year 2; Police consulted by phone: no action considered necessary
She leaves. It's quarter to three.
-> calls

= calls
# decision: l5-triangulate; contact
# note: The nursery sees one child. Her sisters are seen by a school and a health visitor; the police decision was made on the phone. Each call reveals only what that agency holds. There is time for two.
# prompt: What do the people who see Maisie's sisters know? What do you need to know about the police decision?
# real: Nursery staff were not consulted further, and they did not check what the siblings' settings saw.
+ {not e5_school} [Ring Tia's school # contact: school # lp: l-link-siblings +1 # feedback: Tia's school sees a child from the same household; her view belongs beside Maisie's (triangulating across siblings).]
    ~ e5_school = true
    ~ e5_contacts++
    # sound: phone
    "Tia's been late twenty times this half term," the safeguarding lead at Westgate Primary says. # speaker: Mrs Adeyemi (designated safeguarding lead, Westgate Primary)
    "Last week she told the teaching assistant that Dean 'went mad' when Evie wouldn't stop crying. We logged it. I'm not sure it went any further." # speaker: Mrs Adeyemi (designated safeguarding lead, Westgate Primary) # info: school; Tia often late; last week said Dean "went mad" when Evie wouldn't stop crying; logged but not passed on
    -> calls_next
+ {not e5_hv} [Ring the health visitor about Evie and Alfie # contact: health-visitor # lp: l-link-siblings +1 # feedback: The health visitor sees the two youngest, who can't speak for themselves (triangulating across siblings).]
    ~ e5_hv = true
    ~ e5_contacts++
    # sound: phone
    "Alfie's thriving," the health visitor says. "Evie's doing well too, mostly." # speaker: Health visitor
    "In August she wouldn't stand and cried when I lifted her. Shannon said it was new shoes. She was fine the next time. I always see them with their parents there." # speaker: Health visitor # info: health-visitor; In August Evie wouldn't stand and cried when lifted, put down to new shoes; the children are always seen with their parents # chrono: August, year 2; Evie reluctant to stand and cries when lifted; mother says new shoes
    -> calls_next
+ {not e5_police} [Ring the police child protection unit and ask how they reached their decision # contact: police # lp: l-police-decisions +1 # feedback: Asking who decided, on what, and whether prosecutors were consulted, tells you how much weight the decision can bear (police decisions).]
    ~ e5_police = true
    ~ e5_contacts++
    # sound: phone
    The detective sergeant is candid.
    "I made the call on the phone. It's historical, there's no injury to see today, she's four, and a court has just decided where she lives. I didn't think an interview would get us anywhere." # speaker: DS Mark Rennie (police child protection unit) # info: police; The decision was made by a sergeant on the phone: historical, no visible injury, child aged four; no interview and no CPS advice
    "No, I didn't speak to the CPS. If there's a strategy discussion and more comes to light, I'd look at it again." # speaker: DS Mark Rennie (police child protection unit)
    -> calls_next
+ {not e5_dad} [Ring Maisie's dad # contact: relative # lp: l-voice-of-child +1 # feedback: Her father sees how she is between homes; what he describes is part of her experience (the child's voice).]
    ~ e5_dad = true
    ~ e5_contacts++
    # sound: phone
    Craig sounds exhausted.
    "She's been wetting the bed since the court date. Every night she asks if she has to go." # speaker: Craig Holt (Maisie's father) # info: relative; Maisie wetting the bed since the court date and asking every night whether she has to go
    "I didn't fight it. The social worker backed Shannon." # speaker: Craig Holt (Maisie's father)
    -> calls_next
+ [Go ahead: decide what the nursery does now # real]
    -> challenge

= calls_next
{e5_contacts >= 2:
    # sound: door
    It's twenty past three. Parents are starting to gather at the door.
    -> challenge
}
-> calls

= challenge
Jo, the nursery manager, sits down with you.
"Social care and the police have both looked at it. What do you want to do?" # speaker: Jo Whitfield (nursery manager)
# decision: l5-challenge; challenge
# note: The decision has been made by people with more authority than a nursery. The review found that nursery staff were not consulted, and that the police decision was made at a low level and poorly explained. Challenging it is the nursery's right.
# prompt: Is a phone call with the police a decision you can accept without knowing its reasons? What does the escalation procedure let a nursery do?
# real: Maisie went home to her mother and Dean that weekend.
+ [Let it rest: social care and the police have both looked at it, and the court has decided where Maisie lives # lp: l-escalate-splits -1 # lp: l-police-decisions -1 # lp: l-voice-of-child -1 # feedback: Her fear, and her account of being hit, were set aside because others had decided; the nursery's disagreement never reached anyone who could change it (escalation). # real]
    Jo nods slowly. "I'll put a note on her file that we passed it on."
    You help Maisie with her coat at twenty past three. She lets you do the zip, then stands by the door.
    -> home
+ [Ask the social worker to send you the police decision and its reasons in writing, and to put Maisie's words in the plan # lp: l-police-decisions +1 # lp: l-communication +1 # feedback: Asking for the reasons in writing makes a phone decision something others can read and test (police decisions).]
    ~ e5_reasons = true
    # sound: typing
    You email Nadia. She replies before five: she will ask the police to write, and Maisie's words are on the file.
    -> home
+ [With Jo, use the disagreement procedure today: ask the team manager for a strategy discussion with the police, and for the police decision to be reviewed, with CPS advice if needed # lp: l-escalate-splits +2 # lp: l-police-decisions +2 # lp: l-communication +1 # feedback: Escalating in writing, asking for a strategy discussion and for the police decision to be reviewed, is what the procedure is for (escalation).]
    ~ e5_escalated = true
    # sound: phone
    Jo rings Helen Marsh, the team manager, and you send her your record of Maisie's words.
    {e5_school or e5_hv or e5_dad:
        You add what Maisie's family and her sisters' settings told you this afternoon. # lp: l-link-siblings +1
    }
    {e5_police:
        You explain that the police decision was made by phone, without CPS advice. # lp: l-police-decisions +1
    }
    Helen listens.
    "I can't stop her going home tonight against a court order on this alone. But I'll hold a strategy discussion with the police on Monday." # speaker: Helen Marsh (team manager)
    -> home

= home
# sound: door
At half past three Shannon collects Maisie. Maisie puts her coat on slowly and doesn't look back. # chrono: 18 October, year 2; Maisie goes home to her mother and Dean
{e5_escalated:
    On Monday the strategy discussion is held. The police review their decision, take advice from the Crown Prosecution Service and arrange a specially trained interview for Maisie. At the interview she says very little. There is no further police action. # chrono: 21 October, year 2; Strategy discussion after the nursery's escalation; police review; interview; no further action
    But the Child in Need plan now says that each child is to be seen alone, that the nursery and Tia's school are to be at every meeting, and that the case cannot close without them.
}
A week later the Family Resource Team formally close. # chrono: 25 October, year 2; Family Resource Team close
// Only e5_written and e5_escalated are needed from here.
~ e5_contacts = 0
~ e5_school = false
~ e5_hv = false
~ e5_police = false
~ e5_dad = false
~ e5_reasons = false
-> ep6_stairs
