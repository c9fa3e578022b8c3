=== ep6_order ===
# episode: 6; The residence order
# role: Social worker
# when: A year later — Freya is 9, Jack is 7 and Ruby is 5
# scene: office
# sound: typing
{legal_planning:
    The pre-proceedings work began well. Then, four months in, Kirsty left the flat after a row and moved across town. Her drinking got worse. # chrono: 2011-10 / Freya aged 8; Kirsty leaves the family home during pre-proceedings
    Gavin stayed with the children. He said he had stopped drinking, and the recovery service confirmed he was attending. He applied to the family court for a residence order, the order that then settled where children lived (since 2014 it has been a child arrangements order). # chrono: 2012-09 / Freya aged 9; Gavin applies for a residence order
    A second legal planning meeting agreed that the local authority would support his application, with the children's plan continuing.
- else:
    The plan carried on. Last winter Kirsty left the flat after a row and moved across town. Her drinking got worse. # chrono: 2011-10 / Freya aged 8; Kirsty leaves the family home
    Gavin stayed with the children. He said he had stopped drinking, and the recovery service confirmed he was attending. He applied to the family court for a residence order, the order that then settled where children lived (since 2014 it has been a child arrangements order). # chrono: 2012-09 / Freya aged 9; Gavin applies for a residence order
}
Four months ago the local authority filed its report with the court. It supports the order: Gavin is the children's only available parent, he appears sober, and a residence order would give them stability. # chrono: 2012-09 / Freya aged 9; Local authority files a report supporting Gavin's application for a residence order
The final hearing is in eight days.
This morning, three things are on your desk.
A police notification: officers were called to Gavin's flat at one in the morning, three weeks ago. Gavin was drunk and arguing with another man, who left before they arrived. A neighbour named him as "Gavin's mate Lee". Freya was found awake on the landing. # chrono: 2012-09 / Freya aged 9; Police called at 1am to Gavin's flat; Gavin drunk, arguing with a man a neighbour called Lee; Freya awake on the landing # info: police; Gavin drunk at 1am three weeks ago, arguing with a man a neighbour named as Lee; Freya found awake on the landing
{ep5_strategy:
    Last year's strategy discussion ended with a safety plan: no overnight visitors, and no contact with Lee Crane. Gavin signed it.
}
// Not used again: reset so paths can merge.
~ ep5_strategy = false
{knew_history():
    You know that name.
- else:
    The name means nothing to you. Nothing in the plan you inherited mentions anyone called Lee.
}
A note from the school: Freya has twice arrived without having eaten, and told a teaching assistant she does not like it when her dad's friends stay over. # chrono: 2012-09 / Freya aged 9; Freya tells school staff she does not like it when her father's friends stay over # info: school; Freya twice arrived without having eaten and said she does not like her father's friends staying over
{substance_at_core:
    And a call from the recovery service: Gavin has missed his last three appointments, and the one unbooked test he took, last month, was positive for cocaine. # chrono: 2012-09 / Freya aged 9; Gavin misses three recovery appointments; an unbooked test is positive for cocaine # info: drug-service; Gavin missed three appointments; his last unbooked test was positive for cocaine
- else:
    And a discharge letter from the recovery service: Gavin has been closed for non-attendance. # chrono: 2012-09 / Freya aged 9; Recovery service closes Gavin's case for non-attendance # info: drug-service; Gavin has been discharged for non-attendance
}
-> ep6_visit
=== ep6_visit ===
# scene: home
# sound: door
You visit Gavin that afternoon. The children are at school.
He is ready for you. The flat is tidy. The children's drawings are on the wall, and a new bunk bed is still in its plastic in the hall. He shows you the court letter with the hearing date on it.
"One bad night. A mate came round, we had a few, and it got out of hand. I've not touched a drop since." # speaker: Gavin Dobson (father)
"I've had the kids at school every day. Ask them. Ask the school." # speaker: Gavin Dobson (father)
You ask who the man was.
"Just a mate. Lee? No. I've not seen Lee in years." # speaker: Gavin Dobson (father)
# decision: p6-test-account; disguised
# note: Gavin owns the lapse, which is more than many parents do, and the hearing is close. He is also the parent the authority has said it supports. Ask the room how the authority's filed position might make it harder to hear bad news about him.
# prompt: What would you check before you accepted that this was one bad night?
+ [Accept it: he has owned the lapse, the children are in school and the hearing is only days away # lp: p-inform-court -1 # feedback: An account given a week before a hearing, by the parent whose application you support, needs testing most of all (telling the court when the position changes).]
    You remind Gavin that any more incidents must be reported, and he agrees. # chrono: 2012-09 / Freya aged 9; Social worker accepts father's account of the incident
    He walks you to the door.
    "You'll see. Eight days, and then we can all get on with our lives." # speaker: Gavin Dobson (father)
    -> ep6_position
+ [Test it: get the full police log, ask the recovery service about his tests, and see Freya alone at school # lp: p-inform-court +1 # feedback: Continuing to test whether the order is still in the children's interest, rather than defending a position already filed, is what the finding asks of the authority (telling the court when the position changes).]
    ~ checked_mark = true
    -> ep6_checks
+ [Ask Gavin to sign a written agreement today: no drinking and no overnight visitors while the case goes on # lp: p-inform-court -1 # feedback: An agreement asks Gavin to promise; it does not test what happened that night, or whether the order the authority supports is still right for the children (telling the court when the position changes).]
    Gavin signs it at the kitchen table without reading it twice. # chrono: 2012-09 / Freya aged 9; Father signs a written agreement: no drinking, no overnight visitors
    "Whatever you need. Eight days." # speaker: Gavin Dobson (father)
    -> ep6_position
=== ep6_checks ===
# scene: office
# sound: phone
The full police log has a detail the notification left out. As the man left, an officer took his name: Lee Crane. # info: police; The full log names the man at Gavin's flat as Lee Crane # chrono: 2012-09 / Freya aged 9; Police log confirms the man at Gavin's flat at 1am was Lee Crane
{not substance_at_core:
    The recovery service tells you Gavin stopped attending three months ago. He has not been tested since. # info: drug-service; Gavin stopped attending three months ago and has not been tested since
}
# scene: school
At school, in the nurse's room, Freya colours in while you talk.
She says Lee stays over sometimes, and that her dad told her not to say. She will not say any more, and you do not press her. # chrono: 2012-09 / Freya aged 9; Freya tells the social worker Lee Crane stays over and her father told her not to say
You tell her she has done the right thing, and that you will make sure the right people know.
{knew_history():
    You know exactly who Lee Crane is.
- else:
    You go back to the file, and this time you read it from the start. The name is there: five years ago, "Lee's game", and a first plan for sexual abuse that nobody has mentioned since. # chrono: 2012-09 / Freya aged 9; Social worker finds the earlier sexual abuse concern about Lee Crane in the file
    ~ found_history = true
}
A strategy discussion is called for the next morning. # chrono: 2012-09 / Freya aged 9; Strategy discussion called about Freya's words
-> ep6_position
=== ep6_position ===
# scene: office
# sound: office
Gwen Calder has the court bundle on her desk.
"We filed our position four months ago. If we change it now, the hearing goes off, the children wait months more, and Gavin's the only parent they've got." # speaker: Gwen Calder (team manager)
"And we'd have to explain to the judge why we supported it in the first place." # speaker: Gwen Calder (team manager)
{checked_mark:
  "What Freya said goes to the strategy discussion, and the plan will deal with it. That's separate from the private law case." # speaker: Gwen Calder (team manager)
- else:
  "Put the incident into the plan and monitor it. If it happens again after the order, we act then." # speaker: Gwen Calder (team manager)
}
# decision: p6-court; challenge
# note: Gwen's concern about delay is real: children in private law limbo suffer too. But the court is about to make an order on the strength of a position the authority filed before these incidents. The disagreement is inside one agency, but it follows the same stages as the partnership's procedure for resolving professional disagreements: stage 1, practitioner to practitioner; stage 2, line managers or designated safeguarding leads; stage 3, senior managers or heads of service; stage 4, the safeguarding partnership's independent chair or escalation panel. Each stage usually has a few working days (most procedures say two to five); where a child is at immediate risk, or a court will decide before the stages could run, the child's safety comes first and you go the same day to the level that can act. Gwen is stage 2, and the hearing is in eight days. The report filed is a section 7 report; if the authority changes its view the court can direct a section 37 investigation, and with domestic abuse on the file Practice Direction 12J requires the court to consider it before any child arrangements order. Ask the room who, apart from the authority, could tell the court what has changed, and whether that is enough.
# prompt: If the judge asked the authority today whether it still supports the order, what would the honest answer be?
# real: In the real case the local authority supported the order, and it was granted although troubling incidents had come before it (P6); the incidents and the conversation here are invented. The board's response is that when the authority's view changes, it must tell the court in good time (P6.1).
+ [Let the hearing go ahead on the report already filed, and deal with the incidents through the child protection plan # lp: p-inform-court -2 # feedback: The court makes its order believing the authority supports it; the incidents stay in the authority's file instead of in front of the judge (telling the court when the position changes). # real]
    You add the incidents to the plan. # chrono: 2012-09 / Freya aged 9; Authority's filed support for the order is not revised
    At court Gavin wears a borrowed suit and thanks the judge. Kirsty does not attend.
    The judge makes the residence order. The authority's report, written before the incidents, is the only professional view before the court. # chrono: 2012-09 / Freya aged 9; Residence order granted to Gavin
    The child protection plan carries on, with Gavin as the children's sole carer.
    -> ep7_core_group
+ [Ring the Cafcass officer and tell her about the incidents, so that the court hears of them from her instead # lp: p-inform-court +1 # feedback: Telling the Cafcass officer is better than silence, but the authority's own support stays on the record; the authority must tell the court itself that its view has changed (telling the court when the position changes).]
    The Cafcass officer thanks you and mentions the police call-out in a short addendum. # chrono: 2012-09 / Freya aged 9; Cafcass officer told of the incidents; authority's position unchanged
    At the hearing the authority's barrister confirms that its position is unchanged. The judge makes the residence order, noting that the plan will address the recent incident. # chrono: 2012-09 / Freya aged 9; Residence order granted to Gavin
    -> ep7_core_group
+ [Put it to Gwen in writing, and take it to the service manager today: stage 3 of the escalation procedure # critical: p-inform-court # lp: p-inform-court +2 # feedback: Gwen, your manager, is stage 2; with the hearing in eight days, going to stage 3, the service manager, the same day lets the authority revise its position and tell the court before it decides (telling the court when the position changes).]
    ~ court_told = true
    You email Gwen your reasons. She reads them, and rings the service manager herself. # chrono: 2012-09 / Freya aged 9; Social worker escalates the court position to the team manager and service manager
    "I'd rather be told I'm wrong now than by the judge." # speaker: Gwen Calder (team manager)
    # sound: phone
    The service manager agrees with the authority's solicitor, Hugh Yeo, that the authority no longer supports the order. Hugh files an updated statement two days later. # chrono: 2012-09 / Freya aged 9; Authority files an updated statement: it no longer supports the order
    The judge adjourns the final hearing and directs the authority, under section 37, to report on whether it should apply for care orders. # chrono: 2012-09 / Freya aged 9; Final hearing adjourned; court directs the authority to report
    {checked_mark:
        The strategy discussion agrees that the children cannot stay where Lee Crane visits. The authority applies the same week for interim care orders, and the court grants them. # chrono: 2012-09 / Freya aged 9; Interim care orders granted
        The children are placed together with Gavin's sister, Carol, after a same-day assessment approves her as their temporary foster carer; the full assessment of her follows. # chrono: 2012-09 / Freya aged 9; Children placed with their aunt Carol as approved temporary foster carer
    - else:
        The children stay with Gavin under a written agreement while the authority assesses: no overnight visitors, and unbooked tests. Nobody has yet tested what happened that night.
    }
    -> ep7_core_group
+ [Accept that the court position is Gwen's decision, and record your disagreement and the incidents on file # lp: p-inform-court -1 # feedback: Recording a disagreement is not resolving it; when the court is about to decide on a view the authority no longer holds, the disagreement is escalated the same day (telling the court when the position changes).]
    You write a careful case note. Gwen countersigns it. # chrono: 2012-09 / Freya aged 9; Social worker's disagreement recorded on file; position unchanged
    At court the authority's barrister confirms its support. The judge makes the residence order. # chrono: 2012-09 / Freya aged 9; Residence order granted to Gavin
    -> ep7_core_group
