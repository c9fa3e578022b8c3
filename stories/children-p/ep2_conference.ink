=== ep2_conference ===
# episode: 2; The plan changes category
# role: Independent conference chair
# when: Five years on — Freya is 5, Jack is 3 and Ruby is 1
# scene: office
# sound: typing
Jack was born two years after Freya, and Ruby two years after him. # chrono: 2005-04 / Freya aged 2 and 4; Jack and Ruby born
You are an independent conference chair. This afternoon you chair a review child protection conference for Freya, Jack and Ruby Dobson. You have not met the family before.
You read the file over lunch.
Eighteen months ago Freya, then 4, said something to her nursery key worker about "Lee's game" that worried staff enough to ring children's social care the same day. # chrono: 2007-03 / Freya aged 4; Freya says something at nursery about "Lee's game"; nursery refers the same day
Lee Crane, 29, a friend of Gavin's, had been sleeping in the family's box room for several months.
A strategy discussion was held. Freya was seen by a specially trained officer and said nothing more. The police took no further action. # chrono: 2007-03 / Freya aged 4; Strategy discussion and section 47 enquiry; Freya says nothing more; no further police action
Freya and Jack were made subject to child protection plans under the category of sexual abuse. Ruby was added when she was born. # chrono: 2007-04 / Freya aged 4; Freya and Jack on child protection plans, category sexual abuse; Ruby added at birth
{kirsty_own_referral:
    The file also holds the assessment done of Kirsty at 17, after the midwife's referral. Her own childhood is set out in it, and so is the age she was when the relationship with Gavin began.
}
The first plan had four actions that were about the sexual abuse concern. You check what became of each.
Lee to have no contact with the children: both parents signed a written agreement.
A specialist assessment of whether Kirsty and Gavin could protect the children: never started. The first social worker left before the referral was sent; the second was told there was a waiting list.
Direct work with Freya, so that someone would hear her worries: one session, then a change of worker.
Police to confirm where Lee was living: no update recorded.
Since then the file is almost all about neglect. The flat is dirty and often without food. There are head lice, missed health appointments, Kirsty's drinking and two more police call-outs for arguments. # chrono: 2007-06 / Freya aged 4 to 5; Repeated concerns about home conditions, missed health appointments, drinking and two domestic call-outs
The social worker, Gethin Hollis, is the family's third. He has sent you a draft of the new plan. Its category is neglect. Its nine actions are about the home, the children's health appointments, nursery attendance and an alcohol service for Kirsty.
Lee Crane's name does not appear in it.
# decision: p2-read-continue; pace
+ [Go into the conference]
    -> ep2_meeting
=== ep2_meeting ===
# scene: meeting-room
# sound: meeting
Around the table: Gethin Hollis, the health visitor Lorna Beck, Detective Constable Amira Ingram from the child protection unit, Jack's nursery manager, Kirsty and Gavin. Freya's school has sent a written report.
You open the conference: who everyone is, what the conference is for, how the decision will be made. Kirsty keeps her coat on. Gavin shakes everyone's hand.
The nursery manager goes first.
"Jack's a little whirlwind, and he's lovely. But he's hungry most mornings, and he's often in the same clothes from Monday to Thursday." # speaker: Gail Ormerod (nursery manager)
Freya's school report says she is quiet and watchful, kind to younger children, and startles when an adult comes up behind her.
"I know the flat's a state," Kirsty says quietly. "It's hard with three. I'm trying to cut down."
Gethin sets out the case clearly.
"I'll be honest, the sexual abuse category isn't doing any work for these children now. Lee Crane's been gone over a year and there's been nothing since. What they live with every day is neglect, and the new plan is built around that." # speaker: Gethin Hollis (social worker)
"I'd agree. Ruby's missed two checks and the flat is the worst I've seen it." # speaker: Lorna Beck (health visitor)
"Lee's long gone. Went up to his sister's in Scotland. We signed your paper and we've kept to it." # speaker: Gavin Dobson (father)
Kirsty nods. She looks tired.
# decision: p2-where-is-lee; disguised
# note: The agreement has held as far as anyone knows, and nobody has raised a new concern. But nothing has been tested: the police check on the first plan was never done. Ask the room what the conference actually knows, as opposed to what it has been told.
# prompt: What would have to be true before you could say the earlier risk had been dealt with?
+ [Accept the parents' account: the written agreement has held for eighteen months with no new concerns raised # lp: p-category-change -1 # feedback: An untested account is not evidence that an earlier risk has gone; the police check on the first plan was never done (category change).]
    Gethin moves on to the new plan.
    -> ep2_category
+ [Ask both parents to sign the no-contact agreement again today, and record it as confirmed # lp: p-category-change -1 # feedback: A second signature repeats a measure nobody ever checked; it tells the conference nothing about where Lee Crane is (category change).]
    Gavin signs at once. Kirsty signs after him. The agreement is recorded as confirmed. # chrono: 2008-06 / Freya aged 5; Parents re-sign the no-contact agreement about Lee Crane
    Gethin moves on to the new plan.
    -> ep2_category
+ [Ask DC Ingram whether the police ever confirmed where Lee Crane is living now, as the first plan asked # lp: p-category-change +1 # lp: p-sexual-abuse-knowledge +1 # feedback: Checking the outstanding action before closing it is how a conference knows whether the earlier risk is mitigated, and keeps the sexual abuse history in the risk assessment (category change).]
    ~ checked_lee = true
    DC Ingram scrolls through her laptop for a minute.
  "That action was never closed. His last known address on our system is Moor Lane, here in Ashcombe." # speaker: DC Amira Ingram (police) # info: police; The check on Lee Crane's address was never done; his last known address is in Ashcombe, a short walk from the family # chrono: 2008-06 / Freya aged 5; Police find Lee Crane's last known address is in Ashcombe, not Scotland
  "And he was stopped three months ago driving a car registered to Gavin Dobson." # speaker: DC Amira Ingram (police) # info: police; Lee Crane was stopped three months ago driving a car registered to Gavin # chrono: 2008-06 / Freya aged 5; Lee Crane stopped by police driving Gavin's car
  "He borrowed it once, before he went. Ages ago." # speaker: Gavin Dobson (father)
    Nobody says anything for a moment.
    -> ep2_category
=== ep2_category ===
"So: category neglect? I'd really like to get the plan signed off today, so we can get on with it." # speaker: Gethin Hollis (social worker)
{checked_lee:
    He glances at DC Ingram.
    "We can pick up the Lee question separately." # speaker: Gethin Hollis (social worker)
}
# decision: p2-category; challenge
# note: Gethin's plan is a good plan for neglect, and he is right that neglect is the daily harm. The question is what happens to the sexual abuse concern once it is not in the plan that people work from. The chair owns that decision.
# prompt: When the next social worker picks this case up, what will tell them that Lee Crane exists?
# real: In the real case the category moved from sexual abuse to neglect and the sexual abuse was no longer explicit in the children's plans (P1); the conference itself is invented. The board's response is that no plan should change category without formal agreement that the earlier risks have been mitigated (P1.1).
+ [Agree the change to neglect and sign off Gethin's plan as drafted: neglect is the harm these children live with every day # lp: p-category-change -2 # feedback: The new plan is sound on neglect, but it drops an assessment that was never done and a concern that was never resolved (category change). # real]
    The conference agrees. The plan goes out that afternoon. It is clear and practical. # chrono: 2008-06 / Freya aged 5; Plan category changes to neglect; the sexual abuse actions are not carried into the new plan
    It says nothing about Lee Crane.
    Gethin thanks you afterwards.
    "That's the first plan on this family I think we can actually deliver." # speaker: Gethin Hollis (social worker)
    He means it.
    -> ep2_after
+ [Agree the change to neglect, and set out the full history and each unfinished action in the conference minutes # lp: p-category-change -1 # feedback: Minutes are rarely read once a new plan is issued; outstanding actions need to be in the plan itself, with owners and dates (category change).]
    The category changes to neglect. Your minutes record the history and the four actions that were never finished. # chrono: 2008-06 / Freya aged 5; Plan category changes to neglect; the history is recorded in the minutes but not in the plan
    The minutes go out three weeks later. The plan went out the same afternoon, and it is the plan that people work from.
    -> ep2_after
+ [Add neglect but keep sexual abuse until its risks are dealt with, and put the history and old actions in the plan # critical: p-category-change # lp: p-category-change +2 # feedback: Carrying the history and the outstanding actions into the plan, and not dropping the category without agreement that the risk is dealt with, keeps the concern in sight (category change).]
    ~ history_carried = true
    ~ history_kept = true
    {checked_lee:
        "Given what DC Ingram has just told us," you say, "I'm not able to agree that the earlier risk is dealt with."
    - else:
        "Nobody here can tell me that the earlier risk is dealt with," you say. "Until someone can, it stays in the plan."
    }
    Gethin is not pleased.
    "It'll look as though we've done nothing for a year." # speaker: Gethin Hollis (social worker)
    "On those four actions," you say, "we haven't."
    The new plan opens with a short history. Below the neglect actions sit the old ones: the specialist assessment (Gethin, referral within two weeks), confirming where Lee Crane lives (DC Ingram, one week), direct work with Freya (Gethin with the school, six sessions), and the no-contact agreement, to be checked at every visit. # chrono: 2008-06 / Freya aged 5; Plan adds neglect; sexual abuse category and outstanding actions kept, with owners and dates
    -> ep2_after
=== ep2_after ===
~ kirsty_own_referral = false
Kirsty catches you in the corridor afterwards.
"Are they going to take them off us?" # speaker: Kirsty Hale (mother)
You tell her what the plan asks of her, and that the people round the table want the children to stay at home safely. She nods and goes to find Gavin in the car park.
# decision: p2-continue; pace
+ [Continue]
    -> ep3_classroom
