// Episode 3: A domestic incident. Review 15.1 to 15.11, 20.2, 22.4 ii.
// In the real case the assault and the health visitor's visit came earlier (October and
// December 2012); the scenario moves them to autumn 2013 so that the episodes run in order.

=== ep3_incident ===
# episode: 3; A domestic incident
# role: Health visitor
# when: October 2013 — Layla is 23 months old
# scene: office
# sound: typing
Through the summer you saw the family almost every week. Some weeks Yasmin played with Layla while you watched; some weeks she didn't.
In September the GP wondered whether Layla was eating things that aren't food, and sent her for blood tests. They showed low vitamin D, and she was prescribed supplements. You referred her to a speech and language group. # chrono: 2013-09 / September 2013; Blood tests show low vitamin D; speech and language referral
Tessa Ellison, the Early Years Support Team teacher, starts visiting in September.
{smart_plan:
    -> ep3_trigger
}
-> ep3_autumn

=== ep3_trigger ===
At the end of September you weigh Layla. She has not reached the target you set in June. Under your plan, a missed target means a referral to social care. # chrono: 2013-09 / September 2013; Layla misses the weight target set in June
Stella Bradley, your team leader, is less sure.
"Tessa's had three sessions. The blood tests have only just come back. Give it till Christmas, as we first said." # speaker: Stella Bradley (health visiting team leader)
# decision: b1-september-trigger; challenge
# note: In the real case there was no timescale and no trigger: the review says that after a set period with SMART objectives, a Child in Need assessment should have followed when Layla's health did not improve (16.4, 20.3). There was no timescale or trigger in the real case, and the health visiting service lost sight of Layla's faltering growth between June 2013 and January 2014 (16.13). This decision exists only on paths where the learner set a trigger in June; it is added for the scenario.
# prompt: You set the trigger yourself. What would have to be true to justify not using it? Whose timescale is "till Christmas"?
+ [Make the referral your plan set out: ring the duty team today and confirm it in writing, with the weight chart and your notes # critical: b1-attachment-neglect # lp: b1-attachment-neglect +1 # feedback: You used the trigger you set. Faltering growth that does not respond to support needs a safeguarding view on Layla's timescale (attachment and neglect).]
    ~ sc_referral_sept = true
    -> ep3_sept_referral
+ [Wait for the paediatric view on the blood tests first: if a vitamin lack or pica explains it, a referral would be premature # lp: b1-attachment-neglect -1 # feedback: A medical question is a reason to ask both questions at once, not to hold the safeguarding one back (attachment and neglect).]
    You note the missed target and wait for the results. # chrono: 2013-09 / September 2013; Missed weight target; referral held back pending blood results
    -> ep3_autumn
+ [Agree with Stella to give the teacher until Christmas. She has only just started, and Yasmin is taking part in every one of her sessions # lp: b1-attachment-neglect -1 # feedback: Yasmin's engagement is not Layla's progress. The trigger was set for exactly this moment (attachment and neglect).]
    You move the review date to December. # chrono: 2013-09 / September 2013; Missed weight target; review moved to December
    -> ep3_autumn

=== ep3_sept_referral ===
You ring the duty team and send the referral the same afternoon. # chrono: 2013-09 / September 2013; Health visitor refers Layla to social care, by phone and in writing, when the weight target is missed
Petra Fairley, a social worker in the assessment team, is allocated. She visits in early October. Yasmin is cooperative and the flat is tidy. The assessment stays open.
-> ep3_autumn

=== ep3_autumn ===
In October Tessa rings you.
"It's the difference between the twins. Yusuf gets the cuddles, the new clothes, the pushchair. Layla gets walked. I can't put my finger on it, but it bothers me." # speaker: Tessa Ellison (early years support teacher) # chrono: 2013-10 / October 2013; Support teacher concerned by the difference in how the twins are treated
{referral_full: "And thanks for the background in the referral. It's changed how I watch the visits." # speaker: Tessa Ellison (early years support teacher)}
A week later, a police notification arrives.
On 18 October Yasmin rang the police to say Faisal had assaulted her at home. The children were in the flat. Faisal was arrested, admitted it, and was cautioned for common assault. The police referred the children to social care. # chrono: 2013-10-18 / 18 October 2013; Faisal cautioned for assaulting Yasmin, with the children at home
{sc_referral_sept: Petra Fairley, who is already assessing after your September referral, rings to let you know.}
{not sc_referral_sept: The social worker doing the initial assessment, Petra Fairley, rings to let you know.}
"They tell me they've split up. He's staying at his brother's." # speaker: Petra Fairley (social worker)
You arrange a home visit for the following week.
# scene: home
# sound: knock
Faisal opens the door.
"She's through there." # speaker: Faisal Mirza (father)
He sits down on the sofa, and stays. In all your visits you have rarely seen him.
"It was one time. He's different now. Since he went on pilgrimage he's been a different man. He only comes to see the kids." # speaker: Yasmin Noor (mother)
"Everyone argues. The police made a big thing of it." # speaker: Faisal Mirza (father)
Adam is in the bedroom with the door shut. Layla sits by the radiator. Yusuf is on his father's knee.
The domestic abuse risk questions are in your bag.
# decision: b1-da-visit; disguised
# note: It was right to visit promptly. But asking the risk questions in front of the alleged abuser is unsafe and unlikely to get an honest answer, and in the real case no later attempt was made. Women still living with the abuser find it hard to disclose. Note Yasmin's explanation: the violence continued after the "change" she describes.
# prompt: What can you safely say today with Faisal in the room? How would you make a safe chance for Yasmin to talk?
# real: The health visitor talked with Yasmin while Faisal was present and could not complete the risk assessment. No later attempt was made; she understood that social care was managing the risk.
+ [Keep the visit general, record that you couldn't ask the risk questions, and leave the risk to social care, who are assessing # real # lp: b1-da-separation -1 # feedback: Social care's assessment does not replace yours, and no-one may come back to the questions. Find a way to see Yasmin alone (domestic abuse).]
    You talk about Layla's vitamin drops and the speech group. Faisal answers most of the questions. You leave a leaflet on the table. # chrono: 2013-10-25 / October 2013; Health visitor visits; Faisal present; risk questions not asked
    -> ep3_social_worker
+ [Ask the risk questions now, gently, with them both there. You may not get another chance # lp: b1-da-separation -1 # feedback: With Faisal in the room Yasmin cannot answer freely, and asking may put her at risk after you leave. See her alone (domestic abuse).]
    You start the first question. Yasmin glances at Faisal.
    "No. Nothing like that. I told the police it was a misunderstanding." # speaker: Yasmin Noor (mother)
    Faisal watches you fill in the form. You leave with it mostly blank. # chrono: 2013-10-25 / October 2013; Risk questions asked with Faisal present; Yasmin denies any abuse
    -> ep3_social_worker
+ [Keep it general in front of him, then arrange to see Yasmin alone at clinic, for a reason that won't alert him # critical: b1-da-separation # lp: b1-da-separation +2 # feedback: Seeing Yasmin alone gives her a safe chance to talk and you a real risk assessment (domestic abuse: see the victim alone).]
    ~ da_alone = true
    -> ep3_alone

=== ep3_alone ===
On your way out you tell Yasmin you need to see her at clinic on Thursday for her own health check.
"Just you. The boys can go to your mum's." # speaker: You (health visitor)
# scene: clinic
On Thursday she comes alone.
You go through the questions slowly. She answers some and not others.
"He's at mine most days. He says he's changed. He's pushed me before, when he's been smoking. Not in front of the kids." # speaker: Yasmin Noor (mother)
"Adam hides in his room when we argue. Adam knows." # speaker: Yasmin Noor (mother) # chrono: 2013-10-25 / October 2013; Seen alone, Yasmin says Faisal is at her flat most days and has pushed her before
She agrees to a call from the domestic abuse service, and puts their number in her phone under a friend's name. # chrono: 2013-10-25 / October 2013; Yasmin agrees to a referral to the domestic abuse service
-> ep3_social_worker

=== ep3_social_worker ===
# scene: office
# sound: phone
Two weeks later, Petra Fairley rings.
"Just to let you know, we're closing. They've separated, he's accepted the caution, and it looks like a one-off. The separation's protective. I don't think there's a role for us." # speaker: Petra Fairley (social worker)
{sc_referral_sept: "And the weight's a health matter, with you and the paediatrician involved. Mum's cooperative. I'm closing that side too." # speaker: Petra Fairley (social worker)}
# decision: b1-separation; challenge
# note: The review found social care treated the parents' separation as a protective factor when they were still in a relationship, and that separation and pregnancy can make violence worse. Yasmin's denial and her explanation were not challenged.
# prompt: Is the separation real? Even if it is, does separation make Layla and her brothers safe?
# real: Social care closed the case, finding the incident minor and the parents no longer together. The health visitor's understanding was that social care were managing the risk.
+ [Accept it. Petra has done the assessment, she knows more about the adults than you do, and your part is Layla's health # real # lp: b1-da-separation -1 # feedback: Separation is not a protective factor by itself, and it may not be real. What you saw at the flat was evidence to bring (domestic abuse).]
    "Fine. Thanks for letting me know." # speaker: You (health visitor)
    The case is closed. # chrono: 2013-11 / November 2013; Social care closes the case after the assault, treating the separation as protective
    -> ep3_end
+ [Challenge it: Faisal was at the flat and answering for her. Ask for him, and what the children have seen, to be assessed # critical: b1-da-separation # lp: b1-da-separation +2 # feedback: You tested the claimed separation against what you saw and named why separation is not, in itself, safety (domestic abuse).]
    ~ sep_challenged = true
    -> ep3_challenge
+ [Accept the closure, but post Yasmin the domestic abuse service's number yourself, and ask about Faisal at each visit you make # feedback: Making sure Yasmin has support is right, but the closure rests on a separation you have reason to doubt, and nobody has assessed Faisal (domestic abuse).]
    You post Yasmin a card with the domestic abuse service's number, in a plain envelope. The case is closed. # chrono: 2013-11 / November 2013; Social care closes the case; health visitor sends Yasmin the domestic abuse service's details
    -> ep3_end

=== ep3_challenge ===
"I'm not sure they have separated. He opened the door, he stayed for the whole visit and answered for her." # speaker: You (health visitor)
{da_alone:
    "And when I saw her on her own, she told me he's there most days and has pushed her before." # speaker: You (health visitor)
}
{asked_police:
    "The police have been called there five times before this, and once he walked off with the baby. Graded one at a time, none of it looks serious. Together it does." # speaker: You (health visitor) # lp: b1-history-informs +1
}
"Separation doesn't make the children safe on its own. It can be when it gets worse. And nobody has ever assessed him." # speaker: You (health visitor)
There is a pause on the line.
"Fair points. Let me take it to my manager." # speaker: Petra Fairley (social worker)
Her manager keeps the case open for a fuller assessment that includes Faisal. He doesn't come to either appointment. In December the case is closed, but your concerns, in writing, are on the social care file. # chrono: 2013-12 / December 2013; Social care closes after a fuller assessment; Faisal did not take part; the health visitor's challenge is on file
-> ep3_end

=== ep3_end ===
# decision: b1-end-ep3; pace
+ [Continue]
    ~ da_ev = sep_challenged or da_alone
    ~ sep_challenged = false
    ~ da_alone = false
    ~ asked_police = false
    -> ep4_check
