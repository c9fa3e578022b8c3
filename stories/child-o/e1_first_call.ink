// Episode 1: The first call. Learner: school designated safeguarding lead (DSL).
// Review: Case Synopsis (second period of child protection planning).

=== e1 ===
# episode: 1; The first call
# role: Designated safeguarding lead, Saltings Primary School
# when: October, Year 5. Kai is 9
# scene: school
# sound: phone
It is ten to eight on a Tuesday in October. The office is quiet apart from the photocopier warming up.
You are the designated safeguarding lead at Saltings Primary, a two-form primary school on the east side of Brackenmouth. The phone rings before you have your coat off.
Morning. This is an Operation Encompass notification from the police. I'm ringing about a pupil of yours, Kai Mercer, Year 5. # speaker: PC Colin Holt (police notification desk) # sound: office
Officers went to his home at about ten past one this morning. A man rang in saying Kai's mum had taken cocaine and gone out, leaving Kai on his own. The caller gave his name as Darren Rowley, her partner. # speaker: PC Colin Holt (police notification desk) # chrono: 2020-10-13 / October, 1.10am; Police attend Kai's home after Lauren's partner rings to say she is using cocaine and has left Kai alone
When they got there, Kai was asleep in bed and his mum was at home. Officers didn't think she was under the influence. # speaker: PC Colin Holt (police notification desk)
She had a cut next to her right eye. She told officers that Darren, the man who made the call, had been staying a few nights, they'd argued, and he'd pushed her. He wasn't in the house when officers searched it. # speaker: PC Colin Holt (police notification desk) # chrono: 2020-10-13 / October, overnight; Lauren has a cut by her right eye and says her partner pushed her
She didn't want to support a prosecution and she didn't want a referral to Anchor, the domestic abuse service. That's all I have on the notification. It's so the school knows before he walks in this morning. # speaker: PC Colin Holt (police notification desk)
You thank him and write it down while it is fresh. A man who reports his partner to the police on the night he has hurt her is something you have read about on safeguarding courses.
You know Kai well. Most of the staff do. He is a quick, funny boy who hates being late and loves football. He has been on the safeguarding register at Saltings for most of his time here.
Two years ago he was on a child protection plan after a man was stabbed in the family home while Kai was upstairs, and because of his mum's drug use. Not long after, he was found at home on his own at night and spent several months living with his nan, Brenda, as a child in care.
He went home to his mum, Lauren, in the spring. In the summer the council stopped its pre-proceedings work under the Public Law Outline. Kai is now on a child in need plan. His social worker is Anjali Nair.
Nobody at school has heard the name Darren Rowley before.
You are the school's key adult for Operation Encompass. The notification has come so that someone in school knows before Kai walks in. The register is at ten to nine.
# decision: o-e1-encompass; challenge
# note: Operation Encompass exists so that the school's key adult knows about a police call-out to a domestic abuse incident before the child arrives, and can make sure he is supported quietly that day. The key adult logs it on the child's safeguarding record and tells the staff who will be with him, on a need-to-know basis: not the whole staffroom, and not back to the parent. On an open case it goes to the social worker too. The review does not describe this notification; it is added here.
# prompt: Who in school needs to know this before nine o'clock, and what do you want them to do with it?
+ [Log it on Kai's file and brief his class teacher, so he is quietly supported today # lp: o-share-with-school +2 # critical: o-share-with-school # feedback: An Encompass notification is meant to be used the same morning: recorded, and passed on need-to-know to the adult who will be with Kai all day, so that he is supported without being singled out (share with school).]
    ~ encompass_used = true
    You log the notification on Kai's safeguarding file and catch Mrs Eccles in the corridor before she goes up. You tell her only what she needs: police were at Kai's home overnight, his mum was hurt, he may be tired or upset, and he is to be treated as normal but kept an eye on. # chrono: 2020-10-13 / October, 8am; School logs the Operation Encompass notification and briefs Kai's class teacher
    She nods. I'll keep him close. Nobody else needs to know. # speaker: Joanne Eccles (Year 5 teacher)
    -> e1_calls
+ [Keep it to yourself: police information about a parent should go no further than the DSL # lp: o-share-with-school -1 # feedback: Care with police information is right, but Encompass is shared so that the adult with Kai all day can support him. Kept with the DSL alone, it cannot help him in the classroom (share with school).]
    You file the notification in the safeguarding cabinet and tell nobody. It is the police's information, and it is about his mum.
    -> e1_calls
+ [Mention it at the staff briefing, so that everyone who sees Kai today is alert to him # feedback: Wanting staff alert is right, but a whole-staff briefing shares a family's police record with people who do not need it. Encompass is shared on a need-to-know basis with the staff who are with the child (share with school).]
    At the briefing you say that Kai Mercer had a difficult night at home and the police were involved, and that staff should keep an eye on him. Two teaching assistants exchange a look. # chrono: 2020-10-13 / October, 8.30am; DSL mentions the police call-out at the whole-staff briefing
    -> e1_calls
+ [Wait and see how Kai seems first, so that he is not treated differently from the others # feedback: Not wanting to single Kai out is kind, but the point of the notification is that someone is ready for him before he arrives. Waiting means his teacher meets a tired, upset boy without knowing why (share with school).]
    You decide to see how Kai is when he comes in before you tell anyone anything.
    -> e1_calls

=== e1_calls ===
You have time for a couple of calls before the register, if you want them.
-> ask

= ask
# decision: o-e1-contacts; contact
# note: The report came from the partner himself, about the night he had pushed her; reports like this can be a form of control. Each call takes time before registration, and none of them is the lesson on its own. Ask the room which call matters most this morning, and what the school already knows that others do not.
# prompt: Who needs to know what the school now knows, and who holds what the school does not?
+ {not told_sw_e1} [Ring Anjali Nair, Kai's social worker # contact: social-care # feedback: Telling the allocated social worker the same morning is what any DSL should do with an Encompass notification on an open case. It is routine, and it matters.]
    ~ told_sw_e1 = true
    ~ e1_count++
    # sound: phone
    Anjali picks up on the second ring. She is driving, on hands-free.
    I hadn't heard. Thanks for ringing. Kai's on a child in need plan since the summer, and things had been going well. Lauren's been doing her drug tests and they've been clear. # speaker: Anjali Nair (social worker) # info: social-care; Kai is on a child in need plan since the summer and Lauren's drug tests have been negative
    She's never mentioned a partner to me. Not once. I don't know the name. # speaker: Anjali Nair (social worker) # info: social-care; Lauren has never told her social worker about a partner
    I'll ring the police this morning and talk to my manager about a strategy discussion. Can you send me what the school has, and tell me how Kai is today? # speaker: Anjali Nair (social worker)
    -> after
+ {not knows_dean_history} [Ring the police domestic abuse officer for more detail # contact: police # feedback: Asking who the partner is looks at the adult who carries the risk. The police will share what the school needs to keep Kai safe; the detail goes to the strategy discussion.]
    ~ knows_dean_history = true
    ~ e1_count++
    # sound: phone
    You ask for the domestic abuse officer for your area. She rings back after twenty minutes, which is most of the time you had.
    I'll tell you what the school needs to keep Kai safe. The rest goes to the strategy discussion through his social worker. # speaker: DC Kerry Duffy (police domestic abuse officer)
    Darren Rowley is known to us for violence against a former partner. He isn't local: he's from Westford. Lauren told officers it's an on and off thing that's been going on about five years. # speaker: DC Kerry Duffy (police domestic abuse officer) # info: police; Darren Rowley is known to police for violence against a former partner, lives in Westford, and has been in an on and off relationship with Lauren for about five years
    We'll be trying to arrest him. Check who is on Kai's collection list, don't hand him to anyone else, and if Darren turns up at the school, ring 999. # speaker: DC Kerry Duffy (police domestic abuse officer) # info: police; Police advise the school to check Kai's collection list and ring 999 if Darren comes to the school
    -> after
+ {not asked_nurse_e1} [Ask the school nurse what health holds on Kai # contact: health-visitor # feedback: Asking health what it holds widens the picture, though this morning the nurse holds little that is new.]
    ~ asked_nurse_e1 = true
    ~ e1_count++
    # sound: phone
    Annie Ainsworth, the school nurse, is in the building for a hearing clinic. She checks her laptop.
    Kai had his health assessment in March, when he was in care. Growth fine, jabs up to date, teeth seen. No health needs identified. # speaker: Annie Ainsworth (school nurse, 0 to 19 service) # info: health-visitor; Kai's health assessment in March found no health needs
    So we closed our involvement, which is what the procedure says we do. I can see him in school if you ask, of course. # speaker: Annie Ainsworth (school nurse, 0 to 19 service) # info: health-visitor; The 0 to 19 service closed its involvement after the assessment, as procedure allows
    -> after
+ {e1_count == 0} [Hold off on calls: the police will have notified social care already # pin: last # lp: o-active-information-seeking -1 # feedback: Police notifications do reach social care, but the school holds its own knowledge of Kai that nobody else has. Waiting leaves that unshared (active information seeking).]
    You decide the notification system will do its job, and go to set up for assembly.
    -> e1_gate
+ {e1_count > 0} [That's enough for now: the register is soon # pin: last]
    -> e1_gate

= after
{e1_count >= 2:
    # sound: office
    The bell goes for the start of the day. Whatever else you wanted to know will have to wait.
    -> e1_gate
}
-> ask

=== e1_gate ===
# scene: street
# sound: street
At twenty to nine you do your usual spot on the gate. Lauren comes along the pavement with Kai, holding his book bag. She has a bruise coming out around her right eye, and a small strip of tape on the cut.
She sees you looking before you have said anything.
Before anyone asks, I went flying over the dog's bowl in the kitchen. Caught the corner of the worktop. # speaker: Lauren Mercer (Kai's mother)
Police were round last night because some idiot rang them with a load of lies. They'll probably ring you. It's nothing. Kai slept through the whole thing. # speaker: Lauren Mercer (Kai's mother) # chrono: 2020-10-13 / October, next morning; Lauren tells the school the eye injury was a fall
She is friendly, a bit too quick. Kai has already gone in. He did not say good morning, which is not like him.
{knows_dean_history:
    You are holding two stories at once: a pushed woman with a cut eye, according to the police, and a fall over a dog bowl, according to Lauren. You also know the man involved has hurt a partner before.
- else:
    You are holding two stories at once: a push, according to what Lauren told police overnight, and a fall over a dog bowl, according to what she is telling you now.
}
# decision: o-e1-mother; disguised
# note: Lauren's account now differs from what she told police a few hours earlier. The school does not need to decide which is true. What matters is what is written down and who sees it.
# prompt: What would you write in the record, and why does the exact wording matter later?
+ [Thank her, then write down both accounts word for word, side by side, without choosing # lp: o-respectful-uncertainty +2 # critical: o-respectful-uncertainty # feedback: Recording both accounts exactly, and leaving the contradiction open, is respectful uncertainty. It keeps the evidence visible for whoever reads the record next.]
    ~ recorded_both = true
    Thanks for telling me, Lauren. I'm glad you're up and about. The police did let us know, and because Kai's got a social worker, I'll be passing that on to Anjali. That's just how it works. # speaker: You (designated safeguarding lead)
    She shrugs.
    Fine. Whatever. # speaker: Lauren Mercer (Kai's mother)
    In your office you write two short paragraphs: what the police reported, and what Lauren said at the gate, in her words, with the time. You add that Kai came in quiet. # chrono: 2020-10-13 / October, 9am; School records the police report and Lauren's account side by side
    -> e1_kai
+ [Be kind and practical: she has explained it, so note that the injury came from a fall # lp: o-respectful-uncertainty -1 # feedback: Her explanation may be true, but writing it as the answer closes a question that the police report left open. Respectful uncertainty means recording the contradiction, not resolving it.]
    Oh, that sounds sore. Look after yourself. # speaker: You (designated safeguarding lead)
    She smiles, relieved, and heads off. You note the police notification and add: injury explained by mother as a fall at home. # chrono: 2020-10-13 / October, 9am; School notes the injury as explained by a fall
    -> e1_kai
+ [Tell her gently that the police account differs, and ask her what really happened # feedback: Curiosity is right, but a school gate in front of other parents is a hard place to hear the truth. Record both accounts and let the social worker explore it (respectful uncertainty).]
    Lauren, the police said last night that Darren pushed you. Is that what happened? # speaker: You (designated safeguarding lead)
    Her face closes.
    I've told you what happened. I fell. Are you calling me a liar now, in front of everyone? # speaker: Lauren Mercer (Kai's mother)
    She walks off before you can answer. You write up both accounts, and that she became upset when asked. # chrono: 2020-10-13 / October, 9am; Lauren becomes upset when the school asks about the police account
    ~ recorded_both = true
    -> e1_kai

=== e1_kai ===
# scene: school
# sound: office
At break, Mrs Eccles, Kai's class teacher, puts her head round your door.
He's not himself. Yawning all morning, and he snapped at Ethan over nothing. He's sitting on his own in the library now. # speaker: Joanne Eccles (Year 5 teacher)
{encompass_used:
    I've kept him near me, like you said. I haven't said anything to him. Do you want me to do anything? # speaker: Joanne Eccles (Year 5 teacher)
- else:
    Has something happened at home? Do you want me to do anything? # speaker: Joanne Eccles (Year 5 teacher)
}
Kai has had a lot of adults ask him a lot of questions over the last two years. He knows what a social worker is. He knows what a police officer at the door at one in the morning means.
# decision: o-e1-kai; disguised
# note: Kai is the only person in the house who has not been heard. How he is asked matters as much as whether he is asked: no leading questions, no promises of secrecy, his words written down.
# prompt: Who should speak with Kai, how, and what would you do with what he says?
+ [Sit with him in the library, ask one open question and write down his exact words # lp: o-respectful-uncertainty +1 # critical: o-respectful-uncertainty # feedback: Giving Kai a calm, open chance to speak, without leading him, means his experience sits beside the adults' accounts (respectful uncertainty).]
    ~ kai_trusts = true
    You take two hot chocolates from the staffroom and sit down across from him. You talk about Saturday's match for a bit.
    You look tired today, Kai. How's things at home? # speaker: You (designated safeguarding lead)
    He turns a page without reading it.
    Fine. The police came. Mum said not to talk about Darren because it just makes trouble. # speaker: Kai Mercer (age 9)
    When they shout I put my headphones on and stay in my room. # speaker: Kai Mercer (age 9) # chrono: 2020-10-13 / October; Kai tells school he stays in his room with headphones on when the adults shout
    You don't ask who or how often. You tell him he did the right thing by telling you, that you can't keep it secret, and that you will tell Anjali so grown-ups can help. He nods as if he expected that. # chrono: 2020-10-13 / October; Kai's words recorded and passed to his social worker
    -> e1_end
+ [Ask Mrs Eccles to keep him busy and give him a quiet day, as he has had a rough night # lp: o-respectful-uncertainty -1 # feedback: Kindness matters, but if nobody gives Kai the chance to speak, his experience of home stays unknown while the adults' accounts are recorded (respectful uncertainty).]
    You ask Mrs Eccles to go easy on him and let him help with the class fish tank at lunch. He seems to brighten a little by the afternoon.
    Nobody asks him about the night before.
    -> e1_end
+ [Find him at lunch and ask him gently but directly whether Darren hurt his mum # feedback: Asking Kai is right. Naming the answer you fear in the question makes it hard for him to say anything else and weakens what he does say (respectful uncertainty).]
    Kai, did Darren hurt your mum last night? # speaker: You (designated safeguarding lead)
    He goes red and stares at the table.
    Mum said not to talk about Darren. # speaker: Kai Mercer (age 9)
    He won't say any more, and asks if he can go out to play. You write down the question you asked and his answer. # chrono: 2020-10-13 / October; Kai is asked directly about Darren and says his mum told him not to talk about him
    -> e1_end

=== e1_end ===
{not told_sw_e1:
    After school you email the police notification and your notes to Anjali Nair. She replies the next morning to say thanks.
}
// Forget what no later episode needs, so paths that differ only here can merge.
~ told_sw_e1 = false
~ knows_dean_history = false
~ encompass_used = false
~ e1_count = 0
A few days later, police find Darren Rowley at Lauren's house and arrest him. He is released under investigation and goes back to Westford. # chrono: 2020-10-16 / October, a few days later; Darren Rowley is arrested at Lauren's house and released under investigation
At home time that Tuesday it is Brenda, Kai's nan, who collects him, not Lauren. She is in her work tabard from the supermarket and out of breath.
She's asked me to have him tonight. Don't ask me why, because she won't tell me. # speaker: Brenda Mercer (Kai's grandmother)
Kai takes her hand without being asked, which he stopped doing in Year 3.
A strategy meeting is held. Enquiries under section 47 of the Children Act follow. # chrono: 2020-10-19 / October; Strategy meeting; child protection enquiries begin
# decision: o-e1-pace; pace
+ [Go on to the core group]
    -> e2
