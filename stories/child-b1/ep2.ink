// Episode 2: The referral to early years support. Review 14.16, 14.17, 15.13, 16.10, 16.13, 20.5, 22.4 i and iii.

=== ep2_referral ===
# episode: 2; The referral to early years support
# role: Health visitor
# when: June 2013 — Layla is 19 months old
# scene: clinic
# sound: office
At clinic in June, Yasmin hands Layla over to be weighed and turns straight back to Yusuf. The two of them seem more tense with each other than a month ago.
Layla is now on the 2nd centile. # chrono: 2013-06 / June 2013; Layla's weight on the 2nd centile
Her vest is grey and too big; Yusuf's clothes are new. When Yusuf cries, Yasmin scoops him up. When Layla bumps her head on the scales she makes no sound at all, and nobody picks her up.
{explored_bonding: You have your notes from the home visit: the bowl taken away, the twins a long way apart on the chart.}
Yasmin has turned down family support again, but she says yes to the Early Years Support Team: a specialist teacher who visits at home to work on play, speech and the relationship between parent and child.
"If it's someone to help with her, fine. I don't want people going through everything." # speaker: Yasmin Noor (mother)
You sit down to write the referral. The form has boxes for the child's needs, what you are asking the service to do, and "any other relevant information".
{knows_hist:
    You know about the two earlier child protection plans{asked_police: and the five police call-outs}.
- else:
    As far as you know there is nothing else relevant. You have not looked at the older children's records.
}
-> ep2_write

=== ep2_write ===
# decision: b1-eyst-referral; contact
# note: The real referral described the attachment and speech concerns but none of the family's history, so the teacher, and later the nursery, could not weigh the earlier plans or the domestic abuse. A referral that tells the receiving service only what it needs for the task leaves it unable to spot risk.
# prompt: What does the Early Years Support Team need to know to keep Layla safe, and not just to do the work you are asking for? How do you explain that to Yasmin?
# real: The referral left out the earlier child protection plans, the domestic abuse and the cannabis use.
+ [Keep the referral to what you are asking them to do: attachment, play and speech. Yasmin agreed to support, not to her history being passed on # real # lp: b1-referral-history -2 # feedback: The teacher and the nursery will see Layla every week without knowing the earlier plans or the domestic abuse, so they cannot weigh what they see (referrals carry the history).]
    You send it that afternoon. It is clear and well written, and says nothing about the family's past. # chrono: 2013-06 / June 2013; Referral to the Early Years Support Team, without the family history
    -> ep2_supervision
+ {knows_hist} [Include the two child protection plans and the domestic abuse, with the weight chart, and tell Yasmin what you are sharing and why # critical: b1-referral-history # lp: b1-referral-history +2 # lp: b1-history-informs +1 # feedback: The receiving service can now weigh what it sees against the history, and Yasmin knows what has been shared (referrals carry the history).]
    ~ referral_full = true
    You ring Yasmin first. She is quiet for a moment.
    "That's all over. But okay. If it's for Layla." # speaker: Yasmin Noor (mother)
    The referral goes with the history and the weight chart attached. # chrono: 2013-06 / June 2013; Referral to the Early Years Support Team, with the safeguarding history and weight chart
    -> ep2_supervision
+ {not knows_hist} [Before you write it, look through the older children's records for anything the teacher ought to know # critical: b1-history-informs # lp: b1-history-informs +1 # feedback: Checking the family's records before a referral is how the history reaches the people who need it (history informs assessment).]
    ~ knows_hist = true
    -> ep2_late_records
+ {not knows_hist} [Add the weight chart and a paragraph on your worry about the difference in how the twins are treated # feedback: Better than the task alone, but without the family's history the service still cannot weigh the risk. You had not looked for it (referrals carry the history).]
    The referral goes with the weight chart and a paragraph about the twins. Nothing about the family's past; you don't know of any. # chrono: 2013-06 / June 2013; Referral to the Early Years Support Team with the weight chart, without the family history
    -> ep2_supervision

=== ep2_late_records ===
On Adam's record there is a faded red and yellow symbol. Behind it: two child protection plans for physical abuse, in 2010 and from 2010 to 2011, after Yasmin and Faisal admitted hitting Adam. Faisal was cautioned and never took part in the assessments. # info: health-visitor; Two child protection plans for Adam, physical abuse, 2010 and 2010 to 2011; Faisal cautioned and never assessed # chrono: 2010 / 2010 to 2011; Two child protection plans for Adam for physical abuse
# decision: b1-eyst-referral-2; contact
# note: Having found the history, does it go in the referral?
# prompt: How do you explain to Yasmin why the history is shared?
# real: The real referral left the history out.
+ [Include it, with the weight chart, and tell Yasmin what you are sharing with the teacher and why # critical: b1-referral-history # lp: b1-referral-history +2 # feedback: The receiving service can now weigh what it sees against the history (referrals carry the history).]
    ~ referral_full = true
    You ring Yasmin. She is quiet for a moment.
    "That's all over. But okay. If it's for Layla." # speaker: Yasmin Noor (mother)
    The referral goes with the history and the weight chart attached. # chrono: 2013-06 / June 2013; Referral to the Early Years Support Team, with the safeguarding history and weight chart
    -> ep2_supervision
+ [Leave it out: the plans closed two years ago, and Yasmin agreed to support, not to her history being shared # real # lp: b1-referral-history -2 # feedback: Closed plans are still the history. Without it, the teacher and nursery cannot weigh what they see (referrals carry the history).]
    The referral goes without it. # chrono: 2013-06 / June 2013; Referral to the Early Years Support Team, without the family history
    -> ep2_supervision

=== ep2_supervision ===
# scene: office
A week later, in supervision, you go through the family with your team leader.
"The Early Years Support Team is the right service for this. Give them the autumn term to build a relationship, and we'll look again at Christmas." # speaker: Stella Bradley (health visiting team leader)
You think of Layla's chart. By Christmas she will have had six more months at this weight.
# decision: b1-timescale; challenge
# note: The review found the health visiting service lost sight of Layla's faltering growth between June 2013 and January 2014, while everyone waited for the bonding work to help her gain weight. There was no timescale for change and no chronology.
# prompt: What is Layla's timescale, as opposed to the service's? What would tell you the plan isn't working, and what would you do then?
# real: The health visitor went on seeing the family almost weekly through the summer; there was no timescale for change, no trigger for a referral and no chronology.
+ [Agree with Stella. The teacher needs time to build a relationship, and Yasmin is engaging with every visit you make # real # lp: b1-attachment-neglect -1 # lp: b1-history-informs -1 # feedback: Without a timescale or a chronology, six months of faltering growth can pass without anyone deciding it is enough (attachment and neglect; history informs assessment).]
    "Good. Keep seeing her." # speaker: Stella Bradley (health visiting team leader)
    -> ep2_end
+ [Agree to the work against Layla's timescale: monthly weights, a target for September, a referral to social care if it is missed, and a chronology # critical: b1-history-informs # lp: b1-attachment-neglect +1 # lp: b1-history-informs +1 # feedback: A clear timescale and a chronology mean the plan is tested against Layla's needs, not left to run (attachment and neglect; history informs assessment).]
    ~ chronology = true
    ~ smart_plan = true
    Stella thinks about it.
    "Fair. Write the trigger into the plan." # speaker: Stella Bradley (health visiting team leader)
    You start the chronology that evening: {knows_hist:the earlier plans, }{asked_police:the police call-outs, }every weight, every contact. It runs to two pages already. # chrono: 2013-06 / June 2013; Health visitor starts a chronology and sets a September target for Layla's weight
    -> ep2_end
+ [Go with Stella's plan, but start a chronology tonight: the earlier plans, every weight and every contact, so the Christmas review has the whole picture # critical: b1-history-informs # lp: b1-history-informs +1 # feedback: The chronology will help, but without a timescale nobody decides when the bonding work has had long enough (history informs assessment).]
    ~ chronology = true
    You start the chronology that evening: {knows_hist:the earlier plans, }every weight and every contact, in order. # chrono: 2013-06 / June 2013; Health visitor starts a chronology
    -> ep2_end

=== ep2_end ===
# decision: b1-end-ep2; pace
+ [Continue]
    ~ explored_bonding = false
    -> ep3_incident
