// Episode 3: going home. Review 2.2.1, 3.2, 3.3, 3.4, 3.6.

=== ep3_going_home ===
# episode: 3; Going home
# role: Social worker, children's social care
# when: Early December, year 1 — Evie is 9 months old; Lottie is 3
# scene: home
# sound: knock
You took over this case from a colleague in November. All three girls are on child protection plans. None of them lives with Shannon and Kyle.
The file is thick. Three girls with three different fathers, and five addresses in five years. Your predecessor's last note says the parents are "working hard and engaging well".
You've met Shannon and Kyle twice. They are polite, on time and keen to show you their certificates. Kyle talks about a training course and a job he's applying for. Shannon says she just wants her girls home.
There have been no new referrals since June. The parents have turned up to every supervised contact, and both say they have finished the stress management group and the online parenting course. Your manager wants to talk about the children going home before Christmas.
Today you visit Lottie at her dad's flat. Craig Merritt has said he will not agree to her going back to her mother's. # chrono: 2012-12-03 / Early December, year 1; Lottie's father refuses to agree to her return to her mother
Lottie is drawing at the kitchen table. You sit next to her and draw too.
"Would you like to go back and live at Mummy's house?" you ask.
She doesn't look up.
"No. Kyle is naughty." # speaker: Lottie (3) # chrono: 2012-12-03 / December, year 1; Lottie says she does not want to go home because "Kyle is naughty"
She goes on colouring.
# decision: l3-words; disguised
# note: Lottie's father has already refused her return, so it is easy to treat her words as settled. But she is speaking about the household her sisters are about to go back to.
# prompt: What does "naughty" mean to a three-year-old? Whose decision might her words inform, apart from her own?
# real: Lottie was asked whether she wanted to go home and said no because of her mother's partner. Her father's refusal decided where she lived. Her words were not explored and did not shape the decision about her sisters.
+ [Note that she doesn't want to go back; her dad has already refused, so her words won't change the plan for her # lp: l-voice-of-child -1 # feedback: Her words were recorded but not heard: they say something about the house her sisters are going back to (the child's voice). # real]
    You write: "Lottie does not wish to return home. Father does not consent."
    You stay another ten minutes and admire the drawing. On the way out Craig asks whether Lottie will have to go back one day. You say that's a matter for later.
    -> checks
+ [Stay with it: ask her, using her drawing, what "naughty" means, and write down exactly what she says to you # critical: l-voice-of-child # lp: l-voice-of-child +2 # feedback: Taking time to understand her words, and recording them as she said them, gives them their proper weight (the child's voice).]
    ~ e3_lottie_words = true
    "What does Kyle do when he's naughty?" you ask, and point to her drawing. "Can you show me?"
    She draws a big round face with a big mouth.
    "He shouts. He shouts at Evie when she cries. I go in my room." # speaker: Lottie (3)
    "What happens then?" you ask.
    Lottie shrugs and goes back to her colouring. She won't say more, and you don't press her.
    You write her words down exactly, with the date and what you asked. # chrono: 2012-12-03 / December, year 1; Lottie says Kyle shouts at Evie when she cries and that she hides in her room
    -> checks
+ [Ask Craig quietly in the kitchen what Lottie has been saying at home about her mum's house and about Kyle # feedback: Her father's account is worth having, but it isn't hers, and she was sitting next to you (the child's voice).]
    Craig lowers his voice.
    "She won't talk about it. She has bad dreams. She wants the light on." # speaker: Craig Merritt (Lottie's father)
    You write that down. Lottie goes on colouring.
    -> checks

= checks
Back at the office you look at the list of people involved with this family. Most of them have never been asked for their view about the children going home.
You have until your manager's decision meeting on Thursday. With everything else on your caseload, that leaves time for three calls, perhaps.
-> ask

= ask
# decision: l3-checks; contact
# note: Nobody has asked the settings or services that see the children and the adults. Each call reveals only what that agency holds. The police outcome is worth pausing on: what exactly was decided, by whom, and on what?
# prompt: "No new referrals" means nobody rang you. Who might know something without having rung?
# real: The return home rested on there being no new referrals and on the parents' own account of their courses.
+ {not e3_police} [Ask the police about the fracture investigation, and what they hold on Kyle # contact: police # feedback: Knowing how the police reached their decision, and who the new adult in the house is, tells you what the decision does and does not mean (police decisions).]
    ~ e3_police = true
    ~ e3_contacts++
    # sound: phone
    "That's been filed, no further action," the detective constable says. # speaker: DC Megan Kitto (police child protection unit)
    "Our sergeant made the decision on the papers: we couldn't say who caused the fracture or when. It didn't go to the Crown Prosecution Service for advice." # speaker: DC Megan Kitto (police child protection unit) # info: police; The fracture investigation was closed by a sergeant without advice from the Crown Prosecution Service, because who caused it and when could not be shown
    "You should have had a letter." You had: two lines, saying no further action. No reasons. # chrono: 2012-10 / Autumn, year 1; Police tell social care the fracture investigation is closed with no further action
    "Kyle Norcott? A caution for a fight in a pub car park five years ago. Nothing involving children. Nobody has asked us for a full check on him before today." # speaker: DC Megan Kitto (police child protection unit) # info: police; Kyle has a caution for violence five years ago, nothing involving children; no full police check on him had been asked for
    -> ask_next
+ {not e3_amh} [Ask the adult mental health service about Kyle # contact: adult-mental-health # feedback: The adults' needs are part of the children's plan; asking the adult service is the start of joining them up (Think Family).]
    ~ e3_amh = true
    ~ e3_contacts++
    # sound: phone
    The duty practitioner agrees to share what bears on the children's safety.
    "He was assessed after the overdose in October. He's missed two of his three follow-up appointments and we're about to discharge him back to his GP." # speaker: Duty practitioner (adult mental health) # info: adult-mental-health; Kyle missed two of three follow-up appointments after his overdose and is about to be discharged to his GP
    "Nobody told us there were children on protection plans." # speaker: Duty practitioner (adult mental health)
    -> ask_next
+ {not e3_aunt} [Ring Donna, the aunt who is caring for Evie # contact: relative # feedback: The relative caring for Evie sees both the baby and the parents up close (Think Family).]
    ~ e3_aunt = true
    ~ e3_contacts++
    # sound: phone
    "Contact's fine. Shannon's lovely with her." Donna hesitates. "Kyle's got a short fuse when Evie cries. He hands her straight back." # speaker: Donna Linford (maternal aunt) # info: relative; Kyle is short-tempered when Evie cries; Shannon is not eating or sleeping
    "And Shannon's not right. She's not eating, not sleeping. She said something in October that frightened me." # speaker: Donna Linford (maternal aunt)
    -> ask_next
+ {not e3_school} [Ask Tia's school # contact: school # feedback: Tia's school sees one of the children who is going home; her view belongs beside her sisters' (triangulating across siblings).]
    ~ e3_school = true
    ~ e3_contacts++
    # sound: phone
    The designated safeguarding lead at Lowfield Primary reads from their log.
    "Attendance eighty-one per cent, behind with her reading. She's quiet on Mondays after contact. We send our reports to the core group, but nobody has asked us what we think about her going home." # speaker: Mrs Adeyemi (designated safeguarding lead, Lowfield Primary) # info: school; Tia's attendance is 81% and she is quiet after contact; the school has not been asked for a view on return home
    -> ask_next
+ {not e3_nursery} [Ask Lottie's nursery # contact: nursery # feedback: Lottie's nursery sees her every day; what she shows there belongs beside what her sisters' settings see (triangulating across siblings).]
    ~ e3_nursery = true
    ~ e3_contacts++
    # sound: phone
    Mandy Whitfield, the manager at Little Gulls Nursery, reads from their notes.
    "In the home corner she plays a game where the daddy doll shouts at the baby doll to stop crying. It's in our records, and her dad knows. Nobody from social care has asked us for a view." # speaker: Mandy Whitfield (nursery manager, Little Gulls) # info: nursery; Lottie plays out a father figure shouting at a crying baby; recorded; the nursery has not been asked for a view
    -> ask_next
+ [Go ahead: take what you have to the decision meeting # pin: last # real]
    -> decision

= ask_next
{e3_contacts >= 3:
    # sound: office
    It's Thursday. Your manager is waiting.
    -> decision
}
-> ask

= decision
# scene: office
# sound: office
Lynne Maddox, your team manager, has the file open.
"No referrals since June. They've done the stress management group, and the online parenting course, and the certificates are on file. Contact has gone well every time." # speaker: Lynne Maddox (team manager)
"I'm minded to let Evie and Tia go home before Christmas. Lottie too, if her dad would agree, which he won't. What's your view?" # speaker: Lynne Maddox (team manager)
# decision: l3-return; challenge+disguised
# note: The parents have done what was asked of them. The question is whether doing the course is the same as caring differently, and whether anyone has tested it. Watch for the pull of good news before Christmas.
# prompt: What would count as evidence that the children would be safe at home? Who has seen it?
# real: A decision was recorded that the children could go home, because there had been no further referrals and the parents had tried to improve their parenting.
+ [Agree: they have done everything the plan asked of them, and being home for Christmas matters to the children # lp: l-evidence-of-change -1 # lp: l-confirmation-bias -1 # feedback: An online course done at home, with nobody watching, shows that it was finished, not that care has changed; good news was read as proof (evidence of change). # real]
    "Then let's plan it," Lynne says. "I'll record the decision. The Family Resource Team can pick them up at home."
    You feel the relief in the room. It has been a long six months for everyone, the parents most of all.
    -> ep3_handover
+ [Agree in principle, with a written return plan first: dates, who visits, who sees each child alone, and what triggers a review # lp: l-evidence-of-change +1 # feedback: A plan with dates and triggers is a real gain, though it still treats the course as the proof of change (evidence of change).]
    "Fair enough. Draft it and I'll sign it off," Lynne says.
    -> ep3_handover
+ [Say the certificates show a course finished, not care changed: ask for observed parenting and an all-agency meeting first # critical: l-evidence-of-change # critical: l-confirmation-bias # lp: l-evidence-of-change +2 # lp: l-confirmation-bias +1 # feedback: Asking what has been seen, not what has been done, and bringing the other agencies in, tests the good news (evidence of change).]
    ~ e3_challenged = true
    "Go on," Lynne says.
    {e3_lottie_words:
        You read out what Lottie said: Kyle shouts at Evie when she cries, and she hides in her room. # lp: l-voice-of-child +1
    }
    {e3_police:
        You explain that the police closed their investigation, decided by a sergeant without CPS advice, because they couldn't show who caused the fracture. That isn't the same as finding that nothing happened, and nobody had asked for a full check on Kyle. # lp: l-police-decisions +1
    }
    {e3_amh or e3_aunt:
        You add that both parents are struggling with their mental health, and nobody is coordinating support for them. # lp: l-think-family +1
    }
    {e3_school or e3_nursery:
        You tell her what the children's settings have seen and written down, and that nobody had asked them.
    }
    Lynne is quiet for a moment. "All right. Observed sessions with the Family Resource Team through December, and a core group before anyone goes home. We'll aim for January."
    -> ep3_handover

=== ep3_handover ===
# decision: pace-ep3; pace
+ [Write the referral to the Family Resource Team]
    -> write

= write
The Family Resource Team will work with Shannon and Kyle at home from now on. What you write in the referral is what they will start from.
# decision: l3-handover; disguised
# note: The review found the handover from social work to support services was over-optimistic. A support worker who is told the family is doing well will tend to see a family doing well.
# prompt: What would you want a support worker to know on day one? What should they tell you straight away?
# real: The handover to the support service took an over-optimistic view of the risks and needs, not a balanced one.
+ [Keep it short and hopeful: the parents engage well and finished their courses; the aim is to build their confidence # lp: l-confirmation-bias -1 # feedback: A hopeful handover tells the next worker what to expect, and they will tend to find it (confirmation bias). # real]
    You send it before five o'clock.
    -> family
+ [Set the risks beside the progress: the unexplained injuries, Lottie's words, and what to report to you at once # critical: l-confirmation-bias # lp: l-confirmation-bias +2 # feedback: Setting out the risks beside the progress gives the support worker a balanced starting point (confirmation bias).]
    ~ e3_balanced_handover = true
    # sound: typing
    It takes you an hour. You list what would need to be reported to you the same day.
    -> family
+ [Send the full file and chronology without a summary, so the support worker can form a fresh view of her own # feedback: A file without a judgement leaves the new worker to find the risks alone, and the hopeful last note is the easiest thing to find (confirmation bias).]
    -> family

= family
Kyle was referred to the adult mental health service after his suicide attempt, and in the autumn a friend called the police because she feared for Shannon. Neither parent's needs are in the children's plan.
# decision: l3-family; challenge
# note: The review found support was uncoordinated, no Common Assessment was completed and no "Think Family" approach met the adults' and the children's needs together (3.3). The point is not another referral but one plan.
# prompt: Whose job is it to join the parents' needs to the children's? What would a coordinated plan look like here?
# real: Support for the family was uncoordinated; no Common Assessment was completed and no plan covered the adults' and the children's needs together.
+ [Leave the adults' needs to their own services: Kyle has his mental health team, and Shannon can see her GP if she needs to # lp: l-think-family -1 # feedback: Each service saw its own patient; nobody held the whole family, which the review found (Think Family). # real]
    -> ep3_bridge
+ [Ask the Family Resource Team to add a session on stress and low mood to their parenting work with Shannon and Kyle # feedback: Useful help, but it adds a topic, not a plan: the adult services still don't know about the children (Think Family).]
    -> ep3_bridge
+ [Propose one whole-family plan, with a lead professional, and the parents' own services invited to every core group # critical: l-think-family # lp: l-think-family +2 # feedback: One coordinated plan for the adults' and the children's needs is what the review asked for (Think Family).]
    # sound: typing
    You write to Kyle's mental health team and Shannon's GP, telling them there are children on plans and inviting them to the next core group.
    {e3_amh or e3_aunt:
        You set out what you learnt this week about both parents' mental health, so the plan starts from it. # lp: l-think-family +1
    }
    -> ep3_bridge

=== ep3_bridge ===
~ g_evidence = e3_challenged
~ g_voice = e3_lottie_words
{e3_challenged:
    After a month of observed sessions, Tia and Evie go home in the second week of January. # chrono: 2013-01-10 / January, year 2; Tia and Evie return home after observed sessions
- else:
    Tia and Evie go home on 6 December. # chrono: 2012-12-06 / 6 December, year 1; Tia and Evie return home
}
Lottie stays with her dad. The week before Christmas, Shannon tells social care she is pregnant. # chrono: 2012-12-18 / December, year 1; Mother tells social care she is pregnant
At the core group on 8 February there are no concerns about Evie. The parents are working with the Family Resource Team and preparing to move house. # chrono: 2013-02-08 / 8 February, year 2; Core group: no concerns about Evie
// Only e3_balanced_handover is needed in episode 4.
~ e3_lottie_words = false
~ e3_contacts = 0
~ e3_police = false
~ e3_amh = false
~ e3_aunt = false
~ e3_school = false
~ e3_nursery = false
~ e3_challenged = false
-> ep4_conference
