// Episode 6: "The worst I have seen". Review 13.17 to 13.26, 17.3 to 17.6, 20.6, 20.9, 22.4 iv and vii.

=== ep6_worst ===
# episode: 6; The worst I have seen
# role: Health visitor
# when: March to May 2014 — Layla is 28 to 30 months old
# scene: home
# sound: knock
In March you and a colleague visit together. Layla's tummy is tight and swollen. Yasmin says it is always like that after she has eaten. You advise her to take Layla to the GP. # chrono: 2014-03-15 / March 2014; Layla's abdomen tense and swollen at a home visit; mother advised to see the GP
The family move in April to a bigger house across the city.
On 22 April Layla has lost weight again. Yasmin is not worried. # chrono: 2014-04-22 / 22 April 2014; Layla has lost weight; mother puts it down to the house move
"It's the move. Everything's upside down." # speaker: Yasmin Noor (mother)
At the end of April, as Layla's health visiting is handed over between colleagues, it is agreed: if there is no improvement in her weight, her teeth, her mood, or how Yasmin is with her, health will escalate.
{early: Dionne Clarke from social care has visited twice since {sc_referral_jan:January}{not sc_referral_jan:March}. She has found Yasmin cooperative and the house clean; her assessment is still open.}
# when: 21 May 2014 — Layla is 30 months old
On 21 May you visit.
Layla is sitting on the floor by the sofa. There is a bruise down the left side of her face.
"She fell down the stairs on Monday." # speaker: Yasmin Noor (mother)
You weigh her. She weighs what she weighed on her first birthday. # chrono: 2014-05-21 / 21 May 2014; Bruise on Layla's face, said to be a fall downstairs; she weighs what she weighed at one year old
She is two and a half. She does not cry when you undress her, and does not look at anyone in the room.
Faisal comes in from the kitchen.
"Why are you weighing her again? Every week it's weighing, weighing." # speaker: Faisal Mirza (father)
Both of them are angry now, Faisal loud, Yasmin sharp.
"Fine. I'll force feed her, if that's what it takes to keep social care off my back." # speaker: Yasmin Noor (mother) # chrono: 2014-05-21 / 21 May 2014; Yasmin says she will force feed Layla to keep social care away
In twenty years of health visiting you have not seen a child look like this.
You leave. In the car, before you ring children's social care, you go over what you will say.
# decision: b1-force-feed; disguised
# note: The review records the remark (13.21) and says it is not known whether or how it was risk assessed; with the unexplained weight gain and loss that followed, it calls this deeply troubling (20.9). This decision is added for the scenario: it asks whether the learner treats a parent's words as information about the child's daily life at mealtimes.
# prompt: Said in anger, under pressure. Does that make it less of a risk to Layla, or more? Who needs to hear the exact words?
+ [Report the weight, the bruise and the parents' anger; leave out the force-feeding remark, said in temper under pressure # lp: b1-lived-experience -1 # feedback: Said in anger or not, it tells you what Layla's next meals may be like. Leaving it out means nobody can weigh it (the child's lived experience).]
    ~ force_feed_omitted = true
    -> ep6_refer
+ [Give the duty manager Yasmin's exact words, and say what they could mean for Layla at every meal until assessed # critical: b1-lived-experience # lp: b1-lived-experience +2 # feedback: You treated a parent's words as evidence about the child's daily life and asked for them to be assessed (the child's lived experience).]
    ~ force_feed_named = true
    -> ep6_refer
+ [Write her words in your notes and raise them with the paediatrician, since they bear on Layla's feeding # feedback: The paediatrician should know, but the people deciding today what happens to Layla will not hear it (the child's lived experience).]
    -> ep6_refer

=== ep6_refer ===
You ring children's social care from the car. You tell the duty manager Layla is the worst you have seen, and that you want her examined by a doctor today.{force_feed_named: You repeat Yasmin's words about force feeding exactly, and say that until someone has assessed them you are worried about every meal Layla eats at home.} You follow it with a written referral from the office. # chrono: 2014-05-21 / 21 May 2014; Health visitor refers to social care by phone and in writing and asks for a same-day medical
"Leave it with me. We'll ring you back." # speaker: Neil Barker (duty team manager)
While you wait, you have time for a couple of calls.
-> ep6_calls

=== ep6_calls ===
# scene: office
# sound: phone
# decision: b1-may-calls; contact
# note: While social care decide what to do, the health visitor can gather what other agencies hold. Each call takes time; social care's decision will not wait.
# prompt: What would make your case for a same-day medical stronger? Who holds it?
# real: Through the day many calls were made within and between agencies, to share information and to escalate concerns.
{calls6 == 1: Time for one more.}
+ {not asked_nursery6} [Ring Cedar Lane Nursery # contact: nursery # feedback: The nursery's February concerns are part of Layla's history and nobody has put them beside today's bruise (history informs assessment).]
    ~ asked_nursery6 = true
    ~ calls6++
    "We rang social care in February about bruises on Layla's forehead, her cheekbone and the inside of her thigh, after an earlier one round her eye. And her brother's finger. They said to ask mum." # speaker: Pam Turner (nursery manager) # info: nursery; Bruises on Layla and the brother's finger injury reported to social care in February # chrono: 2014-02-27 / February 2014; Nursery reported bruises on Layla to social care; advised to ask mother
    {nursery_written:
        "We sent it in writing as well." # speaker: Pam Turner (nursery manager) # info: nursery; The February referral was made in writing
    }
    "The twins were taken out a few days later." # speaker: Pam Turner (nursery manager) # info: nursery; The twins were withdrawn from nursery days after the referral
    -> ep6_after_call
+ {not asked_paed6} [Ring the community paediatrician's secretary about the January assessment # contact: hospital # feedback: A medical opinion that there is no organic cause is what makes failure to thrive a safeguarding matter (attachment and neglect).]
    ~ asked_paed6 = true
    ~ calls6++
    "Dr Fenn's letter says failure to thrive with no organic cause. She referred to the dietician. Mum didn't respond to either appointment letter." # speaker: Clinic secretary (community paediatrics) # info: hospital; Failure to thrive with no organic cause; mother did not take up the dietician appointments twice # chrono: 2014-02 / February to March 2014; Mother does not respond to two dietician appointments
    "Dr Fenn's in clinic today. I'll tell her you rang." # speaker: Clinic secretary (community paediatrics)
    -> ep6_after_call
+ {not asked_gp6} [Ring the GP # contact: gp # feedback: The GP holds little new on Layla, though the domestic abuse was known there and never connected to her care.]
    ~ asked_gp6 = true
    ~ calls6++
    "We haven't seen Layla since January. Mum was in last week about her own sleep and said the children were fine." # speaker: Dr Sunil Mehta (GP) # info: gp; Layla not seen at the surgery since January; mother said last week the children were fine
    "We were told about the assault in October. She's never raised it with us." # speaker: Dr Sunil Mehta (GP) # info: gp; The surgery knew of the October assault; it was never discussed with Yasmin
    -> ep6_after_call
+ [Wait for social care's call # real # pin: last]
    -> ep6_strategy

=== ep6_after_call ===
{calls6 >= 2:
    Your phone rings. It is social care.
    -> ep6_strategy
}
-> ep6_calls

=== ep6_strategy ===
# sound: phone
"Just to update you. We've held a strategy discussion with the police. A social worker will do an urgent home visit this afternoon. The child protection medical is booked for tomorrow morning." # speaker: Neil Barker (duty team manager)
Nobody from health was part of the discussion: not you, not the named nurse, not the paediatrician who saw Layla in January.
# decision: b1-strategy-health; challenge
# note: Statutory guidance says health professionals should, as a minimum, be part of a strategy discussion with social care and the police. The review calls health's absence a serious omission. The health visitor held the most direct evidence that day.
# prompt: What is lost when health is not in the strategy discussion? What would you say to the manager now?
# real: Health did not contribute to the strategy discussion. The health visitor gave her account to social care, who planned a same-day visit and a next-day medical.
+ [Give the social worker your full account, and leave the strategy discussion to social care and the police # real # lp: b1-strategy-includes-health -1 # feedback: Health held the growth evidence and the medical view, and neither was in the room when the plan was made (strategy discussions include health).]
    "I'll pass your account to the social worker." # speaker: Neil Barker (duty team manager) # chrono: 2014-05-21 / 21 May 2014; Strategy discussion held by social care and police without health
    -> ep6_joint
+ [Ask for the strategy discussion to be reconvened today with health in it: you, the named nurse and the paediatrician # critical: b1-strategy-includes-health # lp: b1-strategy-includes-health +2 # feedback: Strategy discussions must include health. You asked for it in time to change the plan (strategy discussions include health).]
    ~ health_in_strategy = true
    -> ep6_reconvened
+ [Email your written account to the duty manager straight away, and ask for it to be added to the strategy discussion record # lp: b1-strategy-includes-health -1 # feedback: Your account on paper is not health in the discussion. Nobody there could ask you a question (strategy discussions include health).]
    Your email goes at two o'clock. It is added to the file after the decisions are made. # chrono: 2014-05-21 / 21 May 2014; Strategy discussion held without health; health visitor's account emailed afterwards
    -> ep6_joint

=== ep6_reconvened ===
"Working Together says health should be in a strategy discussion. I saw Layla this morning, and the paediatrician assessed her in January. Can we reconvene by phone this afternoon?" # speaker: You (health visitor)
A pause.
"Three o'clock. I'll set it up." # speaker: Neil Barker (duty team manager)
At three you join the call with Rhona Saunders, the named nurse, and Dr Fenn, the community paediatrician, alongside Neil and a detective sergeant from the child abuse investigation team. # sound: meeting # chrono: 2014-05-21 / 21 May 2014; Strategy discussion reconvened with health: health visitor, named nurse and paediatrician
You describe what you saw this morning.{force_feed_named: You repeat Yasmin's words about force feeding. The detective sergeant asks for them to go into the record word for word.}
{asked_nursery6: You add what the nursery reported in February. Neil finds it on the system; nobody had linked it.}
{asked_paed6: You remind them of the paediatrician's finding. Dr Fenn confirms it: no organic cause.}
{sc_referral_jan: You point out your own referral from January. Neil finds it on the file.}
Dr Fenn would like to see Layla today, but her clinic is full; she can see her first thing tomorrow. Neil wants the social worker's visit to go ahead first.
The plan still says: visit today, medical tomorrow. But health's evidence is now in the strategy record, and a named paediatrician owns the medical.
-> ep6_joint

=== ep6_joint ===
# sound: phone
All afternoon the phones are busy: health to social care, social care to police, the named nurse to you, you to your team leader. Everyone is worried. Nobody is quite sure who is deciding what.
{early: Dionne Clarke, the social worker who has been assessing since {sc_referral_jan:January}{not sc_referral_jan:March}, rings you at half past three.}
{not early: Dionne Clarke, the duty social worker, rings you at half past three.}
"I'd like us to do a joint visit this afternoon. I need to see her for myself. From what I've read, this looks like long-standing neglect. That's serious, but I'm not sure it's an emergency." # speaker: Dionne Clarke (social worker)
You have seen Layla today. You believe she is at immediate risk. A joint visit now means the medical waits until tomorrow, and your assessment is being done again.
# decision: b1-same-day; challenge
# note: The review found that the social worker's insistence on a joint visit, after the health visitor had assessed the child as the worst she had seen, in effect undermined that assessment. The health visitor rightly escalated within her own agency. This is the professional disagreement at the centre of the case. The partnership's procedure for resolving professional disagreements has four stages: 1, practitioner to practitioner, within a working day; 2, line managers or safeguarding leads (in health, the named professional), within two working days; 3, senior managers and designated professionals between agencies, in writing, within five working days; 4, the safeguarding partnership's independent chair or escalation panel (in 2014, the Safeguarding Children Board's manager and chair). When a child may be at immediate risk, her safety overrides the stages and their timescales: go to the level that can act, the same day.
# prompt: When is a joint visit good practice, and when is it a second assessment that delays the first? What do you do when you and social care disagree about immediate risk?
# real: The health visitor disagreed with the joint visit, pressed for a medical that day, and escalated within her line management to the named doctor.
+ [Agree to the joint visit. Two views are better than one, and it keeps health and social care together # lp: b1-escalation -1 # feedback: A joint visit can pool expertise, but here it re-did your assessment and delayed the medical. The disagreement about immediate risk needed escalating (escalation).]
    -> ep6_joint_visit
+ [Decline the joint visit, press again for a medical today, and take the disagreement to the named doctor within health # real # lp: b1-escalation +1 # feedback: You stated the disagreement to Dionne (stage 1) and took it the same day to the named doctor (stage 2), because Layla may be at immediate risk (escalation).]
    ~ escalated_named = true
    -> ep6_named
+ [Agree to the joint visit, on condition that if you both still think Layla is unwell, she goes straight to the children's emergency department # feedback: A fair safeguard, but it still puts a second assessment before the medical you asked for, and the disagreement about immediate risk is never taken up the line (escalation).]
    Dionne agrees to the condition.
    -> ep6_joint_visit

=== ep6_joint_visit ===
# scene: home
You go with Dionne at four. Yasmin is calm and polite. The house is tidy. Layla is in a clean dress.
Dionne talks with Yasmin for forty minutes. Afterwards, on the pavement:
"She does look unwell. But honestly, I saw a normal little child, and a mum who was cooperative. I'm glad the medical's tomorrow." # speaker: Dionne Clarke (social worker) # chrono: 2014-05-21 / 21 May 2014; Joint home visit: social worker finds "a normal little child" who looks unwell
-> ep6_medical

=== ep6_named ===
"I'm not going to do a joint visit. I assessed her this morning. She is the worst I've seen, and she needs a doctor today." # speaker: You (health visitor)
Dionne visits on her own that afternoon. She reports back that Layla is a normal little child, although she looks unwell, and that Yasmin was cooperative. # chrono: 2014-05-21 / 21 May 2014; Social worker visits alone: "a normal little child", though she looks unwell
You ring Dr Sanusi, the named doctor for safeguarding.
"I agree with you. She should be seen today. But she's booked for nine tomorrow morning. By the time I get hold of the designated doctor, and they get hold of the head of service, it will be tomorrow anyway." # speaker: Dr Tolu Sanusi (named doctor, safeguarding)
# decision: b1-named-to-designated; challenge
# note: The partnership's procedure for resolving professional disagreements has four stages: 1, practitioner to practitioner, within a working day; 2, line managers or safeguarding leads (in health, the named professional), within two working days; 3, senior managers and designated professionals between agencies, in writing, within five working days; 4, the safeguarding partnership's independent chair or escalation panel (in 2014, the Safeguarding Children Board's manager and chair). When a child may be at immediate risk, her safety overrides the stages and their timescales: go to the level that can act, the same day. The review found the named doctor should have taken the disagreement to the designated doctor that day, and did not, possibly because the medical was booked for the next day.
# prompt: The medical is less than a day away. Is there any point escalating further? What would the designated doctor be able to do that the named doctor cannot?
# real: The named doctor did not take the disagreement to the designated doctor; the medical went ahead the next morning.
+ [Accept what she says. The medical is less than a day away, and a second escalation tonight would change little # real # lp: b1-escalation -1 # feedback: The disagreement stopped inside health. Taking it between agencies, through the designated doctor, was the next step in the procedure (escalation).]
    -> ep6_medical
+ [Ask her to ring the designated doctor now, so it goes to stage 3, between agencies, today, and to put it in writing # critical: b1-escalation # lp: b1-escalation +1 # feedback: You moved the disagreement to stage 3, between agencies, the same day: immediate risk overrides the usual timescales (escalation).]
    ~ escalated_designated = true
    -> ep6_designated

=== ep6_designated ===
Dr Sanusi rings Dr Rupert Kerr, the designated doctor. He rings the head of service for children's social care.
By five o'clock it is agreed: Layla will be seen at the children's hospital this evening. # chrono: 2014-05-21 / 21 May 2014; Named doctor escalates to the designated doctor; same-day medical agreed between agencies
-> ep6_medical

=== ep6_medical ===
# scene: hospital-ward
# sound: ward
{escalated_designated: That evening the paediatric registrar examines Layla.}
{not escalated_designated: The next morning Dr Fenn examines Layla.}
She is emaciated and does not respond to the people around her. She is admitted for tests to rule out a medical cause. Her twin is examined too; there are no concerns about him. # chrono: 2014-05-22 / 22 May 2014; Layla examined: emaciated and unresponsive; admitted to hospital
On 30 May an information-sharing meeting is held at the hospital. No medical cause has been found. The conclusion is that Layla is failing to thrive because of neglect, and that she should not go home. # chrono: 2014-05-30 / 30 May 2014; Hospital meeting: failure to thrive due to neglect; Layla should not go home
Social care ask Yasmin and Faisal to agree to Layla being looked after away from home. They refuse.
Layla stays on the ward over the weekend, medically fit to leave.
-> ep6_end

=== ep6_end ===
# decision: b1-end-ep6; pace
+ [Continue]
    ~ calls6 = 0
    ~ asked_nursery6 = false
    ~ asked_paed6 = false
    ~ asked_gp6 = false
    ~ escalated_named = false
    ~ escalated_designated = false
    -> ep7_legal
