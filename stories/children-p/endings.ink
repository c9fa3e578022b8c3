// The best ending needs six critical acts: court_told (telling the court, P6),
// legal_planning (a chronology and a legal planning meeting, P4 and P5),
// plan_scrutinised (the core group rewrites the plan, P7), substance_at_core (the
// recovery service joins the children's plan, P3) and history_kept (the sexual abuse
// history carried into the plan by the chair, P1, or found and referred by the school, P2).
// The other endings ask whether the history was in view by any route, and what was done.
=== endings ===
{
- court_told and legal_planning and plan_scrutinised and substance_at_core and history_kept:
    -> ending_acted
- (court_told or legal_planning or plan_scrutinised) and knew_history():
    -> ending_late
- court_told or legal_planning or plan_scrutinised:
    -> ending_partial
- else:
    -> ending_drift
}
=== ending_acted ===
# ending: acted; The risk was seen and acted on
# scene: court
The authority's report to the court becomes an application for care orders. The court has the chronology, the graded care profile{checked_mark:, the police log of the night Lee Crane was at the flat} and the history, side by side. # chrono: 2013-02 / Freya aged 9; Care proceedings issued
The children are placed together with their aunt, Carol, assessed and approved as their foster carer, with support to make it work. # chrono: 2013-02 / Freya aged 9; Children placed together with their aunt as approved foster carer
{freya_heard:
    What Freya told the school nurse, in her own words, is in the social worker's statement.
}
Because the earlier concern about Lee Crane is on the record and in front of everyone, the police act on what Freya says. In a specialist interview she says more. Lee Crane is arrested. # chrono: 2013-02 / Freya aged 9; Freya gives an account in a specialist interview; Lee Crane arrested
Freya and Jack begin therapeutic work. Ruby has her teeth treated and starts to put on weight.
Kirsty is offered support in her own right, and keeps in touch with her children.
Things went wrong for these children for years before any of this, and the harm done is not undone by a good ending. What changed it was the history kept in front of people, a chronology, a plan the core group rewrote, and a court told the truth in time.
-> END
=== ending_late ===
# ending: late; Protection came, but late
# scene: court
The history stayed in view, and some of the right steps were taken. But other decisions came more slowly than the children needed.
{court_told:
    The court did not grant the order, and the authority's assessment went on.
- else:
    The residence order had been granted, and the authority had to apply to the court again to change things.
}
{not legal_planning:
    Without a chronology and a measured assessment of the neglect, the case for action took many more months to build.
}
In the end, care proceedings were issued. The children were placed with their aunt, approved as their foster carer. # chrono: 2013-06 / Freya aged 10; Care proceedings issued; children placed with their aunt
Because the concern about Lee Crane was still on the record, Freya was listened to when she began to talk about him, and the police acted. # chrono: 2013-06 / Freya aged 10; Freya's account is investigated; Lee Crane arrested
By then, the children had lived with neglect, and the older two with abuse, for longer than anyone should. Each delay had a cost, and the children paid it.
-> END
=== ending_partial ===
# ending: partial; The neglect was seen; the abuse stayed hidden
# scene: court
The neglect was seen in the end. {legal_planning:The chronology and the graded care profile}{not legal_planning and court_told:The updated statement to the court}{not legal_planning and not court_told:The rewritten plan} made the case, and care proceedings were issued. # chrono: 2013-06 / Freya aged 10; Care proceedings issued on grounds of neglect
The children were placed in foster care together.
But the plan that everyone had worked from for years was a plan about neglect. Nobody round the table had Lee Crane's name in front of them.
Months into foster care, Freya began to tell her carer about Lee, and about things that had happened over several years. Jack, later, did the same. # chrono: 2013-06 / Freya aged 10; In foster care, Freya and Jack begin to tell of sexual abuse over several years
The sexual abuse had been known about, and written down, when Freya was four. It had dropped out of the plans when the category changed, and stayed hidden for the rest of the children's time at home.
-> END
=== ending_drift ===
# ending: drift; An illustrative outcome: the harm went on
# scene: office
This ending is invented for the scenario. The published response sets out the review's findings; it does not say what happened to the children.
The residence order was granted, and the plan carried on much as before. The minutes recorded that the children were happy at home. # chrono: 2013-02 / Freya aged 9 to 11; The plan continues unchanged under the residence order
Two years later, the children were taken into care after the extent of the neglect became impossible to ignore.
In foster care, the children began to speak about what had happened to them. Over several years they had been seriously harmed, through extreme neglect and through sexual abuse by a man the family knew. # chrono: 2014-06 / Freya aged 11; Children taken into care; they begin to tell of years of neglect and sexual abuse
Between them, the agencies had held every piece for years: the mother's own childhood, the age at which the relationship began, a child's words about "Lee's game", a five-year-old's secret game, tests only ever taken at booked times, a flat only ever seen on the days it was expected, a nine-year-old awake on the landing at one in the morning. No one practitioner held enough of it, and the plan that might have joined it up had stopped carrying it.
In the real case, the serious case review found the same pattern: a concern about sexual abuse that became almost hidden when the plans changed category; assessments of the parents that were about the adults; a mother who had been a child herself; and an order supported after troubling incidents.
Every one of those points was a decision that someone, somewhere, could have taken differently.
-> END
