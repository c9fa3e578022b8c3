=== ep5_referral ===
# episode: 5; A relative's referral
# role: Duty social worker, children's social care
# when: Maisie is nearly 3 and a half
# scene: office
# sound: phone
You are on duty. The call is put through from the front door.
"I don't want to get her into trouble. She's my sister. But somebody has to know." # speaker: Nicola Kerrigan (Jade's sister)
"Jade's lying in bed all day smoking weed while Maisie gets on with it on her own. And she sprays her with hairspray and perfume. Every time I see her, Maisie stinks of it. I think it's to cover the smell." # speaker: Nicola Kerrigan (Jade's sister) # chrono: 2016-05-10 / Maisie 3 years 5 months old; Jade's sister reports Jade smoking cannabis in bed while Maisie is left alone, and spraying Maisie with hairspray and perfume
"She'll know it was me. There's only me and Mum who go round. But I can't sit on it any more." # speaker: Nicola Kerrigan (Jade's sister)
You ask what she has seen herself. She starts to answer, then her manager calls her back. She has to go back to work, and gives you her mobile number.
You open the file. It is long: Tyler's removal; Maisie's withdrawal at birth and the plans that followed; the violent incident at 21 months; {saw_father: child protection enquiries and a safety plan after Dean broke his order;} {visited4 and not saw_father: a visit after probation's report that Dean was seeing Maisie;} {not visited4: letters to Jade about probation's reports;} closure. Nothing for more than a year. # chrono: 2016-05-10 / Maisie 3 years 5 months old; Duty social worker reads the case history
Reading it in order, the same pattern runs through every chapter. Jade presents well, things improve, the case closes, and something else happens.
The file does not say who lives at Jade's flat now, who looks after Maisie, or when anyone from children's social care last saw her.
Your duty manager has already phoned Harbour Recovery.
"Harbour say she's doing really well. She's on their recovery programme and they've seen her with Maisie once, no concerns." # speaker: Paul Ashworth (duty team manager) # info: drug-service; Harbour says Jade is doing well in recovery and had no concerns when seen once with Maisie
"Family fall-outs bring in a lot of these. Unless you find something that backs it up, it's no further action with a note to the health visitor. Let me know by three." # speaker: Paul Ashworth (duty team manager)
~ visited4 = false
~ saw_father = false
You look at the clock. Three more contacts are waiting in the duty tray behind this one.
It is just after one. There is time for two calls.
-> ep5_calls.ask

=== ep5_calls ===
= ask
# decision: t5-calls; contact
# note: In the real case the family's concerns were set against the drug service's view and closed as unsubstantiated, and nobody asked the mother (4.5.1, 5.12). Two calls are possible before three o'clock. Calling the relative back is scored because speaking to the referrer is itself the lesson (6.4); other calls are not scored.
# prompt: Who can tell you more about what Nicola has seen than Nicola can?
# real: The records were checked and the drug service was asked; it reported no concerns (4.5.1). The review does not record the referrer being spoken to again, and recommends that family referrals are discussed directly with the referrer (6.4, 8.6). The school only learnt of the family's history at the later referral (5.13).
+ {not called_nicola} [Call Nicola back and ask what she has seen herself # contact: relative # lp: t-family-referrals +1 # feedback: Going back to the referrer treats a relative's call as a referral, not a contact. Family see what professionals don't (family referrals).]
    ~ called_nicola = true
    ~ calls5++
    # sound: phone
    Nicola calls back from her car.
    "Sunday. I went round at dinner time. Maisie let me in. She'd got herself a bowl of dry cereal and she was sat on the kitchen floor. Her nappy was soaked through." # speaker: Nicola Kerrigan (Jade's sister) # info: relative; On Sunday at midday Maisie let her aunt in; she had fed herself dry cereal and her nappy was soaked; Jade was in bed # chrono: 2016-05-10 / Maisie 3 years 5 months old; Aunt finds Maisie alone downstairs at midday, Jade in bed
    "Jade was upstairs in bed. The room was thick with it. She didn't even know I'd come in." # speaker: Nicola Kerrigan (Jade's sister) # info: relative; Aunt saw Jade in bed in a room full of cannabis smoke
    "She was like this before Tyler went. We help her out with money, me and Mum and Dad. If she finds out it was me, she'll cut us off, and then who's looking out for Maisie?" # speaker: Nicola Kerrigan (Jade's sister)
    "And she's on her phone all the time to somebody. She won't say who." # speaker: Nicola Kerrigan (Jade's sister) # info: relative; Aunt thinks Jade has someone new but does not know who
    -> after
+ {not asked_nursery5} [Call Maisie's nursery # contact: nursery # feedback: The nursery sees Maisie more often than anyone. Her attendance pattern is itself information about home, and a useful check on the referral (family referrals).]
    ~ asked_nursery5 = true
    ~ calls5++
    # sound: phone
    The nursery teacher at Westgate Primary has Maisie's register in front of her.
    "She started six weeks ago, five mornings a week. She's managed about half of them." # speaker: Ruth Ellis (nursery teacher, Westgate Primary) # info: nursery; Maisie started nursery six weeks ago and attends about half her sessions # chrono: 2016-03-10 / Maisie 3 years 3 to 5 months old; Maisie starts nursery; attends about half her sessions
    "She always comes in beautifully turned out. Plaits, full uniform. She's quiet. Watches more than she plays." # speaker: Ruth Ellis (nursery teacher, Westgate Primary) # info: nursery; Maisie arrives neat and in uniform; she is quiet and watchful
    "Is there something we should know? We've got nothing on file about the family." # speaker: Ruth Ellis (nursery teacher, Westgate Primary)
    -> after
+ {not asked_hv5} [Call the health visitor # contact: health-visitor # feedback: The health visitor's view is worth having, but she has not seen Maisie for months. A call to someone who sees her now, or to the referrer, would tell you more.]
    ~ asked_hv5 = true
    ~ calls5++
    # sound: phone
    "I last saw Maisie at her review when she was two and a half. No concerns then. Jade cancelled the appointment after that and I haven't caught up with her." # speaker: Sue Fenwick (health visitor) # info: health-visitor; Health visitor last saw Maisie at 30 months, with no concerns; Jade cancelled the next appointment
    -> after
+ {not asked_police5} [Check with police for any recent call-outs # contact: police # feedback: A police check is quick and sensible, and the absence of call-outs tells you little about neglect behind a closed door.]
    ~ asked_police5 = true
    ~ calls5++
    # sound: phone
    "Nothing at Jade's new address. Nothing recent on Dean Brennan either." # speaker: PC Ian Moss (police, public protection unit) # info: police; No incidents at Jade's address; nothing recent on Dean
    -> after
+ [Go back to your manager now # real # pin: last]
    -> ep5_decision

= after
{calls5 >= 2:
    It is nearly three.
    -> ep5_decision
}
-> ask

=== ep5_decision ===
"Well? Anything that backs it up?" # speaker: Paul Ashworth (duty team manager)
{called_nicola:
    You have Nicola's own account of Sunday: Maisie alone, a soaked nappy, Jade in a smoke-filled bedroom.
}
{asked_nursery5:
    You have the nursery's register: Maisie there about half the time.
}
# decision: t5-decision; disguised+challenge
# note: The review found practitioners looked for evidence to prove the allegation rather than evidence to disprove it, and that the mother was never even asked. A relative has little to gain from a referral except the child's safety. In fact, at this time Maisie was already in danger.
# prompt: What would a relative gain by making this call? What evidence would show that it is untrue?
# real: No further action was taken because there was 'no further evidence to substantiate the allegations'. The health visitor was told and asked to report any further concerns. Jade was never asked.
+ [No further action: nothing backs it up, so send a note to the health visitor # real # lp: t-family-referrals -1 # feedback: A relative's first-hand account was set aside because professionals had not seen it. Family referrals need evidence that disproves them before they are dismissed.]
    "Good. Note to the health visitor, and close it." # speaker: Paul Ashworth (duty team manager)
    The referral is closed as unsubstantiated. # chrono: 2016-05-10 / Maisie 3 years 5 months old; Relative's referral closed with no further action as unsubstantiated
    The health visitor gets a short note: allegations received, drug service reports no concerns, please contact children's social care if you have further information.
    Nobody tells Nicola what happened to her call. Jade is never asked about it.
    -> ep5_end
+ [Ask the health visitor to visit and report back before you decide # feedback: A visit is better than nothing, but it is announced, brief and not by the service that received the referral. The concerns still need a proper assessment, with Jade asked directly (family referrals).]
    Sue visits a week later, by appointment. The flat is tidy. Maisie is dressed and playing. No concerns. The referral is closed. # chrono: 2016-05-10 / Maisie 3 years 5 months old; Health visitor visits by appointment; no concerns; referral closed
    -> ep5_end
+ [Treat it as a referral: visit unannounced, see Maisie, and ask Jade # critical: t-family-referrals # lp: t-family-referrals +2 # lp: t-respectful-uncertainty +1 # feedback: You treated the relative's call as a referral, set it against the history, and tested it by seeing the child and asking the parent directly (family referrals, respectful uncertainty).]
    ~ early_acts++
    {not called_nicola:
        "On the strength of one phone call and Harbour saying she's fine?" # speaker: Paul Ashworth (duty team manager)
        You say that a referral starts with the referrer, and ring Nicola back while he waits. # lp: t-family-referrals +1
        # sound: phone
        "Sunday dinner time, Maisie let me in. She'd got herself dry cereal and she was sat on the kitchen floor in a soaked nappy. Jade was upstairs in bed and didn't even know I'd come in." # speaker: Nicola Kerrigan (Jade's sister) # info: relative; On Sunday at midday Maisie let her aunt in; she had fed herself dry cereal and her nappy was soaked; Jade was in bed # chrono: 2016-05-10 / Maisie 3 years 5 months old; Aunt finds Maisie alone downstairs at midday, Jade in bed
    }
    -> ep5_visit

=== ep5_visit ===
# scene: home
# sound: knock
You tell Paul what Nicola saw on Sunday, and read him the history. He agrees: with a sibling removed for neglect, a three-year-old found alone while her mother was in bed intoxicated is reason to suspect significant harm. He holds a strategy discussion with police and health the next morning, and it agrees section 47 enquiries.
You visit unannounced at eleven the next morning. Jade comes to the door in her dressing gown. The flat smells strongly of air freshener.
Maisie is still in yesterday's clothes. When she hugs her mum's leg, you catch the perfume.
"She's lying. She wants me to fail. I have a smoke at night when Maisie's in bed, that's all. Everybody does." # speaker: Jade Kerrigan
"Sprays her? It's a bit of body spray. She likes smelling like her mummy." # speaker: Jade Kerrigan
Maisie shows you her bedroom and her toys. She says very little. # chrono: 2016-05-10 / Maisie 3 years 5 months old; Unannounced visit; Jade admits cannabis use at night; Maisie seen
~ ia5 = true
The enquiries find that Maisie has been left alone while her mother sleeps. Jade admits the cannabis, agrees to talk to Harbour about it, and agrees that her own parents will call in every day. The enquiries conclude with a Child in Need plan, reviewed in three months, and a clear statement of what would bring the case to a child protection conference. The nursery now knows the history. # chrono: 2016-06-10 / Maisie 3 years 6 months old; Strategy discussion and section 47 enquiries end in a Child in Need plan; nursery told the history
-> ep5_end

=== ep5_end ===
~ nursery_knows = asked_nursery5 or ia5
~ calls5 = 0
~ called_nicola = false
~ asked_nursery5 = false
~ asked_hv5 = false
~ asked_police5 = false
# scene: office
Two weeks later there is a new case on your list, and another after that.
-> ep6_keyworker
