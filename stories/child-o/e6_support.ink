// Episode 6: Support for the child in his own right. Learner: social worker.
// Review: Multi-Agency Meetings; Rec 2, 3, 4.

=== e6 ===
# episode: 6; Support for Kai in his own right
# role: Social worker, Brackenmouth children's services
# when: April. Kai is 9, nearly 10
# scene: home
# sound: door
For this episode you are Anjali Nair, Kai's social worker, again.
{forum == "strategy":
    Darren Rowley is back in prison. After the arrest, Lauren told you the truth in a rush: he turned up at Christmas, after she changed her number. He said he'd changed. She let him stay when Kai was at his nan's, then when Kai wasn't. # chrono: 2021-04-15 / April; Lauren tells the social worker Darren had been coming to the house since Christmas
    She is frightened, and ashamed, and angry with everyone, including herself.
- else:
    As far as anyone's records show, Darren Rowley is in Westford, keeping to his licence.
}
# scene: school
Before you see Lauren, you see Kai at school, in the library, on his own. You have brought the worksheet with three houses on it, the one most children his age find a bit babyish. Kai doesn't. He fills it in carefully.
In the house of worries he draws a door, and writes: when it gets loud. In the house of good things he writes: football, Nan, Mrs Eccles, chips. In the house of dreams he writes: no more meetings. # chrono: 2021-04-15 / April; Kai tells his social worker he worries about when it gets loud and wishes for no more meetings
{forum == "strategy":
    Is Darren going to stay in prison now? Mum keeps crying. # speaker: Kai Mercer (age 9)
- else:
    He asks you, without looking up, whether it counts as breaking a rule if nobody gets hurt. When you ask what he means, he says it doesn't matter and asks if he can go to lunch. # chrono: 2021-04-15 / April; Kai asks his social worker whether breaking a rule counts if nobody gets hurt
}
# scene: home
In the afternoon you are at Lauren's kitchen table to go through the plan before the review conference.
You raise Anchor again, the domestic abuse service. It is the fourth time someone has offered.
I've said no. I don't need a stranger telling me I'm a victim. I'm not sitting in a room crying about it. # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-04-15 / April; Lauren declines Anchor's support again
You don't push it. Your draft of the plan says: Anchor support offered to mother, declined. Health: no health needs identified at the health assessment last March; 0 to 19 service closed.
On the way back to the car you think about Kai. A man stabbed in his home when he was seven. A night alone. Months in care. His mum hurt, twice that you know of. Police at the door. A man he is told to keep secret.
None of that is written down as a need.
You have a free hour before your next visit. You could ring a few people about Kai himself.
-> e6_calls

=== e6_calls ===
= ask
# decision: o-e6-support; contact
# note: A parent declining support for herself does not close the door for her child. The review reminds professionals that children can be referred to the domestic abuse service in their own right, subject to parental consent, and that emotional health needs should be assumed after trauma.
# prompt: Lauren has said no to Anchor for herself. What does Kai need, and who could provide it?
# real: The review was unclear whether the core group ever considered referring Kai to the domestic abuse service in his own right. Health had withdrawn after finding no health needs.
+ {not kai_anchor} [Ring Anchor's children's team about support for Kai himself # contact: domestic-abuse # lp: o-child-in-own-right +2 # critical: o-child-in-own-right # feedback: Kai can have domestic abuse support in his own right, with his mum's consent, even though she has declined it for herself (child in his own right).]
    ~ kai_anchor = true
    ~ e6_count++
    # sound: phone
    {asked_anchor:
        Dilys Lister remembers the school's call.
        I said in November we could see him. Still happy to. # speaker: Dilys Lister (Anchor children and young people's worker)
    - else:
        Dilys Lister from Anchor's children and young people's team picks up.
    }
    We can do one-to-one sessions in school, about what's happened at home, keeping safe, and the feelings that go with it. We need Mum's consent, and Kai has a say too. # speaker: Dilys Lister (Anchor children and young people's worker) # info: domestic-abuse; Anchor can offer Kai one-to-one sessions in school with his mother's consent
    You ring Lauren from the car. She is quiet for a moment.
    If it's at school and it's for him, not about me, then fine. He likes talking. # speaker: Lauren Mercer (Kai's mother) # chrono: 2021-04-15 / April; Lauren consents to Anchor working with Kai in his own right
    -> after
+ {not e6_nurse} [Ask the 0 to 19 service to look at Kai's emotional health # contact: health-visitor # feedback: No identified health need at one assessment does not mean none after everything since. What you hear matters when you come to write the plan (emotional health needs).]
    ~ e6_nurse = true
    ~ e6_count++
    # sound: phone
    We stepped back because the assessment found nothing and we can't stay in every core group. But emotional health is health. With what he's been through, I'd expect it to show at some point. # speaker: Annie Ainsworth (school nurse, 0 to 19 service) # info: health-visitor; The 0 to 19 service withdrew after the assessment but can see Kai about emotional health
    He came to my drop-in twice last year with tummy aches and poor sleep. I can see him this month and come back to core group if you invite me. # speaker: Annie Ainsworth (school nurse, 0 to 19 service) # info: health-visitor; Kai came to the drop-in twice with tummy aches and poor sleep
    -> after
+ {not e6_camhs} [Ask CAMHS for advice about Kai # contact: camhs # feedback: Specialist advice, even before a referral would be accepted, helps you plan for Kai's emotional health; the plan is where it counts (emotional health needs).]
    ~ e6_camhs = true
    ~ e6_count++
    # sound: phone
    Nadia Shah, the CAMHS duty clinician, listens to the history.
    From what you describe, we wouldn't accept a referral today. There's no specific difficulty yet. # speaker: Nadia Shah (CAMHS duty clinician) # info: camhs; CAMHS would not accept a referral without specific symptoms
    What helps first is safety, routine, adults he trusts, and time. Domestic abuse work in school is a good start. If you see nightmares, bedwetting or him shutting down, come straight back to us. Write that into the plan. # speaker: Nadia Shah (CAMHS duty clinician) # info: camhs; CAMHS advise safety, routine, trusted adults, time, and re-referral if signs of trauma appear
    -> after
+ {not e6_gp} [Ask Kai's GP whether he has been seen recently # contact: gp # feedback: The child's own GP record may show how trauma is showing up in his body and sleep (emotional health needs).]
    ~ e6_gp = true
    ~ e6_count++
    # sound: phone
    Dr Sana Hussain checks Kai's record.
    He came in with his nan in February. Bedwetting had started again after years of being dry. The GP reassured them and gave advice. The child protection flag is on his record, but nobody joined the two up. # speaker: Dr Sana Hussain (GP safeguarding lead) # info: gp; In February Kai saw the GP because bedwetting had started again # chrono: 2021-02 / February; Kai seen by the GP with his grandmother for bedwetting
    -> after
+ {not e6_nan} [Ring Kai's nan, Brenda, to ask how Kai seems to her # contact: relative # feedback: Family who care for a child often see how trauma shows first. Asking his nan brings Kai's experience closer (emotional health needs).]
    ~ e6_nan = true
    ~ e6_count++
    # sound: phone
    Brenda Mercer sounds tired.
    He's asked if he can live with me. He jumps out of his skin when the door goes. He wets the bed most times he stays over, and he's nearly ten. # speaker: Brenda Mercer (Kai's grandmother) # info: relative; Kai has asked to live with his grandmother, is jumpy and wets the bed when he stays # chrono: 2021-04-15 / April; Kai's grandmother reports he is jumpy, wetting the bed and has asked to live with her
    He told me he has to keep secrets for his mum. I told him he doesn't. I don't know if he believed me. # speaker: Brenda Mercer (Kai's grandmother)
    -> after
+ {not kai_anchor} [Leave it there: Lauren has declined Anchor and the plan already covers Kai # pin: last # lp: o-child-in-own-right -1 # feedback: Lauren's no was about support for herself. Kai can be referred in his own right, with her consent, and nobody has asked (child in his own right).]
    You file the draft. The plan stays as it is.
    Lauren has been clear, and the plan already says the school will watch Kai's wellbeing. There are eleven other visits on your list this week, and a court report due on Friday.
    -> e6_plan
+ {kai_anchor and e6_count < 3} [That's enough calls for now # pin: last]
    -> e6_plan

= after
{e6_count >= 3:
    # sound: office
    Your hour is up. Your next visit is across town.
    -> e6_plan
}
-> ask

=== e6_plan ===
# scene: office
# sound: typing
Back at the office you open the plan again at the health section. It still reads: no health needs identified; 0 to 19 service closed.
{e6_nurse or e6_camhs or e6_gp or e6_nan:
    You think about what you have just heard.
}
{e6_nurse:
    The drop-in visits: tummy aches and poor sleep.
}
{e6_camhs:
    CAMHS: safety, routine, trusted adults, time, and come back if the signs appear.
}
{e6_gp:
    The bedwetting that started again in February.
}
{e6_nan:
    Brenda: a boy who jumps when the door goes and wants to live with her.
}
# decision: o-e6-health; challenge
# note: The health assessment was done properly and the 0 to 19 service withdrew as procedure allows. The review says that after trauma, health needs should be assumed even when none are identified, and that someone must watch for them and bring the right service back in.
# prompt: What should the health section of Kai's plan say, and who holds it?
# real: Health withdrew after the assessment found no health needs, as procedure allowed. The core group was left to monitor emotional health without anyone from health in it.
+ [Rewrite it to assume emotional health needs, and invite the school nurse back in # lp: o-aces-health-needs +2 # critical: o-aces-health-needs # feedback: After the trauma Kai has lived through, emotional health needs can be assumed even when none is identified. Naming who watches and how to bring services back in makes that real (emotional health needs).]
    ~ health_rewritten = true
    You rewrite the section. Kai has lived through events known to harm children's emotional health. Needs are assumed, not waited for. The school nurse is invited back to the core group. The school and Kai's nan will note changes in sleep, mood and behaviour. Re-referral routes are written in. # chrono: 2021-04-15 / April; Kai's plan rewritten to assume emotional health needs and bring health back into the core group
    -> e6_end
+ [Add a line asking the school to watch his emotional wellbeing and report concerns # feedback: It is better than nothing, but a line with nobody from health in the room leaves the school to spot and refer on alone (emotional health needs).]
    You add: school to monitor emotional wellbeing and report concerns. The rest stays as it was.
    -> e6_end
+ [Leave it: the assessment was thorough, and health withdrew as the procedure allows # real # lp: o-aces-health-needs -1 # feedback: The procedure was followed, but an assessment that found no need a year ago says little about a child living with fear now. After trauma, assume emotional health needs (emotional health needs).]
    The health section stays as it is.
    -> e6_end

=== e6_end ===
~ e6_count = 0
~ e6_nurse = false
~ e6_camhs = false
~ e6_gp = false
~ e6_nan = false
~ asked_anchor = false
# decision: o-e6-pace; pace
+ [Continue]
    -> e7
