"""Quotes: direct and partial quotations with their speakers, and reported speech.

Attribution looks, in order: right after the quote ("‘...,’ she said", "“...,” said X"),
then before it in the same sentence ("X told Sky News: ‘...’", "X said the plan was
“disturbing”", ", adding: ‘...’"), then "according to X". A quote with no attribution
that opens its paragraph, or continues one left open, keeps the previous speaker; a quoted
fragment inside a sentence with no speech verb keeps none.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from store.extract.actors import DocActors
from store.extract.lexicon import (
    ADDRESSEE_CUES,
    DAYS,
    DIRECT_CUES,
    DIRECTIVE_CUES,
    DIRECTIVE_PARTICLES,
    INDIRECT_CUES,
    IRREGULAR_PAST,
    MONTHS,
    NAMING_PARTICIPLES,
    OBJECT_CUES,
    OPTIONAL_ADDRESSEE_CUES,
    PHRASAL_REPORTS,
    REPORTING_PARTICIPLES,
    SPEECH_VERB_TABLE,
    STANCE_CUES,
    THAT_ONLY_CUES,
    TRAILING_CUES,
)
from store.extract.model import Quote
from store.extract.quote_spans import QuoteSpan, find_quote_spans
from store.extract.sentences import dateline, sentence_spans
from store.extract.speakers import SpeakerResolver, is_participle, last_speech_verb
from store.kinds import QuoteKind
from store.paragraphs import Paragraph

_QUOTE_MARKS = "“”‘’\"'«»„"
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# "asked whether he said", "how she told it": the verb is in a question, no report.
_QUESTION_BEFORE = re.compile(r"\b(?:whether|if|why|how)\b[^,]{0,40}$")
_ACCORDING_LEAD = re.compile(r"\s*According to\s+")
_ACCORDING_TAIL = re.compile(r"according to\s+(.+)", re.IGNORECASE)
_LEAD_PUNCT = re.compile(r"[\s,.;:!?—–-]*")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_BE_FORMS = "was|were|is|are|been|be|being"
_PASSIVE = re.compile(rf"\b(?:{_BE_FORMS}|widely|reportedly)\s+$", re.IGNORECASE)
# A form of "be" before a past participle: a passive ("was told:", "is described as").
_BE_BEFORE = re.compile(rf"\b(?:{_BE_FORMS})\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# A passive with its agent: "is being sued by", "was criticised by".
_PASSIVE_AGENT = re.compile(rf"\b(?:{_BE_FORMS})\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+", re.IGNORECASE)
# "Unions are demanding that ...", "MPs are calling on ...": a participle after a form of
# "be" is a finite verb in the progressive, with the sentence's subject before it.
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|am)\s+(?:(?:also|now|still|already|increasingly|"
                          r"again|not)\s+)*$", re.IGNORECASE)
_TOLD_OBJECT = re.compile(
    r"^\s+(?P<obj>(?:him|her|them|us|me|reporters|journalists|MPs|[a-z]{3,}s|the\s+[\w’'-]+(?:\s+[\w’'-]+){0,8}?|"
    # "told a news conference the cap is needed": an indefinite object runs up to a
    # pronoun or a determiner that opens the clause (not one after "of": "a meeting of the board")
    r"an?\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?(?<!\sof)(?<!\sfor)(?<!\sin)(?<!\sat)(?<!\son)(?<!\sto)(?<!\sby)"
    r"(?<!\swith)(?<!\sfrom)(?=\s+(?:the|a|an|his|her|its|their|our|this|these|those|"
    r"he|she|it|they|we|I|you|there)\s)|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*|\s+(?:of|for|with|and)\s+[A-Z][\w’'-]*)*"
    # "told Reuters news agency", "told BBC Radio 4's Today programme"
    r"(?:[’']s)?(?:\s+(?:news\s+agency|agency|newspaper|paper|magazine|radio|television|channel|"
    r"website|programme|show|station))?))"
    # a time or a place after the object ("at a meeting"), never ending on its article
    r"(?:\s+(?:on|in|at|last|this|earlier)\s+[\w ]{1,25}?(?<!\sa)(?<!\san)(?<!\sthe))?(?:\s+that)?\s+(?=\S)",
)
# A directive's object and its to-infinitive: "(on) the council to reopen", "them not to".
_DIRECTIVE_OBJECT = re.compile(
    r"""\s+(?:(?P<particle>on|with|to)\s+)?
        (?P<obj>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
           [\w’'-]+(?:\s+(?!to\b)[\w’'-]+){0,7}?)
        \s+(?:not\s+)?to\s+[a-z]{2,}""",
    re.VERBOSE,
)
_REPORT_CUES = INDIRECT_CUES | DIRECTIVE_CUES
# When it was said, between the verb and the clause: "said Tuesday the plan ...", "said on
# Monday it would ...", "said earlier", "said last week", "said on 3 March".
_TIME_LEAD = re.compile(rf"""
    (?:on\s+)?
    (?: (?:{'|'.join(sorted(DAYS))})(?:\s+(?:night|morning|afternoon|evening))?
      | \d{{1,2}}\s+(?:{'|'.join(sorted(MONTHS))}) | (?:{'|'.join(sorted(MONTHS))})\s+\d{{1,2}}\b
      | yesterday|today|tonight|earlier|later|recently|previously
      | (?:last|this)\s+(?:week|month|year|night|morning|weekend|\w+day)
    ),?\s+""", re.VERBOSE | re.IGNORECASE)
# Where the words were said, between the verb and its clause: "said in a statement", "said
# at a news conference", "said in an interview with the BBC", "said on Twitter".
_SETTING_LEAD = re.compile(r"""
    (?: (?:in|at|during)\s+ (?:a|an|the|his|her|its|their|(?-i:[A-Z][\w-]*)[’']s)\s+
        (?:[\w-]+\s+){0,2}?
        (?:statement|interview|speech|letter|e-?mail|briefing|conference|hearing|address|
           broadcast|post|tweet|message|filing|submission|memo|announcement|release|podcast|
           debate|rally|appearance|video)s?
        (?: \s+ (?:with|to|before) \s+ (?:the\s+)?
            (?: (?-i:[A-Z][\w’'.&-]*) (?:\s+(?:(?:and|of|for|&)\s+)?(?-i:[A-Z][\w’'.&-]*)){0,5}
                (?:\s*\((?-i:[A-Z]{2,8})\))?          # the Securities and Exchange Commission (SEC)
                (?: (?:\s+[a-z]+){1,2} (?=\s+that\b) )?  # to the Shanghai stock exchange that
              | (?:reporters|journalists|shareholders|investors|staff|employees|members|
                   supporters|parliament|lawmakers|MPs|customers|parents) ) )?
      | on\s+(?:Twitter|Facebook|Instagram|LinkedIn|X|Telegram|radio|television|TV|social\s+media)
    ),?\s+""", re.VERBOSE | re.IGNORECASE)
# What may open a clause reported after such a setting: a subject's first word. A setting
# left hanging ("said in an interview with The Times newspaper, published on Friday")
# opens none.
_CLAUSE_OPENER = re.compile(r"""(?:[A-Z0-9“"‘']|(?:it|he|she|they|we|there|the|a|an|its|his|her|their|this|
    these|those|some|no|all|more|most|many|few|several|one|two|three)\b)""", re.VERBOSE)
# "pointed out", "made (it) clear": a verb and the word that makes it report.
_PHRASAL = re.compile(r"\b(?:" + "|".join(
    rf"(?:{'|'.join(forms)})\s+(?:it\s+)?{particle}" for particle, forms in PHRASAL_REPORTS.items()) + r")\b",
    re.IGNORECASE)
_PHRASAL_FIRST = {form for forms in PHRASAL_REPORTS.values() for form in forms}
_CUE_WORDS = _REPORT_CUES | _PHRASAL_FIRST  # a word that is or begins a reporting verb
# A short addressee of any case up to "that": "warned investors that", "assured its suppliers that".
_ADDRESSEE_THAT = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:(?!that\b)[\w’'.-]+\s+){1,4}that\s+(?=\S)")
_THAT = re.compile(r"^(?:\s+(?:on|in|at|to|after|before|during|from|outside|last|this|earlier|yesterday|today)\b"
                   r"[\w ]{0,25}?)?\s+that\s+(?=\S)")
# Auxiliaries: a clause's finite verb is one of them or a past tense.
_FINITE_AUXILIARIES = "would|will|was|were|is|are|had|has|have|could|should|can|must|may|might|did|does|do"
_CLAUSE_VERB = re.compile(
    rf"\b(?:{_FINITE_AUXILIARIES}|"
    r"wanted|needed|amount|remains|"
    # a past tense, not a participle used as an adjective ("the authorised biography")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)[a-z]+ed)\b",
)
_SUBJECT_PRONOUNS = "it|he|she|they|we|I|you|there"
# The object of "told" up to "that": "told the Bisnis Indonesia newspaper that", "told BBC
# Radio 4's Today programme that", "told the 300-strong audience at the Reid Hall that". No
# subject or finite verb inside it: "told Reuters it was so bad that" has a clause already.
_TOLD_THAT = re.compile(rf"""\s+
    (?: (?! (?:{_FINITE_AUXILIARIES}|that|{_SUBJECT_PRONOUNS})\b ) [\w’'.-]+ \s+ ){{1,8}}
    that \s+ (?=\S)""", re.VERBOSE)
# Three words make a clause when a pronoun and a finite verb open it and a word of content
# ends it: "said she was relieved", not "where they said they would be" or "she was told:".
_SHORT_CLAUSE = re.compile(rf"""
    (?:{_SUBJECT_PRONOUNS}) \s (?:{_FINITE_AUXILIARIES}) \s
    (?!(?:be|been|being|told|asked|not)\b) [a-z]+""", re.IGNORECASE | re.VERBOSE)
# A short clause before a closing attribution: a subject, then a finite verb and more.
_SHORT_REPORT = re.compile(rf"[A-Z][\w’'-]*(?:\s[a-z]+)?\s(?:{_FINITE_AUXILIARIES})\s[a-z]+(?:\s[\w’'-]+)*")
# A clause that opens with a subject pronoun ("it expects", "they can stick") is reported speech.
_PRONOUN_CLAUSE = re.compile(rf"(?:{_SUBJECT_PRONOUNS})\s+[a-z]+\b", re.IGNORECASE)
# Reporting verbs that are never nouns: a clause does not open with one.
_ONLY_VERBS = {"said", "says", "told", "tells", "added", "adds", "wrote"}
# "Say" takes a clause, hardly ever an object: "the Tories say people who pay ... lose out".
_SAY = {"say", "says", "said"}
# What after a reporting verb opens no reported claim: a phrase ("spoke of", "said
# goodbye") or an indirect question ("questioned why ...", "asked whether ...").
_NOT_A_CLAUSE = re.compile(r"(?:to|of|for|on|about(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a third|\$|£|€))|in|by|with|so|as|(?-i:them|him|me|us)\b|goodbye|hello|nothing|"
                           r"sorry|thanks|thank|yes|farewell|grace|something|anything|"
                           r"a few words|prayers?|why|whether|how|if|"
                           r"(?-i:[a-z]+(?:ed|en))\s+by)\b", re.IGNORECASE)  # "(told him at a dinner) hosted by"
# Where or when it was said, and nothing reported: "said at a news conference", "said after
# the 4-0 win" (but "said at least 111 bodies were set up", "said after the vote he would go").
_WHERE_SAID = re.compile(r"(?:at|after|before|during|from|outside|via)\s", re.IGNORECASE)
_SUBJECT_WORD = re.compile(rf"\b(?:{_SUBJECT_PRONOUNS})\b")
# A relative or subordinate clause inside a reported one, up to its closing comma or dash:
# the reported clause needs a verb outside it ("accepted the offer, which was criticised"
# reports nothing; "believe the firm, which has asked ..., will win" does).
_RELATIVE_PART = re.compile(r"""
    (?: ,\s* | \s[-—–]\s* | \s )                  # a comma, a dash or a space
    (?: which | who | whom | whose | while | whereas ) \b
    (?: [^,—–-] | (?<=\w)-(?=\w) )*               # to the clause's end (a hyphen in a word goes on)
    (?: [,—–] | \s- | $ )""", re.VERBOSE)
_NP_CLAUSE_VERBS = {"claimed", "claims", "denied", "denies", "confirmed", "confirms", "revealed",
                    "reveals", "announced", "announces", "hailed", "hails", "warned", "predicted"}
# "..., with leader Charles Kennedy saying CLAUSE": a named subject reports, as with "said".
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:[a-z]+\s+){0,3}(?:[A-Z][\w’'.-]*\s+){1,4}$")
_SUBORDINATE = re.compile(r"\s*(?:(?:But|And|Yet|So|Even|Just|Only|Long|Shortly|Soon|even|just|only|long|shortly|soon)\s+){0,2}"
                          r"(?:[Aa]fter|[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hilst|[Ww]hen|[Aa]s|[Ss]ince|[Bb]efore|"
                          r"[Bb]ecause|[Ii]f|[Dd]espite|[Oo]nce|[Uu]ntil|[Uu]nless)\b")
# "X, who says she is innocent, could lose ...": a report in a relative clause ends with it.
_RELATIVE_BEFORE = re.compile(r",\s*who\s+(?:[\w’'-]+\s+){0,3}$")
_NOT_SPEECH_SOURCES = re.compile(r"\b(?:figures|data|statistics|estimates|research|analysis|polls?|"
                                 r"survey|records)\s*$", re.IGNORECASE)
_SAID_NAME = re.compile(r"(?:said|says|added)\s+[A-Z]")
# What may follow the verb of an attribution that closes a sentence: where or when it was
# said ("in a statement", "on Monday", "earlier"), or whom "told" addresses ("told
# reporters", "told GMTV's Sunday programme").
_AFTER_TRAILING_VERB = re.compile(rf"""
    (?: (?:{'|'.join(sorted(DAYS))})\s*)?                                         # said Tuesday
    (?: (?:in|on|at|during|after|before|to|from|via|through)\s+\S+(?:\s+\S+){{0,5}} # in a statement
      | (?:earlier|yesterday|today|recently|previously|last\s+\w+|this\s+\w+)       # earlier, last week
    )?""", re.VERBOSE | re.IGNORECASE)
# Where a reported clause ends: a comma before another report ("..., arguing ...", "...,
# adding ..."), a contrast, or a quotation or dash.
_CUT_PATTERN = r"""
      (?:,|\s[-—–])\s+(?:PARTICIPLES|according\ to|with|while|whilst|but(?!\s+that)|although|whereas
                        |said|says|added|told)\b      # ", adding ...", " - but said ...", ", said X"
    | :\s*[“‘"']                                      # a quotation after a colon
    | \s+[—–]\s+                                      # a dash
    | ,\s+(?:[\w’'.-]+\s+){1,4}(?:said|says|added|told|warned|insisted|argued|claimed)\b[^,;:]{0,40}$
                                                     # ", Mr Bannister said.": the attribution closing it
    | ,?\s+(?:and|but)\s+(?:also\s+)?(?:CUES)\s      # "... do not add up and claim ...": a second report
    """.replace("PARTICIPLES", "|".join(sorted(REPORTING_PARTICIPLES)))
_SECOND_REPORT = INDIRECT_CUES - REPORTING_PARTICIPLES - THAT_ONLY_CUES
_CUT = re.compile(_CUT_PATTERN.replace("CUES", "|".join(sorted(_SECOND_REPORT))), re.VERBOSE)
# In a demand ("urged them to revive X and maintain Y") a bare verb after "and" goes on with
# the infinitive: only an inflected one starts a second report.
_DIRECTIVE_CUT = re.compile(_CUT_PATTERN.replace("CUES", "|".join(sorted(_SECOND_REPORT - set(SPEECH_VERB_TABLE)))),
                            re.VERBOSE)


def extract_quotes(text: str, paragraphs: list[Paragraph], doc: DocActors) -> list[Quote]:
    """Direct, partial and indirect quotes of the non-boilerplate paragraphs."""
    resolver = SpeakerResolver(doc)
    usable = [p for p in paragraphs if not p.boilerplate]
    spans = find_quote_spans(text, [(p.idx, p.start, p.end) for p in usable])
    by_paragraph: dict[int, list[QuoteSpan]] = {}
    for q in spans:
        by_paragraph.setdefault(q.paragraph, []).append(q)
    quotes: list[Quote] = []
    for p in usable:
        pq = sorted(by_paragraph.get(p.idx, []), key=lambda q: q.open_at)
        marks = _Marks(pq)
        sentences = sentence_spans(text, p.start, p.end)
        opening = dateline(text, p.start, p.end)
        if opening is not None:  # the first sentence follows it ("BOSTON, Mass. (AP) —")
            sentences = [(max(s, opening.end()), e) for s, e in sentences if e > opening.end()]
        events: list[tuple[int, str, object]] = [(q.open_at, "q", q) for q in pq]
        for s, e in sentences:
            for verb in _indirect_verbs(text, s, e, marks):
                events.append((verb.start(), "i", (verb, s, e)))
            # "CLAUSE, said X." is read at the sentence's end, so that the speaker is heard
            # before the quotes after it ("... he told the BBC").
            events.append((max(s, e - 1), "e", (s, e)))
        events.sort(key=lambda ev: ev[0])
        reported: list[_Report] = []  # this paragraph's reported speech, in order
        for _pos, kind, payload in events:
            if kind == "e":
                s, e = payload  # type: ignore[misc]
                found = _end_attributed(text, p, s, e, marks, resolver, reported) \
                    or _mid_attributed(text, p, s, e, marks, resolver, reported)
                if found is not None:
                    _drop_views_within(quotes, reported, found)
                    quotes.append(found)
                    resolver.heard(found.speaker)
            elif kind == "q":
                quote = _direct(text, p, payload, marks, sentences, resolver)  # type: ignore[arg-type]
                if quote.speaker is None and quote.kind == "partial":
                    quote = _within_report(quote, quotes)
                quotes.append(quote)
                resolver.heard(quote.speaker)
                resolver.last_close = payload.close_at if payload.close_at is not None else quote.end  # type: ignore[attr-defined]
            else:
                verb, s, e = payload  # type: ignore[misc]
                # The quotes just found (one of an earlier paragraph may run on into this one).
                found = _indirect(text, p, verb, s, e, resolver, quotes[-20:])
                if found is not None:
                    quotes.append(found)
                    bisect.insort(reported, _Report(found.start, found.end, _stance(found.cue)))
                    resolver.heard(found.speaker)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _within_report(quote: Quote, quotes: list[Quote]) -> Quote:
    """A fragment quoted inside reported speech found before it ('X wrote in a note to
    clients that the bank "went big"') is the report's speaker's."""
    for r in reversed(quotes[-5:]):
        if r.kind == "indirect" and r.speaker and r.start <= quote.start and quote.end <= r.end:
            return dataclasses.replace(quote, speaker=r.speaker, cue=r.cue)
    return quote


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(sentences, (pos, math.inf)) - 1  # sentences are in order
    if 0 <= i < len(sentences) and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return sentences[-1] if sentences else (pos, pos)


class _Marks:
    """The quote spans of one paragraph, indexed: a paragraph of thousands of quotations (a
    whole book on one line) stays linear."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
        self.opens = [q.open_at for q in spans]
        self.reach: list[float] = []  # the furthest close of the spans opened so far
        furthest = -math.inf
        for q in spans:
            furthest = max(furthest, math.inf if q.close_at is None else q.close_at)
            self.reach.append(furthest)
        self.position = {id(q): i for i, q in enumerate(spans)}

    def inside(self, pos: int) -> bool:
        """Whether `pos` lies within a quotation (an unclosed one runs to the end)."""
        i = bisect.bisect_right(self.opens, pos) - 1
        return i >= 0 and self.reach[i] >= pos

    def open_at(self, pos: int) -> bool:
        """Whether a quotation opened before `pos` is still open there."""
        i = bisect.bisect_left(self.opens, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def opens_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.opens, start)
        return i < len(self.opens) and self.opens[i] < end


def _direct(text: str, p: Paragraph, q: QuoteSpan, marks: _Marks,
            sentences: list[tuple[int, int]], resolver: SpeakerResolver) -> Quote:
    ss, se = _sentence_of(sentences, q.open_at)
    pq = marks.spans
    idx = marks.position[id(q)]
    prev_close = pq[idx - 1].close_at if idx > 0 else None
    next_open = pq[idx + 1].open_at if idx + 1 < len(pq) else p.end
    kind = _kind(text, p, q)
    speaker, cue = None, None
    pronoun: str | None = None  # "he" or "she" of an attribution right of the quote that names no one
    passive = False  # "X was told:": the subject heard the words; nothing before names who said them
    narrative_lo = _narrative_start(text, p, q, sentences, prev_close)

    if q.close_at is not None:
        close_end = q.close_at + 1
        # Right of the quote: to the end of the sentence it closes in, or the next quote.
        tail_end = _sentence_of(sentences, close_end)[1] if close_end < p.end else close_end
        resolver.narrative = (text, narrative_lo, q.open_at)
        if q.open_at <= p.start:
            resolver.paragraph_before = (_previous_line_start(text, p.start), p.start)
        try:
            speaker, cue, pronoun = _right_attribution(text, close_end, min(next_open, max(close_end, tail_end)),
                                                       resolver)
        finally:
            resolver.narrative = resolver.paragraph_before = None
        if speaker is not None:
            pronoun = None
    if speaker is None:
        lo = max(ss, (prev_close + 1) if prev_close is not None and prev_close >= ss else ss)
        verb = last_speech_verb(text, lo, q.open_at)
        if verb is not None:
            cue = verb.group(0).lower()
            lead = text[lo:verb.start()].rstrip()
            if is_participle(cue) and lead.endswith((",", ", and")):
                speaker = _participle_subject(text, ss, verb.start(), resolver)
            elif cue in NAMING_PARTICIPLES and lead.endswith(","):
                # "X handed down the sentence, calling the crash "entirely preventable"": the
                # name before it, else the sentence's subject (never the last speaker: "The
                # mayor defended the budget, calling ..." names no one)
                speaker = resolver.subject_before(text, ss, verb.start()) or resolver.sentence_subject(
                    text, ss, verb.start())
            elif not cue.endswith("ing") and _BE_BEFORE.search(text, max(lo, verb.start() - 24), verb.start()):
                passive = True  # "X was called "a pirate" by the judge": X is not its speaker
            else:
                speaker = resolver.subject_before(text, ss, verb.start())
            if speaker is None and cue not in OBJECT_CUES and not passive:
                # "said the BBC's Ann Lee:" (but "told the BBC:" names whom it was said to)
                speaker = resolver.subject_after(text, verb.end(), q.open_at)
            if speaker is None:
                cue = None
    if speaker is None and idx > 0 and pq[idx - 1].open_at >= ss and kind == "partial":
        speaker = resolver.last_speaker()
    if speaker is None:
        speaker = _according_to(text, ss, se, resolver)
    if speaker is None and kind == "direct" and not q.continues and not passive:
        lo = narrative_lo if q.open_at > p.start else _previous_line_start(text, p.start)
        speaker = resolver.narrative_turn(text, lo, q.open_at)
    if speaker is None and (q.continues or q.open_at == p.start or
                            (kind == "direct" and text[p.start:q.open_at].strip() == "")):
        speaker = resolver.last_speaker()
    if speaker is None and kind == "direct" and idx > 0 and text[ss:q.open_at].strip() in ("", ".", ","):
        speaker = resolver.last_speaker()
    if pronoun is not None and speaker is not None and not resolver.may_be(speaker):
        speaker = None  # '"...," she said' after "Police say ...": she is someone not named
    return Quote(text=text[q.start:q.end], start=q.start, end=q.end, kind=kind,
                 speaker=speaker, cue=cue, paragraph=p.idx)


def _narrative_start(text: str, p: Paragraph, q: QuoteSpan, sentences: list[tuple[int, int]],
                     prev_close: int | None) -> int:
    """Where the narrative before a quotation begins: the sentence before its opening mark,
    but not before the previous quotation of the paragraph closed."""
    if q.open_at <= p.start:
        return q.open_at
    lo = _sentence_of(sentences, q.open_at - 1)[0]
    if prev_close is not None and prev_close >= lo and not _partial_before(text, lo, prev_close):
        lo = prev_close + 1  # a quoted word inside the narrative ('oxygen') does not end it
    return lo


def _partial_before(text: str, lo: int, close: int) -> bool:
    """Whether the quotation closing at `close` is a word or phrase quoted inside the
    sentence that starts at `lo` rather than a whole quotation."""
    inner = text[lo:close]
    opening = max(inner.rfind(mark) for mark in _QUOTE_MARKS)
    return opening > 0 and len(inner[opening + 1:].split()) <= 4


def _previous_line_start(text: str, pos: int) -> int:
    """The start of the last non-blank line before `pos` (the paragraph before)."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1


def _kind(text: str, p: Paragraph, q: QuoteSpan) -> QuoteKind:
    """direct: a whole quotation; partial: a fragment quoted inside reported speech."""
    before = text[p.start:q.open_at].rstrip()
    inner = text[q.start:q.end]
    if not before or before.endswith((":", ".", "?", "!")) or q.continues:
        return "direct"
    first = inner.lstrip(_QUOTE_MARKS + " ")[:1]
    if first.islower():
        return "partial"
    words = len(inner.split())
    if before.endswith(",") and words >= 3:
        return "direct"
    if inner.rstrip().endswith((".", "?", "!", ",")) and words >= 4:
        return "direct"
    return "partial"


# "he" or "she" as the subject of an attribution right of a quote, with one word before
# its verb at most ("she said", "he later told").
_RIGHT_PRONOUN = re.compile(r"[\s,’'”\"—–-]*(he|she)\s+(?:\w+\s+)?", re.IGNORECASE)


def _right_attribution(text: str, pos: int, hi: int,
                       resolver: SpeakerResolver) -> tuple[str | None, str | None, str | None]:
    """‘...,’ she said / “...,” said X / “...,” the source said, adding ...: the speaker, the
    verb, and "he" or "she" when that is the verb's subject ('"...," he later told reporters')."""
    lead = _LEAD_PUNCT.match(text, pos, hi)
    at = lead.end() if lead else pos
    if at >= hi or any(mark in text[pos:at] for mark in ".?!"):
        return None, None, None  # the sentence ended with the quote: nothing to its right
    verb = None
    for m in _LATIN_WORD.finditer(text, at, min(hi, at + 160)):
        word = m.group(0).lower()
        if word in DIRECT_CUES:
            verb = (m.start(), m.end(), word)
            break
        if m.start() - at > 90:
            break
    if verb is None:
        return None, None, None
    v_start, v_end, word = verb
    if v_start == at:
        return resolver.subject_after(text, v_end, hi), word, None
    pronoun = _RIGHT_PRONOUN.fullmatch(text, pos, v_start)
    return resolver.subject_before(text, at, v_start), word, pronoun.group(1).lower() if pronoun else None


def _according_to(text: str, s: int, e: int, resolver: SpeakerResolver) -> str | None:
    m = _ACCORDING.search(text, s, e)
    if not m:
        return None
    return resolver.subject_after(text, m.end(), e)


_OPENERS = " \t\n\"'“‘(«"


def _indirect_verbs(text: str, s: int, e: int, marks: _Marks) -> list[re.Match[str]]:
    """Reporting verbs of the sentence `text[s:e]` that stand outside its quotes."""
    found = []
    first = e - len(text[s:e].lstrip(_OPENERS))  # where the sentence's first word starts
    for m in _cue_words(text, s, e):
        written = m.group(0)
        word = written.lower()
        if word[0] != written[0] and m.start() > first:
            continue  # capitalised inside a sentence: a name's word ("CTV's Question Period")
        verb = m if word in _REPORT_CUES else None
        if word in _PHRASAL_FIRST:
            verb = _PHRASAL.match(text, m.start(), e) or verb  # "pointed out", "is confident"
        if verb is not None and not marks.inside(verb.start()):
            found.append(verb)
    return found


def _cue_words(text: str, s: int, e: int) -> Iterable[re.Match[str]]:
    """The words of the sentence `text[s:e]` that may be or begin a reporting verb, in order
    (every word, where the sentence is not plain ASCII)."""
    sentence = text[s:e]
    if not sentence.isascii():
        return _LATIN_WORD.finditer(text, s, e)
    # Most sentences hold no cue at all: told from their set of words, in C, before any word
    # is read on its own (lower case keeps ASCII words and offsets as they are). A phrasal
    # report's first word ("is" of "is confident") is common; the phrase is not.
    low = sentence.lower()
    words = set(_LATIN_WORD.findall(low))
    if words.isdisjoint(_REPORT_CUES) and (words.isdisjoint(_PHRASAL_FIRST) or not _PHRASAL.search(text, s, e)):
        return []
    starts = sorted(at for word in words & _CUE_WORDS for at in _whole_word_starts(low, word))
    return [m for at in starts if (m := _LATIN_WORD.match(text, s + at, e))]


def _whole_word_starts(low: str, word: str) -> Iterator[int]:
    """Where `word` stands as a whole word of letters in the ASCII text `low`."""
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not low[at - 1].isalpha()) and (end == len(low) or not low[end].isalpha()):
            yield at
        at = low.find(word, end)


def _indirect(text: str, p: Paragraph, verb: re.Match[str], s: int, e: int,
              resolver: SpeakerResolver, quotes: list[Quote]) -> Quote | None:
    """X said (that) CLAUSE / X told Y (that) CLAUSE, with no quote marks opening CLAUSE."""
    word = verb.group(0).split()[0].lower()  # "pointed" of "pointed out"
    if not word.endswith("ing") and _PASSIVE.search(text[max(s, verb.start() - 12):verb.start()]):
        return None
    if _QUESTION_BEFORE.search(text[max(s, verb.start() - 50):verb.start()]):
        return None
    after = text[verb.end():e]
    if word in DIRECTIVE_CUES and word not in INDIRECT_CUES:
        return _directive(text, p, verb, s, e, resolver, quotes)
    m = _ADDRESSEE_THAT.match(after) if word in OPTIONAL_ADDRESSEE_CUES else None
    if m:
        clause_at = verb.end() + m.end()  # "warned investors that ..."
    elif word in ADDRESSEE_CUES:
        # "told the Bisnis Indonesia newspaper that ...": an object up to "that", when there
        # is one, else an object of the usual shapes.
        m = _TOLD_THAT.match(after) or _ADDRESSEE_THAT.match(after) or _TOLD_OBJECT.match(after)
        if not m:
            return None
        clause_at = verb.end() + m.end()
    else:
        m = _THAT.match(after)
        clause_at = verb.end() + (m.end() if m else len(after) - len(after.lstrip()))
        if not m and not after.startswith(" "):
            return None
        if not m:
            # "said on Monday (that)", "said in a statement on Monday (that)": a time or a
            # setting, or both, before the clause ("announced in a speech a deal" has none).
            clause_at, setting = _past_leads(text, clause_at, e, settings=word not in _NP_CLAUSE_VERBS)
            m = _THAT.match(" " + text[clause_at:e])
            if m:
                clause_at += m.end() - 1
            elif setting and not _CLAUSE_OPENER.match(text, clause_at, e):
                return None
    if clause_at >= e or text[verb.end():clause_at].strip().startswith(":"):
        return None
    with_that = bool(m and m.group(0).strip().endswith("that"))  # "said (on Monday) that ..."
    if word in THAT_ONLY_CUES and not with_that:
        return None  # "found the keys", "found it hard"
    if text[clause_at] in _QUOTE_MARKS and not _fragment_opens_clause(text, clause_at, e):
        return None
    rest = text[clause_at:e]
    if _NOT_A_CLAUSE.match(rest) or rest[:1] in ",.;:" or rest.split(None, 1)[0] in _ONLY_VERBS:
        return None  # ... or "CBO forecasts said ...": the first "verb" was a noun
    if _WHERE_SAID.match(rest) and not _CLAUSE_VERB.search(rest) and not _SUBJECT_WORD.search(rest):
        return None
    cut = _CUT.search(rest)
    end = clause_at + (cut.start() if cut else len(rest))
    if _SUBORDINATE.match(text[s:verb.start()]) or _RELATIVE_BEFORE.search(text[max(s, verb.start() - 60):verb.start()]):
        comma = text.find(", ", clause_at, end)
        if comma > 0:
            end = comma
    end = _trim_end(text, clause_at, end)
    clause = text[clause_at:end]
    words = clause.split()
    if len(words) < 4 and not _SHORT_CLAUSE.fullmatch(clause):
        return None
    if any(w.startswith("‘") for w in words[:3]) or _quoted_share(clause) >= _MOSTLY_QUOTED:
        return None  # the quoted fragment carries the report
    led_by_comma = "," in text[verb.end():clause_at]  # "said on Friday, the lowest level in ..."
    if not with_that and word not in _NP_CLAUSE_VERBS \
            and (word not in _SAY or led_by_comma) and not _main_clause_verb(clause) \
            and not _PRONOUN_CLAUSE.match(clause):
        # "accepted the offer, which was criticised", "declared a state of emergency after the
        # plant failed": an object with a relative or subordinate clause, no reported one
        return None
    attached = text[s:verb.start()].rstrip().endswith(",")
    progressive = _progressive(word, text, s, verb)
    if word.endswith("ing") and not (attached or progressive) and not _WITH_SUBJECT.search(text[s:verb.start()]):
        return None  # "amid fears mounting that ...": an absolute phrase, not a report
    if is_participle(word) and attached and not progressive:
        speaker = _participle_subject(text, s, verb.start(), resolver)
    else:
        speaker = resolver.subject_before(text, s, verb.start())
    return _reported(text, p, s, verb, speaker, clause_at, end, resolver, quotes)


def _participle_subject(text: str, s: int, verb_start: int, resolver: SpeakerResolver) -> str | None:
    """Who says what a ", saying ..." of the sentence at `s` reports: the subject of the
    speech verb before it when there is one, else the sentence's ("He defended the plan,
    saying ...", "Akamai declined to comment, saying ..."), else the last speaker."""
    earlier = last_speech_verb(text, s, verb_start)
    if earlier is None:
        agent = _PASSIVE_AGENT.search(text, s, verb_start)
        if agent is not None:
            # "X is being sued by his ex-girlfriend, claiming ...": the agent claims, not X.
            return resolver.subject_after(text, agent.end(), verb_start)
    subject = resolver.subject_before(text, s, earlier.start()) if earlier is not None else None
    return subject or resolver.sentence_subject(text, s, verb_start) or resolver.last_speaker()


def _reported(text: str, p: Paragraph, s: int, verb: re.Match[str], speaker: str | None, start: int,
              end: int, resolver: SpeakerResolver, quotes: list[Quote]) -> Quote | None:
    """The indirect quote `text[start:end]`, unless no one is named as its subject (not even
    a pronoun or a role) or a quotation already holds it."""
    if speaker is None and not resolver.names_a_speaker(text, s, verb.start()):
        return None
    if any(q.start <= start and end <= q.end for q in quotes):
        return None
    return Quote(text=text[start:end], start=start, end=end, kind="indirect", speaker=speaker,
                 cue=verb.group(0).lower(), paragraph=p.idx)


def _directive(text: str, p: Paragraph, verb: re.Match[str], s: int, e: int,
               resolver: SpeakerResolver, quotes: list[Quote]) -> Quote | None:
    """X urged ministers to act / called on the council to ... / pleaded with fans not to ...:
    the demand, object and infinitive, is reported speech of the subject."""
    word = verb.group(0).lower()
    m = _DIRECTIVE_OBJECT.match(text, verb.end(), e)
    if not m or m.group("particle") != DIRECTIVE_PARTICLES.get(word):
        return None
    start = m.start("obj")
    rest = text[start:e]
    cut = _DIRECTIVE_CUT.search(rest)
    end = _trim_end(text, start, start + (cut.start() if cut else len(rest)))
    clause = text[start:end]
    if len(clause.split()) < 4 or _quoted_share(clause) >= _MOSTLY_QUOTED:
        return None
    participle = word.endswith("ing") and not _progressive(word, text, s, verb)
    if participle and not text[s:verb.start()].rstrip().endswith(","):
        return None  # "the calling of ...": no subject to report
    speaker = resolver.last_speaker() if participle else resolver.subject_before(text, s, verb.start())
    return _reported(text, p, s, verb, speaker, start, end, resolver, quotes)


# After a quoted fragment, the clause's verb: '"our town" was being ...', '"typical family" has ...'.
_FRAGMENT_GOES_ON = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_FINITE_AUXILIARIES}|[a-z]+ed)\b")


def _fragment_opens_clause(text: str, start: int, e: int) -> bool:
    """'said "our town" was being "ruined" by traffic': a quoted fragment that opens a
    reported clause which goes on after it (not a quotation that is all of it)."""
    spans = find_quote_spans(text[start:e], [(0, 0, e - start)])
    if not spans or spans[0].open_at != 0 or spans[0].close_at is None:
        return False
    return bool(_FRAGMENT_GOES_ON.match(text[start + spans[0].close_at + 1:e]))


def _progressive(word: str, text: str, s: int, verb: re.Match[str]) -> bool:
    """Whether `word`, the verb at `verb`, is an -ing form after a form of "be" ("they are
    calling on"): a finite verb, not a participle."""
    return word.endswith("ing") and bool(_PROGRESSIVE.search(text[max(s, verb.start() - 40):verb.start()]))


# A clause this much inside quote marks is the quotation's, not a report of its own.
_MOSTLY_QUOTED = 0.8


def _quoted_share(clause: str) -> float:
    """How much of a clause lies inside quote marks."""
    spans = find_quote_spans(clause, [(0, 0, len(clause))])
    inside = sum(q.end - q.start for q in spans)
    return inside / max(1, len(clause))


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


# "Now, he said, the gaming world rivals ...": an attribution set off by commas inside the
# sentence it reports.
_MID_ATTRIBUTION = re.compile(
    r",\s+(?P<who>he|she|they|it|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
    r"(?P<verb>said|says|added|argued|warned|insisted|believes|claimed)\s*,\s+(?=[a-zA-Z])")


def _mid_attributed(text: str, p: Paragraph, s: int, e: int, marks: _Marks,
                    resolver: SpeakerResolver, reported: list[_Report]) -> Quote | None:
    """CLAUSE-START, he said, CLAUSE-END. (no quote marks in the sentence): the report is
    what follows the attribution, whose opening words are a lead-in ("Now", "But")."""
    sentence = text[s:e]
    if any(ch in sentence for ch in "“”\"«»‘") or marks.opens_between(s, e):
        return None
    m = _MID_ATTRIBUTION.search(text, s, e)
    if m is None or len(text[s:m.start()].split()) > 4:
        return None  # a long opening is part of the report itself: no clean span to cite
    if _already_reported(reported, s, e):
        return None
    start, end = m.end(), _trim_end(text, m.end(), e)
    if len(text[start:end].split()) < 4:
        return None
    who_at = m.start("who")
    if m.group("who").lower() in ("he", "she", "they", "it"):
        speaker = resolver.resolve_pronoun(m.group("who"), s)
    else:
        mention = resolver.doc.mention_at(who_at)
        speaker = mention.key if mention is not None else None
    if speaker is None:
        return None
    return Quote(text=text[start:end], start=start, end=end, kind="indirect", speaker=speaker,
                 cue=m.group("verb"), paragraph=p.idx)


# After an inverted attribution's verb, a subject with a finite verb of its own before any
# comma: "Jane Hill, a resident, said she was relieved" reports "she was relieved"; the words
# before "said" are its subject, not a clause attributed to "she" ("said the man who was
# hurt" is still a name with its relative clause).
_SUBJECT_THEN_VERB = re.compile(rf"[^,]*?(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s(?:{_FINITE_AUXILIARIES})\b")
_AUXILIARIES = {"has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "later", "then"}
# Base forms: a plural subject's present ("analysts warn"), never an inverted attribution.
_BARE_FORMS = {word for word in TRAILING_CUES if not word.endswith("s") and not word.endswith("ed")
               and word not in ("said", "told", "thought", "forecast")}


_TRAILING_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|also|later|previously|now))*\s*$")


def _past_leads(text: str, at: int, end: int, settings: bool = True) -> tuple[int, bool]:
    """Where a clause starts after at most two leads of when and where words were said
    ("on Monday", "in a statement"; settings only when `settings`) from `at`, and whether a
    setting was among them."""
    setting = False
    for _ in range(2):
        lead = _TIME_LEAD.match(text, at, end)
        if lead is None and settings:
            lead = _SETTING_LEAD.match(text, at, end)
            setting = setting or lead is not None
        if lead is None:
            break
        at = lead.end()
    return at, setting


def _only_setting(rest: str) -> bool:
    """Whether `rest` says no more than when or where words were said ("in a statement
    on Tuesday"), or is empty."""
    rest = rest.strip() + " "
    return _past_leads(rest, 0, len(rest))[0] >= len(rest) - 1


# Where a subordinate clause or an adjunct starts: a verb after it is not the main clause's.
_SUBORDINATOR = re.compile(r"\b(?:after|because|when|while|until|unless|following|amid|despite)\b")


_PERSONAL_PRONOUNS = set(_SUBJECT_PRONOUNS.lower().split("|")) - {"there"}


def _main_clause_verb(clause: str) -> bool:
    """Whether a finite verb stands in the first ten words of `clause` before any relative or
    subordinate clause ("the plan would fail if ...", not "a state of emergency after the
    plant failed")."""
    head = " ".join(_RELATIVE_PART.sub(" ", clause).split()[:10])
    sub = _SUBORDINATOR.search(head)
    main = head[:sub.start()] if sub else head
    if _CLAUSE_VERB.search(main):
        return True
    # an irregular past ("Henry deliberately caught Heinze"), but not one after a pronoun
    # inside the phrase: "their awards to the four they won" is an object and its relative
    words = main.lower().split()
    return any(w in IRREGULAR_PAST and (i == 0 or i == 1 or words[i - 1] not in _PERSONAL_PRONOUNS)
               for i, w in enumerate(words))


# A part of a sentence that ends where its clause cannot: "..., and, according to X, ...".
_OPEN_ENDED = re.compile(r"\b(?:if|whether|and|but|or|that|because|as|than|while|although)\s*$", re.IGNORECASE)


def _verbless_tail(tail: str) -> bool:
    """Whether the last part of a sentence adds a phrase with no verb of its own ("down
    from 3.4 per cent in December", "the lowest level in a decade") rather than attributes."""
    tail = tail.strip().rstrip(".!")
    return bool(tail) and not _CLAUSE_VERB.search(tail) and _trailing_verb(tail) is None \
        and not _SAID_NAME.match(tail) and not tail.lower().startswith("according to")


def _attributes(part: str) -> bool:
    """Whether a comma-bounded part of a sentence is a short attribution with nothing after
    its verb but where and when ("the agency said on Friday", "according to the union"), not
    a parenthesis ("as the Conservatives claim") nor a clause ("he promises to focus on")."""
    words = part.split()
    if not words or len(words) > 8 or words[0].lower() in ("as", "which", "who", "and", "but", "or"):
        return False
    if part.lower().lstrip().startswith("according to "):
        return True
    verb = _trailing_verb(part)
    return verb is not None and bool(part[:verb.start()].strip()) and _only_setting(part[verb.end():])


def _trailing_verb(tail: str) -> re.Match[str] | None:
    """The verb of an attribution closing a sentence ("officials have said", "Ms Hewitt
    told GMTV's Sunday programme", "the firm said in a statement"): the last reporting
    verb with a subject before it and nothing after it but where, when or to whom."""
    found = None
    for m in _LATIN_WORD.finditer(tail):
        word = m.group(0).lower()
        if word not in TRAILING_CUES or m.start() == 0:
            continue
        rest = tail[m.end():].strip()
        if not rest or (word == "told" and len(rest.split()) <= 8) or _AFTER_TRAILING_VERB.fullmatch(rest):
            found = m
    return found


class _Report(NamedTuple):
    """Reported speech found in a paragraph: its span, and whether its verb states a view
    ("expect", "believe", "found") rather than reports words ("said", "told")."""

    start: int
    end: int
    stance: bool


def _stance(cue: str | None) -> bool:
    return cue is not None and (cue in STANCE_CUES or " " in cue)  # "is confident", "made clear"


def _reports_in(reported: list[_Report], s: int, e: int) -> list[_Report]:
    """The reported speech already found (in order) that lies in the sentence `s:e`: a
    look at the last few only, so a paragraph of thousands of reports stays linear."""
    i = bisect.bisect_left(reported, (e, -1))
    return [r for r in reported[max(0, i - 8):i] if r.end > s]


def _already_reported(reported: list[_Report], s: int, e: int,
                      within: tuple[int, int] | None = None) -> bool:
    """Whether reported speech already found lies in the sentence `s:e`; with `within`,
    whether one lies in that clause other than a view held inside it (a clause whose
    attribution closes the sentence holds it: "Homeowners expect prices to rise, Mr
    Bannister said") or lies wholly in the attribution ("..., said Mr Fogg, who also
    expected ...")."""
    near = _reports_in(reported, s, e)
    if within is None:
        return bool(near)
    lo, hi = within
    return any(r.start < hi and r.end > lo and not (r.stance and lo <= r.start and r.end <= hi) for r in near)


def _drop_views_within(quotes: list[Quote], reported: list[_Report], found: Quote) -> None:
    """Views reported inside `found`'s clause are its speaker's words, not reports of their
    own. They are among the quotes found last (those starting in its sentence)."""
    i = len(quotes)
    while i > 0 and quotes[i - 1].start >= found.start:
        i -= 1
    quotes[i:] = [q for q in quotes[i:]
                  if not (q.kind == "indirect" and q.end <= found.end and _stance(q.cue))]
    j = bisect.bisect_left(reported, (found.start, -1))
    reported[j:] = [r for r in reported[j:] if not (r.stance and r.end <= found.end)]


def _end_attributed(text: str, p: Paragraph, s: int, e: int, marks: _Marks,
                    resolver: SpeakerResolver, reported: list[_Report]) -> Quote | None:
    """CLAUSE, the minister said. / CLAUSE, according to X. CLAUSE may hold a quoted
    fragment ('... was "too unlikely", Mr Price said.') but is not itself a quotation."""
    sentence = text[s:e]
    quoted = any(ch in sentence for ch in "“”\"«»") or marks.opens_between(s, e)
    if quoted and marks.open_at(s + len(sentence) - len(sentence.lstrip())):
        return None  # the sentence opens inside a quotation: its attribution is the quote's
    lead = _ACCORDING_LEAD.match(sentence)
    if lead and quoted:
        return None
    if lead:
        if _already_reported(reported, s, e):
            return None
        comma = sentence.find(", ", lead.end())
        if comma < 0 or _NOT_SPEECH_SOURCES.search(sentence[lead.end():comma]):
            return None
        speaker = resolver.subject_after(text, s + lead.end(), s + comma)
        start, end = s + comma + 2, _trim_end(text, s + comma + 2, e)
        if speaker is None or len(text[start:end].split()) < 3:
            return None
        return Quote(text=text[start:end], start=start, end=end, kind="indirect",
                     speaker=speaker, cue="according to", paragraph=p.idx)
    comma = sentence.rfind(", ")
    if comma < 20 and not (comma > 0 and _SHORT_REPORT.fullmatch(sentence[:comma].strip())):
        return None  # "In 2004, he said": no clause; "Talks have stalled, officials said" is one
    # "CLAUSE, said Mark Hollis, an analyst at ...": the attribution opens at the comma
    # before an apposition, when the last comma's tail is not one.
    earlier = sentence.rfind(", ", 0, comma)
    if earlier >= 20 and _SAID_NAME.match(sentence, earlier + 2) and not _SAID_NAME.match(sentence, comma + 2):
        comma = earlier
    tail_end = e
    if earlier >= 20 and _verbless_tail(text[s + comma + 2:e]) and _attributes(sentence[earlier + 2:comma]) \
            and not _OPEN_ENDED.search(sentence, 0, earlier):
        # "Prices rose 2.9 per cent, Statistics Canada said last week, down from 3.4 per cent":
        # the attribution stands between the report and a phrase that adds to it.
        tail_end, comma = s + comma, earlier
    tail_at = s + comma + 2
    tail = text[tail_at:tail_end].rstrip(" .!\n")
    if quoted and (any(ch in tail for ch in "“”\"«»‘’") or marks.inside(s + comma)
                   or _quoted_share(sentence[:comma]) >= _MOSTLY_QUOTED):
        return None  # a quotation and its attribution: the direct quote has it
    speaker, cue = None, None
    m = _ACCORDING_TAIL.fullmatch(tail)
    if m and _NOT_SPEECH_SOURCES.search(m.group(1)):
        return None
    if m:
        speaker = resolver.subject_after(text, tail_at + len("according to "), tail_end)
        cue = "according to"
    else:
        words = tail.split()
        named = bool(_SAID_NAME.match(tail))
        verb = _trailing_verb(tail)
        # A short attribution ("officials said", "said X, an analyst at ..."), or a named
        # subject of a few more words with only where and when after its verb ("the
        # Ministry of Health and the Environment Agency said in a joint statement on Monday").
        long_subject = False
        if verb is not None:
            closing = _TRAILING_AUXILIARIES.sub("", tail[:verb.start()])
            long_subject = bool(closing) and len(closing.split()) <= 12 and not _CLAUSE_VERB.search(closing) \
                and _only_setting(tail[verb.end():])
        if not words or (len(words) > (16 if named else 8) and not long_subject):
            return None
        if verb is not None and verb.start() > 0:
            verb_at = tail_at + verb.start()
            subject = text[tail_at:verb_at].split()
            if subject and subject[0].lower() in ("he", "she") and all(
                    w.lower() in _AUXILIARIES for w in subject[1:]):
                # "Ross would lead the board, he said": whoever "he" is, he is not the
                # person the report is about; look before the sentence.
                speaker = resolver.sentence_pronoun(subject[0], text, s, s)
            else:
                speaker = resolver.subject_before(text, tail_at, verb_at)
            cue = verb.group(0).lower()
        elif words[0].lower() in TRAILING_CUES and words[0].lower() not in _BARE_FORMS \
                and words[0].lower() not in OBJECT_CUES and not _SUBJECT_THEN_VERB.match(tail, len(words[0])):
            speaker = resolver.subject_after(text, tail_at + len(words[0]), tail_end)
            cue = words[0].lower()
    if speaker is None:
        return None
    end = _trim_end(text, s, s + comma)
    start = s + len(text[s:end]) - len(text[s:end].lstrip())
    if _already_reported(reported, s, e, within=(start, end)):
        return None
    if any(r.start >= tail_at and "," not in text[tail_at:r.start] for r in _reports_in(reported, s, e)):
        return None  # "..., said DOD did not ...": the tail reports, it attributes nothing
    return Quote(text=text[start:end], start=start, end=end, kind="indirect",
                 speaker=speaker, cue=cue, paragraph=p.idx)
