// Episode 6: a fall down the stairs. Review 2.2.3, 4.1 Health.

=== ep6_stairs ===
# episode: 6; A fall down the stairs
# role: Emergency department doctor
# when: Friday 3 January, year 3 — Evie is 21 months old
# scene: emergency-dept
# sound: ward
Fenmouth General, early evening. The department is on black alert after the New Year and every cubicle is full.
Your next patient is Evie Norcott, 21 months. Her parents, Shannon and Kyle Norcott, brought her in with a sore left leg. # chrono: 2014-01-03 / 3 January, year 3; Evie brought to the emergency department with a leg injury
"She fell down the stairs at home. Four steps, they're carpeted," Kyle says. "She's been grizzly on it since." # speaker: Kyle Norcott (Evie's father)
Evie won't put weight on her left leg. There is a small bruise on her shin. She doesn't cry when you examine her; she watches your face.
Toddlers fall on stairs every day. You have seen three this week. Most of them screamed the department down.
Shannon answers your questions quickly. Kyle stands by the curtain with the car keys in his hand. The fall happened "about two", they say; they came in "as soon as she wouldn't stand".
The X-ray of her lower leg shows no fracture that you can see.
The electronic record shows no alerts. # info: hospital; No alert on Evie's record: her child protection flag was removed when her plan ended, and the Child in Need plan is not shown
Shannon is already putting Evie's coat back on. "Can we go? We've got the baby with my mum."
-> checks

= checks
# decision: l6-checks; contact
# note: The system shows nothing, because the flag came off when the child protection plan ended. The sisters' attendances are on the same hospital system, but only under their own names, and only if someone asks who they are. Each check takes time in a full department.
# prompt: What would you need to know about this family before you accept a fall down four carpeted steps? Whose names would you need?
# real: Nothing on the hospital system linked Evie to her sisters' injuries or showed her Child in Need plan. She was examined and discharged home.
+ {not e6_own} [Check Evie's own record for earlier attendances # contact: hospital # feedback: The child's own history is the first check; its silence here is a finding, not a reassurance (professional curiosity).]
    ~ e6_own = true
    ~ e6_contacts++
    # sound: typing
    Born here. One attendance in November with a cough. No injuries. No alerts. # info: hospital; Evie: no earlier injury attendances and no alert
    -> checks_next
+ {not e6_household} [Ask Shannon and Kyle who lives at home, and whether any other professionals are involved # feedback: Asking who else lives in the house is the only way to find the other children's records (linking across siblings).]
    ~ e6_household = true
    "It's just us and the kids," Kyle says. "We had social workers last year but that's all done with." # speaker: Kyle Norcott (Evie's father)
    Shannon counts them off.
    "Tia, she's seven. Lottie's five next month, she's Craig's. And Alfie, the baby." # speaker: Shannon Linford (mother)
    Four children, three surnames.
    -> checks
+ {e6_household and not e6_lottie} [Search the hospital system for Lottie Merritt # critical: l-link-siblings # lp: l-link-siblings +2 # feedback: Searching for the sister by name is how the earlier injuries came into view; nothing on the system would have joined them for you (linking across siblings).]
    ~ e6_lottie = true
    ~ e6_contacts++
    # sound: typing
    Three attendances in May and June, year 1. # info: hospital; Lottie: facial swelling (2 May), cut chin (21 May), fractured arm one to two weeks old (12 June, year 1), with a referral to children's social care
    2 May: facial swelling after a tantrum, referred by her GP. 21 May: a cut chin, a tantrum against a coffee table. 12 June: a fractured forearm one to two weeks old, "fell off some bins". Referral to children's social care; strategy meeting; child protection plan.
    The same mother. One of the children in Evie's house.
    -> checks_next
+ {e6_household and not e6_tia} [Search the hospital system for Tia Barton # contact: hospital # feedback: Checking each sibling is right; this time nothing is found, which is also an answer (linking across siblings).]
    ~ e6_tia = true
    ~ e6_contacts++
    # sound: typing
    One attendance, aged four: a sprained wrist from a trampoline. Nothing since. # info: hospital; Tia: one attendance aged four; nothing since
    -> checks_next
+ {e6_household and not e6_alfie} [Search the hospital system for Alfie Norcott # contact: hospital # feedback: Checking the baby is right; nothing of concern is found this time (linking across siblings).]
    ~ e6_alfie = true
    ~ e6_contacts++
    # sound: typing
    One attendance in November with bronchiolitis, observed and sent home. Nothing else. # info: hospital; Alfie: one attendance with bronchiolitis; nothing of concern
    -> checks_next
+ {not e6_sc} [Ring the children's social care out-of-hours team # contact: social-care # feedback: Social care hold what the hospital system doesn't show: a live plan for these children (linking across siblings).]
    ~ e6_sc = true
    ~ e6_contacts++
    # sound: phone
    "Norcott, Evie. Yes, she's open to us on a Child in Need plan, with her brother and sisters," the out-of-hours worker says. # speaker: Out-of-hours social worker # info: social-care; Evie and her siblings are on Child in Need plans; previously on child protection plans; closure meeting planned for 17 January
    "They were on child protection plans until last March. There's a meeting on the 17th. The plan is to close." # speaker: Out-of-hours social worker
    -> checks_next
+ {not e6_gp} [Ring the GP out-of-hours service # contact: gp # feedback: The GP record holds the family history that the hospital system doesn't (professional curiosity).]
    ~ e6_gp = true
    ~ e6_contacts++
    # sound: phone
    The out-of-hours doctor can see only the shared summary record.
    "There's a code for a child protection plan, ended last March. I can't see more than that from here. Nothing new since, apart from a cough in November." # speaker: Out-of-hours GP # info: gp; Evie's summary record shows a child protection plan that ended in March, year 2
    -> checks_next
+ [Go ahead: decide what to do with what you have # pin: last # real]
    -> decide

= checks_next
{e6_contacts >= 3:
    # sound: ward
    The nurse in charge puts her head round the curtain. There are three children waiting, and Shannon is asking again if they can go.
    -> decide
}
-> checks

= decide
# decision: l6-decision; disguised+challenge
# note: The parents brought her promptly, the story is consistent and the X-ray is clear. Each of those is true. Current practice (RCPCH Child Protection Companion; NICE guideline on child maltreatment; Working Together 2023) expects a same-day senior paediatric review, social care told, a strategy discussion and a safety plan before a child under two with a possibly inflicted injury goes home. A child under two with a leg injury, in a family where a sibling had an unexplained fracture, is a reason to test the account.
# prompt: What would you need to see or know before you send Evie home? Who can help you test the explanation?
# real: Evie was examined and discharged home with her parents. The attendance was not linked to her sisters or to her plan.
+ [Accept the account: the X-ray is clear, the story fits and they came promptly, so discharge her with advice # lp: l-curiosity-injuries -2 # lp: l-link-siblings -1 # feedback: A plausible story about a child under two was accepted without asking who else was in the house or what had happened to them (professional curiosity). # real]
    You give Shannon advice about pain relief and when to come back. The attendance is coded as an accidental fall.
    Evie is carried out asleep on Kyle's shoulder. The next patient is already waiting for the cubicle.
    -> ep6_bridge
+ [Discharge her with a fracture clinic review in ten days for a possible toddler's fracture, and write to her GP # lp: l-curiosity-injuries -1 # lp: l-communication +1 # feedback: Sound orthopaedic follow-up, and a letter others can read, but the question of how a child under two was hurt was never asked (professional curiosity).]
    ~ e6_letter = true
    # sound: typing
    You book the fracture clinic and write to the GP and health visitor: leg injury, fall down four carpeted steps, no fracture seen, review in ten days.
    {e6_lottie or e6_sc or e6_gp:
        You add that the family is known to children's social care.
    }
    Evie is carried out asleep on Kyle's shoulder.
    -> ep6_bridge
+ [Discharge her tonight, and send children's social care a written referral for her allocated social worker on Monday # lp: l-communication +1 # lp: l-curiosity-injuries +1 # feedback: The referral puts the attendance in writing where the plan is held, but Evie goes home for the weekend with the account untested (communication; professional curiosity).]
    ~ e6_referred = true
    # sound: typing
    {e6_lottie:
        You write the referral: a leg injury in a child under two, and her sister Lottie's fractured arm in year 1. # lp: l-link-siblings +1
    - else:
        You write the referral: a leg injury in a child under two, on a fall down four carpeted steps.
    }
    It is passed to the allocated social worker for Monday. # chrono: 2014-01-03 / 3 January, year 3; Emergency doctor refers Evie to children's social care in writing
    Evie goes home with her parents.
    -> ep6_bridge
+ [Don't discharge: ask the on-call consultant to see her tonight, and ring social care for a strategy discussion # critical: l-curiosity-injuries # critical: l-communication # lp: l-curiosity-injuries +2 # lp: l-communication +1 # feedback: A child under two with an injury and a family history needs the account tested that night by a senior paediatrician, with social care, before any discharge (professional curiosity).]
    ~ e6_protect = true
    # sound: phone
    Dr Sian Lloyd, the on-call consultant paediatrician, comes down within the hour. You ring the out-of-hours social worker while she examines Evie. # chrono: 2014-01-03 / 3 January, year 3; Emergency doctor asks for a consultant review and rings out-of-hours social care before discharge
    {e6_lottie:
        You show Dr Lloyd Lottie's attendances. She reads them twice. # lp: l-link-siblings +1
    }
    "A child under two who won't bear weight, in a family on a plan until last year. She stays in tonight. I want a child protection medical and a skeletal survey." # speaker: Dr Sian Lloyd (consultant paediatrician)
    Shannon is upset; Kyle says they'll take her home. The out-of-hours social worker speaks to them on the phone and explains that a strategy discussion will be held in the morning, and that Evie must stay. They agree to stay with her on the ward. Had they refused, the police could have taken her into police protection.
    -> ep6_protected

=== ep6_protected ===
# scene: hospital-ward
# sound: ward
The strategy discussion is held on Saturday morning with the police, the consultant and social care. # chrono: 2014-01-04 / 4 January, year 3; Strategy discussion; section 47 enquiry; Evie kept in hospital
Evie's child protection medical finds bruising to her lower back. The skeletal survey shows old, healing fractures: her thigh bone, her collarbone and several bones of her spine, from different times, months apart. # chrono: 2014-01-04 / 4 to 6 January, year 3; Child protection medical and skeletal survey find old fractures of different ages
-> ending_select

=== ep6_bridge ===
On 6 January Shannon takes Alfie to the GP with a chest infection. # chrono: 2014-01-06 / 6 January, year 3; Alfie seen by the GP with a chest infection
On 8 January Alfie is not brought for his health visitor review. The same day, Shannon sees her own GP: she isn't sleeping or eating, and says her mood is low. # chrono: 2014-01-08 / 8 January, year 3; Alfie misses his developmental review; mother tells her GP of low mood, poor sleep and appetite
Each of these is recorded by the person who saw it. None of them is sent anywhere else.
Nobody puts these together.
// Keep only what episode 7 and the endings use.
~ e6_known = e6_lottie or e6_sc or e6_gp
~ e6_contacts = 0
~ e6_own = false
~ e6_household = false
~ e6_tia = false
~ e6_alfie = false
~ e6_sc = false
~ e6_gp = false
-> ep7_closure
