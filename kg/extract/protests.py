"""Protests and detentions: one event per protest cue, with its date, place, organiser and counts.

Each protest word or protest clause (:mod:`kg.extract.protest_cues`) makes a protest with
the date of its clause (:mod:`kg.extract.protest_days`) and its place
(:mod:`kg.extract.protest_places`, :mod:`kg.extract.protest_objects`, :mod:`kg.extract.protest_towns`); head counts,
detentions and deaths attach to the nearest protest word of their sentence
(:mod:`kg.extract.counts`); reports of one gathering merge (:mod:`kg.extract.protest_merge`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, subject
from kg.extract.counts import (count_role, death_towns, find_counts, governing_verb, lost_lives, own_town, told_death,
                               town_figures)
from kg.extract.participants import protest_participants
from kg.extract.places import clause_path, date_for, own_time, place_for, sentence_date
from kg.extract.protest_cues import (CAUSE_VERBS, ERUPT_VERBS, clash_cues, nationwide, not_an_event, present_date, protest_cues,
                                     street_clash)
from kg.extract.protest_days import (amid, and_day, aside_date, cause_date, spread_days, date_word, days_apart, in_the_wake, overnight, own_date, planned, said_on,
                                     since_clause)
from kg.extract.protest_merge import merge_protests
from kg.extract.protest_objects import object_places, spread_later
from kg.extract.protest_places import seat_capital, split_town_lists, conj_places, included_towns, place_countries, shaped_town, town_of_venue
from kg.extract.protest_story import story_cues, the_crowd, town_led_place
from kg.extract.protest_towns import (across_country, and_other_towns, country_city, crowd_town, dangling_in, district_town, from_to_towns, gapped_towns,
                                     included_only, is_town, label_town, others_places, region, span_towns, sentence_town, share_of_figure, subject_town,
                                     swept_country, told_town, venue_name_town)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["find_protests"]


def find_protests(ctx: Context) -> None:
    doc = ctx.doc
    protests: list[Ev] = []
    _crowd_nouns(ctx)
    split_town_lists(ctx)
    place_countries(ctx)
    counts = find_counts(ctx)
    cues = {sent.start: protest_cues(ctx, sent) for sent in doc.sents}
    by_sent: dict[int, list[tuple[Token, str, int]]] = {}  # each sentence's counts, in their order (not all per sentence)
    starts = list(cues)
    for c in counts:
        by_sent.setdefault(starts[bisect.bisect_right(starts, c[0].i) - 1], []).append(c)
    story = any(cues.values())
    for sent in doc.sents:
        # "clashes also broke out in Chattogram": street clashes of a report of protests, in a town
        clashes = [t for t in (clash_cues(ctx, sent) if story else []) if street_clash(ctx, t)
                   and (is_town(ctx, town_of_venue(ctx, place_for(ctx, t, sent, include_to=False), sent))
                        or (t.head.lower_ == "of" and t.head.head.lower_ == "scene"  # "X was the scene of clashes"
                            and is_town(ctx, shaped_town(ctx, t, clause_path(ctx, t))))
                        or (ctx.home_country is not None and nationwide(t)))]  # "killed in clashes across the country"
        found = cues[sent.start] + clashes
        found += story_cues(ctx, sent, found) if story else []  # "many gathered in Nakuru"
        triggers = sorted((t for t in found if not not_an_event(ctx, t)), key=lambda t: t.i)
        line_end = ctx.text.find("\n", _text_end(ctx, sent))
        if _credited(ctx.text[sent.start_char: line_end if line_end >= 0 else len(ctx.text)].strip()) \
                or _caption(ctx, sent, line_end):
            triggers = []  # "... in Dhaka, Bangladesh, July 16, 2024. — Reuters": a photo caption
        sent_counts = list(by_sent.get(sent.start, ()))
        used_counts: set[int] = set()
        addressed: list[Ev] = []  # placed in a country its clause names ("rallied in Serbia"), not nationwide
        retold: list[Ev] = []  # of those, undated and told as one gathering already reported ("the rally in Serbia")
        first = len(protests)
        for t in triggers:
            d, dtxt = own_date(ctx, t, sent) or days_apart(ctx, t, sent) or date_for(ctx, t, sent)
            if dtxt is None and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children):
                d, dtxt = sentence_date(ctx, t, sent)  # not "the protests": they were reported before
                if planned(ctx, sent, dtxt, t):
                    d, dtxt = None, None  # "are calling for X and have vowed to rally again on July 12"
            head = date_word(ctx, sent, dtxt)
            if head is not None and (head.lower_ == "since" or since_clause(head)) and not _SINCE_TODAY.fullmatch(dtxt or ""):
                continue  # "since last Friday thousands have taken part in protests": a span, not a day (but "since morning")
            night = overnight(ctx, sent, dtxt, t) or in_the_wake(ctx, sent, dtxt, t)
            if said_on(ctx, sent, dtxt, t) or night or aside_date(ctx, sent, dtxt, t) or cause_date(ctx, sent, dtxt):
                d, dtxt = None, None  # "killed during protests overnight, police said on Thursday"
            elif dtxt is None:
                d, dtxt = present_date(ctx, t)
            if dtxt is None and ctx.art.published is not None and (since := _since_today(ctx, sent)) is not None:
                d, dtxt = ctx.art.published, since  # "Since morning, residents ... joined the protests": that day
            if dtxt is not None and amid(t) and not any(dtxt in x.text for x in t.subtree if x.ent_type_ == "DATE"):
                d, dtxt = None, None  # "declared an emergency on Monday amid protests": the wave, not that day's
            place = place_for(ctx, t, sent, include_to=False, exclude=others_places(ctx, t, triggers, sent))
            if t.lower_ == "streets":  # "on the streets of Chattogram, Rangpur and Cumilla"
                place = next((k for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                              if (k := ctx.tok_actor[p.i]) and ctx.actors[k].type in ("Place", "Country")), place)
            if place is None or ctx.typed(place, "Country"):
                place = crowd_town(ctx, t) or place  # "protesters in Lilongwe, Blantyre and Mzuzu marched"
            if t.pos_ == "VERB" and (led := town_led_place(ctx, t)) is not None:
                place = led  # "..., while in Concepcion demonstrators set up barricades": the town its clause leads with
            if ctx.typed(place, "Country") and not nationwide(t):  # "outside Serbia's parliament": its capital
                seat = seat_capital(ctx, t)
                place = seat if seat is not None and ctx.actors[seat].country == place else place
            place = town_of_venue(ctx, place, sent)
            place = district_town(ctx, place, sent)
            place = country_city(ctx, place, sent)  # "in Lebanon's second city, Tripoli": the town
            if place is not None and ctx.home_country and _national_day(t) and not any(
                    k == place and a in {x.i for x in t.subtree} for a, _b, k in ctx.mentions):
                place = ctx.home_country  # "rallied in Vladivostok on Sunday on a day of nationwide protests": the country's day
                ctx.ensure_country(ctx.home_country)
            obj_places = object_places(ctx, t)
            days = spread_days(ctx, t, sent) if obj_places else None
            if days is not None:  # "protests that started in Lome on Saturday spread to Kara on Sunday"
                d, dtxt = days[1] if place is None or place in obj_places else days[0]
            if (place is None or ctx.typed(place, "Country")) and obj_places:
                place = obj_places[0]  # "blocked the Karkur junction in northern Israel": the town, not its country
            if place is None:
                place = subject_town(ctx, t) or swept_country(ctx, t) or dangling_in(ctx, t)
            if place is None:
                place = shaped_town(ctx, t, clause_path(ctx, t)) or (None if nationwide(t) else seat_capital(ctx, t))
                place = town_of_venue(ctx, place, sent)  # "demonstrators in Yerevan’s Republic Square"
            ends = from_to_towns(ctx, t) if place is None else []
            if ends:  # "joined hands from Tripoli to Tyre": both towns the gathering reached
                place = ends[0]
            if place is not None and nationwide(t) and included_only(ctx, place, sent):
                place = None  # "blocked roads across the country, including in Lusaka": the country's day and its towns
            across = across_country(ctx, t)
            town_too = place if across and place is not None and is_town(ctx, place) else None
            if across:  # "protests erupted across Georgia on Sunday, with the largest in Tbilisi"
                place = across
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.pos_ == "NOUN" or t.lower_ in _MASS_WAVES
            if place is None and not (plural and d is None) and not nationwide(t):
                place = sentence_town(ctx, t, sent)  # "In Jerusalem, police drove off protesters who rallied ..."
            if place is None:
                place = label_town(ctx, sent)  # "  • Eldoret: Youths gathered in various locations"
            if place is None:
                place = venue_name_town(ctx, sent)  # "gathered outside the Supreme Court in Tbilisi"
            if place is None and not nationwide(t):
                place = told_town(ctx, t, sent)  # "... at Bangkok's Democracy Monument ... The rally began on Sunday"
            began = days is not None and d is None and place is not None and place not in obj_places  # "which began in Quito"
            ev = Ev("Protest", [ctx.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=t.idx, no_day=night or began)
            ev.generic = (plural or own_time(ctx, clause_path(ctx, t))) and d is None and (
                place is None or ctx.actors[place].type == "Country")  # "who took to the streets this month": the wave
            if nationwide(t) and ctx.home_country and (place is None or ctx.actors[place].type == "Country"):
                ev.place = place or ctx.home_country
                ctx.ensure_country(ctx.home_country)
                ev.generic = False
            if ev.generic and t.dep_ == "dobj" and t.head.lemma_.lower() in CAUSE_VERBS:
                ev.kind = "caused"  # "the vote prompted mass protests": a wave reported as an event
            if (ev.generic and t.dep_ == "nsubj" and t.head.lemma_.lower() in ERUPT_VERBS and ctx.home_country
                    and (place is None or place == ctx.home_country) and not own_time(ctx, clause_path(ctx, t))):
                # "protests broke out in several cities across Pakistan": the national day (but
                # "the demonstrations erupted last month": how the movement began)
                ev.generic, ev.place = False, ctx.home_country
                ctx.ensure_country(ctx.home_country)
            if ctx.typed(ev.place, "Country") and not across and not nationwide(t) and not plural and not ev.generic:
                addressed.append(ev)
                if d is None and _told_again(t):
                    retold.append(ev)
            ev.organizer = _organizer(ctx, t)
            ev.participants = protest_participants(ctx, t, sent)
            if protests and t.pos_ == "VERB" and any(c.dep_ == "nsubj" and the_crowd(c) for c in [
                    *t.children, *(t.head.children if t.dep_ == "conj" else ())]):
                ev.participants = list(protests[-1].participants)  # "the workers set cars on fire": the crowd told before
            for tok, phrase, value in sent_counts:
                if tok.i in used_counts:
                    continue
                role = count_role(ctx, tok, t, triggers)
                if role:
                    ev.counts.setdefault(role, (value, phrase))
                    used_counts.add(tok.i)
            protests.append(ev)
            extras = included_towns(ctx, t, clause_path(ctx, t))
            if not (ev.place is None or ev.place in extras or ctx.typed(ev.place, "Country") or region(ctx, ev.place)):
                extras = []  # "in cities including A, B and C" with C read as the clause's place: all three
            if extras and ev.place is not None and region(ctx, ev.place):
                # "In the Far East, rallies were held in several cities, including Omsk and Tomsk": the
                # towns named, not the region they lie in
                ev.place = extras.pop(0)
            if town_too is not None:
                extras.append(town_too)
            extras += ends[1:] + [k for k in [*span_towns(ctx, t), *gapped_towns(ctx, t)] if k != ev.place]
            if ctx.typed(ev.place, "Country"):
                extras += from_to_towns(ctx, t)
            if place is not None:
                extras += [*conj_places(ctx, place, sent), *[k for k in obj_places if k != place]]
                if ctx.home_country and and_other_towns(ctx, place, sent):
                    extras.append(ctx.home_country)  # "the streets of Bogota and other cities": the country's day too
                    ctx.ensure_country(ctx.home_country)
            made = [ev]
            later = spread_later(ctx, t) if extras else set()
            if extras:
                for extra in dict.fromkeys(extras):
                    day = (None, None) if extra in later else (d, dtxt)  # "began in A on Tuesday and spread to B": B undated
                    if days is not None and extra in obj_places:
                        day = days[1]  # the towns it spread to, on the day it spread
                    twin = Ev("Protest", list(ev.evidence), place=extra, date=day[0], date_text=day[1], anchor=t.idx,
                              no_day=extra in later)
                    twin.participants = list(ev.participants)
                    protests.append(twin)
                    made.append(twin)
            day2, txt2 = and_day(ctx, sent, dtxt) if d is not None else (None, None)
            for e in made if day2 is not None else []:  # "rallied in Moscow on Saturday and Sunday": each day's
                again = Ev("Protest", list(e.evidence), place=e.place, date=day2, date_text=txt2, anchor=t.idx)
                again.participants = list(e.participants)
                protests.append(again)
        _country_as_address(ctx, protests, first, addressed)
        _told_in_its_town(ctx, protests, first, retold)
        for tok, town, value, phrase, role in town_figures(ctx, sent) if story else []:
            # "The most detainees are in Moscow - 825, in St. Petersburg - 475": each town's protest
            d, dtxt = date_for(ctx, tok, sent)
            ev = Ev("Protest", [ctx.sent_span(sent)], place=town, date=d, date_text=dtxt, anchor=tok.idx)
            ev.counts[role] = (value, phrase)
            protests.append(ev)
            used_counts.add(tok.i)
        # detentions reported without a protest word in the same sentence
        for tok, phrase, value in sent_counts:
            if tok.i in used_counts:
                continue
            verb = governing_verb(ctx, tok)
            death = verb if verb is not None and (verb.lemma_.lower() in L.DEATH_VERBS or lost_lives(verb)) else told_death(verb)
            towns = death_towns(ctx, tok, death, verb, sent) if death is not None and protests else []
            if towns and death is not None:
                # "four more people were killed in the city of Amara", "six were reported killed in A and B,
                # one in C": in a report of protests, each town's protest
                d, dtxt = date_for(ctx, death, sent)
                if said_on(ctx, sent, dtxt, death):
                    d, dtxt = None, None
                for n, town in enumerate(towns):
                    ev = Ev("Protest", [ctx.sent_span(sent)], place=town, date=d, date_text=dtxt, anchor=death.idx)
                    if n == 0 or len(towns) == 1:
                        ev.counts["death_count"] = (value, phrase)
                    protests.append(ev)
                continue
            noun = tok.head if tok.dep_ in ("nummod", "conj") else tok
            held_in = (own_town(ctx, tok) or own_town(ctx, noun)) if noun.lemma_.lower() in _ARREST_NOUNS else None
            if protests and noun.pos_ == "NOUN" and held_in is not None and not nationwide(noun):
                # "OVD-Info reported 1,600 detentions in Moscow and 500 in St Petersburg": each town's protest
                d, dtxt = date_for(ctx, noun, sent)
                ev = Ev("Protest", [ctx.sent_span(sent)], place=held_in, date=d, date_text=dtxt, anchor=noun.idx)
                ev.counts["detained_count"] = (value, phrase)
                protests.append(ev)
                continue
            if (protests and ctx.home_country and noun.pos_ == "NOUN" and noun.lemma_.lower() in _ARREST_NOUNS
                    and nationwide(noun)):
                # "more than 4,500 arrests took place across the country": the national day's figure
                d, dtxt = date_for(ctx, noun, sent)
                ev = Ev("Protest", [ctx.sent_span(sent)], place=ctx.home_country, date=d, date_text=dtxt,
                        anchor=noun.idx)
                ev.counts["detained_count"] = (value, phrase)
                ctx.ensure_country(ctx.home_country)
                protests.append(ev)
                continue
            share = verb is None or verb.lemma_.lower() not in L.DETAIN_VERBS
            if share:  # "the figure included 469 people detained in Moscow"
                verb = _detained_by(tok)
            if verb is not None and verb.lemma_.lower() in L.DETAIN_VERBS:
                d, dtxt = date_for(ctx, verb, sent)
                if said_on(ctx, sent, dtxt, verb):
                    d, dtxt = None, None  # "police detained 44 people in Paris, the minister said on Friday"
                place = own_town(ctx, tok) or place_for(ctx, verb, sent, include_to=False)  # "..., 120 in Grodno"
                national = nationwide(verb) and ctx.home_country and (place is None or share_of_figure(ctx, verb, place))
                if share and not (protests and is_town(ctx, place)):
                    continue
                if protests and (national or is_town(ctx, place)):
                    # "police detained 2,737 people nationwide": the national day's figure; "the figure
                    # included 469 people detained in Moscow": the protest in that town
                    where = ctx.home_country if national else place
                    ev = Ev("Protest", [ctx.sent_span(sent)], place=where, date=d, date_text=dtxt, anchor=verb.idx)
                    ev.counts["detained_count"] = (value, phrase)
                    if national:
                        ctx.ensure_country(ctx.home_country)  # type: ignore[arg-type]
                    protests.append(ev)
                    continue
                det = Ev("Detention", [ctx.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=verb.idx)
                det.counts["detained_count"] = (value, phrase)
                for c in counts:
                    if sent.start <= c[0].i < sent.end and c[0].i != tok.i:
                        v2 = governing_verb(ctx, c[0])
                        if v2 is not None and v2.lemma_.lower() in L.DEATH_VERBS:
                            det.counts.setdefault("death_count", (c[2], c[1]))
                subj = subject(ctx, verb)
                if subj is not None and actor_at(ctx, subj):
                    det.participants.append(actor_at(ctx, subj))  # type: ignore[arg-type]
                ctx.events.append(det)
    ctx.events += merge_protests(ctx, protests)



def _text_end(ctx: Context, sent: Span) -> int:
    """The offset after the sentence's last character that is not a space (``sent.start_char +
    len(sent.text.rstrip())``, without making the sentence's text)."""
    text, end = ctx.art.analysed, sent.end_char
    while end > sent.start_char and text[end - 1].isspace():
        end -= 1
    return end


# the people of a protest, capitalised: "BISHKEK (Reuters) - Protesters stormed ..." (read as a name after a dateline)
_CROWD_PLURALS = {"protesters": "protester", "protestors": "protestor", "demonstrators": "demonstrator",
                  "marchers": "marcher", "rioters": "rioter"}


def _crowd_nouns(ctx: Context) -> None:
    """The model reads a capitalised plural after a dateline ("KYIV (Reuters) - Demonstrators occupied
    ...") as a proper noun whose lemma is itself: it is the common noun, as everywhere else."""
    poses, lowers = ctx.poses, ctx.lowers
    for i, low in enumerate(lowers):
        if low in _CROWD_PLURALS and poses[i] == "PROPN" and not ctx.doc[i].ent_type_:
            ctx.retag(ctx.doc[i], "NOUN", "NNS", _CROWD_PLURALS[low])


# "... in Dhaka, Bangladesh, July 16, 2024. — Reuters", "... on a highway north of Beirut.—AFP": a photo caption


_CREDITED_CAPTION = re.compile(r"(?:(?:19|20)\d\d\.?\s*[\u2014\u2013-]|\.\s*[\u2014\u2013])\s*(?:Reuters|AFP|AP|EPA|EFE|Getty Images)\.?$")
_CREDITS = tuple(f"{agency}{stop}" for agency in ("Reuters", "AFP", "AP", "EPA", "EFE", "Getty Images") for stop in ("", "."))


def _credited(line: str) -> bool:
    """A line that ends with a photo's credit after its date ("... July 16, 2024. — Reuters"). The
    pattern is tried only on a line that ends with an agency's name: a search over every sentence's
    line would cost the whole line per sentence, quadratic on a text of one long line."""
    return line.endswith(_CREDITS) and _CREDITED_CAPTION.search(line) is not None


_ARREST_NOUNS = frozenset({"arrest", "detention"})


def _national_day(t: Token) -> bool:
    """ "on a day of nationwide protests", "as part of a nationwide day of protest": the protest
    noun names the country's day, of which the clause's town is a share."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.lower_ != "day":
        return False
    return any(c.dep_ == "amod" and c.lower_ in ("nationwide", "national", "countrywide")
               for x in (t, t.head.head) for c in x.children)


def _caption(ctx: Context, sent: Span, line_end: int) -> bool:
    """A photo caption: a line of one sentence that shows one person in the simple present ("A protester
    holds a banner reading ...", "An opposition demonstrator wears a gas mask ... in Caracas"), not a
    headline and not a saying. (Crowds in the present are not: "demonstrators gather in the capital's
    Tahrir Square" in a dated recap, "Tens of thousands of people protest this Saturday".)"""
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    end = line_end if line_end >= 0 else len(ctx.text)
    if ctx.text[line_start:sent.start_char].strip() or ctx.text[sent.end_char:end].strip() or ctx.in_headline(sent.start_char):
        return False
    root = sent.root
    if root.pos_ != "VERB" or root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() in L.SPEECH_VERBS or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in root.children):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)


# "Since morning, residents of several towns joined the protests": a span within the day, that day
_SINCE_TODAY = re.compile(r"(?i)(?:(?:this|early|the)\s+)*(?:morning|dawn|daybreak|noon|midday|early hours)")


def _since_today(ctx: Context, sent: Span) -> str | None:
    """ "Since (early) morning" in a sentence that prints no other date: the phrase, else None.
    (ctx.art.analysed is the text the Doc was made of: Doc.text would join every token again.)"""
    text = ctx.art.analysed
    for t in sent:
        if t.lower_ == "since" and not any(x.ent_type_ == "DATE" for x in sent):
            m = _SINCE_TODAY.match(text, t.idx + len(t.text) + 1)
            if m is not None and m.start() == t.idx + len(t.text) + 1:
                return text[t.idx:m.end()]
    return None


def _country_as_address(ctx: Context, protests: list[Ev], first: int, addressed: list[Ev]) -> None:
    """ "Thousands rallied in Serbia on Sunday, gathering outside parliament in Belgrade", "protesters
    were arrested in Brazil as police retook the buildings in the capital Brasilia": one gathering,
    whose country is its town's address. A gathering placed in a country by its own clause (not
    nationwide, not across it, not a plural wave) joins the sentence's gathering of that day in a
    town of that country."""
    for ev in addressed:
        towns = [o for o in protests[first:] if o is not ev and o.date == ev.date and is_town(ctx, o.place)
                 and ctx.actors[o.place].country == ev.place]  # type: ignore[index]
        if towns and ev in protests:
            ctx.absorb(towns[0], ev)
            protests.remove(ev)


# a wave told by a mass noun, as by a plural ("the unrest in Kazakhstan"): the movement, not one gathering
_MASS_WAVES = frozenset({"unrest", "turmoil", "upheaval"})


def _told_again(t: Token) -> bool:
    """ "the demonstration in Belarus was peaceful", "It was the largest rally in Serbia since 2000": a
    singular protest noun told as one gathering the reader already knows (definite, or what "it" is)."""
    if t.pos_ != "NOUN" or t.tag_ != "NN":
        return False
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
        return True
    return t.dep_ == "attr" and t.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in t.head.children)


def _told_in_its_town(ctx: Context, protests: list[Ev], first: int, retold: list[Ev]) -> None:
    """ "Thousands marched in Minsk on Sunday. The demonstration in Belarus was the largest since
    August": a gathering told again with its country as the address is the last gathering reported
    before it in a town of that country (not a day of the country's own); kept where none was."""
    for ev in retold:
        towns = [o for o in protests[:first] if o.anchor < ev.anchor and is_town(ctx, o.place)
                 and ctx.actors[o.place].country == ev.place]  # type: ignore[index]
        if towns and ev in protests:
            ctx.absorb(max(towns, key=lambda o: o.anchor), ev)
            protests.remove(ev)


def _detained_by(tok: Token) -> Token | None:
    """ "469 people detained in Moscow": the participle that tells what befell the counted people."""
    return next((c for c in tok.head.children if c.dep_ == "acl" and c.lemma_.lower() in L.DETAIN_VERBS), None)


def _organizer(ctx: Context, t: Token) -> str | None:
    for c in t.children:
        if c.dep_ == "acl" and c.lemma_.lower() in L.ORGANISE_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            return actor_at(ctx, p)
    if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in L.ORGANISE_VERBS:
        for a in t.head.children:  # "the march was organised by the unions"
            if a.dep_ == "agent":
                for p in a.children:
                    if p.dep_ == "pobj":
                        return actor_at(ctx, p)
    if t.dep_ == "dobj" and t.head.lemma_.lower() in L.ORGANISE_VERBS:
        subj = subject(ctx, t.head)
        if subj is not None:
            return actor_at(ctx, subj)
    return None
