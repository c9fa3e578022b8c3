// Endings. Review 2.2.3, 2.2.4, 3.1.
// The ending follows from critical acts only: the protective act (a consultant review
// and strategy discussion at the emergency department, or a strategy discussion instead
// of closure), and, for the best ending, the earlier critical acts that carried the
// children's words, the evidence of change and the escalations through the case.

=== ending_select ===
{
- groundwork and (e6_lottie or e7_hosp_sib):
    -> ending_acted
- else:
    -> ending_protected
}

=== ending_acted ===
# ending: acted; The pattern was seen in time
# scene: meeting-room
All four children are placed with relatives, and a police investigation begins.
Evie had already been hurt more than once, and nobody can undo that. But she was protected before anything worse happened.
{e6_protect:
    It was the emergency department that acted: a child under two was not sent home on a plausible account, and a consultant and social care saw her that night.
- else:
    It was the closure meeting that acted: a case about to close on "no concerns" became a strategy discussion.
}
What made it possible was not one call. You had linked Evie's injury to her sister's fractures, and before that:
- a child's words were written down as she said them and given their weight;
- good news was tested against what had been seen, not what had been done;
- when professionals could not agree, you used the escalation procedure rather than waiting.
This ending is added for the scenario. In the real case none of this happened.
~ outcome = 1
-> END

=== ending_protected ===
# ending: protected-late; Protected, by one decision at the last moment
# scene: meeting-room
All four children are placed with relatives, and a police investigation begins.
Evie had already been hurt more than once, and nobody can undo that. She was protected before anything worse happened.
{e6_protect:
    It was the emergency department that acted: a consultant and social care saw her before she went home.
- else:
    It was the closure meeting that acted: a case about to close became a strategy discussion.
}
But it came down to a single decision, late. Not every earlier chance to hear the children, to test the parents' progress and to escalate when professionals disagreed had been taken{not (e6_lottie or e7_hosp_sib):, and the sisters' injuries were never put beside each other}.
This ending is added for the scenario. In the real case the case closed and Evie was not protected in time.
~ outcome = 5
-> END

=== ending_kept_open ===
# ending: kept-open; The case stayed open
# scene: home
Five days later, you and Naomi visit without an appointment. # chrono: 2014-01-22 / 22 January, year 3; Unannounced joint home visit
Shannon lets you in. She looks exhausted. Evie is on the floor, still not walking well on her left leg.
You ask to weigh and examine her, as you would for any review. When her top comes off there is bruising across her lower back. Shannon says she doesn't know how it happened. # chrono: 2014-01-22 / 22 January, year 3; Bruising found on Evie's lower back
Naomi rings her manager from the car. A strategy discussion is held that day, and Evie has a child protection medical with a skeletal survey.
It shows old, healing fractures of her thigh bone, collarbone and spine, from at least two different times. All four children are placed with relatives, and the police investigate.
Keeping the case open, and seeing the children without notice, found what the home visits by appointment had not. It came late: Evie had been hurt several times over months. But she was protected before anything worse happened.
This ending is added for the scenario. In the real case the case closed on 24 January.
~ outcome = 2
-> END

=== ending_closed_late ===
# ending: closed-late; Closed, with your reservations on file
# scene: office
Your reservations are in the minutes. The case is closed a week later, on 24 January. # chrono: 2014-01-24 / 24 January, year 3; Case closed to children's social care
You speak to your safeguarding lead on the Monday. She agrees to raise it with social care, and drafts an email.
On 27 January Evie, aged 22 months, is admitted to hospital with a life-threatening head injury. # chrono: 2014-01-27 / 27 January, year 3; Evie admitted with a life-threatening head injury
Examination finds older injuries too: healed fractures of her thigh bone and collarbone, fractures in her spine, and bruising to her lower back, from at least two episodes months apart. # chrono: 2014-01-27 / 27 January, year 3; Healed fractures of thigh bone and collarbone, spinal fractures and bruising found
A strategy meeting is held the next day. All the children are removed from Shannon and Kyle's care. The head injury causes lasting brain damage. A court later finds that Evie was injured by one or both of her parents.
Your reservations were real and right. But a concern raised after a case has closed arrives too late to change the decision.
~ outcome = 3
-> END

=== ending_closed ===
# ending: closed; The case was closed
# scene: office
Everyone at the table agrees. The case is closed a week later, on 24 January, with no further support. # chrono: 2014-01-24 / 24 January, year 3; Case closed to children's social care
On 27 January Evie, aged 22 months, is admitted to hospital with a life-threatening head injury. # chrono: 2014-01-27 / 27 January, year 3; Evie admitted with a life-threatening head injury
Examination finds older injuries too: healed fractures of her thigh bone and collarbone, fractures in her spine, and bruising to her lower back, from at least two episodes months apart. # chrono: 2014-01-27 / 27 January, year 3; Healed fractures of thigh bone and collarbone, spinal fractures and bruising found
A strategy meeting is held the next day. All the children are removed from Shannon and Kyle's care. The head injury causes lasting brain damage. A court later finds that Evie was injured by one or both of her parents.
Nobody at the meeting had done anything unusual. Each of them had acted on what was in front of them.
This is what happened in the real case. Each agency held a piece: injuries to a sister explained away, a child's words, a mother's low mood, a missed check, a leg injury. They were never put together, and the case closed three days before Evie was hurt.
~ outcome = 4
-> END
