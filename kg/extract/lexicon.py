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
    "deplore": "criticism", "castigate": "criticism", "lament": "criticism", "reject": "rejection", "deny": "rejection",
    "dismiss": "rejection", "refuse": "rejection", "rule": "rejection", "praise": "praise",
    "hail": "praise", "welcome": "praise", "commend": "praise", "thank": "praise",
    "congratulate": "congratulation", "describe": None, "blame": "criticism", "brand": "criticism",
    "label": "criticism", "threaten": "claim", "caution": "claim", "refer": None,
    "concede": "announcement", "apologise": "comment", "apologize": "comment",
    "report": None, "estimate": "claim", "complain": "criticism", "assure": "announcement",
    "emphasise": None, "emphasize": None, "underline": None, "indicate": "claim", "greet": None,
    "offer": "announcement", "request": "demand", "reiterate": None, "observe": None, "recount": None, "testify": "claim",
    "reveal": None, "disclose": None, "affirm": None, "reaffirm": None, "retort": None, "mention": None,
    "boast": "claim", "proclaim": "announcement", "plead": "demand", "implore": "demand", "exhort": "demand",
    "applaud": "praise", "laud": "praise", "refute": "rejection", "rebuff": "rejection", "rebut": "rejection",
    "repudiate": "rejection", "contend": "claim",
    "read": None, "anticipate": None, "forecast": "claim", "hint": None, "signal": None, "dispute": "rejection",
    "defend": "claim", "highlight": None, "underscore": None, "point": None,
}
# Verbs that only report; the kind of what they report comes from its words.
REPORTING_VERBS = frozenset({"say", "tell", "add", "write", "state", "note", "report", "confirm", "indicate",
                             "stress", "explain", "emphasise", "emphasize", "underline", "reiterate"})
# Verbs that present what is reported as a remark, not as an assertion: a comment by default.
REMARK_VERBS = frozenset({"note", "highlight", "underscore", "point", "stress", "emphasise", "emphasize", "underline", "observe", "remark", "comment",
                          "explain"})
# Subjects that say nothing of whom a clause is about ("there will be", "this is").
PRESENTATIVE = frozenset({"there", "this", "that", "it", "which", "what"})
# "warnings from China", "criticism from the opposition": a statement named by a noun
SPEECH_EVENT_NOUNS: dict[str, str] = {
    "warning": "claim", "threat": "claim", "criticism": "criticism", "accusation": "criticism",
    "demand": "demand", "call": "demand", "appeal": "demand", "condemnation": "criticism", "praise": "praise",
    "announcement": "announcement", "pledge": "announcement", "promise": "announcement", "denial": "rejection",
    "ultimatum": "demand", "recognition": "announcement",
}
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher"})
# Verbs that only attribute a quotation; alone (no quote) they are not a statement.
QUOTE_ONLY_VERBS = frozenset({"speak", "quote", "recall", "ask", "post", "reply", "answer", "respond", "refer",
                              "describe", "label", "brand", "greet", "read"})
# Verbs that need a clause complement ("said that ...") to count as reported speech.
NEEDS_CLAUSE = frozenset({
    "say", "tell", "add", "write", "state", "note", "stress", "explain", "remark", "comment",
    "acknowledge", "admit", "suggest", "tweet", "insist", "claim", "allege", "assert", "argue",
    "maintain", "predict", "warn", "declare", "confirm", "deny", "report", "estimate", "indicate",
    "emphasise", "emphasize", "underline", "assure", "reiterate", "observe", "recount", "testify",
    "reveal", "disclose", "affirm", "reaffirm", "retort", "mention", "boast", "proclaim",
    "anticipate", "forecast", "hint", "signal", "dispute", "highlight", "underscore", "point",
})
# Leaving office: "we will stay until he resigns / steps down" demands it.
RESIGN_VERBS = frozenset({"resign", "step", "quit", "leave", "go", "fall", "abdicate"})
# Recognising and accepting: negated, a rejection ("did not recognise the vote").
ACCEPT_VERBS = frozenset({"recognise", "recognize", "accept", "consider", "agree", "allow", "acknowledge", "tolerate"})
# Verbs that do what they say in the present, with the speaker as subject: "I swear to ...",
# "the sides commit to ...", "I am quitting ...": an announcement.
COMMIT_VERBS = frozenset({"swear", "commit", "pledge", "promise", "vow", "undertake", "resign", "quit", "announce",
                          "declare"})
# Verbs of a decision or an intention: their subject's own future ("he decided to resign").
INTENT_VERBS = frozenset({"decide", "plan", "intend", "prepare", "resolve", "aim"})
# "would like / love / prefer to": a wish, not a future.
WISH_VERBS = frozenset({"like", "love", "prefer", "want", "wish", "hope"})
# "said he hoped for dialogue", "said it wished them well": a hope, neither a claim nor a decision
# (the parser lemmatises "hoped" as "hop", hence the forms)
HOPE_WORDS = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"})
# "reiterated its willingness to mediate", "emphasised his commitment to ...": the speaker's
# own decision or intention named by a noun, an announcement whatever the verb
INTENT_NOUNS = frozenset({"commitment", "willingness", "readiness", "determination", "intention", "resolve",
                          "decision", "pledge", "promise"})
# "an agreement was reached", "the sides struck a deal", "a decision was taken": a result made known
CONCLUDE_VERBS = frozenset({"reach", "strike", "sign", "take", "adopt", "conclude", "finalise", "finalize"})
AGREEMENT_NOUNS = frozenset({"agreement", "consensus", "deal", "decision", "accord", "compromise", "resolution"})
# "willing / ready / prepared to ...": of the speaker, a readiness made known
READY_WORDS = frozenset({"willing", "ready", "prepared"})
# Verbs that only say how firmly something is asserted: an obligation in what is asserted
# ("insisted: 'we've got to go'") is a demand
ASSERT_VERBS = frozenset({"insist", "maintain", "argue", "assert"})
# "my call is for ...", "our demand is ...": the speaker's own call, a demand
CALL_NOUNS = frozenset({"call", "appeal", "demand", "plea", "request"})
# Speech verbs whose direct object is what they say ("denied the charges", "estimated 4,000 people").
OBJECT_CLAIMS = frozenset({"claim", "insist", "warn", "deny", "dispute", "highlight", "underscore", "confirm", "declare", "estimate",
                           "stress", "emphasise", "emphasize", "underline", "reiterate", "reaffirm"})
# "police put turnout at 2,000": the nouns of a figure someone gives
FIGURE_NOUNS = frozenset({"figure", "turnout", "number", "toll", "count", "attendance", "crowd", "size", "tally"})
# News media: the channel of a statement ("told Reuters"), never its addressee.
MEDIA = frozenset({"reuters", "afp", "ap", "associated press", "agence france-presse", "tass", "ria novosti",
                   "ria", "interfax", "bbc", "cnn", "belta", "xinhua", "anadolu", "dpa", "efe", "ansa",
                   "bloomberg", "al jazeera", "sputnik", "ukrinform", "reporters", "journalists"})
# Verbs whose direct object is the person addressed or criticised.
ADDRESSEE_VERBS = frozenset({
    "tell", "urge", "condemn", "criticise", "criticize", "denounce", "slam", "blast", "accuse",
    "lambast", "castigate", "praise", "hail", "commend", "thank", "congratulate", "warn", "ask",
})
# Nouns that mark speech when a quotation has no speech verb ("slogans", "a statement").
SPEECH_NOUNS = frozenset({
    "statement", "call", "slogan", "chant", "message", "letter", "post", "tweet", "remark",
    "comment", "account", "banner", "placard", "sign", "speech", "address", "interview",
    "declaration", "appeal", "testimony", "warning", "words", "communique", "communiqu\u00e9",
})
# Chanting and singing: the words are a chant, not a statement (the real set's convention).
CHANT_VERBS = frozenset({"chant", "sing"})
# Documents that speak for their author ("the statement said", "the letter reads").
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqu\u00e9", "declaration", "letter", "message",
                            "post", "tweet", "note"})
# "gave accounts of ...", "issued a statement": light verb + speech noun object.
LIGHT_SPEECH_VERBS = frozenset({"give", "issue", "make", "deliver", "release", "publish"})
# "renewed calls for ...", "repeated his demand": a speech noun said again, a statement
RENEW_VERBS = frozenset({"renew", "repeat", "reiterate", "echo"})
# "raised concerns about ...", "voiced alarm": criticism without a speech verb.
CONCERN_VERBS = frozenset({"raise", "voice", "express"})
CONCERN_NOUNS = frozenset({"concern", "alarm", "objection", "dismay", "outrage", "regret", "displeasure"})
# "expressed hope that ...", "voiced optimism": a hope, a comment
HOPE_NOUNS = frozenset({"hope", "optimism"})
PRAISE_NOUNS = frozenset({"support", "solidarity", "gratitude", "thanks", "appreciation", "confidence", "backing"})
# Institutions named by a common noun: "the interior ministry", "China's foreign ministry".
INSTITUTION_NOUNS = frozenset({"ministry", "government", "embassy", "presidency", "service", "committee",
                               "agency", "army", "military", "court", "commission"})

# Each statement kind's cue words (kg/extract/kinds.py cue_kind), the first kind in this order wins.
# A cue matches whole words; one ending in '*' is a stem that begins a word ("condemn*": condemned,
# condemnation). Whole words keep names and longer words out: "coup" not "couple", "crime" not "Crimea".
KIND_CUES: list[tuple[str, tuple[str, ...]]] = [
    ("congratulation", ("congratulat*",)),
    ("criticism", ("regret*", "illegitimate", "usurp*", "shame*", "condemn*", "crime", "crimes",
                   "unacceptable", "outrage*", "lie", "lies", "lied", "brutal*", "disgrace*", "terror*", "repress*",
                   "betray*", "undermin*", "wrong*",
                   "irresponsib*", "fraud*", "marred", "tearing", "isolation", "dictator*", "beating", "beatings",
                   "ignored", "interference", "treason", "criminal*", "mistake*", "coup", "coups", "puppet*",
                   "destructive", "vandal*", "miscreant*", "lack of", "failure*", "failed to", "unjust*",
                   "injustice*", "abus*", "aggression", "aggressor*", "provocat*", "corrupt*", "hypocri*",
                   "absurd*", "scandal*", "disastrous", "shameful", "arbitrar*", "persecut*", "tyran*", "stole",
                   "stolen", "steal*", "farce*", "travesty", "appalling", "appalled", "deplor*", "reckless*",
                   "cynic*", "barbar*", "thug*", "oppress*", "intimidat*", "harass*", "censor*", "propaganda",
                   "unconstitutional*", "unfair*", "ridiculous*", "murder*", "massacre*", "destabilis*",
                   "destabiliz*",
                   # the vocabulary of reproach in wire reports, beyond the verbs
                   "lost legitimacy", "lost all legitimacy", "lost credibility", "lost all credibility", "lost its credibility",
                   "no credibility", "lost the trust", "lost the confidence", "dark day", "black day", "sad day",
                   "afraid of its own", "afraid of their own", "only listens to", "only listen to",
                   "no legitimacy", "assault on", "no respect for",
                   "heavy-handed", "connivance", "complicit*",
                   "no reason to", "negligen*", "contempt for", "disregard for", "trampl*", "coward*", "heinous",
                   "despicable", "insult*", "humiliat*", "deceiv*", "deceit*", "incompeten*", "arrogan*",
                   "disgusting", "atrocious", "atrocit*", "inhuman*", "despot*", "police state",
                   "lawless*", "mafia*", "dishonest*", "disproportionate*", "inexcusable", "unjustifi*",
                   "unwarranted", "reprehensible", "intolerable", "indefensible", "muzzle*", "silencing", "blood on",
                   "killing our", "killing innocent", "killing peaceful", "killing unarmed", "not listening",
                   "did nothing to", "done nothing to", "doing nothing to", "crossed the line",
                   "crossed a red line", "killer*", "denies us", "deny us", "denied us",
                   "are killing", "killing us", "destroying", "ruining", "hijack*", "undemocratic", "anti-democratic",
                   "not democratic", "shameless*", "mockery", "liar*", "gangster*", "thieves", "robbing", "robbed",
                   "danger to democracy", "threat to democracy", "enemies of the people", "enemy of the people",
                   "don't care", "do not care", "doesn't care",
                   "does not care", "ignoring", "ignores", "unprofessional", "insensitive", "cruel*",
                   "trying to silence",
                   # general vocabulary of reproach in political speech on any story: abuses named, words of
                   # contempt for a process or a body, and the speaker's own displeasure
                   "excessive*", "impunity", "violated", "violating", "a sham", "charade", "witch hunt",
                   "witch-hunt", "smear*", "slander*", "blackmail*", "whitewash*", "cover-up", "catastroph*",
                   "disaster", "fiasco", "debacle", "autocra*", "fascis*", "racis*", "bandit*",
                   "traitor*", "mercenar*", "shocking", "horrific", "horrible", "awful", "pathetic",
                   "disappoint*", "unhappy", "dissatisf*", "frustrat*", "angry", "furious", "fed up",
                   "politically motivated", "politically-motivated", "trumped-up", "trumped up", "blind eye",
                   "deaf ear", "deaf to", "out of touch", "suppress*", "tortur*",
                   "plunder*", "a blow to", "no place in", "senseless", "inadequate", "unreasonable",
                   "uncooperative", "unlawful*", "worst", "crackdown", "pretext", "an excuse", "regime", "trap",
                   "lying", "hatred", "incit*", "hooligan*", "sabotag*", "saboteur*", "nepotism", "cronyism",
                   "kleptocra*", "embezzl*", "tired of", "sick of", "enough is enough", "had enough", "no future",
                   "turned its back", "turned their back", "turned his back", "turns its back", "turning its back",
                   "only interested in", "only care about", "only cares about", "only cared about",
                   "against unarmed", "against peaceful", "not acceptable",
                   "not a democracy", "not normal", "not fair", "like animals", "like criminals", "like slaves",
                   # the speaker's alarm at what others did ("I follow with concern the reports that ...": a
                   # plain "concerned" is a remark) and what others lack ("the cabinet lacks credibility")
                   "with concern", "deeply concerned", "gravely concerned", "alarmed", "alarming", "lacks", "lacked", "lack", "lacking",
                   # what may not be done, is done without care, or endangers ("X is to blame", "a danger to")
                   "impermissible", "inadmissible", "callous*", "heartless", "to blame", "a danger to",
                   # a ruler's manner and a measure's harshness, named with contempt on any story
                   "authoritarian", "punitive", "complacen*", "inept*", "incapable of", "unfit",
                   "not fit to", "no right to", "not have the right", "divisive", "polaris*", "polariz*",
                   "manipulat*", "distort*", "falsif*", "bully*", "extort*", "brib*", "greed*", "selfish*",
                   "genocid*", "war crime*", "ethnic cleansing", "bloodbath", "occupier*", "invader*",
                   "unbearable", "intoleran*", "bigot*", "xenophob*", "discriminat*")),
    ("demand", ("must", "should", "call on", "calls on", "called on", "calling on", "call for", "calls for",
                "called for", "calling for", "ought to", "demand*", "urge", "urges", "urged", "urging", "need to",
                "needs to", "have to", "has to", "asking for", "it is time",
                "it's time", "it\u2019s time", "was time for", "was time to",
                "its time to", "now is the time to",  # the apostrophe often dropped in posts and translations
                # the negated and the formal forms of the same obligation
                "shouldn't", "shouldn\u2019t", "mustn't", "mustn\u2019t", "call upon", "calls upon", "called upon",
                "calling upon", "we ask", "i ask", "need to be", "needs to be")),
    ("rejection", ("will never", "would never", "we reject", "no way", "out of the question", "not accept",
                   "refuse*", "not be recognised", "not recognise", "invalid", "null and void",
                   "baseless", "unfounded", "groundless", "untrue", "fabricat*", "too late for", "no intention of",
                   "will not resign", "won't resign", "will not step down", "nonsense", "not true", "ruled out",
                   "rule out", "rules out", "no question of", "categorically", "cannot accept", "can't accept",
                   "won't accept", "will not negotiate", "no talks with", "no dialogue with",
                   # denials of a part in what happened
                   "nothing to do with", "no role in", "no part in", "not involved", "no involvement",
                   "not responsible for")),
    ("praise", ("grateful", "thank*", "excellent", "praise*", "proud", "much-needed",
                "friend*", "supports",
                # progress claimed, not the word alone ("will depend on the progress of the talks", "following
                # the progress of the investigation"): kinds.cue_kind drops "no progress" first
                "some progress", "real progress", "significant progress", "good progress", "great progress",
                "considerable progress", "substantial progress", "tangible progress", "concrete progress",
                "important progress", "notable progress", "serious progress", "made progress", "making progress",
                "progress was", "progress has", "progress had", "progress is being", "was progress", "is progress",
                "been progress", "stand with", "productive", "glad", "joy",
                "joyful", "pleased", "delighted", "appreciat*", "admire*", "admirab*", "admiration",
                "unconditional support", "full support", "solidarity", "success", "successes", "successful*", "constructive",
                "warm", "we support", "i support", "we fully support", "satisfied", "fruitful", "statesman*",
                "honour to", "honor to", "honoured", "honored", "courage*", "brave*", "heroic*", "gratitude",
                "salute*", "pay tribute", "paid tribute", "tribute to", "well done", "bravo",
                "positive", "encouraging", "step forward", "professionalism",
                "hero", "heroes", "wisdom", "remarkable", "outstanding", "impressive", "cordial",
                # a verdict on talks or on conduct: "frank and substantive", "behaved professionally"
                "substantive", "professionally", "hospitality", "generosity",
                # a partner or a relation valued
                "reliable partner", "trusted partner", "highly value", "highly valued", "best level")),
    ("announcement", ("will", "would", "plan", "plans", "planned", "planning", "going to", "intend*", "ready to",
                      "agreed", "arrested", "detained", "we are ready", "i am ready")),
]

MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations",
                           "meet", "consultations", "tete-a-tete"})
MEETING_VERBS = frozenset({"meet", "host", "confer", "receive", "talk", "negotiate"})
VISIT_VERBS = frozenset({"visit", "arrive", "fly", "travel", "land", "tour"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "arrival"})

PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "strike", "sit-in",
                           "walkout", "picket", "protests", "demonstrations", "rallies"})
PROTEST_VERBS = frozenset({"protest", "rally", "march", "demonstrate", "strike"})
PARTICIPATE_VERBS = frozenset({"take", "join", "march", "rally", "gather", "protest", "turn",
                               "attend", "flood", "fill", "pour", "throng", "demonstrate", "mass",
                               "participate", "come", "converge", "stage", "walk", "swarm", "crowd",
                               "hold", "block", "chant", "defy"})
#: Group names of the forces that police a protest: a clash with them does not set supporters
#: against the protesters, and they take no part in the protest.
FORCES = ("police", "forces", "troops", "soldiers", "authorities", "officials")
# Bodies (by name or by their spokesperson's role) that detain people: saying whom they
# detained announces what they did ("Police detained 38 people, the interior minister said").
ARRESTING_BODIES = ("police", "ministry", "interior", "authorities", "prosecutor", "security", "army")
DETAIN_VERBS = frozenset({"detain", "arrest", "jail", "round", "apprehend", "hold", "imprison", "seize"})
DEATH_VERBS = frozenset({"die", "kill", "shoot", "perish"})
ORGANISE_VERBS = frozenset({"organise", "organize", "call", "lead", "stage", "convene", "mobilise",
                            "mobilize", "spearhead"})

# group noun lemma -> canonical plural used in the group's name
GROUP_NOUNS: dict[str, str] = {
    "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
    "marcher": "protesters", "police": "police", "policeman": "police", "riot police": "police",
    "opposition": "opposition", "detainee": "detainees", "activist": "activists",
    "striker": "strikers", "worker": "workers", "union": "unions", "farmer": "farmers",
    "student": "students", "teacher": "teachers", "doctor": "doctors", "miner": "miners",
    "pensioner": "pensioners", "witness": "witnesses", "official": "officials", "organiser": "organisers",
    "organizer": "organizers", "prosecutor": "prosecutors", "authority": "authorities", "youth": "youths",
    "supporter": "supporters", "lawmaker": "lawmakers", "resident": "residents", "soldier": "soldiers",
    "troop": "troops",
}
#: Trades and callings that march as a body ("truckers and taxi drivers blocked highways"):
#: groups in the plural, unless someone's own ("Khan's lawyers" are his entourage).
TRADE_GROUPS = frozenset({"lawyer", "trucker", "driver", "nurse", "retiree", "veteran", "trader", "vendor",
                          "peasant", "villager", "merchant", "shopkeeper", "transporter"})
GROUP_NOUNS.update({n: n + "s" for n in TRADE_GROUPS})
# Group nouns that name a group only in the plural ("the authorities", not "the authority");
# such a group is an actor of the article only when it says or does something reported.
PLURAL_GROUPS = frozenset({"authority", "official", "witness", "resident", "supporter", "youth", "troop", "soldier",
                           "lawmaker", "prosecutor", "organiser", "organizer", *TRADE_GROUPS})
# People who speak for a body ("officials from the ministry", "police sources", "the sources said").
SOURCE_NOUNS = frozenset({"official", "source", "spokesman", "spokeswoman", "spokesperson", "representative"})
# Role nouns that can stand for a person already named ("the president said").
ROLE_NOUNS = frozenset({"president", "minister", "premier", "leader", "chief", "spokesman",
                        "spokeswoman", "spokesperson", "chancellor", "secretary", "governor",
                        "mayor", "ambassador", "envoy", "analyst", "reporter", "prosecutor",
                        "commissioner", "official", "general", "king", "queen", "pope", "observer",
                        "monitor", "expert", "investigator", "diplomat", "source", "representative",
                        "judge", "justice", "dictator", "chairman", "chairwoman", "senator", "lawyer",
                        "negotiator", "commander"})
# "the two leaders met": a plural noun standing for the pair just named
PAIR_NOUNS = frozenset({"leader", "president", "minister", "side", "man", "woman", "head", "counterpart"})
# gatherings that are protests when their subject is protesters ("protesters gathered outside")
GATHER_VERBS = frozenset({"gather", "assemble", "converge", "rally", "march", "mass"})
# "police dispersed protesters": a protest reported through its policing
DISPERSE_VERBS = frozenset({"disperse", "break", "clash", "tear-gas", "teargas"})
PERSON_PRONOUNS = frozenset({"he", "she"})
# "thousands of protesters", "masses of demonstrators": the people, not the quantity
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "ten", "million", "some", "many", "mass", "crowd",
                            "group", "number", "score", "lot", "hundreds", "thousands", "tens", "masses"})
ORG_PRONOUNS = frozenset({"it"})
GROUP_PRONOUNS = frozenset({"they"})
# Verbs whose complement lies ahead: "vowed to gather again on Friday", "were due to hold talks".
FUTURE_VERBS = frozenset({"expect", "schedule", "plan", "due", "vow", "pledge", "promise", "threaten", "intend",
                          "prepare", "aim", "hope", "want", "set", "call", "urge", "announce"})
# Seats of government named like their office: "talks in the Kremlin" are in Moscow.
SEATS: dict[str, str] = {
    "kremlin": "Moscow", "white house": "Washington", "elysee": "Paris", "elysee palace": "Paris",
    "\u00e9lys\u00e9e": "Paris", "\u00e9lys\u00e9e palace": "Paris", "downing street": "London",
    "zhongnanhai": "Beijing", "great hall of the people": "Beijing", "blue house": "Seoul",
    "chancellery": "Berlin", "quirinal": "Rome", "planalto": "Brasilia", "planalto palace": "Brasilia",
    "miraflores": "Caracas", "miraflores palace": "Caracas",
    # seats of government and state guest houses the world over (a venue named without its town)
    "casa rosada": "Buenos Aires", "la moneda": "Santiago", "la moneda palace": "Santiago",
    "casa de nari\u00f1o": "Bogota", "casa de narino": "Bogota", "los pinos": "Mexico City",
    "moncloa": "Madrid", "moncloa palace": "Madrid", "zarzuela palace": "Madrid", "palazzo chigi": "Rome",
    "chigi palace": "Rome", "quirinale": "Rome", "quirinal palace": "Rome", "bellevue palace": "Berlin",
    "schloss bellevue": "Berlin", "hofburg": "Vienna", "hofburg palace": "Vienna", "buckingham palace": "London",
    "10 downing street": "London", "number 10": "London", "matignon": "Paris", "hotel matignon": "Paris",
    "mariinsky palace": "Kyiv", "union buildings": "Pretoria", "aso rock": "Abuja", "aso villa": "Abuja",
    "akorda": "Astana", "ak orda": "Astana", "dolmabahce palace": "Istanbul", "dolmabah\u00e7e palace": "Istanbul",
    "malacanang": "Manila", "malacanang palace": "Manila", "malaca\u00f1ang palace": "Manila",
    "merdeka palace": "Jakarta", "istana merdeka": "Jakarta", "kantei": "Tokyo", "akasaka palace": "Tokyo",
    "cheong wa dae": "Seoul", "rashtrapati bhavan": "New Delhi", "hyderabad house": "New Delhi",
    "carthage palace": "Tunis", "ittihadiya palace": "Cairo", "al-yamamah palace": "Riyadh",
    "saadabad palace": "Tehran", "diaoyutai state guesthouse": "Beijing", "diaoyutai": "Beijing",
    "oval office": "Washington", "blair house": "Washington", "rideau hall": "Ottawa",
}
# a seat every state has under one name ("State House", "the Presidential Palace"): in the capital
# of the article's country
GENERIC_SEATS = frozenset({"state house", "presidential palace", "presidential office", "presidential residence",
                           "government house"})


# number words -> value: the one table of the rules (counts, dates, meetings, collectives)
#: Month names and their usual abbreviations, to the month's number (the date readers' one table).
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "a hundred": 100,
}


def number_words(low: int, high: int) -> dict[str, int]:
    """The single number words of NUMBER_WORDS from ``low`` to ``high``."""
    return {w: v for w, v in NUMBER_WORDS.items() if low <= v <= high and " " not in w}


SMALL_NUMBERS = frozenset(number_words(2, 10))  # "the two parties": a counted body
FEW_NUMBERS = number_words(2, 6)  # "three days ago", "the two leaders"


#: Words that place a group abroad, not in the home country ("Western diplomats", "foreign troops",
#: "European officials").
ABROAD = frozenset({"western", "foreign", "international", "overseas", "european", "african", "arab", "asian",
                    "latin", "visiting", "exiled"})
