=== ending_router ===
// The ending follows the critical decisions only: earlier protective acts (each set by a
// critical choice), naming the new partner (ep6), holding the case open (ep6) and acting on
// the absence (ep7). No call, and no count of evidence, chooses an ending.
{
- acted_now and knew_partner and held6 and early_acts >= 5:
    -> ending_seen
- acted_now and (knew_partner or held6 or early_acts >= 4):
    -> ending_found
- (not acted_now) and held6 and knew_partner:
    -> ending_found
- acted_now:
    -> ending_late
- else:
    -> ending_real
}

=== ending_seen ===
# ending: seen-and-acted; The risk was seen and acted on
# scene: hospital-ward
# sound: ward
The social worker and two police officers reach Gary Lowther's flat at four that afternoon. Jade opens the door. Maisie is on the settee in front of the television, pale and very sleepy. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie found at Gary Lowther's flat by social worker and police
Officers find prescribed and street drugs in the flat, some within a small child's reach. Maisie is taken into police protection and to Hessleby General. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie taken into police protection and to hospital
Tests show drugs in her system. Hair testing later shows she has been exposed to heroin, methadone, ketamine and benzodiazepines for many months. The harm was real and had been going on for a long time. But Maisie is alive, and now she is safe.
The local authority issues care proceedings. Maisie goes to live with Jade's parents, Pat and Geoff, who are assessed as connected person carers, with an independent reviewing officer overseeing her plan. # chrono: 2017-02-10 / Maisie 4 years 2 months old; Care proceedings; Maisie placed with her maternal grandparents under formal arrangements
What made the difference was not one brave decision. It was a chain of ordinary ones: asking who else was in Maisie's life, writing his name down where others would find it, refusing to close without the evidence, and treating an unexplained absence as a child nobody had seen.
-> END

=== ending_found ===
# ending: found-harmed; Found, but already harmed
# scene: hospital-ward
# sound: ward
{
- acted_now and knew_partner:
    Police and the duty social worker reach Gary Lowther's flat that evening. Nobody answers at first. When Jade finally opens the door, Maisie is asleep on a mattress on the floor and very hard to wake. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie found at Gary Lowther's flat, very drowsy
- acted_now:
    Because of the nursery's call and the long history on file, police treat Maisie as a missing child. Her social worker rings every relative on the file. Next morning Nicola remembers Jade mentioning a man called Gary from her group, and Harbour confirm who he is. Police find Maisie at his flat, very drowsy and hard to wake. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie found at a new partner's flat the day after the nursery raised the alarm
- else:
    The nursery's letter sits in a tray. But Harbour's call about Jade's missed appointments, and the open plan, mean Maisie's social worker is already looking for her. On Saturday she asks police to check the address Harbour gave for Gary Lowther. They find Maisie there, very drowsy and hard to wake. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie found at Gary Lowther's flat after the social worker asks police to check his address
}
An ambulance takes her to Hessleby General. She needs treatment in the children's high dependency unit for drug poisoning. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie admitted to hospital with drug poisoning
Hair testing shows she has been exposed to heroin, methadone, ketamine and benzodiazepines for at least six months. Police find drugs throughout the flat. Jade and Gary are arrested.
Maisie recovers. The doctors cannot yet say what the months of exposure will mean for her in the long run. She goes to live with her grandparents under an interim care order. # chrono: 2017-02-10 / Maisie 4 years 2 months old; Maisie recovers; interim care order; placed with grandparents
The signs were there, and enough of them were acted on for Maisie to be found. They were acted on late. The drugs had been part of her life for most of a year.
-> END

=== ending_late ===
# ending: alarm-raised; The alarm was raised, but nobody knew where to look
# scene: hospital-ward
# sound: ward
The nursery raised the alarm, and social care and police acted on it. But the flat was empty, and nobody on any file knew where Jade and Maisie were.
Three days later, an ambulance is called to a flat on the other side of Hessleby. It belongs to Gary Lowther, a man no agency knew was in Jade's life. Maisie is taken to hospital critically ill from drugs she has swallowed. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie taken to hospital critically ill from a new partner's flat
She survives. Tests show she has been exposed to heroin, methadone, ketamine and benzodiazepines for at least six months. The harm to her is serious, and may be lasting. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Tests show at least six months of exposure to drugs
The alarm came from the one place that noticed Maisie was missing. But the adult she was with had never been asked about or named, so nobody knew where to look.
-> END

=== ending_real ===
# ending: real-outcome; What happened in the real case
# scene: office
On Sunday, an ambulance is called to a flat on the other side of Hessleby. It belongs to Gary Lowther. {knew_partner: His name was in Harbour's referral, but nobody knew he was Jade's partner.} {not knew_partner: No agency knew that he and Jade were in a relationship.} Jade and Maisie had moved in with him a week before.
Maisie is taken to hospital. She dies. She is four years and one month old. # chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie dies at the home of her mother's new partner
Police find large quantities of prescribed and illegal drugs in the flat. Medical evidence later shows that for at least six months Maisie had been exposed to, and had taken in, heroin, methadone, ketamine and benzodiazepines. # chrono: 2016-07-10 / Maisie 3 years 7 months to 4 years 1 month old; At least six months of exposure to heroin, methadone, ketamine and benzodiazepines
Jade and Gary are charged with neglect, child cruelty and drugs offences.
Afterwards, several neighbours tell police they had been worried about how Jade treated Maisie. None of them had told anyone. Dean tells the review that he and Jade were in contact all through the time they were meant to be apart.
The professionals who knew Maisie believed her life had got worse only in her last few weeks. The medical evidence showed that the harm had been going on for at least six months, through assessments, meetings and closures.
Between them, the agencies held many pieces of Maisie's life. Nobody put them together. Nobody knew what an ordinary day was like for her.
-> END
