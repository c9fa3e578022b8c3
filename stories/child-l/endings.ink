// Endings. Review 2.2.3, 2.2.4, 3.1.

=== ending_acted ===
# ending: acted; The pattern was seen in time
# scene: meeting-room
The strategy discussion is held that afternoon, with the police, the hospital's named doctor, the GP and the nursery. # chrono: 17 January, year 3; Strategy discussion instead of closure
Evie is seen the next morning by a consultant paediatrician for a child protection medical, with a skeletal survey.
The survey shows old, healing fractures: one in her thigh bone, one in her collarbone, and several in the bones of her spine. They happened at different times, months apart. # chrono: 18 January, year 3; Child protection medical finds old fractures of different ages
All four children are placed with relatives that day, and a police investigation begins.
Evie had already been hurt more than once, and nobody can undo that. But she was protected before anything worse happened.
What made the difference was not one call. It was the injuries put side by side across the children, what Maisie had said, and asking for a strategy discussion rather than agreeing to close.
~ outcome = 1
-> END

=== ending_kept_open ===
# ending: kept-open; The case stayed open
# scene: home
Five days later, you and Nadia visit without an appointment. # chrono: 22 January, year 3; Unannounced joint home visit
Shannon lets you in. She looks exhausted. Evie is on the floor, still not walking well on her left leg.
You ask to weigh and examine her, as you would for any review. When her top comes off there is bruising across her lower back. Shannon says she doesn't know how it happened. # chrono: 22 January, year 3; Bruising found on Evie's lower back
Nadia rings her manager from the car. A strategy discussion is held that day, and Evie has a child protection medical with a skeletal survey.
It shows old, healing fractures of her thigh bone, collarbone and spine, from at least two different times. All four children are placed with relatives, and the police investigate.
Keeping the case open, and seeing the children without notice, found what the home visits by appointment had not. It came late: Evie had been hurt several times over months. But she was protected before anything worse happened.
~ outcome = 2
-> END

=== ending_closed_late ===
# ending: closed-late; Closed, with your reservations on file
# scene: office
Your reservations are in the minutes. The case is closed a week later, on 24 January. # chrono: 24 January, year 3; Case closed to children's social care
You speak to your safeguarding lead on the Monday. She agrees to raise it with social care, and drafts an email.
{e6_referred and e6_maisie:
    The letter from radiology about Evie's missed skeletal survey reaches the social care office after the case has closed.
}
On 27 January Evie, aged 22 months, is admitted to hospital with a life-threatening head injury. # chrono: 27 January, year 3; Evie admitted with a life-threatening head injury
Examination finds older injuries too: healed fractures of her thigh bone and collarbone, fractures in her spine, and bruising to her lower back, from at least two episodes months apart. # chrono: 27 January, year 3; Healed fractures of thigh bone and collarbone, spinal fractures and bruising found
A strategy meeting is held the next day. All the children are removed from Shannon and Dean's care. The head injury causes lasting brain damage. A court later finds that Evie was injured by one or both of her parents.
Your reservations were real and right. But a concern raised after a case has closed arrives too late to change the decision.
~ outcome = 3
-> END

=== ending_closed ===
# ending: closed; The case was closed
# scene: office
Everyone at the table agrees. The case is closed a week later, on 24 January, with no further support. # chrono: 24 January, year 3; Case closed to children's social care
{e6_referred and e6_maisie:
    The letter from radiology about Evie's missed skeletal survey reaches the social care office after the case has closed.
}
On 27 January Evie, aged 22 months, is admitted to hospital with a life-threatening head injury. # chrono: 27 January, year 3; Evie admitted with a life-threatening head injury
Examination finds older injuries too: healed fractures of her thigh bone and collarbone, fractures in her spine, and bruising to her lower back, from at least two episodes months apart. # chrono: 27 January, year 3; Healed fractures of thigh bone and collarbone, spinal fractures and bruising found
A strategy meeting is held the next day. All the children are removed from Shannon and Dean's care. The head injury causes lasting brain damage. A court later finds that Evie was injured by one or both of her parents.
Nobody at the meeting had done anything unusual. Each of them had acted on what was in front of them.
This is what happened in the real case. Each agency held a piece: injuries to a sister explained away, a child's words, a mother's low mood, a missed check, a leg injury. They were never put together, and the case closed three days before Evie was hurt.
~ outcome = 4
-> END
