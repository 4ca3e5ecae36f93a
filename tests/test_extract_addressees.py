"""Addressees of statements (issue 11): the actor a statement is directed at or demands
something of, read from English reporting syntax around the speech verb. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _addressees(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [(names[e["speaker"]], names.get(e.get("addressee", ""))) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        # the object of a verb of blame or address
        ("Carlos Mendoza blamed Elena Duarte for the collapse of the talks.", "Carlos Mendoza", "Elena Duarte"),
        # a group addressed after a preposition
        ("Prime Minister Omar Haddad appealed to students to return to their classrooms.", "Omar Haddad", "Students"),
        # a participle carrying the charge after the speech verb
        ('"The unrest must end," Omar Haddad said on Tuesday, accusing Elena Duarte of stoking the riots.',
         "Omar Haddad", "Elena Duarte"),
        # whose going is demanded
        ("Thousands of farmers marched in Quito on Monday to demand the resignation of President Elena Duarte.",
         "Ecuadorian farmers", "Elena Duarte"),
        # the subject of what is demanded
        ("Demonstrators in Lima demanded that the Peruvian government withdraw the decree.",
         "Peruvian protesters", "Peruvian government"),
        # pressure on someone
        ("The opposition vowed to keep up pressure on President Elena Duarte to step down.", "Opposition",
         "Elena Duarte"),
        # the one asked to act, parsed as the object of "calling"
        ("Protesters in Quito were calling for PM Elena Duarte to step down.", "Ecuadorian protesters",
         "Elena Duarte"),
        # a criticism is directed at the subject of what it reports
        ("Carlos Mendoza said on Monday that President Elena Duarte had betrayed the country.", "Carlos Mendoza",
         "Elena Duarte"),
        # the one whose act would end the action demanded
        ("The union leader Carlos Mendoza called for the strike to go on until President Elena Duarte resigns.",
         "Carlos Mendoza", "Elena Duarte"),
        # the one a reported decision asks to act
        ("Party leaders met on Saturday and agreed to request President Elena Duarte to step down, "
         "opposition lawmaker Carlos Mendoza said.", "Carlos Mendoza", "Elena Duarte"),
        # the antecedent of the relative pronoun addressed
        ('Carlos Mendoza has found rapport with Peru\'s Elena Duarte, whom he has labeled a "dictator," and with '
         "other leaders.", "Carlos Mendoza", "Elena Duarte"),
        # a recognition withheld: negated, or refused
        ("Carlos Mendoza said on Monday that Chile would not recognise President Elena Duarte.", "Carlos Mendoza",
         "Elena Duarte"),
        ("Foreign Minister Carlos Mendoza said Peru refused to recognize President Elena Duarte after the vote.",
         "Carlos Mendoza", "Elena Duarte"),
        # the one a message is sent to, or a stance is for
        ("In a letter to President Elena Duarte, Carlos Mendoza said the decree must be withdrawn.", "Carlos Mendoza",
         "Elena Duarte"),
        ("Carlos Mendoza said in a message to President Elena Duarte that the decree must be withdrawn.",
         "Carlos Mendoza", "Elena Duarte"),
        ("Carlos Mendoza expressed solidarity with President Elena Duarte on Monday.", "Carlos Mendoza", "Elena Duarte"),
        ("India reiterated its support to the people of Sri Lanka on Wednesday.", "India", "Sri Lanka"),
        # the owner of what is welcomed or rejected
        ("Carlos Mendoza rejected President Elena Duarte's offer of talks, saying it came too late.", "Carlos Mendoza",
         "Elena Duarte"),
        # the infinitive of what is called for hung on the participle, not on the one asked
        ("Thousands marched in Quito on Friday calling for President Elena Duarte to step down.",
         "Ecuadorian protesters", "Elena Duarte"),
        # a participle on the statement issued names whom it urges or calls on
        ("Amnesty International issued a statement on Monday calling on President Elena Duarte to free the detainees.",
         "Amnesty International", "Elena Duarte"),
        ("Throughout the day, the police made an announcement urging the protesters to leave the square.",
         "Police", "Protesters"),
    ],
)
def test_addressee_from_reporting_syntax(extract: Any, text: str, speaker: str, addressee: str) -> None:
    assert (speaker, addressee) in _addressees(extract(text))


def test_the_authorities_are_too_vague_to_address(extract: Any) -> None:
    """'called on the authorities': no actor of the story is named, so no addressee."""
    facts = extract("Amnesty International called on the authorities to free the detained students.")
    assert _addressees(facts) == [("Amnesty International", None)]


@pytest.mark.parametrize("outlet", ["Radio Progreso", "the Lima Herald"])
def test_an_outlet_told_is_the_source_not_the_addressee(extract: Any, outlet: str) -> None:
    facts = extract(f'"We will not stop until the decree is withdrawn," Ana Ruiz told {outlet} on Monday.')
    assert _addressees(facts) == [("Ana Ruiz", None)]


def test_a_channel_relays_and_makes_no_statement(extract: Any) -> None:
    assert _addressees(extract("Channel 9 said that the minister had resigned.")) == []


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        # supporters of a thing, not of an actor: named as printed, specific enough to address
        ("Prime Minister Ana Ruiz called on supporters of the pension reform to join a rally on Sunday.",
         "supporters of the pension reform"),
        # the authorities of a region, the phrase hung on the verb by the parser
        ("King Carlos accused authorities in Andalusia of bending the law.", "authorities in Andalusia"),
    ],
)
def test_a_group_named_with_a_phrase_saying_which_is_addressed(extract: Any, text: str, addressee: str) -> None:
    facts = extract(text)
    actors = {a["id"]: a for a in facts["actors"]}
    (st,) = [e for e in facts["events"] if e["type"] == "Statement"]
    assert addressee in actors[st["addressee"]].get("aliases", [])


def test_a_group_is_also_known_by_its_printed_name(extract: Any) -> None:
    """'opponents of the plan', 'Ordinary Bolivians' (a plural demonym the model read as a
    name is a people, a group): the text's own name is an alias for matching other reports."""
    facts = extract("But opponents of the plan say it threatens to turn Bolivia into a dictatorship. "
                    "Ordinary Bolivians are calling on the church to intervene.")
    names = {n for a in facts["actors"] if a["type"] == "Group" for n in [a["name"], *a.get("aliases", [])]}
    assert {"opponents of the plan", "Ordinary Bolivians"} <= names
    assert not any(a["type"] == "Person" for a in facts["actors"])


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        # a capital owning a demand stands for its state
        ("Britain rejected Moscow's proposal on Tuesday.", "United Kingdom", "Russia"),
        # "his supporters": the speaker's own
        ("Imran Khan urged his supporters to stay calm on Tuesday.", "Imran Khan", "Imran Khan supporters"),
    ],
)
def test_owners_read_through_metonymy_and_pronouns(extract: Any, text: str, speaker: str, addressee: str) -> None:
    assert (speaker, addressee) in _addressees(extract(text))


def test_allies_named_by_a_word_saying_which_are_a_group(extract: Any) -> None:
    """'European allies' are addressed as printed; bare 'allies' say neither whose nor which."""
    assert ("Anna Weber", "European allies") in _addressees(extract(
        "German Chancellor Anna Weber urged European allies to pressure Minsk to free prisoners."))
    facts = extract("German Chancellor Anna Weber urged allies to pressure Minsk to free prisoners.")
    assert not any("allies" in a["name"] for a in facts["actors"])


def test_a_capital_called_on_or_appealed_to_stands_for_its_state(extract: Any) -> None:
    facts = extract("Britain called on Beijing to free the activists. Washington appealed to Caracas to hold talks.")
    assert _addressees(facts) == [("United Kingdom", "China"), ("United States", "Venezuela")]


def test_the_one_something_is_asked_from_is_addressed(extract: Any) -> None:
    facts = extract("Thousands marched in Nairobi on Sunday. The opposition demanded answers from the government "
                    "on Monday. President Ruto has pleaded for calm and patience from security forces.")
    assert ("Kenyan opposition", "Kenyan government") in _addressees(facts)
    assert ("William Ruto", "Kenyan security forces") in _addressees(facts)


@pytest.mark.parametrize("outlet", ["Le Figaro", "the Daily Nation", "Canada's CBC", "El Tiempo newspaper",
                                    "The Independent"])
def test_a_newspaper_or_broadcaster_told_is_no_addressee(extract: Any, outlet: str) -> None:
    """Outlets are in no list: their names' words ('Le', 'Daily', an acronym ending in BC) or a
    noun beside them ('newspaper') say what they are; an interview given to one has no addressee."""
    facts = extract(f'"We will not stop until the decree is withdrawn," Ana Ruiz told {outlet} on Monday.')
    assert _addressees(facts) == [("Ana Ruiz", None)]


def test_a_body_with_a_paper_word_inside_its_name_is_still_addressed(extract: Any) -> None:
    facts = extract("Union leader Pedro Silva urged the Independent Electoral Commission to delay the vote.")
    assert _addressees(facts) == [("Pedro Silva", "Independent Electoral Commission")]


def test_an_object_pronoun_is_not_its_own_clauses_subject(extract: Any) -> None:
    """'Ruto thanked her': the person named before, not Ruto himself (that would be 'herself')."""
    facts = extract("Kenyan President William Ruto met Samia Suluhu Hassan in Nairobi on Monday. "
                    "Ruto thanked her for the visit.")
    assert ("William Ruto", "Samia Suluhu Hassan") in _addressees(facts)


@pytest.mark.parametrize(
    "text",
    [
        # a long sentence the parser reads wrong: the words after the verb say whose going is demanded
        "Protesters demanded the resignation of Prime Minister Ali Haidar, the former president who was "
        "appointed this week under a new system that gives the prime minister expanded powers.",
        "Protesters in Baghdad are demanding nothing less than Haidar's resignation.",
    ],
)
def test_whose_resignation_is_demanded_right_after_the_verb(extract: Any, text: str) -> None:
    facts = extract('"We are finished," said Prime Minister Ali Haidar on Monday. ' + text)
    assert any(a == "Ali Haidar" for s, a in _addressees(facts) if s != "Ali Haidar")


def test_a_role_noun_with_a_demonym_of_two_words(extract: Any) -> None:
    facts = extract("South Korean President Yoon Suk Yeol met Fumio Kishida in Tokyo. "
                    "Kishida praised the South Korean president for his courage.")
    assert ("Fumio Kishida", "Yoon Suk Yeol") in _addressees(facts)


def test_a_list_of_states_read_as_an_apposition_speaks_for_each(extract: Any) -> None:
    """'Canada, the United States and their allies have rejected ...': the parser reads the
    list as an apposition to 'Canada'; each named state speaks."""
    facts = extract("Canada, the United States and their European allies have rejected Beijing's demand.")
    assert {("Canada", "China"), ("United States", "China")} <= set(_addressees(facts))


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        ("President Gustavo Petro met Lula in Bogota. Lula called Petro a brother and a friend of Brazil.",
         "Luiz Inacio Lula da Silva", "Gustavo Petro"),
        ("Zelensky described Putin as a war criminal on Monday.", "Volodymyr Zelensky", "Vladimir Putin"),
    ],
)
def test_whom_a_verb_of_naming_calls_something_is_addressed(extract: Any, text: str, speaker: str,
                                                              addressee: str) -> None:
    assert (speaker, addressee) in _addressees(extract(text))


@pytest.mark.parametrize("reporter", ["CNN Chief International Correspondent Christiane Amanpour",
                                      "reporter Jane Doe of the BBC"])
def test_a_reporter_interviewing_is_the_outlet_not_an_addressee(extract: Any, reporter: str) -> None:
    facts = extract(f'"We are not afraid," Ruto told {reporter} on Monday.')
    assert _addressees(facts) == [("William Ruto", None)]


def test_a_countrys_leaders_named_by_its_demonym_are_a_group_addressed(extract: Any) -> None:
    facts = extract("French Foreign Minister Jean-Yves Le Drian called on Lebanese leaders to guarantee the "
                    "stability of the country.")
    names = {a["id"]: a["name"] for a in facts["actors"]}
    [st] = [e for e in facts["events"] if e["type"] == "Statement"]
    assert names[st["speaker"]] == "Jean-Yves Le Drian" and names[st["addressee"]] == "Lebanese leaders"


@pytest.mark.parametrize(
    "text",
    [
        # a call whose purpose is to press someone to act
        "The Nurses Union called for a national strike on Friday to pressure President Gustavo Petro to raise wages.",
        "Teachers in Bogota demanded a pay rise to force President Gustavo Petro to act.",
    ],
)
def test_whom_a_call_presses_is_addressed(extract: Any, text: str) -> None:
    assert any(a == "Gustavo Petro" for _s, a in _addressees(extract(text)))


@pytest.mark.parametrize("text", [
    "Thousands of protesters in Lima demanded the resignation of the government on Saturday.",
    "Protesters in Tbilisi called for the government's resignation on Monday.",
])
def test_a_government_whose_going_is_demanded_is_not_addressed(extract: Any, text: str) -> None:
    """The bare 'the government' a crowd wants gone is what the demand is about (the real-article
    gold gives such demands no addressee); a named leader's resignation still addresses the leader."""
    assert [a for _, a in _addressees(extract(text))] == [None]
    named = extract("Protesters in Tbilisi called for the resignation of Prime Minister Irakli Kobakhidze on Monday.")
    assert [a for _, a in _addressees(named)] == ["Irakli Kobakhidze"]


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        # the one a state recognises
        ("The United States recognised opposition leader Juan Perez as interim president on Wednesday.",
         "United States", "Juan Perez"),
        # the owner of what is praised, named by a pronoun: the person before, not the speaker
        ("Opposition leader Juan Perez announced new elections. President Donald Trump praised his plan on Thursday.",
         "Donald Trump", "Juan Perez"),
    ],
)
def test_recognised_and_praised_owners_are_addressed(extract: Any, text: str, speaker: str, addressee: str) -> None:
    assert (speaker, addressee) in _addressees(extract(text))


def test_a_recognised_title_does_not_address_its_country(extract: Any) -> None:
    """'recognised Venezuela's opposition leader': the leader, never the country of the title."""
    facts = extract("The White House recognised Bolivia's opposition leader as the country's rightful president.")
    assert all(a != "Bolivia" for _, a in _addressees(facts))
