"""Odd and hostile article texts found by fuzzing the rules (variants of real articles: truncated,
re-cased, spliced, with unicode noise or odd front matter): each either extracts facts the
loader accepts or fails with one clear error, never a traceback. Real spaCy pipeline; short
invented texts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.extract.api import extract_article, extract_articles, write_facts
from kg.extract.errors import ArticleError

pytestmark = pytest.mark.model

BODY = ("Thousands of protesters marched in Leon on Sunday against the new tax, police said.\n\n"
        "\"We will march again tomorrow,\" said Anna Berg, a teacher who joined the march.\n")


def _extract_ok(tmp_path: Path, text: str, name: str = "odd") -> dict[str, Any]:
    src = tmp_path / f"{name}.txt"
    src.write_text(text, encoding="utf-8")
    facts = extract_article(src)
    write_facts(facts, tmp_path / "out" / f"{name}.yaml")  # the loader's rules
    return facts


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_placeholder_publication_day_is_one_clear_error(nlp: Any, tmp_path: Path, day: str) -> None:
    # 'published: 0001-01-01' (a CMS's empty date) made a weekday's arithmetic raise OverflowError
    src = tmp_path / "placeholder.txt"
    src.write_text(f"---\npublished: {day}\n---\n{BODY}", encoding="utf-8")
    with pytest.raises(ArticleError, match="published"):
        extract_article(src)
    (res,) = list(extract_articles([src]))
    assert res.facts is None and res.error is not None and "\n" not in res.error


def test_control_characters_pasted_into_an_article_never_reach_the_facts(nlp: Any, tmp_path: Path) -> None:
    # a form feed, a NEL, a DEL and a backspace in the title, a name, a quote and its sentence:
    # the rules copied them into the facts, which the loader refused ("holds the control character")
    text = ("Leon\x0c protests against the tax\n\n"
            "Thousands of protesters marched in Leon on Monday against the new\x85 tax, police said.\n\n"
            "\"We will\x7f not pay this tax,\" said Anna\x08 Berg, a teacher who joined the march.\n")
    facts = _extract_ok(tmp_path, text, "controls")
    assert "\x7f" not in repr(facts) and "\\x" not in repr(facts)
    assert {e["type"] for e in facts["events"]} >= {"Protest", "Statement"}


def test_a_text_without_control_characters_gives_the_same_facts_object() -> None:
    from kg.extract.output import without_controls

    facts = {"article": {"id": "a"}, "events": [{"type": "Protest", "participants": ["x", "x"], "evidence": "e"}]}
    assert without_controls(facts) is facts


def test_a_verbatim_field_keeps_its_longest_piece_between_control_characters() -> None:
    from kg.extract.output import without_controls

    facts = {"article": {"id": "a", "title": "Leon\x0c protests"},
             "events": [{"type": "Protest", "date_text": "on\x0b Monday", "participant_count_text": "50,000\x7f men",
                         "evidence": ["\x01", "They\x85 marched on Monday."]},
                        {"type": "Protest", "evidence": "\x0c"}]}
    assert without_controls(facts) == {
        "article": {"id": "a", "title": "Leon protests"},
        "events": [{"type": "Protest", "date_text": "Monday", "participant_count_text": "50,000",
                    "evidence": "marched on Monday."}]}


HELD = "Sall said calm would return. Protesters marched in Sall and met Ruto."
HELD_PARSE = """
Sall NNP nsubj 1 Sall B-GPE
said VBD ROOT 1 say
calm NN nsubj 4
would MD aux 4
return VB ccomp 1
. . punct 1
Protesters NNS nsubj 7 protester
marched VBD ROOT 7 march
in IN prep 7
Sall NNP pobj 8 Sall B-GPE
and CC cc 7
met VBD conj 7 meet
Ruto NNP dobj 11 Ruto B-PERSON
. . punct 7
"""


def test_a_name_declared_as_a_place_is_in_no_actors_role() -> None:
    # spaCy read a president's name as a place in a text with its line breaks gone: the
    # rules made him a protest's place and a statement's speaker, and the loader refused
    # the facts ("events[3].speaker: is a place, not an actor 'macky-sall'")
    import datetime as dt

    from kg.extract.articles import parse_article
    from kg.extract.context import Context, Ev
    from kg.extract.output import to_facts
    from kg.facts import parse_facts
    from tests.handdoc import make_doc, small_gazetteer

    article = parse_article(HELD, article_id="t")
    article.published = dt.date(2021, 3, 8)
    ctx = Context(make_doc(HELD, HELD_PARSE), article, small_gazetteer())
    ctx.add_actor("sall", "Sall", "Place", 0)
    ctx.add_actor("ruto", "Ruto", "Person", 65)
    ctx.add_actor("protesters", "Protesters", "Group", 29)
    said, marched = (0, 28), (29, len(HELD))
    ctx.events = [Ev("Statement", [said], speaker="sall", kind="comment", anchor=0),
                  Ev("Protest", [marched], participants=["protesters", "sall"], place="sall", anchor=29),
                  Ev("Meeting", [marched], participants=["sall", "ruto"], anchor=30),
                  Ev("Visit", [marched], participants=["ruto"], host="sall", place="ruto", anchor=31)]
    facts = to_facts(ctx)
    facts["article"]["text"] = "t.txt"
    parsed = parse_facts(facts, source="t", text=HELD)  # raised FactError before
    assert [(e.type, e.participants, e.place, e.host) for e in parsed.events] == [
        ("Protest", ("protesters",), "sall", None), ("Visit", ("ruto",), None, None)]


def test_a_count_of_hundreds_of_digits_is_no_count(nlp: Any, tmp_path: Path) -> None:
    # '999...9 protesters' (400 digits) is float infinity: count_value raised OverflowError
    from kg.extract.counts import count_value

    assert count_value("9" * 400) is None and count_value("1" + "0" * 5000 + " million") is None
    facts = _extract_ok(tmp_path, f"Some {'9' * 400} protesters marched in Leon on Monday, police said.\n\n{BODY}",
                        "huge-count")
    assert all("participant_count" not in e or e["participant_count"] < 10**9 for e in facts["events"])


def test_a_body_the_gazetteer_knows_stays_one_when_listed_like_a_town(nlp: Any, tmp_path: Path) -> None:
    # 'the rights group Viasna' (in apposition, like a town in a list) was retyped a place while
    # it spoke the statement: the loader refused it ("speaker: is a place, not an actor 'viasna'")
    facts = _extract_ok(tmp_path, "Thousands of people marched in Minsk, the rights group Viasna said.\n", "viasna")
    types = {a["id"]: a["type"] for a in facts["actors"]}
    assert types.get("viasna") == "Organization" and "viasna" not in {p["id"] for p in facts.get("places", [])}
    assert [e["speaker"] for e in facts["events"] if e["type"] == "Statement"] == ["viasna"]


@pytest.mark.parametrize("text,at,where", [("Putin met Lukashenko\ud83d in Sochi.", 20, "line 1, column 21"),
                                           ("Headline\n\nPolice said \udc80 were held.", 22, "line 3, column 13")])
def test_a_str_with_a_lone_surrogate_is_refused_with_its_position(text: str, at: int, where: str) -> None:
    """A lone surrogate in a str (no Unicode character) crashed spaCy deep in the parse; the API
    refuses it first: a ValueError (and an ArticleError) that names the position."""
    from kg.extract.articles import parse_article

    with pytest.raises(ValueError, match=f"character {at} \\({where}\\)") as err:
        parse_article(text, source="<t>")
    assert isinstance(err.value, ArticleError) and "surrogate" in str(err.value)
    assert parse_article("Putin met Lukashenko \U0001f600 in Sochi.").text.endswith("Sochi.")  # a real pair is fine
