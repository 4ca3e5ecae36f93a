"""Who speaks: the actor a speech verb's subject stands for.

Beyond :func:`~kg.extract.coref.actor_at`, speakers have constructions of their own: a
person after a title ("History teacher Patipat said"), a quoted subject skipped ('"...,"
wrote X'), a pronoun closing its sentence ("it added"); bodies, sources, "according to X"
and the author of a statement noun are :mod:`.speaker_bodies`'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.actor_gender import name_gender
from kg.extract.collectives import collective_speaker, crowd_speaker, kind_named, members_body, states_group
from kg.extract.context import Context
from kg.extract.coref import actor_at, subject, untagged_person
from kg.extract.local_titles import local_title, titled
from kg.extract.outlets import correspondent, named_reporter, newspaper, outlet_reports
from kg.extract.speaker_anaphors import group_part, org_anaphor
from kg.extract.speaker_offices import office_holder
from kg.extract.speaker_bodies import (according_to, cited_source, close_to, document_author, entourage, named_institution, named_with_noun, owned_body, statement_author,
                                       unnamed_source)
from kg.extract.speaker_positions import after_quote, by_saying, chunk_speaker, inverted_person, misattached_subject, parenthetical_subject, pronoun_before_quote, quoted_as
from kg.extract.speaker_descriptions import (critics_group, description_speaker, earlier_unnamed, misread_speaker, possessed_spokesman, speaker_before, titled_before, titled_later_by_copula,
                                             speaking_place, unannounced_author, unnamed_person, unnamed_title, verbless_subject)
from kg.extract.spans import sentences_back
from kg.extract.speech_cues import protest_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["misread_place", "outlet_reports", "speaker_of", "titled_person"]


def speaker_of(ctx: Context, verb: Token, given: Token | None = None) -> str | None:
    """The actor who speaks through ``verb`` (a speech verb, or "according" of "according to");
    with ``given``, the actor that noun of the verb's subject stands for (a conjunct of it)."""
    cited = cited_source(ctx, verb)
    if cited:
        return cited  # "..., Interfax reported, citing the ministry": the ministry, the agency relays
    if verb.lower_ == "according":
        return according_to(ctx, verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i == verb.head.i + 1 and not any(
            c.dep_ == "agent" for c in verb.children):
        return None  # "attacks blamed on Russian hackers": a passive participle's noun is what is said, not who
    subj = given or subject(ctx, verb) or quoted_as(verb) or by_saying(ctx, verb)
    subj = subj if given else misattached_subject(ctx, verb, subj) or subj
    if subj is not None and newspaper(ctx, subj):
        return None  # "the Lusaka Times reported": the outlet relaying the news (the source), not a speaker
    if subj is not None and ctx.in_quote[subj.i] or subj is None and after_quote(ctx, verb):
        # '"... light inside the wagon," wrote Navalnaya': the quoted words are not the subject;
        # '"...?" asked Ambassador Luo': the inverted speaker, parsed as the object
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj", "attr") and c.i > verb.i
                     and not ctx.in_quote[c.i] and (c.pos_ in ("PROPN", "NOUN") or c.lower_ == "one")), None)
        named = _named_in_apposition(ctx, subj) if subj is not None else inverted_person(ctx, verb)
        if named:
            return named  # '"...," insisted one of the marchers, 62-year-old Ivan Petrov'
    if verbless_subject(ctx, verb):
        return verbless_subject(ctx, verb)
    if subj is not None and correspondent(ctx, verb):
        return None  # "our correspondent X said": the outlet reporting (the source), not a speaker
    if subj is not None and subj.lemma_.lower() in L.PROTEST_NOUNS and subj.pos_ == "NOUN" and not ctx.in_quote[subj.i]:
        # "a rally calling for ...", "protests demanding ..."; not background protests named in a
        # phrase of another event ("amid protests demanding ...", "weeks of rallies demanding ...")
        return None if _background_protest(subj) else ctx.home_group("protesters")
    if L.SPEECH_VERBS.get(verb.lemma_.lower()) == "demand" and _protesters_demand(ctx, verb, subj):
        return ctx.home_group("protesters")
    if _protest_participle(ctx, verb, subj):
        return ctx.home_group("protesters")
    if subj is not None and crowd_speaker(ctx, subj, verb):
        return crowd_speaker(ctx, subj, verb)  # "tens of thousands of Peruvians called for ..."
    if subj is not None and subj.pos_ == "NOUN" and titled(subj) and local_title(ctx, subj):
        return local_title(ctx, subj)  # "Basra's governor said", "the mayor of Valparaiso said": not the place
    k = actor_at(ctx, subj) if subj is not None and not ctx.in_quote[subj.i] else None
    if subj is not None and subj.pos_ == "NOUN" and not ctx.in_quote[subj.i]:
        k = kind_named(ctx, subj) or k  # "the monitoring group OVD-Info said"
        if k is not None and ctx.actors[k].type == "Group":
            # "the main opposition Republican People's Party said", "a spokesman for the main
            # opposition X party said": the party named in apposition to the group's noun
            nouns = [subj, *(p for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                             for p in c.children if p.dep_ == "pobj" and ctx.tok_actor[p.i] == k)]
            apps = [ctx.tok_actor[c.i] for x in nouns for c in x.children if c.dep_ == "appos" and c.i > x.i]
            k = next((a for a in apps if a and ctx.actors[a].type in ("Organization", "Person")), k)
    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not ctx.in_quote[subj.i] and (
            k is None or ctx.actors[k].name.lower() == subj.lower_):
        k = org_anaphor(ctx, subj) or k  # "Human Rights Watch documented ... The group said", "the NGO said"
    if subj is not None and not ctx.in_quote[subj.i]:
        k = (owned_body(ctx, subj) or critics_group(ctx, subj) or members_body(ctx, subj) or states_group(ctx, subj)
             or office_holder(ctx, subj) or k)  # "the French head of state said", "his Russian counterpart said"
    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and (
            k is None or ctx.actors[k].type == "Group"
            or k in (ctx.tok_actor[subj.i], *(ctx.tok_actor[c.i] for c in subj.lefts if c.dep_ == "compound"))):
        k = titled_before(ctx, subj) or k  # "Prime Minister X met them. ... the prime minister said"
    if k is not None and subj is not None and ctx.actors[k].type == "Country" and any(c.dep_ == "poss" for c in subj.children):
        k = titled_later_by_copula(ctx, subj) or k  # "Sri Lanka's acting president declared ... X became acting president"
    if k is not None and subj is not None and subj.pos_ == "NOUN" and ctx.actors[k].type == "Country" and not ctx.in_quote[subj.i]:
        k = unnamed_title(ctx, subj) or k  # "Peru's interior minister said": the minister the text never names, not Peru
    if k is not None and subj is not None and subj.pos_ == "PRON":
        k = (pronoun_before_quote(ctx, subj, verb) or _speaker_of_sentence(ctx, subj, verb) or _trailing_pronoun(ctx, subj, k)
             or speaker_before(ctx, subj) or k)
    if k is None and subj is not None and not ctx.in_quote[subj.i]:
        k = misread_place(ctx, subj) or speaking_place(ctx, subj) or misread_speaker(ctx, subj)
    if k is not None and subj is not None and not ctx.in_quote[subj.i]:
        k = entourage(ctx, subj, k) or named_institution(ctx, subj, k) or k
    if subj is not None and subj.i < verb.i:
        k = chunk_speaker(ctx, verb, subj) or k
    if subj is not None and (k is None or ctx.actors[k].type == "Group") and subj.tag_ == "NN":
        k = titled_person(ctx, subj) or k  # "History teacher Patipat, 29, said"
    if k is not None and subj is not None and ctx.actors[k].type == "Group" and subj.tag_ == "NN":
        k = description_speaker(ctx, subj) or k  # "X joined the march. The activist said": X, no group
    if k is None and verb.i > 0 and not any(c.dep_ == "nsubj" for c in verb.children):
        # a misparsed subject: "..., the Thai Lawyers for Human Rights group said."
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and not ctx.in_quote[prev.i]:
            subj = prev
            k = actor_at(ctx, prev)
        elif prev.text == ",":
            k = parenthetical_subject(ctx, verb)
    if k is None and given is None and subj is not None and subj.pos_ == "NOUN" and not ctx.in_quote[subj.i] and subj.lower_ not in _TITLE_NOUNS:
        # not a title's ("police and the interior minister insisting ...": the minister, an office)
        for c in subj.conjuncts:  # "police and medical sources said": the police
            k = actor_at(ctx, c)
            if k:
                ctx.described.setdefault(subj.lemma_.lower(), k)
                break
    if k is None and not any(c.dep_ == "nsubj" for c in verb.children):
        k = _trailing_subject(ctx, verb) or (inverted_person(ctx, verb) if subj is None else None)
    if k is None and subj is not None and subj.pos_ == "NOUN" and not ctx.in_quote[subj.i]:
        k = earlier_unnamed(ctx, subj, lambda v: speaker_of(ctx, v) if v.i != verb.i else None)
    if k is None and subj is not None and subj.pos_ == "NOUN" and not ctx.in_quote[subj.i]:
        k = (close_to(ctx, subj) or named_with_noun(ctx, subj) or unnamed_source(ctx, subj) or statement_author(ctx, subj) or document_author(ctx, subj)
             or unannounced_author(ctx, subj)
             or _described_person(ctx, subj)
             or description_speaker(ctx, subj) or possessed_spokesman(ctx, subj) or unnamed_person(ctx, subj)
             or unnamed_title(ctx, subj))
    if k is None and subj is not None and subj.pos_ == "ADJ" and not ctx.in_quote[subj.i]:
        k = description_speaker(ctx, subj)  # "The 38-year-old said": the person named just before
    if k is None and subj is not None:
        k = group_part(ctx, subj)  # "Thousands of students joined the march. Many said ..."
    if k is None and subj is not None:
        k = collective_speaker(ctx, subj) or kind_named(ctx, subj)  # "rights groups said", "the party said"
    if subj is not None and not ctx.in_quote[subj.i]:
        k = _titled_in_apposition(ctx, subj) or k
    if (subj is not None and subj.pos_ == "NOUN" and subj.i > verb.i and not ctx.tok_actor[subj.i]
            and not ctx.in_quote[subj.i] and after_quote(ctx, verb)):
        # '"...," said the UN special co-ordinator for Georgia, X': the person named in
        # apposition after the title, wherever the parse hung it
        k = inverted_person(ctx, verb) or k
    if subj is not None and subj.i > verb.i and after_quote(ctx, verb):
        k = _title_then_name(ctx, verb) or k  # '"...," said the UN envoy to Peru, Maria Lopez'
    if k and subj is not None and ctx.actors[k].type == "Group" and k in (
            ctx.tok_actor[subj.i], *(ctx.tok_actor[c.i] for c in subj.lefts if c.dep_ == "compound")):
        _alias_as_printed(ctx, subj, k)
    return None if k and named_reporter(ctx, k) else k


def misread_place(ctx: Context, subj: Token) -> str | None:
    """'Yulia, a 40-year-old protester, said': a name the model took for a place, which no
    gazetteer knows, described by a common noun in apposition, is a person."""
    k = ctx.tok_actor[subj.i]
    if (k is None or ctx.actors[k].type != "Place" or subj.pos_ != "PROPN"
            or ctx.gaz.lookup(ctx.actors[k].name) is not None):
        return None
    if not any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > subj.i for c in subj.children):
        return None
    ctx.actors[k].type = "Person"
    return k


#: Title nouns that, with the person's name in apposition ("The High Commissioner for Peace,
#: Miguel Ceballos, said"), stand for that person, not for a body of their own.
_TITLE_NOUNS = L.ROLE_NOUNS | {"commissioner", "inspector", "director", "head", "coordinator", "adviser", "advisor",
                               "ombudsman", "attorney", "speaker", "superintendent", "administrator", "rector"}


def _titled_in_apposition(ctx: Context, subj: Token) -> str | None:
    """'The High Commissioner for Peace, Miguel Ceballos, said', 'the Inspector General of
    Police, Usman Baba, said': the person named in apposition to a title speaks."""
    if subj.lower_ not in _TITLE_NOUNS or subj.tag_ not in ("NN", "NNP"):
        return None
    # "the opposition leader and longtime rival of the president, X, said": hung on the conjunct's object
    nouns = [subj, *(c for c in subj.conjuncts if c.pos_ == "NOUN" and c.i > subj.i)]
    heads = [*nouns, *(p for n in nouns for prep in n.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")]
    for c in (c for h in heads for c in h.children):  # 'for Peace, Luis Ortiz,': hung on the title's object
        k = ctx.tok_actor[c.i] if c.dep_ == "appos" and c.i > subj.i and not ctx.in_quote[c.i] else None
        if k and ctx.actors[k].type == "Person":
            return k
        if (k and ctx.actors[k].type in ("Place", "Organization") and c.pos_ == "PROPN" and c.head.lower_ in _TITLE_NOUNS
                and ctx.gaz.lookup(ctx.actors[k].name) is None):
            # "Her spokeswoman, Maja Kocijancic,": a name in apposition to a title, which the model took
            # for a place or an organisation that no gazetteer knows, is the person
            ctx.actors[k].type = "Person"
            return k
    return None


def _title_then_name(ctx: Context, verb: Token) -> str | None:
    """'"...," said the UN special co-ordinator for Lebanon, Jan Kubis, after ...': an inverted
    speaker given as a title (its body or country named inside it) and then, after a comma,
    the person's name, which closes with a comma or the sentence, is that person."""
    doc, end = ctx.doc, verb.sent.end
    comma = next((t.i for t in doc[verb.i + 1: min(verb.i + 12, end)] if t.text == ","), None)
    if comma is None or comma + 1 >= end:
        return None
    words = set(ctx.text[doc[verb.i + 1].idx: doc[comma].idx].lower().replace("co-ordinator", "coordinator").split())
    if not words & _TITLE_NOUNS or ctx.in_quote[comma + 1]:
        return None
    k, j = ctx.tok_actor[comma + 1], comma + 1
    if k is None:  # a name the model did not tag: two or three capitalised words
        while j < end and j - comma <= 3 and doc[j].pos_ == "PROPN" and doc[j].is_title and not ctx.tok_actor[j]:
            j += 1
        if j - comma < 3 or j < end and not doc[j].is_punct:
            return None
        k = untagged_person(ctx, doc[j - 1])
    while j < end and k and ctx.tok_actor[j] == k:
        j += 1
    return k if k and ctx.actors[k].type == "Person" and (j >= end or doc[j].is_punct) else None


def _named_in_apposition(ctx: Context, tok: Token) -> str | None:
    """The person named in apposition to a description ("one of the marchers, Ivan Petrov")."""
    for c in tok.children:
        k = ctx.tok_actor[c.i] if c.dep_ in ("appos", "conj") and c.i > tok.i else None
        if k and ctx.actors[k].type == "Person":
            return k
    return None


def _alias_as_printed(ctx: Context, tok: Token, key: str) -> None:
    """A speaking group is also known by its words in the text: "protest organisers",
    "Likud lawmakers", "student leaders" (the group "organisers", "lawmakers", "students")."""
    head = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
             and not ctx.in_quote[c.i]]
    if words:
        phrase = " ".join([*(w.text for w in words), head.text])
        ctx.actors[key].aliases.add(phrase if words[0].pos_ == "PROPN" else phrase.lower())


def _protesters_demand(ctx: Context, verb: Token, subj: Token | None) -> bool:
    """Demands of a protest whose subject names no one: 'thousands of people protest ...
    to demand', 'They demand the release of ...' or 'Some are also demanding ...' right
    after the protesters were named."""
    if subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("they", "some", "many", "others", "most"):
        key = ctx.home_group("protesters")
        start = sentences_back(verb, 2)
        return any(k == key and start <= a < verb.i for a, _b, k in ctx.mentions)
    if subj is not None and actor_at(ctx, subj) is not None:
        return False
    head = verb.head
    return verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB" and head.pos_ == "VERB" and (
        protest_clause(ctx, head) or head.lemma_.lower() == "take" and any(x.lower_ == "streets" for x in head.subtree))


def _protest_participle(ctx: Context, verb: Token, subj: Token | None) -> bool:
    """'Thousands of Ukrainians rallied in Kyiv, denouncing the decision': a participle of a
    speech verb on a verb of protest whose subject names no actor speaks for the protesters."""
    head = verb.head
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.pos_ == "VERB"
            and head.lemma_.lower() in L.PROTEST_VERBS | L.GATHER_VERBS
            and (subj is None or actor_at(ctx, subj) is None))


def titled_person(ctx: Context, noun: Token) -> str | None:
    """The person a singular common noun titles: 'History teacher Patipat', 'activist and
    protest organiser Parit Chiwarak' (a name right after the noun, before any comma)."""
    inside = {t.i for t in noun.subtree}
    j = noun.i + 1
    while j < min(noun.i + 6, len(ctx.doc)) and j in inside and ctx.doc[j].is_lower and ctx.doc[j].is_alpha:
        j += 1
    if j not in inside or ctx.doc[j].pos_ != "PROPN" or ctx.in_quote[j] or any(t.pos_ == "ADP" for t in ctx.doc[noun.i: j]):
        return None  # "the mayor of Valparaiso": the title's place, not a name
    end = j
    while end + 1 in inside and ctx.doc[end + 1].pos_ == "PROPN" and ctx.doc[end + 1].text[:1].isupper():
        end += 1
    k = ctx.tok_actor[end]
    if k and ctx.actors[k].type == "Person":
        return k
    if k and ctx.actors[k].type == "Place" and ctx.gaz.lookup(ctx.actors[k].name) is None:
        ctx.actors[k].type = "Person"  # a name the model took for a place, after a person's title
        return k
    if k:
        return None
    return untagged_person(ctx, ctx.doc[end])


def _described_person(ctx: Context, noun: Token) -> str | None:
    """'said the flamboyant singer': a definite description standing for the latest person
    the text introduced with that noun ("a singer known as X", "the poet X")."""
    role = noun.lemma_.lower()
    if noun.tag_ != "NN" or role in L.ROLE_NOUNS or not any(c.lower_ == "the" for c in noun.children):
        return None
    for a, _b, key in reversed(ctx.mentions):
        if a >= noun.i or ctx.in_quote[a] or ctx.actors[key].type != "Person":
            continue
        sent = ctx.doc[a].sent
        if any(t.lemma_.lower() == role and t.pos_ == "NOUN" for t in ctx.doc[max(a - 4, sent.start): a]):
            return key
    return None


def _trailing_pronoun(ctx: Context, pron: Token, found: str) -> str | None:
    """'Moscow would not interfere, it added.': the pronoun of an attribution closing its
    sentence stands for an actor named before that sentence, not for the subject of the
    clause it attributes; the latest such actor of the pronoun's kind (a subject first)."""
    sent = pron.sent
    prev = pron.i - 1
    while prev > sent.start and ctx.doc[prev].is_space:
        prev -= 1
    if prev <= sent.start or ctx.doc[prev].text != "," or not any(
            a < pron.i and ctx.doc[a].sent.start == sent.start and key == found for a, _b, key in ctx.mentions):
        return None
    low = pron.lower_
    types = ("Person",) if low in L.PERSON_PRONOUNS else ("Organization", "Country") if low in L.ORG_PRONOUNS else (
        "Group",) if low in L.GROUP_PRONOUNS else ()
    fallback = None
    for a, b, key in reversed(ctx.mentions):
        if a >= sent.start or ctx.in_quote[a] or ctx.actors[key].type not in types:
            continue
        if ctx.doc[a: b].root.dep_ in ("nsubj", "nsubjpass"):
            return key
        fallback = fallback or key
    return fallback


def _speaker_of_sentence(ctx: Context, pron: Token, verb: Token) -> str | None:
    """'The student representative, X, said the crisis will go on: "...", he said.': "he" or
    "she" of an attribution after a quotation is the person whose speech verb opened the
    same sentence, not the last man named in what that person said."""
    if pron.lower_ not in ("he", "she") or not (after_quote(ctx, verb) or after_quote(ctx, pron)):
        return None
    sex = "m" if pron.lower_ == "he" else "f"
    for t in ctx.doc[verb.sent.start: min(pron.i, verb.i)]:
        if t.pos_ == "VERB" and t.lemma_.lower() in L.REPORTING_VERBS and not ctx.in_quote[t.i]:
            first = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and not ctx.in_quote[c.i]), None)
            k = actor_at(ctx, first) if first is not None and first.pos_ != "PRON" else None
            if k and ctx.actors[k].type == "Person" and name_gender(ctx.actors[k].name) in (None, sex):
                return k
            return None
    return None


def _trailing_subject(ctx: Context, verb: Token) -> str | None:
    """'..., police officers at the scene said': the noun phrase between the last comma and
    a reporting verb the parser gave no subject to (it hung the phrase elsewhere)."""
    if verb.lemma_.lower() not in L.REPORTING_VERBS:
        return None
    doc = ctx.doc
    j = verb.i - 1
    while j > verb.sent.start and doc[j].text != "," and verb.i - j <= 8:
        if doc[j].pos_ in ("VERB", "AUX") or ctx.in_quote[j]:
            return None
        j -= 1
    if doc[j].text != "," or j >= verb.i - 1:
        return None
    span = range(j + 1, verb.i)
    for t in doc[j + 1: verb.i]:
        if t.head.i not in span and t.pos_ in ("NOUN", "PROPN"):
            k = actor_at(ctx, t) or (unnamed_source(ctx, t) if t.pos_ == "NOUN" else None)
            if k:
                return k
    return None


def _background_protest(noun: Token) -> bool:
    """Whether a protest noun is named in passing: the object of a preposition of another
    event ("amid protests", "weeks of rallies", "in response to protests"; not "in a rally
    calling for", the protest itself) or the subject of a passive ("protests demanding X
    were held / are expected")."""
    if noun.dep_ == "nsubjpass":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "amid", "to", "at", "after", "following", "against", "over")
