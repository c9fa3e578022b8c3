// Endings. Chosen at the end of episode 7 from what the learner did:
// protected  = a new strategy meeting pulled in every agency's information (episode 5)
// told       = Lauren was given plain explanations and a way to tell (episode 7)
// near-miss  = the address was marked for urgent police response (episode 4 or 5)
// real       = none of these: the outcome of the real case

=== ending_protected ===
# ending: protected; The risk was seen and acted on
# scene: school
# when: May. Kai is 10
It is May. Kai turned ten last week. The school gave him a card signed by the whole class, and he pinned it up in the calm room.
Dean Rowley is in prison. When he is released, probation, the police, the MARAC coordinator and the school will all be told on the same day. The 111 calls that put him at Lauren's address are on the record for everyone to see.
{kai_anchor:
    Kai sees Bev from Anchor on Thursday mornings. He told Mrs Pike that Bev says none of it was his fault, and he thinks she might be right.
}
{health_rewritten:
    Annie, the school nurse, is back in the core group. She has seen Kai twice about sleep.
}
{lauren_trust:
    Lauren rang Priya last week to ask what happens when Dean comes out, and whether Anchor would still see her. They would.
}
What made the difference was not one big moment. A school that asked other agencies what they held. A child's words written down exactly and passed on the same day. A challenge put in writing, with a deadline, and escalated when the deadline passed. And a strategy meeting that asked every agency, including one that nobody usually asks.
In the real case this scenario is modelled on, that last piece of information never reached the people protecting the child.
-> END

=== ending_told ===
# ending: told; Lauren picked up the phone
# scene: home
# when: Late April. Kai is 9
Late on a Saturday night at the end of April, Dean Rowley turns up at Lauren's door, drunk.
She does not let him in. She rings 999 from the bathroom, then texts Priya, whose number is saved under a friend's name: he's here, I've rung them like you said.
{urgent_marker:
    Because the address carries an urgent-response marker, a police car is outside in six minutes.
- else:
    The police arrive within a quarter of an hour. It feels much longer.
}
Dean is arrested on the doorstep and recalled to prison. Kai was awake on the stairs. He was frightened. He was not hurt. He spends the rest of the weekend at his nan's.
On Monday Lauren says to Priya: You said I could ring. So I did.
When the agencies look back afterwards, they find the pieces that were never put together, including two calls to 111 in March in which Dean gave Lauren's address while he was barred from the town.
This time, safety came down to one relationship and one phone call. Many women in Lauren's position cannot make that call. The system should not have to rely on it.
-> END

=== ending_near_miss ===
# ending: near-miss; A near miss
# scene: street
# when: Early May. Kai is 9
Early in May, just after midnight, a neighbour hears screaming from Lauren's house and rings 999.
The address carries an urgent-response marker. Police are there within minutes.
Dean Rowley is arrested inside the house. Lauren has a head wound that needs stitches. Kai saw what happened from the stairs. He was not physically hurt. He goes to his nan's that night and stays there.
Dean is charged and recalled to prison.
Afterwards, the agencies put together what they had held between them. Among it: two calls to 111 in March in which Dean gave Lauren's address for his medication, while he was barred from the town. Nobody had asked for them, and there was no route for them to reach the core group.
The marker on the address bought minutes. The pieces, put together earlier, might have bought weeks. Kai will live with what he saw for a long time.
-> END

=== ending_real ===
# ending: real; What happened to Kai
# scene: hospital-ward
# when: Early May. Kai is 9
In early May, Dean Rowley attacked Kai and Lauren at home.
Kai was assaulted and saw his mother attacked with a knife. Lauren was seriously injured. Both were taken to hospital, and both recovered from their physical injuries.
Kai now lives with his nan. The people treating him say what he needs most is time: a settled home and a chance to recover at his own pace.
Afterwards, the agencies found that the ambulance service had records of Dean giving Lauren's address when he rang 111 for his medication, while he was barred from the town. There was no route for that to reach the core group, and nobody in it had asked.
A few weeks before the attack, Dean was thought to be at the house. Lauren said he was not, and that was accepted, although everyone involved knew how dangerous he was.
This is close to what happened in the real case this scenario is modelled on.
-> END
