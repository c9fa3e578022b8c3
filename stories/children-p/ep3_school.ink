=== ep3_classroom ===
# episode: 3; Behaviour at school
# role: Reception class teacher
# when: Two years on — Jack is 5, Ellie is 7 and Ruby is 3
# scene: school
You teach the Reception class at Ashcombe Hill Primary. Jack Dobson joined in September.
He is lively and funny, often late and often hungry, and happiest in the construction area. Most mornings he goes to breakfast club and eats two bowls of cereal.
His reading record has not been signed since October, and his PE kit has been missing all term. When he is tired he crawls under the table in the book corner, and you have learnt to sit beside it and read aloud until he comes out.
When he started, the school's safeguarding lead, Ann Whitworth, gave you a summary of his child protection plan.
{history_carried:
    It lists two categories, neglect and sexual abuse. A short history explains that when Ellie was 4 she spoke at nursery about "Lee's game" with a family friend, Lee Crane, and that the children must have no contact with him.
- else:
    Its category is neglect. The actions are about home conditions, attendance and health appointments. There is nothing else in it.
}
On Wednesday afternoon, during choosing time, your teaching assistant Shona calls you over to the den in the home corner.
Lily, one of the quieter girls, is crying. Shona found Jack in the den trying to pull down Lily's leggings. When Shona spoke to him, he said: "It's a secret game. You have to keep still and not tell." # chrono: Jack aged 5; In class Jack tries to undress another child and calls it "a secret game" # info: school; Jack called it a secret game and told the other child to keep still and not tell
Jack is flushed and will not look at you.
After the children have gone, Shona tells you something else.
"On Monday he drew a picture in the writing area and told Marcus what the people in it were doing. It was adult stuff. Words a five-year-old shouldn't have." # speaker: Shona Price (teaching assistant) # chrono: Jack aged 5; Jack describes adult sexual activity to a classmate, using adult words # info: school; Two days earlier Jack described adult sexual activity to a classmate
"I didn't know whether to say. My two played doctors at that age. I don't want to make a big thing of it for him." # speaker: Shona Price (teaching assistant)
# decision: p3-behaviour; challenge
# note: Curiosity about bodies is common in young children, and Shona is right not to want to shame him. Ask the room what separates ordinary curiosity from behaviour that needs a safeguarding response. Secrecy, persistence, another child's distress and knowledge of adult sexual acts are the markers; a tool such as the Brook Sexual Behaviours Traffic Light Tool puts them in 'red'. Telling a parent before the safeguarding lead has decided can alert the person who may be harming the child.
# prompt: Which parts of what Jack said and did would you expect from a five-year-old, and which would you not?
# real: The review records no detail of this point. It found a lack of knowledge and confidence in dealing with sexual abuse, including in recognising what sexual behaviour is usual for young children's age (P2).
+ [Curiosity is common at this age: calmly remind Jack about private parts, and mention it to his mum at home time # lp: p-sexual-abuse-knowledge -1 # feedback: Curiosity between children of the same age is common; a secret, an instruction to keep still, another child in distress and adult sexual knowledge are not. And a parent is told by the safeguarding lead, once she has decided, not at the gate (age-appropriate sexual behaviour).]
    You talk to Jack gently about private parts and keeping hands to ourselves. He nods.
    At home time you mention it to Kirsty. She laughs, a little too quickly. "Boys, eh? I'll have a word."
    The next morning Lily's mother comes into school, upset, and asks to see the head. Lily has told her that Jack made her keep still in the den and said it was a secret.
    Ann Whitworth is asked to look into it. She asks you and Shona to write down what you saw, a day late.
    -> ep3_call
+ [This is beyond what is usual at five: write down what was seen and said, in his words, for the safeguarding lead today # critical: p-sexual-abuse-knowledge # lp: p-sexual-abuse-knowledge +2 # feedback: Recording the behaviour and Jack's exact words, and passing it on the same day, treats it as what it may be: a sign of what he has seen or what has been done to him (age-appropriate sexual behaviour).]
    ~ jack_recorded = true
    You and Shona write it up together, separately dated and signed: what you saw, what Jack said, word for word, and what he drew on Monday. You keep the drawing.
    Ann Whitworth reads it twice before she looks up. She checks it against the traffic light tool the school uses for children's sexual behaviour: red, on more than one count.
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
"He got hold of Mark's phone. There was stuff on it he should never have seen. Mark's gutted. He's put a password on it now. It won't happen again." # speaker: Kirsty Hale (mother) # chrono: Jack aged 5; Mother says Jack saw adult material on his father's phone and it is now locked
Ann puts the phone down.
"She rang me, she was straight with me, and she's dealt with it. It's a neglect plan, and the social worker's just changed again. I'm minded to log it, give mum the online safety leaflet, and raise it at core group in three weeks." # speaker: Ann Whitworth (safeguarding lead)
"What do you think?" # speaker: Ann Whitworth (safeguarding lead)
Ann has forty-one children on child protection or child in need plans across the school, and half a day a week to do the job in. She is good at it, and you are in your second year of teaching.
# decision: p3-refer; disguised+challenge
# note: Kirsty's explanation is plausible, and she has acted. Ann is experienced and busy. The class teacher is the junior voice here; under Keeping Children Safe in Education any member of staff can refer directly if the safeguarding lead does not. Ask the room whether an explanation given over the phone can settle a concern like this, who should test it, and why the school should not talk it through with the parents before children's social care has been consulted.
# prompt: If this were the first concern in the family's history, would you refer? What changes if it is not the first?
# real: The review records no detail of this point. It found that a history of sexual abuse must count in assessing whether carers can keep children safe, and that it had become almost hidden once the plans were about neglect (P1, P2.2).
+ [Agree with Ann: log it with mum's explanation and the steps she has taken, and raise it at the core group # lp: p-sexual-abuse-knowledge -1 # feedback: An explanation from a parent is not a test of it; behaviour like Jack's needs to go to children's social care, and any earlier history needs to go with it (sexual abuse history in risk assessment).]
    Ann gives Kirsty the online safety leaflet at pick-up, and Kirsty thanks her. For a few weeks Jack's behaviour in class settles.
    Ann logs it. Three weeks later the core group minutes read: "Incident in class discussed. Mum has addressed it; phone now locked." # chrono: Jack aged 5; School logs the behaviour; core group records that mother has addressed it
    -> ep3_after
+ [Say it goes to children's social care today, and ask Ann to check Ellie's file first for anything earlier # critical: p-sexual-abuse-knowledge # lp: p-sexual-abuse-knowledge +2 # feedback: Referring the same day, and checking the siblings' records for earlier concerns, puts the history of sexual abuse into the risk assessment where it belongs (sexual abuse history in risk assessment).]
    ~ found_history = true
    ~ history_kept = true
    {history_carried:
        Ann does not need to look far. Jack's own plan names Lee Crane. But Ellie's file holds the nursery's record too, in the key worker's words.
    - else:
        Ann opens Ellie's file. Near the bottom is a transfer record from the nursery. Three years ago Ellie, then 4, talked about "Lee's game". There was a strategy discussion. # info: school; Ellie's file holds the nursery's record of her words about "Lee's game" and the strategy discussion that followed
        Ann sits back.
      "That's not in the plan we were sent. Not a word of it." # speaker: Ann Whitworth (safeguarding lead)
    }
    "You're right," Ann says. "And if I'd said no, you could have rung it through yourself. Anyone here can."
    Ann refers that morning: Jack's words, the secret, the drawing, and Ellie's words three years before. She does not ring Kirsty back; children's social care and the police will decide what the parents are told, and when. # chrono: Jack aged 5; School refers to children's social care with the behaviour and the earlier concern about Ellie
    -> ep3_strategy
+ [Say it should go to children's social care today, with everything you and Shona saw and heard # critical: p-sexual-abuse-knowledge # lp: p-sexual-abuse-knowledge +1 # feedback: Referring is right; without the family's earlier history, though, the referral may be read as a one-off (sexual abuse history in risk assessment).]
    Ann refers that morning. # chrono: Jack aged 5; School refers Jack's behaviour to children's social care
    {history_carried:
        The duty manager reads the plan, sees the earlier concern about Lee Crane, and calls a strategy discussion.
        -> ep3_strategy
    - else:
        The duty worker calls back the next day.
        "Mum's given an explanation and she's taken action. It's an open neglect case, so I'll pass it to the allocated worker." # speaker: Duty social worker
        The referral is added to the neglect file. # chrono: Jack aged 5; Referral logged to the neglect case; no strategy discussion
        -> ep3_after
    }
+ [Ask Ann to invite Kirsty and Mark in today to talk it through, and decide about a referral after that # lp: p-sexual-abuse-knowledge -1 # feedback: Where sexual abuse may be the cause, the school consults children's social care before talking it through with the parents: a meeting first can put Jack at risk and lose evidence (Keeping Children Safe in Education; sexual abuse history in risk assessment).]
    Kirsty and Mark come in after school. Mark does most of the talking: the phone, the password, how embarrassed they are. He asks to see Jack's drawing, and Ann shows it to him. # chrono: Jack aged 5; School meets the parents about Jack's behaviour before any referral
    Ann logs the meeting. Nothing is referred.
    The next day Jack will not go into the den, and will not say why.
    -> ep3_after
=== ep3_strategy ===
A strategy discussion is held the next day, with the police, health and the school. # chrono: Jack aged 5; Strategy discussion about Jack; section 47 enquiry begins
{checked_lee:
    The police already know where Lee Crane lives: still on Moor Lane, ten minutes' walk away.
- else:
    For the first time in three years, the police check where Lee Crane is living. He is still in Ashcombe, ten minutes' walk away. # chrono: Jack aged 5; Police confirm Lee Crane lives in Ashcombe
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
~ checked_lee = false
At the end of the week Jack builds a tower in the construction area taller than he is, and asks you to take a photo of it for his mum.
# decision: p3-continue; pace
+ [Continue]
    -> ep4_recovery
