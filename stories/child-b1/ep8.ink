// Episode 8: Drift. Review 13.33 to 13.38, 17.7 to 17.10, 18.7 to 18.12, 20.7 to 20.9, 21.6, 22.4 iv and viii.

=== ep8_drift ===
# episode: 8; Drift
# role: Health visitor
# when: Late July 2014 — Layla is 32 months old
# scene: office
# sound: office
{layla_safe():
    -> ep8_safe
- else:
    -> ep8_home
}

=== ep8_safe ===
Layla has been with her foster carers for {instructed_june: seven weeks}{not instructed_june: four weeks}.
"She's started asking for seconds. And yesterday she fell over in the garden and cried, and came to me." # speaker: Foster carer # chrono: July 2014; Layla gaining weight in foster care, and beginning to seek comfort
Her weight is climbing for the first time in over a year. # chrono: July 2014; Layla's weight rising steadily in foster care
Her three brothers are still at home, on child protection plans for emotional abuse.
Since the conference on 12 June, no core group has met. The boys' social worker has changed twice. Nobody is doing the direct work the plan set out, and nobody has asked the boys what home is like. # chrono: June to July 2014; No core group meetings; the brothers' plan is not being carried out
The review conference is set for September.
An early help worker, Shabnam Ali, visits the boys at home twice a week.
-> ep8_adam

=== ep8_home ===
Layla has been home since 2 June.
In early July a new social worker, Beth Collins, told the network she had not seen the concerns others describe. # chrono: July 2014; New social worker says she has not seen the concerns reported by others
"I see a mum who is trying hard. I want to work with her, not against her." # speaker: Beth Collins (social worker)
On 15 July a third legal planning meeting decided to move the case to another social worker, Tom Reeve, to get the children's birth weights from the midwives, and to assess the wider family. The head of service will call a fourth meeting once the assessment is done. # chrono: 15 July 2014; Third legal planning meeting: case reallocated; further assessment before any decision
Since the conference on 12 June, no core group has met. Nobody is checking the plan or the risk together. # chrono: June to July 2014; No core group meetings; the plan is not being carried out
Nobody has followed up Yasmin's words about force feeding.
On 21 July you watch a mealtime. Both parents coax and then shout at Layla when she won't eat, and praise the boys. You are in no doubt now that the problem is the parenting, not Layla. # chrono: 21 July 2014; Health visitor observes parents giving Layla attention for not eating
On 24 July you make an unannounced visit with Tom at two in the afternoon. Layla still has her breakfast in her mouth. # chrono: 24 July 2014; Unannounced visit at 2pm: Layla still holding breakfast in her mouth
The next day an early help worker, Shabnam Ali, starts visiting every day at mealtimes.
The parents have heard, in the space of two months, that the council is going to court, that it isn't, that it might, and that everyone wants to work with them. Yasmin is tense and guarded. Faisal is rarely there when anyone calls.
On 31 July Yasmin tells Shabnam, again, that she struggles to feel any love for Layla. # chrono: 31 July 2014; Mother tells the early help worker she still struggles to love Layla
-> ep8_adam

=== ep8_adam ===
# scene: home
A few days later Shabnam rings you.
"Something Adam said. We were doing a magic wand game, what would you wish for. He said he'd make it so little children who are hungry can have something to eat." # speaker: Shabnam Ali (early help worker)
"It wasn't about fasting or anything like that. I asked." # speaker: Shabnam Ali (early help worker)
Adam is five.
# decision: b1-adam-words; disguised
# note: The review notes the eldest child's remark as highly unusual: it may mean he had been hungry himself, or had watched a sibling go without food. Very young children's voices mostly reach professionals through observation and moments like this one, which are easily lost.
# prompt: What might Adam be telling you? What would it take to hear from each of the children, as individuals?
# real: The review records Adam's remark and what it might mean. It found little evidence that the children's daily experience, or their voices, informed the plans.
+ [Note it as a passing remark. Five-year-olds say all sorts, and it may come from a story at school # lp: b1-lived-experience -1 # feedback: A child's own words about hunger are evidence of daily life at home. Recorded and shared, they count (the child's lived experience).]
    You add a line to your notes. # chrono: July 2014; Adam's remark about hungry children noted
    -> ep8_who_writes
+ [Write down his words exactly, with when and how he said them. Tell the social worker today, and ask for each of the boys to be seen and heard on their own # lp: b1-lived-experience +2 # feedback: You treated Adam's words as evidence of the children's daily life and asked for each child to be heard as an individual (the child's lived experience).]
    ~ adam_recorded = true
    You write it down word for word and send it to the social worker. # chrono: July 2014; Adam says he would make sure hungry little children can eat; recorded and shared with social care
    -> ep8_who_writes

=== ep8_who_writes ===
# scene: office
# sound: phone
Gill Saunders, the named nurse, rings about the plan.
{layla_safe():
    "Health's worried about the boys. No core group, no direct work, a new social worker every few weeks. Dr Adeyemi said she'd mention it to the designated doctor, but nothing has gone to social care in writing." # speaker: Gill Saunders (named nurse, safeguarding)
- else:
    "Dr Adeyemi put her disagreement in writing in June and told the designated doctor, Dr Kerr. He expected a meeting under the procedure. As far as I can tell, nobody has written to ask for one. Each of them thinks the other one is doing it." # speaker: Gill Saunders (named nurse, safeguarding)
}
"I'd assumed the doctors were sorting it." # speaker: Gill Saunders (named nurse, safeguarding)
You look up the resolving professional disagreements procedure. First, practitioner to practitioner. Then the named professional or manager. Then the designated professional with a senior manager in the other agency, in writing, asking for a meeting. And if it is still not resolved, the safeguarding partnership's manager decides what happens next, and can take it to the independent chair.
# decision: b1-who-writes; challenge+contact
# note: The review found the named doctor rightly put her disagreement in writing and told the designated doctor, but the two did not agree who would write formally to social care to ask for a meeting, so the procedure stalled. Named and designated professionals must agree who is responsible for escalating between agencies until it is resolved.
# prompt: Who owns this escalation now? What will happen next, and by when?
# real: The doctors did not agree who would write formally to children's social care, so the meeting under the procedure, which would have involved the safeguarding board's manager and chair, never happened.
+ [Leave it with the doctors. They know health's view, and the designated doctor is aware # real # lp: b1-escalation -1 # feedback: Everyone knew of the disagreement and nobody owned the next step. The procedure only works when someone agrees to write (escalation: agree who escalates).]
    Nobody writes. # chrono: July 2014; Health's disagreement is not taken further; nobody agrees who will write
    -> ep8_conference
+ [Ring Gill and Dr Kerr and agree today who will write formally to the head of service asking for a meeting, with a date; if it isn't resolved, it goes to the partnership's manager # contact: designated-professional # lp: b1-escalation +2 # feedback: You made sure one named person owns the escalation, with a date and the next stage agreed (escalation: agree who escalates).]
    ~ escalate_agreed = true
    -> ep8_agreed
+ [Write to the safeguarding partnership's manager yourself, today # contact: partnership # lp: b1-escalation +1 # feedback: It gets the disagreement out of limbo, but the partnership manager will first ask who in health leads and whether senior managers have met. Agreeing that first is quicker (escalation).]
    ~ partnership_written = true
    -> ep8_partnership

=== ep8_agreed ===
Dr Kerr agrees to write himself.
"I assumed Dr Adeyemi was doing it, and she assumed I was. That's on me." # speaker: Dr Martin Kerr (designated doctor, safeguarding)
His letter goes to Andrew Pike, the head of service, that afternoon, copied to the partnership's manager. It asks for a meeting within five working days. # chrono: July 2014; Designated doctor writes formally to the head of service under the disagreements procedure
-> ep8_conference

=== ep8_partnership ===
You write to the safeguarding partnership's manager. She replies two days later: has the designated doctor raised this with the head of service? If not, that is the next step, and she will ask him to do it. # chrono: July 2014; Health visitor writes to the partnership manager, who refers it back to the designated doctor
A week goes by while the letters go round.
-> ep8_conference

=== ep8_conference ===
The review child protection conference is booked for 11 September.
# decision: b1-bring-forward; challenge
# note: The review found that when the plan was not being carried out, with no core groups and repeated legal meetings, the review conference should have been brought forward from September to deal with the drift and focus on keeping the child safe.
# prompt: The plan is not being carried out. Is September soon enough? Who can bring the conference forward, and what do you need to send them?
# real: The review conference stayed in September. No-one asked for it to be brought forward.
+ [Raise it at the review conference in September, when everyone will be round the table # real # lp: b1-bring-forward-conference -1 # feedback: Waiting six weeks for a conference while the plan isn't working leaves the drift in place (bring the conference forward).]
    You put a note in your diary for September. # chrono: July 2014; Review conference left in September
    -> ep8_end
+ [Write to the conference chair asking for the review conference to be brought forward: the plan isn't being carried out, no core group has met, and the risk is rising # lp: b1-bring-forward-conference +2 # feedback: When a child protection plan isn't being carried out, bringing the review conference forward puts the whole plan back in front of everyone (bring the conference forward).]
    ~ conf_forward = true
    -> ep8_early_conference
+ [Ask the social worker to call a core group first, and see whether that gets the plan moving # lp: b1-bring-forward-conference -1 # feedback: A core group is overdue, but it cannot change the plan. When the plan itself is failing, the conference needs to meet (bring the conference forward).]
    The social worker agrees to try to set one up. The first date everyone can make is in late August. # chrono: July 2014; Core group requested; first date in late August
    -> ep8_end

=== ep8_early_conference ===
# role: Conference chair
# scene: meeting-room
# sound: meeting
# when: Early August 2014 — Layla is 33 months old
You are now Clare Whitfield, the independent conference chair. You read the health visitor's letter and bring the review conference forward to 5 August.
Round the table: the health visitor, the named nurse, the social worker, the early help worker, the police, the school. Yasmin comes; Faisal does not.
{adam_recorded: The health visitor reads out what Adam said, word for word. The room goes quiet.}
{layla_safe():
    The conference hears that no core group has met for the boys and the plan for them has not started. A core group is set for the following week, with named tasks and dates, and direct work with each of the boys. # chrono: 5 August 2014; Review conference brought forward; the brothers' plan restarted with core groups and named tasks
- else:
    The conference hears that no core group has met since June, that there have been three legal planning meetings and no decision, and that Layla's weight is up and down. # chrono: 5 August 2014; Review conference brought forward; plan not being carried out
    You record that the plan is failing to keep Layla safe, and write to the head of service asking for a decision on proceedings within the week.
}
-> ep8_end

=== ep8_end ===
# decision: b1-end-ep8; pace
+ [Continue]
    -> ending_choose
