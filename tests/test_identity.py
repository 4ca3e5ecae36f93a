"""kg.identity: one fold / slug / key, transliteration-aware name matching, event identity."""

from __future__ import annotations

import datetime as dt
import doctest
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import kg.identity.events
import kg.identity.names
from kg.identity import fold, match_names, name_key, slug, translit_key
from kg.identity.index import ACTOR, PLACE, IdentityIndex
from kg.identity.names import match_titles
from kg.identity.events import EventSig, event_key, same_event

PAIRS = yaml.safe_load((Path(__file__).parent / "data" / "name_pairs.yaml").read_text(encoding="utf-8"))


def test_pairs_file_is_big_enough() -> None:
    assert len(PAIRS["same"]) >= 40 and len(PAIRS["different"]) >= 40


@pytest.mark.parametrize("a,b", PAIRS["same"], ids=[f"{a}={b}" for a, b in PAIRS["same"]])
def test_spellings_of_one_name_merge(a: str, b: str) -> None:
    assert match_names(a, b) is not None
    assert match_names(b, a) is not None


@pytest.mark.parametrize("a,b", PAIRS["different"], ids=[f"{a}!={b}" for a, b in PAIRS["different"]])
def test_near_misses_stay_apart(a: str, b: str) -> None:
    assert match_names(a, b) is None
    assert match_names(b, a) is None


def test_pair_results_in_total() -> None:
    merged = sum(match_names(a, b) is not None for a, b in PAIRS["same"])
    false = sum(match_names(a, b) is not None for a, b in PAIRS["different"])
    assert (merged, false) == (len(PAIRS["same"]), 0)


@pytest.mark.parametrize("a,b", PAIRS["same_titles"], ids=[f"{a}={b}" for a, b in PAIRS["same_titles"]])
def test_organisation_and_place_spellings_merge(a: str, b: str) -> None:
    assert match_titles(a, b) is not None and match_titles(b, a) is not None


@pytest.mark.parametrize("a,b", PAIRS["different_titles"], ids=[f"{a}!={b}" for a, b in PAIRS["different_titles"]])
def test_organisation_and_place_near_misses_stay_apart(a: str, b: str) -> None:
    assert match_titles(a, b) is None and match_titles(b, a) is None


def test_an_organisation_named_after_a_person_resolves_across_spellings() -> None:
    index = IdentityIndex()
    index.add_entity(ACTOR, "svetlana-tikhanovskaya", "Svetlana Tikhanovskaya", "Person")
    index.add_entity(ACTOR, "tikhanovskaya-s-headquarters", "Tikhanovskaya's headquarters", "Organization")
    index.add_entity(ACTOR, "colombia", "Colombia", "Country")
    index.add_entity(ACTOR, "colombia-s-ministry-of-defence", "Colombia's Ministry of Defence", "Organization")
    index.add_entity(PLACE, "kharkiv", "Kharkiv", "Place")
    m = index.resolve_entity(ACTOR, "tsikhanouskaya-s-headquarters", ["Tsikhanouskaya's headquarters"], "Organization")
    assert m is not None and m.key == "tikhanovskaya-s-headquarters"
    assert "similarity" in m.reason
    assert index.resolve_entity(ACTOR, "tikhanovsky-s-headquarters", ["Tikhanovsky's headquarters"], "Organization") is None
    # the same words around a place's name spelt alike are not a person's name spelt two ways
    assert index.resolve_entity(ACTOR, "columbia-s-ministry-of-defence", ["Columbia's Ministry of Defence"],
                                "Organization") is None
    m = index.resolve_entity(PLACE, "charkiw", ["Charkiw"], "Place")
    assert m is not None and m.key == "kharkiv" and m.reason.startswith("same transliteration key")
    # persons are matched by the person rules only, groups never
    assert index.resolve_entity(ACTOR, "tsikhanouskaya-s-team", ["Tsikhanouskaya's team"], "Group") is None


def test_a_name_with_a_second_surname_finds_the_stored_person_both_ways() -> None:
    index = IdentityIndex()
    index.add_entity(ACTOR, "daniel-ortega-saavedra", "Daniel Ortega Saavedra", "Person")
    index.add_entity(ACTOR, "gustavo-petro", "Gustavo Petro", "Person")
    m = index.resolve_entity(ACTOR, "daniel-ortega", ["Daniel Ortega"], "Person")
    assert m is not None and m.key == "daniel-ortega-saavedra" and "second surname" in m.reason
    m = index.resolve_entity(ACTOR, "gustavo-petro-urrego", ["Gustavo Petro Urrego"], "Person")
    assert m is not None and m.key == "gustavo-petro"
    # a generation after the name is another person
    assert index.resolve_entity(ACTOR, "gustavo-petro-jr", ["Gustavo Petro Jr."], "Person") is None
    # a weak match is taken only when it is the one candidate
    index.add_entity(ACTOR, "daniel-ortega-reyes", "Daniel Ortega Reyes", "Person")
    assert index.resolve_entity(ACTOR, "daniel-ortega", ["Daniel Ortega"], "Person") is None


@pytest.mark.parametrize("module", [kg.identity.names, kg.identity.events])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0


def test_one_slug_for_the_loader_and_the_extractor() -> None:
    from kg.extract.articles import slug as extractor_slug
    from kg.iris import slugify

    for name in ["Łukaszenka", "Ціханоўская", "Nausėda", "Erdoğan", "Øster"]:
        assert slugify(name) == extractor_slug(name) == slug(name) != ""
    assert slug("Łukaszenka") == "lukaszenka"


def test_gazetteer_and_evaluator_look_names_up_alike() -> None:
    from kg.extract.gazetteer import norm_name

    assert norm_name("the Kremlin's") == name_key("the Kremlin's") == "kremlin"


def test_surname_only_is_weak() -> None:
    m = match_names("Tsikhanouskaya", "Svetlana Tikhanovskaya")
    assert m is not None and m.weak


@given(st.text(max_size=40))
def test_fold_and_slug_are_ascii_and_stable(text: str) -> None:
    f, s = fold(text), slug(text)
    assert f.isascii() and s.isascii()
    assert fold(f) == f and slug(s) == s
    assert s == f.replace(" ", "-")
    assert translit_key(text) == translit_key(text)


@given(st.text(alphabet=st.characters(categories=("L", "Zs", "Pd")), max_size=30))
def test_a_name_matches_itself(name: str) -> None:
    if translit_key(name):
        assert match_names(name, name) is not None


def test_event_identity() -> None:
    d = dt.date(2020, 9, 14)
    sochi = EventSig("Meeting", d, "sochi", "russia", frozenset({"alexander-lukashenko", "vladimir-putin"}))
    undated = EventSig("Meeting", None, "russia", None, frozenset({"alexander-lukashenko", "vladimir-putin"}),
                       published=dt.date(2020, 9, 15))
    late = EventSig("Meeting", None, "russia", None, undated.participants, published=dt.date(2020, 10, 15))
    other_day = EventSig("Meeting", dt.date(2020, 9, 20), "sochi", "russia", sochi.participants)
    assert event_key(sochi) == "meeting.2020-09-14.alexander-lukashenko.vladimir-putin"
    assert event_key(undated) is None
    assert same_event(sochi, undated) and same_event(undated, sochi)
    assert same_event(sochi, other_day) is None
    assert same_event(sochi, late) is None  # an undated report a month later is about another meeting
    assert same_event(undated, EventSig("Meeting", None, None, None, undated.participants)) is None
    assert same_event(sochi, EventSig("Visit", d, "sochi", "russia", sochi.participants)) is None
