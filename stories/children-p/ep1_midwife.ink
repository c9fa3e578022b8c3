=== ep1_notification ===
# episode: 1; A teenage mother
# role: Community midwife
# when: Before Freya is born — Kirsty is 17 and 24 weeks pregnant
# scene: office
# sound: typing
This case follows one family over nine years, through seven practitioners. In each episode you take a different role, and you only know what that practitioner could know at the time.
What you find out, and what you do with it, changes what the next practitioner has to work with.
You are a community midwife in Ashcombe, a market town with two large estates on the hill above the river.
Kirsty Hale is 17 and expecting her first baby. She booked late, at twenty weeks, and you are her named midwife. # chrono: 2002-10-26 / Pregnancy, 20 weeks; Kirsty Hale, 17, books late for antenatal care
At the booking appointment her partner, Gavin Dobson, came in with her. He is 36. He answered most of the questions, made the receptionist laugh and carried Kirsty's bag to the car.
Kirsty was quiet at the booking. She wore a college hoodie, although she told you she had stopped going in the autumn. She said she lived with Gavin in a one-bedroom flat on the Moorside estate, and that she had left her mum's "after a row".
When you asked about her own health, Gavin said she was fine, and she agreed.
Under "support at home" on the booking form you wrote: partner very supportive.
On Monday morning a police notification arrives in your inbox.
Officers were called to Kirsty's flat late on Saturday night after a neighbour heard shouting and something breaking. # chrono: 2002-11-23 / Pregnancy, 24 weeks; Police called to a domestic incident at Kirsty's flat
Kirsty told them she had slipped on the kitchen floor. She had a red mark on her upper arm. Gavin was calm and polite, and said they had had a few drinks and a silly argument.
The officers' risk assessment is graded standard. No further action.
Kirsty's next antenatal appointment is on Thursday. Between clinics and home visits, you have time for a few phone calls before then.
-> ep1_contacts
=== ep1_contacts ===
= ask
{ep1_calls == 0:
    Whom do you ring first?
- else:
    You have time for {ep1_calls == 1:two more calls|one more call} before Thursday. Whom else do you ring?
}
# decision: p1-whom-to-ask; contact
# note: Each call takes time from a full caseload, and the appointment will come whether or not the calls are made. Ask the room what a midwife would normally check after a standard-risk notification, and what changes when the mother is 17.
# prompt: Kirsty is a patient, a mother-to-be and a child. Which agencies hold each of those pictures of her?
+ {not asked_sc1} [Children's social care: is Kirsty herself known to them? # contact: social-care # feedback: Kirsty's own history is what shows her as a 17-year-old with needs of her own; it counts when you use it in what you do next (a parent under 18 is a child too).]
    ~ asked_sc1 = true
    # sound: phone
    The duty social worker at the front door, Sarah Kimani, searches the system while you wait.
  "Yes, she's known. She was on a child protection plan from eight to ten, for neglect. Her mum's drinking, mainly." # speaker: Sarah Kimani (duty social worker) # info: social-care; Kirsty was on a child protection plan for neglect from the age of 8 to 10 because of her mother's drinking # chrono: 1993-06 / Kirsty aged 8 to 10; Kirsty on a child protection plan for neglect
  "Then a child in need plan at fourteen. She was going missing overnight, three or four times, and wouldn't say where she'd been." # speaker: Sarah Kimani (duty social worker) # info: social-care; Child in need at 14 after repeated overnight missing episodes; she would not say where she had been # chrono: 1999-09 / Kirsty aged 14; Kirsty goes missing overnight several times; child in need plan
  "There's a contact from her school when she was fifteen, about an older man collecting her. Logged as information. No further action." # speaker: Sarah Kimani (duty social worker) # info: social-care; The school's concern at 15 about an older man collecting Kirsty was logged with no further action # chrono: 2000-12 / Kirsty aged 15; School's concern about an older man logged by children's social care; no further action
  "Closed at sixteen. She declined services. Mum had put her out by then, it says here." # speaker: Sarah Kimani (duty social worker) # info: social-care; Case closed at 16 when Kirsty declined services; her mother had asked her to leave home # chrono: 2001-09 / Kirsty aged 16; Case closed; Kirsty has left her mother's home
    "There's nothing open on her now. She's 17, so technically she's still ours, but nobody's referred." # speaker: Sarah Kimani (duty social worker)
    -> called
+ {not asked_police1} [The police domestic abuse unit: what do they know about Gavin Dobson? # contact: police # feedback: The partner's history is how a standard grading gets tested; an older partner with a record changes the picture for a teenage victim, if you use it (teenage relationship abuse).]
    ~ asked_police1 = true
    # sound: phone
    A detective constable in the domestic abuse unit rings you back after lunch.
  "Gavin Dobson. Conviction for assault on a former partner, six years ago. Two call-outs to that same partner before it." # speaker: Detective constable (domestic abuse unit) # info: police; Gavin has a conviction for assaulting a former partner six years ago and two earlier call-outs to her # chrono: 1997 / Six years before Freya's birth; Gavin convicted of assaulting a former partner
  "Saturday wasn't the first call to Kirsty's address either. Five months ago, a neighbour again. Logged as a verbal argument." # speaker: Detective constable (domestic abuse unit) # info: police; An earlier call to Kirsty's address five months ago was logged as a verbal argument, when Kirsty was 16 # chrono: 2002-07-15 / Pregnancy, early weeks; First police call to Kirsty's flat, logged as a verbal argument
    She pauses.
    "Five months ago she was sixteen. To be honest, her age didn't go into the grading on Saturday. She said no to most of the questions, so it came out standard." # speaker: Detective constable (domestic abuse unit)
    -> called
+ {not asked_school1} [Kirsty's old secondary school: what did they see of her? # contact: school # feedback: Schools often hold the earliest signs of an older man's interest in a girl; here the school raised it when she was 15 (teenage relationship abuse).]
    ~ asked_school1 = true
    # sound: phone
    The designated safeguarding lead at Ashcombe High, Janet Pryce, remembers Kirsty at once.
  "Bright girl, when she was in. Attendance fell off a cliff in Year 10 and she left before her exams." # speaker: Janet Pryce (school safeguarding lead) # info: school; Kirsty's attendance collapsed in Year 10 and she left before her exams
  "When she was fifteen, staff kept seeing her picked up at the gate by a man in a van. Thirties, we thought. She said he was a friend of her mum's." # speaker: Janet Pryce (school safeguarding lead) # info: school; At 15 Kirsty was repeatedly collected from school by a man in his thirties; the school reported it to children's social care # chrono: 2000-11 / Kirsty aged 15; Staff see Kirsty collected from school by a man in his thirties; school reports it
    "We passed it to children's services as a worry about exploitation. I never heard anything back." # speaker: Janet Pryce (school safeguarding lead)
    She is quiet for a moment.
    "Is it the same man?" # speaker: Janet Pryce (school safeguarding lead)
    -> called
+ {not asked_gp1} [Kirsty's GP: anything in her health record that matters now? # contact: gp # feedback: The GP record shows a young person whose own distress was never followed up, which belongs in any assessment of her (a parent under 18 is a child too).]
    ~ asked_gp1 = true
    # sound: phone
    Dr Greta Airey calls between patients.
  "She self-harmed at fifteen. Cuts to her arms, seen in A&E. We referred her to CAMHS and she didn't go." # speaker: Dr Greta Airey (GP) # info: gp; Kirsty self-harmed at 15, was seen in A&E and did not attend CAMHS after referral # chrono: 2001-02 / Kirsty aged 15; Kirsty self-harms and is referred to CAMHS; does not attend
  "Low mood on and off since. She missed the blood tests you asked for, by the way." # speaker: Dr Greta Airey (GP) # info: gp; Recurrent low mood; missed antenatal blood tests
    "Gavin isn't registered with us, so I can't help you there." # speaker: Dr Greta Airey (GP)
    -> called
+ [Wait for Thursday's appointment and hear what Kirsty says herself # pin: last]
    There are eleven other notifications in your inbox this week, most of them graded standard. You file this one with Kirsty's notes and plan to ask her about it on Thursday.
    Three days of clinics and home visits go by.
    -> ep1_clinic
= called
~ ep1_calls++
{ep1_calls >= 3:
    It is Thursday, and your clinic list is full. Kirsty is the third appointment of the afternoon.
    -> ep1_clinic
}
-> ask
=== ep1_clinic ===
# scene: clinic
# sound: door
Kirsty comes in with Gavin. He pulls his chair close to hers and keeps a hand on the back of it.
Kirsty is pale. She keeps the sleeve of her jumper pulled down over her wrist.
The baby is growing well. Kirsty's blood pressure is fine.
You ask Kirsty how she is feeling in herself.
"She's grand. Bit tired, aren't you?" # speaker: Gavin Dobson (Kirsty's partner)
Kirsty tells you that if it is a girl she wants to call her Freya. For a moment she smiles properly.
She asks whether she could go back to college after the baby. Gavin laughs and says she'll have her hands full.
When you mention Saturday, Gavin answers before she can.
"Nosy neighbour. She slipped on the kitchen floor, didn't you, babe? I was the one who put ice on it." # speaker: Gavin Dobson (Kirsty's partner)
"I slipped. It's fine." # speaker: Kirsty Hale (17)
{asked_school1:
    You think of the man in the van at the school gate.
}
{asked_police1:
    You think of the conviction, and the call five months ago.
}
# decision: p1-see-kirsty-alone; disguised
# note: Routine enquiry about domestic abuse should only happen when the woman is alone. Gavin is charming and helpful, and the account is consistent. Ask the room how a midwife could make space to see Kirsty on her own without raising the risk.
# prompt: What would you need to see or hear before you accepted that this was a slip?
+ [Accept their matching accounts, finish the check, and tuck the domestic abuse helpline card in with her next appointment # lp: p-teen-relationship-abuse -1 # feedback: A card handed over in front of Gavin may not be safe to take home, and the age gap and the pattern of call-outs were never weighed (teenage relationship abuse).]
    Kirsty puts the leaflet in her bag without looking at it. Gavin holds the door for her on the way out.
    -> ep1_next
+ [Find a reason to see Kirsty on her own, then ask her about home, the relationship and whether she feels safe # critical: p-teen-relationship-abuse # lp: p-teen-relationship-abuse +2 # lp: p-parent-as-child +1 # feedback: Seeing her alone, asking how the relationship began and counting her age in the risk assessment is how abuse in a teenage relationship comes to light (teenage relationship abuse).]
    ~ saw_kirsty_alone = true
    -> ep1_alone
+ [Ask them both, calmly and directly, what happened on Saturday night and whether it has happened before # lp: p-teen-relationship-abuse -1 # feedback: Asking about abuse with the partner in the room rarely brings an honest answer and can raise the risk to her afterwards (teenage relationship abuse).]
    Gavin gives the same account, in more detail. Kirsty nods along. Nothing in it changes.
    On the way out, Gavin thanks you for "looking after his girls". Kirsty does not look back.
    -> ep1_next
=== ep1_alone ===
You ask Kirsty to take a urine sample to the toilet along the corridor, and walk her there while Gavin waits in the room.
In the corridor you ask her how things are at home, and whether anyone has ever hurt her or frightened her.
She leans against the wall. For a while she says nothing.
"He's not like that, not usually. He looks after me. Mum put me out when I was sixteen and he took me in." # speaker: Kirsty Hale (17)
You ask how long they have been together.
"Since I was fifteen. Sort of. He was a mate of Mum's boyfriend. Don't write that down." # speaker: Kirsty Hale (17) # chrono: 2000-07 / Kirsty aged 15; Kirsty says her relationship with Gavin, then 34, began when she was 15
"He gets wound up when he's had a drink. Saturday he grabbed my arm, that's all. I had a drink too. I know I shouldn't." # speaker: Kirsty Hale (17) # chrono: 2002-11-23 / Pregnancy, 24 weeks; Kirsty tells the midwife Gavin grabbed her arm; both had been drinking
You tell her that you will need to share what she has said with people whose job is to keep her and the baby safe, and why. She cries, and then she nods.
You complete the risk assessment with her there and then. Counting her age, the age gap, her pregnancy, the drinking, {asked_police1:Gavin's conviction and the earlier call-out|and Saturday's call-out}, it comes out high.
-> ep1_next
=== ep1_next ===
# scene: office
Back at your desk, you have a referral form open and a clinic starting in forty minutes.
{saw_kirsty_alone:
    The police graded the risk standard. Your own assessment says high.
- else:
    The police graded the risk standard. Kirsty says she slipped.
}
You read the booking form again. Two lines above "partner very supportive", in your own handwriting: "with partner 2 years". # chrono: 2002-11-30 / Pregnancy, 25 weeks; Booking form shows Kirsty has been with Gavin for two years, since she was 15
Kirsty is 17. Two years ago she was 15, and Gavin was 34.
{saw_kirsty_alone:
    She told you so herself in the corridor: since she was fifteen, a mate of her mum's boyfriend. She asked you not to write it down.
}
{asked_school1:
    And at 15 a man in his thirties was collecting her from the school gate in a van, and the school reported it as a worry about exploitation.
}
{asked_sc1:
    Children's social care logged the school's worry about an older man as information, with no further action.
}
Your team leader, Hilary Latham, stops by your desk on her way out. She reads the notification over your shoulder.
"Two years? She'd have been nearly sixteen. She's seventeen now, and she's chosen him. I'd leave how it started alone and stick to Saturday." # speaker: Hilary Latham (midwifery team leader)
# decision: p1-exploitation; challenge+disguised
# note: Sexual activity with a child under 16 is an offence, and an adult of 34 with a girl of 15 who had gone missing from home, was collected from school and then depended on him for a roof is the pattern of child sexual exploitation. At 17 Kirsty is still a child: the concern goes to children's social care, who hold a strategy discussion with the police (Working Together 2023, chapter 3), and the police can act without her complaint. Ask the room why 'she is seventeen now and chose him' does not close the question, and why a midwife might hesitate to raise it.
# prompt: If a 15-year-old in your clinic today described a 34-year-old boyfriend who collects her from school, what would you do? What changes two years later?
+ [Leave how it started out of it: she is 17 now, and raising it could lose her from antenatal care # lp: p-teen-relationship-abuse -1 # feedback: Keeping her in care matters, but the age at which it began, and the pattern around it, are signs of exploitation; at 17 she is still a child, and the concern has to be shared (teenage relationship abuse).]
    You leave it. The line on the booking form stays where it is. # chrono: 2002-11-30 / Pregnancy, 25 weeks; How the relationship began is not raised with anyone
    -> ep1_refer
+ [Ask the police domestic abuse unit to regrade Saturday's incident, counting her age and the age gap # lp: p-teen-relationship-abuse +1 # feedback: Counting her age in the domestic abuse risk is right, but a possible offence against her at 15, and the signs of exploitation, need a strategy discussion, not only a new grading (teenage relationship abuse).]
    The unit agrees to look at the grading again. Nobody is asked to look at how the relationship began. # chrono: 2002-11-30 / Pregnancy, 25 weeks; Midwife asks the police to regrade the domestic incident
    -> ep1_refer
+ [Tell children's social care this may be exploitation since she was 15, and ask for a strategy discussion with the police # critical: p-teen-relationship-abuse # lp: p-teen-relationship-abuse +2 # feedback: At 17 Kirsty is still a child; an older man, a relationship from 15 and a history of going missing call for a strategy discussion with the police, who can act without her complaint (teenage relationship abuse).]
    ~ exploitation_referred = true
    You ring the front door before your clinic and follow it up in writing: Kirsty's age now and then, Gavin's age, {asked_school1:the man at the school gate, }{asked_sc1:the missing episodes at 14, }and Saturday. # chrono: 2002-11-30 / Pregnancy, 25 weeks; Midwife raises possible child sexual exploitation and asks for a strategy discussion with the police
    -> ep1_refer
+ [Talk to Kirsty on her own next week about healthy relationships and consent, and give her the young people's helpline # lp: p-teen-relationship-abuse -1 # feedback: Talking with her keeps a door open, but it leaves the response to the person being harmed; an older man's interest in a girl of 15 is for children's social care and the police to look at (teenage relationship abuse).]
    You put a note in your diary for her next appointment. # chrono: 2002-11-30 / Pregnancy, 25 weeks; Midwife plans to talk to Kirsty about healthy relationships
    -> ep1_refer
=== ep1_refer ===
"Anyway," Hilary says, "police have graded Saturday. A pre-birth referral covers it, doesn't it? Social care will be involved either way, and it's the baby we're responsible for." # speaker: Hilary Latham (midwifery team leader)
# decision: p1-refer-whom; challenge
# note: Every option here involves doing something. The difference is whose needs are in the referral. Ask the room whether a 17-year-old mother can be both the subject of a pre-birth assessment and a child in need of protection herself, and what a record of the threshold decision for each of them would say.
# prompt: If Kirsty were 17 and not pregnant, what would the same facts make you do?
+ [Make a pre-birth referral to children's social care about the baby: domestic abuse, drinking, a very young mother with little support # feedback: The pre-birth referral is right and necessary for the baby, but on its own it frames Kirsty only as a parent; at 17 she is a child with a history services already hold (a parent under 18 is a child too).]
    Your referral is clear and well written. It is about the baby. # chrono: 2002-11-30 / Pregnancy, 25 weeks; Midwife makes a pre-birth referral about the baby
    -> ep1_outcome
+ [Refer the baby pre-birth, and refer Kirsty as a child in her own right, asking for her own assessment and MARAC # critical: p-parent-as-child # lp: p-parent-as-child +2 # lp: p-teen-relationship-abuse +1 # feedback: Two referrals, one for the baby and one for Kirsty as a child, with MARAC considered for a victim under 18: this is the response the findings ask for (a parent under 18 is a child too).]
    ~ kirsty_own_referral = true
    You make two referrals: one for the baby, one for Kirsty. # chrono: 2002-11-30 / Pregnancy, 25 weeks; Midwife refers the baby and Kirsty herself, and asks for MARAC to be considered
    {asked_sc1:
        In Kirsty's referral you set out her own plan as a child, the missing episodes at 14 and the case closing when she was put out of home. The pattern is there on the page. # lp: p-parent-as-child +1
    }
    {asked_police1:
        You name Gavin's conviction for assaulting a former partner, and ask that her age be counted in the risk grading. # lp: p-teen-relationship-abuse +1
    }
    -> ep1_outcome
+ [Record your concerns in full, refer Kirsty to the teenage pregnancy support worker, and review her at 28 weeks # lp: p-parent-as-child -1 # lp: p-teen-relationship-abuse -1 # feedback: Support keeps her engaged, but without a referral nobody assesses the risk to her or to the baby, and her history stays unread (teenage relationship abuse).]
    Kirsty takes up the support worker's offer. The notes are thorough. # chrono: 2002-11-30 / Pregnancy, 25 weeks; Midwife records concerns and refers Kirsty for teenage pregnancy support
    -> ep1_outcome
=== ep1_outcome ===
// Nothing below depends on these again: reset them so paths can merge.
~ ep1_calls = 0
~ asked_sc1 = false
~ asked_police1 = false
~ asked_school1 = false
~ asked_gp1 = false
~ saw_kirsty_alone = false
{exploitation_referred:
    Children's social care holds a strategy discussion with the police about Kirsty herself: her age when it began, the age gap, and the school's report from when she was 15. # chrono: 2002-12-07 / Pregnancy, 26 weeks; Strategy discussion with the police about Kirsty as a possible victim of child sexual exploitation
    Kirsty will not make a statement about Gavin. The police exploitation team does not stop there: it gathers what the school and children's social care hold, and records Gavin as a possible risk to girls. Without Kirsty's account there is not enough to charge him.
}
{kirsty_own_referral:
    Kirsty is assessed as a child in her own right and given a social worker of her own, on a child in need plan, with the threshold decision recorded for her and for the baby. MARAC, counting her age, hears her case, and she is offered a specialist young people's domestic abuse worker.
    She tells her worker more than she has told anyone. {exploitation_referred:When she turns eighteen, a few months after Freya is born, her worker hands her on to the adult domestic abuse service, with the police exploitation team's record attached. Gavin stays.|But the plan for her closes on her eighteenth birthday, a few months after Freya is born, and nobody has asked the police to look at how the relationship began. Gavin stays.}
- else:
    The pre-birth assessment finds a young mother with a supportive older partner. After Freya is born she is put on a child in need plan, which closes when she is six months old.
}
~ exploitation_referred = false
Freya Dobson is born that summer, at 39 weeks, weighing just over three kilos. Kirsty is still 17. Gavin is at the birth, and brings a pink balloon almost as big as the cot. # chrono: 2003-03-15 / Freya's birth; Freya born; Kirsty is 17, Gavin is 36
# decision: p1-continue; pace
+ [Continue]
    -> ep2_conference
