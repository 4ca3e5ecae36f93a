"""Within-article resolution: which actor a token stands for.

A named mention, a surname, a pronoun ("he", "it"), a role noun ("the president"), a
relative pronoun, an apposition or "thousands of protesters" resolve to the actor
already found; "the two leaders" to the pair just named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.actor_gender import name_gender
from kg.extract.context import Context
from kg.extract.coref_mentions import PLATFORMS, gender_at, surname_subjects
from kg.extract.role_titles import person_of, titled_before, titled_later
from kg.extract.speaker_offices import of_nation
from kg.extract.tidy import org_for_description
from kg.extract.untagged import TITLES as _TITLES
from kg.extract.untagged import untagged_person
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["actor_at", "actors_of", "coref", "described_before", "misread_conjuncts", "subject", "untagged_person"]

def actor_at(ctx: Context, tok: Token, *, depth: int = 0) -> str | None:
    if depth > 3:
        return None
    k = ctx.tok_actor[tok.i]
    if k and ctx.actors[k].type == "Group" and tok.lemma_.lower() in L.SOURCE_NOUNS:
        # "officials from the party", "sources at the ministry": the body they speak for
        body = _body_of(ctx, tok, depth)
        if body:
            return body
        if ctx.actors[k].weak and any(c.lower_ == "the" for c in tok.children):
            return ctx.described.get(tok.lemma_.lower(), k)  # "the officials" named before
    if k:
        return k if ctx.actors[k].type != "Place" else None
    low = tok.lower_
    if tok.pos_ == "PROPN" and tok.text in ctx.surnames and tok.dep_ != "compound":
        key = ctx.surnames[tok.text]  # a surname the model did not tag ("..., Lapid said")
        if key in ctx.actors:
            return key
    if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.text[:1].isupper():
        found = untagged_person(ctx, tok)
        if found or not any(c.dep_ == "appos" for c in tok.children):
            return found  # "Lebanon's Prime Minister Saad Hariri met": the title's apposition, below
    if low in L.PERSON_PRONOUNS and tok.pos_ == "PRON":
        return coref(ctx, tok, ("Person",))
    if low in _OBJECT_PRONOUNS and tok.pos_ == "PRON" and tok.dep_ != "poss":
        # "Kim thanked him": the person named before, never the own clause's subject ("him" is not "himself")
        return coref(ctx, tok, ("Person",), not_key=_own_subject(ctx, tok, depth))
    if low in L.ORG_PRONOUNS and tok.pos_ == "PRON":
        return coref(ctx, tok, ("Organization", "Country"), subjects_only=True)
    if low in L.GROUP_PRONOUNS and tok.pos_ == "PRON":
        return coref(ctx, tok, ("Group",), subjects_only=True)
    if low in ("who", "which", "that"):
        rel = tok.head
        while rel.dep_ == "conj" and rel.head.i != rel.i:
            rel = rel.head  # "X, who formed ... and who blamed ...": the second clause is X's too
        if rel.dep_ == "relcl":
            return actor_at(ctx, rel.head, depth=depth + 1)
    for c in tok.children:
        if c.dep_ == "appos":
            k = actor_at(ctx, c, depth=depth + 1)
            if k:
                if tok.pos_ == "NOUN":
                    ctx.described[tok.lemma_.lower()] = k  # "the anti-corruption body, the NAB"
                return k
    if tok.like_num or tok.lemma_.lower() in L.QUANTITY_NOUNS:
        for c in tok.children:  # "thousands of opposition supporters"
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return actor_at(ctx, p, depth=depth + 1)
    member = _members_of(ctx, tok)
    if member:
        return member
    mods = [x for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")
            for x in c.subtree if ctx.tok_actor[x.i] and x.i < tok.i]
    # "The Copa-Cogeca farmers' organisation": the named organisation, not the group
    # "Ukraine's top opposition figures": the group, not the country
    rank = {"Person": 0, "Organization": 0, "Group": 1, "Country": 2}
    for c in sorted(mods, key=lambda c: (rank.get(ctx.actors[ctx.tok_actor[c.i]].type, 3), -c.i)):  # type: ignore[index]
        k = ctx.tok_actor[c.i]
        if (k and ctx.actors[k].type == "Country" and tok.tag_ == "NNS" and tok.lemma_.lower() == "leader"
                and k == ctx.home_country):
            return _home_government(ctx, tok) or k  # "Ukraine's leaders announced": its government
        if k and ctx.actors[k].type == "Country" and tok.lemma_.lower() in L.ROLE_NOUNS and tok.pos_ == "NOUN":
            # "the U.S. president", "Russia's leader": the latest person of that country
            return person_of(ctx, tok, k) or titled_later(ctx, tok, k) or titled_before(ctx, tok, k) or k
        if k and ctx.actors[k].type != "Place":
            return k
    titled = tok.pos_ == "PROPN" and tok.text in _TITLES
    if tok.pos_ == "NOUN" or titled:
        # "A reporter for Komsomolskaya Pravda tabloid, Dmitry Smirnov, wrote": the person
        # in apposition somewhere inside the subject phrase; "according to Governor of the
        # Federal District Ibaneis Rocha": the person the parser hangs on the title's "of"
        for x in tok.subtree:
            if x.dep_ == "relcl" or ctx.in_quote[x.i]:
                break
            k = ctx.tok_actor[x.i]
            if k and (x.dep_ == "appos" or titled and x.dep_ == "pobj" and x.head.head.i == tok.i) \
                    and ctx.actors[k].type == "Person":
                return k
    if tok.lemma_.lower() in L.SPEECH_NOUNS and tok.pos_ == "NOUN":
        for c in tok.children:  # "according to a statement from the Kremlin"
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                for p in c.children:
                    k = ctx.tok_actor[p.i] if p.dep_ == "pobj" else None
                    if k and ctx.actors[k].type != "Place":
                        return k
    if tok.lemma_.lower() in L.ROLE_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
        # "the Venezuelan leader": the latest person of that country
        for c in tok.children:
            # "the Venezuelan leader", "the North Korean leader" (a demonym of two words)
            country = (ctx.gaz.by_demonym.get(" ".join(x.lower_ for x in c.subtree)) or ctx.gaz.by_demonym.get(c.lower_)
                       if c.dep_ in ("amod", "compound") else None)
            found = (person_of(ctx, tok, country) or of_nation(ctx, tok, country) or titled_later(ctx, tok, country)
                     if country else None)
            if found:
                return found
    if tok.lemma_.lower() in L.ROLE_NOUNS and tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from"):
                for p in c.children:
                    k = ctx.tok_actor[p.i] if p.dep_ == "pobj" else None
                    if k and ctx.actors[k].type != "Place":
                        return k
        if any(c.lower_ == "the" for c in tok.children):
            found = coref(ctx, tok, ("Person",), role=tok.lemma_.lower()) or titled_later(ctx, tok, None)
            if found:
                return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in L.SOURCE_NOUNS:
        body = _body_of(ctx, tok, depth)
        if body:
            return body
    if tok.pos_ in ("NOUN", "PROPN"):
        named = org_for_description(ctx, tok)  # "the Front", "the party": the one named before
        if named:
            return named
    if tok.pos_ == "NOUN" and any(c.lower_ in ("the", "this", "these") for c in tok.children):
        return ctx.described.get(tok.lemma_.lower())  # "the sources said": those named before
    return None


def described_before(ctx: Context, tok: Token) -> str | None:
    """The latest actor the text named together with the noun of ``tok``, in apposition or
    as its head: 'Viasna, a rights group, ...', 'the OVD-Info monitoring group', 'the
    monitoring group OVD-Info' -- for 'the group said' later."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children):
        return None  # "the MBKh news website reported": a body named by its own name, not the one before
    for a, b, key in reversed(ctx.mentions):
        if a >= tok.i or ctx.in_quote[a] or ctx.actors[key].type != "Organization":
            continue
        root = ctx.doc[a:b].root
        near = [c for c in root.children if c.dep_ in ("appos", "compound")]
        if root.dep_ in ("compound", "appos"):
            near.append(root.head)
        if any(n.pos_ == "NOUN" and n.lemma_.lower() == lemma and not ctx.tok_actor[n.i] for n in near):
            return key
    return None


_MEMBER_NOUNS = frozenset({"leader", "figure", "member", "head"})


def _home_government(ctx: Context, tok: Token) -> str | None:
    """The home country's government (as :func:`kg.extract.speaker_bodies.home_institution` names it)."""
    home = ctx.gaz.entries.get(ctx.home_country) if ctx.home_country else None
    if home is None:
        return None
    name = f"{home.demonyms[0] if home.demonyms else home.name} government"
    entry = ctx.gaz.lookup(name)
    return ctx.add_actor(entry.key if entry else slug(f"{home.key}-government"), name, "Organization", tok.idx,
                         entry=entry, alias="government").key


def _members_of(ctx: Context, tok: Token) -> str | None:
    """'opposition leaders said', "Ukraine's top opposition figures": people named as members
    of a group the article knows by a group noun (the opposition, the unions) speak for it."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _MEMBER_NOUNS or ctx.tok_actor[tok.i] or ctx.in_quote[tok.i]:
        return None
    for c in tok.children:
        canon = L.GROUP_NOUNS.get(c.lemma_.lower()) if c.dep_ == "compound" and c.pos_ == "NOUN" else None
        if canon:
            key = ctx.tok_actor[c.i] or ctx.home_group(canon)
            if key:  # the text's own name for them is the group's too: "opposition leaders"
                ctx.actors[key].aliases.add(f"{c.lower_} {tok.lower_}")
            return key
    return None


def _body_of(ctx: Context, tok: Token, depth: int) -> str | None:
    """The organisation, country or person that "officials from X" / "sources at X" speak for."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "at", "in", "with", "for"):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                k = actor_at(ctx, p, depth=depth + 1)
                if k and ctx.actors[k].type in ("Organization", "Country", "Person"):
                    ctx.described[tok.lemma_.lower()] = k
                    return k
    return None


def _own_subject(ctx: Context, tok: Token, depth: int) -> str | None:
    """The actor of the subject of the clause whose object pronoun ``tok`` is: "Kim thanked
    him", "X shook hands with her" -- a pronoun object never stands for its own clause's
    subject (that would be "himself")."""
    verb = tok.head if tok.dep_ in ("dobj", "dative") else (
        tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or depth > 2:
        return None
    subj = subject(ctx, verb)
    return actor_at(ctx, subj, depth=depth + 1) if subj is not None and subj.i != tok.i else None


def coref(ctx: Context, tok: Token, types: tuple[str, ...], *, subjects_only: bool = False,
          role: str | None = None, not_key: str | None = None) -> str | None:
    """Resolve a pronoun or a bare role noun: the main-clause subject that follows it
    in the same sentence ("Speaking in Barcelona, where he was ..., Macron said"),
    else the latest matching subject of the last three sentences, else (unless
    ``subjects_only``) the latest matching mention."""
    def ok(key: str, a: int | None = None) -> bool:
        rec = ctx.actors[key]
        if rec.type not in types or key == not_key or rec.name.lower() in PLATFORMS:
            return False
        if a is not None and tok.lower_ in _GENDER and (gender_at(ctx, a) or name_gender(rec.name)) not in (
                None, _GENDER[tok.lower_]):
            return False  # "Her husband, John Tembo, ... she said": not him; nor Yuri Karaev
        if not role or (rec.role and role in rec.role.lower()):
            return True
        # "the Minister of the Interior Antoine Diome ... The minister accused": titled in the text
        return a is not None and any(t.lemma_.lower() == role for t in ctx.doc[max(a - 6, 0): a])

    if role is None:
        root = tok.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i > tok.i and subj.pos_ != "PRON" and tok.i not in {x.i for x in subj.subtree}:
            k = ctx.tok_actor[subj.i]
            if k and ok(k):
                return k
    window = sentences_back(tok, 3)
    fallback: str | None = None
    found: str | None = None
    found_sent = -1
    mentions = ctx.mentions
    if role is None and "Person" in types:
        mentions = sorted(mentions + _role_subjects(ctx, tok, window) + surname_subjects(ctx, tok, window))
    if role is None and "Group" in types:
        mentions = sorted(mentions + _gathering_subjects(ctx, tok, window))
    for a, b, key in reversed(mentions):
        if a >= tok.i or ctx.in_quote[a] or not ok(key, a):
            continue
        r = ctx.doc[a:b].root
        if found is not None and r.sent.start != found_sent:
            return found
        is_subj = r.dep_ in ("nsubj", "nsubjpass") or (r.dep_ == "appos" and r.head.dep_ in ("nsubj", "nsubjpass"))
        verb = _unparsed_subject_of(ctx, b)
        if (is_subj or verb is not None) and a >= window:
            # the main clause's subject of that sentence first ("Chaudhry said Khan was
            # dragged out ... He said": Chaudhry)
            head = verb if verb is not None else r.head if r.dep_ != "appos" else r.head.head
            if head.dep_ == "ROOT" and head.i != tok.sent.root.i:
                return key
            if found is None:
                found, found_sent = key, r.sent.start
        if fallback is None:
            fallback = key
    if found is not None:
        return found
    return None if subjects_only else fallback


def _unparsed_subject_of(ctx: Context, end: int) -> Token | None:
    """The main verb right after a name that the parse left without a subject ('During a
    hearing on threats, Director of National Intelligence X called Y a danger': the title
    read as an apposition, the name as its object): the name is that verb's subject."""
    if end >= len(ctx.doc):
        return None
    verb = ctx.doc[end]
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.tag_ in ("VBG", "VBN", "VB"):
        return None
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) else verb


_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
#: Pronouns of a person as an object ("thanked him", "shook hands with her").
_OBJECT_PRONOUNS = frozenset({"him", "her"})
def _role_subjects(ctx: Context, tok: Token, window: int) -> list[tuple[int, int, str]]:
    """Subjects between ``window`` and ``tok`` that are a role noun standing for a person
    named before ("The minister accused X. He condemned ..."): mentions of that person
    for the pronouns after them."""
    out = []
    for t in ctx.doc[window: tok.i]:
        if (t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in L.ROLE_NOUNS
                and not ctx.tok_actor[t.i] and not ctx.in_quote[t.i] and any(c.lower_ == "the" for c in t.children)):
            k = actor_at(ctx, t)
            if k and ctx.actors[k].type == "Person":
                out.append((t.i, t.i + 1, k))
    return out


def _gathering_subjects(ctx: Context, tok: Token, window: int) -> list[tuple[int, int, str]]:
    """Crowds that gather between ``window`` and ``tok`` ("thousands marched", "tens of
    thousands took to the streets", "hundreds of X supporters gathered"), named by a count:
    mentions of the counted group, or of the protesters, for "they" after them."""
    out = []
    for t in ctx.doc[window: tok.i]:
        head = t.head
        if (t.dep_ != "nsubj" or ctx.tok_actor[t.i] or ctx.in_quote[t.i] or head.pos_ != "VERB"
                or not (t.like_num or t.lemma_.lower() in L.QUANTITY_NOUNS or t.lemma_.lower() == "people")):
            continue
        verb = head.lemma_.lower()
        if verb in L.PROTEST_VERBS | L.GATHER_VERBS or verb == "take" and any(x.lower_ == "streets" for x in head.subtree):
            # "hundreds of Ennahda supporters gathered": the counted group ("thousands marched": the protesters)
            key = actor_at(ctx, t) or ctx.home_group("protesters")
            if key:
                out.append((t.i, t.i + 1, key))
    return out


def actors_of(ctx: Context, tok: Token) -> list[str]:
    """The actor at ``tok`` and at its conjuncts ("Putin and Lukashenko"); "the two
    leaders" is the last pair of people named together."""
    if ((tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in L.PAIR_NOUNS
            and not ctx.tok_actor[tok.i] and any(c.lower_ in ("two", "both", "the") for c in tok.children))
            or (tok.lower_ == "they" and tok.pos_ == "PRON" and ctx.meetings is not None)):  # "they sat down for talks"
        pair = _last_pair(ctx, tok)
        if pair:
            return pair
    out: list[str] = []
    for t in [*misread_conjuncts(tok, lists=False), tok, *[c for c in tok.conjuncts]]:
        k = actor_at(ctx, t)
        if k and k not in out:
            out.append(k)
    return out


def misread_conjuncts(tok: Token, *, lists: bool = True) -> list[Token]:
    """The names conjoined with ``tok`` that the parser hung under it or beside it: "Putin and
    Lukashenko" read as one name, "Sunak and Foreign Secretary James Cleverly" with "Sunak and"
    under the title, "Amnesty International and Human Rights Watch" with "Amnesty International"
    a modifier; with ``lists``, a list read as a second subject of the verb or as an apposition
    (for speakers and protesters; a meeting's parties are read by their own rules)."""
    out = [c for c in tok.subtree if c.i < tok.i and c.dep_ in ("nmod", "compound") and any(x.dep_ == "cc" for x in c.children)]
    if not lists:
        return out
    if tok.dep_ == "nsubj":  # "Unions, students and the opposition took to ...": a list read as two subjects
        out += [c for s in tok.head.children if s.dep_ == "nsubj" and s.i != tok.i and s.i < tok.head.i
                for c in (s, *s.conjuncts) if c.i != tok.i]
    if tok.pos_ == "PROPN":  # "Canada, the United States and their allies": a list read as an apposition
        out += [c for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.conjuncts
                for c in (a, *a.conjuncts)]
    return out


def _met_person(ctx: Context, root: Token) -> str | None:
    """'Putin met Macron', 'Biden held talks with Putin', 'Xi hosted Modi': the person the
    subject ``root`` (or the object ``root``) met, named as the verb's object or after "with"."""
    verb = root.head
    if root.dep_ not in ("nsubj", "dobj") or verb.pos_ != "VERB":
        return None
    others = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i != root.i] + [
        p for c in [verb, *(o for o in verb.children if o.dep_ == "dobj")] for pr in c.children
        if pr.dep_ == "prep" and pr.lower_ == "with" for p in pr.children if p.dep_ == "pobj"]
    for o in others:
        k = ctx.tok_actor[o.i]
        if k and ctx.actors[k].type == "Person" and not ctx.in_quote[o.i]:
            return k
    return None


def _last_pair(ctx: Context, tok: Token) -> list[str] | None:
    window = sentences_back(tok, 2)
    for a, b, key in reversed(ctx.mentions):
        if a >= tok.i or a < window or ctx.actors[key].type != "Person" or ctx.in_quote[a]:
            continue
        root = ctx.doc[a:b].root
        for c in [x for cj in root.conjuncts for x in (cj, *(ap for ap in cj.children if ap.dep_ == "appos"))]:
            k2 = ctx.tok_actor[c.i]  # "Joe Biden and his Russian counterpart Vladimir Putin"
            if k2 and k2 != key and ctx.actors[k2].type == "Person":
                return sorted({key, k2}, key=lambda k: min(x for x, _, kk in ctx.mentions if kk == k))
        k2 = _met_person(ctx, root)
        if k2 and k2 != key:
            return sorted({key, k2}, key=lambda k: min(x for x, _, kk in ctx.mentions if kk == k))
    last = ctx.meetings
    if last:
        return list(last[-1].participants)
    return None


def subject(ctx: Context, verb: Token, depth: int = 0) -> Token | None:
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    for c in verb.children:
        if c.dep_ == "nsubjpass" and verb.lemma_ == "quote":
            return c
    h = verb.head
    misread = _subject_read_as_object(verb)
    if misread is not None:
        return misread
    if verb.dep_ == "xcomp" and h.pos_ == "ADJ" and h.head.i != h.i and depth < 3:
        return subject(ctx, h.head, depth + 1)  # "the leaders were due to hold talks"
    if (verb.dep_ == "conj" and verb.lemma_.lower() in L.SPEECH_VERBS and h.dep_ == "ccomp"
            and h.head.lemma_.lower() in L.SPEECH_VERBS and depth < 3):
        # "X said Lithuania would never recognise him and called for a new vote"
        return subject(ctx, h.head, depth + 1)
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        found = subject(ctx, verb.head, depth + 1)
        if found is None and verb.dep_ == "conj":
            found = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        return found
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    # a misparsed subject ("... and detainees gave accounts"): the noun right before the verb
    if verb.i > 0:
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and ctx.tok_actor[prev.i]:
            return prev
    return None


#: Subordinators the parser reads as prepositions when a finite clause follows them.
_CLAUSE_PREPS = frozenset({"after", "before", "until", "since", "as", "while", "when", "because"})


def _subject_read_as_object(verb: Token) -> Token | None:
    """'Police arrested 400 people after supporters of X stormed the parliament': the parser
    reads the clause's subject as the object of 'after' and the finite verb as an adverbial
    clause without one; the noun of that preposition, right before the verb, is its subject
    (not the main clause's)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("mark", "nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    for c in verb.head.children:
        if c.dep_ == "prep" and c.lower_ in _CLAUSE_PREPS and c.i < verb.i:
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.right_edge.i + 1 == verb.left_edge.i:
                    return p
    return None
