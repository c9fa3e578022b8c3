// Sample scenario: a short, fully fictional case that uses every tag of the story
// format. It is a writer's example and the fixture for the engine's tests.
INCLUDE contacts.ink

VAR asked_gp = false
VAR asked_nursery = false
VAR contacts_made = 0
VAR saw_child_alone = false

-> ep1_missed_checks

=== ep1_missed_checks ===
# episode: 1; Missed checks
# role: Health visitor
# when: October — Mia is 14 months old
# scene: office
# sound: typing
Mia Hartley, 14 months, has missed her last two developmental checks. # chrono: 2025-08 / August; Mia's 12-month check missed
Her mother, Jess, has left you a voicemail.
"Hiya, it's Jess. She's fine, honestly, we've just been really busy." # speaker: Jess Hartley (voicemail)
Before you decide what to do, you can ask others what they know.
-> contacts.ask

=== ep2_home_visit ===
# episode: 2; The home visit
# scene: home
# sound: knock
# when: November — Mia is 15 months old
You visit. The flat is tidy, and Jess is warm and talkative. # chrono: 2025-11 / November; Home visit by the health visitor
"She's grand, honestly. You can see she's fine." # speaker: Jess Hartley
Mia is asleep upstairs, Jess says.
# decision: s-visit; disguised
# note: The tidy flat is real and tells you little about Mia. Ask the room what else they would want to see.
# prompt: What would you need to see before you leave?
# real: The visitor accepted the account and left without seeing the child.
* [Accept what you see and book another check for Mia next week # lp: s-see-the-child -1 # feedback: A tidy home is not the child. Seeing the child is the point of the visit (see the child). # real]
    You leave a new appointment card on the table.
    -> ep3_meeting
* [Ask to see Mia now, even if it means waking her from her nap # lp: s-see-the-child +2 # critical: s-see-the-child # feedback: Seeing the child yourself, however warm the parent, is what the visit is for (see the child).]
    ~ saw_child_alone = true
    Jess hesitates, then brings Mia down. She is pale and has a healing mark on her cheek. # chrono: 2025-11 / November; Healing mark seen on Mia's cheek
    -> ep3_meeting

=== ep3_meeting ===
# episode: 3; The review meeting
# role: Health visitor at the review meeting
# scene: meeting-room
# sound: meeting
# when: December — Mia is 16 months old
The social worker proposes closing the case: Jess seems to be coping.
{asked_gp: You remember what the GP told you about the missed immunisations.}
# decision: s-closure; challenge
# note: Closure needs evidence of change and the agreement of every agency.
# prompt: Who in the room holds information that has not been heard?
# real: Closure was agreed at the meeting.
+ {asked_gp and asked_nursery} [Set out what the GP and the nursery told you, and ask for a strategy discussion # lp: s-challenge +2 # lp: s-ask-others +1 # critical: s-challenge # critical: s-ask-others # feedback: The GP's and the nursery's pieces, put together, carry the case: you brought them and named the outcome you wanted (ask others, challenge).]
    The chair agrees to a strategy discussion.
    -> ending_acted
+ {not (asked_gp and asked_nursery) and (asked_gp or saw_child_alone)} [Set out what you found and ask for a strategy discussion # lp: s-challenge +2 # critical: s-challenge # feedback: You brought evidence and named the outcome you wanted (challenge).]
    The chair agrees to a strategy discussion.
    -> ending_acted
+ [Say that you are uneasy about closing the case, but agree to close it if the others do # lp: s-challenge -1 # pin: last # feedback: Unease that is not stated as a challenge leaves the plan unchanged (challenge). # real]
    -> ending_closed

=== ending_acted ===
# ending: acted; The risk was seen and acted on
A strategy discussion is held that week, and Mia is seen by a paediatrician.
-> END

=== ending_closed ===
# ending: closed; The case was closed
The case is closed. Mia's next check is in six months.
-> END
