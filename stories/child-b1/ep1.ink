// Episode 1: Faltering growth. Review 12.17 to 12.22, 16.3 to 16.14, 19.14, 22.4 iii.

=== ep1_growth ===
# episode: 1; Faltering growth
# role: Health visitor
# when: April 2013 — Layla is 17 months old
# scene: clinic
# sound: office
Thursday drop-in clinic at Eastfield Children's Centre, Kelsford. You are the health visitor for the Noor and Mirza children.
Dawn, the community nursery nurse, catches you between appointments with a weight chart in her hand.
"Layla Mirza, seventeen months. Have a look where she's gone." # speaker: Dawn Pennock (community nursery nurse)
At her last weighing Layla was on the 9th centile. Today she is just above the 2nd. # chrono: 2013-04 / April 2013; Layla's weight has fallen from the 9th centile to just above the 2nd
Her mother, Yasmin Noor, is twenty-four. She has four children: Adam, nearly four, from an earlier relationship; Idris, two; and the twins, Layla and Yusuf. Faisal Mirza is the father of the younger three.
"She's a faddy eater. She pushes it away, she spits it out. Yusuf eats anything you give him." # speaker: Yasmin Noor (mother)
Layla lies still on the mat while she is weighed. When she is lifted down she does not look round for her mother.
Across the room Yusuf is loud and busy, and is picked up twice.
Dawn gives Yasmin some ideas about family mealtimes and books her in again for next month.
# scene: home
# when: May 2013 — Layla is 18 months old
Three weeks later you do Idris's two-year review at home. It goes well. Idris is talking, climbing, into everything.
As you pack up, Yasmin says something she has not said before.
"Can I tell you something? With Layla it's hard. With the boys it just comes. With her I don't feel it. I don't know how to show her love." # speaker: Yasmin Noor (mother)
Layla is standing in the doorway, watching her brothers eat biscuits. She has not been given one. # chrono: 2013-05 / May 2013; Yasmin tells the health visitor she finds it hard to show Layla love
You book a longer visit for the end of the month, to talk about it properly.
Until then you have a week of clinics and a full caseload. You can make time for about three calls or checks on this family.
-> ep1_calls

=== ep1_calls ===
# scene: office
# sound: phone
# decision: b1-first-calls; contact
# note: Each call uses part of a busy week; the learner cannot ask everyone before the visit. The real health visitor rang the CAMHS advice line, which gave sound bonding advice without the family's history being weighed (16.9). The history was on the health visiting service's own record, behind a faded child protection symbol that practitioners said they had not noticed (14.19-14.20). Calls score nothing in themselves: the act that counts is reading the older children's records.
# prompt: Yasmin has named this as a bonding problem. Who might hold information that puts it in a different light?
# real: The health visitor rang the CAMHS advice line and was advised to promote bonding. The family's child protection history was held by the health visiting service but was not weighed in the advice.
{calls1 == 0: Whom do you ask first?}
{calls1 == 1: You have time for two more. Who next?}
{calls1 == 2: Time for one more.}
+ {not read_records} [Read the older children's health visiting records, not just the twins' # critical: b1-history-informs # lp: b1-history-informs +1 # feedback: The history was on your own service's record. Reading the older children's files is how earlier child protection plans inform today's assessment (history informs assessment).]
    ~ read_records = true
    ~ knows_hist = true
    ~ calls1++
    You open Adam's record as well as the twins'. In the corner of the screen is a red and yellow symbol, faded. You have not looked behind it before.
    In February 2010 Adam, then eight months old, was made subject to a child protection plan for physical abuse. Yasmin and Faisal had both admitted hitting him; Faisal was cautioned. # info: health-visitor; Adam was on a child protection plan for physical abuse in 2010 after Yasmin and Faisal admitted hitting him # chrono: 2010-02 / February 2010; Adam on a child protection plan for physical abuse; Faisal cautioned
    That plan ended after two months. A second plan, for Adam and the unborn Idris, ran from November 2010 to June 2011, because Yasmin was still letting Faisal see Adam. The case was then closed to universal services. # info: health-visitor; A second plan for Adam and the unborn Idris ran from November 2010 to June 2011, then the case closed # chrono: 2011-06 / June 2011; Second child protection plan ends and the case is closed
    Adam's weight also fluctuated in 2010. He was referred to the community paediatrician, whose assessment found no health concerns. # info: health-visitor; Adam's weight was a concern in 2010; a community paediatric assessment found no health concerns
    And last November Yasmin told a colleague she felt so low and overwhelmed that she had stayed the night at a friend's. # info: health-visitor; November 2012, Yasmin said she was low and overwhelmed # chrono: 2012-11 / November 2012; Yasmin tells the health visiting service she is low and overwhelmed
    -> ep1_after_call
+ {not asked_sc} [Ring children's social care to ask what they hold # contact: social-care # feedback: Social care hold the earlier plans too. What matters is what you then do with the history (history informs assessment).]
    ~ asked_sc = true
    ~ knows_hist = true
    ~ calls1++
    The duty desk looks the family up while you wait.
    "Yes, we know them. Two plans on Adam, both physical abuse, 2010 and 2010 into 2011. Mum and Faisal, he's not Adam's dad, both admitted hitting him." # speaker: Mel Hughes (duty social worker) # info: social-care; Two child protection plans for Adam in 2010 and 2011 for physical abuse
    "Faisal never did any of the assessments. The plans ended in June 2011 without anyone really knowing him. By then they were back together, and she was three months pregnant with the twins." # speaker: Mel Hughes (duty social worker) # info: social-care; Faisal never engaged with assessments; the plans ended in June 2011 on limited information about him, when the couple had resumed their relationship and Yasmin was pregnant with the twins # chrono: 2011-06 / June 2011; Plans end on limited information about Faisal; the couple are back together
    "Since then we've had referrals from the police after domestic incidents, with the children recorded as at risk. Nothing open now." # speaker: Mel Hughes (duty social worker) # info: social-care; Police referrals after domestic incidents in 2011 and 2012; no open case # chrono: 2011 / 2011 to 2012; Police refer the children to social care after domestic incidents
    You tell her about Layla's weight.
    "Sounds like one for health for now. Ring us if it changes." # speaker: Mel Hughes (duty social worker)
    -> ep1_after_call
+ {not asked_police} [Ask the police safeguarding hub what domestic incidents are recorded at the address # contact: police # feedback: Seen together, the call-outs are a pattern, not a set of one-off rows. Keep it for when the question of separation comes up (domestic abuse).]
    ~ asked_police = true
    ~ calls1++
    "Five domestic incidents at that address between September 2011 and April 2012. Rows, him refusing to leave, once drunk outside trying to get in, once trying to hit her." # speaker: DC Lisa Grant (police safeguarding hub) # info: police; Five domestic incidents at the address between September 2011 and April 2012 # chrono: 2011-09 / September 2011 to April 2012; Five police call-outs to domestic incidents
    "In November 2011 he left the house with the baby, Idris, after an argument; no referral was made that time. Every one logged as a domestic was risk-assessed as standard and dealt with on its own. The night he was drunk outside wasn't logged as a domestic at all." # speaker: DC Lisa Grant (police safeguarding hub) # info: police; Each incident logged as domestic was graded standard risk and dealt with separately; one was not logged as domestic; in November 2011 Faisal left with the baby and no referral was made
    "He's also had two cautions for cannabis. January last year and January this year." # speaker: DC Lisa Grant (police safeguarding hub) # info: police; Faisal cautioned for cannabis in January 2012 and January 2013 # chrono: 2013-01 / January 2013; Faisal's second caution for possession of cannabis
    -> ep1_after_call
+ {not asked_gp} [Ring the GP practice # contact: gp # feedback: The GP's picture of Yasmin's mood and her feelings about the pregnancy helps you understand what "not bonded" might mean (attachment and neglect).]
    ~ asked_gp = true
    ~ calls1++
    "Yasmin's in a lot, mostly for herself. We recorded low mood last June. I haven't weighed Layla; that's been you." # speaker: Dr Sunil Mehta (GP) # info: gp; Yasmin attends often for her own health; low mood recorded in June 2012 # chrono: 2012-06 / June 2012; GP records Yasmin as low in mood
    "One thing, and I'm only saying it because you're asking about bonding. Early in the twin pregnancy she came in to talk about ending it. When the scan showed two, she decided to go ahead." # speaker: Dr Sunil Mehta (GP) # info: gp; Early in the twin pregnancy Yasmin asked about a termination, then went ahead when she learnt it was twins
    "It may mean nothing. But it might be worth knowing what Layla means to her." # speaker: Dr Sunil Mehta (GP)
    -> ep1_after_call
+ {not asked_camhs} [Ring the CAMHS advice line for advice on bonding # contact: camhs # real # feedback: Sound advice on bonding, but the adviser could only weigh what you told them. Without the history, the advice treats this as attachment only (history informs assessment).]
    ~ asked_camhs = true
    ~ calls1++
    "Encourage the bond. Baby massage, face-to-face games, lots of eye contact, praise when she responds. Mum's told you herself, and that's a good sign. She wants help." # speaker: Toby Grainger (CAMHS advice line) # info: camhs; Advice to promote bonding through massage, play and eye contact
    "Anything in the background I should know about?" # speaker: Toby Grainger (CAMHS advice line)
    {knows_hist:
        You tell him about the two child protection plans.
        "Then I'd be careful. Do the bonding work, yes. But with that history and a child losing weight, I wouldn't treat this as attachment only." # speaker: Toby Grainger (CAMHS advice line) # info: camhs; Told of the history, the adviser says not to treat it as attachment only
    - else:
        You can't think of anything.
        "Then start with the bonding work and see how she goes." # speaker: Toby Grainger (CAMHS advice line)
    }
    -> ep1_after_call
+ [That's enough calls. Go to the home visit with what you have # pin: last]
    -> ep1_visit

=== ep1_after_call ===
{calls1 >= 3:
    The week has gone. It is the day of the home visit.
    -> ep1_visit
}
-> ep1_calls

=== ep1_visit ===
# scene: home
# sound: knock
# when: End of May 2013 — Layla is 18 months old
The flat is on the second floor: warm, crowded, bags of clothes along one wall, a cot in the corner of the living room. Faisal is out.
Yasmin talks more easily today.
"It's been since she was born, really. The last eight, nine months I've noticed it more. I look at her and there's nothing. I feel terrible saying it." # speaker: Yasmin Noor (mother)
"She doesn't want me either. She never cries for me. Yusuf screams if I leave the room." # speaker: Yasmin Noor (mother)
For the hour you are there, Layla sits on the floor. She is pale, with dry, rough skin on her cheeks and legs. When Yusuf takes her toy she watches him and does not protest.
Yasmin feeds Yusuf a yoghurt on her lap. Layla is handed a rusk on the floor.
{asked_gp: You remember what Dr Mehta said about the pregnancy.}
{knows_hist: You have the family's history in your mind as you listen.}
# decision: b1-not-bonded; disguised
# note: Yasmin's framing (not bonded, a faddy eater) was sincere, and it was taken up by everyone. The review asks whether anyone explored what "not bonded" meant to her, what Layla meant to her, and what life was like for Layla; faltering growth with a rejected child can be neglect.
# prompt: What does "not bonded" mean here? What would you need to see to know what Layla's days are like?
# real: The health visitor took the disclosure seriously and focused on promoting bonding; family support was offered and declined. It is not known whether she explored what Yasmin meant.
+ [Take her account as your starting point: agree bonding activities with her, offer family support, and review it at your next visit # real # lp: b1-attachment-neglect -1 # feedback: Taking her seriously matters, but this treats falling weight as a bonding problem only. Faltering growth in a child her mother says she cannot love can be neglect (attachment and neglect).]
    -> ep1_bonding_plan
+ [Ask what "not bonded" means to her and what Layla means to her; stay for a meal, weigh both twins, and ask about Layla's day # critical: b1-lived-experience # lp: b1-attachment-neglect +2 # lp: b1-lived-experience +1 # feedback: Exploring her words and seeing Layla's day for yourself keeps neglect in view alongside attachment (attachment and neglect; the child's lived experience).]
    ~ explored_bonding = true
    -> ep1_explore
+ [Reassure her that many parents feel this way about one child and it often passes; weigh Layla in a month # lp: b1-attachment-neglect -1 # feedback: Reassurance is kind, but the fall in weight and the difference between the twins need assessing now, not in a month (attachment and neglect).]
    ~ reassured = true
    -> ep1_reassure

=== ep1_bonding_plan ===
You talk through baby massage, face-to-face games, singing, and praising Layla when she looks at her.
Yasmin nods.
"I'll try. I will." # speaker: Yasmin Noor (mother)
You offer a family support worker. She shakes her head.
"Too many people. I can do it." # speaker: Yasmin Noor (mother) # chrono: 2013-05 / May 2013; Bonding plan agreed; family support offered and declined
You leave her a sheet of games and a date for your next visit. As you go, Yasmin lifts Layla to wave at you. Layla looks past you both, at the door.
-> ep1_culture

=== ep1_reassure ===
"Lots of mums feel this with one child and not another. It often comes with time." # speaker: You (health visitor)
Yasmin looks relieved. Layla has dropped her rusk and does not pick it up.
You book her in for weighing in a month, and offer family support. Yasmin declines it. # chrono: 2013-05 / May 2013; Reassurance given; family support offered and declined
-> ep1_culture

=== ep1_explore ===
"What does not bonded feel like, for you?" # speaker: You (health visitor)
Yasmin thinks for a while.
"Like she's not mine. Like I'm minding someone else's baby and waiting for them to come and get her." # speaker: Yasmin Noor (mother)
You ask what Layla means to her, and how the pregnancy was.
"I didn't want another one so soon after Idris. Then they said twins, and I thought, okay, it's meant. But she was the small one. She cried and cried at the start." # speaker: Yasmin Noor (mother)
You ask her to talk you through a day. Layla sleeps in the cot in the living room. She eats after the boys.
"She doesn't want it anyway." # speaker: Yasmin Noor (mother)
At lunchtime Yasmin puts a small bowl of rice in front of Layla. Layla eats quickly, head down. When she pauses, Yasmin takes the bowl away.
"See? Done." # speaker: Yasmin Noor (mother)
You weigh both twins. Yusuf is on the 50th centile. Layla is just above the 2nd. # chrono: 2013-05 / May 2013; Twins weighed at home: Yusuf on the 50th centile, Layla just above the 2nd
You write down what you saw as well as what you were told. Family support is offered; Yasmin declines it.
-> ep1_culture

=== ep1_culture ===
Before you leave, you ask Yasmin about her own childhood, to understand how she learnt to parent.
"My mum brought me up the same way. I ask her when I need to know something." # speaker: Yasmin Noor (mother)
She does not say more.
# scene: office
Back at the office you mention it to your team leader.
"You won't get much more than that. Families like hers don't talk about that sort of thing with outsiders. I wouldn't push it." # speaker: Stella Bradley (health visiting team leader)
# decision: b1-family-culture; disguised
# note: The real health visitor thought the lack of detail might be cultural (16.22). The review found professionals thought about the family's race but knew almost nothing of their culture, history or wider family, and confused the two (19.3-19.15). The review says only that the family are from a minority ethnic background and speak a second language; the names, the pilgrimage and the fasting in this scenario are the project's choices, so ask learners what they assumed from them.
# prompt: What do you actually know about this family's culture, as opposed to the group you think they belong to? How would you find out? Who in the wider family might help keep Layla safe, and when would a family group conference help?
# real: The health visitor put the lack of detail down to cultural reasons, and it was not explored further.
+ [Accept that it is probably cultural reticence, as Stella says, and don't press Yasmin about her upbringing # real # lp: b1-culture -1 # feedback: Putting her silence down to culture is an assumption about a group, not knowledge of this family. Ask the family themselves (culture and identity).]
    You leave it there. The file says little about Yasmin's upbringing, her family, or what food and mealtimes mean in her home.
    -> ep1_end
+ [Go back and ask Yasmin herself about her family, who helps her, and what food and mealtimes mean in her home # critical: b1-culture # lp: b1-culture +2 # feedback: Asking the family about their own culture and wider family, rather than assuming, is how you learn what shapes the parenting (culture and identity).]
    ~ culture_explored = true
    -> ep1_culture_explored
+ [Ask your manager for a worker who shares Yasmin's background and first language, so that she finds it easier to trust you # lp: b1-culture -1 # feedback: Well meant, but an ethnic match does not by itself bring knowledge of this family's culture and history. Someone still has to ask (culture and identity).]
    Your manager agrees to look at it. In the end a colleague who shares Yasmin's first language joins you for one visit. Yasmin is polite and says no more than before. The file still says little about her upbringing or her wider family.
    -> ep1_end

=== ep1_culture_explored ===
# scene: home
You offer to bring an interpreter. Yasmin says her English is fine and she doesn't need one, but she seems to notice that you asked.
She talks for longer this time. Her mother helps with the boys, but things have been strained since she got together with Faisal. Faisal's family have never accepted the children. # chrono: 2013-05 / May 2013; Yasmin describes strained relations with both families
"In my house, growing up, you ate what you were given. If you didn't eat, you waited until the next meal. That's normal." # speaker: Yasmin Noor (mother)
And when Layla is "difficult", she sometimes takes her to her mother's for the night.
"To give us a break from her." # speaker: Yasmin Noor (mother) # chrono: 2013-05 / May 2013; Layla sent to her grandmother's when she is difficult
You ask whether her mother might come to a family meeting. She would think about it, she says, though not yet.
You write all of it down. It is the first time the file has held anything about Yasmin's own life.
-> ep1_end

=== ep1_end ===
# decision: b1-end-ep1; pace
+ [Continue]
    ~ calls1 = 0
    ~ read_records = false
    ~ asked_sc = false
    ~ asked_gp = false
    ~ asked_camhs = false
    ~ culture_explored = false
    ~ reassured = false
    -> ep2_referral
