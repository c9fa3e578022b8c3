// Endings. Review 13.36 to 13.39, 20.9, 22.2, 22.3.
// The ending follows only from critical decisions: instructing proceedings on 2 June
// (instructed_june) or on 20 June (instructed_late), bringing the conference forward
// (conf_forward), agreeing who escalates (escalate_agreed), and the five acts that make the
// file strong (file_strong, set in ep7: chronology, the health visitor's written referral in
// January, the nursery's written referral, the teatime visit, health in the strategy discussion).

=== ending_choose ===
{
- instructed_june and file_strong:
    -> ending_seen_early
- instructed_june:
    -> ending_protected_june
- instructed_late or conf_forward or escalate_agreed:
    -> ending_protected_late
- else:
    -> ending_real
}

=== ending_seen_early ===
# ending: seen-early; The risk was seen and acted on
# scene: home
# when: Autumn 2014 — Layla is nearly three
Layla has been with her foster carers since June.
Social care had known her since {sc_referral_sept:the autumn}{not sc_referral_sept:the winter}, because the health visitor referred in writing rather than waiting, and the nursery put its own concerns in writing too. When the solicitor asked whether the harm could be attributed to her parents' care, the answer was already on file: the health visitor's chronology, her teatime visit beside the nursery's daily record, and a strategy discussion with the paediatrician in it.
The court made an interim care order the day after the legal planning meeting, and she went from the ward to foster carers. By the autumn Layla is on the 9th centile again. She has started to say "more", to cry when she is hurt, and to look for her foster carer when she does.
{conf_forward: Her brothers' plan was put back on track at a review conference brought forward in August. Each of the boys now has a worker who sees him on his own.}
{not conf_forward: Her brothers' plan drifted until September, when the review conference found it had barely started.}
In the real case, no referral was made in the winter, and Layla was sent home from hospital in June.
-> END

=== ending_protected_june ===
# ending: protected-june; Proceedings in June
# scene: home
# when: Autumn 2014 — Layla is nearly three
Layla has been with her foster carers since June. She is gaining weight steadily, and has started to seek comfort when she is hurt.
The hearing was closer than it should have been. Not everything people had seen over the year was on file as a safeguarding concern, set down at the time. It took a manager using their authority to put the question to a court.
{conf_forward: Her brothers' plan was put back on track at a review conference brought forward in August.}
{not conf_forward: Her brothers' plan drifted until September, when the review conference found it had barely started.}
In the real case, the advice at this meeting was taken as the decision, and Layla went home.
-> END

=== ending_protected_late ===
# ending: protected-late; Protected, after delay
# scene: home
# when: Late August 2014 — Layla is 33 months old
{instructed_late:
    Layla went to foster carers on 1 July, because a manager refused to let her case wait for her brothers'.
    She is safe now, and her weight is rising. But she spent another four weeks at home after a hospital meeting had concluded that she should not go home at all, while the advice of 2 June was treated as the decision.
    {conf_forward: Her brothers' plan was put back on track at a review conference brought forward in August.}
    {not conf_forward: Her brothers' plan drifted through the summer, with no core group and no direct work, until the September conference.}
    In the real case, proceedings were never issued for Layla on her own; the decision waited on the evidence about her brothers.
- else:
    {conf_forward and escalate_agreed: The designated doctor's letter and the early conference did what the plan had not.}
    {conf_forward and not escalate_agreed: The early conference did what the plan had not.}
    {escalate_agreed and not conf_forward: The designated doctor's letter did what the plan had not: the meeting it asked for took place within the week.}
    {escalate_agreed: On 8 August the head of service met the designated doctor and agreed to issue proceedings for Layla without waiting for her brothers' evidence.}
    {not escalate_agreed: On 8 August, with the conference's record that the plan was failing in front of him, the head of service agreed to issue proceedings for Layla without waiting for her brothers' evidence.} On 15 August the court made an interim care order, and Layla went to foster carers. # chrono: 2014-08-15 / 15 August 2014; Interim care order; Layla placed with foster carers
    She is safe now. Her weight is rising, slowly.
    But she spent the summer at home, on a plan that nobody was carrying out, after a hospital meeting had concluded that she should not go home at all. The delay was not hers; it was the system's.
    In the real case, no-one brought the conference forward; the named doctor's written disagreement never led to the meeting the procedure provides for, because nobody agreed who would ask for it; and proceedings were still being planned at the end of August.
}
-> END

=== ending_real ===
# ending: real; What happened to Layla
# scene: hospital-ward
# when: 28 August 2014 — Layla is 33 months old
On 6 August the health visitor recorded a large, unexplained rise in Layla's weight. # chrono: 2014-08-06 / 6 August 2014; Large unexplained weight gain recorded
On 14 August a fourth legal planning meeting agreed to start the pre-proceedings process at the end of the month. # chrono: 2014-08-14 / 14 August 2014; Legal planning meeting agrees pre-proceedings for late August
No core group had met. The review conference was still three weeks away.
On 22 August a child protection medical found that Layla had lost the weight again. An emergency protection order was considered, but the medical evidence was not thought to call for it. # chrono: 2014-08-22 / 22 August 2014; Medical finds the weight gain lost; emergency protection order considered and not sought
On 28 August Layla choked on food at home. Her heart stopped on the way to hospital. # chrono: 2014-08-28 / 28 August 2014; Layla chokes at home and has a cardiac arrest
She survived. The lack of oxygen caused lasting damage to her brain. She will need care for the rest of her life.
Nobody could have predicted the choking itself. But Layla was already, by any measure, a child suffering significant harm, and the network had known it since May. The review concluded that had she been removed from her parents' care then, she would in all likelihood not have been injured.
The review could not establish whether, or how, Yasmin's words about force feeding in May had been assessed. Given the weight gained and lost in the weeks before the choking, it called that deeply troubling.
-> END
