=== ep4_incident ===
# episode: 4; A violent incident
# role: Social worker, children's social care
# when: Maisie is 21 months old
# scene: office
# sound: phone
A police referral lands on your desk, and the case is allocated to you.
Yesterday, Jade told Dean she was leaving him and taking Maisie. Dean went out. He came back with a chainsaw, started it, and waved it in front of Jade and Maisie. Both were terrified. # chrono: 2014-09-10 / Maisie 21 months old; Dean threatens Jade and Maisie with a running chainsaw
Jade's sister, Nicola, reported it to police the next day. Dean has been charged with threatening behaviour and with growing cannabis in the loft, and remanded in custody. # chrono: 2014-09-10 / Maisie 21 months old; Dean charged with threatening behaviour and cannabis cultivation; remanded in custody
Police completed a risk assessment and referred Jade to an independent domestic violence adviser. The MARAC agreed that agencies should support Jade to move somewhere safe, out of the area. # chrono: 2014-09-10 / Maisie 21 months old; MARAC recommends Jade is supported to move out of the area
{challenged1:
    The case stepped down to early help five months ago, after Harbour joined the plan. That plan ended in the spring.
- else:
    The case was closed eight months ago. At the time, Dean was seen as a steadying influence at home.
}
Jade went to a refuge with Maisie. Once she heard Dean was on remand, she went home after four days. # chrono: 2014-09-10 / Maisie 21 months old; Jade leaves the refuge after four days and returns home
# scene: home
# sound: knock
You see Jade the day after she leaves the refuge, back at the house she shared with Dean.
She is shaky but composed, and angry with everyone.
"I'm the victim here. He's the one who should have social workers on his back, not me." # speaker: Jade Kerrigan
"I rang my sister, didn't I? I did the right thing. And he's locked up now. It's over." # speaker: Jade Kerrigan
Maisie clings to Jade's jumper the whole visit. When a van door slams outside, she flinches and buries her face.
You ask about Dean's drug use and the cannabis in the loft. Jade says that was all him. You ask about her own script.
"Fine. Ask Harbour." # speaker: Jade Kerrigan
Later, on the phone, the domestic violence adviser tells you she is worried about Jade going back to the house.
"Leaving is the most dangerous time. I'd rather she was anywhere but here." # speaker: Lorraine Pike (independent domestic violence adviser)
-> ep4_assessment

=== ep4_assessment ===
~ challenged1 = false
# scene: office
Your Initial Assessment focuses on the risk from Dean and on whether Jade can keep the separation going.
You talk to the health visitor, the children's centre, police and the domestic violence adviser, Lorraine Pike. Lorraine helps Jade find a new flat across town. Jade signs up for the Freedom Programme, a course on abusive relationships. # chrono: 2014-10-10 / Maisie 22 months old; Jade moves to a new flat with the adviser's help and signs up for the Freedom Programme
Two Child in Need meetings follow. Harbour Recovery is not invited to either.
Jade looks well at every visit: bright, made-up, chatty, nothing to suggest she is under the influence.
"I'm done with him. After what he did in front of her? Never. He's not coming near either of us." # speaker: Jade Kerrigan
Maisie, nearly two, hides behind Jade's legs when you arrive. She warms up after ten minutes and brings you a plastic cup of pretend tea.
Three months after the incident, your manager raises the case in supervision.
"Dean's inside. She's moved, she's doing the Freedom Programme, and the adviser's with her. The risk went with him. I think we close." # speaker: Helen Marsh (team manager)
Nobody has assessed how Jade is managing as Maisie's only carer. Nobody has asked Harbour how her treatment is going. When Dean comes out, there is no plan.
# decision: t4-close; challenge+disguised
# note: The response to Jade as a victim was strong. The review found the response to Maisie was not: Jade's parenting as sole carer was never assessed, the drug service was not consulted, and 'separation' was treated as the end of the risk. Practitioners should be sceptical about separation between partners with a history of collusion.
# prompt: Where are Maisie, Jade and Dean each in this plan? Which of the three is missing?
# real: The case was closed within three months on the basis that the couple had separated and the risk had gone. The drug service was not consulted.
+ [Agree to close: the couple have separated and the risk has gone with Dean # real # lp: t-three-strands-da -1 # lp: t-robust-assessment -1 # feedback: Separation is a claim, not evidence of change. Closing without assessing Jade as sole carer or planning for Dean's release leaves the child and perpetrator strands empty (three strands of domestic abuse work).]
    You close the case with a letter to Jade and to each agency. # chrono: 2014-12-10 / Maisie 2 years old; Case closed because the couple have separated
    Jade is relieved. Lorraine carries on supporting her as a victim. Nobody has looked at how Jade is managing Maisie on her own, or at what will happen when Dean comes out.
    -> ep4_order
+ [Close, and ask the health visitor to tell you at once if anything changes # feedback: Asking the health visitor to stay alert is sensible, but it puts a watching brief in place of an assessment. Maisie's experience and Dean's future contact are still unplanned (three strands).]
    Sue Fenwick agrees to keep an eye. The case is closed. # chrono: 2014-12-10 / Maisie 2 years old; Case closed because the couple have separated; health visitor asked to report changes
    -> ep4_order
+ [Keep it open: assess Jade as sole carer and plan for Dean's release # critical: t-three-strands-da # critical: t-robust-assessment # lp: t-three-strands-da +2 # lp: t-robust-assessment +1 # feedback: You held all three strands: what Maisie lives with, what Jade can do to protect her, and how Dean will be held to account. You also tested the separation instead of assuming it.]
    ~ kept_open4 = true
    ~ early_acts++
    You set out what is missing: how Maisie is living with what she saw, how Jade is managing as her only carer, and what happens when Dean comes out. Your manager agrees to three more months, with a plan.
    Harbour tell you Jade missed three appointments around the time of the incident, and has started again. You visit at different times of day. You ask probation to tell you as soon as Dean's release date is set. # chrono: 2014-12-10 / Maisie 2 years old; Case kept open; assessment of Jade as sole carer; Harbour joins the plan; probation asked to share Dean's release plans
    -> ep4_order

=== ep4_order ===
Lorraine stays in touch with Jade. The Freedom Programme starts in the new year; Jade goes to the first two sessions.
Four months after the incident, Dean is sentenced. The court makes a restraining order under the Protection from Harassment Act: he must not contact Jade directly, except through a solicitor to arrange contact with Maisie. He is released soon afterwards and supervised by probation.
Dean's solicitor writes to say he wants to arrange contact with Maisie. Jade tells Lorraine she will "see what the solicitors say". # chrono: 2015-01-10 / Maisie 2 years 1 month old; Dean sentenced; restraining order bars direct contact with Jade except through solicitors about contact with Maisie
Five months after the incident, your phone rings.
# sound: phone
{kept_open4:
    The case is still open to you.
- else:
    The case closed two months ago, but the call is put through to you as the last worker.
}
"It's Mark Tennant, Dean Brennan's probation officer. He told me this week he's been seeing Maisie. He says Jade set it up herself." # speaker: Mark Tennant (probation officer)
"If that's right, it's a breach of his order, or near enough. I thought you needed to know." # speaker: Mark Tennant (probation officer) # info: probation; Dean says he has been seeing Maisie and that Jade arranged it # chrono: 2015-02-10 / Maisie 2 years 2 months old; Probation tells children's social care that Dean is seeing Maisie, arranged by Jade
# decision: t4-probation; disguised+challenge
# note: Probation's call is direct evidence that the separation may not be real. The review found that letters were sent, no one asked Jade directly, and a possible breach of the order was never treated as a safeguarding matter. Dean later said he was with Jade and Maisie throughout.
# prompt: What would you need to see or hear to know whether Jade and Dean are back in contact?
# real: A letter was sent to Jade setting out the no-contact expectation and the consequences. Nobody visited or asked her directly.
+ [Write to Jade today, setting out the no-contact order and what a breach means # real # lp: t-respectful-uncertainty -1 # feedback: A letter tells Jade what you expect; it does not find out what is happening. Respectful uncertainty means asking her directly and seeing Maisie.]
    You write a clear, firm letter. # chrono: 2015-02-10 / Maisie 2 years 2 months old; Letter sent to Jade about no contact
    Jade rings the duty line a few days later, furious.
    "He's making it up to look like a good dad for probation. I haven't seen him. Why does everyone believe him over me?" # speaker: Jade Kerrigan
    Nobody goes to see her, and nobody sees Maisie.
    -> ep4_second_call
+ [Ask the health visitor to call in on Maisie this week and report back # feedback: Checking with another agency is a start, but the health visitor sees Maisie by appointment and can't tell you whether Dean is there. The question has to be put to Jade (respectful uncertainty).]
    Sue Fenwick calls in, by appointment, later that week.
    "She's fine when I see her. No concerns from me." # speaker: Sue Fenwick (health visitor) # info: health-visitor; Health visitor has no concerns about Maisie at her visits
    -> ep4_second_call
+ [Visit unannounced today, see Maisie, and ask Jade directly about Dean # critical: t-respectful-uncertainty # lp: t-respectful-uncertainty +2 # lp: t-three-strands-da +1 # feedback: You tested the claim of separation face to face and saw the child, instead of writing to a parent who had every reason to deny it (respectful uncertainty).]
    ~ visited4 = true
    ~ early_acts++
    -> ep4_visit

=== ep4_visit ===
# scene: home
# sound: knock
It takes Jade a while to come to the door. There is a man's jacket over the banister and two mugs on the side.
You tell her what probation said, and ask her straight out.
"He's seen her a couple of times at his mum's. That's all. I'm not with him." # speaker: Jade Kerrigan
"She misses her dad. What was I supposed to do, tell her he's dead?" # speaker: Jade Kerrigan
Maisie is in her pyjamas at noon. She shows you a toy phone and says "Daddy" into it, then giggles. # chrono: 2015-02-10 / Maisie 2 years 2 months old; Unannounced visit; Jade admits Dean has seen Maisie; signs of a man staying
Back at the office, your manager asks what you want to do about Dean.
"She says it's only at his mum's. Sandra's a sensible woman. Maybe that's the answer." # speaker: Helen Marsh (team manager)
# decision: t4-father; challenge
# note: Added for this scenario: in the real case nobody visited after probation's reports, so this decision never arose. The review records that probation's reports were never effectively acted on and that there was no professional contact with the father (4.4.5, 5.11). After threats with a weapon in front of the child and a possible breach of a restraining order, current practice is a strategy discussion (Working Together 2023), the breach reported to police, and the perpetrator engaged and held to account. Any child arrangements belong in the family court, where Cafcass safeguarding checks and Practice Direction 12J on domestic abuse apply. The father later said he was 'pretending to negotiate official contact via solicitors' all along (5.11).
# prompt: Who is keeping Maisie safe from Dean at the moment, and who has spoken to Dean about what Maisie saw?
+ [Let contact go on at Sandra's, with Sandra there, and review it in a month # lp: t-three-strands-da -1 # feedback: A grandmother who was never assessed, supervising a father who threatened mother and child with a chainsaw, is not a safety plan. Nobody has assessed the risk or held Dean to account (three strands).]
    Jade is relieved. Sandra agrees to be there.
    Nobody speaks to Dean. The visits move from Sandra's house to Jade's within weeks, and nobody knows. # chrono: 2015-02-10 / Maisie 2 years 2 months old; Father's contact left to the family, supervised by the grandmother
    -> ep4_end
+ [Tell Jade that any contact must be arranged by solicitors, as the order says # feedback: The order allows contact to be arranged through solicitors, but that is not a safety plan: nobody has assessed the risk, reported the breach or spoken to Dean. Dean later said the 'negotiations' were cover (three strands).]
    You write to both solicitors, setting out that any contact must be arranged through them. # chrono: 2015-02-10 / Maisie 2 years 2 months old; Parents told that contact must be arranged through solicitors
    Nobody speaks to Dean. His solicitor's letters go back and forth for months.
    -> ep4_end
+ [Report the breach, hold a strategy discussion, and see Dean with probation # critical: t-three-strands-da # lp: t-three-strands-da +2 # feedback: You treated a possible breach by a violent father as a safeguarding matter, kept the child at the centre, and held the perpetrator to account in person (three strands of domestic abuse work).]
    That afternoon you tell police and probation about the possible breach. Your manager convenes a strategy discussion the next day. It agrees child protection enquiries, and that there should be no contact between Dean and Maisie until the risk is assessed. If Dean wants to see her, that is for the family court, where Cafcass will carry out safeguarding checks and the court must consider the domestic abuse first. # chrono: 2015-02-10 / Maisie 2 years 2 months old; Possible breach reported to police and probation; strategy discussion; no contact pending risk assessment
    A week later you meet Dean at the probation office, with Mark Tennant. He says the chainsaw was "a bad moment" and that he would never hurt his daughter. You tell him what Maisie did when the van door slammed. He goes quiet. Mark makes the order and the enquiries part of Dean's supervision. # chrono: 2015-02-10 / Maisie 2 years 2 months old; Social worker and probation officer see the father together
    Jade is angry, then agrees to a written safety plan. Lorraine helps her with it. # chrono: 2015-02-10 / Maisie 2 years 2 months old; Written safety plan agreed with Jade
    ~ saw_father = true
    -> ep4_end

=== ep4_second_call ===
Two months later, Mark Tennant calls again.
"Same thing. He's talking about Maisie like he saw her last weekend. He says Jade rang him." # speaker: Mark Tennant (probation officer) # info: probation; Second report that Dean is seeing Maisie at Jade's invitation # chrono: 2015-04-10 / Maisie 2 years 4 months old; Probation calls again: Dean still seeing Maisie
# decision: t4-probation-2; disguised+challenge
# note: A second report from probation. In the real case the health visitor was asked, had no concerns, and a second letter went. The review found the couple's relationship was never challenged despite a possible breach.
# prompt: Two reports from a statutory agency. What is the letter for?
# real: The health visitor was contacted and had no concerns, and a second letter was sent. No one visited or asked directly.
+ [Check with the health visitor; she has no concerns, so send a second letter # real # lp: t-respectful-uncertainty -1 # feedback: A second letter repeats the first; two reports from probation called for a direct question and a visit (respectful uncertainty).]
    The health visitor still has no concerns; she last saw Maisie at a clinic appointment, bright and chatty. The second letter goes. # chrono: 2015-04-10 / Maisie 2 years 4 months old; Second letter sent to Jade
    Jade does not reply this time. Probation note that they have told children's social care twice. Each agency believes the other is dealing with it.
    -> ep4_end
+ [Ask probation to warn Dean that he must keep to the order # feedback: Probation can address Dean's side, but the question of what is happening at Jade's, and to Maisie, is still unasked (respectful uncertainty).]
    Mark Tennant speaks to Dean, who says he has not seen Maisie and never said he had. # chrono: 2015-04-10 / Maisie 2 years 4 months old; Probation warns the father about the order
    Nobody goes to see Jade, and nobody sees Maisie.
    -> ep4_end
+ [Visit now, see Maisie, ask Jade directly, and tell police of a breach # critical: t-respectful-uncertainty # lp: t-respectful-uncertainty +1 # lp: t-three-strands-da +1 # feedback: Late, but you tested the claim face to face and treated the breach as a safeguarding matter (respectful uncertainty, three strands).]
    ~ visited4 = true
    ~ early_acts++
    # scene: home
    # sound: knock
    Jade is ready for you this time. The flat is tidy, and Maisie is at her nana's.
    "I've told you, I don't see him. He's making things up to look like a good dad for his probation officer." # speaker: Jade Kerrigan
    You tell her you will be letting police and probation know, and that you will call again. You record exactly what probation said, and what she said back. # chrono: 2015-04-10 / Maisie 2 years 4 months old; Visit; Jade denies contact; possible breach reported to police
    -> ep4_end

=== ep4_end ===
~ kept_open4 = false
# scene: office
No further calls come from probation.
-> ep5_referral
