// Episode 2: the emergency department, then the surgery again. Review 2.2, 4.1 Health.

=== ep2_emergency ===
# episode: 2; A cut chin
# role: Emergency department nurse
# when: 21 May, year 1 — Lottie is 3; Evie is 10 weeks old
# scene: emergency-dept
# sound: ward
Monday, late afternoon, at Fenmouth General Hospital. The children's side of the emergency department is full and the wait to see a doctor is about an hour.
You triage Lottie Merritt, aged three. She has a gaping cut under her chin, about two centimetres long. It will need closing. # chrono: 2012-05-21 / 21 May, year 1; Lottie brought to the emergency department with a cut chin
Shannon Linford holds a wad of kitchen roll to it.
"She had a tantrum and went face first into the coffee table. She does it all the time." # speaker: Shannon Linford (mother)
Under the lights you can see a fading yellow bruise around Lottie's left eye.
Lottie sits very still on the trolley. She doesn't cry while you clean the cut. When you tell her she's being brave, she doesn't answer.
"Her dad's outside with the baby," Shannon says. "Well, Evie's dad. He can't stand hospitals." # speaker: Shannon Linford (mother)
Your triage note records the cut, the account and the mechanism. The form has a box that asks whether the injury is consistent with the history. The honest answer is that it could be.
There's time while she waits for the doctor. Each thing you check takes a while in a busy department, and the doctor will call for her when the cubicle is free.
-> checks

= checks
# decision: l2-checks; contact
# note: The department's system does not connect children, and nothing is flagged. Each check reveals only what that place holds. Let the room notice that the earlier black eye is known to the GP and health visitor, not to the hospital.
# prompt: What would make this the third injury rather than the first? Where would you look, and for whom?
# real: The cut was treated as a single injury. It was not connected to the earlier attendance and no referral was made.
+ {not e2_hosp_lottie} [Look up Lottie's previous attendances on the hospital system # contact: hospital # feedback: Checking the child's own history is the first link; attendances are only connected when someone asks, and then uses what they find (linking attendances).]
    ~ e2_hosp_lottie = true
    ~ e2_contacts++
    # sound: typing
    One previous attendance, on 2 May: referred by her GP to the paediatric unit with swelling to the right cheek. Explanation: a fall during a tantrum. Discharged the same day. # info: hospital; Attendance on 2 May: facial swelling after a tantrum, referred by the GP, discharged
    Nineteen days ago.
    -> checks_next
+ {not e2_siblings} [Ask Shannon who else lives at home, then look up the other children # contact: hospital # feedback: Asking about the other children is the only way their records come into view (linking across siblings).]
    ~ e2_siblings = true
    ~ e2_contacts++
    "Why do you need to know that?" Shannon asks. Then: "Tia, she's six, and the baby, Evie. And my partner, Kyle." # speaker: Shannon Linford (mother)
    # sound: typing
    Tia Barton: one attendance at the age of four, a sprained wrist from a trampoline. Evie Norcott: no attendances. # info: hospital; Siblings: Tia, one attendance aged 4 (sprained wrist); Evie, none
    Nothing else on the system. The household has a new adult in it.
    -> checks_next
+ {not e2_gp} [Ring the GP practice before it closes # contact: gp # feedback: The surgery holds the black eye the hospital never saw (linking attendances).]
    ~ e2_gp = true
    ~ e2_contacts++
    # sound: phone
    The practice's duty doctor looks up Lottie's record before the evening surgery.
    "Black eye seen on 3 May, the day after the hospital visit. Mother said tantrums." # speaker: Duty doctor (Kingsway Medical Practice) # info: gp; Black eye seen at the surgery on 3 May, explained as tantrums
    {e1_referred:
        "The practice referred her to children's social care that day." # speaker: Duty doctor (Kingsway Medical Practice)
    - else:
        "The health visitor was told." # speaker: Duty doctor (Kingsway Medical Practice)
    }
    -> checks_next
+ {not e2_hv} [Ring the health visitor's office # contact: health-visitor # feedback: The health visitor sees the whole family at home (linking across siblings).]
    ~ e2_hv = true
    ~ e2_contacts++
    # sound: phone
    Claire Moran rings you back before she goes off shift.
    "I'm visiting them on Friday. I haven't had a clear explanation for the black eye. And now a cut chin?" # speaker: Claire Moran (health visitor) # info: health-visitor; The health visitor has no clear explanation for the black eye and plans to visit on Friday
    "There are three children in that house and a new partner. I'd want to know about anything you see." # speaker: Claire Moran (health visitor)
    -> checks_next
+ {not e2_sc} [Ring the children's social care duty team # contact: social-care # feedback: Asking what social care holds shows whether your worry is the first or the second (communication).]
    ~ e2_sc = true
    ~ e2_contacts++
    # sound: phone
    {e1_referred:
        "There's an assessment open from a referral on 3 May. Two visits, nobody in. Lottie hasn't been seen yet." # speaker: Duty social worker # info: social-care; Assessment open since 3 May; two visits with no answer; Lottie not yet seen
    - else:
        "Nothing open. There's a note of an anonymous call on 4 May about a black eye. The health visitor said it had been dealt with." # speaker: Duty social worker # info: social-care; Only a logged anonymous call about the black eye; no assessment open
    }
    -> checks_next
+ [Go ahead: the doctor is ready for Lottie now # pin: last # real]
    -> discharge

= checks_next
{e2_contacts >= 3:
    # sound: ward
    The doctor calls Lottie through. There's no more time for checking.
    -> discharge
}
-> checks

= discharge
Dr Oduya closes the cut with glue and strips.
"Clean wound. Fits a fall against furniture," she says, and looks at you. "Anything you want to add before they go?" # speaker: Dr Kemi Oduya (emergency doctor)
{e2_hosp_lottie or e2_gp:
    You think about what you found. Facial swelling on 2 May, a black eye on 3 May, and now this.
}
# decision: l2-discharge; challenge
# note: The doctor's question is an invitation to speak up. Each injury alone has an ordinary explanation; the pattern is what matters.
# prompt: Is a cut chin on its own enough? What would you say to the doctor, and what would you write?
# real: Lottie was treated and discharged. Nobody referred her to children's social care, and nobody connected the cut to the earlier injury.
+ [Nothing to add: the wound fits the account she gives, so give the usual wound care advice and discharge her # lp: l-curiosity-injuries -1 # lp: l-link-siblings -1 # lp: l-communication -1 # feedback: A third injury in three weeks, all put down to tantrums, was treated as the first; the explanation went untested and the attendance went unshared (professional curiosity). # real]
    Lottie goes home with her mother a little after seven. The attendance is coded as an accidental injury.
    On the way out she holds her mother's hand and doesn't look back.
    -> ep2_surgery_again
+ [Discharge her with the usual advice, and send a note of tonight's attendance to her GP and the health visitor # lp: l-communication +1 # feedback: Sharing the attendance in writing lets others join it to what they know (communication), though the explanation itself was not tested.]
    You write to the GP and the health visitor: cut chin, explained as a tantrum, closed with glue.
    ~ e2_written = true
    Lottie goes home with her mother a little after seven.
    -> ep2_surgery_again
+ [Ask for the consultant to see Lottie before she goes home, and refer her to children's social care tonight # critical: l-curiosity-injuries # critical: l-communication # lp: l-curiosity-injuries +2 # lp: l-communication +1 # feedback: Testing the explanation with a senior and referring is the next step the review says was missed at this attendance (professional curiosity).]
    ~ e2_referred = true
    {e2_hosp_lottie or e2_gp:
        You tell Dr Oduya about the earlier injuries. "Then it's a pattern," she says, and calls the consultant. # lp: l-link-siblings +1
    - else:
        Dr Oduya agrees to call the consultant, though she thinks the cut on its own is ordinary.
    }
    The consultant examines Lottie fully and finds no other injuries today. The referral goes to children's social care that night. # chrono: 2012-05-21 / 21 May, year 1; Emergency department refers Lottie to children's social care
    Lottie goes home with her mother. Social care write back that they will visit this week.
    -> ep2_surgery_again

=== ep2_surgery_again ===
# role: Practice nurse
# when: 25 May, year 1 — four days later
# scene: gp-surgery
# sound: office
Back at Kingsway Medical Practice. Shannon has brought Lottie in to have the strips taken off her chin.
Kyle Norcott is in the waiting room with Evie in her pram and Tia, who is six.
As you come to the door to call Lottie, you hear Kyle tell Tia to shut her mouth. He swears at her and calls her a bastard, loud enough for the whole room. # chrono: 2012-05-25 / 25 May, year 1; Partner seen swearing at Tia (6) at the surgery
Tia goes quiet and looks at the floor. An older man by the window looks away. Evie starts to cry in the pram, and Kyle rocks it hard without looking at her.
In the treatment room you ease the strips off Lottie's chin. The cut has healed cleanly. You tell Shannon what you heard in the waiting room.
Shannon shrugs it off.
"She'd been answering him back all the way here. She knows how to wind him up." # speaker: Shannon Linford (mother)
At lunchtime the health visitor rang you: she visited this morning and Shannon could not explain how Lottie's injuries happened. # info: health-visitor; At the home visit on 25 May the mother could not explain Lottie's injuries
{e2_written:
    The hospital's note about the cut chin is on Lottie's record.
}
# decision: l2b-waiting-room; challenge
# note: The real practice nurse challenged the mother and referred, which was good practice. The learning is in how a referral is made: what it contains, and whether it reaches everyone.
# prompt: What goes in this referral? Which facts, from whom?
# real: The practice nurse challenged the mother and referred her concerns to children's social care, including what the health visitor had found.
+ [Tell Kyle and Shannon that speaking to a child like that isn't acceptable, and record what you heard in Tia's and Lottie's notes # lp: l-communication -1 # feedback: Saying something is right, but a note in your own records is read by nobody else (communication).]
    Kyle says nothing. Shannon gathers the children and leaves.
    You write it up in both children's records.
    -> ep2_bridge
+ [Tell them it isn't acceptable, then phone a referral to children's social care with what you heard and the health visitor's concern # lp: l-communication +1 # feedback: A prompt referral that brings in the health visitor's view is sound practice (communication). # real]
    ~ e2_written = true
    # sound: phone
    The duty worker takes your referral over the phone: what you heard, Shannon's response, and the health visitor's concern that the injuries haven't been explained.
    She says a social worker will visit.
    -> ep2_bridge
+ [Tell them, phone a referral, and confirm it in writing today: each injury and its date, what you heard, the health visitor's view # critical: l-communication # lp: l-communication +2 # feedback: A written referral that lists every injury in order, with who saw it, lets the reader see the pattern (communication).]
    ~ e2_written = true
    # sound: typing
    You list it all: 2 May, facial swelling; 3 May, black eye; 21 May, cut chin; 25 May, what you heard and what the health visitor found.
    {e1_referred or e2_referred:
        You note that this is not the first referral, and ask for a strategy discussion.
    }
    The duty worker confirms your referral has been added to the file.
    -> ep2_bridge

=== ep2_bridge ===
# role: Social worker, children's social care (duty team)
# when: 3 June, year 1 — Lottie is 3
# scene: office
# sound: office
The referral from the surgery is allocated to you. You have been to the house three times since 25 May, at different times of day. Nobody answered. # chrono: 2012-05-26 / Late May to early June, year 1; Social care visits; nobody answers
Your calling cards have gone unanswered. Shannon's phone goes to voicemail. Lottie has not been seen by anyone in social care since the referrals began.
# decision: l2c-no-answer; challenge
# note: Failed visits after a referral about injuries are a finding in themselves, not a delay to wait out. The review records a number of failed visits up to 12 June (2.2) but not what the social workers weighed; the options and the earlier strategy discussion are written for the scenario. Whatever the learner chose in episodes 1 and 2, the fracture has already happened: good practice here finds it sooner, it cannot undo it. Working Together 2023 (chapter 3) expects a strategy discussion when there is reasonable cause to suspect significant harm, and the police can help gain access.
# prompt: What does it tell you when a child with unexplained injuries can't be seen? Who else sees her, and what can you ask for?
# real: Social workers tried several times to visit, without seeing Lottie, until 12 June.
+ [Keep trying the house: leave another card, and call round again early next week at a different time of day # lp: l-curiosity-injuries -1 # feedback: Each failed visit felt like bad luck; together they meant a child with unexplained injuries had not been seen for weeks (professional curiosity). # real]
    ~ e2_no_answer = 1
    -> ep2_fracture
+ [Write to Shannon with a firm date and time for a visit, and ask the health visitor to tell her it matters # feedback: A letter is polite and clear, but it leaves the timing of seeing Lottie to her mother (professional curiosity).]
    ~ e2_no_answer = 1
    -> ep2_fracture
+ [Ask your manager for a strategy discussion today, because a child with unexplained injuries can't be seen # critical: l-curiosity-injuries # lp: l-curiosity-injuries +2 # feedback: Treating no access as a risk in itself, and asking for a strategy discussion so that the police can help you see her, is the next step (professional curiosity).]
    ~ e2_no_answer = 2
    -> ep2_fracture

=== ep2_fracture ===
{e2_no_answer == 2:
    # sound: phone
    Your manager agrees. The strategy discussion with the police is held that afternoon.
    On 5 June you visit with a police officer. Shannon opens the door. Lottie is holding her right arm against her chest. # chrono: 2012-06-05 / 5 June, year 1; Social worker and police visit after a strategy discussion; Lottie seen holding her arm
    At the hospital the X-ray shows a fracture several days old. Lottie also has old bruising to her head. Shannon says she fell off some bins. # chrono: 2012-06-05 / 5 June, year 1; Lottie's arm found to be fractured, several days old
    This is one week earlier than in the real case, where the fracture was found on 12 June. It does not undo the injury.
- else:
    Two more visits. Nobody answers. # chrono: 2012-06-08 / Early June, year 1; Further social care visits; nobody answers
    On 12 June Shannon brings Lottie to the emergency department with a swollen arm. She says Lottie fell off some bins yesterday; she put the arm in a sling and gave her ibuprofen. # chrono: 2012-06-12 / 12 June, year 1; Lottie's arm found to be fractured, one to two weeks old
    The X-ray shows a fracture that is one to two weeks old. Lottie also has old bruising to her head.
}
There is a strategy meeting under section 47 and the police begin an investigation. Lottie goes to stay with family members.
Looking back at the file, the manager who chairs the strategy meeting counts four injuries in six weeks, each with its own explanation, each seen by a different person. # chrono: 2012-06-13 / June, year 1; Strategy meeting, police investigation; Lottie placed with extended family
On 6 July an initial child protection conference puts Tia, Lottie and Evie on child protection plans for physical harm. # chrono: 2012-07-06 / 6 July, year 1; All three children made subject to child protection plans
By the end of August Tia lives with her father, Kenny Barton, and Lottie with hers, Craig Merritt. Their plans change to emotional harm. Evie stays with her aunt, Donna, on a plan for physical harm; her parents see her under supervision. # chrono: 2012-08-31 / August, year 1; Tia and Lottie with their fathers; Evie with her maternal aunt
In the autumn Kyle goes to hospital after a suicide attempt and is referred to the adult mental health service. A friend of Shannon's calls the police because she's frightened for her; officers find her safe. # chrono: 2012-10 / October to November, year 1; Kyle's suicide attempt; police welfare check on Shannon
Shannon and Kyle sign up for a stress management group and an online parenting course. They report that they have completed both. Nobody saw them do the online course. # chrono: 2012-11 / Autumn, year 1; Parents report completing an unsupervised online parenting course
// Nothing from episodes 1 and 2 is needed again.
~ e1_referred = false
~ e2_contacts = 0
~ e2_hosp_lottie = false
~ e2_siblings = false
~ e2_gp = false
~ e2_hv = false
~ e2_sc = false
~ e2_referred = false
~ e2_written = false
~ e2_no_answer = 0
-> ep3_going_home
