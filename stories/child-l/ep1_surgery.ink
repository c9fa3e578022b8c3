// Episode 1: the GP surgery. Review 2.2.

=== ep1_surgery ===
# episode: 1; The surgery
# role: Practice nurse
# when: 3 May, year 1 — Evie is 8 weeks old; her half sister Lottie is 3
# scene: gp-surgery
# sound: office
Thursday afternoon at Kingsway Medical Practice, Fenmouth. Your next appointment is Evie Norcott's eight-week immunisations.
Shannon Linford comes in with Evie in a car seat. Her middle daughter, Lottie, who is three, holds on to the handle of the seat and doesn't let go.
Evie is small and pink and asleep. Her red book is up to date: she was weighed last week and is gaining well.
Shannon is twenty-six. She looks tired, as most mothers of an eight-week-old do, and she talks quickly. Her eldest, Tia, is at school.
Lottie has a black eye. The bruise is dark and the lid is puffy, almost closed. # chrono: 2012-05-03 / 3 May, year 1; Black eye seen on Lottie (3) at the surgery
Shannon sees you looking before you have said a word.
"We were at the hospital with her yesterday. Her face swelled up and the doctor here sent us over. They checked her and sent us home." # speaker: Shannon Linford (mother)
"She has these tantrums. She throws herself about, on the floor, at the furniture. I can't hold her when she's like that. Now it's come out as a black eye." # speaker: Shannon Linford (mother)
"Don't look at me like that," she adds, half laughing. "Everyone looks at me like that."
Lottie climbs onto the chair in the corner and sits with her hands in her lap. She is very quiet for a three-year-old in a strange room.
Evie is due her injections. You have ten minutes for the appointment and the waiting room is full.
# decision: l1-black-eye; disguised
# note: The explanation is plausible on its own, and a hospital saw the child yesterday. The question is whether the nurse treats today as a second injury in two days or as part of yesterday's. Ask the room what a three-year-old's tantrums usually look like.
# prompt: What would you want to know before you accept "she had a tantrum"? Who has already seen this child, and did they see the same thing?
# real: The black eye was noted. The mother was advised to speak to her health visitor and the practice let the health visitor know. The injury was explained as tantrums and no one looked further.
+ [Accept the account, as a hospital saw Lottie yesterday; give Evie her injections and ask Shannon to tell the health visitor about the eye # lp: l-curiosity-injuries -1 # feedback: The hospital saw yesterday's swelling, not today's black eye. Accepting the explanation without looking is the step the review says was often missed (professional curiosity). # real]
    You give Evie her injections. She cries, then settles on Shannon's shoulder.
    "Mention Lottie's eye to your health visitor, won't you?" you say. Shannon says she will.
    You make a note on Evie's record that her sister was seen with a black eye and that the mother says the hospital saw her yesterday.
    Lottie slides off the chair and takes hold of the car seat handle again. She keeps hold of it all the way out.
    -> ep1_after_clinic
+ [Take a few minutes with Lottie: look at the eye properly, ask her what happened, and open her own record to check # critical: l-curiosity-injuries # lp: l-curiosity-injuries +2 # feedback: Looking for yourself, hearing the child and checking the record is the "next step" the review found missing (professional curiosity).]
    ~ e1_curious = true
    You kneel to Lottie's height. "That looks sore. What happened to your eye?"
    Lottie looks at her mum before she answers.
    "I falled." # speaker: Lottie (3)
    She doesn't say anything else. You notice she keeps her hands tucked into her sleeves.
    Her record shows the GP referred her to the paediatric unit yesterday with swelling to the right side of her face. # chrono: 2012-05-02 / 2 May, year 1; Lottie referred by her GP to hospital with facial swelling; discharged the same day
    The black eye is on the left. Two injuries, two sides of the face, two days apart.
    You give Evie her injections.
    -> ep1_after_clinic
+ [Note the black eye in Lottie's record, and book her in with a GP next week so a doctor can look at it once the swelling is down # feedback: Recording it matters, but a week's wait for a second injury in two days leaves the next step undone (professional curiosity).]
    You write a line in Lottie's record: black eye, mother reports tantrum, seen at hospital yesterday. You book a GP appointment for next Wednesday.
    Shannon takes the appointment card without comment. You give Evie her injections.
    -> ep1_after_clinic

=== ep1_after_clinic ===
Shannon leaves with both girls. You have a short gap before your next patient: time for a call or two, no more, before the afternoon list catches up with you.
-> tell

= tell
# decision: l1-tell; contact+challenge
# note: Each call shows the learner one piece. The GP and the hospital hold yesterday's injury; the health visitor holds the family's history; social care holds nothing yet. Point out that nobody holds both injuries unless someone puts them together.
# prompt: Whom would you ring first? What would make this a referral to children's social care rather than a message to a colleague?
# real: The practice told the health visitor and left it with her. A member of the public later reported the black eye to social care; the health visitor told the caller it was already being dealt with.
+ {not e1_asked_gp} [Ask the duty GP, who saw Lottie yesterday # contact: gp # feedback: The GP holds yesterday's injury; asking is a step towards linking the two, but the call alone changes nothing for Lottie (professional curiosity).]
    ~ e1_asked_gp = true
    ~ e1_contacts++
    # sound: door
    Dr Mistry looks up from his screen.
    "Lottie Merritt? I saw her yesterday. Swelling on her cheek and jaw. I wasn't comfortable, so I sent her to the paediatric unit." # speaker: Dr Anand Mistry (GP) # info: gp; GP saw facial swelling on 2 May and referred Lottie to the paediatric unit because he was uneasy
    "A black eye a day later is a second injury, not the same one. I'd want social care to know about that." # speaker: Dr Anand Mistry (GP)
    -> tell_next
+ {not e1_asked_hosp} [Ring the paediatric unit for yesterday's discharge summary # contact: hospital # feedback: Reading what the hospital actually saw tells you whether today's injury was part of it (professional curiosity).]
    ~ e1_asked_hosp = true
    ~ e1_contacts++
    # sound: phone
    The ward clerk reads you the summary.
    "Swelling, right cheek. Mother reports a fall during a tantrum. No other injuries noted. Account plausible. Discharged home, letter to the GP to follow." # speaker: Ward clerk (paediatric unit) # info: hospital; Discharge summary for 2 May: right cheek swelling, fall in a tantrum, no other injuries noted, discharged
    No black eye was recorded yesterday.
    -> tell_next
+ {not e1_asked_hv} [Ring the health visitor # contact: health-visitor # feedback: The health visitor knows all three children, not only the one in front of you (linking across siblings).]
    ~ e1_asked_hv = true
    ~ e1_contacts++
    # sound: phone
    Claire Moran, the health visitor, pulls up the family.
    "Three addresses in two years. Shannon's partner is Kyle Norcott, Evie's dad. Tia's school has mentioned she's often late. There's nothing on my record about injuries." # speaker: Claire Moran (health visitor) # info: health-visitor; Three moves in two years; new partner Kyle Norcott; Tia often late for school; no injuries recorded
    "I'll try to get out to them next week." # speaker: Claire Moran (health visitor)
    -> tell_next
+ {not e1_asked_sc} [Ring children's social care duty line # contact: social-care # feedback: Asking what social care already holds tells you whether anyone else has raised a concern (communication).]
    ~ e1_asked_sc = true
    ~ e1_contacts++
    # sound: phone
    "No current or previous involvement with any of those children," the duty worker says. "If you've got a worry, we'll need a referral from you. Phone it through and send the form within forty-eight hours." # speaker: Duty social worker # info: social-care; No current or previous involvement with the children
    -> tell_next
+ [Leave it with the health visitor: she knows all three children, and she will be visiting the family next week anyway # lp: l-communication -1 # feedback: A concern passed to one colleague stays with one colleague. Two injuries in two days in a three-year-old is a reason to tell children's social care in writing (communication). # real]
    -> ep1_leave_with_hv
+ [Refer Lottie to children's social care now: phone it through, then send the form naming both injuries # critical: l-communication # lp: l-communication +2 # feedback: A written referral puts both injuries on one record that other agencies can find (communication).]
    -> ep1_refer

= tell_next
{e1_contacts >= 2:
    # sound: knock
    There's a knock at the door. Your next patient is here, and you're already behind.
    -> tell_last
}
-> tell

= tell_last
# decision: l1-tell-last; challenge
# note: The calls are over. The choice left is the one that matters: a message to a colleague, or a referral.
# prompt: What will you write, and who will read it?
# real: The practice left the concern with the health visitor.
+ [Leave it with the health visitor: she knows all three children, and she will be visiting the family next week anyway # lp: l-communication -1 # feedback: A concern passed to one colleague stays with one colleague. Two injuries in two days in a three-year-old is a reason to tell children's social care in writing (communication). # real]
    -> ep1_leave_with_hv
+ [Refer Lottie to children's social care now: phone it through, then send the form naming both injuries # critical: l-communication # lp: l-communication +2 # feedback: A written referral puts both injuries on one record that other agencies can find (communication).]
    -> ep1_refer

=== ep1_leave_with_hv ===
{not e1_asked_hv:
    # sound: phone
    You leave a message for the health visitor: Lottie seen with a black eye, mother says tantrums, already seen at hospital.
}
The next morning, someone rings children's social care without giving a name, to say Lottie Merritt has a black eye. # chrono: 2012-05-04 / 4 May, year 1; Anonymous call to social care about Lottie's black eye
The duty worker rings the health visitor, who explains that the surgery has seen it and the hospital saw Lottie the day before. The call is logged. No assessment is opened.
-> ep1_end

=== ep1_refer ===
# sound: typing
You ring the referral through and then type it up: swelling to the right cheek on 2 May, a black eye on the left on 3 May, both explained as tantrums.
{e1_asked_gp:
    You add that the GP who saw Lottie yesterday supports the referral.
}
{e1_curious:
    You record Lottie's own words, "I falled", and that she looked at her mother before she spoke.
}
Children's social care log the referral and open an assessment. A duty social worker tries to visit twice over the next fortnight. Both times, nobody answers the door. # chrono: 2012-05-03 / 3 May, year 1; Practice nurse refers Lottie to children's social care in writing # info: social-care; Referral from the surgery on 3 May naming two injuries; an assessment is open but Lottie has not yet been seen
~ e1_referred = true
-> ep1_end

=== ep1_end ===
// Only e1_referred matters after this episode.
~ e1_curious = false
~ e1_contacts = 0
~ e1_asked_gp = false
~ e1_asked_hv = false
~ e1_asked_hosp = false
~ e1_asked_sc = false
-> ep2_emergency
