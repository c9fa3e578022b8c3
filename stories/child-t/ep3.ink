=== ep3_home ===
# episode: 3; The first closure
# role: Health visitor
# when: Maisie is 13 months old
# scene: home
# sound: knock
You are Maisie's health visitor in Hessleby. You picked her up again when the family came back from Brackenfield.
{held_return: She went home after a core assessment, on a Child in Need plan with observed testing.}
{cp_plan:
    Her child protection plan ended at a review conference when she was eight months old. It heard of clear tests and good care, and stepped her down to a Child in Need plan.
}
Today is a routine visit. Maisie is cruising round the settee, holding on with one hand and reaching for you with the other. She is clean and well fed, and her clothes are new. She laughs when Jade pulls a face at her.
You have seen this every time: warm, responsive care, and a baby who goes to her mother for comfort. # chrono: 2013-04-10 / Maisie 4 to 13 months old; Good physical care and attachment seen at every health visitor and social work visit
"We're both stable on our scripts now. No more of the old stuff. I'm even doing baby massage at the children's centre." # speaker: Jade Kerrigan
Dean is out. Jade says he is at a job interview.
You weigh Maisie and check her hearing and her hips. Everything is where it should be. Jade asks good questions about weaning and sleep, and has a list ready on her phone.
As you leave, Jade walks you to the door.
"I know you lot thought I couldn't do it. I've proved you wrong, haven't I?" # speaker: Jade Kerrigan
There have been four Child in Need meetings since Maisie came home. Not everyone came. Harbour Recovery missed the last two, and the children's centre came once. # chrono: 2013-04-10 / Maisie 4 to 13 months old; Four Child in Need meetings held; not all agencies attend
At each one, Jade was well presented and articulate, and had the dates of Maisie's appointments in her phone. Dean came to one and said very little.
In your service, the way things are usually done is clear. Child protection decisions belong to social care. Your job is Maisie's health and development, and on those she is doing well.
At one meeting in the spring, Chris Dunmore mentioned that Jade had had "a wobble" and had gone back to Harbour straight away. It was recorded as a sign of motivation.
In the car afterwards, your phone rings.
"Final Child in Need meeting on Thursday. It'll just be you and me, I think. I'm going to propose we close. There's nothing to hold it open for." # speaker: Chris Dunmore (social worker)
~ cp_plan = false
Thursday is two days away. You have clinics both mornings; there is time for two calls.
-> ep3_calls.ask

=== ep3_calls ===
= ask
# scene: office
# decision: t3-calls; contact
# note: Only the social worker and the health visitor will be at the meeting that closes the case. The drug service, which holds the best evidence on drug use, has not been asked. Two calls are possible. No call is scored on its own: what counts is whether the learner challenges closure (the next decision).
# prompt: If you were closing this case, whose view would you need before you could say it was safe?
# real: The final Child in Need meeting was attended only by the social worker and the health visitor. The other agencies still involved were not consulted about closure.
+ {not asked_drug3} [Call Harbour Recovery # contact: drug-service # feedback: Closure needs the views of every agency still involved. Harbour holds the evidence on drug use that the good care you see cannot tell you (step-down).]
    ~ asked_drug3 = true
    ~ calls3++
    # sound: phone
    "Closure? First I've heard of it. Nobody's asked us." # speaker: Bev Lund (key worker, Harbour Recovery) # info: drug-service; Harbour was not told of the proposed closure
    "Since the spring Jade's had two tests positive for street heroin, and Dean's had one. They came back to us after each slip, which is something. But it doesn't stick." # speaker: Bev Lund (key worker, Harbour Recovery) # info: drug-service; Jade had two tests positive for street heroin since the spring and Dean one; they return after each relapse but do not sustain it # chrono: 2013-08-10 / Maisie 8 to 12 months old; Both parents test positive for street heroin; they return to treatment after each relapse
    "They come back after a slip, I'll give them that. But back and forth isn't the same as stable." # speaker: Bev Lund (key worker, Harbour Recovery)
    -> after
+ {not asked_gp3} [Call the GP practice # contact: gp # feedback: The GP confirms Maisie's health care is good, but holds little about her parents' drug use. It is useful, and it does not answer the question in front of you.]
    ~ asked_gp3 = true
    ~ calls3++
    # sound: phone
    "Maisie's immunisations are all up to date. She was brought in promptly with a chest infection in the winter. No concerns on her record." # speaker: Practice nurse, Harbourside Surgery # info: gp; Maisie's immunisations up to date; brought promptly when ill
    "Her parents' scripts come from Harbour, not us, so there's not much about that side on our system." # speaker: Practice nurse, Harbourside Surgery # info: gp; Parents' prescribing is through the drug service, not the GP
    -> after
+ {not asked_gran3} [Call Sandra Brennan, Maisie's grandmother # contact: relative # feedback: Family see what professionals don't. Asking about behaviour between visits tests the picture you see at appointments, which is what a robust assessment needs.]
    ~ asked_gran3 = true
    ~ calls3++
    # sound: phone
    Sandra is on her lunch break.
    {went_quiet:
        "When they lived with us, nobody ever came to check on us. Nobody told me what I was supposed to be doing. I just went to work and hoped." # speaker: Sandra Brennan (Maisie's grandmother) # info: relative; Grandmother never assessed or told what was expected of her while the family lived with her
    }
    "I see Maisie most Sundays. She's a lovely little thing." # speaker: Sandra Brennan (Maisie's grandmother)
    "Jade's been ever so sleepy when I've called round, twice now. Nodding off on the settee at four in the afternoon. She says it's Maisie's teeth keeping her up." # speaker: Sandra Brennan (Maisie's grandmother) # info: relative; Grandmother has twice found Jade very drowsy in the afternoon # chrono: 2013-12-10 / Maisie 12 months old; Grandmother finds Jade drowsy in the afternoon, twice
    -> after
+ [Go to the meeting with what you already know # pin: last]
    -> ep3_meeting

= after
{calls3 >= 2:
    Thursday comes.
    -> ep3_meeting
}
-> ask

=== ep3_meeting ===
# scene: meeting-room
# sound: meeting
Thursday, a small room at the children's centre. Chris Dunmore and you.
"Maisie's thriving. She's attached, she's immunised, she's meeting her milestones. Mum and Dad are stable on methadone. Nothing's happened since she came home." # speaker: Chris Dunmore (social worker)
"There's no reason to hold a statutory plan open on a child who's doing this well. Are you happy for me to close?" # speaker: Chris Dunmore (social worker)
Everything Chris says about Maisie matches what you saw on Tuesday.
{asked_drug3:
    But you also have Bev's words: two positives for heroin since the spring, and nobody asked Harbour about closing.
}
{asked_gran3:
    And Sandra's: Jade asleep on the settee at four in the afternoon.
}
If the case closes today, there is no step-down plan. Nobody will hold the whole picture.
# decision: t3-closure; challenge+disguised
# note: The good care is real. Tyler's physical care was never the issue either (5.9). Today, every agency can use the partnership's procedure for resolving professional disagreements: stage 1, practitioner to practitioner, within two working days; stage 2, line managers or safeguarding leads, within five; stage 3, senior managers or heads of service, within five more; stage 4, the safeguarding partnership's independent chair (in 2010, the Local Safeguarding Children Board) or escalation panel. Where a child is at immediate risk, no stage is waited for: act to protect the child first (police, a same-day strategy discussion). Here there is no immediate risk, so the stages apply in order. The review found that good presentation was given too much weight, that 'stable on methadone' went untested, and that closure was agreed without the other agencies or a step-down plan. Health visiting at the time saw child protection decisions as social care's business.
# prompt: What does good physical care tell you about a parent's drug use? And is closure the social worker's decision alone?
# real: The health visitor agreed, and the case was closed with no step-down plan and no lower-level family support, although four agencies were still involved.
+ [Agree to close: Maisie is thriving, well attached and fully immunised # real # lp: t-step-down -1 # lp: t-robust-assessment -1 # lp: t-challenge-is-everyones -1 # feedback: Good care at visits and an absence of incidents are not evidence of sustained change in drug use. Closure without the other agencies or a step-down plan leaves nobody holding the picture (step-down, challenge).]
    "Great. I'll write to everyone." # speaker: Chris Dunmore (social worker)
    The case is closed that week. Four agencies are still involved with the family, but there is no step-down plan and no lower-level family support. # chrono: 2014-01-10 / Maisie 13 months old; Case closed to children's social care with no step-down plan
    Harbour, the GP and the children's centre learn of it from the closure letter.
    -> ep3_outcome
+ [Agree to close, with a step-down plan to the children's centre and you as lead # lp: t-step-down +1 # feedback: A step-down plan is better than a bare closure. But without Harbour's view, nobody has checked whether the change is real or lasting (step-down).]
    Chris agrees to write a short step-down plan: children's centre sessions, with you as the named lead.
    Jade comes to two sessions, then stops. # chrono: 2014-01-10 / Maisie 13 months old; Case closed with a step-down plan to the children's centre
    -> ep3_outcome
+ [Disagree: closure needs Harbour's view, and escalate if overruled # critical: t-step-down # critical: t-challenge-is-everyones # lp: t-step-down +2 # lp: t-challenge-is-everyones +1 # feedback: You treated closure as a multi-agency decision, asked for the evidence of change, and were ready to take it from stage 1 (the social worker) to stage 2 (your safeguarding lead and her manager) of the disagreement procedure. Good care at visits tells you little about drug use; that is the shared responsibility to challenge.]
    ~ challenged1 = true
    ~ early_acts++
    You say that good care at visits tells you nothing about drug use, that Harbour have not been asked, and that you cannot agree to close today.
    Chris sighs.
    "Okay. But what have we actually got?" # speaker: Chris Dunmore (social worker)
    {asked_drug3:
        -> ep3_challenge_evidence
    - else:
        You say that is the point: nobody has asked the agency that knows. Chris will not hold the case open on that alone.
        Stage one, practitioner to practitioner, has not resolved it. You record your dissent and take it to your safeguarding lead that afternoon. She raises it with Chris's team manager within the five working days the procedure allows for stage two, and says that if they cannot agree it will go to the heads of service at stage three. # chrono: 2014-01-10 / Maisie 13 months old; Health visitor's disagreement with closure escalated to the team manager
        The team manager asks Harbour before deciding. Their answer, two positive tests for heroin since the spring, is enough: she keeps the case open and invites Harbour to the next meeting.
        Three months later, after a run of clear tests, the case steps down to early help with a written plan: Harbour will tell you if either parent misses two appointments in a row. # chrono: 2014-01-10 / Maisie 13 to 16 months old; Case held open; multi-agency step-down plan agreed, with Harbour to alert the health visitor of missed appointments
        -> ep3_outcome
    }

=== ep3_challenge_evidence ===
You tell Chris about the two positive tests for heroin since the spring, and Bev's view that back and forth is not stable. # lp: t-robust-assessment +1
{asked_gran3:
    You add what Sandra told you: Jade drowsy on the settee in the afternoons.
}
Chris is quiet for a moment.
"I didn't know about the positives. Nobody sent them." # speaker: Chris Dunmore (social worker)
The case stays open. Harbour come to the next meeting. Three months later, after a run of clear tests, the case steps down to early help with a written plan: Harbour will tell you if either parent misses two appointments in a row. # chrono: 2014-01-10 / Maisie 13 to 16 months old; Case held open; multi-agency step-down plan agreed, with Harbour to alert the health visitor of missed appointments
-> ep3_outcome

=== ep3_outcome ===
~ calls3 = 0
~ asked_drug3 = false
~ asked_gp3 = false
~ asked_gran3 = false
Months pass. You see Maisie twice more. She is walking, then running, and saying "Nana" and "more".
-> ep4_incident
