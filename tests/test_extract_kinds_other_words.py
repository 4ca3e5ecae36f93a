"""Statement kinds (helper kinds10): the words of another statement inside a reported clause,
support named as what is made known, a quoted infinitive in parts, the speaker's own mistake,
leaving a post, cue words that only begin other words, beliefs held of others, a host's welcome and a
verdict given by a participle of naming. Probe sentences on other countries."""

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
        ("Successive Peruvian governments have ignored the south", "criticism"),  # "success*" is no "successive"
        ("Successive cabinets came and went", None),
        ("The talks were a success", "praise"),
        ("It was a successful visit", "praise"),
        ("I was mistaken about him", None),  # the speaker's own fault, admitted
        ("We made a serious mistake, and Maria Santos was right", None),
        ("They were mistaken", "criticism"),
        ("The council made a mistake", "criticism"),
        ("Now its time to stand up for him", "demand"),  # the apostrophe dropped
    ],
)
def test_cue_words(words: str, kind: str | None) -> None:
    assert cue_kind(words) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another speaker's statement inside the clause ("while Y said ...") is Y's, not the first speaker's
        ("Foreign Minister Ana Lopez said a new round of talks would take place in May while Prime Minister Jan Novak "
         "said a summit would be held later to take stock of progress.",
         [("Ana Lopez", "announcement"), ("Jan Novak", "announcement")]),
        ("Chile recognised the new government on Monday while the African Union called for free elections.",
         [("Chile", "announcement"), ("African Union", "demand")]),
        # a second speech verb of the same speaker with a kind of its own is a statement of its own
        ("President Ana Lopez formally recognised Juan Perez as interim president and praised his plan to hold "
         "elections.",
         [("Ana Lopez", "announcement"), ("Ana Lopez", "praise")]),
    ],
)
def test_the_words_of_another_statement_in_the_clause(extract: Any, text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert sorted(_kinds(extract(text))) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # support named as what a speech verb makes known is praise
        ('Influential cleric Ahmed Karimi announced his support for "peaceful marches and a general strike".',
         "praise"),
        ("Foreign Minister Ana Lopez reaffirmed the government's support for the new council in Lima.", "praise"),
        # a quoted infinitive in parts ('to "avoid a war" and "build trust"') orders nothing
        ('Prime Minister Jan Novak told reporters, "These talks can be a first step," to "avoid a war" and '
         '"build elements of trust for everyone."', "comment"),
        ('"Go home and build a better future," Prime Minister Jan Novak told the crowd.', "demand"),
        # leaving one's post, said in the present, is made known
        ('"I do not choose any of these ways. I am leaving the post of prime minister," Prime Minister Jan Novak said.',
         "announcement"),
        ('"I am leaving the country tomorrow for a short rest," Prime Minister Jan Novak said.', "comment"),
    ],
)
def test_support_a_quoted_infinitive_and_leaving_a_post(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a future that a verb of belief holds of others is an expectation, no announcement
        ("Spokesman Omar Haddad stressed that the palace expected the conference will contribute to a settlement.",
         "comment"),
        ('"We do not exaggerate the risks, as we believe that the Danish hosts are capable of it and will do it," '
         "spokesman Omar Haddad said.", "comment"),
        # ... a future of the speaker's own is still made known
        ('"We believe the border will reopen soon, and we will send a delegation on Monday," spokesman Omar Haddad '
         "said.", "announcement"),
        # a host welcoming visitors to a place greets them
        ("President Ana Lopez welcomed the two leaders to Lima, which she called a city of dialogue.", "comment"),
        ("President Ana Lopez welcomed the decision of the court.", "praise"),
        # a verdict given by a participle of naming after a plain "said"
        ('"His ideas are a possible basis for further steps," Prime Minister Jan Novak said, describing them as '
         "useful and substantive.", "praise"),
    ],
)
def test_beliefs_of_others_a_host_welcome_and_a_verdict_by_naming(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the future of "going to", of the speaker's own, is made known whatever follows in the quotation
        ('"I found no way out. Today I am going to the palace to submit the resignation of the cabinet. Our duty '
         'is to protect the country, and this chance should not be lost," Prime Minister Jan Novak said.',
         "announcement"),
        # an official's plan told "according to" them, the future in the first of two joined clauses
        ("The talks will begin tomorrow at noon, and a delegation from the UN is also invited, according to the "
         "Minister of Labour, Carlos Ruiz.", "announcement"),
        # a threat by an actor named before "which"
        ("Demonstrators are angry at the decision, taken under pressure from Chile, which has threatened trade "
         "sanctions if the deal is signed.", "demand"),
        ("The government of Peru says the changes represent a much-needed reform of the courts.", "praise"),
    ],
)
def test_going_to_a_plan_according_to_a_titled_official_and_a_named_threat(extract: Any, text: str,
                                                                           kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a clause of its own joined to the reporting verb, and a speech verb of another clause, are not what is said
        ("Prime Minister Jan Novak has repeatedly said that he believes good policy comes from personal ties, and he "
         "has found rapport with the leader of Peru, whom Novak has labeled an autocrat.", "comment"),
        # the clause a "declared" quotation sits in decides: a consensus made known
        ('Vice-President Ana Lopez declared that there is full agreement that the "rules of this dialogue are set '
         'by the bishops".', "announcement"),
    ],
)
def test_a_clause_of_its_own_and_a_declared_agreement(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _kinds(extract(text))] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what others did meanwhile ("as thousands rallied to demand ...") is no part of what the speaker reports
        # (the protesters' own demand is a statement of theirs)
        ("Police detained more than 2,000 people in Lima on Saturday as thousands rallied to demand the release of "
         "the jailed mayor, the Lima Human Rights Group said.", "claim"),
        # a life given for a cause is no measure's offence: the words of praise count
        ('"She paid for her courage with her life," Prime Minister Jan Novak said.', "praise"),
    ],
)
def test_what_others_did_meanwhile_and_a_life_given(extract: Any, text: str, kind: str) -> None:
    assert [k for name, k in _kinds(extract(text)) if "protesters" not in name] == [kind]
