=== ep6_order ===
# episode: 6; The residence order
# role: Social worker
# when: A year later — Ellie is 9, Jack is 7 and Ruby is 5
# scene: office
# sound: typing
{legal_planning:
    The pre-proceedings work began well. Then, four months in, Kirsty left the flat after a row and moved across town. Her drinking got worse. # chrono: Ellie aged 8; Kirsty leaves the family home during pre-proceedings
    Mark stayed with the children. He said he had stopped drinking, and the recovery service confirmed he was attending. He applied to the family court for a residence order, the order that then settled where children lived (since 2014 it has been a child arrangements order). # chrono: Ellie aged 9; Mark applies for a residence order
    A second legal planning meeting agreed that the local authority would support his application, with the children's plan continuing.
- else:
    The plan carried on. Last winter Kirsty left the flat after a row and moved across town. Her drinking got worse. # chrono: Ellie aged 8; Kirsty leaves the family home
    Mark stayed with the children. He said he had stopped drinking, and the recovery service confirmed he was attending. He applied to the family court for a residence order, the order that then settled where children lived (since 2014 it has been a child arrangements order). # chrono: Ellie aged 9; Mark applies for a residence order
}
Four months ago the local authority filed its report with the court. It supports the order: Mark is the children's only available parent, he appears sober, and a residence order would give them stability. # chrono: Ellie aged 9; Local authority files a report supporting Mark's application for a residence order
The final hearing is in eight days.
This morning, three things are on your desk.
A police notification: officers were called to Mark's flat at one in the morning, three weeks ago. Mark was drunk and arguing with another man, who left before they arrived. A neighbour named him as "Mark's mate Lee". Ellie was found awake on the landing. # chrono: Ellie aged 9; Police called at 1am to Mark's flat; Mark drunk, arguing with a man a neighbour called Lee; Ellie awake on the landing # info: police; Mark drunk at 1am three weeks ago, arguing with a man a neighbour named as Lee; Ellie found awake on the landing
{ep5_strategy:
    Last year's strategy discussion ended with a safety plan: no overnight visitors, and no contact with Lee Crane. Mark signed it.
}
// Not used again: reset so paths can merge.
~ ep5_strategy = false
{knew_history():
    You know that name.
- else:
    The name means nothing to you. Nothing in the plan you inherited mentions anyone called Lee.
}
A note from the school: Ellie has twice arrived without having eaten, and told a teaching assistant she does not like it when her dad's friends stay over. # chrono: Ellie aged 9; Ellie tells school staff she does not like it when her father's friends stay over # info: school; Ellie twice arrived without having eaten and said she does not like her father's friends staying over
{substance_at_core:
    And a call from the recovery service: Mark has missed his last three appointments, and the one unbooked test he took, last month, was positive for cocaine. # chrono: Ellie aged 9; Mark misses three recovery appointments; an unbooked test is positive for cocaine # info: drug-service; Mark missed three appointments; his last unbooked test was positive for cocaine
- else:
    And a discharge letter from the recovery service: Mark has been closed for non-attendance. # chrono: Ellie aged 9; Recovery service closes Mark's case for non-attendance # info: drug-service; Mark has been discharged for non-attendance
}
-> ep6_visit
=== ep6_visit ===
# scene: home
# sound: door
You visit Mark that afternoon. The children are at school.
He is ready for you. The flat is tidy. The children's drawings are on the wall, and a new bunk bed is still in its plastic in the hall. He shows you the court letter with the hearing date on it.
"One bad night. A mate came round, we had a few, and it got out of hand. I've not touched a drop since." # speaker: Mark Dobson (father)
"I've had the kids at school every day. Ask them. Ask the school." # speaker: Mark Dobson (father)
You ask who the man was.
"Just a mate. Lee? No. I've not seen Lee in years." # speaker: Mark Dobson (father)
# decision: p6-test-account; disguised
# note: Mark owns the lapse, which is more than many parents do, and the hearing is close. He is also the parent the authority has said it supports. Ask the room how the authority's filed position might make it harder to hear bad news about him.
# prompt: What would you check before you accepted that this was one bad night?
# real: The review records no detail of this point. It found that several troubling incidents came before the order was granted, and that these should have alerted professionals that it was not in the children's best interests (P6).
+ [Accept it: he has owned the lapse, the children are in school and the hearing is only days away # lp: p-inform-court -1 # feedback: An account given a week before a hearing, by the parent whose application you support, needs testing most of all (telling the court when the position changes).]
    You remind Mark that any more incidents must be reported, and he agrees. # chrono: Ellie aged 9; Social worker accepts father's account of the incident
    He walks you to the door.
    "You'll see. Eight days, and then we can all get on with our lives." # speaker: Mark Dobson (father)
    -> ep6_position
+ [Test it: get the full police log, ask the recovery service about his tests, and see Ellie alone at school # lp: p-inform-court +1 # feedback: Continuing to test whether the order is still in the children's interest, rather than defending a position already filed, is what the finding asks of the authority (telling the court when the position changes).]
    ~ checked_mark = true
    -> ep6_checks
+ [Ask Mark to sign a written agreement today: no drinking and no overnight visitors while the case goes on # lp: p-inform-court -1 # feedback: An agreement asks Mark to promise; it does not test what happened that night, or whether the order the authority supports is still right for the children (telling the court when the position changes).]
    Mark signs it at the kitchen table without reading it twice. # chrono: Ellie aged 9; Father signs a written agreement: no drinking, no overnight visitors
    "Whatever you need. Eight days." # speaker: Mark Dobson (father)
    -> ep6_position
=== ep6_checks ===
# scene: office
# sound: phone
The full police log has a detail the notification left out. As the man left, an officer took his name: Lee Crane. # info: police; The full log names the man at Mark's flat as Lee Crane # chrono: Ellie aged 9; Police log confirms the man at Mark's flat at 1am was Lee Crane
{not substance_at_core:
    The recovery service tells you Mark stopped attending three months ago. He has not been tested since. # info: drug-service; Mark stopped attending three months ago and has not been tested since
}
# scene: school
At school, in the nurse's room, Ellie colours in while you talk.
She says Lee stays over sometimes, and that her dad told her not to say. She will not say any more, and you do not press her. # chrono: Ellie aged 9; Ellie tells the social worker Lee Crane stays over and her father told her not to say
You tell her she has done the right thing, and that you will make sure the right people know.
{knew_history():
    You know exactly who Lee Crane is.
- else:
    You go back to the file, and this time you read it from the start. The name is there: five years ago, "Lee's game", and a first plan for sexual abuse that nobody has mentioned since. # chrono: Ellie aged 9; Social worker finds the earlier sexual abuse concern about Lee Crane in the file
    ~ found_history = true
}
A strategy discussion is called for the next morning. # chrono: Ellie aged 9; Strategy discussion called about Ellie's words
-> ep6_position
=== ep6_position ===
# scene: office
# sound: office
Ruth Calder has the court bundle on her desk.
"We filed our position four months ago. If we change it now, the hearing goes off, the children wait months more, and Mark's the only parent they've got." # speaker: Ruth Calder (team manager)
"And we'd have to explain to the judge why we supported it in the first place." # speaker: Ruth Calder (team manager)
{checked_mark:
  "What Ellie said goes to the strategy discussion, and the plan will deal with it. That's separate from the private law case." # speaker: Ruth Calder (team manager)
- else:
  "Put the incident into the plan and monitor it. If it happens again after the order, we act then." # speaker: Ruth Calder (team manager)
}
# decision: p6-court; challenge
# note: Ruth's concern about delay is real: children in private law limbo suffer too. But the court is about to make an order on the strength of a position the authority filed before these incidents. Ask the room who, apart from the authority, could tell the court what has changed, and whether that is enough.
# prompt: If the judge asked the authority today whether it still supports the order, what would the honest answer be?
# real: In the real case the local authority supported the order, and it was granted although troubling incidents had come before it (P6); the incidents and the conversation here are invented. The board's response is that when the authority's view changes, it must tell the court in good time (P6.1).
+ [Let the hearing go ahead on the report already filed, and deal with the incidents through the child protection plan # lp: p-inform-court -2 # feedback: The court makes its order believing the authority supports it; the incidents stay in the authority's file instead of in front of the judge (telling the court when the position changes). # real]
    You add the incidents to the plan. # chrono: Ellie aged 9; Authority's filed support for the order is not revised
    At court Mark wears a borrowed suit and thanks the judge. Kirsty does not attend.
    The judge makes the residence order. The authority's report, written before the incidents, is the only professional view before the court. # chrono: Ellie aged 9; Residence order granted to Mark
    The child protection plan carries on, with Mark as the children's sole carer.
    -> ep7_core_group
+ [Ring the Cafcass officer and tell her about the incidents, so that the court hears of them from her instead # lp: p-inform-court +1 # feedback: Telling the Cafcass officer is better than silence, but the authority's own support stays on the record; the authority must tell the court itself that its view has changed (telling the court when the position changes).]
    The Cafcass officer thanks you and mentions the police call-out in a short addendum. # chrono: Ellie aged 9; Cafcass officer told of the incidents; authority's position unchanged
    At the hearing the authority's barrister confirms that its position is unchanged. The judge makes the residence order, noting that the plan will address the recent incident. # chrono: Ellie aged 9; Residence order granted to Mark
    -> ep7_core_group
+ [Put it to Ruth in writing that the authority's position must change, and take it to the service manager today # critical: p-inform-court # lp: p-inform-court +2 # feedback: Escalating the disagreement the same day, so that the authority revises its position and tells the court before it decides, is what the finding asks for (telling the court when the position changes).]
    ~ court_told = true
    You email Ruth your reasons. She reads them, and rings the service manager herself. # chrono: Ellie aged 9; Social worker escalates the court position to the team manager and service manager
    "I'd rather be told I'm wrong now than by the judge." # speaker: Ruth Calder (team manager)
    # sound: phone
    The service manager agrees with the authority's solicitor, Martin Yeo, that the authority no longer supports the order. Martin files an updated statement two days later. # chrono: Ellie aged 9; Authority files an updated statement: it no longer supports the order
    The judge adjourns the final hearing and directs the authority to report on whether it should apply for care orders. # chrono: Ellie aged 9; Final hearing adjourned; court directs the authority to report
    {checked_mark:
        The strategy discussion agrees that the children cannot stay where Lee Crane visits. The authority applies the same week for interim care orders, and the court grants them. # chrono: Ellie aged 9; Interim care orders granted
        The children are placed together with Mark's sister, Carol, after a same-day assessment approves her as their temporary foster carer; the full assessment of her follows. # chrono: Ellie aged 9; Children placed with their aunt Carol as approved temporary foster carer
    - else:
        The children stay with Mark under a written agreement while the authority assesses: no overnight visitors, and unbooked tests. Nobody has yet tested what happened that night.
    }
    -> ep7_core_group
+ [Accept that the court position is Ruth's decision, and record your disagreement and the incidents on file # lp: p-inform-court -1 # feedback: Recording a disagreement is not resolving it; when the court is about to decide on a view the authority no longer holds, the disagreement is escalated the same day (telling the court when the position changes).]
    You write a careful case note. Ruth countersigns it. # chrono: Ellie aged 9; Social worker's disagreement recorded on file; position unchanged
    At court the authority's barrister confirms its support. The judge makes the residence order. # chrono: Ellie aged 9; Residence order granted to Mark
    -> ep7_core_group
