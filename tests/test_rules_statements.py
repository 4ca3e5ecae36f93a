"""Statement rules on hand-built parses (no spaCy model needed): quotes, reported speech,
pronoun speakers, kinds."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.handdoc import events, run_rules  # noqa: E402

QUOTE_AFTER = '"We will not give up," Maria Kolesnikova told reporters.'
QUOTE_AFTER_PARSE = """
" `` punct 10
We PRP nsubj 4
will MD aux 4
not RB neg 4
give VB ccomp 10
up RP prt 4
, , punct 10
" '' punct 10
Maria NNP compound 9 Maria B-PERSON
Kolesnikova NNP nsubj 10 Kolesnikova I-PERSON
told VBD ROOT 10 tell
reporters NNS dobj 10 reporter
. . punct 10
"""

PRONOUN = 'Sergei Lavrov met reporters. "The West is to blame," he said.'
PRONOUN_PARSE = """
Sergei NNP compound 1 Sergei B-PERSON
Lavrov NNP nsubj 2 Lavrov I-PERSON
met VBD ROOT 2 meet
reporters NNS dobj 2 reporter
. . punct 2
" `` punct 14
The DT det 7
West NNP nsubj 8 West
is VBZ ccomp 14 be
to TO aux 10
blame VB xcomp 8
, , punct 14
" '' punct 14
he PRP nsubj 14
said VBD ROOT 14 say
. . punct 14
"""

REPORTED = "Tikhanovskaya urged Lukashenko to step down and condemned the violence."
REPORTED_PARSE = """
Tikhanovskaya NNP nsubj 1 Tikhanovskaya B-ORG
urged VBD ROOT 1 urge
Lukashenko NNP dobj 1 Lukashenko B-PERSON
to TO aux 4
step VB xcomp 1
down RP prt 4
and CC cc 4
condemned VBD conj 4 condemn
the DT det 9
violence NN dobj 7
. . punct 1
"""

MINISTRY = "The interior ministry said that 200 people were detained."
MINISTRY_PARSE = """
The DT det 2
interior JJ amod 2
ministry NN nsubj 3
said VBD ROOT 3 say
that IN mark 8
200 CD nummod 6 - B-CARDINAL
people NNS nsubjpass 8
were VBD auxpass 8 be
detained VBN ccomp 3 detain
. . punct 3
"""


def test_quote_before_the_speech_verb() -> None:
    (st,) = events(run_rules(QUOTE_AFTER, QUOTE_AFTER_PARSE), "Statement")
    assert st["speaker"] == "Maria Kolesnikova"
    assert st["quote"] == "We will not give up"  # the comma inside the marks is dropped
    assert st["evidence"] == QUOTE_AFTER


def test_pronoun_speaker_is_the_person_named_before() -> None:
    (st,) = events(run_rules(PRONOUN, PRONOUN_PARSE), "Statement")
    assert (st["speaker"], st["quote"]) == ("Sergei Lavrov", "The West is to blame")
    assert st["kind"] == "criticism"  # "is to blame": the inner speech verb tells


def test_conjoined_speech_verbs_are_two_statements_with_their_kinds() -> None:
    facts = run_rules(REPORTED, REPORTED_PARSE)
    sts = events(facts, "Statement")
    # the model tagged the surname ORG; the gazetteer knows it as a person's alias
    assert [(s["speaker"], s["kind"]) for s in sts] == [
        ("Sviatlana Tsikhanouskaya", "demand"), ("Sviatlana Tsikhanouskaya", "criticism")]
    assert sts[0]["addressee"] == "Alexander Lukashenko"
    assert all("quote" not in s for s in sts)


def test_institution_speaker_takes_the_home_country() -> None:
    text = "Lukashenko spoke in Minsk. " + MINISTRY
    parse = """
Lukashenko NNP nsubj 1 Lukashenko B-PERSON
spoke VBD ROOT 1 speak
in IN prep 1
Minsk NNP pobj 2 Minsk B-GPE
. . punct 1
""" + "\n".join(f"{r.split()[0]} {r.split()[1]} {r.split()[2]} {int(r.split()[3]) + 5} " + " ".join(r.split()[4:])
               for r in MINISTRY_PARSE.strip().splitlines())
    (st,) = events(run_rules(text, parse), "Statement")
    assert st["speaker"] == "Belarusian interior ministry"
    assert st["evidence"] == MINISTRY


WITNESSES = "Witnesses said police fired tear gas in Minsk."
WITNESSES_PARSE = """
Witnesses NNS nsubj 1 witness
said VBD ROOT 1 say
police NNS nsubj 3
fired VBD ccomp 1 fire
tear NN compound 5
gas NN dobj 3
in IN prep 3
Minsk NNP pobj 6 Minsk B-GPE
. . punct 1
"""

RALLY = "A rally in Minsk on Sunday called for new elections."
RALLY_PARSE = """
A DT det 1
rally NN nsubj 6
in IN prep 1
Minsk NNP pobj 2 Minsk B-GPE
on IN prep 1
Sunday NNP pobj 4 Sunday B-DATE
called VBD ROOT 6 call
for IN prep 6
new JJ amod 9
elections NNS pobj 7 election
. . punct 6
"""


def test_collective_speaker_reports_a_claim() -> None:
    facts = run_rules(WITNESSES, WITNESSES_PARSE)
    (st,) = events(facts, "Statement")
    assert (st["speaker"], st["kind"]) == ("Belarusian witnesses", "claim")
    assert "quote" not in st


def test_collective_group_is_an_actor_only_when_it_acts() -> None:
    facts = run_rules(WITNESSES, WITNESSES_PARSE)
    assert "Belarusian witnesses" in {a["name"] for a in facts["actors"]}
    # named beside the statement in no role of it (condemning the witnesses would make them its
    # target, a role): not an actor
    quiet = run_rules(REPORTED.replace("the violence", "the violence near witnesses"), REPORTED_PARSE.replace(
        "violence NN dobj 7", "violence NN dobj 7\nnear IN prep 9\nwitnesses NNS pobj 10 witness"))
    assert not any("witnesses" in a["name"] for a in quiet["actors"])


def test_a_rally_that_calls_for_something_speaks_for_the_protesters() -> None:
    facts = run_rules(RALLY, RALLY_PARSE)
    (st,) = events(facts, "Statement")
    assert (st["speaker"], st["kind"]) == ("Belarusian protesters", "demand")


INVERTED = '"Why are they silent?" asked Maria Kolesnikova on Sunday.'
INVERTED_PARSE = """
" `` punct 2
Why WRB advmod 2
are VBP ROOT 2 be
they PRP nsubj 2
silent JJ acomp 2
? . punct 2
" '' punct 2
asked VBD ROOT 7 ask
Maria NNP compound 9 - B-PERSON
Kolesnikova NNP dobj 7 - I-PERSON
on IN prep 7
Sunday NNP pobj 10 - B-DATE
. . punct 7
"""


def test_an_inverted_speaker_parsed_as_the_object_speaks() -> None:
    """'"...?" asked X', the quotation a sentence of its own: X, read as the object of a
    verb without subject, is the speaker."""
    (st,) = events(run_rules(INVERTED, INVERTED_PARSE), "Statement")
    assert (st["speaker"], st["quote"]) == ("Maria Kolesnikova", "Why are they silent?")


# "said in a statement that ...": the parser hung the "that" clause on "statement"
STRAY = "Lukashenko said in a statement that the talks were nearing an end."
STRAY_PARSE = """
Lukashenko NNP nsubj 1 Lukashenko B-PERSON
said VBD ROOT 1 say
in IN prep 1
a DT det 4
statement NN pobj 2
that IN mark 9
the DT det 7
talks NNS nsubj 9 talk
were VBD aux 9 be
nearing VBG acl 4 near
an DT det 11
end NN dobj 9
. . punct 1
"""


def test_a_that_clause_hung_on_the_statement_noun_is_what_was_said() -> None:
    sts = events(run_rules(STRAY, STRAY_PARSE), "Statement")
    # made known in a written statement, and not a past event: an announcement (kinds_official.py)
    assert [(s["speaker"], s["kind"]) for s in sts] == [("Alexander Lukashenko", "announcement")]
