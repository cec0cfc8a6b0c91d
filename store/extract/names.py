"""Finding names in text: capitalised sequences, classified as person, organisation or place.

No statistical model: a name is a run of capitalised words, cut at sentence-initial
function words, titles and role nouns, and classified by what it is made of (a title or a
known first name, an organisation's head word, a gazetteer place) and by what surrounds it
(a role before it, an apposition after it, a locative phrase, a speech verb).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from store.extract.alternation import word_alternation
from store.extract.gazetteer import is_country, lookup_place
from store.extract.lexicon import (
    COMPANY_NOUNS,
    COMPASS_POINTS,
    COUNT_WORDS,
    DAYS,
    EVENT_HEADS,
    FIELD_WORDS,
    FUNCTION_WORDS,
    JOIN_HEADS,
    MONTHS,
    NAME_ABBREVIATIONS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NAMED_BODY_NOUNS,
    NUMBERED_BODY_HEADS,
    ORG_HEADS,
    PARTIES,
    PERSON_ROLES,
    PLACE_ACRONYMS,
    PLACE_HEADS,
    POST_NOMINALS,
    REGION_OF_COUNTRY,
    ROLE_MODIFIERS,
    SEAT_ROLES,
    SPEECH_VERBS,
    STREET_HEADS,
    TITLE_CASE_PREPOSITIONS,
    TITLES,
    TRAILING_CUES,
    WEAK_TITLES,
)
from store.extract.sentences import dateline
from store.kinds import ActorType

_LOCATIVE_CUE = re.compile(
    r"(?:\b(?:coast|beach|town|village|city|port|region|outskirts|district|province|island|"
    r"streets|suburb|area|county|border|shores?) of|\bnear|\bMP for|\bMSP for|\bMEP for|"
    r"\bconstituency of|\bborn in|\bbased in|\blives in|\bheld in|\bstationed in)\s+(?:the\s+)?$",
)
_BODY_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(NAMED_BODY_NOUNS)})\b(?!\s+[A-Z])")
_COMPANY_CUE = re.compile(r"\b(?:" + word_alternation(COMPANY_NOUNS) + r")\s+$")
# The last word of every locative cue: a tail ending in none of them needs no regex.
_LOCATIVE_LAST = ("of", "near", "for", "in")
_WORD = re.compile(r"[^\W\d_](?:[\w]|[-’'](?=\w))*|&", re.UNICODE)
# Only the words a name can be made of: capitalised words and the joining particles. Other
# words are skipped by the engine; they still break a run, as the gap then holds letters.
_NAME_WORD = re.compile(
    r"(?<![\w’'-])(?:[A-ZÀ-ÖØ-ÞĀ-ſ](?:[\w]|[-’'](?=\w))*|(?:"
    + "|".join(sorted(NAME_CONNECTORS - {"&"})) + r")(?![\w’'-])|&)"
)
_AGED = re.compile(r"\b\d{1,3}-year-old\b")
_DEMONYM_END = re.compile(r"(?:ian|ish|ese|an|i|ic|ch|ean|ine)$")


@dataclass(slots=True)
class Candidate:
    """One capitalised name in the text, with what its surroundings say about it."""

    start: int
    end: int
    text: str  # the name without title or possessive
    tokens: list[str]
    title: str | None = None
    sentence_initial: bool = False
    role: str | None = None  # role written before the name
    appositions: list[str] = field(default_factory=list)  # roles written after the name
    type: ActorType | None = None
    speaks: bool = False  # subject of a speech verb
    locative: bool = False
    company: bool = False  # introduced by a company noun: "IT firm Dimension Data"
    aged: bool = False  # "Smith, 45,": an age after the name
    after_the: bool = False  # "the White House": a definite article before the name
    body_after: bool = False  # "the Alberta Wildfire agency": a body's noun after "the NAME"
    before_role: bool = False  # "London UKIP MEP X": the name qualifies a role noun after it
    filed_from: bool = False  # the place of a dateline: "COLUMBUS, Ohio (AP) —"
    relative: str | None = None  # "who" or "which" opening a clause after the name's comma
    source: bool = False  # "according to NAME,": whose account a sentence gives


def find_candidates(text: str, spans: list[tuple[int, int]], headline: bool = False) -> list[Candidate]:
    """Capitalised name candidates in the paragraph spans, classified where possible."""
    lower_words = LowercaseVocabulary({text[s:e] for s, e in spans})
    out: list[Candidate] = []
    for p_start, p_end in spans:
        out.extend(_paragraph_candidates(text, p_start, p_end, lower_words))
    return out


class LowercaseVocabulary:
    """The words a document itself writes in lower case (two or more ASCII letters standing
    alone): capitalised, they start sentences. Only a few words are asked about (a sentence's
    first capitalised word), so each is looked for when asked, in the document's distinct
    paragraphs, instead of listing all of its words."""

    __slots__ = ("_paragraphs", "_known")

    def __init__(self, paragraphs: set[str]) -> None:
        self._paragraphs = paragraphs
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._written(word)
        return known

    def _written(self, word: str) -> bool:
        if len(word) < 2 or not (word.isascii() and word.isalpha() and word.islower()):
            return False
        for body in self._paragraphs:
            at = body.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not _word_char(body[at - 1])) and (end == len(body) or not _word_char(body[end])):
                    return True
                at = body.find(word, at + 1)
        return False


def _word_char(char: str) -> bool:
    """A character that joins a word (the regex class [\\w’'-])."""
    return char.isalnum() or char in "_’'-"


_BODY_NUMBER = re.compile(r" \d{1,4}(?![\w%.,:-]\d|[\w%])")


def _is_sentence_start(text: str, pos: int, p_start: int) -> bool:
    lo = max(p_start, pos - 64)  # a bounded look back: a one-line 20 MB "paragraph" stays linear
    before = text[lo:pos].rstrip(" \"'“‘«([")
    return not before or before[-1] in ".!?:;…—–" or before.endswith(("\n",))


def _paragraph_candidates(text: str, p_start: int, p_end: int, lower_words: LowercaseVocabulary) -> list[Candidate]:
    tokens = [(m.start(), m.end(), m.group(0)) for m in _NAME_WORD.finditer(text, p_start, p_end)]
    body = text[p_start:p_end]
    if "’s" in body or "'s" in body or any(head in body for head in NUMBERED_BODY_HEADS):
        tokens = _possessives_and_numbers(text, tokens, p_end)
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        s, e, word = tokens[i]
        if not _capitalised(word):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens):
            ps, pe, _pw = run[-1]
            ns, ne, nw = tokens[j]
            gap = text[pe:ns]
            if gap == ". " and (_pw.lower() in TITLES or _abbreviation_joins(_pw, nw)
                                or (len(_pw) == 1 and _pw.isupper() and len(run) > 1)) \
                    and _capitalised(nw):
                run.append(tokens[j])  # "Mr. Johnson", "George W. Bush", "St. Catharines"
                j += 1
                continue
            if gap == " and " and _and_joins(text, run, tokens, j, lower_words):
                run.append(tokens[j])  # "Department of Trade and Industry"
                j += 1
                continue
            if gap == " in " and _field_in_body(run, nw):
                run.append(tokens[j])  # "Institute for Studies in Education"
                j += 1
                continue
            if _possessive(text, pe) or (gap.strip() and gap.strip() not in ("’", "'")) or "\n" in gap:
                break
            if gap.strip() in ("’", "'") and not (
                _capitalised(nw) and _pw.endswith("s") and _org_head_ahead(tokens, j)
            ):
                break
            if _capitalised(nw):
                run.append(tokens[j])
                j += 1
                continue
            if nw in NAME_CONNECTORS and _may_join(run, nw):
                # Join through one or more particles ("van der") to the next capitalised word.
                k2 = j
                while (k2 + 1 < len(tokens) and tokens[k2][2] in NAME_CONNECTORS
                       and text[tokens[k2][1]:tokens[k2 + 1][0]] == " "):
                    k2 += 1
                if k2 > j - 1 and _capitalised(tokens[k2][2]) and tokens[k2 - 1][2] in NAME_CONNECTORS:
                    run.extend(tokens[j:k2])
                    j = k2
                    continue
            break
        out.extend(_split_run(text, run, p_start, lower_words))
        i = j
    opening = dateline(text, p_start, p_end) if out and out[0].start == p_start else None
    if opening is not None:
        for cand in out:
            cand.filed_from = cand.end <= opening.end("place")
    return out


def _possessives_and_numbers(text: str, tokens: list[tuple[int, int, str]], p_end: int) -> list[tuple[int, int, str]]:
    """The tokens with a possessive "’s" cut off and a broadcaster's number joined to its
    name ("Channel 4", "BBC Radio 2"). Only paragraphs holding either come here."""
    out: list[tuple[int, int, str]] = []
    for start, end, word in tokens:
        if word.endswith(("’s", "'s")) and len(word) > 2 and not _saints_place(text, out, end):
            word, end = word[:-2], end - 2
        elif word in NUMBERED_BODY_HEADS:
            num = _BODY_NUMBER.match(text, end, p_end)
            if num:
                word, end = text[start:num.end()], num.end()
        out.append((start, end, word))
    return out


def _abbreviation_joins(abbreviation: str, nxt: str) -> bool:
    """"St. Catharines", "ST. JOHN'S" (a dateline in capitals), not "the FT. But ..."."""
    return abbreviation.lower() in NAME_ABBREVIATIONS and (abbreviation[1:].islower() or nxt.isupper()) \
        and nxt.lower() not in FUNCTION_WORDS


def _saints_place(text: str, before: list[tuple[int, int, str]], end: int) -> bool:
    """"St. John's": a place whose name ends in a possessive, after "St."."""
    return bool(before) and before[-1][2].lower() in NAME_ABBREVIATIONS \
        and lookup_place(text[before[-1][0]:end]) is not None


def _and_joins(text: str, run: list[tuple[int, int, str]], tokens: list[tuple[int, int, str]], j: int,
               lower_words: LowercaseVocabulary) -> bool:
    """"and" inside one organisation's name ("Department of Trade and Industry", "Public and
    Commercial Services Union"), not between two names ("Britain and France")."""
    nxt = tokens[j][2]
    if not _capitalised(nxt):
        return False
    words = [w.lower() for _s, _e, w in run]
    if words and words[0] == "the":
        words = words[1:]
    if ("of" in words or "for" in words) and (words[0] in ORG_HEADS or words[0] in PERSON_ROLES) \
            and _field_or_body(nxt):
        return True  # "Ministry of Culture and Sport", "Ministry of Colleges and Universities"
    # "Project and Contract Office": the capitalised words after "and" end in a body's head,
    # and what stands before "and" is no name of its own.
    k = j
    while k + 1 < len(tokens) and k - j < 4 and _capitalised(tokens[k + 1][2]) \
            and text[tokens[k][1]:tokens[k + 1][0]] in (" ", "’ ", "' "):  # "General Workers’ Union"
        k += 1
    head = tokens[k][2].lower()
    # "US Food and Drug Administration": a country may come first.
    ours = words[1:] if len(words) == 2 and lookup_place(run[-2][2]) is not None else words
    if not (k > j and 0 < len(words) <= 2 and all(w in lower_words or _field_or_body(w) for w in ours)):
        return False
    if head in ORG_HEADS:
        return head not in ("united", "city", "rovers")
    # "Fisheries and Oceans Canada", "Colleges and Institutes Canada": fields of a national
    # body, named before its country.
    return is_country(tokens[k][2]) and all(_field_or_body(w) for _s, _e, w in tokens[j:k])


def _field_or_body(word: str) -> bool:
    """A field a body is for ("Fisheries", "Social") or kinds of body ("Universities",
    "Institutes"): in the plural, what a body deals with, not the head of its own name
    ("United Bank and Standard Trust" are two)."""
    low = word.lower()
    return low in FIELD_WORDS or low.endswith("s") and _singular(low) in ORG_HEADS


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _may_join(run: list[tuple[int, int, str]], connector: str) -> bool:
    """"Bank of England" and "Charles de Gaulle" are one name; "Cara Diemont of IT firm..."
    is a name followed by where she works."""
    if connector in NAME_PARTICLES or connector == "&":
        return True
    first = run[1][2] if run[0][2].lower() == "the" and len(run) > 1 else run[0][2]
    if connector in ("of", "for") and first.lower() in ORG_HEADS and len(run) <= 6:
        return True  # "Association of Directors of Social Services": a body's name runs on
    last = run[-1][2].lower()
    if connector in ("of", "for") and len(run) == 1 and last in PERSON_ROLES and last not in SEAT_ROLES:
        return True  # a role's own phrase: "Archbishop of Cardiff" (but "MP for Witney X")
    return last in ORG_HEADS or last in PLACE_HEADS or last in JOIN_HEADS


def _field_in_body(run: list[tuple[int, int, str]], word: str) -> bool:
    """"Institute for Studies in Education", "Centre for Research in Health": a body's name
    whose "for" or "of" phrase goes on through "in" and a field, not a place."""
    return _capitalised(word) and word.lower() in FIELD_WORDS \
        and any(w in ("for", "of") for _s, _e, w in run) and any(w.lower() in ORG_HEADS for _s, _e, w in run)


def _org_head_ahead(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """"Police Chiefs’ Council" is one name; "the Tories’ Rwanda plan" is two words."""
    for _s, _e, w in tokens[j:j + 4]:
        if not _capitalised(w):
            return False
        if w.lower() in ORG_HEADS:
            return True
    return False


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _opens_role(run: list[tuple[int, int, str]], k: int) -> bool:
    """A role modifier right before a role noun: "Grand Chief", "Acting Commissioner"."""
    return run[k][2].lower() in ROLE_MODIFIERS and k + 1 < len(run) and run[k + 1][2].lower() in PERSON_ROLES


def _titled_name(run: list[tuple[int, int, str]], k: int) -> bool:
    """A weak title ("Justice", "President") followed by a first name and a surname and
    nothing more is the title of that name ("Justice Shauna McCarthy"), not a word of a
    body's ("General Motors", "Justice Department")."""
    return len(run) == k + 3 and _first_name_gender(run[k + 1][2]) is not None and run[k + 2][2][:1].isupper()


def _possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("’s", "'s") and not text[end + 2:end + 3].isalpha()


def _split_run(text: str, run: list[tuple[int, int, str]], p_start: int,
               lower_words: LowercaseVocabulary) -> list[Candidate]:
    """Cut a run of capitalised words into names: drop leading sentence words and titles,
    split off role phrases ("Transport Secretary"), classify what remains."""
    out: list[Candidate] = []
    title: str | None = None
    role_words: list[str] = []
    role_from = 0  # where a role phrase may start: after any skipped word ("On Monday")
    # "The Justice Department", "a Secretary General's Office": a run ending in a body's
    # head word names the body; a title or role word before it is part of that name (but
    # "Chief Executive of Hereford Hospitals NHS Trust" is a role and the body it serves).
    body = run[-1][2].lower() in ORG_HEADS and not any(w in ("of", "for") for _s, _e, w in run)
    # In a run of capitals ("NEW YORK (AP) -") a word's case says nothing of its use: a
    # place's name is kept whole.
    capitals = len(run) > 1 and run[0][2].isupper() and run[1][2].isupper() \
        and lookup_place(text[run[0][0]:run[-1][1]]) is not None
    k = 0
    while k < len(run):
        s, e, word = run[k]
        low = word.lower()
        # Only the run's first word can open a sentence (every test of it below is at k 0).
        initial = k == 0 and _is_sentence_start(text, s, p_start)
        if low in NAME_CONNECTORS and low != "&":
            k += 1
            continue
        if (low in DAYS or low in MONTHS or low in COUNT_WORDS) and not any(
                w.lower() in ORG_HEADS for _s1, _e1, w in run[k + 1:]):
            k += 1
            title, role_from = None, k
            continue
        if low in PERSON_ROLES and low in TITLES and k > role_from and word.isalpha() and not body:
            # "Prime Minister Tony Blair", "Finance Minister Jane Morton": words before the
            # title make it the head of a role phrase, not a title of the name.
            role_words = [w for _s, _e, w in run[role_from:k + 1]]
            k += 1
            title = None
            continue
        if low in TITLES and k + 1 < len(run) and (low not in WEAK_TITLES or not initial
                                                   or low not in PERSON_ROLES and _titled_name(run, k)) and not body \
                and not (low in PERSON_ROLES and run[k + 1][2] in ("of", "for")) \
                and not (low in WEAK_TITLES and run[k + 1][2].lower() in PLACE_HEADS):  # "Archbishop of Cardiff X", "Queen Street"
            title = word
            k += 1
            continue
        if initial and k == 0 and not capitals and (
                low in FUNCTION_WORDS or (low in lower_words and low not in TITLES) and not _known_name_start(word)):
            k += 1
            # A word the text writes in lower case may still begin a role ("Finance Minister").
            role_from = k if low in FUNCTION_WORDS else 0
            continue
        if (initial or low.endswith(_NATIONAL_NOUN_ENDS)) and _agent_noun_before_name(run):
            # "Grazier Bill Thompson said", "Commuter Ravi Sharma, 34,": a sentence opening
            # with what the person does, capitalised only as the sentence's first word
            # (what they are, "Frenchman", "Injured", is no role).
            role_words = [word] if low.endswith(_AGENT_SUFFIXES) and not low.endswith("s") else []
            k += 1
            continue
        if k + 2 < len(run) and _opens_role(run, k) and not body:
            k += 1  # "Nishnawbe Aski Nation Grand Chief Alvin Fiddler": the role's first word
            continue
        if word.isalpha() and (low in PERSON_ROLES or _plural_role_before_name(low, run, k)) \
                and not (body and k + 1 < len(run)):
            end = k + 1
            if end < len(run) and run[end][2] in ("of", "for"):
                # "Secretary of State for the Family", "Archbishop of Cardiff": the role's
                # own "of" phrase, up to a first name that starts the holder's name.
                end += 1
                while end < len(run):
                    low_word = run[end][2].lower()
                    if low_word not in NAME_CONNECTORS and low_word not in FIELD_WORDS and (
                            run[end - 1][2].lower() in FIELD_WORDS  # "Minister for Health Ong Ye Kung"
                            or _first_name_gender(run[end][2]) is not None):
                        break
                    end += 1
            role_words = [w for _s, _e, w in run[role_from:end]]
            k = end
            title = None
            continue
        rest = run[k:]
        # The name runs up to the next role noun (a new role phrase), if any.
        cut = len(rest)
        for idx, (_s2, _e2, w2) in enumerate(rest[1:] if not body else (), start=1):
            if w2.lower() in PERSON_ROLES and idx + 1 < len(rest):
                cut = idx - 1 if idx > 1 and _opens_role(rest, idx - 1) else idx
                break
            if w2.lower() in TITLES and (w2.lower() not in WEAK_TITLES or _titled_name(rest, idx)) \
                    and idx + 1 < len(rest):
                # "Foreign Policy Centre Mr Straw", "Superior Court Justice Jane Kelly": a title
                # starts another name
                cut = idx
                break
        name_tokens = rest[:cut]
        while name_tokens and (name_tokens[-1][2].lower() in NAME_CONNECTORS
                               or (len(name_tokens) > 2 and name_tokens[-1][2] in POST_NOMINALS)):
            name_tokens = name_tokens[:-1]
        for idx, (_s3, _e3, w3) in enumerate(name_tokens):
            after_first_name = idx == 1 and _first_name_gender(name_tokens[0][2]) is not None
            if (w3.lower() in DAYS or w3.lower() in MONTHS) and idx > 0 and not after_first_name and not any(
                    w.lower() in ORG_HEADS for _s4, _e4, w in name_tokens[idx:]):
                name_tokens = name_tokens[:idx]
                break
        if name_tokens and name_tokens[-1][2].lower() in PERSON_ROLES:
            # "Labour MP", "Transport Secretary": a role; its modifier may be an actor.
            name_tokens = name_tokens[:-1]
            if not (len(name_tokens) == 1 and name_tokens[0][2] in PARTIES):
                k += len(name_tokens) + 1
                title, role_words = None, []
                continue
        if name_tokens:
            cand = Candidate(
                start=name_tokens[0][0], end=name_tokens[-1][1],
                text=text[name_tokens[0][0]:name_tokens[-1][1]],
                tokens=[w for _s, _e, w in name_tokens], title=title,
                sentence_initial=initial if k == 0 else _is_sentence_start(text, s, p_start),
                role=" ".join(role_words) if role_words else None,
                before_role=cut < len(rest) and rest[cut][2].lower() in PERSON_ROLES,
            )
            _read_context(text, cand, p_start)
            out.append(cand)
        k += len(name_tokens) if name_tokens else 1
        title, role_words = None, []
    return out


@lru_cache(maxsize=4096)
def _first_name_gender(word: str) -> str | None:
    detector = _detector()
    g = detector.get_gender(word)
    if g in ("male", "mostly_male"):
        return "m"
    if g in ("female", "mostly_female"):
        return "f"
    if g == "andy":
        return "?"
    return None


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender_detector

    return gender_detector.Detector(case_sensitive=False)


def _plural_role_before_name(low: str, run: list[tuple[int, int, str]], k: int) -> bool:
    """"Producers Ann Fell and ...", "Lawyers Tom Hill and ...": a plural role noun before a
    first name is a role phrase shared by the names that follow, not part of a name."""
    return (low.endswith("s") and low[:-1] in PERSON_ROLES and k + 1 < len(run)
            and _known_name_start(run[k + 1][2]))


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "mate", "ant", "ent")  # "Grazier", "Teammate", "Resident"
# Words of those endings that say what someone is like or was, not what they do.
_NOT_AGENTS = {"former", "latter", "elder", "older", "younger", "later", "rather", "together", "further",
               "ever", "never", "super", "inter"}


# ... and of words saying who someone is: "Frenchman", "Britons", "Sprinters", "Injured",
# "American", "Dutch-born".
_DESCRIPTOR_SUFFIXES = (*_AGENT_SUFFIXES, "s", "man", "men", "ed", "an", "ese", "ish", "ch", "-born")


# Nouns of nationality, capitalised anywhere: "Frenchman", "Irishmen", "Kenyans".
_NATIONAL_NOUN_ENDS = ("man", "men", "ans")


def _agent_noun_before_name(run: list[tuple[int, int, str]]) -> bool:
    """Whether the run opens with a word naming what someone does or is ("Grazier",
    "Commuter", "Frenchman", "Injured") and goes on with a first name and a surname; never
    itself a first name."""
    word = run[0][2]
    low = word.lower()
    return (len(run) >= 3 and word.replace("-", "").isalpha() and word[1:].islower()
            and low.endswith(_DESCRIPTOR_SUFFIXES) and not low.endswith("ss")
            and low not in _NOT_AGENTS and low not in FUNCTION_WORDS and not low.endswith(COMPANY_NOUNS)
            and not _known_name_start(word) and _known_name_start(run[1][2]))


def _known_name_start(word: str) -> bool:
    return _first_name_gender(word) is not None


def first_name_gender(word: str) -> str | None:
    g = _first_name_gender(word)
    return g if g in ("m", "f") else None


# The comma inside a number ("68,000 nurses") ends no apposition or clause.
DIGIT_GROUP_COMMA = r"(?<=\d),(?=\d{3}\b)"
# A possessive right after a name ("Bridge's injury", "the Tories' plan").
POSSESSIVE_AFTER = re.compile(r"[’']s?\s")
_APPOSITION = re.compile(
    r",\s+(?P<role>(?:the|a|an|its|his|her|their|former|acting|interim|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*[’']s?)\s"
    rf"(?:[^,;:“”‘’\"()]|{DIGIT_GROUP_COMMA}|[’'](?=s\b)|(?<=s)[’'](?=\s)){{2,140}}?)(?=(?!{DIGIT_GROUP_COMMA}),|\s+(?:said|says|told|has|have|had|is|was|will|would|who|which|added|"
    r"revealed|warned|claimed|confirmed|denied)\b|\.(?:\s|$)|$)"
)
# A word with the apostrophes and hyphens inside it: "O'Brien", "Kilroy-Silk", "Tories’".
WORD_RUN = re.compile(r"[\w’'-]+")
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")
_AND_ARTICLE = re.compile(r"\s+and\s+(?:the|a|an)\s+")  # two roles: "X, the founder and the chair"
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# A verb inverted before a name after a quotation or clause: '"...," said Balasaheb Jadhav',
# 'insists Xander Wise'. The name speaks whatever its first name (most of the world's first
# names are in no list).
_INVERTED_VERBS = frozenset(w for w in TRAILING_CUES if w.endswith(("s", "ed")) or w == "said")
_INVERTED_BEFORE = re.compile(r"[,”\"’']\s*[a-z]+\s+$")
# ... and the name ends the attribution: '"...," said ABN Amro economist Ali Rey' names a
# body before a role, not a speaker.
_ATTRIBUTION_ENDS = re.compile(r"\s*(?:[,.;:!?]|$|\s(?:in|on|at|during|after|yesterday|today|earlier|last)\s)")
_CUE_REACH = 40  # longer than any locative or company cue with its article and spaces
_ACCORDING_BEFORE = re.compile(r"\baccording to $", re.IGNORECASE)
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
_RELATIVE_AFTER = re.compile(r",\s+(who|which)\s")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# The verb after a name, past a possessive, an apposition and an adverb or auxiliary.
_VERB_AFTER = re.compile(rf"(?:[’']s?)?(?:,(?:[^,]|{DIGIT_GROUP_COMMA}){{2,160}},)?\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+)?(\w+)")


def role_before(before: str) -> str | None:
    """The role phrase that ends right before a name: "met with Italian prime minister "
    gives "Italian prime minister"; "the UK foreign secretary, " gives "UK foreign secretary"."""
    stripped = before.rstrip()
    if stripped.endswith(","):
        stripped = stripped[:-1].rstrip()
    i = len(stripped)
    while i > 0 and (stripped[i - 1].isalnum() or stripped[i - 1] in "_’'-"):
        i -= 1
    if stripped[i:].lower() not in PERSON_ROLES:
        return None  # no role noun ends here (the common case, decided without the regex)
    words = list(WORD_RUN.finditer(stripped))
    if not words or stripped[words[-1].end():].strip():
        return None
    if words[-1].group(0).lower() not in PERSON_ROLES:
        return None
    first = len(words) - 1
    for idx in range(len(words) - 2, max(-1, len(words) - 6), -1):
        w = words[idx].group(0)
        between = stripped[words[idx].end():words[idx + 1].start()]
        if between.strip():
            break
        low = w.lower()
        if low in FUNCTION_WORDS or low in SPEECH_VERBS or low.endswith("ed") and w.islower():
            break
        first = idx
    else:
        # The look-back ran out inside a capitalised name ("Amalgamated Transit Union Local
        # 1505 president"): a cut name is no role; the role noun and what follows the name is.
        if first > 0 and _inside_name(stripped, words[first - 1], words[first]):
            while first < len(words) - 1 and _name_like(words[first].group(0)):
                first += 1
    return stripped[words[first].start():].strip()


def _name_like(word: str) -> bool:
    return _capitalised(word) or word.isdigit()


def _inside_name(before: str, word: re.Match[str], nxt: re.Match[str]) -> bool:
    """`word` and the word after it are two words of one name ("Union" of "Transit Union
    Local 1505"): not "The" or "Earlier" opening a sentence, nor a day ("On Monday Lib Dem")."""
    low = word.group(0).lower()
    opening = not before[:word.start()].rstrip(" \"'“‘(")[-1:].isalnum()
    return _name_like(word.group(0)) and not opening and not before[word.end():nxt.start()].strip() \
        and low not in FUNCTION_WORDS and low not in DAYS and low not in MONTHS


def _subject_not_apposition(after: str, m: re.Match[str]) -> bool:
    """"At the Corn Exchange, the minister said ...": a definite role running into its verb
    with no closing comma is the verb's subject; the name belongs to an opening phrase."""
    return m.group("role").startswith("the ") and not after.startswith((",", ".", "!", "?"), m.end()) \
        and m.end() < len(after)


def _read_context(text: str, cand: Candidate, p_start: int) -> None:
    """Roles, locative cues and speech verbs around a candidate."""
    after = text[cand.end:cand.end + 220]
    if _possessive(text, cand.end):
        after = after[2:]
    before = text[max(p_start, cand.start - 80):cand.start]
    # "According to Statistics Canada, the rate rose": a source, and its comma opens what
    # it reports, no apposition.
    source = _ACCORDING_BEFORE.search(before, len(before) - len("according to ")) is not None
    m = _APPOSITION.match(after) if after[:1] == "," and not source else None
    if m and _subject_not_apposition(after, m):
        m = None
    if m and len(m.group("role").split()) <= 16:
        for part in _AND_ARTICLE.split(m.group("role")):
            part = _LEADING_ARTICLE.sub("", part.strip())
            if part:
                cand.appositions.append(part)
    if cand.role is None and cand.title is None:
        cand.role = role_before(before)
    # The cues end right before the name: searched in the last few words only (a search
    # over the whole look-back tried every alternative at every position).
    tail = before[-_CUE_REACH:]
    spaced = tail[-1:].isspace()
    # Each cue ends in a word it is known by: the regex runs only when that word is there.
    last_words = tail.rsplit(None, 2) if spaced else []
    last = last_words[-1] if last_words else ""
    cue_word = last_words[-2] if last == "the" and len(last_words) > 1 else last
    cand.locative = cue_word.endswith(_LOCATIVE_LAST) and bool(_LOCATIVE_CUE.search(tail))
    cand.company = last.endswith(COMPANY_NOUNS) and bool(_COMPANY_CUE.search(tail))
    cand.aged = after[:1] == "," and bool(_AGE_AFTER.match(after))
    rel = _RELATIVE_AFTER.match(after) if after[:1] == "," else None
    cand.relative = rel.group(1) if rel else None
    cand.after_the = last.endswith(("the", "The")) and bool(_THE_BEFORE.search(tail))
    cand.body_after = cand.after_the and bool(_BODY_NOUN_AFTER.match(after)) \
        and not _DEMONYM_END.search(cand.text.lower())
    speech = _VERB_AFTER.match(after)
    cand.source = source and after[:1] in (",", ".", ";", ":")
    cand.speaks = bool(speech and speech.group(1).lower() in SPEECH_VERBS) or (
        len(cand.tokens) > 1 and last in _INVERTED_VERBS and bool(_INVERTED_BEFORE.search(tail))
        and bool(_ATTRIBUTION_ENDS.match(after)))


def classify(cand: Candidate) -> ActorType | None:
    """person / organisation / place, or None when the evidence is too thin to say."""
    kind = _classify(cand)
    if kind == "person" and len(cand.tokens) > 1 and cand.tokens[-1].lower() in EVENT_HEADS:
        return "organisation"  # "Davis Cup", "Booker Prize": a contest or an award, no person
    return kind


def _classify(cand: Candidate) -> ActorType | None:
    name = cand.text
    tokens = cand.tokens
    last = tokens[-1].lower()
    if name in PARTIES:
        return "organisation"
    if cand.filed_from:
        return "place"
    if cand.title and cand.title.lower() in TITLES:
        return "person"
    if name in PLACE_ACRONYMS:
        return "place"
    if len(tokens) == 1 and name.isupper() and 2 <= len(name) <= 6:
        return "organisation"
    place = lookup_place(name)
    if place is not None and not (cand.role or cand.title):
        return "place"
    if any(t.lower() in ORG_HEADS for t in tokens[1:]) or (len(tokens) > 1 and last in ORG_HEADS) \
            or any(t.split(" ")[0] in NUMBERED_BODY_HEADS and " " in t for t in tokens):
        return "organisation"
    if len(tokens) > 1 and last in FIELD_WORDS and lookup_place(" ".join(tokens[:-1])) is not None:
        return "organisation"  # "Nova Scotia Health", "Alberta Justice": a place's agency
    if all(_field_or_body(t) for t in tokens[:-1]) and _national_body(tokens):
        return "organisation"  # "Health Canada", "Fisheries and Oceans Canada": the reverse
    if len(tokens) > 2 and tokens[1] in ("of", "for"):
        # The head comes first: "Bank of England", "Gulf of Mexico", "Republic of Ireland".
        head = tokens[0].lower()
        if head in ORG_HEADS:
            return "organisation"
        if head in PLACE_HEADS or head in JOIN_HEADS:
            return "place" if head not in ("secretary", "minister", "director", "head", "leader",
                                           "chancellor", "house", "chamber", "museum", "academy",
                                           "society", "order", "friends", "people") else "organisation"
    # "Queen Street East": a street's name may end in its side of town
    head = tokens[-2].lower() if len(tokens) > 2 and last in COMPASS_POINTS else last
    if len(tokens) > 1 and head in PLACE_HEADS and (_first_name_gender(tokens[0]) is None or head in STREET_HEADS
                                                    or tokens[0].lower() in WEAK_TITLES):
        return "place"  # "Campbell Parade", "King Street" (not "Kate Street")
    if cand.locative:
        return "place"
    if (cand.company or cand.body_after) and not cand.title:
        return "organisation"
    if cand.aged:
        return "person"
    if name.isupper():
        return None  # "KEY MATCH STATS": a heading in capitals names nobody
    if cand.speaks and len(tokens) > 2 and any(t.lower() in TITLE_CASE_PREPOSITIONS for t in tokens[1:-1]):
        return "organisation"  # "Doctors Without Borders said": a title-cased body's name
    if 2 <= len(tokens) <= 4 and all(t[:1].isupper() or t in NAME_PARTICLES for t in tokens):
        if (_first_name_gender(tokens[0]) is not None and not cand.after_the and not cand.before_role) or cand.role:
            return "person"  # but "the Red Cross", "London UKIP MEP": no person's name
        # "Nazem Kadri, who scored twice": the relative pronoun says whether the name is
        # someone's; "Manitoba Keewatinowi Okimakanak, which represents ..." is not (a body,
        # a film, a law: too many kinds to say which).
        if cand.relative == "which" and not cand.after_the:
            return "organisation" if cand.speaks else None  # (one that speaks is a body)
        if cand.relative == "who" and not cand.after_the and not described_name(tokens):
            return "person"
        if cand.source:
            return "organisation"  # "according to Pew Research,": no first name, a body
        if cand.speaks and not cand.after_the:
            return "organisation" if _acronym_opens(tokens) or _national_body(tokens) else "person"
        if cand.after_the and cand.speaks:
            return "organisation"
        if any(_person_role(a) for a in cand.appositions):
            return "person"
    if len(tokens) == 1 and cand.appositions and not any(_person_role(a) for a in cand.appositions):
        if _first_name_gender(name) is not None and any(_AGED.search(a) for a in cand.appositions):
            return "person"  # "Mohammed, a 34-year-old father of three,"
        return "organisation"
    return None


def described_name(tokens: list[str]) -> bool:
    """"Briton Clive Owen", "Beatle George Harrison": a word saying who someone is before a
    first name; the words together are no one's name."""
    return len(tokens) > 2 and _first_name_gender(tokens[1]) is not None and _first_name_gender(tokens[0]) is None


def _acronym_opens(tokens: list[str]) -> bool:
    """"NHS England said", "BNP Paribas said": a body's acronym opens the name, and no
    person's first name follows it ("MEP Robert Kilroy-Silk")."""
    return tokens[0].isupper() and tokens[0].isalpha() and 3 <= len(tokens[0]) <= 6 \
        and _first_name_gender(tokens[1]) is None


def _national_body(tokens: list[str]) -> bool:
    """"Statistics Canada said", "Tourism Ireland said": a word before a country's name that
    is no first name nor a part of the country ("Western Canada") names a national body."""
    if len(tokens) < 2 or not tokens[0].isalpha() or tokens[0].lower() in REGION_OF_COUNTRY:
        return False
    if is_country(tokens[-1]):
        return _first_name_gender(tokens[0]) is None
    # "Transport Scotland", "Tourism Nova Scotia": a field before a province's or a nation's
    # name (any word would take in "Edinburgh Scotland" or "Paul Ontario").
    return tokens[0].lower() in FIELD_WORDS and lookup_place(" ".join(tokens[1:])) is not None


def _person_role(role: str) -> bool:
    words = WORD_RUN.findall(role.lower())
    return bool(words) and words[-1] in PERSON_ROLES or any(
        w in PERSON_ROLES for w in words[:4])


def is_demonym_use(text: str, cand: Candidate) -> bool:
    """"Italian prime minister", "Dutch and Belgian authorities": adjectives, not actors."""
    if len(cand.tokens) != 1 or not _DEMONYM_END.search(cand.text.lower()) or cand.title:
        return False
    if _first_name_gender(cand.text) is not None:
        return False
    nxt = _NEXT_WORD.match(text, cand.end, cand.end + 30)
    if nxt and nxt.group(1).lower() in SPEECH_VERBS:
        return False  # "Kirwan said": a name speaking, not an adjective
    return bool(nxt and (nxt.group(1)[:1].islower() or nxt.group(1) == "and"))
