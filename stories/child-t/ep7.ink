=== ep7_absence ===
# episode: 7; Not back after the holiday
# role: Designated safeguarding lead, Westgate Primary School
# when: Maisie is 4 years 1 month old
# scene: nursery
You are the designated safeguarding lead at Westgate Primary, which includes the nursery class.
{strategy6:
    Maisie has been on a child protection plan since the enquiries in the winter. You are in the core group, and you agreed to tell her social worker about any absence.
}
{kept_open6 and not strategy6:
    Maisie is on a Child in Need plan. Her social worker asked you to report any change.
}
{not strategy6 and not kept_open6:
    Social care closed Maisie's case in the winter. The closure letter is on her file.
}
Her father, Dean, is in prison again.
Maisie's attendance has never been good: two or three mornings a week, all year. In the spring you met Jade about it. She was pleasant and apologetic, and you talked about how much regular mornings would help Maisie when she starts in Reception in September. # chrono: 2016-11-10 / Maisie 3 years 11 months old; Nursery meets Jade about poor attendance
In the two weeks before the holiday, Maisie came in three times out of ten. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie attends three sessions in the two weeks before the holiday
The half-term holiday ended yesterday. Maisie did not come in, and you assumed the family had made a long weekend of it. Today she is not here again. Jade's phone goes straight to voicemail. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie does not return to nursery after the holiday
The head teacher puts her head round your door.
"I've asked the education welfare officer to come to a meeting with Jade next week, to sort the attendance out before Reception. Nursery isn't compulsory, remember. Half our nursery families are patchy." # speaker: Mrs Okafor (head teacher)
"We met Jade in the spring, she was lovely about it. Let's give her the chance to sort it out with us before we start involving everyone." # speaker: Mrs Okafor (head teacher)
She is right that it isn't compulsory, and right that many families are patchy. The welfare service is stretched, and it can't chase every nursery child who misses a few days.
You think about what is in Maisie's file, and about the last time anyone outside her family saw her.
# decision: t7-absence; challenge
# note: Nursery attendance is not compulsory, so poor attendance is not formally followed up. The review found this becomes a reason not to act at all, and that a pre-school child's absence, in this context, should raise welfare concerns (5.14, 6.7). Keeping Children Safe in Education expects the designated safeguarding lead to treat an unexplained absence as a possible safeguarding matter and to act on it, not only as an attendance issue. A child nobody has seen, with this history, may be at immediate risk: the disagreement procedure's stages (practitioner, then managers or safeguarding leads, then heads of service, then the partnership) are for differences of view and must never delay a referral. The DSL refers today and escalates afterwards if social care's response does not protect her. Maisie had moved with her mother to a new partner's flat the week before.
# prompt: What do two days of unexplained absence after a holiday mean for this child, with this history? Whom would you tell today?
# real: The head teacher and safeguarding lead arranged for the education welfare officer to join a meeting with Jade about attendance. Unforeseen circumstances meant it did not take place.
+ [Wait for next week's meeting with Jade and the welfare officer # real # lp: t-preschool-attendance -1 # lp: t-challenge-is-everyones -1 # feedback: Because attendance is not compulsory, an unexplained absence was treated as an attendance matter, not a welfare one. For a child with this history, the school's own safeguarding role applies today (pre-school attendance).]
    You put the meeting in the diary for next Wednesday, and send Jade a letter inviting her.
    You mark Maisie's absences on the register as unauthorised. There is nothing more the attendance procedure asks of you.
    The education welfare officer confirms she can come, if nothing else comes up. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Attendance meeting with the education welfare officer arranged for the following week
    -> ending_router
+ [Ring Jade again, write home, and refer to the welfare officer on Friday # lp: t-preschool-attendance +1 # feedback: Chasing the absence is better than waiting, but a letter and a voicemail keep it as an attendance issue. With this history, someone should be seeing Maisie (pre-school attendance).]
    You leave another voicemail and post a letter home. You put the education welfare referral form in your tray for Friday. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Nursery phones and writes to Jade about the absence
    -> ending_router
+ [Treat it as a welfare concern: ring Sandra and social care today # critical: t-preschool-attendance # critical: t-challenge-is-everyones # lp: t-preschool-attendance +2 # lp: t-challenge-is-everyones +1 # feedback: You treated the absence as a welfare concern, told the agencies who could act and asked for Maisie to be seen today. Every agency shares the responsibility to act (pre-school attendance, challenge).]
    ~ acted_now = true
    -> ep7_calls

=== ep7_calls ===
# sound: phone
You ring Sandra first. She is Maisie's emergency contact.
"I haven't been in Jade's flat for a fortnight. She said they were stopping with a friend for a bit. I don't know where." # speaker: Sandra Brennan (Maisie's grandmother) # info: relative; Grandmother has not been to Jade's flat for two weeks; Jade said she and Maisie were staying with a friend
"We had Maisie for the day on Saturday, me and Dean's brother, to visit her dad in prison. A man dropped her at the bus station for us, a friend of Jade's. I didn't get his name. Maisie was very quiet. Tired." # speaker: Sandra Brennan (Maisie's grandmother) # info: relative; Maisie taken on a prison visit to her father on Saturday, brought by an unnamed man; quiet and tired # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie taken to visit her father in prison by her grandmother and uncle
Then you ring children's social care, and tell the health visitor.
{knew_partner:
    The social worker checks the file while you wait. Harbour's referral named Gary Lowther, and gives his address. # lp: t-hidden-adults +1 # info: social-care; File holds Gary Lowther's name and address from Harbour's referral
    "That's where she'll be. I'm asking police to come with me now." # speaker: Duty social worker
- else:
    The duty social worker arranges a police welfare check at Jade's flat that afternoon. # info: social-care; Children's social care arranges a police welfare check at Jade's flat
    Police find it empty. Post is piling up behind the door. Nobody on file knows of anywhere else Jade might be. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Police welfare check finds Jade's flat empty
}
-> ending_router
