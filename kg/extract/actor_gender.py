"""The sex a person's name itself shows, for "he"/"she" to skip the wrong person: the
gendered surname endings of Slavic and Baltic names (Kolesnikova, Tikhanovskaya, Nowicka,
Grybauskaitė are women; Karaev, Babariko's -ov/-ev/-sky peers are men)."""

from __future__ import annotations

from kg.identity.names import fold

__all__ = ["name_gender"]

_FEMALE_ENDINGS = ("ova", "eva", "aya", "ska", "cka", "aite", "iene", "yte")
_MALE_ENDINGS = ("ov", "ev", "sky", "skiy", "skyi", "ski", "cki")


def name_gender(name: str) -> str | None:
    """'f' or 'm' by the ending of the surname of a name of two words or more, else None."""
    words = fold(name).lower().split()
    if len(words) < 2 or len(words[-1]) < 5:
        return None
    last = words[-1]
    if last.endswith(_FEMALE_ENDINGS):
        return "f"
    if last.endswith(_MALE_ENDINGS):
        return "m"
    return None
