=== ep7_core_group ===
# episode: 7; The core group
# role: School nurse
# when: Four months on — Freya is 9, Jack is 7 and Ruby is 5
# scene: meeting-room
# sound: meeting
You are the school nurse for Ashcombe Hill Primary. All three Dobson children are at the school now, and you are a member of their core group.
{court_told:
    {checked_mark:
        The children are living with their aunt, Carol, as her foster children under interim care orders, while the court case goes on.
    - else:
        The children are living with Gavin under a written agreement while the court case goes on.
    }
- else:
    The children live with Gavin under the residence order. Kirsty sees them on Saturdays.
}
The social worker who held the case through the court hearing has moved to another team. Tom Jessop has had it for three weeks. He is the family's sixth social worker.
The meeting runs for an hour. Most of it is taken up by the adults.
Gavin's housing benefit has been stopped by mistake. His solicitor has not returned his calls. Kirsty is due in court for drink-driving. {court_told and checked_mark:Carol's flat is too small for three children, and she has been told she may wait a year for a bigger one.}
"I'm doing everything you lot ask," Gavin says. "Nobody's helping me with the money."
Kirsty arrives twenty minutes late and leaves early for an appointment with her solicitor.
Ann Whitworth reports that the children's attendance is up to 88 percent this term.
Everyone round the table is trying to help. Every problem is real.
You have brought what you know: # chrono: 2013-01 / Freya aged 9; School nurse's records for the core group
Ruby's weight, measured in Reception, is on the 2nd centile. Her dental operation was cancelled because nobody brought her. # info: school; Ruby's weight is on the 2nd centile; her dental operation was missed # chrono: 2013-01 / Ruby aged 5; Ruby's weight on the 2nd centile; dental operation missed
Freya has come to your drop-in four times this term with tummy aches, always on a Monday. # info: school; Freya has come to the school nurse four times this term with tummy aches, always on Mondays
Jack has started wetting himself in class again.
With ten minutes left, Tom picks up the plan. It is dated eleven months ago. Half the people named in it have left their posts. Most of the actions say "ongoing".
"So I'll put: plan continues, no changes. Everyone happy with that?" # speaker: Tom Jessop (social worker)
# decision: p7-scrutinise; challenge
# note: The adults' problems are genuine and pressing, and Tom is new. Challenging a plan in the last ten minutes of a long meeting feels awkward, especially from a health colleague rather than the lead agency. Ask the room who in a core group is responsible for the plan.
# prompt: If someone read this plan without knowing the family, what would it tell them about Freya, Jack and Ruby?
+ [Agree the plan continues for now, and ask for your figures on Ruby's weight to go in the minutes # lp: p-plan-as-tool -2 # feedback: Your figures go in the minutes, but the plan that people work from stays eleven months old (plan as a working tool).]
    Tom notes it. The meeting closes on time. # chrono: 2013-01 / Freya aged 9; Core group agrees the plan continues unchanged
    On your way out you pass the plan, face down on the table. The next core group is in six weeks. Half of it will be about Gavin's benefits.
    -> ep7_voice
+ [Ask the group to go through the plan line by line: what is done, and who does what by when for each child # critical: p-plan-as-tool # lp: p-plan-as-tool +2 # feedback: Going through the plan line by line, and rewriting it around each child with names and dates, makes it a working tool again (plan as a working tool).]
    ~ plan_scrutinised = true
    -> ep7_rewrite
+ [Say nothing now, and email Tom your concerns and figures after the meeting, so as not to take up more time # lp: p-plan-as-tool -1 # feedback: A private email leaves the rest of the core group working from the old plan; the plan belongs to the whole group (plan as a working tool).]
    You email Tom that evening. He replies a week later to say he will pick it up at the next review. # chrono: 2013-01 / Freya aged 9; School nurse emails concerns to the social worker after the core group
    -> ep7_voice
=== ep7_rewrite ===
"I'm sorry to hold us up," you say. "But I don't think this plan is describing the children we're seeing."
Tom looks at the clock, then nods.
"Go on." # speaker: Tom Jessop (social worker)
It takes forty minutes more. Line by line, the old actions are ticked off, crossed out or rewritten. # chrono: 2013-01 / Freya aged 9; Core group goes through the plan action by action and rewrites it
Ruby's dental operation is rebooked, and {court_told and checked_mark:Carol|a family support worker} is named to take her. Ruby's weight is to be checked monthly by you. The school will feed Freya and Jack at breakfast club every day, and record when they do not come.
{knew_history():
    You ask where the assessment of the parents' ability to protect the children is: the one from the first plan, five years ago. # lp: p-category-change +1
    Tom checks. It was never done. It goes back into the plan, with his name and a date. # chrono: 2013-01 / Freya aged 9; The assessment of the parents' ability to protect, outstanding since the first plan, is put back in the plan
- else:
    Nobody at the table knows of any earlier concern. The rewritten plan is about neglect.
}
{substance_at_core:
    The recovery worker adds unbooked tests, with the results shared with Tom within a day.
}
Tom asks for the review conference to be brought forward. # chrono: 2013-01 / Freya aged 9; Review conference brought forward
-> ep7_voice
=== ep7_voice ===
Gavin has one more thing to say before people leave.
"The kids are happy. Freya's doing great. Ask anyone." # speaker: Gavin Dobson (father)
Tom begins to write: children report being happy at home.
You realise that nobody at the table has spoken to any of the children on their own for three months. # chrono: 2013-01 / Freya aged 9; No professional has seen the children alone for three months
# decision: p7-voice; disguised
# note: Gavin's account may be partly true, and nobody wants to call a father a liar in front of him. But the minutes are about to record the children's views from someone else's mouth. Ask the room whose voice is missing from this meeting.
# prompt: How would the plan change if Freya had been in the room?
+ [Ask Tom to minute it as Gavin's view, not the children's, and to add their own views after his next home visit # lp: p-plan-as-tool -1 # feedback: Labelling it as Gavin's view is honest, but nobody is named to see the children, and the next visit is weeks away; the plan stays without their voices (plan as a working tool).]
    Tom writes: father reports the children are happy at home; children's views to follow. # chrono: 2013-01 / Freya aged 9; Minutes record the father's view; children's views to follow
    -> ep7_end
+ [Ask Ann whether the children seem happy at school, and have her answer minuted as their view instead # lp: p-plan-as-tool -1 # feedback: The school's impression is better than the father's, but it is still an adult speaking for the children; nobody has asked Freya, Jack or Ruby themselves (plan as a working tool).]
    "They're settled, mostly. Freya's quiet," Ann says. Tom writes: school reports the children appear settled. # chrono: 2013-01 / Freya aged 9; Minutes record the school's impression as the children's view
    -> ep7_end
+ [Say the children have not been heard, and offer to see Freya alone this week, with someone for Jack and Ruby # critical: p-plan-as-tool # lp: p-plan-as-tool +1 # feedback: Hearing from each child, and naming who will do it, keeps the plan about the children rather than the adults (plan as a working tool).]
    ~ freya_heard = true
    -> ep7_freya
=== ep7_freya ===
# scene: school
On Thursday Freya comes to your room at lunchtime. She draws while she talks, which she finds easier.
She says she likes school because it is quiet and there is dinner.
She says she is tired of being the one who does Ruby. # chrono: 2013-01 / Freya aged 9; Freya tells the school nurse she is tired of caring for Ruby and does not like her father's friends being around
{court_told and checked_mark:
    She says she misses her dad, but she does not want to go back while his friends are there.
- else:
    She says she wishes someone would make it stop being messy at home, and that she does not like it when her dad's friends stay.
}
You write it down in her words, and you send it to Tom that afternoon. # chrono: 2013-01 / Freya aged 9; Freya's words sent to the social worker the same day
-> ep7_end
=== ep7_end ===
# decision: p7-continue; pace
+ [See what happened]
    -> endings
