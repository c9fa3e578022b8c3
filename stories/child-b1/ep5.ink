// Episode 5: Bruises at nursery. Review 13.9 to 13.16, 14.16, 15.13, 22.4 vii.

=== ep5_nursery ===
# episode: 5; Bruises at nursery
# role: Nursery designated safeguarding lead
# when: February 2014 — Layla is 27 months old
# scene: nursery
# sound: office
You are the designated safeguarding lead at Cedar Lane Nursery. Layla and Yusuf started with you in January.
{referral_full:
    The Early Years Support Team shared the family's background with you: two earlier child protection plans for the eldest boy, and domestic abuse.
- else:
    You know Layla is small and that there is a concern about her attachment to her mother. You know nothing of the family's history; nothing you have been sent mentions any.
}
At a meeting with Tessa Ellison early in the month, Hannah mentioned a bruise around Layla's eye. Tessa had already asked Yasmin, who said Layla had walked into the corner of the table. Tessa was satisfied with that, and nothing more was done. # chrono: 2014-02-05 / Early February 2014; Bruise around Layla's eye; explanation accepted by the support teacher
Some days later Hannah noticed a bruise on Layla's forehead. Nobody wrote down the date.
On 25 February a second professionals' meeting is held here. Yasmin comes. Layla's speech has come on, and there are no worries about her eating at nursery. Yasmin is warm and attentive with Layla throughout.
Layla has a fresh bruise on her left cheekbone. # chrono: 2014-02-25 / 25 February 2014; Bruise on Layla's left cheekbone
"She's always falling over. She's clumsy, she doesn't look where she's going." # speaker: Yasmin Noor (mother)
After the meeting, Tessa says quietly:
"That was a bit of a show for us, wasn't it?" # speaker: Tessa Ellison (early years support teacher)
The plan agreed at the meeting: Yasmin to take Layla to the GP and give her more to drink; the health visitor to keep monitoring; next meeting in April.
# decision: b1-marks; disguised
# note: Three marks on a small child's face in a month, each with a plausible explanation, each dealt with on its own. The review found no action was taken on the bruises at either meeting. A child's bruises need recording one by one and looking at together, and facial bruising on a child who is failing to thrive, with a child protection history, is a reason to suspect abuse and refer the same day (NICE CG89).
# prompt: Each explanation is plausible. What happens when you put them side by side? What did Layla herself show you?
# real: No action was taken on the bruises at the meeting; the support teacher had accepted the explanation for the first one.
+ [The explanations fit a toddler who falls a lot. Note the cheekbone in the minutes and keep to the plan agreed today # real # lp: b1-lived-experience -1 # feedback: Taken one at a time, each mark is explained away. Recorded and seen together, with Layla's own behaviour, they tell you more about her days (the child's lived experience).]
    The minutes say: "Small bruise to cheek, mum says fell." # chrono: 2014-02-25 / 25 February 2014; Cheekbone bruise noted in the minutes; no action
    -> ep5_thigh
+ [Record each mark on its own dated body map, with who explained it and how Layla was, and ring social care today # lp: b1-lived-experience +1 # lp: b1-history-informs +1 # feedback: A dated record of each mark, with Layla's own behaviour, shows the pattern, and three facial bruises in three weeks on a child who is not growing are a reason to refer today (history informs assessment; the child's lived experience).]
    ~ marks_recorded = true
    You sit with Hannah and fill in a body map for each mark, with what you know and don't know. The eye, the forehead, the cheekbone: three marks on the face in about three weeks. # chrono: 2014-02-25 / 25 February 2014; Nursery records three facial bruises on body maps with dates and explanations
    You ring the duty team that afternoon. They log your call as information and say they will pass it to the assessment team. # chrono: 2014-02-25 / 25 February 2014; Nursery rings social care about three facial bruises; logged as information
    -> ep5_thigh
+ [Ask the health visitor to look at the marks at her next visit, as she knows Layla's growth best # lp: b1-lived-experience -1 # feedback: The health visitor should know, but passing the marks on is not recording them. Nobody at nursery has yet put the three side by side (the child's lived experience).]
    You email the health visitor after the meeting. The minutes say: "Small bruise to cheek, mum says fell. HV to see." # chrono: 2014-02-25 / 25 February 2014; Cheekbone bruise passed to the health visitor; no record made at nursery
    -> ep5_thigh

=== ep5_thigh ===
Two days later, two more things happen.
At hometime Hannah overhears Yusuf telling his mother his finger hurts. # chrono: 2014-02-27 / 27 February 2014; Yusuf's finger injury overheard at nursery
"Shh. Not here." # speaker: Yasmin Noor (mother)
And at a nappy change Hannah finds a small bruise on the inside of Layla's left thigh. # chrono: 2014-02-27 / 27 February 2014; Small bruise on the inside of Layla's left thigh
{marks_recorded: Hannah adds a fourth body map. Nothing has come back from social care about your call on Tuesday.}
You decide to ring children's social care{marks_recorded: again}. It is one o'clock; the twins are collected at three. You have time for a couple of calls first.
-> ep5_calls

=== ep5_calls ===
# sound: phone
# decision: b1-nursery-calls; contact
# note: Before ringing social care, the nursery can gather what others hold. Each call takes time the children's pick-up won't wait for.
# prompt: What would make your referral stronger, and who holds it?
# real: The nursery made a verbal referral to the duty team two days after the injuries were seen.
{calls5 == 1: Time for one more before you ring.}
+ {not asked_hv5} [Ring the health visitor # contact: health-visitor # feedback: The health visitor holds Layla's growth and the family's history. Your referral is stronger for it.]
    ~ asked_hv5 = true
    ~ calls5++
    "Her weight's still falling. The paediatrician found no medical cause. It's failure to thrive." # speaker: Health visitor # info: health-visitor; Layla's weight is still falling; the paediatrician found no medical cause # chrono: 2014-01 / January 2014; Paediatrician's finding of failure to thrive shared with the nursery
    {not referral_full:
        "And you should know there's history. Two child protection plans on Adam, physical abuse, and police call-outs for domestic abuse." # speaker: Health visitor # info: health-visitor; Two earlier child protection plans for physical abuse, and domestic abuse
    }
    {sc_referral_jan:
        "I referred to social care in January. There's an assessment open." # speaker: Health visitor # info: health-visitor; Referred to social care in January; assessment open
    }
    -> ep5_after_call
+ {not asked_keyworker} [Talk to Hannah, Layla's key worker, about how Layla has been # feedback: Hannah sees Layla every session. What Layla does tells you about her life at home (the child's lived experience).]
    ~ asked_keyworker = true
    ~ calls5++
    "She eats like she's starving. At hometime she watches the door and goes quiet. When she falls over she doesn't cry, she just sits there." # speaker: Hannah Lowe (nursery key worker) # info: nursery; Layla eats as if starving, goes quiet at hometime, does not cry when hurt
    "When I lifted her onto the changing mat today she winced. She didn't cry. She never does." # speaker: Hannah Lowe (nursery key worker) # info: nursery; Layla winced when lifted on the day the thigh bruise was found, but did not cry
    -> ep5_after_call
+ {not asked_gp5} [Ring the GP practice # contact: gp # feedback: The GP confirms the plan from the meeting hasn't been acted on, though the surgery holds little else about Layla.]
    ~ asked_gp5 = true
    ~ calls5++
    "No appointment's been booked for Layla since the meeting. We last saw her in January." # speaker: Practice nurse (GP surgery) # info: gp; No GP appointment booked for Layla since the professionals' meeting
    -> ep5_after_call
+ [Ring the duty team now # real # pin: last]
    -> ep5_duty

=== ep5_after_call ===
{calls5 >= 2:
    It is twenty past two. You ring the duty team.
    -> ep5_duty
}
-> ep5_calls

=== ep5_duty ===
# scene: office
You tell the duty social worker about the bruises on Layla's forehead and cheekbone, the bruise on the inside of her thigh, and Yusuf's finger.
{marks_recorded: From your body maps you add the earlier bruise around her eye.}
{asked_hv5: You add what the health visitor told you about Layla's weight.}
{asked_keyworker: You describe how Layla is at nursery.}
{marks_recorded: You offer to send the body maps.}
{sc_referral_jan: "There's an assessment open from the health visitor's referral in January. Nobody's visited yet. I'll add a note for the worker." # speaker: Sade Okoye (duty social worker)}
"Have you asked mum about the marks?" # speaker: Sade Okoye (duty social worker)
"My advice would be to talk to her at hometime and get her explanation. If you're still worried after that, ring us back." # speaker: Sade Okoye (duty social worker)
She puts you on hold while she checks with her team manager.
"No further action from us for now. Speak to mum." # speaker: Sade Okoye (duty social worker)
# decision: b1-duty-call; contact+challenge
# note: A verbal report of three bruises on a two-year-old with a weight concern was treated as advice. The review says referrals to social care must be confirmed in writing, whether or not the family is already known, and that the nursery could challenge the advice to ask the parent first. The partnership's procedure for resolving professional disagreements has four stages: 1, practitioner to practitioner, within a working day; 2, line managers or safeguarding leads (in health, the named professional), within two working days; 3, senior managers and designated professionals between agencies, in writing, within five working days; 4, the safeguarding partnership's independent chair or escalation panel (in 2014, the Safeguarding Children Board's manager and chair). When a child may be at immediate risk, her safety overrides the stages and their timescales: go to the level that can act, the same day. Asking for the duty manager is stage 2, taken at once because the advice itself could put Layla at risk.
# prompt: Is this a request for advice or a referral? What do you do when you think the answer is wrong?
# real: The nursery followed the advice. Social care took no further action after the duty worker consulted her team manager.
+ [Follow the social worker's advice: speak to Yasmin at hometime, and ring back if her explanation doesn't fit what you saw # real # lp: b1-referral-history -1 # lp: b1-escalation -1 # feedback: Nothing is in writing and the decision stands unchallenged. Asking the parent first can put the child at risk (referrals in writing; escalation).]
    At three o'clock you ask Yasmin about the marks.
    "She falls. I told you. Are you saying I hit her?" # speaker: Yasmin Noor (mother) # chrono: 2014-02-27 / 27 February 2014; Nursery's verbal report; social care advise asking mother; no further action
    She takes the twins and leaves. You write down what she said, and wonder whether you have just told her what the nursery will be watching for.
    -> ep5_withdrawn
+ [Say this is a referral, not a request for advice: send it in writing today, and ask to speak to the duty manager # critical: b1-referral-history # critical: b1-escalation # lp: b1-referral-history +2 # lp: b1-escalation +1 # feedback: A written referral puts the concern on record, and you took the disagreement to stage 2 of the procedure, the duty manager, straight away (referrals in writing; escalation).]
    ~ nursery_written = true
    ~ nursery_challenged = true
    -> ep5_challenge
+ [Send a written referral today so that it is on record, and speak to Yasmin at hometime as you were advised # critical: b1-referral-history # lp: b1-referral-history +1 # feedback: Writing it down matters. But the advice to ask the parent first still stands unchallenged (referrals in writing).]
    ~ nursery_written = true
    You send the referral form at half past two{marks_recorded:, with the body maps}. At three you ask Yasmin about the marks.
    "She falls. I told you. Are you saying I hit her?" # speaker: Yasmin Noor (mother)
    She takes the twins and leaves. # chrono: 2014-02-27 / 27 February 2014; Nursery's written referral about Layla's bruises and Yusuf's finger; social care take no further action
    -> ep5_withdrawn

=== ep5_challenge ===
"I'm not asking for advice. Bruises to her face and her thigh, on a two-year-old who isn't growing. I'm making a referral, and I'll send it in writing this afternoon. I'd like to speak to your manager about the decision." # speaker: You (nursery safeguarding lead)
The duty manager, Neil Barker, comes on the line. He listens.
"Send it over. I'll look at it properly tomorrow." # speaker: Neil Barker (duty team manager)
You send the referral form{marks_recorded: and the body maps} at half past two. # chrono: 2014-02-27 / 27 February 2014; Nursery makes a written referral and challenges the duty decision
The next day Neil rings back: he will ask for a check with health and consider a visit. No date is set.
-> ep5_withdrawn

=== ep5_withdrawn ===
# sound: phone
# when: March 2014 — Layla is 28 months old
On Monday morning Yasmin rings the nursery.
"They won't be coming any more. We're moving house. It's too far." # speaker: Yasmin Noor (mother)
# chrono: 2014-03-03 / 3 March 2014; Parents take the twins out of nursery days after the referral
Your manager, Pam Turner, shrugs when you tell her.
"It's a shame, but they're not ours now. We'll send their records on when a new setting asks for them." # speaker: Pam Turner (nursery manager)
# decision: b1-withdrawn; challenge
# note: The children were withdrawn days after the nursery raised concerns. Withdrawal after a referral is itself a reason for concern, and the nursery lost its sight of Layla. The review found the escalation procedure was not used at several points where it should have been.
# prompt: What does the withdrawal tell you? Who needs to know, and what do you do if social care's decision still stands?
# real: The twins were withdrawn from nursery. There is no record of the nursery taking the concern further.
+ [Agree with Pam: they are not on your roll any more. Close the file, and send the records on when a new setting asks # real # lp: b1-escalation -1 # feedback: The withdrawal was new information after a decision you doubted. Without escalation the decision stands, and nobody outside the home now sees Layla each week (escalation).]
    The file is closed. # chrono: 2014-03-04 / March 2014; Nursery closes the twins' file
    From today nobody outside the family sees Layla every week. The next professional to see her will be the health visitor, at a monthly weighing, if Yasmin keeps the appointment.
    -> ep5_end
+ [Write to social care that the twins were withdrawn days after your referral, and ask for the decision to be reviewed # critical: b1-escalation # lp: b1-escalation +2 # feedback: You treated the withdrawal as new risk, asked for the decision to be reviewed, and named the next stage, senior managers, if it isn't (escalation).]
    ~ nursery_escalated = true
    -> ep5_escalate
+ [Ring the health visitor to tell her the twins have left, so that someone who still sees Layla knows to keep a close eye on her # feedback: Telling the health visitor matters, but social care's decision still stands, made before the withdrawal. New risk after a decision you doubted is a reason to ask for it to be reviewed (escalation).]
    The health visitor thanks you and says she will mention it at her next weighing. The file is closed. # chrono: 2014-03-04 / March 2014; Nursery tells the health visitor of the withdrawal and closes the file
    -> ep5_end

=== ep5_escalate ===
You write to the duty team manager that morning, copying the health visitor.
"The twins were withdrawn three working days after our referral about bruises to Layla's face and thigh. We ask you to review your decision. If we cannot agree within two working days, we will take it to stage 3 of the resolving professional disagreements procedure, your service manager and our head of early years." # speaker: You (nursery safeguarding lead)
{nursery_written: Neil Barker rings the same afternoon. With your written referral and now the withdrawal in front of him, he opens an assessment.}
{not nursery_written: Neil Barker rings the next day. All that is on file is a note of your phone call, he says; he asks you to send a written referral, and then opens an assessment.}
{sc_referral_jan: The new information goes to Dionne Clarke, who is already assessing after the health visitor's January referral. She visits that week.}
{not sc_referral_jan: A social worker, Dionne Clarke, visits the new house in mid-March. Yasmin is cooperative. The assessment stays open.}
# chrono: 2014-03-04 / March 2014; Nursery escalates after the withdrawal; social care open an assessment and visit
-> ep5_end

=== ep5_end ===
# decision: b1-end-ep5; pace
+ [Continue]
    ~ early = sc_referral_jan or nursery_escalated
    ~ calls5 = 0
    ~ asked_hv5 = false
    ~ asked_keyworker = false
    ~ asked_gp5 = false
    ~ nursery_challenged = false
    ~ nursery_escalated = false
    ~ referral_full = false
    -> ep6_worst
