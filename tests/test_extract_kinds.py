"""Statement kinds (kg/extract/kinds.py): each rule on sentences written for it, through
the real spaCy pipeline, and the cue words on their own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.kinds import cue_kind


def _kinds(facts: dict[str, Any]) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [(names[e["speaker"]], e["kind"]) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("We believe in the friendship of our peoples", "praise"),  # "lie" is not in "believe"
        ("The summit highlights our ties", None),  # ... nor in "highlight"
        ("Those are lies", "criticism"),
        # what may not be done, who is to blame, a danger; a verdict of praise on talks or conduct
        ("The use of force against students is inadmissible", "criticism"),
        ("The minister is to blame for the chaos", "criticism"),
        ("The junta is a danger to the whole region", "criticism"),
        ("The negotiations were frank and substantive", "praise"),
        ("The soldiers acted professionally throughout", "praise"),
        ("The violence must end", "demand"),  # "violence" tells what happened; it reproaches no one
        # words of disapproval and of approval that political speech uses on any story
        ("They are making a grave mistake", "criticism"),
        ("This is a coup staged by a puppet government", "criticism"),
        ("Vandals set fire to the courthouse", "criticism"),
        ("How can we accept the lack of freedom here?", "criticism"),
        ("The new cabinet is lacking any mandate", "criticism"),  # "lack", "lacking" beside "lacks", "lacked"
        ("I am very glad to see you", "praise"),
        ("We offer our full support to the people", "praise"),
        ("What a joy that you came!", "praise"),
        # words that demand or praise only in some uses are no cues: "stop", "expected", "great"
        ("They want to stop the parliamentary process", None),
        ("He was expected to fly to Singapore", None),
        ("The leader shows great interest in rockets", None),
        # a cue is a whole word, or a stem marked '*' that begins one: names and longer words that
        # contain a cue are no cues ("coup" in "couple", "crime" in "Crimea", "plan" in "plane")
        ("Condemnation of the decision was swift", "criticism"),
        ("The talks lasted a couple of hours in Crimea", None),
        ("Lieutenant Colonel Ali Sham arrived on a plane", None),
        ("The envoy met Admiral Joyce and the warm-up team", None),
        ("It is an urgent matter for the historical commission", None),
        ("The Crimes of the regime will not be forgotten", "criticism"),
        ("This was a coup", "criticism"),
        # words that tell what happened or how the speaker feels reproach and praise no one: a
        # report of violence, concern, happiness, a "historic" day; an agreement made known announces
        ("Two people were killed in the violence in the north", None),
        ("We are very concerned about the situation", None),
        ("I am happy to be here on this historic day", None),
        ("The two sides have agreed on a hotline between their armies", "announcement"),
        # a denial of a part in what happened rejects the accusation
        ("Our party had nothing to do with the attacks", "rejection"),
        ("The army had no role in the shooting", "rejection"),
        # "welcomed the delegation" tells a reception; "we welcome ..." praises by its parse, not by a cue
        ("The president welcomed the delegation at the airport", None),
    ],
)
def test_cue_words_begin_a_word(words: str, kind: str | None) -> None:
    assert cue_kind(words) == kind


def test_a_speech_verb_inside_the_quotation_gives_its_kind(extract: Any) -> None:
    # "want to thank": the inner verb's kind, before any cue word ("concern" is one of criticism)
    text = ('"We share a concern about security on the continent, and I want to thank you for all your help," '
            "Vladimir Putin told Emmanuel Macron.")
    assert _kinds(extract(text)) == [("Vladimir Putin", "praise")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "call X Y" names X (the words decide), it calls for nothing
        ('Alexander Lukashenko called the marchers "bandits and terrorists".', "criticism"),
        # "told / asked X to do": an order or a request
        ("Alexander Lukashenko told the police to clear the square.", "demand"),
        # "declared X illegal": a verdict, not an announcement; declaring a vote void rejects it
        ("The Spanish government declared the referendum illegal.", "rejection"),
        # a participle going on from a speech verb is that verb's statement
        ('The opposition urged its supporters to march, tweeting this is a "now or never moment".', "demand"),
    ],
)
def test_the_speech_verb_read_with_its_arguments(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a remark ("noted that", "stressed that") comments; "said that" asserts (a claim)
        ("Dmitry Peskov noted that the talks had lasted three hours.", "comment"),
        ("Dmitry Peskov stressed that the two countries had a long history.", "comment"),
        ("Dmitry Peskov said that the talks had lasted three hours.", "claim"),
    ],
)
def test_a_remark_comments_and_a_report_claims(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [("Dmitry Peskov", kind)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb that does what it says, in the present, with the speaker as its subject
        ('"Today I swear to assume the powers of the president," Juan Guaido told the crowd.', "announcement"),
        ('"I\u2019ve decided to break relations with the government," Nicolas Maduro told the crowd.', "announcement"),
        ('The leaders of Russia and Ukraine met in Paris. "The sides commit to a full ceasefire before the end of '
         'the year," the Kremlin said in a joint statement.', "announcement"),
        ('"I am quitting the post of prime minister," Serzh Sargsyan said.', "announcement"),
        # staying on until someone resigns demands it, whatever the quotation says first
        ('"It feels great. We will stay here until Prayuth steps down," Maria Kolesnikova said.', "demand"),
    ],
)
def test_the_parse_of_the_quotation(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a "to" alone ("it was right to march") is not what is to come: the first is a view, a comment (the second, what
        # she expects of the vote, is her view: an expectation of others announces nothing, kinds.others_believed)
        ("Senator Ruth Okafor said it was right to march and said she expected the vote would be delayed.",
         ["comment", "comment"]),
        # an intention of the clause's own verbs is, even as the reason given ("because ... intended to")
        ("Interior minister Pavel Dragan said the site was chosen because the government intended to expand "
         "the port.", ["announcement"]),
    ],
)
def test_reported_speech_announces_only_what_is_ahead(extract: Any, text: str, kinds: list[str]) -> None:
    assert [k for _, k in _kinds(extract(text))] == kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # words quoted inside the clause a verb reports take that clause's kind
        ('The Gomez administration said it would use the "full force" of the state to restore order.',
         "announcement"),
        ('Pedro Gomez said the senate was "the only lawful body of the republic".', "claim"),
        # a future in the passive is a measure ("will be punished"); "there will be" predicts
        ('President Pedro Gomez said all those responsible would be arrested and tried "with the full strength '
         'of the law."', "announcement"),
        ('"There will be no winners in this war," Pedro Gomez said.', "comment"),  # a forecast, a view
        # "would like" wishes, it announces nothing: the cue words decide
        ('"I understand that we live in a corrupt country. I would like to live differently," said Anna Petrova, '
         'a student.', "criticism"),
        # the speaker speaking of themselves comments; a demand verb inside the clause demands
        ("President Pedro Gomez said he had no information about the missing minister.", "comment"),
        ("Party leaders met on Sunday and decided to ask President Gomez to step down, senator Maria Lopez said "
         "on Twitter.", "demand"),
        # "called on" and "have got to" demand; a cue after a hyphen ("anti-corruption") is no cue
        ('"We have called on every worker to join the strike," said Pedro Alvarez, the leader of the union.',
         "demand"),
        ("Maria Lopez, a senior official of the Liberal Party, said Gomez was detained on Monday by officers of the "
         "anti-corruption agency.", "claim"),
    ],
)
def test_the_clause_and_the_cues_of_reported_words(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


def test_a_quotation_going_on_is_read_whole(extract: Any) -> None:
    # the kind is read again when the next quotation of the same speaker continues it
    text = ('"It feels wonderful," said Anna Lopez, a student. "Whatever happens, we will stay here until the '
            'president also steps down."')
    assert _kinds(extract(text)) == [("Anna Lopez", "demand")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request made by marching ("to ask for"), a figure given as the object of a speech verb
        ("Students marched in Lima to ask for the release of their classmates.", [("Peruvian students", "demand")]),
        ("Opposition sources mention 80,000 participants in the march in Lima.", [("Peruvian opposition", "claim")]),
        # a future inside words quoted in the clause (a chant) is not what the speaker announces
        ('Police in Lima said about 9,000 people blocked the avenue, shouting "the squares will be ours".',
         [("Lima police", "claim")]),
        # "the statement said" after "X said in a statement": X speaks again
        ("The Interior Ministry said in a statement that 12 people had been detained. The measures were needed "
         "to protect the public, the statement said.",
         [("Interior Ministry", "announcement"), ("Interior Ministry", "claim")]),
    ],
)
def test_reported_speech_without_a_clause_of_its_own(extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(extract(text)) == expected


def test_a_lede_printed_twice_is_one_statement(extract: Any) -> None:
    lede = ("About 5,000 people marched in Lima on Friday to demand the resignation of President Pedro Gomez, "
            "police officers at the scene said.")
    facts = extract(lede + "\n\nUnion leaders said the strike had closed most factories.\n\n" + lede)
    statements = [e for e in facts["events"] if e["type"] == "Statement"]
    assert len(statements) == 3  # the protesters' demand and the police's account once each, the unions'


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a hope or a wish of the speaker's side is no assertion and no decision
        ("Foreign minister Ines Varga said she hoped for a calm exchange between the delegations.", "comment"),
        ("Premier Tomas Novak said his cabinet wanted to finish the reform before winter.", "comment"),
        # ... but wanting someone else to act asks it of them, and another party's wish is claimed
        ("Premier Tomas Novak said the rebels wanted to seize the airport.", "claim"),
        # the speaker's own decision or intention named by a noun announces it, whatever the verb
        ("The African Union reiterated its willingness to mediate between the parties.", "announcement"),
        ("Premier Tomas Novak stressed his commitment to a ceasefire in the north.", "announcement"),
        # an obligation in what is insisted on is a demand, not a claim
        ("Union leader Pedro Alvarez insisted that the cabinet must step down.", "demand"),
        ('"We have got to throw out this cabinet," insisted Pedro Alvarez, a retired miner.', "demand"),
        ('"The count was honest," insisted Pedro Alvarez, the head of the commission.', "claim"),
        # the speaker's own call, named by a noun
        ('"Our call is for all parties to return to the table," Premier Tomas Novak said.', "demand"),
        # a future inside quoted words, about the speaker: no announcement, the speaker's default
        ('Premier Tomas Novak said he knew his veto "would have a price".', "comment"),
        # a plan the protest was against is background: what witnesses say happened is a claim
        ("Police fired tear gas at crowds marching against the governor's plan to extend his term in Lima, "
         "witnesses said.", "claim"),
    ],
)
def test_hopes_intentions_insistence_and_calls(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a manner of speaking ("I will be frank") and a hypothetical ("we would ...  if") decide nothing
        ('"It is a modest result, but I will be frank, I expected more," Premier Tomas Novak said.', "comment"),
        ('"I\u2019ll be delighted if we can meet again in Prague next year," Premier Tomas Novak told the host.',
         "comment"),
        ('"If the government breaks its word, we would tell the faithful that the talks are over," '
         "Cardinal Jorge Ruiz said.", "comment"),
        # a real condition with "will" is still the speaker's decision
        ('"If the government breaks its word, we will leave the talks," Cardinal Jorge Ruiz said.', "announcement"),
    ],
)
def test_a_hedged_future_announces_nothing(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a body that detains, named by the speaker's title, announces whom it detained
        ("Police detained 61 of the protesters in Porto on Sunday, Interior Minister Ana Reis told the reporters.",
         "announcement"),
        ("Sixty people were detained in Porto on Sunday, according to the Interior Ministry.", "announcement"),
        ("Sixty people were injured in Porto on Sunday, according to the Interior Ministry.", "claim"),
        # what is to come, said of a bill or a meeting rather than of the speaker, is announced too
        ("Premier Tomas Novak said the reform bill would return to parliament next week.", "announcement"),
    ],
)
def test_what_a_body_did_or_plans_is_announced(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act done in a statement is made known: an announcement
        ("The Foreign Office formally recognised the interim council in a statement on Friday.", "announcement"),
        # the speaker's own readiness to act is announced (a remark about themselves would comment)
        ("Premier Tomas Novak said he was willing to resign to make way for a unity cabinet.", "announcement"),
        ("Premier Tomas Novak said he was tired after the long night of talks.", "comment"),
    ],
)
def test_acts_in_a_statement_and_readiness(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # dismissing people or their protest "as" something disparages them; a dismissed reaction is rejected
        ("President Ivan Petrov has dismissed the marchers as puppets of foreign powers.", "criticism"),
        ("Premier Tomas Novak dismissed the protests as the work of radical groups.", "criticism"),
        ("The Kremlin dismissed the Western reaction as unacceptable.", "rejection"),
        # what the speaker says of their own country or of the pair they belong to comments
        ("Volodymyr Zelensky said Ukraine was relying on its partners for air defence this winter.", "comment"),
        ("Premier Tomas Novak said the two governments had settled their quarrel over fishing rights.", "comment"),
        ("Premier Tomas Novak said the rebels had seized the airport.", "claim"),
    ],
)
def test_dismissals_and_the_speakers_own_side(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an agreement reached or a decision taken is a result made known, whatever modal it carries
        ("Senator Maria Lopez said a consensus was reached that the speaker should take over as interim president.",
         "announcement"),
        ("Premier Tomas Novak said the negotiators had struck a deal on grain exports.", "announcement"),
        ("Premier Tomas Novak said the negotiators should strike a deal on grain exports.", "demand"),
    ],
)
def test_an_agreement_reached_is_announced(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an imperative that opens the quotation asks something of someone: a demand
        ('"Free our comrades now," union leader Pedro Alvarez told the crowd.', "demand"),
        ('"Don\'t shoot at your own people," Pedro Alvarez said.', "demand"),
        ('"Go home, all of you," Pedro Alvarez told the soldiers.', "demand"),
        # ... not an imperative of speaking itself, nor one after words that decide first
        ('"Look, the count was slow," Pedro Alvarez said.', "comment"),
        ('"This is a coup staged by a puppet cabinet," Pedro Alvarez said. "Get out."', "criticism"),
        # a speech verb in the present with "I" or "we" does what it says
        ('"I reject these accusations," Premier Tomas Novak said.', "rejection"),
        ('"We deny any role in the attack," Premier Tomas Novak said.', "rejection"),
        # a question that reproaches criticises
        ('"Why were students beaten in their own dormitories?" Pedro Alvarez asked.', "criticism"),
        # what "our" side will do is announced, whatever words of violence follow
        ('"Our strike will go on no matter how much violence they use," Pedro Alvarez said.', "announcement"),
        # a warning that people will be arrested or punished is a threat: do this or else
        ("Interior Minister Ana Reis warned that anyone who blocked the port would be prosecuted.", "demand"),
        ("Interior Minister Ana Reis warned that the harvest would be delayed.", "claim"),
        ("Interior Minister Ana Reis warned that the police would respond firmly to any blockade.", "demand"),
    ],
)
def test_imperatives_performatives_questions_and_threats(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a quotation that tells what others did or what happened asserts a fact: a claim
        ('"At least six miners were killed in the clashes," union leader Pedro Alvarez said.', "claim"),
        ('"The soldiers opened fire on us without any warning," Pedro Alvarez told the reporters.', "claim"),
        ('"The protests are financed from abroad," Premier Tomas Novak said.', "claim"),
        # ... a state, a view or the speaker's own doing is still a remark
        ('"The talks were long and difficult," Premier Tomas Novak said.', "comment"),
        ('"I spoke with the mayor this morning," Premier Tomas Novak said.', "comment"),
        # ... and so is a present perfect, which tells how things stand, not an event: a remark
        ('"The two presidents have met several times at regional summits," Premier Tomas Novak said.', "comment"),
        ('"The situation in the capital has reached a critical point," Premier Tomas Novak said.', "comment"),
        # ... while a perfect passive still tells what happened
        ('"Dozens of miners have been injured in the north," union leader Pedro Alvarez said.', "claim"),
    ],
)
def test_a_quoted_past_event_is_claimed(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a promise not to recognise or accept is a refusal
        ("The opposition promised not to recognise the new cabinet.", "rejection"),
        ("Senator Maria Lopez vowed never to accept the result of the count.", "rejection"),
        # a measure of the speaker's own, done or under way, is made known
        ('"We are withdrawing the bill," Premier Tomas Novak said.', "announcement"),
        ('"I have ordered an investigation into the deaths," Premier Tomas Novak said.', "announcement"),
        # an accusation called baseless is rejected
        ('"These claims are baseless," Premier Tomas Novak said.', "rejection"),
        # "it is time for him to go" and "we need a new constitution" ask for something
        ('"It is time for him to go," Senator Maria Lopez said.', "demand"),
        ('"We need a new constitution," Senator Maria Lopez said.', "demand"),
        # the aim of a protest is to make someone else act: a demand; one's own aim is not
        ('"Our goal is to force the president to resign," Senator Maria Lopez said.', "demand"),
        ('"Our goal is to win the election," Senator Maria Lopez said.', "comment"),
        # "we support" the protesters endorses them
        ('"We support the protesters," Senator Maria Lopez said.', "praise"),
    ],
)
def test_refusals_measures_and_support(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a protest called illegal is asserted to be so; a vote declared illegal is not recognised
        ("Police in Lima said the march was illegal.", "claim"),
        ("The Spanish government declared the referendum illegal.", "rejection"),
        # "declared" that only attributes a quotation: the words decide, as after "said"
        ('"We are grateful to every volunteer," Premier Tomas Novak declared.', "praise"),
    ],
)
def test_verdicts_others_demands_and_declared(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


def test_the_offence_a_measure_answers_is_no_cue() -> None:
    # "arrested for vandalism" says what was done, it disapproves of no one; blame still does
    assert cue_kind("police said 40 people were arrested for vandalism") is None
    assert cue_kind("an investigation into the violence was opened") is None
    assert cue_kind("the government was responsible for the brutal crackdown") == "criticism"


def test_a_demand_others_made_is_no_cue(extract: Any) -> None:
    # a demand that others made, told as what happened, is not the speaker's
    assert cue_kind("the rally grew as protesters called for the release of their leader") is None
    assert cue_kind("we call for the release of our leader") == "demand"
    text = ("Police detained 200 people in Lima on Sunday as protesters called for the release of their leader, "
            "the rights group Voz Libre said.")
    assert ("Voz Libre", "claim") in _kinds(extract(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a body or a group speaking of itself as "it" or "they": its own refusal, its own plan
        ("The opposition said it would not take part in the elections.", "rejection"),
        ("The Liberal Party said it would boycott the elections.", "announcement"),
        # an attempt to destabilise the country is disapproved of
        ('"This is not a protest, it is an attempt to destabilise the country," Premier Tomas Novak said.',
         "criticism"),
    ],
)
def test_a_body_speaking_of_itself(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plain "said" takes the kind of a speech participle or a manner phrase that goes with it
        ('"The people have spoken and nobody is listening," opposition leader Maria Costa said, accusing the '
         "government of ignoring the vote.", "criticism"),
        ('Maria Costa, criticising the government\'s response, said: "Nobody came to help us for three days."',
         "criticism"),
        ('"They are sending tanks against students," Maria Costa said in a swipe at the defence minister.',
         "criticism"),
        # ... unless the quotation's own parse decides: a resignation made known stays announced
        ('"I am going to the palace to hand in my resignation," Maria Costa said, calling on all citizens to keep '
         "the peace.", "announcement"),
        ('"Soldiers fired on the crowd," Maria Costa said.', "claim"),
    ],
)
def test_a_plain_said_told_as_criticism_or_a_call(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


def test_welcoming_praises_by_the_parse(extract: Any) -> None:
    assert [k for _, k in _kinds(extract('"We welcome the decision of the court," Maria Costa said.'))] == ["praise"]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        # the general vocabulary of reproach: abuses named, contempt for a process, displeasure
        ("The trial was a sham and the charges are politically motivated", "criticism"),
        ("The security forces act with total impunity", "criticism"),
        ("We are deeply disappointed and angry", "criticism"),
        ("The police used excessive violence against students", "criticism"),
        # someone else who will not engage is reproached; the speaker's own refusal rejects
        ("They do not want to hear the voice of the people", "criticism"),
        ("The ministry has refused to talk to the unions", "criticism"),
        ("We refused to negotiate with them", "rejection"),
        ("The ministry did not respond to a request for comment", None),  # a reporter's request
        # "let", "release", "immediately" ask for nothing by themselves ("let me be clear", "a press release");
        # an imperative "Let them go" demands by the parse
        ("Let me be clear about the press release we issued immediately", None),
        ("We are tired of their lying and their nepotism", "criticism"),
        ("The government has turned its back on the north and is only interested in power", "criticism"),
        ("This is not a democracy: they used tear gas against peaceful marchers", "criticism"),
        # words of approval on any story
        ("It was a positive and encouraging meeting, a step forward", "praise"),
    ],
)
def test_general_cues_of_reproach(words: str, kind: str) -> None:
    assert cue_kind(words) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act of reproach that is no speech verb gives its kind to the words it goes with
        ('Opposition leader Tomas Novak lashed out at the electoral board, saying the count had been "a '
         'daylight robbery".', "criticism"),
        ('"This is a daylight robbery," Tomas Novak said, hitting out at the electoral board.', "criticism"),
        # "should have" reproaches what was done; it asks for nothing
        ('"The government should have acted much sooner," said Ines Varga, a nurse.', "criticism"),
        # the speaker's own negated future of leaving office refuses, in a quotation too
        ('"I will not resign," President Pedro Gomez said.', "rejection"),
    ],
)
def test_reproach_and_refusal_by_the_parse(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what the speaker's own side has to do asks nothing of anyone; what others have to do is asked of them
        ('"We have to be very realistic about the talks," said Foreign Minister Ines Varga.', "comment"),
        ('"The government has to listen to the students," said Ines Varga.', "demand"),
    ],
)
def test_the_speakers_own_obligation_is_no_demand(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the mandative subjunctive asks for what it names, after any verb
        ("Opposition leader Tomas Novak insisted that the meeting be held in public.", "demand"),
        ("Tomas Novak insisted that the minister step down at once.", "demand"),
        ("Tomas Novak insisted that the minister had stepped down.", "claim"),
        # a warning of what others will suffer, or of a sanction that could fall, threatens: do this or else
        ("The Kenyan government has warned that the unions will pay a price if the strike goes ahead.", "demand"),
        ("Peruvian police warned that protesters could be prosecuted for rioting.", "demand"),
    ],
)
def test_subjunctive_and_threats(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a denial, whatever words of reproach go with it
        ('"These allegations are completely false and the trial is a farce," said Ines Varga.', "rejection"),
        ('"We did nothing wrong," said Ines Varga, a student leader.', "rejection"),
        # no talks, no step back, "not going to" of the speaker's own: a refusal; "no winners" predicts
        ('"There will be no negotiations with terrorists," Interior Minister Ali Khan said.', "rejection"),
        ('"There will be no going back," said Ines Varga, a student.', "rejection"),
        ('"We are not going to resign," Interior Minister Ali Khan said.', "rejection"),
        ('"There will be no winners in this war," Ali Khan said.', "comment"),
    ],
)
def test_denials_and_refusals(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


def test_a_warning_to_people_demands(extract: Any) -> None:
    # "warned the protesters": stay away, do not go ahead; a warning that something is so predicts
    assert [k for _, k in _kinds(extract("The Peruvian authorities have repeatedly warned supporters of the "
                                         "opposition."))] == ["demand"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plan that "threatens to" do harm is a danger named, no one's threat; opponents speak as critics
        ("But opponents of the reform say it threatens to turn Poland into a dictatorship.", "criticism"),
        ("Union leaders said the bill threatens to destroy jobs.", "claim"),
        ("The Kenyan government threatened to arrest the strike leaders.", "demand"),
    ],
)
def test_a_danger_is_no_threat(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


def test_attacking_someone_in_words_criticises(extract: Any) -> None:
    text = 'Opposition leader Ana Silva attacked the government, saying it had "abandoned" the north.'
    assert [k for _, k in _kinds(extract(text))] == ["criticism"]


@pytest.mark.parametrize(
    "text",
    [
        # a measure of the speaker's own told in reported speech (the past perfect of "I have ordered") or the past
        "Kenyan President William Ruto said he had ordered an investigation into the deaths.",
        '"I ordered the police to withdraw," President William Ruto said.',
    ],
)
def test_an_own_measure_in_the_past_is_announced(extract: Any, text: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == ["announcement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "let" others do something demands it; "let me", "let us" only speak
        ('"Let them go," said Ana Silva, whose son was detained.', "demand"),
        ('"Let us pray for peace," said Pope Francis.', "comment"),
    ],
)
def test_let_others_demands(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "insisted", "argued", "maintained" say how firmly something is asserted: words of blame,
        # praise, a demand or a refusal in what is asserted decide, else it stays a claim
        ('"The charges against me are politically motivated," opposition leader Karim Haddad insisted.', "criticism"),
        ('"The riot police acted with great professionalism," Interior Minister Ana Petrova insisted.', "praise"),
        ('"The new cabinet is lacking any legitimacy," opposition leader Karim Haddad argued.', "criticism"),
        ('"We will hold the vote in June," Interior Minister Ana Petrova insisted.', "claim"),
    ],
)
def test_an_assertion_verb_gives_way_to_the_words(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an obligation said impersonally ("it is necessary / essential / vital to ...") demands
        ('"It is necessary to resume the dialogue without preconditions," Foreign Minister Jorge Salas said.',
         "demand"),
        ("Foreign Minister Jorge Salas said it was necessary to resume the dialogue without preconditions.", "demand"),
        ('"It is essential that the authorities release the detained journalists," UN envoy Maria Lopez said.',
         "demand"),
        # not what is important to say, a negated necessity, nor the necessity of a thing
        ('"It is necessary to note that the talks lasted five hours," Kremlin spokesman Dmitry Peskov said.',
         "comment"),
        ('"It is essential that we keep the channels open," Secretary of State Ana Ruiz said.', "comment"),
        ('"It is important to keep talking to all sides," Kremlin spokesman Dmitry Peskov said.', "comment"),
        ('"It is not necessary to hold new elections," Kremlin spokesman Dmitry Peskov said.', "comment"),
        ('"The reform is necessary for the economy," Kremlin spokesman Dmitry Peskov said.', "comment"),
    ],
)
def test_an_impersonal_obligation_demands(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "confirmed the deaths" tells what happened (a claim); a confirmed visit or plan is made known
        ("Dr. Samuel Otieno, director of Kenyatta National Hospital, confirmed the deaths of two students.", "claim"),
        ("Foreign Minister Jorge Salas confirmed the visit of the Chinese delegation next week.", "announcement"),
    ],
)
def test_a_toll_confirmed_is_a_claim(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a quotation telling violence done to the speaker's side reproaches; another past event is a claim
        ('"They dragged, beat, and pulled us away," activist Somchai Wong said on a Facebook live broadcast.',
         "criticism"),
        ('"The police fired on us without any warning," student leader Amina Diallo told AFP.', "criticism"),
        ('"Soldiers beat my brother in front of our house," resident Karim Haddad said.', "criticism"),
        ('"The convoy left the capital before dawn," resident Karim Haddad said.', "claim"),
    ],
)
def test_violence_done_to_the_speakers_side_reproaches(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


def test_the_decisions_agreed_upon_tagged_as_a_past_tense(extract: Any) -> None:
    # "the actions agreed upon": the parser tags the participle VBD; what a meeting decided is made known
    text = "Opposition MP Ruth Okafor tweeted the four key actions agreed upon during the meeting."
    assert [k for _, k in _kinds(extract(text))] == ["announcement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an imperative after the person addressed, set off by a comma, asks as a bare one does
        ('"Mr. President, release our comrades now," opposition leader Maria Santos said.', "demand"),
        ('"People of Peru, stand up for your rights," opposition leader Maria Santos said.', "demand"),
        # ... a subject set off by a comma before a finite verb is still a subject
        ('"The president, in my view, lied to us," opposition leader Maria Santos said.', "criticism"),
        # the one way out named is asked for, quoted or reported
        ('"The only solution is for the president to resign," opposition leader Maria Santos said.', "demand"),
        ("Opposition leader Maria Santos said the only way out was to hold new elections.", "demand"),
        ('"The only way is dialogue," opposition leader Maria Santos said.', "comment"),
    ],
)
def test_a_vocative_imperative_and_the_only_way_out_demand(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]
