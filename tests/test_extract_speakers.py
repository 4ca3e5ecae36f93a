"""Speakers and attributions of real reporting on small texts (the real spaCy pipeline):
quotations attributed by the next or previous sentence, inverted and titled speakers,
statement nouns, unnamed sources and institutions of the home country."""

from __future__ import annotations

from typing import Any

import pytest


pytestmark = pytest.mark.model

MINSK = "Thousands marched in Minsk on Sunday. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("quote"), e["kind"]) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # the attribution is the next sentence (here on the next line, in lower case)
        (MINSK + '\n"How can we live like this?"\nstudent activist Maria Kolesnikova told the crowds.',
         "Maria Kolesnikova", "How can we live like this?"),
        # ... or the sentence before, closed by a colon
        ('Sviatlana Tikhanovskaya spoke in Vilnius. In a message, she wrote:\n"We will not stop. We are many."',
         "Svetlana Tikhanovskaya", "We will not stop. We are many"),
        # inverted: the quoted words are not the subject
        ('"The roads are closed to everyone," wrote Maria Kolesnikova in a post.', "Maria Kolesnikova",
         "The roads are closed to everyone"),
        # a statement noun's author, whatever noun the parser made the subject
        (MINSK + '"Vandals have burned several buildings," a statement from police in the capital Minsk said.',
         "Belarusian police", "Vandals have burned several buildings"),
        # guillemets, closed by their own mark or by a double quote
        (MINSK + "\u00ab We will not give up \u00bb, Maria Kolesnikova told reporters.", "Maria Kolesnikova",
         "We will not give up"),
        (MINSK + "\u00abWe will not give up,\" Maria Kolesnikova told reporters.", "Maria Kolesnikova",
         "We will not give up"),
        # the inverted subject is a description with the person's name in apposition
        (MINSK + '"We have to get rid of them," insisted one of the marchers, 62-year-old Ivan Petrov, who '
                 'travelled 100 miles to join the march.', "Ivan Petrov", "We have to get rid of them"),
        # "lament" is a speech verb like "deplore"
        (MINSK + '"This is a tragedy for the country," lamented Maria Kolesnikova.', "Maria Kolesnikova",
         "This is a tragedy for the country"),
    ],
)
def test_quotation_speaker(extract: Any, text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in [(s, q) for s, q, _ in _statements(extract(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (MINSK + "History teacher Vasily, 29, said the government would fall.", "Vasily"),
        (MINSK + "Two people were injured, a provincial health official told Reuters.", "provincial health official"),
        (MINSK + "Two people were injured, a government source said.", "Belarusian government"),
        (MINSK + "The marchers were detained, the air force said in a statement.", "Belarusian air force"),
        # a trailing attribution whose speaker phrase has a preposition in it
        (MINSK + "More than 10 people were detained on Tuesday for taking part in an unauthorized protest in Minsk, "
                 "spokeswoman for the Minsk main police department Natalya Ganusevich told Sputnik.",
         "Natalya Ganusevich"),
        # a trailing attribution does not swallow the statement it reports
        (MINSK + "The interior ministry blamed the unrest on foreign agents, a government source said.",
         "Belarusian Interior Ministry"),
        # the clause the parser gave to the outlet's attribution closing the sentence
        (MINSK + "Police in Minsk said about 15,000 people blocked traffic as they marched, the Guardian reported.",
         "Minsk police"),
        # a title the model reads as a name, with the person in apposition
        (MINSK + "The Minister of the Interior Yuri Karaev told the press that order had been restored.",
         "Yuri Karaev"),
    ],
)
def test_reported_speaker(extract: Any, text: str, speaker: str) -> None:
    assert speaker in [s for s, q, _ in _statements(extract(text)) if q is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures someone gives are claims of theirs
        (MINSK + "Police put turnout at around 2,000 people, while the opposition put the figure at 50,000.",
         [("Belarusian police", None, "claim"), ("Belarusian opposition", None, "claim")]),
        # a protest's purpose clause, and "they" right after the protesters, demand for the protesters
        ("Tens of thousands of people protest on Saturday in Minsk to demand the release of political prisoners.",
         [("Belarusian protesters", None, "demand")]),
        ("Police fired tear gas at young demonstrators in Minsk on Sunday. They demand the release of Maria Kolesnikova.",
         [("Belarusian protesters", None, "demand")]),
        # nobody speaks in a passive without agent, nor in a promise given as background
        ("Alexander Lukashenko, whose policies have been widely blamed for the crisis, left Minsk. "
         "He will resign on Monday as promised earlier.", []),
        # two quotations of one speaker, each with its own attribution ("said", "he added"), are
        # two statements (the real set's convention); a quoted word inside the reporter's
        # sentence does not swallow the next quotation
        ('Dmitry Peskov spoke in Moscow. "This is a domestic affair," Peskov said. "We follow the developments '
         'there," he added.', [("Dmitry Peskov", "This is a domestic affair", "comment"),
                               ("Dmitry Peskov", "We follow the developments there", "comment")]),
        ('Dmitry Peskov stressed the "importance" of the talks. "The situation is too complex to expect breakthroughs."',
         [("Dmitry Peskov", "importance", "comment"),
          ("Dmitry Peskov", "The situation is too complex to expect breakthroughs", "comment")]),
        # "said ..., she said": one statement
        ("Maria Kolesnikova said the talks would go on in Minsk, she said.", [("Maria Kolesnikova", None, "claim")]),
    ],
)
def test_statements_of_reporting(extract: Any, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(s, q) for s, q, _ in _statements(extract(text))] == [(s, q) for s, q, _ in expected]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the parse of the reported clause, where a word list cannot see the kind
        ("Alexander Lukashenko said he would not resign.", "rejection"),
        ("Alexander Lukashenko said he would resign in March.", "announcement"),
        ("Donald Trump said that the United States did not recognise Nicolas Maduro as president.", "rejection"),
        ("Sviatlana Tikhanovskaya said the government must resign.", "demand"),
        ("Maria Kolesnikova said the government would not be able to ignore the protests.", "claim"),
        ("Maria Kolesnikova said two activists had been arrested in Minsk.", "claim"),
        ('"We want a new election," Maria Kolesnikova said in Minsk.', "demand"),
        ('"I would like to thank you for the invitation," Vladimir Putin told Emmanuel Macron.', "praise"),
    ],
)
def test_kind_from_the_parse(extract: Any, text: str, kind: str) -> None:
    (st,) = _statements(extract(text))
    assert st[2] == kind


def test_a_quotation_standing_alone_goes_on_from_the_sentence_before(extract: Any) -> None:
    text = (MINSK + "Maria Kolesnikova said the police had received hundreds of letters.\n\n"
            "\u201cWe have warned them about the use of force.\n\n\u201cThe marches will go on.\u201d")
    assert ("Maria Kolesnikova", "We have warned them about the use of force ... The marches will go on") in [
        (s, q) for s, q, _ in _statements(extract(text))]


def test_a_statement_made_somewhere_says_nothing_itself(extract: Any) -> None:
    text = MINSK + "Maria Kolesnikova made the statement at a press conference in Minsk."
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        MINSK + "BBC News said the talks would cover nuclear weapons.",
        MINSK + "The march reached the city centre by noon, reported Geo News.",
        MINSK + "Independent Television said 40 people had been injured.",
        MINSK + "Reuters reporters estimated the crowd at several thousand.",
        # a correspondent of the outlet reports for it
        MINSK + "FRANCE 24's Minsk correspondent Leila Molana-Allen said the police attacked the marchers.",
        MINSK + "Our correspondent Jim Muir said the crowd was angry.",
    ],
)
def test_an_outlet_that_only_relays_is_no_speaker(extract: Any, text: str) -> None:
    """Issue 11's convention: the outlet is the source of what it reports, not a statement's speaker."""
    assert [s for s in _statements(extract(text)) if s[0] not in ("Belarus",)] == []


def test_a_body_whose_name_ends_in_agency_still_speaks(extract: Any) -> None:
    facts = extract(MINSK + "The International Atomic Energy Agency said the plant was safe.")
    assert [s[0] for s in _statements(facts)] == ["International Atomic Energy Agency"]


def test_a_pronoun_after_a_role_noun_subject_is_that_person(extract: Any) -> None:
    """'The Russian president said ... He called for ...': "he" is the person the role noun
    stood for, not the last person named."""
    text = ("Alexander Lukashenko met Vladimir Putin in Sochi. The Russian president said the vote was legitimate. "
            "He called for calm.")
    assert ("Vladimir Putin", None, "demand") in _statements(extract(text))


def test_the_same_quotation_in_the_lede_and_the_body_is_one_statement(extract: Any) -> None:
    text = (MINSK + 'Alexander Lukashenko promised to "restore order" in the capital.\n\n'
            'On Monday, Alexander Lukashenko again promised to "restore order" after the clashes.')
    (st,) = [e for e in extract(text)["events"] if e["type"] == "Statement"]
    assert (st["quote"], len(st["evidence"]), str(st["date"])) == ("restore order", 2, "2020-09-14")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Joe Biden met Vladimir Putin in Geneva. The U.S. president said the talks were good.", "Joe Biden"),
        ("Joe Biden met Vladimir Putin in Geneva. Russia's president said the talks were constructive.",
         "Vladimir Putin"),
    ],
)
def test_a_role_noun_of_a_country_is_that_countrys_person(extract: Any, text: str, speaker: str) -> None:
    """'the U.S. president', "Russia's president": the person of that country named before,
    not the country."""
    assert [s for s, _q, _k in _statements(extract(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The talks will resume in a month," revealed Maria Kolesnikova, a leader of the council.',
         ("Maria Kolesnikova", "The talks will resume in a month", "announcement")),
        ("Maria Kolesnikova disclosed that two activists had been arrested.", ("Maria Kolesnikova", None, "claim")),
        ("Maria Kolesnikova applauded the courage of the marchers.", ("Maria Kolesnikova", None, "praise")),
        # "stress", "reiterate" ... report their object as "deny" does
        ("Sviatlana Tikhanovskaya reiterated her support for the strikers.",
         ("Svetlana Tikhanovskaya", None, "praise")),  # support made known is praise (kinds._AVOWALS)
        # "warn" needs a clause, an object, or what it warns of
        ("Alexander Lukashenko warned of a foreign plot against Belarus.", ("Alexander Lukashenko", None, "claim")),
    ],
)
def test_more_speech_verbs_of_general_english(extract: Any, text: str, expected: tuple[str, str | None, str]) -> None:
    assert _statements(extract(MINSK + text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The European Union issued a statement on Monday.\n\n"The violence must stop," the statement said.',
         ("European Union", "The violence must stop")),
        ("The European Union issued a statement on Monday. The statement said 200 people had been detained.",
         ("European Union", None)),
    ],
)
def test_the_statement_speaks_for_its_author(extract: Any, text: str, expected: tuple[str, str | None]) -> None:
    assert (expected[0], expected[1]) in [(s, q) for s, q, _k in _statements(extract(MINSK + text))]


def test_a_chant_and_its_continuation_are_no_statements(extract: Any) -> None:
    """The real set's convention: chants are not statements, nor is '"...," they added' after one."""
    text = MINSK + '"Go away!" the marchers chanted outside the palace. "We are the people," they added.'
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        '"We will not stop," read a statement from the Coordination Council.',
        'The Coordination Council issued a statement. The statement read: "We will not stop."',
    ],
)
def test_a_document_that_reads_speaks_for_its_author(extract: Any, text: str) -> None:
    assert _statements(extract(MINSK + text)) == [("Coordination Council", "We will not stop", "announcement")]


def test_a_name_taken_for_a_place_but_described_as_a_person_speaks(extract: Any) -> None:
    # the model reads "Aurelia" as a place; a common noun in apposition says it is a person,
    # so both her reported speech and the quotation of "she said" are hers
    text = ('Police blocked the bridge. Aurelia, a 61-year-old protester in Moscow, said she had walked for '
            'hours. "Nobody listens to us," she said.')
    assert [(s, q) for s, q, _ in _statements(extract(text))] == [
        ("Aurelia", None), ("Aurelia", "Nobody listens to us")]


def test_words_another_subject_shouts_after_the_attribution_are_not_the_speakers(extract: Any) -> None:
    # the second quotation is what other marchers shouted, after Bakary's attribution: not a
    # part of his quotation ...
    text = '"We will not leave this square," said Bakary, a baker, as other marchers shouted "the minister must go".'
    assert [(s, q) for s, q, _ in _statements(extract(text))] == [("Bakary", "We will not leave this square")]
    # ... but words quoted before the attribution, whoever the reporter's verb names, are his
    text = ('"It is shameful that in this crisis," the cabinet chooses "to raise the price of bread for the '
            'poorest," complained Bakary Sow, a baker.')
    assert [s for s, _, _ in _statements(extract(text))] == ["Bakary Sow"]
    # ... and so are words another subject is reported to have done something with
    text = 'Elena Ruiz said the ministers had reached "a fair compromise on the budget".'
    assert [(s, q) for s, q, _ in _statements(extract(text))] == [("Elena Ruiz", "a fair compromise on the budget")]


def test_a_persons_entourage_speaks_as_its_own_group(extract: Any) -> None:
    # "Khan's lawyers said": the lawyers, not Khan himself
    text = "Imran Khan was arrested on Tuesday. Khan's lawyers said the arrest was illegal."
    assert [s for s, _, _ in _statements(extract(text))] == ["Khan's lawyers"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person's office, team or campaign speaks as a body of its own, named with the person
        ("Alexander Lukashenko left Minsk. Lukashenko's office said the vote had been fair.",
         "Alexander Lukashenko's office"),
        ("Svetlana Tikhanovskaya spoke in Vilnius. Tikhanovskaya's team called for another rally on Tuesday.",
         "Svetlana Tikhanovskaya's team"),
        # ... and so does the office of a person named by a title
        (MINSK + "The prime minister's office said the vote had been fair.", "prime minister's office"),
    ],
)
def test_a_persons_office_or_team_is_not_the_person(extract: Any, text: str, speaker: str) -> None:
    assert [s for s, _, _ in _statements(extract(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the group" is the body the text described as a group, not the last body named
        (MINSK + "The OVD-Info monitoring group said 200 people were detained. The European Union condemned "
                 "the arrests. The group said most were later released.", "OVD-Info"),
        (MINSK + "Viasna, a human rights group, said 200 people were detained. The European Union condemned "
                 "the arrests. The rights group added that most were released.", "Viasna"),
        # "the ministry" after "the interior ministry" is that ministry
        (MINSK + "The interior ministry said 200 people were detained. The ministry added that most were "
                 "released.", "Belarusian Interior Ministry"),
    ],
)
def test_a_body_named_again_by_its_kind(extract: Any, text: str, speaker: str) -> None:
    assert [s for s, _, _ in _statements(extract(text))][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people marched in Minsk on Sunday. They demanded the release of political prisoners.",
        # "they" after the crowd that took to the streets, not the soldiers of a clause in between
        "Police detained 200 people in Minsk on Sunday, where soldiers were deployed. The march followed a "
        "week in which tens of thousands took to the streets. They say the vote was rigged.",
    ],
)
def test_they_after_an_unnamed_crowd_are_the_protesters(extract: Any, text: str) -> None:
    assert [s for s, _, _ in _statements(extract(text))][-1] == "Belarusian protesters"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the lede's title is the person the body names with it
        ("Thousands marched in Minsk on Sunday, the interior minister said. Interior Minister Yuri Karayev "
         "later told reporters that 200 people were detained.", "Yuri Karayev"),
        ("Belarus's president on Monday declared a state of emergency. Alexander Lukashenko, the president, "
         "blamed foreign agents.", "Alexander Lukashenko"),
    ],
)
def test_a_title_before_the_name_is_the_person_named_after(extract: Any, text: str, speaker: str) -> None:
    assert [s for s, _, _ in _statements(extract(text))] == [speaker, speaker]


def test_a_title_is_not_another_countrys_person_named_after(extract: Any) -> None:
    text = ("Belarus's president on Monday declared a state of emergency. US President Joe Biden called the "
            "move illegal.")
    assert "Joe Biden" != [s for s, _, _ in _statements(extract(text))][0]


def test_a_subject_hung_elsewhere_is_known_by_its_relative_clause(extract: Any) -> None:
    text = (MINSK + "Regarding police abuse, Lukashenko, who has not yet given any clear answer to the "
            "strikers' demands, said that the police had opened 65 cases.")
    assert "Alexander Lukashenko" in [s for s, _, _ in _statements(extract(text))]


@pytest.mark.parametrize("text,speaker,name", [
    ("Protesters blocked roads in Lima on Monday. Peru's interior minister said on Monday that 40 people had "
     "been arrested.", "peru-interior-minister", "Peruvian interior minister"),
    ("Police dispersed a rally in Tbilisi on Monday. Georgia's defence minister said the army would not "
     "intervene.", "georgia-defence-minister", "Georgian defence minister"),
])
def test_a_countrys_unnamed_minister_speaks_not_the_country(extract: Any, text: str, speaker: str, name: str) -> None:
    facts = extract("---\nlanguage: en\n---\nProtests\n\n" + text)
    stmts = [e for e in facts["events"] if e["type"] == "Statement"]
    assert [e["speaker"] for e in stmts] == [speaker]
    assert {a["id"]: a["name"] for a in facts["actors"]}[speaker] == name
