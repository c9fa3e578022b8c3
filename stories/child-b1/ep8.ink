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
"She's started asking for seconds. And yesterday she fell over in the garden and cried, and came to me." # speaker: Foster carer # chrono: 2014-07-25 / July 2014; Layla gaining weight in foster care, and beginning to seek comfort
Her weight is climbing for the first time in over a year. # chrono: 2014-07-25 / July 2014; Layla's weight rising steadily in foster care
Her three brothers are still at home, on child protection plans for emotional abuse.
Since the conference on 12 June, no core group has met. The boys' social worker has changed twice. Nobody is doing the direct work the plan set out, and nobody has asked the boys what home is like. # chrono: 2014-06-12 / June to July 2014; No core group meetings; the brothers' plan is not being carried out
The review conference is set for September.
An early help worker, Shabnam Ali, visits the boys at home twice a week.
-> ep8_adam

=== ep8_home ===
# when: Early July 2014 — Layla is 32 months old
Layla has been home since 2 June.
At a network meeting a new social worker, Beth Collins, says she has not seen the concerns others describe. # chrono: 2014-07-02 / July 2014; New social worker says she has not seen the concerns reported by others
"I see a mum who is trying hard. I want to work with her, not against her." # speaker: Beth Collins (social worker)
She would rather finish her own assessment before anyone talks about court again. Yasmin, she says, has kept every appointment.
You think of the hospital's conclusion in May, and of a child who weighed at two and a half what she weighed at one.
# decision: b1-trying-hard; disguised+challenge
# note: The review found the new social worker's certainty that she had not seen the concerns moved the approach to an empowerment model and added delay, with a further legal planning meeting waiting for her assessment (13.33-13.34, 18.8-18.9, 20.7); the parents' apparent cooperation was in all likelihood disguised compliance (18.10-18.11). The partnership's procedure for resolving professional disagreements has four stages: 1, practitioner to practitioner, within a working day; 2, line managers or safeguarding leads (in health, the named professional), within two working days; 3, senior managers and designated professionals between agencies, in writing, within five working days; 4, the safeguarding partnership's independent chair or escalation panel (in 2014, the Safeguarding Children Board's manager and chair). When a child may be at immediate risk, her safety overrides the stages and their timescales: go to the level that can act, the same day. The review does not record how other professionals answered her; this decision is added for the scenario.
# prompt: Cooperation with appointments is not the same as change for Layla. What evidence would test Beth's view, and what do you do if she still disagrees?
+ [Give Beth's approach a chance: a fresh pair of eyes can help, and you will keep weighing Layla and send her every result # lp: b1-escalation -1 # feedback: Weighing goes on, but Beth's view now shapes the plan unchallenged. Parents' cooperation with appointments can hide a lack of change (escalation; disguised compliance).]
    You send Beth the next two weights. She thanks you. # chrono: 2014-07-07 / July 2014; Health visitor shares weights with the new social worker; her view is not challenged
    -> ep8_home_drift
+ [Meet Beth with the weights, the hospital's finding and your notes from May; if she still disagrees, take it to her manager (stage 2) # critical: b1-escalation # lp: b1-escalation +1 # feedback: You tested her view against the evidence, practitioner to practitioner (stage 1), and took it to her manager (stage 2) when it stayed unresolved (escalation; disguised compliance).]
    ~ sw2_challenged = true
    -> ep8_trying_hard
+ [Leave it to the legal planning meetings: whether to go to court is social care's decision, and health's view is on file # lp: b1-escalation -1 # feedback: Health's view on file is not health's view in the decision. The procedure starts with the practitioner who disagrees (escalation).]
    -> ep8_home_drift

=== ep8_trying_hard ===
You sit down with Beth and put the weight chart between you. She looks at it for a long time.
"I haven't seen it. But I can see that." # speaker: Beth Collins (social worker)
She still wants to finish her assessment first. The same afternoon you ring her team manager, and follow it with an email: Yasmin's cooperation is not the same as change for Layla, and the hospital's conclusion has not gone away. Your email goes on the file for the next legal planning meeting. # chrono: 2014-07-07 / July 2014; Health visitor challenges the new social worker's view and takes it to her manager in writing
-> ep8_home_drift

=== ep8_home_drift ===
# when: Late July 2014 — Layla is 32 months old
On 15 July a third legal planning meeting decided to move the case to another social worker, Theo Reeve, to get the children's birth weights from the midwives, and to assess the wider family. The head of service will call a fourth meeting once the assessment is done. # chrono: 2014-07-15 / 15 July 2014; Third legal planning meeting: case reallocated; further assessment before any decision
Since the conference on 12 June, no core group has met. Nobody is checking the plan or the risk together. # chrono: 2014-06-12 / June to July 2014; No core group meetings; the plan is not being carried out
{force_feed_named: Your account of Yasmin's words about force feeding is on the file. Nobody has told you whether, or how, it was assessed.}
{not force_feed_named: You do not know whether anyone has weighed what Yasmin said about force feeding in May.}
On 21 July you watch a mealtime. Both parents coax and then shout at Layla when she won't eat, and praise the boys. You are in no doubt now that the problem is the parenting, not Layla. # chrono: 2014-07-21 / 21 July 2014; Health visitor observes parents giving Layla attention for not eating
On 24 July you make an unannounced visit with Theo at two in the afternoon. Layla still has her breakfast in her mouth. # chrono: 2014-07-24 / 24 July 2014; Unannounced visit at 2pm: Layla still holding breakfast in her mouth
The next day an early help worker, Shabnam Ali, starts visiting every day at mealtimes.
The parents have heard, in the space of two months, that the council is going to court, that it isn't, that it might, and that everyone wants to work with them. Yasmin is tense and guarded. Faisal is rarely there when anyone calls.
On 31 July Yasmin tells Shabnam, again, that she struggles to feel any love for Layla. # chrono: 2014-07-31 / 31 July 2014; Mother tells the early help worker she still struggles to love Layla
-> ep8_adam

=== ep8_adam ===
# scene: home
A few days later Shabnam rings you.
"Something Adam said. We were doing a magic wand game, what would you wish for. He said he'd make it so little children who are hungry can have something to eat." # speaker: Shabnam Ali (early help worker)
"It wasn't about fasting or anything like that. I asked." # speaker: Shabnam Ali (early help worker)
Adam is five.
# decision: b1-adam-words; disguised
# note: The review notes the eldest child's remark as highly unusual: it may mean he had been hungry himself, or had watched a sibling go without food (21.6). The review dates it only "at a later date"; placing it here, in late July 2014, and making it a decision are the scenario's own: the review does not record who heard it or what was done with it. It found little evidence that the children's daily experience, or their voices, informed the plans. Very young children's voices mostly reach professionals through observation and moments like this one, which are easily lost.
# prompt: What might Adam be telling you? What would it take to hear from each of the children, as individuals?
+ [Pass it on to the social worker in your next weekly update, as one more thing for her to weigh alongside everything else she has # lp: b1-lived-experience -1 # feedback: Passed on as a remark, his words lose their context, and nobody asks to hear from each boy. A child's own words about hunger are evidence of daily life at home (the child's lived experience).]
    You add a line to your next update. # chrono: 2014-07-28 / July 2014; Adam's remark about hungry children noted
    -> ep8_who_writes
+ [Ask Yasmin and Faisal gently what Adam might have meant, so that you don't read too much into a game # lp: b1-lived-experience -1 # feedback: Asking the parents first gives them the chance to explain it away, and Adam's own meaning is lost. Record his words and ask for him to be seen alone (the child's lived experience).]
    Yasmin laughs. "He watches the news. Those children in Africa." You note what she said. # chrono: 2014-07-28 / July 2014; Adam's remark about hungry children put to his parents, who explain it away
    -> ep8_who_writes
+ [Write down his exact words, when and how he said them; tell the social worker today, and ask for each boy to be seen alone # critical: b1-lived-experience # lp: b1-lived-experience +2 # feedback: You treated Adam's words as evidence of the children's daily life and asked for each child to be heard as an individual (the child's lived experience).]
    ~ adam_recorded = true
    You write it down word for word and send it to the social worker. # chrono: 2014-07-28 / July 2014; Adam says he would make sure hungry little children can eat; recorded and shared with social care
    -> ep8_who_writes

=== ep8_who_writes ===
# scene: office
# sound: phone
Rhona Saunders, the named nurse, rings about the plan.
{layla_safe():
    "Health's worried about the boys. No core group, no direct work, a new social worker every few weeks. Dr Sanusi said she'd mention it to the designated doctor, but nothing has gone to social care in writing." # speaker: Rhona Saunders (named nurse, safeguarding)
- else:
    "Dr Sanusi put her disagreement in writing in June and told the designated doctor, Dr Kerr. He expected a meeting under the procedure. As far as I can tell, nobody has written to ask for one. Each of them thinks the other one is doing it." # speaker: Rhona Saunders (named nurse, safeguarding)
}
"I'd assumed the doctors were sorting it." # speaker: Rhona Saunders (named nurse, safeguarding)
You look up the resolving professional disagreements procedure. Stage 1: practitioner to practitioner, within a working day. Stage 2: the named professional or line manager, within two working days. Stage 3: the designated professional writes to a senior manager in the other agency asking for a meeting, within five working days. Stage 4: if it is still not resolved, the Local Safeguarding Children Board's manager and independent chair. (Today the board's place is taken by the local safeguarding partnership and its independent chair or escalation panel.) And at any stage, if a child is at immediate risk, her safety comes first.
# decision: b1-who-writes; challenge+contact
# note: The review found the named doctor rightly put her disagreement in writing and told the designated doctor, but the two did not agree who would write formally to social care to ask for a meeting, so the procedure stalled. Named and designated professionals must agree who is responsible for escalating between agencies until it is resolved.
# prompt: Who owns this escalation now? What will happen next, and by when?
# real: The doctors did not agree who would write formally to children's social care, so the meeting under the procedure, which would have involved the safeguarding board's manager and chair, never happened.
+ [Leave it with the doctors. They know health's view, the designated doctor is aware, and they know the procedure best # real # lp: b1-escalation -1 # feedback: Everyone knew of the disagreement and nobody owned the next step. The procedure only works when someone agrees to write (escalation: agree who escalates).]
    Nobody writes. # chrono: 2014-07-30 / July 2014; Health's disagreement is not taken further; nobody agrees who will write
    -> ep8_conference
+ [Ring Rhona and Dr Kerr and agree today which of them writes to the head of service asking for a stage 3 meeting, and by when # contact: designated-professional # critical: b1-escalation # lp: b1-escalation +2 # feedback: You made sure one named person owns the escalation, with a date and the next stage agreed (escalation: agree who escalates).]
    ~ escalate_agreed = true
    -> ep8_agreed
+ [Write to the Safeguarding Children Board's manager yourself today, setting out health's disagreement and the drift # contact: partnership # lp: b1-escalation +1 # feedback: It gets the disagreement out of limbo, but the board's manager will first ask who in health leads and whether the designated doctor has met social care. Agreeing that first is quicker (escalation).]
    ~ partnership_written = true
    -> ep8_partnership

=== ep8_agreed ===
Dr Kerr agrees to write himself.
"I assumed Dr Sanusi was doing it, and she assumed I was. That's on me." # speaker: Dr Rupert Kerr (designated doctor, safeguarding)
His letter goes to Andrew Rowntree, the head of service, that afternoon, copied to the Safeguarding Children Board's manager. It asks for a meeting within five working days. # chrono: 2014-07-30 / July 2014; Designated doctor writes formally to the head of service under the disagreements procedure
-> ep8_conference

=== ep8_partnership ===
You write to the Safeguarding Children Board's manager. She replies two days later: has the designated doctor raised this with the head of service? If not, that is the next step, and she will ask him to do it. # chrono: 2014-07-30 / July 2014; Health visitor writes to the safeguarding board's manager, who refers it back to the designated doctor
A week goes by while the letters go round.
-> ep8_conference

=== ep8_conference ===
The review child protection conference is booked for 11 September.
# decision: b1-bring-forward; challenge
# note: The review found that when the plan was not being carried out, with no core groups and repeated legal meetings, the review conference should have been brought forward from September to deal with the drift and focus on keeping the child safe.
# prompt: The plan is not being carried out. Is September soon enough? Who can bring the conference forward, and what do you need to send them?
# real: The review conference stayed in September. No-one asked for it to be brought forward.
+ [Raise it at the review conference in September, when everyone who holds a part of the plan will be round the same table # real # lp: b1-bring-forward-conference -1 # feedback: Waiting six weeks for a conference while the plan isn't working leaves the drift in place (bring the conference forward).]
    You put a note in your diary for September. # chrono: 2014-07-30 / July 2014; Review conference left in September
    -> ep8_end
+ [Ask the conference chair in writing to bring the review conference forward, and ask for the overdue core group meanwhile # critical: b1-bring-forward-conference # lp: b1-bring-forward-conference +2 # feedback: When a child protection plan isn't being carried out, bringing the review conference forward puts the whole plan back in front of everyone (bring the conference forward).]
    ~ conf_forward = true
    -> ep8_early_conference
+ [Ask the social worker to call the overdue core group first, and see whether that gets the plan moving before September # feedback: A core group is overdue and right to ask for, but it cannot change the plan. When the plan itself is failing, the conference needs to meet sooner (bring the conference forward).]
    The social worker agrees to try to set one up. The first date everyone can make is in late August. # chrono: 2014-07-30 / July 2014; Core group requested; first date in late August
    -> ep8_end

=== ep8_early_conference ===
# role: Conference chair
# scene: meeting-room
# sound: meeting
# when: Early August 2014 — Layla is 33 months old
You are now Philippa Rothwell, the independent conference chair. You read the health visitor's letter: the plan is not being carried out, no core group has met, and the risk is rising. You bring the review conference forward to 5 August.
Round the table: the health visitor, the named nurse, the social worker, the early help worker, the police, the school. Yasmin comes; Faisal does not.
{adam_recorded: The health visitor reads out what Adam said, word for word. The room goes quiet.}
{layla_safe():
    The conference hears that no core group has met for the boys and the plan for them has not started. A core group is set for the following week, with named tasks and dates, and direct work with each of the boys. # chrono: 2014-08-05 / 5 August 2014; Review conference brought forward; the brothers' plan restarted with core groups and named tasks
- else:
    The conference hears that no core group has met since June, that there have been three legal planning meetings and no decision, and that Layla's weight is up and down. # chrono: 2014-08-05 / 5 August 2014; Review conference brought forward; plan not being carried out
    You record that the plan is failing to keep Layla safe, and write to the head of service asking for a decision on proceedings within the week.
}
-> ep8_end

=== ep8_end ===
# decision: b1-end-ep8; pace
+ [Continue]
    -> ending_choose
