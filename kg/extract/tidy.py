"""Tidying the article's actors: fragments of names, and which actors are declared.

The model often cuts one name into pieces ("Interior" / "Antoine Felix" / "Diome") or
spells a surname two ways in one article ("Sargsyan", "Sarksyan"): :func:`merge_fragments`
gives such a piece to the full-named person it belongs to, when exactly one fits.
:func:`declared_alone` says whether an actor with no role in any event is still an actor
of the article: not when it is named only in a headline, only as the medium or outlet
that relays the news ("said on Twitter", "(Reuters)", "Reuters reported"), only in a
currency ("US$"), or (a group) when it never acts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, norm_media
from kg.identity.names import fold, match_names

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["acts", "declared_alone", "introduces", "merge_fragments", "org_for_description", "repoint",
           "resolve_short_names"]

# verbs whose object or "on" phrase is where news is relayed, not who acts
_RELAY_VERBS = frozenset({"report", "say", "tell", "write", "post", "tweet", "quote", "cite", "publish", "follow",
                          "announce", "add", "state", "broadcast", "air", "share", "debut", "make"})
_MEMBERS = frozenset({"officer", "member", "leader", "figure", "activist", "supporter", "spokesman", "spokeswoman",
                      "spokesperson", "representative", "unit", "force", "chief", "commander"})
#: Who works for an outlet: "AFP journalists saw", "a Reuters correspondent said".
_NEWS_PEOPLE = frozenset({"journalist", "reporter", "correspondent", "photographer", "crew", "team", "cameraman",
                          "report", "footage", "photo", "picture", "video", "tally", "count"})
_CURRENCY = frozenset({"$", "dollar", "dollars", "cents", "cent"})


def _tokens(name: str) -> list[str]:
    return [w for w in fold(name).split() if w]


def merge_fragments(ctx: Context) -> None:
    """Give a piece of a person's name (a given name and not the surname, a surname
    spelled another way, the name with a word of the sentence stuck to it) to the one
    full-named person of the article it belongs to."""
    people = [r for r in ctx.actors.values() if r.type == "Person" and len(_tokens(r.name)) >= 2]
    for rec in list(ctx.actors.values()):
        if rec.type not in ("Person", "Organization") or rec.wikidata or rec.role:
            continue
        if ctx.gaz.entries.get(rec.key) is not None:
            continue
        words = _tokens(rec.name)
        if not words or len(words) > 3:
            continue
        fits = [p for p in people if p.key != rec.key and p.key in ctx.actors and _fragment_of(words, rec.name, p.name)]
        if len(fits) == 1 and len(words) == 1 and words[0] == _tokens(fits[0].name)[0] != _tokens(fits[0].name)[-1] \
                and _introduced(ctx, rec.key):
            continue  # a given name introduced as someone new
        if len(fits) == 1:
            repoint(ctx, rec.key, fits[0].key)


def _introduced(ctx: Context, key: str) -> bool:
    """Whether a mention of ``key`` introduces someone new (see :func:`introduces`)."""
    return any(k == key and introduces(ctx.doc[a:b]) for a, b, k in ctx.mentions)


def introduces(span: Span) -> bool:
    """Whether the name ``span`` introduces someone new: 'Yulia, a 40-year-old protester,
    said' is not the Yulia named in full elsewhere."""
    return any(c.dep_ == "appos" and c.i >= span.end and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
               for c in span.root.children)


def resolve_short_names(ctx: Context) -> None:
    """An organisation's short name ("CHRF" after "the Civil Human Rights Front (CHRF)",
    or the initials alone; "the Front") is the organisation named in full, when exactly
    one fits."""
    orgs = [r for r in ctx.actors.values() if r.type == "Organization" and len(r.name.split()) >= 2]
    for rec in list(ctx.actors.values()):
        if rec.type != "Organization" or len(rec.name.split()) != 1 or ctx.gaz.entries.get(rec.key) is not None:
            continue
        short = rec.name
        if short.isupper() and short.isalpha() and 2 <= len(short) <= 8:
            fits = [o for o in orgs if o.key != rec.key and (short in _initials(o.name) or _in_brackets_after(ctx, rec.key, o.key))]
        elif short[:1].isupper() and short[1:].islower():
            fits = [o for o in orgs if o.key != rec.key and o.name.split()[-1] == short]
        else:
            continue
        if len(fits) == 1:
            repoint(ctx, rec.key, fits[0].key)


def org_for_description(ctx: Context, tok: Token) -> str | None:
    """'the Front', 'the party', 'the movement': the one organisation named before whose
    name ends with that word."""
    if not any(c.lower_ == "the" for c in tok.children) or tok.tag_ in ("NNS", "NNPS"):
        return None
    word = tok.text.lower()
    fits = {k for a, _b, k in ctx.mentions if a < tok.i and ctx.actors[k].type == "Organization"
            and len(ctx.actors[k].name.split()) >= 2 and ctx.actors[k].name.split()[-1].lower() == word}
    return fits.pop() if len(fits) == 1 else None


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "des", "du", "&"})


def _initials(name: str) -> set[str]:
    """The initials of ``name`` and of each run of its words that ends it
    ("Hong Kong Civil Human Rights Front" -> HKCHRF, KCHRF, CHRF, HRF, RF, F)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _SMALL_WORDS and w[:1].isalpha()]
    letters = "".join(w[0].upper() for w in words)
    return {letters[i:] for i in range(len(letters) - 1)}


def _in_brackets_after(ctx: Context, key: str, other: str) -> bool:
    """Whether a mention of ``key`` is in brackets right after one of ``other``: 'Front (CHRF)'."""
    ends = {b for _a, b, k in ctx.mentions if k == other}
    return any(a >= 2 and ctx.doc[a - 1].text == "(" and a - 1 in ends for a, _b, k in ctx.mentions if k == key)


def _fragment_of(words: list[str], name: str, full: str) -> bool:
    """Whether ``words`` (of ``name``) are a run of the words of ``full``, or its surname
    in another spelling."""
    fw = _tokens(full)
    n = len(words)
    if n < len(fw) and any(fw[i: i + n] == words for i in range(len(fw) - n + 1)):
        return True
    if n == 1 and len(words[0]) >= 5:
        m = match_names(name, full)
        return bool(m and m.weak)
    return False


def repoint(ctx: Context, old: str, new: str) -> None:
    """Every mention of actor ``old`` now names ``new``; ``old`` is dropped."""
    gone = ctx.actors.pop(old)
    rec = ctx.actors[new]
    rec.aliases.add(gone.name)
    rec.aliases.update(a for a in gone.aliases if a != rec.name)
    rec.first = min(rec.first, gone.first)
    rec.in_body = rec.in_body or gone.in_body
    ctx.tok_actor = [new if k == old else k for k in ctx.tok_actor]
    ctx.mentions = sorted((a, b, new if k == old else k) for a, b, k in ctx.mentions)
    ctx.surnames = {s: (new if k == old else k) for s, k in ctx.surnames.items()}


def declared_alone(ctx: Context, key: str) -> bool:
    """Whether actor ``key``, in no event's role, is still declared as an actor."""
    rec = ctx.actors[key]
    spans = [ctx.doc[a:b] for a, b, k in ctx.mentions if k == key]
    spans = [s for s in spans if not all(ctx.in_quote[t.i] for t in s)]
    if not spans:
        return True  # declared by other means (a gazetteer country of a place)
    if all(ctx.in_headline(s.start_char) or _alone(s) for s in spans):
        return False  # a headline, a masthead ("The New York Sun"), a credit line
    if all(_relayed(ctx, s) or _currency(s) for s in spans):
        return False
    if rec.type == "Person" and all(_post_credit(ctx, s) or _modifier_only(s) or _newsman(s) for s in spans):
        return False  # "— Ann Lee (@annlee) May 2, 2023", "the Kaplan event"
    if rec.type == "Group" and not any(_acts(s) for s in spans):
        return False
    if rec.type == "Country" and all(_adjectival(s) for s in spans):
        return False  # "U.S. allegations", "the US leader": a country named as an adjective
    if rec.type == "Country" and all(_adjectival(s) or _in_title(ctx, s) for s in spans):
        return False  # "US President Joe Biden", "met in France": a title or a place, not who acts
    if rec.type == "Organization" and all(_spatial(s) for s in spans):
        return False  # "marched towards the Kremlin", "was entering the High Court": a building
    return True


def _newsman(span: Span) -> bool:
    """A reporter of the news, not an actor in it: "the agency's correspondent Ann Lee said",
    "Ann Lee reports from Kyiv" (a byline); not "Ann Lee, a reporter, was hurt" (news of her)."""
    root = span.root
    titles = [c for c in root.children if c.dep_ in ("compound", "nmod") and c.i < span.start]
    if root.dep_ == "appos" and root.head.i < span.start:
        titles.append(root.head)  # "the channel's correspondent Ann Lee"
    if any(t.lemma_.lower() in _NEWS_PEOPLE - {"report", "footage", "photo", "picture", "video", "tally", "count"}
           for t in titles):
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() == "report" and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in root.head.children)


def _post_credit(ctx: Context, span: Span) -> bool:
    """The author's line of an embedded post: '— Ann Lee (@annlee) May 2, 2023'."""
    rest = ctx.text[span.end_char: ctx.text.find("\n", span.end_char) % (len(ctx.text) + 1)]
    return re.match(r"[^\n()]{0,40}\(@\w+\)", rest) is not None


#: Common nouns a person's name modifies as a person: "Navalny supporters", "the Putin aide".
_PERSON_HEADS = frozenset({"administration", "government", "camp", "ally", "aide", "loyalist", "critic", "regime",
                           "team", "cabinet", "campaign", "party", "era", "presidency"})


def _modifier_only(span: Span) -> bool:
    """A name of one or two words used as a modifier of a common noun that is not a group, a
    role or a body of that person: 'the Kaplan event', 'Shabbat observers', 'the Lullin family'."""
    root = span.root
    head = root.head
    lemma = head.lemma_.lower()
    return (len(span) <= 2 and root.dep_ == "compound" and head.i > root.i and head.pos_ == "NOUN" and head.is_lower
            and lemma not in L.GROUP_NOUNS and lemma not in L.ROLE_NOUNS and lemma not in _MEMBERS
            and lemma not in L.SOURCE_NOUNS and lemma not in _PERSON_HEADS and lemma not in L.MEETING_NOUNS
            and lemma not in L.VISIT_VERBS and lemma not in L.PROTEST_NOUNS)  # "the Biden visit": who took part


def _adjectival(span: Span) -> bool:
    """A country's name used as a modifier of a common noun: 'U.S. allegations', 'US
    personnel' (not 'Russia's ...', nor an official's title: 'the U.S. ambassador')."""
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "amod") and head.i > root.i and head.pos_ == "NOUN" and head.ent_type_ == "" \
        and head.lemma_.lower() not in L.ROLE_NOUNS  # "the U.S. ambassador" speaks for the country


def _in_title(ctx: Context, span: Span) -> bool:
    """A country named in a title after the office: 'President of Russia Vladimir Putin'
    (not 'the U.S. ambassador', an official who speaks for the country)."""
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.i > root.i:
        k = ctx.tok_actor[head.i]
        return bool(k and k in ctx.actors and ctx.actors[k].type == "Person")
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in L.ROLE_NOUNS


_SPATIAL_PREPS = frozenset({"towards", "toward", "near", "outside", "inside", "around", "past"})
_ENTER_VERBS = frozenset({"enter", "storm", "surround", "besiege", "reach", "leave", "occupy", "ransack"})


def _spatial(span: Span) -> bool:
    """A body's name used for its building: 'towards the Kremlin', 'was at the High
    Court', 'entering the High Court', 'the Kremlin critic'."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in _SPATIAL_PREPS or (head.lower_ == "at" and head.head.pos_ in ("VERB", "AUX"))
    if root.dep_ == "dobj":
        return head.lemma_.lower() in _ENTER_VERBS
    return root.dep_ == "compound" and head.lemma_.lower() in ("critic", "wall", "gate", "walls", "gates")


def _alone(span: Span) -> bool:
    """Whether the name is all its line says ('The New York Sun', 'Reuters Graphics')."""
    words = [t for t in span.sent if not (t.is_space or t.is_punct or t.lower_ == "the")]
    return bool(words) and all(span.start <= t.i < span.end for t in words)


def _currency(span: Span) -> bool:
    """'US$ 3.9 billion', 'US dollars': a country in a currency is no mention of it."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and (nxt.text in _CURRENCY or nxt.lower_ in _CURRENCY)


def _relayed(ctx: Context, span: Span) -> bool:
    """The medium or outlet that carries the news: 'said on Twitter', '(Reuters)',
    'Reuters reported', 'told AFP', 'according to AP'."""
    root = span.root
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and after is not None and before.text == "(" and after.text == ")":
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "NOUN") and (
            head.head.lemma_.lower() in _RELAY_VERBS or head.head.lemma_.lower() in L.SPEECH_VERBS):
        return True
    if root.dep_ == "compound" and head.dep_ == "pobj" and head.head.lower_ == "on" and (
            head.head.head.lemma_.lower() in _RELAY_VERBS or head.head.head.lemma_.lower() in L.SPEECH_VERBS):
        return True  # "wrote on her Instagram account"
    if norm_media(span.text) not in L.MEDIA:
        return False
    if len([t for t in span.sent if t.is_alpha]) <= len(span) + 1:
        return True  # a credit line: "(with AFP)", "AFP"
    if root.dep_ in ("compound", "nmod", "poss", "amod") and head.lemma_.lower() in _NEWS_PEOPLE:
        return True  # "AFP journalists said", "an AFP correspondent", "Reuters reporters estimated"
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _RELAY_VERBS:
        return True  # "as reported by RIA Novosti", "published by Ria Novosti"
    if any(t.text in ("©", "(c)") for t in span.sent):
        return True  # a photo credit: "© Pavel Korolyov, AFP"
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() in _RELAY_VERBS:
        return True  # "told AFP"
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    # "Reuters reported", "AP could not independently verify the count": the outlet at work
    return root.dep_ == "nsubj" and head.lemma_.lower() in ("report", "say", "quote", "cite", "verify", "confirm")


def _acts(span: Span) -> bool:
    """Whether a group's mention names the group, not a thing of it: 'police vehicles',
    'an opposition party', 'opposition-controlled', 'in union with' are no mentions."""
    tok: Token = span.root
    doc = span.doc
    if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        # "opposition sources", "police officers": people who speak or act for the group
        return tok.head.lemma_.lower() in _MEMBERS or tok.head.lemma_.lower() in L.SOURCE_NOUNS
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.tag_ in ("NN", "NNP"))


def acts(span: Span) -> bool:
    """Whether a body named by a common noun acts in this mention: the subject ('the
    government said'), the owner of an act ("the government's decision"), the body its
    sources speak for ('a government source'), a side of talks ('between the government
    and the opposition')."""
    tok: Token = span.root
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return True
        if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in L.SOURCE_NOUNS:
            return True
        if tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "between"):
            return True
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
