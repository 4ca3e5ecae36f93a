"""Statements of wire copy, ninth round (the real spaCy pipeline, invented sentences about
other countries): the quotations of one speech verb and its participle in one sentence are one
statement, and the participle's verb no statement apart; a person's account ("According to the
minister, X said ...") gives the words to that person; an inverted speaker given as a title
and then a name is the person named; the names in apposition to a plural subject ("major
regional powers Turkey, Georgia and Iran all gave ...") each speak."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

LIMA = "LIMA, Peru (Reuters) - "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


def test_quotations_of_a_verb_and_its_participle_are_one_statement(extract: Any) -> None:
    text = (LIMA + 'Finance Minister Pedro Castillo said he had not expected the unions to make any "concessions" '
            'during the talks, saying his aim was to "calm the markets. ... That aim is met."')
    said = _statements(extract(text))
    assert len(said) == 1 and said[0][0] == "Pedro Castillo"
    assert said[0][1] is not None and said[0][1].startswith("concessions") and said[0][1].endswith("That aim is met")


def test_a_participle_quoting_tells_what_the_verb_said(extract: Any) -> None:
    text = (LIMA + 'Defence Minister Pedro Rojas said he would welcome talks with the rebels, adding he did not '
            '"trust promises in general."')
    assert _statements(extract(text)) == [("Pedro Rojas", "trust promises in general")]


def test_a_persons_account_gives_the_words_to_that_person(extract: Any) -> None:
    text = (LIMA + "Finance Minister Luis Arce met President Pedro Castillo on Monday. According to the finance "
            'minister, Castillo also said there would be no "new taxes" or "price controls" this year.')
    assert _statements(extract(text)) == [("Luis Arce", "new taxes ... price controls")]


def test_an_outlets_account_leaves_the_words_to_the_speaker(extract: Any) -> None:
    text = (LIMA + 'According to Agence France-Presse, student Clifford Ramos said, "The protests are no longer '
            'about pensions, they are against a government that denies us our freedom."')
    assert [s for s, _ in _statements(extract(text))] == ["Clifford Ramos"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The talks were useful," said the UN envoy to Peru, Maria Lopez, on Monday.', "Maria Lopez"),
        ('"We credit the men and women who marched for their dignity," said the UN special co-ordinator for '
         "Peru, Jan Kubis, after the meeting.", "Jan Kubis"),
    ],
)
def test_an_inverted_title_then_a_name_is_the_person(extract: Any, text: str, speaker: str) -> None:
    assert [s for s, _ in _statements(extract(LIMA + text))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Major regional powers Turkey, Georgia and Iran all gave their backing to Pashinyan's peace proposal.",
        "Western governments France, Germany and Britain condemned the shelling of the border villages.",
    ],
)
def test_names_in_apposition_to_a_plural_subject_each_speak(extract: Any, text: str) -> None:
    said = {s for s, _ in _statements(extract("YEREVAN (AP) - Armenian Prime Minister Nikol Pashinyan spoke on Monday. " + text))}
    assert len(said) == 3 and said <= {"Turkey", "Georgia", "Iran", "France", "Germany", "United Kingdom"}


def test_an_office_conjoined_with_a_body_speaks_as_its_title(extract: Any) -> None:
    text = ("QUITO, Ecuador (AP) - The protests began calmly on Thursday, with marchers exchanging flowers with police "
            'and the interior minister insisting officers would "protect the marchers at all costs".')
    assert [s for s, _ in _statements(extract(text))] == ["Ecuadorian interior minister"]


def test_he_after_a_quotation_is_the_sentences_own_speaker(extract: Any) -> None:
    text = ("MANAGUA (AP) - The student leader, Lesther Aleman, said the crisis would continue as long as President "
            'Daniel Ortega stays in power: "We are few at the table but millions support us outside," he said.')
    assert _statements(extract(text)) == [("Lesther Aleman", "We are few at the table but millions support us outside")]


@pytest.mark.parametrize("text, issuer", [
    (LIMA + "The opposition issued a statement urging President Dina Boluarte to resign.", "opposition"),
    ("NAIROBI - The Law Society released a letter demanding that President William Ruto withdraw the bill.",
     "Law Society"),
])
def test_an_issued_statement_urging_someone_is_the_issuers_alone(extract: Any, text: str, issuer: str) -> None:
    """The participle tells what the issued statement says: the person urged is its addressee,
    never a second speaker."""
    said = _statements(extract(text))
    assert len(said) == 1 and issuer in said[0][0]
