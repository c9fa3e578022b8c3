// Endings. Chosen at the end of episode 7 from the learner's critical acts only:
// protected = strategy meeting after a written challenge and escalation (ep 5), Kai's words passed on the day (ep 4),
//             a standing agenda item for other agencies (ep 2), plain words with Lauren (ep 7), and support or a
//             health plan for Kai in his own right (ep 6)
// stopped   = the strategy meeting stopped Darren, but other critical acts were not taken
// told      = Lauren was given plain explanations and a way to tell (ep 7)
// near-miss = group supervision or a complex case discussion marked the address (ep 5)
// real      = none of these: close to the outcome of the real case
// Everything after the strategy meeting in episode 5, and every ending except "real", is added for this scenario.

=== ending_protected ===
# ending: protected; The risk was seen and acted on
# scene: school
# when: May. Kai is 10
It is May. Kai turned ten last week. The school gave him a card signed by the whole class, and he pinned it up in the calm room.
Darren Rowley is in prison. When he is released, his risk will be managed through MAPPA, and probation, the police, the MARAC coordinator and the school will all be told on the same day. The 111 calls that put him at Lauren's address are on the record, found because a strategy meeting asked every agency, health among them.
{kai_anchor:
    Kai sees Dilys from Anchor on Thursday mornings. He told Mrs Eccles that Dilys says none of it was his fault, and he thinks she might be right.
}
{health_rewritten:
    Annie, the school nurse, is back in the core group. She has seen Kai twice about sleep.
}
{lauren_trust:
    Lauren rang Anjali last week to ask what happens when Darren comes out, and whether Anchor would still see her. They would.
}
What made the difference was not one big moment. A core group that asked at every meeting what other agencies held. Kai's words written down exactly and passed on the same day. A challenge put in writing, with a deadline, and taken to the team manager when the deadline passed. A strategy meeting that asked every agency. Plain words with Lauren about what the record meant. And a plan that treated Kai's own needs as needs.
In the real case this scenario is modelled on, the ambulance service's information never reached the people protecting the child. The review found there was no route for it, and that a core group could not reasonably have been expected to think of asking.
-> END

=== ending_stopped ===
# ending: stopped; Stopped in time, with gaps left
# scene: school
# when: May. Kai is 10
It is May. Kai turned ten last week. Darren Rowley is back in prison. The strategy meeting you pushed for put together what no single agency could see, and it acted on it.
{not kai_told_same_day:
    What Kai said in March took days to reach anyone who could act on it. Next time he may not say it at all.
}
{not standing_item:
    The core group is still two agencies. Nothing in its agenda asks what others hold, so the next piece of information will again depend on someone thinking to ask.
}
{not kai_anchor and not health_rewritten:
    Nobody is working with Kai himself. His plan still says no health needs identified.
}
{not explained_clearly:
    Lauren still thinks most of what the police told her about Darren came to nothing, because it said no further action.
}
The challenge and the strategy meeting stopped Darren this time. The gaps that are left are where the next risk will come from.
-> END

=== ending_told ===
# ending: told; Lauren picked up the phone
# scene: home
# when: Late April. Kai is 9
Late on a Saturday night at the end of April, Darren Rowley turns up at Lauren's door, drunk.
She does not let him in. She rings 999 from the bathroom, then texts Anjali, whose number is saved under a friend's name: he's here, I've rung them like you said.
{forum == "ccd":
    Because the address carries an urgent-response marker, a police car is outside in six minutes.
- else:
    The police arrive within a quarter of an hour. It feels much longer.
}
Darren is arrested on the doorstep and recalled to prison. Kai was awake on the stairs. He was frightened. He was not hurt. He spends the rest of the weekend at his nan's.
On Monday Lauren says to Anjali: You said I could ring. So I did.
When the agencies look back afterwards, they find pieces that were never put together, including two calls to 111 in March in which Darren gave Lauren's address while he was barred from the town.
This time, safety came down to one relationship and one phone call. Many women in Lauren's position cannot make that call. The system should not have to rely on it.
-> END

=== ending_near_miss ===
# ending: near-miss; A near miss
# scene: street
# when: Early May. Kai is 9
Early in May, just after midnight, a neighbour hears screaming from Lauren's house and rings 999.
The address carries the urgent-response marker agreed when police, probation, school and social care looked at the case together. Police are there within minutes.
Darren Rowley is arrested inside the house. Lauren has a head wound that needs stitches. Kai saw what happened from the stairs. He was not physically hurt. He goes to his nan's that night and stays there.
Darren is charged and recalled to prison.
Afterwards, the agencies put together what they had held between them. Among it: two calls to 111 in March in which Darren gave Lauren's address for his medication, while he was barred from the town. Health had not been asked to the meeting, and there was no route for those calls to reach anyone protecting Kai.
The marker on the address bought minutes. The pieces, put together earlier, might have bought weeks. Kai will live with what he saw for a long time.
-> END

=== ending_real ===
# ending: real; What happened to Kai
# scene: hospital-ward
# when: Early May. Kai is 9
In early May, Darren Rowley attacked Kai and Lauren at home.
Kai was assaulted and saw his mother attacked with a knife. Lauren was seriously injured. Both recovered from their physical injuries.
Kai now lives with his nan. The people treating him say what he needs most is time: a settled home and a chance to recover at his own pace.
Afterwards, the agencies found that the ambulance service had records of Darren giving Lauren's address when he rang 111 for his medication, while he was barred from the town. There was no route for that to reach the core group. The review did not think a core group could reasonably have been expected to ask for it: the route should have come from the NHS.
A few weeks before the attack, Darren was thought to be at the house. Lauren said he was not, and that was accepted, although everyone involved knew how dangerous he was.
This is close to what happened in the real case this scenario is modelled on.
-> END
