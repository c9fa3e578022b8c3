// Episode 4: The two-year check. Review 13.3 to 13.8, 16.15, 16.16, 20.3, 20.4.

=== ep4_check ===
# episode: 4; The two-year check
# role: Health visitor, with the named nurse for safeguarding
# when: January 2014 — Layla is 26 months old
# scene: home
# sound: knock
In the autumn you plotted Layla's weights side by side. She did not gain at all between twelve and seventeen months. # chrono: 2013-10 / Autumn 2013; Health visitor notes Layla gained no weight between 12 and 17 months
{sc_referral_sept: Social care closed their assessment before Christmas. Their file holds your September referral.}
{chronology: Your chronology shows it plainly: the earlier plans, the fall through the centiles, the months with no gain, the months of bonding work.}
In January the twins start at Cedar Lane Nursery, three mornings a week.
The same week, you do Layla's two-year check at home.
She is frail. Her arms and legs are thin, her hair is dull and sparse, her skin is dry. She walks unsteadily, has a handful of words, and does not point or bring you things. Her development is well behind what you would expect at two. # chrono: 2014-01 / January 2014; Two-year check: Layla frail and undernourished, development behind
She has lost weight again.
"She eats really well now. She eats everything." # speaker: Yasmin Noor (mother)
Tessa Ellison tells you that since September she has seen little change in how Yasmin and Layla are together.
You ring the safeguarding children advice line. Rhona Saunders, the named nurse, listens.
"I share your worry. I want to run this past the named doctor before we decide anything." # speaker: Rhona Saunders (named nurse, safeguarding)
She calls back within the hour.
"Dr Sanusi says Layla needs an urgent community paediatric assessment, to rule out a medical cause for the weight loss. And a professionals' meeting with the nursery and the teacher about her development and attachment." # speaker: Rhona Saunders (named nurse, safeguarding)
"I'd been thinking social care. But she feels we should see what the paediatrician says first. It's a fair point: if there's a medical reason, that changes everything." # speaker: Rhona Saunders (named nurse, safeguarding)
{smart_plan and not sc_referral_sept: Your own plan said a missed target meant a referral to social care. The target was missed in September.}
{knows_hist: You think of the two child protection plans on Adam, and Adam's weight in 2010.}
# decision: b1-two-year; challenge
# note: The health visitor and named nurse considered a referral to social care; the recommendation changed after the named doctor's advice. The review says the referral should have been made alongside the urgent examination, given how far Layla's weight had fallen: a medical examination is a reason to act in parallel, not to wait.
# prompt: Is an urgent medical examination a reason to hold a referral back, or to make it at the same time? What would social care add?
# real: The urgent paediatric examination was arranged and the professionals' meeting convened. The referral to children's social care was not made.
+ [Go with the named doctor's advice: the urgent paediatric examination first, and then decide about social care # real # lp: b1-attachment-neglect -1 # feedback: Waiting for the examination keeps this a health and attachment matter. Failure to thrive with this history needed a safeguarding view at the same time (attachment and neglect).]
    Rhona arranges the appointment. The referral is put on hold. # chrono: 2014-01 / January 2014; Urgent paediatric assessment arranged; referral to social care held back
    -> ep4_paediatrics
+ [Ask for both: the urgent examination, and a referral to social care today, made by phone and confirmed in writing # critical: b1-attachment-neglect # critical: b1-referral-history # lp: b1-attachment-neglect +2 # lp: b1-referral-history +1 # feedback: Medical and safeguarding questions were asked in parallel, and the referral is on record in writing (attachment and neglect; referrals confirmed in writing).]
    ~ sc_referral_jan = true
    Rhona agrees.
    "Do it. I'll back you." # speaker: Rhona Saunders (named nurse, safeguarding)
    You ring the duty team, then send the written referral{chronology: with your chronology}{not chronology: with the weight chart and your notes}. Two days later social care confirm they will do a child and family assessment. # chrono: 2014-01 / January 2014; Health visitor refers Layla to social care, confirmed in writing; assessment agreed
    -> ep4_paediatrics
+ [Arrange the urgent examination, and invite the duty team to the professionals' meeting so that social care can give a view # feedback: Bringing social care into the room helps, but without a referral nobody in social care owns the case (attachment and neglect).]
    ~ sc_invited = true
    Rhona arranges the appointment and you send an invitation to the duty team. # chrono: 2014-01 / January 2014; Urgent paediatric assessment arranged; social care invited to the professionals' meeting
    -> ep4_paediatrics

=== ep4_paediatrics ===
# scene: clinic
Dr Rachel Fenn, the community paediatrician, sees Layla a week later.
She finds no medical reason for Layla's poor weight, only a mild vitamin D deficiency. Her conclusion is failure to thrive. The plan is for you to measure Layla's weight, height and head every month for three months. # chrono: 2014-01 / January 2014; Paediatrician finds no medical cause for Layla's poor growth: failure to thrive
She rings you with the result.
"There's nothing wrong with her medically. That leaves what's happening at home." # speaker: Dr Rachel Fenn (community paediatrician)
A health clinical forum adds a referral to the dietician and help with healthy eating from a family support worker. Yasmin turns the family support down: she doesn't want too many professionals involved just now, she says, but she might think again. # chrono: 2014-02 / February 2014; Clinical forum plans dietician referral and family support; mother declines family support
# scene: nursery
# sound: meeting
At the end of January a professionals' meeting is held at Cedar Lane Nursery: Yasmin, the nursery, Tessa Ellison and you.
{sc_referral_jan: Dionne Clarke, the social worker allocated to the new assessment, joins you.}
{sc_invited: Social care send apologies. The duty team is short-staffed this week.}
Hannah Lowe, Layla's key worker, goes first.
"At nursery she eats everything. Fast. She watches the other plates, and she'll finish what the others leave if we let her." # speaker: Hannah Lowe (nursery key worker)
"At home she won't eat. I put it in front of her, she pushes it away. Ask anyone." # speaker: Yasmin Noor (mother)
Tessa says, carefully, that Yasmin is lovely with the boys. With Layla, she notices Yasmin makes an effort mainly when Tessa's manager comes on a joint visit.
Everyone notices the same thing: Yasmin rarely reaches for Layla on her own, while she does with the others. # chrono: 2014-01 / January 2014; Professionals' meeting: Layla eats hungrily at nursery; mother says she refuses food at home
# decision: b1-home-and-nursery; disguised
# note: The accounts of Layla at nursery and at home conflicted. The review found observations of the children did not extend to what daily life was like for them, and that parent-child interaction was not recorded on the visit template.
# prompt: Two accounts of the same child don't fit. How would you find out which is nearer the truth, and what Layla's day is actually like?
# real: The accounts were noted. The plan was a dietician referral and monthly measurements; family support with healthy eating was offered and declined.
+ [Accept that toddlers often eat differently in different places; agree monthly weighing and a dietician referral # real # lp: b1-lived-experience -1 # feedback: The two accounts were never tested, so nobody learnt what mealtimes were like for Layla at home (the child's lived experience).]
    The plan is agreed. Yasmin says she'll ring the dietician. # chrono: 2014-01 / January 2014; Plan: dietician referral and monthly weighing
    -> ep4_end
+ [Test the two accounts: ask the nursery for a daily record of Layla's eating, and make an unannounced teatime visit # critical: b1-lived-experience # lp: b1-lived-experience +2 # feedback: You set out to see Layla's day for yourself rather than choose between two accounts (the child's lived experience).]
    ~ triangulated = true
    -> ep4_teatime
+ [Ask Yasmin to keep a food diary for the next two weeks, recording each meal Layla is offered and how much of it she eats # feedback: A diary is a start, but it is still Yasmin's account, so it cannot test her account (the child's lived experience).]
    Yasmin agrees. The diary comes back two weeks later, neatly filled in: three meals a day, all eaten. # chrono: 2014-02 / February 2014; Food diary kept by Yasmin shows three meals a day
    -> ep4_end

=== ep4_teatime ===
# scene: home
# sound: knock
In the second week of February you call unannounced at half past four.
The boys are at the table with chicken and rice. Layla is in the cot in the corner of the living room.
"She's had hers." # speaker: Yasmin Noor (mother)
There is no plate or bowl to be seen. When Yasmin lifts her out, Layla goes straight to the table and reaches for Idris's plate. He pushes her hand away. Yasmin gives her a piece of bread. She eats it in seconds.
Hannah's daily record from nursery shows Layla eating two full lunches most days, and crying when the plates are cleared. # chrono: 2014-02 / February 2014; Unannounced teatime visit: Layla in her cot while the boys eat; nursery records show she eats two lunches most days
You write it all down, with the times.
-> ep4_end

=== ep4_end ===
# decision: b1-end-ep4; pace
+ [Continue]
    ~ smart_plan = false
    ~ knows_hist = false
    ~ sc_invited = false
    -> ep5_nursery
