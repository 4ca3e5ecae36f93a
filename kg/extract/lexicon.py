"""Word lists the rules use: speech verbs and their statement kinds, event triggers, groups.

Kept apart from the rules so they can be reviewed (and extended) by someone who does
not read spaCy code. Lemmas are lowercase; British and American spellings both listed.
"""

from __future__ import annotations

# speech verb lemma -> statement kind (None: decided from the quoted words)
SPEECH_VERBS: dict[str, str | None] = {
    "say": None, "tell": None, "add": None, "write": None, "state": None, "note": None,
    "stress": None, "explain": None, "ask": None, "reply": None, "respond": None, "answer": None,
    "tweet": None, "post": None, "remark": None, "comment": None, "acknowledge": None, "admit": None,
    "suggest": None, "speak": None, "quote": None, "recall": None, "insist": "claim", "claim": "claim",
    "allege": "claim", "assert": "claim", "argue": "claim", "maintain": "claim", "predict": "claim",
    "warn": "claim", "declare": "announcement", "announce": "announcement", "promise": "announcement",
    "pledge": "announcement", "vow": "announcement", "confirm": "announcement", "urge": "demand",
    "demand": "demand", "appeal": "demand", "call": "demand", "condemn": "criticism",
    "criticise": "criticism", "criticize": "criticism", "denounce": "criticism", "slam": "criticism",
    "blast": "criticism", "decry": "criticism", "accuse": "criticism", "lambast": "criticism",
    "deplore": "criticism", "castigate": "criticism", "reject": "rejection", "deny": "rejection",
    "dismiss": "rejection", "refuse": "rejection", "rule": "rejection", "praise": "praise",
    "hail": "praise", "welcome": "praise", "commend": "praise", "thank": "praise",
    "congratulate": "congratulation",
}
# Verbs that only attribute a quotation; alone (no quote) they are not a statement.
QUOTE_ONLY_VERBS = frozenset({"speak", "quote", "recall", "ask", "post", "reply", "answer", "respond"})
# Verbs that need a clause complement ("said that ...") to count as reported speech.
NEEDS_CLAUSE = frozenset({
    "say", "tell", "add", "write", "state", "note", "stress", "explain", "remark", "comment",
    "acknowledge", "admit", "suggest", "tweet", "insist", "claim", "allege", "assert", "argue",
    "maintain", "predict", "warn", "declare", "confirm", "deny",
})
# Verbs whose direct object is the person addressed or criticised.
ADDRESSEE_VERBS = frozenset({
    "tell", "urge", "condemn", "criticise", "criticize", "denounce", "slam", "blast", "accuse",
    "lambast", "castigate", "praise", "hail", "commend", "thank", "congratulate", "warn", "ask",
})
# Nouns that mark speech when a quotation has no speech verb ("slogans", "a statement").
SPEECH_NOUNS = frozenset({
    "statement", "call", "slogan", "chant", "message", "letter", "post", "tweet", "remark",
    "comment", "account", "banner", "placard", "sign", "speech", "address", "interview",
    "declaration", "appeal", "testimony", "warning", "words",
})
# "gave accounts of ...", "issued a statement": light verb + speech noun object.
LIGHT_SPEECH_VERBS = frozenset({"give", "issue", "make", "deliver", "release", "publish"})

KIND_CUES: list[tuple[str, tuple[str, ...]]] = [
    ("congratulation", ("congratulat",)),
    ("demand", ("must ", "should ", "call on", "calls on", "demand", "urge", "need to", "needs to",
                "have to", "has to", "let ", "release", "stop ", "immediately")),
    ("criticism", ("regret", "illegitimate", "usurper", "shame", "condemn", "crime", "violen",
                   "unacceptable", "outrage", "lie", "brutal", "disgrace", "terror", "repress",
                   "such a regime", "betray")),
    ("rejection", ("will never", "we reject", "no way", "out of the question", "not accept", "refuse")),
    ("praise", ("welcome", "grateful", "thank", "excellent", "praise", "proud", "great ")),
    ("announcement", ("will ", "plan", "going to", "intend", "we are ready", "i am ready")),
]

MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations",
                           "meet", "consultations", "tete-a-tete"})
MEETING_VERBS = frozenset({"meet", "host", "confer"})
VISIT_VERBS = frozenset({"visit", "arrive", "fly", "travel", "land", "tour"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})

PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "strike", "sit-in",
                           "walkout", "picket", "protests", "demonstrations", "rallies"})
PROTEST_VERBS = frozenset({"protest", "rally", "march", "demonstrate", "strike"})
PARTICIPATE_VERBS = frozenset({"take", "join", "march", "rally", "gather", "protest", "turn",
                               "attend", "flood", "fill", "pour", "throng", "demonstrate", "mass",
                               "participate", "come", "converge", "stage", "walk", "swarm", "crowd",
                               "hold", "block", "chant", "defy"})
DETAIN_VERBS = frozenset({"detain", "arrest", "jail", "round", "apprehend", "hold", "imprison", "seize"})
DEATH_VERBS = frozenset({"die", "kill", "shoot", "perish"})
ORGANISE_VERBS = frozenset({"organise", "organize", "call", "lead", "stage", "convene", "mobilise",
                            "mobilize", "spearhead"})

# group noun lemma -> canonical plural used in the group's name
GROUP_NOUNS: dict[str, str] = {
    "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
    "marcher": "protesters", "police": "police", "policeman": "police", "riot police": "police",
    "opposition": "opposition", "detainee": "detainees", "activist": "activists",
    "striker": "strikers",
}
# Role nouns that can stand for a person already named ("the president said").
ROLE_NOUNS = frozenset({"president", "minister", "premier", "leader", "chief", "spokesman",
                        "spokeswoman", "spokesperson", "chancellor", "secretary", "governor",
                        "mayor", "ambassador", "envoy", "analyst", "reporter", "prosecutor",
                        "commissioner", "official", "general", "king", "queen", "pope"})
PERSON_PRONOUNS = frozenset({"he", "she"})
ORG_PRONOUNS = frozenset({"it"})
FUTURE_CUES = frozenset({"will", "shall", "'ll", "expect", "due", "schedule", "plan", "set", "to"})
