"""Names: the one fold, slug and lookup key, and transliteration-aware name matching.

Every module that compares or keys a name goes through here, so "Łukaszenka" gives the
same slug in the extractor, the loader and every lookup.

* :func:`fold` - Unicode to ASCII (``anyascii``, which romanises Cyrillic, Greek, Arabic,
  CJK... instead of dropping them), lower case, punctuation to single spaces.
* :func:`slug` - the fold joined by ``-``: the local part of actor and place IRIs.
* :func:`name_key` - the fold without a leading "the" and a possessive "'s": how names
  are looked up ("the Kremlin's" finds "Kremlin").
* :func:`translit_tokens` - the name in one canonical romanisation (kh/h, ts/c/tz, -aya/-aja,
  -skaya/-ska, -enko/-enka, y/i/j, ou/u, dzh/zh/j, w/v, sch/sh/sz, doubled letters...).
* :func:`match_names` - whether two spellings name the same person, with the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Indel, Levenshtein

from kg.identity.romanisation import same_east_asian

__all__ = [
    "fold",
    "slug",
    "name_key",
    "translit_tokens",
    "translit_key",
    "NameMatch",
    "match_names",
    "token_similarity",
    "title_tokens",
    "title_key",
    "match_titles",
]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"(?<=[a-z])['\u2019\u02bc`](?=[a-z])")


@lru_cache(maxsize=65536)
def _ascii(text: str) -> str:
    return anyascii(text).lower()


def fold(text: str) -> str:
    """ASCII, lower case, every run of other characters one space.

    >>> fold("Łukaszenka, Aляксандр!")
    'lukaszenka alyaksandr'
    >>> fold("  Nausėda ")
    'nauseda'
    >>> fold("Ціханоўская")
    'tsikhanouskaya'
    """
    return _NON_ALNUM.sub(" ", _ascii(text)).strip()


def slug(text: str) -> str:
    """The fold joined by ``-`` (empty when nothing is left).

    >>> slug("Svetlana Tikhanovskaya")
    'svetlana-tikhanovskaya'
    >>> slug("Łukaszenka")
    'lukaszenka'
    >>> slug("!!")
    ''
    """
    return _NON_ALNUM.sub("-", _ascii(text)).strip("-")


def name_key(text: str) -> str:
    """The key names are looked up by: the fold without a leading "the" or a possessive.

    >>> name_key("the Kremlin's"), name_key("The Front"), name_key("Nausėda")
    ('kremlin', 'front', 'nauseda')
    """
    text = re.sub(r"['\u2019]s\b", "", _ascii(text))
    folded = _NON_ALNUM.sub(" ", text).strip()
    return folded[4:] if folded.startswith("the ") else folded


# --------------------------------------------------------------------------- transliteration

# Applied in order to each folded token. Upper-case letters are placeholders for sounds
# that several systems spell differently (C = English "ch", S = "sh", J = "zh"/"j").
_RULES: tuple[tuple[str, str], ...] = (
    (r"shch|szcz|schtsch", "SC"),  # Khrushchev / Chruszczow / Chruschtschow
    # the sound of English "ch" (German tsch, Polish cz) as English transliterations of Russian
    # spell it: "ch", read with German / Polish "ch" as "h" below (Yanukovych / Janukowytsch,
    # Gorbachev / Gorbatschow)
    (r"tsch|tch|cz", "ch"),
    (r"dzh|dsch|dj|zh|zj", "J"),  # Dzhokhar / Jokhar, Ahmadinezhad / Ahmadinejad, Dutch Brezjnev
    (r"sch|sh|sz", "S"),  # German sch, English sh, Polish sz
    (r"kh|ch", "h"),  # Russian kh, German / Polish / Belarusian ch
    (r"ts|tz", "Z"),  # the sound of Belarusian / Polish c
    (r"c(?=[eiy])", "Z"),
    (r"ck|q|c", "k"),
    (r"ph", "f"),
    (r"x", "ks"),  # Alexander / Aleksandr
    (r"w", "v"),
    (r"(?<=.)j(?![aeiou])|(?<=a)j(?=a$)", "y"),  # German / Polish j: Selenskyj, Aleksej, Cichanouskaja
    (r"(?<=[bklmnprsvzi])j(?=[aeiou])", "y"),  # German j between a consonant and a vowel: Paschinjan, Julija
    (r"j", "J"),  # English j: Jinping, Ahmadinejad
    (r"ousk", "ovsk"),  # Belarusian -ouski / -ouskaya = Russian -ovski / -ovskaya
    (r"ou|oo", "u"),  # Moussavi / Musavi, Moon / Mun
    (r"eo", "u"),  # Korean: Seok / Suk, Myeong / Myung
    (r"(?<=[^aeiou])(?:ia|ya|ja)(?=[^aeiou])", "e"),  # Belarusian ia for Russian e: Siarhei, Sviatlana
    (r"y", "i"),  # Zelenskyy / Zelenskiy, Navalny / Navalnyy, -aya / -aia
    (r"(?<=sk)a$", "aia"),  # Polish -ska = Russian -skaya
    (r"enka$", "enko"),  # Belarusian -enka = Russian / Ukrainian -enko
    (r"(?<=[a-zA-Z])h(?![aeiou])|(?<=[dgtk])h", ""),  # Gadhafi / Gaddafi
    (r"([a-zA-Z])\1+", r"\1"),  # doubled letters: Assad / Asad, Hussein / Husein
)
_COMPILED = tuple((re.compile(p), r) for p, r in _RULES)
# Arabic articles written joined to the name (al-Assad, el-Sisi, ash-Sharaa).
# Arabic "servant of" joined or not to the divine name that follows: Abdelaziz, Abd al-Aziz,
# Abdul Aziz, Abdul-Aziz (and Abdullah / Abdallah) have one form.
_ABD = re.compile(r"\babd(?:[\s'-]*(?:al|el|ul|ur|ar|as|ad|an|en|er|ol))?[\s'-]*(?=[a-z]{3})")
_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:al|el|ul|ad|an|ar|as|ash|at|az|ath)[-'\u2019](?=[a-z])")
# Titles and honorifics that are not part of a name.
_TITLES = frozenset("mr mrs ms miss dr prof sir dame president prime minister gen general sheikh".split()
                    # the same titles left untranslated by a machine translation ("Prime Ministre X")
                    + "ministre ministro presidente presidenta premier chancellor".split())
# Ukrainian given names whose romanisation differs from the Russian form by more than the rules
# above can bridge (Ukrainian h for Russian g, i for e, e for yo): read as the Russian form, and
# only as a given name (a surname Petro stays Petro).
_GIVEN_VARIANTS = {
    "oleh": "oleg", "hlib": "gleb", "heorhiy": "georgy", "heorhii": "georgy", "heorhij": "georgy",
    "petro": "pyotr", "ihor": "igor", "serhiy": "sergei", "serhii": "sergei", "hennadiy": "gennady",
    "hennadii": "gennady", "hryhoriy": "grigory", "hryhorii": "grigory", "yevhen": "yevgeny",
    "yevhenii": "yevgeny", "olha": "olga", "halyna": "galina", "bohdan": "bogdan",
}


@lru_cache(maxsize=65536)
def _translit(token: str) -> str:
    out = token
    for rx, repl in _COMPILED:
        out = rx.sub(repl, out)
    return out


@lru_cache(maxsize=65536)
def translit_tokens(name: str) -> tuple[str, ...]:
    """The name's tokens in one canonical romanisation (initials kept, titles dropped).

    >>> translit_tokens("Svetlana Tikhanovskaya") == translit_tokens("Swetlana Tichanowskaja")
    True
    >>> translit_tokens("Bashar al-Assad") == translit_tokens("Bashar Asad")
    True
    """
    text = _ABD.sub("abd", _ARTICLE.sub("", _ascii(name)))
    text = _APOSTROPHES.sub("", text)
    words = [w for w in _NON_ALNUM.split(text) if w]
    # a bare "al" / "el" / "bin" inside a name ("Bashar al Assad") is an article, not a name
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in ("al", "el"))]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    if len(words) > 1:  # the first word only: "Gustavo Petro Urrego" has no given name Petro
        words[0] = _GIVEN_VARIANTS.get(words[0], words[0])
    return tuple(_translit(w) for w in words)


def translit_key(name: str) -> str:
    """One string per name across romanisations: the transliterated tokens, joined.

    >>> translit_key("Kim Jong-un") == translit_key("Kim Jong Un")
    True
    >>> translit_key("Xi Jin-ping") == translit_key("Xi Jinping")
    True
    """
    return "".join(translit_tokens(name))


def token_similarity(a: str, b: str) -> float:
    """Similarity of two transliterated tokens (0..1): an initial matches its name,
    short tokens (three letters or fewer) must be equal.

    >>> token_similarity("w", "walker"), token_similarity("un", "il")
    (1.0, 0.0)
    """
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 1.0 if a[0] == b[0] else 0.0
    if min(len(a), len(b)) <= 3:
        return 0.0
    return float(Indel.normalized_similarity(a, b))


#: Thresholds: a surname (last token) and a given name (every other token).
SURNAME_MIN = 0.8
GIVEN_MIN = 0.7

_FEMININE = re.compile(r"aia$|(?:ov|ev|in)a$")
_MASCULINE = re.compile(r"(?<![aeiou])i$|(?:ov|ev|in)$")


def _gender_clash(a: str, b: str) -> bool:
    """Slavic surnames of one stem but different gender (Tikhanovsky / Tikhanovskaya)."""
    return bool((_FEMININE.search(a) and _MASCULINE.search(b)) or (_FEMININE.search(b) and _MASCULINE.search(a)))


def _given_clash(a: str, b: str) -> bool:
    """A feminine and a masculine form of one given name (Olga / Oleg, Aleksandra / Aleksandr,
    Ivana / Ivan): one ends in -a where the other ends in a consonant."""
    if a == b or len(a) < 2 or len(b) < 2:
        return False
    fem_a, fem_b = a.endswith("a"), b.endswith("a")
    return fem_a != fem_b and (b if fem_a else a)[-1] not in "aeiouy"


@dataclass(frozen=True)
class NameMatch:
    """Why two names are taken to be one: ``score`` (0..1), ``reason`` (evidence), and
    ``weak`` when only a surname agrees (safe only if it is the one candidate)."""

    score: float
    reason: str
    weak: bool = False


#: Voiced and voiceless consonants that romanisations of one name trade (Sargsyan / Sarkisian,
#: Zelensky / Selenskyj; Belarusian ts for Russian t, Tsikhanouskaya / Tikhanovskaya): one letter
#: for both when surnames are compared.
_VOICING = str.maketrans({"g": "k", "d": "t", "b": "p", "z": "s", "Z": "t", "J": "S"})
_VOWELS = frozenset("aeiouy")


def _other_consonant(a: str, b: str) -> bool:
    """Surnames of one length that differ in one consonant no romanisation trades (Ivanov /
    Ivashov, Petrov / Pekrov): two names, not two spellings of one."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] not in _VOWELS and diff[0][1] not in _VOWELS


def _distinct_surnames(a: str, b: str) -> bool:
    """Transliterated surnames that name two people however close: of one stem but different
    gender (Tikhanovsky / Tikhanovskaya), or one consonant apart (Ivanov / Ivashov)."""
    return _gender_clash(a, b) or _other_consonant(a.translate(_VOICING), b.translate(_VOICING))


def _surname_ok(a: str, b: str) -> float:
    va, vb = a.translate(_VOICING), b.translate(_VOICING)
    if _distinct_surnames(a, b) or Levenshtein.distance(va, vb) > max(1, max(len(a), len(b)) // 5):
        return 0.0
    s = token_similarity(a, b)
    return s if s >= SURNAME_MIN else 0.0


def match_names(a: str, b: str) -> NameMatch | None:
    """Whether ``a`` and ``b`` may name the same person, and the evidence.

    The transliterated forms must agree token by token: the surname (last token) with
    similarity >= ``SURNAME_MIN``, every given name with >= ``GIVEN_MIN`` (an initial
    matches a name with that letter). A name may add given names the other lacks, but
    not an initial ("George W. Bush" is not "George Bush"). A surname alone is a weak
    match.

    >>> match_names("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya").reason
    'transliteration (similarity 0.96)'
    >>> match_names("Raúl Castro", "Fidel Castro") is None
    True
    """
    ta, tb = translit_tokens(a), translit_tokens(b)
    if not ta or not tb:
        return None
    if "".join(ta) == "".join(tb):
        exact = fold(a).replace(" ", "") == fold(b).replace(" ", "")
        return NameMatch(1.0, "same name" if exact else "same transliteration key")
    if same_east_asian(a, b):
        return NameMatch(0.95, "romanisation of a Chinese or Korean name (Wade-Giles / pinyin, McCune-Reischauer / Revised)")
    if len(ta) < len(tb):
        a, b, ta, tb = b, a, tb, ta  # a is the longer
    sur = _surname_ok(ta[-1], tb[-1])
    if not sur:
        # East Asian order or joined syllables: compare the whole transliterated names
        ja, jb = "".join(ta), "".join(tb)
        if len(ta) == len(tb) and ta[0] == tb[0] and len(ja) >= 8 and not _distinct_surnames(ta[-1], tb[-1]):
            whole = float(Indel.normalized_similarity(ja, jb))
            if whole >= 0.9 and all(token_similarity(x, y) >= GIVEN_MIN for x, y in zip(ta, tb, strict=True)):
                return NameMatch(whole, f"transliteration (similarity {whole:.2f})")
        return _second_surname(a, ta, tb)
    if len(tb) == 1:
        return NameMatch(sur * 0.9, f"surname only (similarity {sur:.2f})", weak=True)
    return _aligned(ta, tb, sur)


#: Words after a name that make it another person (Donald Trump Jr.).
_GENERATIONS = frozenset("jr junior sr senior ii iii iv".split())
#: Words that join two surnames (Carles Puigdemont i Casamajo, Gustavo Petro y Urrego).
_JOINERS = frozenset("i y e".split())


def _second_surname(longer: str, ta: tuple[str, ...], tb: tuple[str, ...]) -> NameMatch | None:
    """The longer name adds a second surname or a patronymic after the shorter one's surname
    (Daniel Ortega / Daniel Ortega Saavedra, Abiy Ahmed / Abiy Ahmed Ali, Carles Puigdemont /
    Carles Puigdemont i Casamajo): the shorter name's words are the longer one's first words.
    A weak match: "Juan Carlos" may be the start of "Juan Carlos Varela" and not be him."""
    if len(tb) < 2 or len(ta) <= len(tb) or any(w in _GENERATIONS for w in fold(longer).split()):
        return None
    rest = ta[len(tb):]
    if any(len(t) == 1 and t not in _JOINERS for t in rest):
        return None  # an initial after the name: another person or a badly cut one
    sur = _surname_ok(ta[len(tb) - 1], tb[-1])
    if not sur:
        return None
    m = _aligned(ta[:len(tb)], tb, sur)
    if m is None:
        return None
    return NameMatch(m.score, f"the same name with a second surname (similarity {m.score:.2f})", weak=True)


def _aligned(ta: tuple[str, ...], tb: tuple[str, ...], sur: float) -> NameMatch | None:
    """Align the shorter name's given names (``tb``), in order, to the longer one's (``ta``),
    their surnames matching with similarity ``sur``."""
    given_a, given_b = ta[:-1], tb[:-1]
    scores: list[float] = []
    aligned: set[int] = set()
    i = 0
    for g in given_b:
        while i < len(given_a) and (token_similarity(given_a[i], g) < GIVEN_MIN or _given_clash(given_a[i], g)):
            i += 1
        if i == len(given_a):
            return None
        scores.append(token_similarity(given_a[i], g))
        aligned.add(i)
        i += 1
    if any(len(t) == 1 for j, t in enumerate(given_a) if j not in aligned):
        return None  # an initial the other name lacks tells two people apart (George W. Bush)
    score = (sur + sum(scores)) / (1 + len(scores))
    return NameMatch(round(score, 2), f"transliteration (similarity {score:.2f})")


# --------------------------------------------------------------------------- organisations and places

_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: A person's name inside an organisation's name is matched loosely only from this length.
NAMED_AFTER_MIN = 7


def title_tokens(name: str) -> tuple[tuple[str, bool], ...]:
    """An organisation's or place's name as transliterated tokens, each with whether it
    was in the possessive; a leading "the" dropped.

    >>> title_tokens("the Tsikhanouskaya's headquarters")
    (('Zihanovskaia', True), ('headkuarters', False))
    """
    marked = _POSSESSIVE.sub(" \x00", _ascii(name))
    words = [w for w in re.split(r"[^a-z0-9\x00]+", marked) if w]
    if words and words[0] == "the":
        words = words[1:]
    out: list[tuple[str, bool]] = []
    for w in words:
        if w == "\x00":
            if out:
                out[-1] = (out[-1][0], True)
            continue
        out.append((_translit(w), False))
    return tuple(out)


def title_key(name: str) -> str:
    """One string per organisation or place name across romanisations (possessives and a
    leading "the" dropped): "Charkiw" and "Kharkiv", "Lukashenka's administration" and
    "Lukashenko's administration" have one key."""
    return "".join(t for t, _ in title_tokens(name))


def match_titles(a: str, b: str) -> NameMatch | None:
    """Whether ``a`` and ``b`` may name the same organisation or place, and the evidence.

    The same :func:`title_key` (at least five letters; words of three letters or fewer,
    acronyms among them, must be spelt alike), or the same words but for a person's name
    in the possessive spelt another way, matched as surnames are (at least
    ``NAMED_AFTER_MIN`` letters, same gender): "Tsikhanouskaya's headquarters" is
    "Tikhanovskaya's headquarters", not "Tikhanovsky's headquarters".

    >>> match_titles("Tsikhanouskaya's headquarters", "Tikhanovskaya's headquarters").reason
    "transliteration of a person's name (similarity 0.92)"
    >>> match_titles("Ministry of Economy", "Ministry of Ecology") is None
    True
    """
    ta, tb = title_tokens(a), title_tokens(b)
    if not ta or len(ta) != len(tb):
        return None
    short_a = [w for w in fold(a).split() if len(w) <= 3 and w != "the" and w != "s"]
    short_b = [w for w in fold(b).split() if len(w) <= 3 and w != "the" and w != "s"]
    if short_a != short_b:
        return None
    if title_key(a) == title_key(b):
        if len(title_key(a)) < 5:
            return None
        exact = fold(a) == fold(b)
        return NameMatch(1.0, "same name" if exact else "same transliteration key")
    scores = []
    for (x, px), (y, py) in zip(ta, tb, strict=True):
        if x == y:
            continue
        if not (px and py and min(len(x), len(y)) >= NAMED_AFTER_MIN):
            return None
        s = _surname_ok(x, y)
        if not s:
            return None
        scores.append(s)
    if len(scores) == len(ta):
        return None  # nothing but the names: a person, not an organisation
    score = min(scores)
    return NameMatch(round(score, 2), f"transliteration of a person's name (similarity {score:.2f})")
