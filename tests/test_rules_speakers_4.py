"""Who speaks (issues 10 and 11), on invented sentences with the real spaCy pipeline:
an acronym printed in brackets after a body's name and used alone later is that body;
collectives named by a described plural ("church leaders", "hospital sources"); a news
agency relays the news (the source, not a speaker)."""

from __future__ import annotations

from typing import Any

import pytest


pytestmark = pytest.mark.model

MINSK = "Thousands marched in Minsk on Sunday. "


def _speakers(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]


def test_an_acronym_in_brackets_is_the_body_named_before_it(extract: Any) -> None:
    facts = extract("The National Union of Tea Growers (SNPT) called a strike in Colombo on Monday. "
                    "The SNPT said its members had not been paid since June.")
    assert set(_speakers(facts)) == {"National Union of Tea Growers"}
    assert [a["name"] for a in facts["actors"] if a["type"] == "Organization"] == ["National Union of Tea Growers"]


@pytest.mark.parametrize(("subject", "speaker"), [
    ("Church leaders", "Belarusian church leaders"),
    ("Tribal elders", "Belarusian tribal elders"),
    ("Hospital sources", "Belarusian hospital sources"),
    ("Family members", "Belarusian family members"),
    ("Opponents", "Belarusian opponents"),
])
def test_a_described_plural_speaks_as_a_collective(extract: Any, subject: str, speaker: str) -> None:
    assert _speakers(extract(MINSK + f"{subject} said two students had been beaten in custody.")) == [speaker]


def test_leaders_alone_are_no_new_collective(extract: Any) -> None:
    assert _speakers(extract(MINSK + "Leaders said two students had been beaten in custody.")) == []


@pytest.mark.parametrize("outlet", [
    "the state news agency BelTA reported", "the Interfax news agency reported", "news agency Anadolu said",
    "BelTA, the state news agency, reported",
])
def test_a_news_agency_relays_the_news(extract: Any, outlet: str) -> None:
    facts = extract(MINSK + f"At least 40 people were detained, {outlet}.")
    assert _speakers(facts) == []
    assert not [a for a in facts["actors"] if a["type"] == "Organization"]


def test_an_agency_that_is_no_news_agency_still_speaks(extract: Any) -> None:
    facts = extract(MINSK + "At least 40 people were detained, the border agency said.")
    assert _speakers(facts) == ["Belarusian border agency"]


@pytest.mark.parametrize("description", ["the 58-year-old politician", "the opposition leader", "the veteran campaigner"])
def test_a_description_is_the_one_person_named_just_before(extract: Any, description: str) -> None:
    facts = extract("Daniel Ortiz addressed a crowd in Lima on Sunday. "
                    f"Standing on a truck, {description} said the election had been rigged.")
    assert _speakers(facts) == ["Daniel Ortiz"]


def test_a_description_after_two_people_stays_unresolved(extract: Any) -> None:
    facts = extract("Daniel Ortiz and Maria Lopez addressed a crowd in Lima on Sunday. "
                    "The 58-year-old politician said the election had been rigged.")
    assert _speakers(facts) == []


@pytest.mark.parametrize("before", [
    "President Arturo Vidal met the police chiefs on Friday.",
    "Arturo Vidal became acting president on Friday.",
])
def test_a_countrys_title_is_the_person_titled_before(extract: Any, before: str) -> None:
    facts = extract(f"{before} Thousands marched in Lima on Saturday. "
                    "Peru's president declared a state of emergency in the capital.")
    assert _speakers(facts) == ["Arturo Vidal"]


@pytest.mark.parametrize(("source", "speaker"), [
    ("according to an NGO", "NGO"), ("according to a rights group", "rights group"),
])
def test_an_unnamed_body_is_named_as_printed(extract: Any, source: str, speaker: str) -> None:
    assert _speakers(extract(f"Police detained 300 marchers in Minsk on Sunday, {source}.")) == [speaker]


def test_an_indefinite_group_is_a_body_of_its_own(extract: Any) -> None:
    facts = extract("Police detained 300 marchers in Minsk on Sunday, according to Viasna, a monitoring group. "
                    "A group said the police used force.")
    assert _speakers(facts) == ["Viasna"]


def test_a_singular_description_read_as_a_group_is_the_person_named_before(extract: Any) -> None:
    facts = extract("Leila Mansour joined the march in Tunis on Friday. The activist said the police had beaten her.")
    assert _speakers(facts) == ["Leila Mansour"]


def test_a_ledes_unnamed_group_is_the_one_named_below(extract: Any) -> None:
    facts = extract("Police held 200 marchers in Minsk on Sunday, a monitoring group said.\n\n"
                    "The Viasna monitoring group said 40 of them were students.")
    assert _speakers(facts) == ["Viasna", "Viasna"]


def test_she_skips_a_man_by_his_surname(extract: Any) -> None:
    facts = extract("Opposition leader Maria Kolesnikova spoke to the crowd in Minsk. Interior Minister "
                    "Yuri Karaev said the rally was illegal. She said the police had no right to stop it.")
    assert _speakers(facts) == ["Yuri Karaev", "Maria Kolesnikova"]


def test_according_to_her_is_the_woman_named_before(extract: Any) -> None:
    facts = extract("Maria Kolesnikova addressed the crowd in Minsk on Sunday. According to her, 40 people were held.")
    assert _speakers(facts) == ["Maria Kolesnikova"]


@pytest.mark.parametrize(("name", "sex"), [
    ("Maria Kolesnikova", "f"), ("Yulia Navalnaya", "f"), ("Anna Nowicka", "f"), ("Yuri Karaev", "m"),
    ("Jan Kowalski", "m"), ("Daniel Ortiz", None), ("Kolesnikova", None),
])
def test_name_gender(name: str, sex: str | None) -> None:
    from kg.extract.actor_gender import name_gender

    assert name_gender(name) == sex
