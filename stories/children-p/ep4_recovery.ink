=== ep4_recovery ===
# episode: 4; Drinking and drugs
# role: Drug and alcohol recovery worker
# when: That autumn — Freya is 7, Jack is 5 and Ruby is 3
# scene: clinic
You are a recovery worker at the Ashcombe Recovery Service. Gavin has been on your caseload for four months, for alcohol and cocaine. Kirsty joined two months ago, for alcohol. # chrono: 2010-10 / Freya aged 7; Both parents in treatment at the recovery service
Both were referred as an action on the children's plan.
Your assessment form is thorough about the adults: what they use, how much and how often, their physical and mental health, housing, offending and goals.
About the children it has three boxes: how many, their ages, and whether children's social care is involved. You have ticked yes.
Gavin's breath and urine tests have been clear at every appointment. His appointments are on Monday mornings at ten, booked a month ahead. # info: drug-service; Gavin's tests have all been clear, but every test has been at a booked Monday appointment
Kirsty says she is down to "a few cans, after the kids are in bed". Her drinking screening score is still in the highest band. # info: drug-service; Kirsty's drinking screening score remains in the highest band
This morning you see them together for a review.
Gavin talks about his group, a few days' work on a building site, and the mates he has stopped seeing. Kirsty talks about her own mum, who has started drinking again, and about being tired all the time.
"Thank God for Freya. She's a little mum to Ruby, that one." # speaker: Kirsty Hale (mother)
They are both warm with you. Neither has ever missed an appointment.
"We're doing well, aren't we? Ask anyone." # speaker: Gavin Dobson (father)
"Go on, Gavin. Tell them about your tests." # speaker: Kirsty Hale (mother)
An email from the children's new social worker, Farah Iqbal, is waiting in your inbox: she would like an update before the core group next week.
# decision: p4-review-focus; disguised
# note: The service's job is treatment, and engagement is hard won; workers fear that asking about the children will drive parents away. Ask the room what the clear tests do and do not tell us, and what a child-focused question sounds like in a recovery setting.
# prompt: If you could know one thing about Ruby's day, what would it be?
# real: The review found that the parents' assessments were focused on the adults, with little attention to what their drinking and drug use meant for the children's care and safety (P3). The recovery service and this review meeting are invented.
+ [Praise the progress, ask Kirsty to keep a daily drinking diary for the next review, and keep Gavin's Monday tests # lp: p-child-focused-substance -1 # feedback: A drinking diary is a good treatment tool, but it measures the adult; nobody has asked what the drinking means for Ruby's morning or Freya's evening (child-focused substance misuse assessment).]
    Kirsty takes the diary home. Gavin books his next four Mondays. # chrono: 2010-10 / Freya aged 7; Recovery review: drinking diary for the mother; booked tests continue for the father
    -> ep4_carer
+ [Record good engagement: Gavin's tests are clear and Kirsty is cutting down; keep the review on their own treatment goals # lp: p-child-focused-substance -1 # feedback: Clear tests at booked times and a parent's own account say little about the children's day; the assessment stays about the adults (child-focused substance misuse assessment). # real]
    The review is positive. You set new goals for both of them: Gavin to stay abstinent, Kirsty to cut to three drinking days a week. # chrono: 2010-10 / Freya aged 7; Recovery review records good engagement and treatment goals for the parents
    -> ep4_carer
+ [Ask them who gets the children up, fed and to bed on a bad day, and offer Gavin a drug test today, unbooked # critical: p-child-focused-substance # lp: p-child-focused-substance +2 # feedback: Asking what the drinking means for each part of the children's day, and testing claims at unexpected times, makes the assessment about the children as well as the adults (child-focused substance misuse assessment).]
    ~ child_day_asked = true
    -> ep4_childs_day
=== ep4_childs_day ===
The room goes quieter.
Kirsty answers first. Most mornings Freya gets Ruby's breakfast and dresses her, because Kirsty "can't face it" before ten.
"She's brilliant with her. Better than me, some days." # speaker: Kirsty Hale (mother) # info: drug-service; Freya, aged 7, gets Ruby's breakfast and dresses her most mornings # chrono: 2010-10 / Freya aged 7; Freya, 7, caring for Ruby most mornings while her mother is unwell from drinking
On a bad day, she admits, the drinking starts at lunchtime. Gavin does the school run when he is up. # info: drug-service; On bad days Kirsty's drinking starts at lunchtime
The cans are in the kitchen. Gavin says there are no drugs in the house.
When you offer Gavin a test there and then, he looks at his watch.
"I've got to be somewhere. Book me in for Monday, yeah? Monday's fine." # speaker: Gavin Dobson (father) # info: drug-service; Gavin declined an unbooked test # chrono: 2010-10 / Freya aged 7; Gavin declines an unbooked drug test
He is friendly about it. He does not take the test.
-> ep4_carer
=== ep4_carer ===
After they leave, you write up the review.
{child_day_asked:
    Freya is seven. Most mornings she gets Ruby up, fed and dressed, because her mum cannot face it before ten.
- else:
    Kirsty's words stay with you: a little mum to Ruby. Freya is seven.
}
# decision: p4-young-carer; disguised
# note: Parents often describe a child's caring with pride: 'a little mum'. A seven-year-old who gets a younger sister up, fed and dressed because a parent is drinking is a young carer. The local authority must assess a young carer's needs for support where it appears she may have them (Children Act 1989, section 17ZA), and adult services working with a parent should ask who in the family is caring. Ask the room whose job it is to notice a young carer, and what the assessment adds to a child protection plan.
# prompt: What is Freya not doing, at seven, because she is doing Ruby's mornings?
+ [Note it as a strength in Kirsty's record: the sisters are close, and Freya is a protective factor for Ruby # lp: p-child-focused-substance -1 # feedback: Praise for a 'little mum' hides a child doing an adult's job because of a parent's drinking; it is a need of Freya's for the children's plan, not a strength in the parent's notes (child-focused substance misuse assessment).]
    You write: good sibling bond; older child supportive. # chrono: 2010-10 / Freya aged 7; Recovery service records Freya's caring as a family strength
    -> ep4_core_group
+ [Ask Farah for a young carer's needs assessment for Freya, and tell her what caring for Ruby involves # critical: p-child-focused-substance # lp: p-child-focused-substance +2 # feedback: A seven-year-old caring for her sister because of a parent's drinking is a young carer; her own assessment (Children Act 1989, section 17ZA) puts what the drinking means for her into the children's plan (child-focused substance misuse assessment).]
    ~ young_carer_asked = true
    You email Farah that afternoon: what Freya does for Ruby, and when, and why. You ask for a young carer's needs assessment. # chrono: 2010-10 / Freya aged 7; Recovery worker asks for a young carer's needs assessment for Freya
    -> ep4_core_group
+ [Refer Freya to the young carers' project for its after-school club, so that she has time to be a child # feedback: A club gives Freya a break, which helps; but it supports her to go on caring, rather than assessing why she has to and changing the plan so that she need not (child-focused substance misuse assessment).]
    The project offers Freya a place on Wednesdays. # chrono: 2010-10 / Freya aged 7; Freya referred to a young carers' after-school club
    -> ep4_core_group
+ [Add a goal to Kirsty's treatment plan: be up for the children every morning, so that Freya need not do it # feedback: Changing Kirsty's goals helps, but it keeps the question inside the adult's plan; nobody assesses Freya's own needs, and the children's plan does not hear of it (child-focused substance misuse assessment).]
    You add the goal. Kirsty agrees to it. # chrono: 2010-10 / Freya aged 7; Mother's treatment goals include getting up for the children
    -> ep4_core_group
=== ep4_core_group ===
# scene: office
Farah rings you that afternoon. She would like you to come to the core group next week, in person.
"I've had the case a month. Everyone tells me the parents are engaging, and the children still turn up hungry. I'd like to understand what that looks like from your side." # speaker: Farah Iqbal (social worker)
Your team leader, Phil Norris, is not keen.
"We don't usually go to child protection meetings. It can damage the therapeutic relationship, and we need their consent to share. Send her a line: engaging well, tests clear. That's what she's asking." # speaker: Phil Norris (team leader)
# decision: p4-share; challenge
# note: Phil's worry about the therapeutic relationship is real and widely shared in adult services. But the parents were referred because of the children's plan, and the sharing of information to protect children does not depend on consent. Ask the room what the children's plan loses if adult services send a line instead of a person.
# prompt: What would the core group need from you to make the plan about the children's day, rather than the parents' treatment?
+ [Send Farah the short update your team leader suggests, and offer to talk to her by phone if she needs more # lp: p-child-focused-substance -1 # feedback: A one-line update about the adults leaves the core group with no picture of what the drinking means for the children (child-focused substance misuse assessment).]
    You email Farah: both parents engaging well; Gavin's tests clear. # chrono: 2010-10 / Freya aged 7; Recovery service sends a brief update: engaging, tests clear
    Farah replies with thanks. At the core group your line is read out. It is the best news in the meeting.
    -> ep4_after
+ [Send a fuller written report instead of going: what you know of the children's day, and that tests are all booked # lp: p-child-focused-substance +1 # feedback: A written report that describes the children's day is a real help, but the plan is made in the room, and that is where the two services' plans need to be joined up (child-focused substance misuse assessment).]
    {child_day_asked:
        Your report sets out Freya's mornings, Kirsty's bad days and the test Gavin would not take. # chrono: 2010-10 / Freya aged 7; Recovery service sends a written report on the children's day and Gavin's declined test
    - else:
        Your report notes that every clear test has been at a booked appointment. You realise you cannot say much more about the children's day, because you have not asked. # chrono: 2010-10 / Freya aged 7; Recovery service sends a written report noting that all tests were booked
    }
    -> ep4_after
+ [Tell Kirsty and Gavin what you will share, go to the core group, and ask for the two plans to be joined up # critical: p-child-focused-substance # lp: p-child-focused-substance +2 # feedback: Being there in person, and tying the treatment goals to the children's plan, is what a multi-agency, child-focused assessment of parental substance misuse looks like (child-focused substance misuse assessment).]
    ~ substance_at_core = true
    Phil shrugs.
    "Your call. Write down why." # speaker: Phil Norris (team leader)
    At the core group you set out what you know. # chrono: 2010-10 / Freya aged 7; Recovery worker attends the core group and the treatment plan is linked to the children's plan
    {child_day_asked:
        Freya's mornings, Kirsty's lunchtime drinking and Gavin's refused test go into the children's plan. So does a new action: unbooked tests, with results shared with Farah.
    - else:
        You can say that every test has been at a booked time, and you agree to start unbooked tests. You realise you cannot say much about the children's day, because you have not asked.
    }
    {young_carer_asked:
        The young carer's assessment you asked for goes into the plan too, with Farah's name and a date. # chrono: 2010-10 / Freya aged 7; Young carer's assessment for Freya added to the children's plan
    }
    Kirsty's treatment goals change: no drinking before the children are home from school and in bed, and a named adult for Ruby on bad days.
    -> ep4_after
=== ep4_after ===
That evening you write up your notes. Kirsty's score, Gavin's tests, the goals.
{child_day_asked:
    At the bottom you add one more line: Freya, 7, does Ruby's breakfast.
}
~ child_day_asked = false
~ young_carer_asked = false
# decision: p4-continue; pace
+ [Continue]
    -> ep5_visit
