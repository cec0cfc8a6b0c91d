"""Actors of one document: names clustered into people, organisations, places and groups,
with their mentions and roles, and the look-ups quote attribution needs (the actor at an
offset, what a pronoun or a role noun refers to).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice

from store.extract.alternation import word_alternation
from store.extract.gazetteer import is_country, lookup_place
from store.extract.lexicon import (
    BARE_GROUP_NOUNS,
    CORPORATE_SUFFIXES,
    FUNCTION_WORDS,
    KIN_NOUNS,
    NON_HOLDER_MODIFIERS,
    NOT_ACTORS,
    OFFICE_TITLES,
    ONE_PERSON_HEADS,
    PARTIES,
    PEER_TITLES,
    PERSON_ROLES,
    PLACE_ACRONYMS,
    POST_NOMINALS,
    PRONOUN_GENDER,
    PUBLIC_BODY_HEADS,
    ROLE_SYNONYMS,
    TITLES,
)
from store.extract.model import Actor, Span
from store.extract.names import (
    POSSESSIVE_AFTER,
    Candidate,
    classify,
    described_name,
    find_candidates,
    first_name_gender,
    is_demonym_use,
)
from store.kinds import ActorType

_NATIONALITY = re.compile(r"^(?:[A-Z][a-z]+(?:ian|ish|ese|an|i|ic|ch)|UK|US|EU|British|American)\s")
# How far back (in mentions) a pronoun, "the company" or a role noun looks for its referent.
# News refers back a paragraph or two; the bound keeps a 20 MB document linear.
_LOOKBACK = 400


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    key: str


class DocActors:
    """The actors of one document and look-ups over their mentions."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._mentions: list[Mention] = []
        self._starts: list[int] = []
        self._indexed = False  # set by finish(): look-ups work from then on
        # Role look-up: every way a role noun can name a stored role ("secretary" matches
        # "transport secretary"; "deputy" matches "deputy leader") -> (role, nationality, key).
        self._roles: dict[str, list[tuple[str, bool, str]]] = {}
        self._group_by_head: dict[str, str] = {}  # head noun -> latest unnamed group
        self._merged: dict[str, str] = {}  # actor folded into another -> that one
        # Where a body is named only as where a speaker works ("an analyst at Petercam"):
        # never what "the company" or "it" refers back to.
        self.affiliation_starts: set[int] = set()

    # ----- building -------------------------------------------------------------------
    def add(self, key: str, type_: ActorType, start: int, end: int, alias: str | None = None) -> None:
        actor = self.actors.get(key)
        if actor is None:
            actor = Actor(name=key, type=type_)
            self.actors[key] = actor
            if type_ == "group":
                self._group_by_head[_group_head(key)] = key
        if alias and alias != key and alias not in actor.aliases:
            actor.aliases.append(alias)
        actor.mentions.append(Span(start, end))
        mention = Mention(start, end, key)
        if self._indexed:
            # Added during attribution ("a Home Office source"): keep the index in order.
            i = bisect.bisect_right(self._starts, start)
            self._mentions.insert(i, mention)
            self._starts.insert(i, start)
        else:
            self._mentions.append(mention)

    def add_role(self, key: str, role: str | None) -> None:
        if not role:
            return
        role = " ".join(role.split()).strip(" ,")
        if not _plausible_role(role):
            return  # a wrong role is worse than none
        actor = self.actors[key]
        if role and role not in actor.roles:
            actor.roles.append(role)
            self._index_role(role, key)

    def _index_role(self, role: str, key: str) -> None:
        nr = _norm_role(role)
        entry = (nr, bool(_NATIONALITY.match(role)), key)
        forms = {nr}
        # "Transport Secretary" is "the secretary", but "shadow chancellor" is not "the
        # chancellor": shorter forms keep every word from the last such modifier on.
        words = nr.split()
        keep_from = max((i for i, w in enumerate(words) if w in NON_HOLDER_MODIFIERS), default=len(words))
        forms.update(" ".join(words[i:]) for i in range(1, min(keep_from, len(words) - 1) + 1))  # "... secretary"
        # "the deputy" for "deputy leader", "the chief" for "chief executive"; but "the union"
        # is not its "union secretary".
        forms.update(nr[:m.end()] for m in re.finditer(r"\w\b", nr) if nr[:m.end()].split()[-1] in PERSON_ROLES)
        for form in forms:
            self._roles.setdefault(form, []).append(entry)

    def merge(self, key: str, into: str) -> None:
        """Fold actor `key` into `into` (before `finish`): its mentions, names and roles.
        An actor already folded away stays where it went, and nothing is folded into
        itself: merges never form a cycle."""
        while into in self._merged:
            into = self._merged[into]
        if key == into or key in self._merged:
            return
        short, long = self.actors[key], self.actors[into]
        long.mentions.extend(short.mentions)
        long.aliases.extend(a for a in [short.name, *short.aliases] if a not in long.aliases and a != long.name)
        for role in short.roles:
            self.add_role(into, role)
        if long.gender is None:
            long.gender = short.gender
        short.mentions.clear()
        self._merged[key] = into  # mention keys are rewritten once, by finish()

    def finish(self) -> None:
        """Index the mentions found by name; later additions keep it in order."""
        for m in self._mentions:
            while m.key in self._merged:
                m.key = self._merged[m.key]
        self._mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]
        self._indexed = True

    # ----- look-ups --------------------------------------------------------------------
    def mention_at(self, start: int) -> Mention | None:
        """The mention beginning at `start` (after any title), if any."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self._mentions) and self._mentions[i].start == start:
            return self._mentions[i]
        return None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._mentions) and self._mentions[i].start < end:
            if self._mentions[i].end <= end:
                out.append(self._mentions[i])
            i += 1
        return out

    def resolve_pronoun(self, pronoun: str, pos: int, recent_speakers: list[str]) -> str | None:
        """He/she: the nearest earlier person of that gender (recent speakers first)."""
        gender = PRONOUN_GENDER.get(pronoun.lower())
        if gender is None:
            if pronoun.lower() == "they":
                for key in reversed(recent_speakers[-2:]):
                    if self.actors[key].type in ("group", "organisation"):
                        return key
            return None
        for key in reversed(recent_speakers[-1:]):
            actor = self.actors[key]
            if actor.type == "person" and actor.gender in (gender, None):
                return key
            if actor.type == "group" and one_person_gender(key) in (gender, "?"):
                return key  # "A Labour spokesman said ... He said": the spokesman again
        for m in self._before(pos):
            actor = self.actors[m.key]
            if actor.type == "person" and actor.gender == gender:
                return m.key
        return None

    def _before(self, pos: int) -> list[Mention]:
        """The mentions before `pos`, nearest first, as far back as a reference reaches."""
        i = bisect.bisect_left(self._starts, pos)
        return self._mentions[max(0, i - _LOOKBACK):i][::-1]

    def resolve_role(self, role_np: str, pos: int) -> str | None:
        """"the Transport Secretary", "the PM": the actor holding that role."""
        role = _norm_role(role_np)
        if not role:
            return None
        matches = [(national and nr != role, key) for nr, national, key in self._roles.get(role, ())
                   if self.actors[key].mentions]  # not one merged into another
        native = list(dict.fromkeys(k for foreign, k in matches if not foreign))
        if len(native) == 1:
            return native[0]  # the one holder, even when named only further on
        if native:
            return self._nearest(native, pos)
        if role in ("prime minister", "president", "chancellor") and matches:
            # "the prime minister" beside "the Italian prime minister": the unqualified title
            # is the home country's; the most mentioned person without another role holds it.
            return self._most_mentioned_unroled(exclude={k for _f, k in matches})
        if role in ("prime minister", "president") and not matches:
            return self._most_mentioned_unroled(exclude=set())
        return None

    def _nearest(self, keys: list[str], pos: int) -> str | None:
        """Of several holders of a role, the one mentioned last before `pos`; when none is
        mentioned before it, the first one named after it (never an arbitrary one)."""
        def last_before(key: str) -> int:
            return max((m.start for m in self.actors[key].mentions if m.start < pos), default=-1)

        latest = max(keys, key=last_before)
        if last_before(latest) >= 0:
            return latest
        return min(keys, key=lambda k: min((m.start for m in self.actors[k].mentions), default=pos))

    def _most_mentioned_unroled(self, exclude: set[str]) -> str | None:
        people = [a for k, a in self.actors.items()
                  if a.type == "person" and k not in exclude and not a.roles]
        if not people:
            return None
        people.sort(key=lambda a: len(a.mentions), reverse=True)
        if len(people) > 1 and len(people[0].mentions) == len(people[1].mentions):
            return None
        return people[0].name if len(people[0].mentions) >= 2 else None

    def latest_organisation(self, pos: int, business: bool = False) -> str | None:
        """The organisation mentioned last before `pos` ("the company" refers back to it);
        with `business`, the last one that may be a business (not "Ontario Superior Court")."""
        for m in self._before(pos):
            if self.actors[m.key].type == "organisation" and m.start not in self.affiliation_starts \
                    and not (business and _group_head(m.key) in PUBLIC_BODY_HEADS):
                return m.key
        return None

    def find_group(self, head: str) -> str | None:
        """The latest unnamed-speaker group whose head noun is `head` ("the source")."""
        return self._group_by_head.get(head)

    def to_list(self) -> list[Actor]:
        return [a for a in self.actors.values() if a.mentions]


_CAPITAL_POSSESSIVE = re.compile(r"([’'])S\b")  # "ST. JOHN'S" title-cased is "St. John'S"


def _uncapped(name: str) -> str:
    """A dateline's place in capitals as the text would name it: "BARRIE" is "Barrie",
    "ST. JOHN'S" is "St. John's" (a place no list knows keeps its own spelling else)."""
    return _CAPITAL_POSSESSIVE.sub(r"\1s", name.title())


_POSSESSIVE_S = re.compile(r"[’']s\b")
_ROLE_LEAD = re.compile(r"^(the|a|an|our|its|their|his|her|former|current|new)\s+")
_HELD_FOR = re.compile(r"\s+(?:for|of|at|from|close to|with)\s+")  # "spokesman for the ..."
_NP_WORD = re.compile(r"[\w-]+")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")
_CLAUSE_WORDS = {"said", "says", "say", "is", "was", "were", "are", "has", "have", "had", "will",
                 "would", "which", "who", "whom", "that", "because", "if", "when", "while", "but",
                 "could", "should", "can", "did", "does", "not", "we", "our", "i", "my"}


def _plausible_role(role: str) -> bool:
    """A role is a short noun phrase ("Transport Secretary", "the chief executive of
    Wippit"), never a clause the apposition reader ran into."""
    words = role.split()
    return 0 < len(words) <= 9 and not any(w.lower().strip(",.;:") in _CLAUSE_WORDS for w in words)


def _norm_role(role: str) -> str:
    words = _POSSESSIVE_S.sub("", role.lower())
    words = _ROLE_LEAD.sub("", words.strip())
    words = " ".join(words.split())
    return ROLE_SYNONYMS.get(words, words.replace(" pm", " prime minister") if words.endswith(" pm") else words)


def one_person_gender(group: str) -> str | None:
    """"m", "f" or "?" (either) when a group actor names one person ("a spokesman for the
    party", "the source"); None for many ("officials") or a body."""
    # "A Department for Work and Pensions spokeswoman": the head may end the phrase
    return ONE_PERSON_HEADS.get(_head(group)) or ONE_PERSON_HEADS.get(_group_head(group))


def _group_head(np: str) -> str:
    """The noun a group or a body is named by: "spokesman" in "a spokesman for the Home
    Office", "ministry" in "Ministry of Agriculture", "court" in "Westland Superior Court"."""
    before = _HELD_FOR.split(np, maxsplit=1)[0]
    return _head(before)


def _head(np: str) -> str:
    words = _NP_WORD.findall(np.lower())
    return words[-1] if words else ""


def build_actors(text: str, spans: list[tuple[int, int]]) -> DocActors:
    """Cluster the name candidates of the paragraph spans into the document's actors.

    Callers pass captions too: they often carry the full name and role ("Transport
    Secretary Louise Haigh") that the body later refers to only by role.
    """
    return _build(text, spans)


def _build(text: str, spans: list[tuple[int, int]]) -> DocActors:
    doc = DocActors()
    found = find_candidates(text, spans)
    name_parts = {t for c in found if len(c.tokens) > 1 for t in c.tokens}
    cands = [c for c in found if (c.text in name_parts or not is_demonym_use(text, c))
             and (len(c.tokens) > 1 or could_be_actor(c.text, text, c.end, c.sentence_initial))]
    for c in cands:
        c.type = classify(c)
    doc.affiliation_starts = _affiliations(text, cands)
    _people_in_lists(text, cands)

    people: dict[str, str] = {}  # full name -> key
    by_surname: dict[str, str] = {}
    namesakes: dict[str, list[str]] = {}  # surname -> every full name that ends in it
    by_first: dict[str, str] = {}

    def person_key(c: Candidate) -> str | None:
        if len(c.tokens) == 1:
            key = _of_titles_gender(c.title, namesakes.get(c.text, [])) or by_surname.get(c.text) \
                or (by_first.get(c.text) if c.title else None)
            if key is not None and _other_gender(c.title, key):
                return None  # "Mrs Howard" beside "Michael Howard": another person
            return key
        if c.text in people:
            return people[c.text]
        return None

    # People with a full name first, so that "Starmer" and "Sir Keir" can find "Keir Starmer".
    for c in cands:
        if c.type == "person" and len(c.tokens) >= 2 and c.tokens[0].lower() not in TITLES:
            key = people.setdefault(c.text, c.text)
            by_surname.setdefault(c.tokens[-1], key)
            by_first.setdefault(c.tokens[0], key)
            if key not in namesakes.setdefault(c.tokens[-1], []):
                namesakes[c.tokens[-1]].append(key)
    orgs: dict[str, str] = {}
    unknown: list[Candidate] = []
    for c in cands:
        surname_of_someone = len(c.tokens) == 1 and c.text in by_surname and not is_country(c.text)
        person = person_key(c) if c.type in ("person", None) or surname_of_someone else None
        if person is not None:
            _add_person(doc, c, person)
            continue
        if c.type == "person":
            key = c.text
            people[key] = key
            by_surname.setdefault(c.tokens[-1], key)
            _add_person(doc, c, key)
        elif c.type == "place":
            canonical = lookup_place(c.text) or (_uncapped(c.text) if c.filed_from and c.text.isupper() else c.text)
            doc.add(canonical, "place", c.start, c.end, alias=c.text)
        elif c.type == "organisation":
            key = _org_key(c, orgs, text)
            doc.add(key, "organisation", c.start, c.end, alias=c.text)
            for role in c.appositions:
                doc.add_role(key, role)
        else:
            unknown.append(c)

    _adopt_single_words(doc, unknown, by_surname, by_first, orgs, text)
    _merge_place_suffixes(doc)
    _merge_same_actors(doc)
    doc.finish()
    return doc


# Between a person's name and where they work, and between a role noun and it.
_AFTER_PERSON = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_AT_OR_WITH = (" at ", " with ", " at the ", " with the ")  # told apart before the regex runs
_AFTER_ROLE = re.compile(rf"\b(?:{word_alternation(PERSON_ROLES)})\s+(?P<prep>at|with)\s+(?:the\s+)?$",
                         re.IGNORECASE)
# A contracted verb or "not" ending a word: "They've", "Don't", "It'll".
_CONTRACTION = re.compile(r"[’'](?:ve|re|ll|d|m)$|n[’']t$")
# Between the names of a list: "A, B and C", "A and B", "A, B or C".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")
# What may follow a list's name: a stop, or a verb ("scored"), but not a role noun and a
# name ("French Open champion Anastasia Myskina").
_ITEM_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|or)\s|\s[a-z]+\b(?!\s[A-Z]))")


def _affiliations(text: str, cands: list[Candidate]) -> set[int]:
    """"Royce Mendes of Desjardins said", "chief economist at BMO Capital Markets": a name of
    no known kind between a person's name and "of" or "from" and the verb they speak with
    (not "Lord Irvine of Lairg", a peer's seat), or after a role noun and "at" or "with",
    is where they work: a body, whatever its name looks like. Returns where they start."""
    found: set[int] = set()
    prev: Candidate | None = None
    for c in cands:
        if (c.type is None or c.type == "person") and not c.title and not c.role \
                and (_works_for_person(text, c, prev) or _works_for_role(text, c)) \
                and not POSSESSIVE_AFTER.match(text, c.end):
            c.type = "organisation"
            found.add(c.start)
        prev = c
    return found


def _works_for_person(text: str, c: Candidate, prev: Candidate | None) -> bool:
    """"Royce Mendes of Desjardins said": a speaking name of no known kind after a person's
    name (not a peer's: "Lord Irvine of Lairg") and "of" or "from"."""
    return c.type is None and c.speaks and prev is not None and prev.type == "person" \
        and (prev.title or "").lower() not in PEER_TITLES and _AFTER_PERSON.fullmatch(text, prev.end, c.start) is not None


def _works_for_role(text: str, c: Candidate) -> bool:
    """"chief economist at BMO Capital Markets": a name after a role noun and "at" (even a
    person-like one: "an analyst at Morgan Stanley") or "with" (one of no known kind)."""
    if not text[max(0, c.start - 10):c.start].lower().endswith(_AT_OR_WITH):
        return False
    m = _AFTER_ROLE.search(text, max(0, c.start - 40), c.start)
    return m is not None and (c.type is None or m.group("prep").lower() == "at")


def _people_in_lists(text: str, cands: list[Candidate]) -> None:
    """"Nazem Kadri, Blake Coleman and Rasmus Andersson scored": a full name of no known
    kind (its first name in no list) in a list closed by "and" of people's full names is a
    person's ("Jamie Graham, Total Film:" is no list)."""
    run: list[Candidate] = []
    closed = False  # whether the run has its "and"
    for c in [*cands, None]:
        gap = _LIST_GAP.fullmatch(text, run[-1].end, c.start) if run and c is not None else None
        if gap is not None and c is not None:
            run.append(c)
            closed = closed or "and" in gap.group(0)
            continue
        # Every item a full name, at least half of them people's ("Scissor Sisters, Franz
        # Ferdinand, Keane, Joss Stone and McFly" lists bands).
        # Each name ends its item: "Italian Prime Minister Silvio Berlusconi" is one item,
        # "Paul Simon's Graceland" another's.
        if closed and all(len(r.tokens) >= 2 and _ITEM_END.match(text, r.end) for r in run) \
                and 2 * sum(map(_listed_person, run)) >= len(run):
            for r in run:
                if r.type is None and _may_be_full_name(r):
                    r.type = "person"
        run, closed = ([c] if c is not None else []), False


def _may_be_full_name(c: Candidate) -> bool:
    """Two or three capitalised words, none a function word or a place, not after "the",
    not before ", which" and not a descriptor before a first name ("Briton Clive Owen")."""
    return 2 <= len(c.tokens) <= 3 and not c.after_the and c.relative != "which" \
        and not described_name(c.tokens) and all(
            t.isalpha() and t[:1].isupper() and t.lower() not in FUNCTION_WORDS and lookup_place(t) is None
            for t in c.tokens)


def _listed_person(c: Candidate) -> bool:
    return c.type == "person" and len(c.tokens) >= 2


def _title_gender(title: str | None) -> str | None:
    return TITLES.get(title.lower()) if title else None


def _of_titles_gender(title: str | None, full_names: list[str]) -> str | None:
    """Of several people sharing a surname ("Ruth Gale" and her husband "Tom Gale"), the
    one "Mr Gale" or "Mrs Gale" means: the only one whose first name is of that gender."""
    title_gender = _title_gender(title)
    if title_gender is None or len(full_names) < 2:
        return None
    fitting = [name for name in full_names if first_name_gender(name.split()[0]) == title_gender]
    return fitting[0] if len(fitting) == 1 else None


def _other_gender(title: str | None, full_name: str) -> bool:
    """Whether "Mrs", "Ms" or "Miss" stands before the surname of a man ("Mrs Howard"
    beside "Michael Howard" is his wife). Only this way round: first-name lists often
    call men from other countries women (Lakshmi, Andrea), so "Mr" never splits a name."""
    title_gender = _title_gender(title)
    name_gender = first_name_gender(full_name.split()[0]) if " " in full_name else None
    return title_gender == "f" and name_gender == "m"


def _add_person(doc: DocActors, c: Candidate, key: str) -> None:
    alias = f"{c.title} {c.text}" if c.title else c.text
    doc.add(key, "person", c.start, c.end, alias=alias)
    actor = doc.actors[key]
    if alias != key and c.text != key and c.text not in actor.aliases:
        actor.aliases.append(c.text)
    if actor.gender is None:
        actor.gender = _title_gender(c.title) or (first_name_gender(key.split()[0]) if len(key.split()) >= 2 else None)
    doc.add_role(key, c.role)
    if c.title and c.title.lower() in OFFICE_TITLES:
        doc.add_role(key, c.title)  # "Cardinal Cormac Murphy O'Connor" is "the cardinal"
    for role in c.appositions:
        doc.add_role(key, role)


def _org_key(c: Candidate, orgs: dict[str, str], text: str) -> str:
    """Organisations: parties by their usual name, acronyms to their expansions,
    "UK National Crime Agency" to "National Crime Agency"."""
    if c.text in PARTIES:
        return PARTIES[c.text]
    if c.text in orgs:
        return orgs[c.text]
    tokens = c.tokens
    for trimmed in (" ".join(tokens[1:]), " ".join(tokens[:-1])):
        if trimmed in orgs and (lookup_place(tokens[0]) or lookup_place(tokens[-1])):
            orgs[c.text] = orgs[trimmed]
            return orgs[trimmed]
    for name, key in islice(reversed(orgs.items()), _LOOKBACK):
        if name == c.text:
            continue
        if name in c.text:
            longer, shorter = c.text, name
        elif c.text in name:
            longer, shorter = name, c.text
        else:
            continue
        extra = longer.replace(shorter, "").strip()
        if extra and " " in shorter and lookup_place(extra):
            orgs[c.text] = key
            return key
    acronym = _ACRONYM_AFTER.match(text, c.end, c.end + 10)
    key = c.text
    orgs[c.text] = key
    if acronym:
        orgs[acronym.group(1)] = key
    if c.text.isupper():
        for name, k in islice(reversed(orgs.items()), _LOOKBACK):
            if _initials(name) == c.text and name != c.text:
                orgs[c.text] = k
                return k
    return key


def could_be_actor(word: str, text: str = "", end: int = 0, sentence_initial: bool = False) -> bool:
    """A single capitalised word that may name an actor: not a letter, not "I" or a
    common-noun acronym (TV, CEO), not an adverb opening a sentence ("Separately, ...";
    "Italy, ..." and "Kelly, ..." are names)."""
    if len(word) < 2 or word in NOT_ACTORS or word in POST_NOMINALS \
            or (word.lower() in FUNCTION_WORDS and word not in PLACE_ACRONYMS):
        return False  # "I", "TV", and "It", "They", "All", "AND" (a headline in capitals)
    if _CONTRACTION.search(word):
        return False  # "They've", "Don't", "We're": a sentence's first word in a quotation
    parts = word.split("-")
    if len(parts) > 1 and (parts[-1][:1].islower() or all(
            p in PLACE_ACRONYMS or lookup_place(p) or (p.isupper() and len(p) <= 3) for p in parts)):
        return False  # "US-based", "EU-US talks": places made into a modifier ("Pas-de-Calais" is one)
    if sentence_initial and word.lower() in BARE_GROUP_NOUNS:
        return False  # "Officials said ...", "Ministers have been accused": a group, not a name
    adverb = (sentence_initial and word.endswith("ly") and word[1:].islower() and len(word) > 5
              and text[end:end + 1] == ",")
    return not adverb or bool(lookup_place(word)) or first_name_gender(word) is not None


def _adopt_single_words(doc: DocActors, unknown: list[Candidate], by_surname: dict[str, str],
                        by_first: dict[str, str], orgs: dict[str, str], text: str) -> None:
    """Capitalised words that are neither a known name part nor a place: organisations when
    they speak, are described by an apposition, or recur mid-sentence."""
    org_spans = sorted((m.start, m.end) for a in doc.actors.values() if a.type == "organisation"
                       for m in a.mentions)
    counts: dict[str, int] = {}
    for c in unknown:
        if not c.sentence_initial:
            counts[c.text] = counts.get(c.text, 0) + 1
    # A lone name that speaks and is then "she" or "he" is a person ("Rowling revealed she
    # had finished"), one that is then "it" an organisation: the pronouns decide, by majority.
    votes: dict[str, list[str]] = {}
    for c in unknown:
        if len(c.tokens) == 1 and c.speaks:
            vote = _next_pronoun(text, c.end)
            if vote:
                votes.setdefault(c.text, []).append(vote)
    genders: dict[str, str] = {}
    for name, said in votes.items():
        personal = [g for g in said if g != "it"]
        if len(personal) > len(said) - len(personal) and name not in by_surname and name not in orgs:
            by_surname[name] = name
            genders[name] = personal[0] if len(set(personal)) == 1 else ""  # "" when they disagree
    for c in unknown:
        kin = _KIN_BEFORE.search(text, max(0, c.start - 40), c.start) if len(c.tokens) == 1 else None
        if kin and text.startswith(",", c.end) and c.text not in orgs and c.text not in by_surname:
            # "Gill's daughter, Simran, read a statement": a relative named by a first name,
            # who may be named in full elsewhere ("his father, Azmat," of "Azmat Begg")
            by_surname[c.text] = by_first.get(c.text, c.text)
            genders[c.text] = KIN_NOUNS.get(kin.group(1).lower()) or ""
    for c in unknown:
        if c.text in by_surname:
            _add_person(doc, c, by_surname[c.text])
            if genders.get(c.text) and doc.actors[by_surname[c.text]].gender is None:
                doc.actors[by_surname[c.text]].gender = genders[c.text]
            continue
        if c.text in orgs:
            doc.add(orgs[c.text], "organisation", c.start, c.end, alias=c.text)
            continue
        if len(c.tokens) != 1 or c.text in PLACE_ACRONYMS:
            continue
        if c.speaks or counts.get(c.text, 0) >= 2 or c.appositions or _listed_with_organisations(c, org_spans, text):
            orgs[c.text] = c.text
            doc.add(c.text, "organisation", c.start, c.end)
            for role in c.appositions:
                doc.add_role(c.text, role)


_KIN_BEFORE = re.compile(rf"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+({'|'.join(KIN_NOUNS)}),\s+$")
_NEXT_PRONOUN = re.compile(r"\b(?P<p>he|she|him|her|his|it|its)\b")
_NEXT_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")


def _next_pronoun(text: str, end: int) -> str | None:
    """What the next pronoun after a name makes of it, when no other capitalised name comes
    first (within about a sentence): "m" or "f" for he or she, "it" for it, else None."""
    window = text[end:end + 160]
    m = _NEXT_PRONOUN.search(window)
    if not m or _NEXT_NAME.search(window, 0, m.start()):
        return None
    return PRONOUN_GENDER.get(m.group("p"), "it")



def _listed_with_organisations(c: Candidate, org_spans: list[tuple[int, int]], text: str) -> bool:
    """A capitalised word in a list next to an organisation ("Vodafone, O2, Kazaa and
    Intel") is one too: lists in news name things of one kind."""
    i = bisect.bisect_left(org_spans, (c.end, 0))
    if i < len(org_spans):
        after = _LIST_GAP.fullmatch(text[c.end:org_spans[i][0]])
        if after and org_spans[i][0] - c.end <= 8:
            return True
    if i > 0:
        before = _LIST_GAP.fullmatch(text[org_spans[i - 1][1]:c.start])
        if before and c.start - org_spans[i - 1][1] <= 8:
            return True
    return False


def _merge_place_suffixes(doc: DocActors) -> None:
    """"Channel" beside "English Channel" is one place; "Ireland" beside "Northern Ireland"
    is not (a country stands on its own)."""
    places = [a for a in doc.actors.values() if a.type == "place"]
    for short in places:
        if " " in short.name or is_country(short.name):
            continue
        for long in places:
            if long is not short and long.name.endswith(" " + short.name):
                doc.merge(short.name, long.name)
                break


def _merge_same_actors(doc: DocActors) -> None:
    """One actor written two ways in one article: "ISG" and "International Steel Group"
    (whichever comes first), "Juan Carlos" and "Juan Carlos Ferrero", and "Peter Molyneux"
    read as an organisation beside "Molyneux" the person."""
    orgs = [a for a in doc.actors.values() if a.type == "organisation" and a.mentions]
    by_initials: dict[str, list[str]] = {}
    for org in orgs:
        if " " in org.name:
            by_initials.setdefault(_initials(org.name), []).append(org.name)
    for short in orgs:
        if not (2 <= len(short.name) <= 6 and short.name.isupper() and short.name.isalpha()):
            continue
        expansions = by_initials.get(short.name, [])
        if len(expansions) == 1:
            doc.merge(short.name, expansions[0])
    people = [a for a in doc.actors.values() if a.type == "person" and a.mentions]
    surnames = {a.name: a for a in people if " " not in a.name}
    for org in orgs:
        tokens = org.name.split()
        if org.mentions and 2 <= len(tokens) <= 3 and tokens[-1] in surnames \
                and first_name_gender(tokens[0]) is not None:
            org.type = "person"
            doc.merge(tokens[-1], org.name)
    people = [a for a in doc.actors.values() if a.type == "person" and a.mentions]
    # "Juan Carlos" begins "Juan Carlos Ferrero".
    _merge_short_forms(doc, people, lambda tokens: (" ".join(tokens[:k]) for k in range(2, len(tokens))))
    # "Parker Bowles" ends "Camilla Parker Bowles" (a double surname, or a full name whose
    # first name the text later drops), when no title says it is someone else.
    people = [a for a in doc.actors.values() if a.type == "person" and a.mentions]
    _merge_short_forms(doc, people, lambda tokens: (" ".join(tokens[k:]) for k in range(1, len(tokens) - 1)),
                       fits=lambda short, long: " " in short.name and short.gender in (None, long.gender))
    # "Contrack" is "Contrack International" without its corporate word.
    orgs = [a for a in doc.actors.values() if a.type == "organisation" and a.mentions]
    _merge_short_forms(doc, orgs, lambda tokens: [" ".join(tokens[:-1])] if len(tokens) >= 2
                       and tokens[-1].lower().rstrip(".") in CORPORATE_SUFFIXES else [], merged_ok=True)
    _merge_abbreviations(doc)


def _merge_short_forms(doc: DocActors, actors: list[Actor],
                       short_forms: Callable[[list[str]], Iterable[str]],
                       fits: Callable[[Actor, Actor], bool] = lambda short, long: True,
                       merged_ok: bool = False) -> None:
    """Fold each actor whose name is a short form of exactly one other actor's name into
    that actor. `short_forms` gives the short forms of a name (as tokens); `merged_ok`
    lets the longer actor be one already folded into a third."""
    longer: dict[str, list[str]] = {}
    for actor in actors:
        for form in short_forms(actor.name.split()):
            longer.setdefault(form, []).append(actor.name)
    for short in actors:
        found = longer.get(short.name, [])
        if len(found) == 1 and (merged_ok or doc.actors[found[0]].mentions) \
                and fits(short, doc.actors[found[0]]):
            doc.merge(short.name, found[0])


def _merge_abbreviations(doc: DocActors) -> None:
    """"Man Utd" beside "Manchester United": every word a shortening of the same word of one
    organisation's name (its beginning, or its letters in order from the first)."""
    # Only names of as many words with the same initials can match: grouping by them keeps
    # a document of thousands of organisations linear rather than quadratic.
    by_initials: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}
    for org in doc.actors.values():
        if org.type == "organisation" and org.mentions:
            words = org.name.split()
            by_initials.setdefault(_word_initials(words), []).append((org.name, words))
    for short in [a for a in doc.actors.values() if a.type in ("organisation", "person") and a.mentions]:
        words = short.name.split()
        if len(words) < 2:
            continue
        matches = [name for name, full in by_initials.get(_word_initials(words), [])
                   if name != short.name and _abbreviates(words, full)]
        if len(matches) == 1:
            short.type = "organisation"
            doc.merge(short.name, matches[0])


def _word_initials(words: list[str]) -> tuple[str, ...]:
    """Each word's first letter, lower-cased, ignoring a trailing full stop."""
    return tuple(w.lower().rstrip(".")[:1] for w in words)


def _abbreviates(short: list[str], full: list[str]) -> bool:
    if len(short) != len(full) or short == full:
        return False
    for s, f in zip(short, full, strict=True):
        s, f = s.lower().rstrip("."), f.lower()
        if not s or s[0] != f[0] or len(s) > len(f):
            return False
        rest = iter(f)
        if not all(ch in rest for ch in s):  # the letters of s appear in f, in order
            return False
    return True


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


