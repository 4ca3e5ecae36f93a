"""Chinese and Korean names across romanisation systems (issue 11): Wade-Giles and pinyin
("Mao Tse-tung" / "Mao Zedong", "Teng Hsiao-ping" / "Deng Xiaoping"), McCune-Reischauer,
Revised Romanization and their press spellings ("Roh Moo-hyun" / "Noh Mu-hyeon", "Park
Chung-hee" / "Pak Chong-hui").

:func:`east_asian_key` gives one key per name; two names with one key are one person. The
key is loose where the systems disagree (aspirated and plain initials, which the press prints
without Wade-Giles' apostrophe; the vowels of Korean syllables), so it is only made for a name
that shows it is written in Wade-Giles (a syllable pinyin has not: "hs", "ts", "-ung", "-ieh",
"-ih") or for a Korean name (a Korean surname and a two-syllable given name); a pinyin name
compared with a Wade-Giles one is keyed as pinyin. Cantonese and other readings ("Sun Yat-sen"
/ "Sun Yixian") are other names, out of reach of any rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

__all__ = ["east_asian_key", "lookup_keys", "same_east_asian", "wade_giles"]

_WORDS = re.compile(r"[a-z']+(?:-[a-z']+)*")

#: Wade-Giles initials, longest first: (initial, pinyin before i/u-umlaut, pinyin otherwise).
_WG_INITIALS = (
    ("ch'", "q", "ch"), ("ch", "j", "zh"), ("hs", "x", "x"), ("ts'", "c", "c"), ("tz'", "c", "c"),
    ("ts", "z", "z"), ("tz", "z", "z"), ("k'", "k", "k"), ("p'", "p", "p"), ("t'", "t", "t"),
    ("sz", "s", "s"), ("ss", "s", "s"), ("sh", "sh", "sh"), ("k", "g", "g"), ("p", "b", "b"), ("t", "d", "d"),
    ("j", "r", "r"),
)
#: Wade-Giles finals that pinyin spells otherwise.
_WG_FINALS = (("iung", "iong"), ("ung", "ong"), ("ien", "ian"), ("ieh", "ie"), ("ueh", "ue"), ("erh", "er"),
              ("yeh", "ye"), ("yen", "yan"))
#: Syllables of Wade-Giles that pinyin never writes: the name is Wade-Giles.
_WG_MARK = re.compile(r"^(?:hs|ts|tz|sz|ss)|ung$|ieh$|ueh$|(?<=[hj])ih$|^erh$|'")


def _wg_syllable(syl: str) -> str:
    """One Wade-Giles syllable in pinyin ("hsiao" -> "xiao", "tse" -> "ze", "tung" -> "dong")."""
    initial, rest = "", syl
    for wg, before_i, other in _WG_INITIALS:
        if syl.startswith(wg) and len(syl) > len(wg):
            rest = syl[len(wg):]
            initial = before_i if rest[0] in "iy" or rest.startswith("ü") else other
            break
    if initial in ("zh", "ch", "sh", "r") and rest == "ih" or initial in ("z", "c", "s") and rest == "u":
        rest = "i"  # chih -> zhi, shih -> shi, tzu -> zi, ssu -> si
    for wg, py in _WG_FINALS:
        if rest.endswith(wg):
            rest = rest[: -len(wg)] + py
            break
    if initial in ("g", "k", "h") and rest == "o":
        rest = "e"  # ko -> ge, ho -> he
    if initial == "" and rest == "yu":
        rest = "you"
    return initial + rest.replace("'", "")


def _hyphenated(words: list[str]) -> bool:
    """A Chinese name's shape in Wade-Giles: a one-syllable surname and a given name of two
    syllables joined by a hyphen ("Chou En-lai", "Hua Kuo-feng"); pinyin joins them."""
    return (len(words) == 2 and len(words[0]) <= 6 and words[1].count("-") == 1
            and all(1 <= len(s) <= 6 for s in words[1].split("-")))


def wade_giles(name: str) -> str | None:
    """``name`` in pinyin when it is written in Wade-Giles, else None.

    >>> wade_giles("Teng Hsiao-ping"), wade_giles("Mao Tse-tung"), wade_giles("Deng Xiaoping")
    ('deng xiaobing', 'mao zedong', None)
    """
    words = _WORDS.findall(anyascii(name).lower().replace("\u2019", "'"))
    syllables = [s for w in words for s in w.split("-")]
    if not (any(_WG_MARK.search(s) for s in syllables) or _hyphenated(words)):
        return None
    return " ".join("".join(_wg_syllable(s) for s in w.split("-")) for w in words)


#: Plain and aspirated initials, which the press prints alike: one letter for each pair.
_LOOSE = str.maketrans({"d": "t", "g": "k", "b": "p", "z": "c", "j": "q"})

#: Korean surnames under their spellings (McCune-Reischauer, Revised Romanization, the press).
_KOREAN_SURNAMES = {
    "lee": "i", "yi": "i", "rhee": "i", "ri": "i", "rhie": "i", "roh": "no", "noh": "no", "no": "no",
    "park": "pak", "pak": "pak", "bak": "pak", "choi": "choe", "choe": "choe", "jung": "jong",
    "chung": "jong", "jeong": "jong", "chong": "jong", "kang": "kang", "gang": "kang", "ko": "ko", "go": "ko",
    "shin": "sin", "sin": "sin", "cho": "jo", "jo": "jo", "yoon": "yun", "yun": "yun", "lim": "im", "im": "im",
    "rim": "im", "yim": "im", "kim": "kim", "gim": "kim", "moon": "mun", "mun": "mun", "han": "han", "oh": "o",
    "kwon": "kwon", "gwon": "kwon", "hwang": "hwang", "song": "song", "ahn": "an", "an": "an", "yoo": "yu",
    "yu": "yu", "ryu": "yu", "jang": "jang", "chang": "jang", "seo": "so", "suh": "so", "so": "so", "hong": "hong",
    "choo": "chu", "chu": "chu", "ban": "ban", "pan": "ban", "nam": "nam", "hyun": "hyon", "hyon": "hyon",
}
#: Korean given-name syllables: consonants and vowels the systems spell otherwise, one form each.
_KOREAN_SOUNDS = ((r"ch|j", "J"), (r"k|g", "G"), (r"t|d", "D"), (r"p|b", "B"), (r"r|l", "L"),
                  (r"ui|ee", "I"), (r"eo|eu|oo|o|u", "O"), (r"i", "I"), (r"ae|e", "E"), (r"w(?=O)", ""))


def _korean(words: list[str]) -> str | None:
    if not words or words[0] not in _KOREAN_SURNAMES:
        return None
    given = [s for w in words[1:] for s in w.split("-")]
    if len(given) != 2 or any(len(s) < 2 and s not in ("o", "u", "i", "e") for s in given):
        return None  # a Korean given name has two syllables, written apart or with a hyphen
    out = []
    for s in given:
        for rx, repl in _KOREAN_SOUNDS:
            s = re.sub(rx, repl, s)
        out.append(s)
    return "k:" + _KOREAN_SURNAMES[words[0]] + "".join(out)


@lru_cache(maxsize=65536)
def east_asian_key(name: str, as_wade_giles: bool | None = None) -> str | None:
    """One key for a Chinese name in Wade-Giles or pinyin, or a Korean name in any system;
    None for other names. ``as_wade_giles`` False keys a Chinese name as pinyin even if it
    looks like Wade-Giles (the other name of the pair decides).

    >>> east_asian_key("Teng Hsiao-ping") == east_asian_key("Deng Xiaoping", False)
    True
    >>> east_asian_key("Roh Moo-hyun") == east_asian_key("Noh Mu-hyeon")
    True
    """
    words = _WORDS.findall(anyascii(name).lower().replace("\u2019", "'"))
    if len(words) < 2:
        return None
    korean = _korean(words)
    if korean:
        return korean
    pinyin = wade_giles(name) if as_wade_giles is not False else None
    if pinyin is None and as_wade_giles is not False:
        return None
    text = pinyin or " ".join(words)
    return "c:" + text.replace("zh", "q").replace("ch", "q").replace("-", "").replace(" ", "").replace("'", "").translate(_LOOSE)


#: Words before a name that are no part of it.
_TITLE_WORDS = frozenset("mr mrs ms dr president premier chairman prime minister general gen leader".split())


def _untitled(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[0].lower().strip(".") in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def same_east_asian(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one Chinese name in Wade-Giles and in pinyin (or both in
    Wade-Giles), or one Korean name in two romanisations.

    >>> same_east_asian("Mao Tse-tung", "Mao Zedong"), same_east_asian("Kim Jong-un", "Kim Jong-nam")
    (True, False)
    """
    a, b = _untitled(a), _untitled(b)
    wa, wb = wade_giles(a) is not None, wade_giles(b) is not None
    ka = east_asian_key(a, None if wa else False)
    kb = east_asian_key(b, None if wb else False)
    return ka is not None and ka == kb and (ka.startswith("k:") or wa or wb)


def lookup_keys(name: str) -> tuple[str, ...]:
    """The keys a person may be found by across romanisations: the name read as Korean or as
    Wade-Giles, and as pinyin."""
    name = _untitled(name)
    return tuple(k for k in {east_asian_key(name), east_asian_key(name, False)} if k)
