=== ep3_classroom ===
# episode: 3; Behaviour at school
# role: Reception class teacher
# when: Two years on — Jack is 5, Freya is 7 and Ruby is 3
# scene: school
You teach the Reception class at Ashcombe Hill Primary. Jack Dobson joined in September.
He is lively and funny, often late and often hungry, and happiest in the construction area. Most mornings he goes to breakfast club and eats two bowls of cereal.
His reading record has not been signed since October, and his PE kit has been missing all term. When he is tired he crawls under the table in the book corner, and you have learnt to sit beside it and read aloud until he comes out.
When he started, the school's safeguarding lead, Ann Whitworth, gave you a summary of his child protection plan.
{history_carried:
    It lists two categories, neglect and sexual abuse. A short history explains that when Freya was 4 she spoke at nursery about "Lee's game" with a family friend, Lee Crane, and that the children must have no contact with him.
- else:
    Its category is neglect. The actions are about home conditions, attendance and health appointments. There is nothing else in it.
}
On Wednesday afternoon, during choosing time, your teaching assistant Shona calls you over to the den in the home corner.
Lily, one of the quieter girls, is crying. Shona found Jack in the den trying to pull down Lily's leggings. When Shona spoke to him, he said: "It's a secret game. You have to keep still and not tell." # chrono: 2010-06 / Jack aged 5; In class Jack tries to undress another child and calls it "a secret game" # info: school; Jack called it a secret game and told the other child to keep still and not tell
Jack is flushed and will not look at you.
While the class settles on the carpet for the last story, Shona tells you something else.
"On Monday he drew a picture in the writing area and told Marcus what the people in it were doing. It was adult stuff. Words a five-year-old shouldn't have." # speaker: Shona Price (teaching assistant) # chrono: 2010-06 / Jack aged 5; Jack describes adult sexual activity to a classmate, using adult words # info: school; Two days earlier Jack described adult sexual activity to a classmate
"I didn't know whether to say. My two played doctors at that age. I don't want to make a big thing of it for him." # speaker: Shona Price (teaching assistant)
# decision: p3-judge; challenge
# note: Shona's wish not to shame Jack is right, and most sexual behaviour in young children is ordinary curiosity. The Brook Sexual Behaviours Traffic Light Tool (ages 0 to 5 and 5 to 9) sorts behaviour into green (healthy development), amber (outside what is usual: talk it through with the safeguarding lead and keep watch) and red (a sign of harm or risk: act at once, which in a school means the safeguarding lead the same day). Secrecy, telling another child to keep still, another child's distress and adult sexual knowledge are red. Ask the room what they rely on when they judge this, and how sure they would feel.
# prompt: Which parts of what Jack said and did would you expect from a five-year-old, and which would you not?
+ [Go through what Jack said and did with Shona, against the Brook traffic light tool the school uses # critical: p-sexual-abuse-knowledge # lp: p-sexual-abuse-knowledge +2 # feedback: A named tool separates ordinary curiosity from behaviour that may be a sign of harm; a secret, 'keep still', a distressed child and adult sexual words are all red (age-appropriate sexual behaviour).]
    ~ jack_judged = true
    You find the tool in the safeguarding folder in the staff room, and go down the list for ages 0 to 5 with Shona. # chrono: 2010-06 / Jack aged 5; Class teacher and teaching assistant check Jack's behaviour against the Brook traffic light tool
    Playing doctors with a child of the same age, out of curiosity: green. Telling another child to keep still and keep a secret, another child in distress, words for adult sexual acts: red, on more than one count.
    Shona looks at the list for a long time. "So it's not like my two at all," she says.
    -> ep3_behaviour
+ [Go by your own experience and Shona's: children of five play doctors, and this is the first time you have seen it # lp: p-sexual-abuse-knowledge -1 # feedback: Experience of ordinary curiosity is what makes this look ordinary; without a tool, the markers that are not ordinary (a secret, 'keep still', a distressed child, adult words) are easy to miss (age-appropriate sexual behaviour).]
    You agree that it is probably curiosity, and that you will both keep an eye on him. # chrono: 2010-06 / Jack aged 5; Behaviour judged as curiosity from staff experience
    -> ep3_behaviour
+ [Watch Jack closely for the next fortnight, and judge it once you know whether it happens again # lp: p-sexual-abuse-knowledge -1 # feedback: Waiting for a pattern treats behaviour that is already red as if it were amber, and leaves Lily and Jack without a response (age-appropriate sexual behaviour).]
    You and Shona agree to watch him and write down anything that happens. # chrono: 2010-06 / Jack aged 5; Staff decide to watch Jack's behaviour for a fortnight
    -> ep3_behaviour
+ [Ask the school nurse at her Friday drop-in whether this is within normal development at five # feedback: A health view is useful, but this needs judging today against a shared tool, and it is the safeguarding lead who must hear it, not a drop-in at the end of the week (age-appropriate sexual behaviour).]
    You put a note in the nurse's tray for Friday. # chrono: 2010-06 / Jack aged 5; Class teacher asks the school nurse for a view at her next drop-in
    -> ep3_behaviour
=== ep3_behaviour ===
It is ten to three. In a few minutes the parents will be at the door.
{jack_judged:
    The tool says red. What you do in the next hour matters.
}
# decision: p3-behaviour; challenge
# note: Whatever the learner decided about what the behaviour means, something has to happen before home time. Telling a parent before the safeguarding lead has decided can alert the person who may be harming the child; questioning a young child about who taught him can lead him and harm a later investigation. Ask the room what a teacher's job is in the next hour, and what it is not.
# prompt: What does Ann need from you, and by when?
+ [Curiosity is common at this age: calmly remind Jack about private parts, and mention it to his mum at home time # lp: p-sexual-abuse-knowledge -1 # feedback: Curiosity between children of the same age is common; a secret, an instruction to keep still, another child in distress and adult sexual knowledge are not. And a parent is told by the safeguarding lead, once she has decided, not at the gate (age-appropriate sexual behaviour).]
    You talk to Jack gently about private parts and keeping hands to ourselves. He nods.
    At home time you mention it to Kirsty. She laughs, a little too quickly. "Boys, eh? I'll have a word."
    The next morning Lily's mother comes into school, upset, and asks to see the head. Lily has told her that Jack made her keep still in the den and said it was a secret.
    Ann Whitworth is asked to look into it. She asks you and Shona to write down what you saw, a day late.
    -> ep3_call
+ [Write down what was seen and said, in Jack's words, and take it to the safeguarding lead before you go home # critical: p-sexual-abuse-knowledge # lp: p-sexual-abuse-knowledge +2 # feedback: Recording the behaviour and Jack's exact words, and passing it on the same day, treats it as what it may be: a sign of what he has seen or what has been done to him (age-appropriate sexual behaviour).]
    ~ jack_recorded = true
    You and Shona write it up together, separately dated and signed: what you saw, what Jack said, word for word, and what he drew on Monday. You keep the drawing.
    Ann Whitworth reads it twice before she looks up. {jack_judged:You have marked where it sits on the traffic light tool: red, on more than one count.|She checks it against the traffic light tool the school uses for children's sexual behaviour: red, on more than one count.}
    "I'll look at the whole file first thing tomorrow," she says.
    -> ep3_call
+ [Sit down quietly with Jack in the book corner, and ask him where he learnt the secret game # feedback: Wanting to understand is right, but questions about who or where can lead a young child and harm a later investigation; listen, write down his own words and pass them on the same day (age-appropriate sexual behaviour).]
    You sit with Jack in the book corner and ask him where the game came from.
    He goes quiet. Then he says he saw it on the telly. When you ask again, he starts to cry, and you stop.
    You note what he said. The next morning Lily's mother comes into school, upset, and Ann Whitworth is asked to look into it.
    -> ep3_call
=== ep3_call ===
# scene: office
# sound: phone
Before school the next morning, Kirsty rings the office and asks for Ann. Lily's mother spoke to her at the gate last night.
Ann takes the call in her office, with you there, and mostly listens. Kirsty is quick to explain.
"He got hold of Gavin's phone. There was stuff on it he should never have seen. Gavin's gutted. He's put a password on it now. It won't happen again." # speaker: Kirsty Hale (mother) # chrono: 2010-06 / Jack aged 5; Mother says Jack saw adult material on his father's phone and it is now locked
Ann puts the phone down.
"She rang me, she was straight with me, and she's dealt with it. It's a neglect plan, and the social worker's just changed again. I'm minded to log it, give mum the online safety leaflet, and raise it at core group in three weeks." # speaker: Ann Whitworth (safeguarding lead)
"What do you think?" # speaker: Ann Whitworth (safeguarding lead)
Ann has forty-one children on child protection or child in need plans across the school, and half a day a week to do the job in. She is good at it, and you are in your second year of teaching.
# decision: p3-refer; disguised+challenge
# note: Kirsty's explanation is plausible, and she has acted. Ann is experienced and busy. The class teacher is the junior voice here; under Keeping Children Safe in Education (Part one) any member of staff can refer directly to children's social care, and tell the safeguarding lead, if the lead does not. Disagreement with a safeguarding lead is stage 1 of the partnership's procedure for resolving professional disagreements (practitioner to practitioner); stage 2 would be the headteacher, stage 3 senior managers in children's services, stage 4 the partnership's independent chair or escalation panel, each within a few working days. Where a child may be at immediate risk, as here, the child's safety overrides the stages: the referral is made today. Ask the room whether an explanation given over the phone can settle a concern like this, who should test it, and why the school should not talk it through with the parents before children's social care has been consulted.
# prompt: If this were the first concern in the family's history, would you refer? What changes if it is not the first?
+ [Agree with Ann: log it with mum's explanation and the steps she has taken, and raise it at the core group # lp: p-sexual-abuse-knowledge -1 # feedback: An explanation from a parent is not a test of it; behaviour like Jack's needs to go to children's social care, and any earlier history needs to go with it (sexual abuse history in risk assessment).]
    Ann gives Kirsty the online safety leaflet at pick-up, and Kirsty thanks her. For a few weeks Jack's behaviour in class settles.
    Ann logs it. Three weeks later the core group minutes read: "Incident in class discussed. Mum has addressed it; phone now locked." # chrono: 2010-06 / Jack aged 5; School logs the behaviour; core group records that mother has addressed it
    -> ep3_after
+ [Say it goes to children's social care today, and ask Ann to check Freya's file first for anything earlier # critical: p-sexual-abuse-knowledge # lp: p-sexual-abuse-knowledge +2 # feedback: Referring the same day, and checking the siblings' records for earlier concerns, puts the history of sexual abuse into the risk assessment where it belongs (sexual abuse history in risk assessment).]
    ~ found_history = true
    ~ history_kept = true
    {history_carried:
        Ann does not need to look far. Jack's own plan names Lee Crane. But Freya's file holds the nursery's record too, in the key worker's words.
    - else:
        Ann opens Freya's file. Near the bottom is a transfer record from the nursery. Three years ago Freya, then 4, talked about "Lee's game". There was a strategy discussion. # info: school; Freya's file holds the nursery's record of her words about "Lee's game" and the strategy discussion that followed
        Ann sits back.
      "That's not in the plan we were sent. Not a word of it." # speaker: Ann Whitworth (safeguarding lead)
    }
    "You're right," Ann says. "And if I'd said no, you could have rung it through yourself. Anyone here can."
    Ann refers that morning: Jack's words, the secret, the drawing, and Freya's words three years before. She does not ring Kirsty back; children's social care and the police will decide what the parents are told, and when. # chrono: 2010-06 / Jack aged 5; School refers to children's social care with the behaviour and the earlier concern about Freya
    -> ep3_strategy
+ [Say it should go to children's social care today, with everything you and Shona saw and heard # critical: p-sexual-abuse-knowledge # lp: p-sexual-abuse-knowledge +1 # feedback: Referring is right; without the family's earlier history, though, the referral may be read as a one-off (sexual abuse history in risk assessment).]
    Ann refers that morning. # chrono: 2010-06 / Jack aged 5; School refers Jack's behaviour to children's social care
    {history_carried:
        The duty manager reads the plan, sees the earlier concern about Lee Crane, and calls a strategy discussion.
        -> ep3_strategy
    - else:
        The duty worker calls back the next day.
        "Mum's given an explanation and she's taken action. It's an open neglect case, so I'll pass it to the allocated worker." # speaker: Duty social worker
        The referral is added to the neglect file. # chrono: 2010-06 / Jack aged 5; Referral logged to the neglect case; no strategy discussion
        -> ep3_after
    }
+ [Ask Ann to invite Kirsty and Gavin in today to talk it through, and decide about a referral after that # lp: p-sexual-abuse-knowledge -1 # feedback: Where sexual abuse may be the cause, the school consults children's social care before talking it through with the parents: a meeting first can put Jack at risk and lose evidence (Keeping Children Safe in Education; sexual abuse history in risk assessment).]
    Kirsty and Gavin come in after school. Gavin does most of the talking: the phone, the password, how embarrassed they are. He asks to see Jack's drawing, and Ann shows it to him. # chrono: 2010-06 / Jack aged 5; School meets the parents about Jack's behaviour before any referral
    Ann logs the meeting. Nothing is referred.
    The next day Jack will not go into the den, and will not say why.
    -> ep3_after
=== ep3_strategy ===
A strategy discussion is held the next day, with the police, health and the school. # chrono: 2010-06 / Jack aged 5; Strategy discussion about Jack; section 47 enquiry begins
{checked_lee:
    The police already know where Lee Crane lives: still on Moor Lane, ten minutes' walk away.
- else:
    For the first time in three years, the police check where Lee Crane is living. He is still in Ashcombe, ten minutes' walk away. # chrono: 2010-06 / Jack aged 5; Police confirm Lee Crane lives in Ashcombe
}
Jack is seen by a social worker and a police officer together. He says very little, and nothing about Lee.
{history_carried:
    The section 47 enquiry ends without a disclosure. The plan already names the sexual abuse concern; now it adds a safety plan, and the specialist assessment, still not started, is given a new date.
- else:
    The section 47 enquiry ends without a disclosure. But the plan now carries the sexual abuse concern again, with a safety plan and a referral for the assessment that was never done.
}
-> ep3_after
=== ep3_after ===
~ jack_recorded = false
~ jack_judged = false
~ checked_lee = false
At the end of the week Jack builds a tower in the construction area taller than he is, and asks you to take a photo of it for his mum.
# decision: p3-continue; pace
+ [Continue]
    -> ep4_recovery
