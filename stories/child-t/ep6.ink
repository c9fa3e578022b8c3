=== ep6_keyworker ===
# episode: 6; Disengagement and a second closure
# role: Key worker, Harbour Recovery (adult drug service)
# when: Maisie is 3 years 7 months old
# scene: clinic
You have been Jade's key worker at Harbour Recovery since the spring. She has a methadone script and, until recently, came to a recovery group.
She has not attended for ten weeks. You have held off discharging her because she is not registered with a GP. If you discharge her, there is nobody to pick up her prescribing. # chrono: 2016-05-10 / Maisie 3 years 5 to 7 months old; Jade stops attending Harbour for ten weeks; not registered with a GP
Today she turns up without an appointment, full of apologies.
"I stopped coming because of your waiting room. Half the people in it are still using. I want to go somewhere where everybody's actually in treatment." # speaker: Jade Kerrigan
You remind her of the group she used to come to on Tuesdays. She says it was doing her good, until it wasn't.
"I've been fine. I've been picking up my script every day from the chemist. I just can't sit in that room with people who are still at it. It's not good for me." # speaker: Jade Kerrigan
It makes sense. Plenty of people in recovery say the same. You ask how Maisie is.
"She's great. She's at nursery now. Her teachers love her." # speaker: Jade Kerrigan
You ask how things are at home, and whether she is seeing anyone.
"There's no one. It's just me and Maisie. I'm not going through all that again." # speaker: Jade Kerrigan
She has said she collects her script from the chemist every day. Your next client is waiting.
# decision: t6-keyworker; disguised
# note: Jade denied being in a relationship; she was in fact in one with the man who was with her when Maisie died (4.6.1). The new partner was known to the same drug service (4.8.2). The learner has only what the real key worker had: her denial. The lesson is the next question: not 'are you seeing anyone' but who minds the child, where they sleep and who stays over. What Jade says when asked is imagined. Adult services often hold information about adults around a child without knowing the child is there; asking, recording the answer and asking where the methadone is kept (safe storage) are part of an adult worker's safeguarding role.
# prompt: Who else is in Maisie's life, and how would an adult drug service know?
# real: Jade denied being in any relationship and her account was accepted. Harbour referred its concerns about her disengagement to children's social care.
+ [Take her at her word, and focus on getting her back into treatment # real # lp: t-respectful-uncertainty -1 # lp: t-hidden-adults -1 # feedback: Re-engagement matters, but so does the child at home. Accepting 'there's no one' without a question leaves the adults around Maisie unknown (hidden adults).]
    You agree a new appointment and start a referral to children's social care about her disengagement. # chrono: 2016-07-10 / Maisie 3 years 7 months old; Harbour refers to children's social care about Jade's disengagement
    Who Jade spends her time with is not your business, you tell yourself. Your business is her treatment.
    -> ep6_to_social_care
+ [Refer to social care about the disengagement; leave relationships to them # feedback: The referral is right. But you are the one she talks to every week. Leaving the question of who is around Maisie to social care means nobody asks it soon (hidden adults).]
    You agree a new appointment and write the referral: ten weeks' disengagement, no GP. # chrono: 2016-07-10 / Maisie 3 years 7 months old; Harbour refers to children's social care about Jade's disengagement
    -> ep6_to_social_care
+ [Ask who minds Maisie, where they sleep and who stays over # critical: t-hidden-adults # critical: t-respectful-uncertainty # lp: t-hidden-adults +2 # lp: t-respectful-uncertainty +1 # feedback: You went past 'there's no one' to the questions that find the adults around a child: who minds her, where she sleeps, who stays over. Naming a new adult is how a 'hidden man' stops being hidden (hidden adults).]
    ~ knew_partner = true
    You ask who has Maisie while she goes to the chemist, and where the two of them stay when the electric runs out.
    Jade hesitates.
    "A mate from group has her sometimes. Gary. He lets us stop over at his when my meter's empty. It's nothing like that. He's never on his own with her, not really." # speaker: Jade Kerrigan # info: drug-service; Jade and Maisie sometimes stay overnight at the flat of Gary Lowther, another client of the service, and he sometimes minds Maisie
    You know the name: Gary Lowther, a long-standing client of one of your colleagues.
    You ask how often.
    "Now and then." # speaker: Jade Kerrigan
    She looks at the door.
    You ask one more thing: where she keeps her methadone, at home and at Gary's. She says in the kitchen cupboard. You explain how little it takes to kill a small child, give her a lockable box, and record that you have done so. # chrono: 2016-07-10 / Maisie 3 years 7 months old; Key worker gives Jade a lockable box for her methadone and records the advice
    Your referral to children's social care names Gary Lowther as an adult Maisie sometimes stays with overnight, and says he is a client of the service. # chrono: 2016-07-10 / Maisie 3 years 7 months old; Harbour refers to children's social care about Jade's disengagement, naming Gary Lowther as an adult Maisie stays with
    -> ep6_to_social_care

=== ep6_to_social_care ===
# decision: t6-pace; pace
+ [Continue: eight weeks later, at children's social care]
    -> ep6_sw

=== ep6_sw ===
# role: Social worker, children's social care
# scene: office
You are the social worker who picked up Harbour's referral. {ia5: Maisie was already on a Child in Need plan after her aunt's referral; the plan is yours now.}
Over eight weeks you have seen Maisie at nursery, on her own, in the quiet room with the beanbags.
She drew you a picture of a dog. She talked about her nana, her scooter and a cartoon about a puppy.
When you asked who lives at her house, she said "Mummy" and carried on drawing. When you asked what she does after nursery, she said "watch telly" and then "Mummy sleeps." She did not want to say more, and you did not push. # chrono: 2016-08-10 / Maisie 3 years 8 months old; Social worker sees Maisie alone at nursery
You have visited Jade at home twice, once unannounced. Both times the flat was tidy and smelled of air freshener, and Jade was dressed and made-up, with a folder of her Harbour letters ready on the table.
{knew_partner:
    Harbour's referral names Gary Lowther. When you asked Jade, she said he was a friend from group and nothing more.
- else:
    When you asked Jade, she said there was nobody else in her life.
}
Jade gave one drug test during the assessment. It showed methadone only. # chrono: 2016-09-10 / Maisie 3 years 9 months old; One drug test, positive for methadone only
She has said no to an early help assessment.
She says she speaks to Dean only about his time with Maisie, and only through his solicitor. # chrono: 2016-09-10 / Maisie 3 years 9 months old; Jade says her only contact with Dean is about his time with Maisie
"I don't need another worker. I'm doing everything you asked." # speaker: Jade Kerrigan
The Child in Need meeting is at the school on Friday. Jade, Sandra and the head teacher are coming. Your manager has read the assessment.
"One clean test, child seen alone, nursery has no worries about her presentation, and mum has turned down early help. There's nothing statutory left to do. Close it on Friday." # speaker: Helen Marsh (team manager)
Friday is three days away. There is time for three calls.
~ ia5 = false
-> ep6_calls.ask

=== ep6_calls ===
= ask
# decision: t6-calls; contact
# note: In the real case the drug service and the health visitor were not at the closing meeting; agencies were told of closure by letter (4.6.2). Nobody knew about the new partner, although he was well known to adult mental health services (4.8). If Gary was named earlier in this episode, a check on him is possible here. Routine calls are not scored; the check on Gary is, because asking adult services about an adult around the child is the lesson.
# prompt: Whose view would you need before you could say this child is safe enough to close?
# real: The meeting went ahead without the drug service or the health visitor. All agencies were told of the closure by letter.
+ {not asked_drug6} [Call Harbour Recovery # contact: drug-service # feedback: The agency that made the referral must be part of the decision to close it. Closure needs every agency's view (step-down).]
    ~ asked_drug6 = true
    ~ calls6++
    # sound: phone
    "She's been in twice since we referred. One test, methadone only: the only one she's given us. She's still not registered with a GP." # speaker: Sam Okoro (Harbour Recovery) # info: drug-service; Jade has attended twice since the referral and given one test; still no GP
    "A meeting? We haven't been invited. Honestly, one clean test after ten weeks off the radar doesn't tell me much." # speaker: Sam Okoro (Harbour Recovery) # info: drug-service; Harbour was not invited to the meeting and does not see one clean test as evidence of change
    -> after
+ {not asked_nursery6} [Call the nursery # contact: nursery # feedback: Attendance, and how a child plays with others, tell you about home life (pre-school attendance).]
    ~ asked_nursery6 = true
    ~ calls6++
    # sound: phone
    "She's averaging about three mornings out of five. Always immaculate when she does come. Full uniform." # speaker: Ruth Ellis (nursery teacher, Westgate Primary) # info: nursery; Maisie attends about three sessions in five; always neat and in uniform # chrono: 2016-03-10 / Maisie 3 years 3 to 9 months old; Nursery attendance about three sessions in five
    "She's quiet. And she can be unkind to the others: snatching, pushing, then watching to see what you'll do. That's new this term." # speaker: Ruth Ellis (nursery teacher, Westgate Primary) # info: nursery; Maisie is quiet and has started to be unkind to other children
    {nursery_knows:
        "We've been keeping an eye since your team told us the history." # speaker: Ruth Ellis (nursery teacher, Westgate Primary)
    - else:
        "To be honest, this is the first we've heard of any history." # speaker: Ruth Ellis (nursery teacher, Westgate Primary)
    }
    -> after
+ {not asked_hv6} [Call the health visitor # contact: health-visitor # feedback: A fair call, but the health visitor has not seen Maisie for over a year. Others see her now.]
    ~ asked_hv6 = true
    ~ calls6++
    # sound: phone
    "I haven't seen Maisie since she was two and a half. Jade keeps cancelling. I can't make Friday, I'm afraid." # speaker: Sue Fenwick (health visitor) # info: health-visitor; Health visitor has not seen Maisie for over a year
    -> after
+ {not asked_gp6} [Call the GP practice # contact: gp # feedback: The GP confirms Jade has no GP, which Harbour already knew. A small piece, not the one you needed most.]
    ~ asked_gp6 = true
    ~ calls6++
    # sound: phone
    "Jade came off our list when she moved. She hasn't registered anywhere that we know of. Maisie's still with us; last seen a year ago for an ear infection." # speaker: Practice manager, Harbourside Surgery # info: gp; Jade is not registered with any GP; Maisie last seen at the surgery a year ago
    -> after
+ {knew_partner and not checked_gary} [Check Gary Lowther with police and the adult mental health team # contact: adult-mental-health # lp: t-hidden-adults +1 # feedback: You checked the new adult with the services that hold information about him. Adult services often know the man; they rarely know about the child (hidden adults).]
    ~ checked_gary = true
    ~ calls6++
    # sound: phone
    "We've known Gary for four years. Long-standing drug misuse, including benzodiazepines, depression, and PTSD. His mum supports him a lot. He struggles to look after himself." # speaker: Dr Anita Rao (consultant psychiatrist, adult mental health team) # info: adult-mental-health; Gary Lowther known for four years: multiple drug misuse including benzodiazepines, depression, PTSD; struggles with self-care # chrono: 2016-09-10 / Maisie 3 years 9 months old; Adult mental health team confirms Gary Lowther's long drug and mental health history
    "A partner? A child staying over? We'd no idea. That changes how we'd think about him." # speaker: Dr Anita Rao (consultant psychiatrist, adult mental health team) # info: adult-mental-health; The mental health team did not know Gary had a partner or a child in his life
    "Two spent convictions: possession of drugs, and grievous bodily harm with intent. Nothing recent." # speaker: PC Ian Moss (police, public protection unit) # info: police; Gary Lowther has spent convictions for drug possession and GBH with intent
    -> after
+ [Go ahead with Friday's meeting as arranged; the other agencies will get a letter # real # pin: last]
    -> ep6_meeting

= after
{calls6 >= 3:
    It is Friday.
    -> ep6_meeting
}
-> ask

=== ep6_meeting ===
# scene: school
# sound: meeting
The Child in Need meeting, in the head teacher's office at Westgate Primary. You, the head teacher Mrs Okafor, Sandra, and Jade. {not asked_drug6: Harbour are not here. They were not invited.}
Jade has her tablet on the table. She says it is for notes. Nobody thinks about it. # chrono: 2016-09-10 / Maisie 3 years 9 months old; Child in Need meeting at school; Jade has her tablet on the table
"I've done the test. It was clean. I'm back at Harbour. I've said I don't want early help, and that's my right." # speaker: Jade Kerrigan
"She's happy when she's with me. She loves her nana's. Jade's doing her best, she's had a lot on." # speaker: Sandra Brennan (Maisie's grandmother)
"She's always beautifully turned out. We'd like to see her more often, and she can be a bit rough with the others, but she's a bright girl." # speaker: Mrs Okafor (head teacher)
Jade nods along. She thanks everyone for their support.
{asked_drug6:
    You have Sam's view: one clean test after ten weeks away tells Harbour very little.
}
{asked_nursery6:
    You have the nursery's view: three mornings in five, and a quiet child who has started to push other children.
}
{checked_gary:
    And you have Gary Lowther: a man with long-standing drug use including benzodiazepines, a conviction for serious violence, and a child staying at his flat whom his own services know nothing about.
}
# decision: t6-closure; challenge
# note: The review found this closure followed an assessment that left out key agencies; the drug service's worries were heard but did not change the plan, and everyone believed Jade's only contact with Dean was about his time with Maisie. Jade was recording the meeting for Dean. A week later she told Harbour she was struggling with her mental health, then stopped attending. The review's last word (5.15) is that no practitioner knew what an ordinary day was like for the child: 'Mummy sleeps' is part of that picture.
# prompt: What evidence of sustained change is there? Who has agreed that it is safe to close?
# real: The case was closed. Jade declined the early help that was offered. The drug service and the health visitor were not at the meeting; all agencies were told by letter.
+ [Close it: a clean test, Maisie seen alone, and early help refused # real # lp: t-step-down -1 # feedback: One clean test after weeks of disengagement is not evidence of sustained change, and closure was agreed without the agencies that raised the concern (step-down).]
    You close the case. The letters go out on Monday. # chrono: 2016-09-10 / Maisie 3 years 9 months old; Case closed; agencies informed by letter
    Harbour file theirs. The health visitor files hers. Nobody reads them side by side.
    -> ep6_after
+ [Offer early help again with a written plan, and close if she agrees # lp: t-step-down +1 # feedback: A step-down plan is better than closure, but early help depends on consent, and Jade has already said no. Consent can't be assumed (step-down).]
    You offer again. Jade says no again, politely. The case closes with a letter setting out who to contact if things change. # chrono: 2016-09-10 / Maisie 3 years 9 months old; Early help offered and declined; case closed
    -> ep6_after
+ [Don't close yet: Harbour and the nursery must be part of the decision # critical: t-step-down # lp: t-step-down +2 # feedback: You asked for closure to rest on evidence of sustained change and on the agreement of every agency, not on one test and the absence of incidents (step-down).]
    ~ held6 = true
    -> ep6_challenge

=== ep6_challenge ===
You tell the meeting you are not able to recommend closure today, and why. After the meeting you go straight to your manager.
{checked_gary:
    -> ep6_strategy
}
{asked_drug6 or asked_nursery6:
    Your manager listens to what Harbour and the nursery have told you. She agrees to keep the case open for three months, with Harbour and the nursery at every meeting. # chrono: 2016-09-10 / Maisie 3 years 9 months old; Case kept open with a multi-agency Child in Need plan
- else:
    "I understand you're uneasy. But what's new since the assessment?" # speaker: Helen Marsh (team manager)
    You say that the agency that made the referral has not been asked whether anything has changed, and nor has the nursery, which sees Maisie most. She gives you a week.
    Harbour say one clean test after ten weeks away tells them very little. The nursery says Maisie comes three mornings in five and has started pushing other children. Your manager agrees to keep the case open for three months, with Harbour and the nursery at every meeting. # chrono: 2016-09-10 / Maisie 3 years 9 months old; Case kept open with a multi-agency Child in Need plan after Harbour and the nursery are asked
}
~ kept_open6 = true
-> ep6_after

=== ep6_strategy ===
You tell your manager about Gary: the benzodiazepines, the conviction for serious violence, a child staying at his flat whom nobody knew about, and a mother who says there is nobody.
She reads it twice.
"Strategy discussion. Today, if police can do it." # speaker: Helen Marsh (team manager)
The strategy discussion agrees child protection enquiries. Police and the mental health team will share what they hold; Harbour will tell you at once if Jade misses an appointment; the nursery will ring you on the first day of any absence. # chrono: 2016-09-10 / Maisie 3 years 9 months old; Strategy discussion; child protection enquiries begin, with Gary Lowther's address on record
~ strategy6 = true
~ kept_open6 = true
-> ep6_after

=== ep6_after ===
~ calls6 = 0
~ asked_drug6 = false
~ asked_nursery6 = false
~ asked_hv6 = false
~ asked_gp6 = false
~ checked_gary = false
~ nursery_knows = false
~ ia5 = false
A week later, Jade tells Harbour she is struggling with her mental health. Then she misses three appointments in a row. # chrono: 2016-10-10 / Maisie 3 years 10 months old; Jade tells Harbour about her mental health, then misses three appointments
{strategy6 or kept_open6:
    Harbour rings you the same day.
- else:
    The case is closed, so Harbour notes it on their own file.
}
-> ep7_absence
