=== ep5_visit ===
# episode: 5; Neglect over years
# role: Social worker
# when: A year on — Freya is 8, Jack is 6 and Ruby is 4
# scene: home
# sound: knock
You took over the Dobson case six weeks ago. You are the family's fifth social worker. The children have been on child protection plans, in one category or another, for nearly four years.
{knew_history():
    The current plan names neglect and the earlier concern about sexual abuse.
- else:
    The current plan's category is neglect, and has been for as long as anyone on the core group can remember.
}
The last social worker's final note reads: "Some improvement noted. Home conditions adequate."
This is your third visit. You booked it last week, for eleven in the morning, while the children are at school.
The flat is better than the photographs on the file. The floor has been hoovered. There is milk and yoghurt in the fridge. Kirsty is sober and has done her hair.
"I told you we're trying. Gavin's doing his groups. You can see it's better." # speaker: Kirsty Hale (mother) # chrono: 2011-10 / Freya aged 8; Announced visit finds the flat cleaner and food in the fridge
On the fridge are the children's school photographs and a certificate of Jack's for "great listening". Kirsty tells you that Ruby has started at the school nursery in the mornings and loves it.
She talks about her own mum, and how nobody ever came round to help when she was little.
"I want it different for mine." # speaker: Kirsty Hale (mother)
It is better. It was better the last time, too, according to the file. And the time before.
# decision: p5-visit; disguised
# note: The improvement is real on the day, and recognising it matters to the family. But each announced visit shows the flat as it is on the day of an announced visit. Ask the room what they would need to see to know what an ordinary Thursday is like for these children.
# prompt: What do you know about the children's lives from this visit, as opposed to the flat's?
+ [Record the improvement, praise Kirsty for it, and book the next visit for the same time next month # lp: p-chronology-neglect -1 # feedback: A visit booked in advance, with the children out, shows the flat on a good day and nothing of the children's lives; it adds one more good day to the file (chronologies and neglect tools).]
    You note the improvement and book the next visit. Kirsty thanks you at the door. # chrono: 2011-10 / Freya aged 8; Improvement recorded; next announced visit booked
    -> ep5_gather
+ [Ask to see the children's bedrooms now, and book a visit after school next week to meet the children # feedback: Seeing the bedrooms helps, but a booked after-school visit still shows the home as it is on a day when the social worker is expected (chronologies and neglect tools).]
    Kirsty shows you the bedrooms. They have been tidied. You book Tuesday at four. # chrono: 2011-10 / Freya aged 8; Social worker sees the tidied bedrooms; after-school visit booked
    On Tuesday the children are washed and dressed, and Freya says everything is fine.
    -> ep5_gather
+ [Come back unannounced one afternoon, and see each child on their own, including where they sleep # lp: p-chronology-neglect +1 # feedback: Seeing the children on an ordinary day, and on their own, shows what the visits on the file never did; it is part of the evidence a graded care profile needs (chronologies and neglect tools).]
    ~ saw_unannounced = true
    -> ep5_unannounced
=== ep5_unannounced ===
# sound: knock
You come back the following Thursday at half past four, without ringing first.
Freya opens the door. Kirsty is asleep on the sofa; there are cans on the floor beside her. # chrono: 2011-10 / Freya aged 8; Unannounced visit: mother asleep after drinking, Freya looking after Ruby
Freya is making toast for Ruby. Jack is out on the estate on his own. Gavin is not there.
Freya shows you the bedroom she shares with Ruby. There is one mattress on the floor and a duvet with no cover. Jack's bed has no sheet.
Ruby smiles at you. Several of her front teeth are brown and broken.
On the landing, on her own, Freya tells you it is always tidy when the social worker is coming.
"Mum cleans." # speaker: Freya Dobson (8)
She says she does not like it when her dad's friends come round at night. She will not say any more, and you do not press her. # chrono: 2011-10 / Freya aged 8; Freya says the flat is cleaned before visits and that she does not like it when her father's friends come at night
Kirsty wakes up and is angry, then tearful.
"You can't just turn up." # speaker: Kirsty Hale (mother)
Back in the car, you think about what Freya said on the landing.
# decision: p5-freya-words; challenge
# note: Freya's words are not a disclosure, and there is a lot else to act on. Ask the room what 'dad's friends at night' could mean in a family on a neglect plan, which other risks neglect makes worse, and who should hear it first. Asking the parents before anyone has consulted the police can put the child at risk.
# prompt: What would you need to know about this family's history to judge what Freya said?
+ [Note Freya's words, and come back to them gently with her at your next visit, once she knows you # lp: p-chronology-neglect -1 # feedback: Freya's words about night visitors are a risk of their own, made worse by a home where nobody is watching; waiting for her to say more leaves her to carry it (chronologies and neglect tools: other risks neglect heightens).]
    You write down what Freya said, word for word, and plan to see her again next month. # chrono: 2011-10 / Freya aged 8; Freya's words about night visitors recorded for follow-up
    -> ep5_gather
+ [Ask Kirsty, once she has calmed down, which of Gavin's friends come to the flat at night and why # lp: p-chronology-neglect -1 # feedback: Asking the parents first can alert the person who may be harming Freya, and puts her at risk for having spoken (chronologies and neglect tools: other risks neglect heightens).]
    Kirsty says it is just Gavin's mates from work, having a drink. "Has she been saying stuff?" # speaker: Kirsty Hale (mother) # chrono: 2011-10 / Freya aged 8; Social worker asks the mother about night visitors
    At school the next week, Freya will not talk to you.
    -> ep5_gather
+ [Tell Gwen today, and ask for a strategy discussion with the police about who comes to the flat at night # lp: p-chronology-neglect +1 # feedback: Words like Freya's, in a home where the children are left unsupervised, are a risk the neglect makes worse; a strategy discussion lets the police check who visits and what the family's history holds (chronologies and neglect tools: other risks neglect heightens).]
    ~ ep5_strategy = true
    Gwen agrees at once. A strategy discussion is held two days later with DC Ingram. # chrono: 2011-10 / Freya aged 8; Strategy discussion about night visitors to the flat
    {knew_history():
        DC Ingram checks Gavin's known associates. Lee Crane is one of them.
    - else:
        DC Ingram checks Gavin's known associates, and then the family's history. The children's first plan, three years ago, was for sexual abuse, after Freya spoke at nursery about "Lee's game". Lee Crane is one of Gavin's associates. # info: police; The children's first plan was for sexual abuse after Freya spoke of "Lee's game"; Lee Crane is one of Gavin's known associates # chrono: 2011-10 / Freya aged 8; Strategy discussion finds the earlier sexual abuse concern about Lee Crane
        ~ found_history = true
    }
    Freya is seen by a specially trained officer. She says nothing more. The discussion agrees a safety plan: no overnight visitors, and no contact with Lee Crane. Gavin and Kirsty sign it. # chrono: 2011-10 / Freya aged 8; Safety plan: no overnight visitors and no contact with Lee Crane
    -> ep5_gather
=== ep5_gather ===
# scene: office
# sound: office
The review conference is in three weeks. Your team manager, Gwen Calder, wants your recommendation before then.
The file is four years deep and has been written by five people. Before you decide, you can ring the agencies for what they hold, or go back through the file yourself: you have time for three of these. Or you can stop, ask every agency for its records in writing, and build a chronology and a graded care profile, which will take you up to the deadline.
-> ep5_contacts
=== ep5_contacts ===
= ask
{ep5_calls > 0:
    You have time for {ep5_calls == 1:two more|one more}. What next?
}
# decision: p5-build-chronology; contact
# note: Each agency holds part of the pattern; none holds all of it. Each call takes time, and the recommendation is due whether the chronology is complete or not. Ask the room which pieces they would most want, and why.
# prompt: Which of these would show you the children's lives over four years, rather than the flat on one day?
+ {not asked_school5} [The school: attendance, punctuality, what staff see # contact: school # feedback: The school sees the children every day; its records turn single visits into a pattern (chronologies and neglect tools).]
    ~ asked_school5 = true
    # sound: phone
    Ann Whitworth has the figures ready.
  "Freya's attendance is 79 percent this year and Jack's is 74. They're late most days. They eat everything at breakfast club and ask for seconds at lunch." # speaker: Ann Whitworth (safeguarding lead) # info: school; Attendance 79 percent for Freya and 74 percent for Jack; late most days; always hungry # chrono: 2011-10 / Freya aged 8; School: poor attendance, lateness and hunger throughout the year
  "Freya told a teaching assistant she does Ruby's breakfast. And Jack's behaviour in class has been logged twice more this year: the same kind of thing as in Reception." # speaker: Ann Whitworth (safeguarding lead) # info: school; Jack's sexualised behaviour has been logged twice more this year # chrono: 2011-10 / Freya aged 8; Two further logs of Jack's sexualised behaviour at school
    -> called
+ {not asked_hv5} [The health visitor: Ruby's health and development # contact: health-visitor # feedback: Ruby's growth, teeth and missed checks are the clearest measure of neglect at her age (chronologies and neglect tools).]
    ~ asked_hv5 = true
    # sound: phone
    Lorna Beck has known the family since Jack was born.
  "Ruby's two-year check was missed three times; we finally did it when she was nearly three. Her immunisations aren't complete." # speaker: Lorna Beck (health visitor) # info: health-visitor; Ruby's two-year check missed three times; immunisations incomplete # chrono: 2009-05 / Ruby aged 2 to 3; Ruby's developmental check missed three times; immunisations incomplete
  "Her weight's gone from the 50th centile to the 9th over two years. And she's waiting for six teeth to come out under general anaesthetic." # speaker: Lorna Beck (health visitor) # info: health-visitor; Ruby's weight has fallen from the 50th to the 9th centile; six decayed teeth awaiting extraction # chrono: 2011-06 / Ruby aged 4; Ruby's weight falls to the 9th centile; six teeth to be extracted
    "Every visit, it's a little better or a little worse. It's never bad enough on the day." # speaker: Lorna Beck (health visitor)
    -> called
+ {not asked_gp5} [The GP practice: appointments made and missed # contact: gp # feedback: Missed appointments, one at a time, look like disorganisation; together they show children whose health needs go unmet (chronologies and neglect tools).]
    ~ asked_gp5 = true
    # sound: phone
    Dr Airey reads from the record.
  "Jack was referred to the eye clinic for a squint two years ago. Four missed appointments, then discharged for not attending." # speaker: Dr Greta Airey (GP) # info: gp; Jack discharged from the eye clinic after four missed appointments # chrono: 2009-04 / Jack aged 4 to 6; Jack's eye clinic appointments missed four times; discharged
  "Ruby's had repeated ear infections; two courses of antibiotics were never collected. Kirsty's on a repeat prescription for diazepam." # speaker: Dr Greta Airey (GP) # info: gp; Ruby's antibiotics twice not collected; Kirsty on repeat diazepam # chrono: 2010-05 / Ruby aged 3 to 4; Prescriptions for Ruby not collected
    -> called
+ {not asked_ed5} [The hospital's safeguarding liaison: emergency department attendances # contact: emergency-dept # feedback: Injuries with delayed or thin explanations are part of the neglect picture, and hospital notices are easily filed and forgotten (chronologies and neglect tools).]
    ~ asked_ed5 = true
    # sound: phone
    The liaison nurse at Ashcombe General lists three attendances.
  "Jack at 4, a broken wrist, brought in three days after a fall from a bunk bed." # speaker: Liaison nurse (Ashcombe General) # info: emergency-dept; Jack's broken wrist brought in three days after the injury # chrono: 2009-06 / Jack aged 4; Broken wrist; hospital attendance delayed three days
  "Ruby at 2, after swallowing some of her mum's tablets; kept in overnight. Freya at 6, a scald to the hand from a kettle." # speaker: Liaison nurse (Ashcombe General) # info: emergency-dept; Ruby swallowed her mother's tablets at 2; Freya scalded at 6 # chrono: 2009-08 / Ruby aged 2; Ruby swallows her mother's tablets; admitted overnight
    "We sent a notice to children's social care each time." # speaker: Liaison nurse (Ashcombe General)
    She checks her screen.
    "They're all on your file. Filed, no action recorded." # speaker: Liaison nurse (Ashcombe General)
    -> called
+ {not asked_police5} [The police: domestic abuse call-outs to the address # contact: police # feedback: Counted one by one, call-outs look like separate arguments; counted together they show the children's home over years (chronologies and neglect tools).]
    ~ asked_police5 = true
    # sound: phone
    DC Ingram pulls the address history.
  "Eleven domestic call-outs since Freya was born. Five with the children in the house." # speaker: DC Amira Ingram (police) # info: police; Eleven domestic call-outs since Freya's birth, five with the children present # chrono: 2003-04 / Freya aged 0 to 8; Eleven domestic call-outs, five with the children present
  "The last was three weeks ago. Kirsty was drunk, and Gavin had driven off with Freya in the car after he'd been drinking. The notification should be with you." # speaker: DC Amira Ingram (police) # info: police; Three weeks ago Gavin drove off with Freya after drinking # chrono: 2011-10 / Freya aged 8; Gavin drives off with Freya in the car after drinking
    It is not. You find it later in the duty tray.
    -> called
+ {not read_file} [Your own agency's file: read it back to the start # contact: social-care # feedback: The earliest records hold what later plans left out: the mother's own childhood and the sexual abuse concern (chronologies and neglect tools).]
    ~ read_file = true
    You take the file home for an evening and read it from the beginning.
    Kirsty was on a plan herself, for neglect, at eight. At 15 she was seen being collected from school by a man in his thirties. # info: social-care; Kirsty was on a plan for neglect as a child and was seen at 15 with a man in his thirties # chrono: 1993-06 / Kirsty aged 8 to 15; Kirsty's own plan for neglect; at 15 seen collected from school by an older man
    When Freya was 4, she spoke about "Lee's game", and the children's first plan was for sexual abuse. # info: social-care; The children's first plan was for sexual abuse after Freya spoke about "Lee's game"
    {history_carried:
        The current plan still carries that history. But the assessment of whether Kirsty and Gavin could protect the children has still not been done. # info: social-care; The specialist assessment of the parents' ability to protect has never been done
    - else:
        The assessment of whether Kirsty and Gavin could protect the children was never done. When the category changed to neglect, the actions simply stopped appearing. # info: social-care; The specialist assessment of the parents' ability to protect was never done and dropped out of the plan when the category changed # chrono: 2008-06 / Freya aged 5; Sexual abuse actions disappear from the plan when the category changes
    }
    -> called
+ [Stop calling: ask every agency for its records, and build one chronology and a graded care profile # critical: p-chronology-neglect # lp: p-chronology-neglect +2 # feedback: Putting every agency's records side by side from Freya's birth, and measuring the care against a graded care profile, shows the pattern that single visits and single calls hide (chronologies and neglect tools).]
    ~ chronology_built = true
    You send a written request to every agency that has known the family, and spend the next fortnight building one chronology from the day Freya was born. # chrono: 2011-10 / Freya aged 8; Social worker builds a multi-agency chronology from Freya's birth
    You complete the graded care profile with Kirsty over three visits, one of them unannounced and one after school. # chrono: 2011-10 / Freya aged 8; Graded care profile completed over three visits
    The chronology begins with what the later plans left out: Kirsty's own childhood, and the children's first plan, for sexual abuse, after Freya spoke about "Lee's game". # info: social-care; The children's first plan was for sexual abuse after Freya spoke of "Lee's game"
    ~ found_history = true
    -> ep5_recommendation
+ [Write your recommendation now, from what you have seen yourself # pin: last]
    You write your recommendation from your visits and the last social worker's summary. It is careful and balanced. It says that the home is improving and that the parents are engaging.
    -> ep5_recommendation
= called
~ ep5_calls++
{ep5_calls >= 3:
    The three weeks have nearly gone. Gwen wants your recommendation tomorrow.
    -> ep5_recommendation
}
-> ask
=== ep5_recommendation ===
# sound: office
Gwen Calder reads the last social worker's summary while you talk. She has eleven other families on the team whose plans are more than a year old, and a service manager asking why.
"Four years on a plan. The flat's better, the parents are in treatment, and everyone's tired. I was thinking we step down to child in need. Or at least give it another three months and see if it holds." # speaker: Gwen Calder (team manager)
{chronology_built:
    You have more in front of you than the summary does: four years, side by side.
}
# decision: p5-recommendation; challenge
# note: Gwen is not careless: long plans with no progress do their own harm, and the improvement is real. The question is whether anyone has put four years of evidence side by side and measured it against what these children need, in their timescale rather than the adults'.
# prompt: How long would Ruby have to wait, at this rate, for the care she needs now?
# real: The review found that risk assessment should have shown the lack of parenting capacity, and that in its absence plans drifted and decisive action was delayed (P5). The meeting with the team manager is invented.
+ [Step down to child in need, with a clear plan, a family support worker and support for the parents # lp: p-timely-decisions -2 # feedback: Stepping down on the strength of a good visit removes the plan's protection just when the pattern needs to be seen as a whole (timely, child-focused decisions).]
    The conference agrees to step down to child in need. # chrono: 2011-10 / Freya aged 8; Children stepped down to child in need plans
    Four months later, after another police call-out, the children are back on plans.
    -> ep5_after
+ [Give it another review period: the improvement is real, and changing course now could undo it # lp: p-timely-decisions -2 # feedback: Another three months judged by the last visit repeats the pattern of the last four years; the children's time passes while the adults' progress is awaited (timely, child-focused decisions). # real]
    The conference agrees to continue the plan for another review period. # chrono: 2011-10 / Freya aged 8; Conference continues the plan for another review period
    The minutes note that the family has made progress and that both parents are engaging with services.
    -> ep5_after
+ [Ask for an independent parenting assessment, and keep the plan as it is until the report comes back # lp: p-timely-decisions -1 # feedback: A further assessment can be right, but started outside any timescale it becomes another wait; run it within pre-proceedings, on the children's clock (timely, child-focused decisions).]
    Gwen agrees. The assessment is commissioned; the waiting list is ten weeks, and the report will take another eight. # chrono: 2011-10 / Freya aged 8; Independent parenting assessment commissioned; plan continues meanwhile
    -> ep5_after
+ [Ask Gwen for a legal planning meeting now: these children cannot wait for another review period # critical: p-timely-decisions # lp: p-timely-decisions +2 # feedback: Four years of plans without lasting change is the evidence; a legal planning meeting moves the decision into the children's timescale, and any further assessment happens inside it (timely, child-focused decisions).]
    {chronology_built:
        ~ legal_planning = true
        You put the pieces side by side: {saw_unannounced:the Thursday afternoon, }Ruby's weight and teeth, the school's attendance and hunger, the missed clinics, the hospital attendances, eleven police call-outs, the history in the file, and the graded care profile, which scores the children's physical care and supervision at the lowest levels. # lp: p-timely-decisions +1
        Gwen reads it in silence.
      "Book the legal planning meeting." # speaker: Gwen Calder (team manager) # chrono: 2011-10 / Freya aged 8; Graded care profile and chronology completed; legal planning meeting held; pre-proceedings begin
        -> ep5_after
    - else:
        Gwen listens, then shakes her head.
      "I hear you. But the file says improving, and so did your last visit. Get me the evidence first." # speaker: Gwen Calder (team manager)
        By the time a chronology and a graded care profile are done, the conference has continued the plan for another review period. # chrono: 2011-10 / Freya aged 8; Chronology and graded care profile started; plan continues while they are completed
        -> ep5_after
    }
=== ep5_after ===
{saw_unannounced:
    You think about Freya on the landing, and the things she would not say.
}
// Only what later episodes use is kept: reset the rest so paths can merge.
~ saw_unannounced = false
~ chronology_built = false
~ ep5_calls = 0
~ asked_school5 = false
~ asked_hv5 = false
~ asked_gp5 = false
~ asked_ed5 = false
~ asked_police5 = false
~ found_history = knew_history()
~ read_file = false
~ history_carried = false
# decision: p5-continue; pace
+ [Continue]
    -> ep6_order
