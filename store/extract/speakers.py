"""Who is speaking: the subject of a speech verb, resolved to an actor.

The subject may be a name (through any apposition: "Kim Johnson, the Labour MP for ...,
said"), a pronoun (the nearest person of that gender, recent speakers first), a role ("the
Transport Secretary", resolved through the roles seen in the text) or an unnamed group ("a
Home Office source", which becomes a group actor; "the source" later refers back to it).
When nothing resolves, the answer is None: never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from store.extract.actors import DocActors, Mention, one_person_gender
from store.extract.alternation import word_alternation
from store.extract.lexicon import (
    BACK_REFERENCE_HEADS,
    BARE_GROUP_NOUNS,
    BUSINESS_HEADS,
    DOCUMENT_MODIFIERS,
    DOCUMENT_MODIFIERS_BEFORE,
    DOCUMENT_NOUNS,
    DOCUMENT_NOUNS_BEFORE,
    FUNCTION_WORDS,
    HONOURS,
    LEGAL_DOCUMENT_NOUNS,
    NAMED_BODY_NOUNS,
    NON_HOLDER_MODIFIERS,
    ORG_NOUNS,
    PERSON_ROLES,
    PLAIN_PERSON_NOUNS,
    PRONOUN_GENDER,
    REPORTING_PARTICIPLES,
    ROLE_HEADS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
)
from store.extract.names import DIGIT_GROUP_COMMA, POSSESSIVE_AFTER, WORD_RUN

# A body's acronym in brackets: "(WHO)", "(TfL)".
_ACRONYM = r"\((?-i:[A-Z][A-Za-z&.-]{1,12})\)"
# What may stand between a subject and its verb: an apposition, adverbs, auxiliaries.
_APPOS = rf"(?:[^,“”‘’\"]|{DIGIT_GROUP_COMMA}|[’'](?=s\b)|(?<=s)[’'](?=\s))"
_GAP = re.compile(
    # the name's acronym after it, or the name itself as one: "The World Health Organization
    # (WHO) said", "The UN humanitarian office (OCHA) said"
    rf"^(?:\)|[’']s?)?\s*(?:(?-i:{'|'.join(sorted(HONOURS))})\b\s*)?"
    rf"(?:{_ACRONYM}\s*)?"
    # where a person is from, when it is no actor of its own: "X of Manitoba Keewatinowi
    # Okimakanak, which represents ..., said"
    r"(?:\s(?:of|at|from)\s(?:the\s)?(?-i:[A-Z][\w’'&.-]*)(?:\s(?-i:[A-Z][\w’'&.-]*|of|for|and))*)?"
    rf"(?:,{_APPOS}{{1,220}},\s*|,\s*)?"
    # a relative clause's subject: "Mr Blair, who last year denied ..."
    r"(?:(?<=,)\s*who\s+(?:(?:last|this|next)\s+\w+\s+|on\s+\w+day\s+)?)?"
    r"(?:(?:also|then|later|previously|recently|earlier|today|yesterday|tonight|this morning|"
    r"this afternoon|this evening|this week|last week|last night|last month|on \w+day|"
    r"again|repeatedly|publicly|privately|once|further|however|himself|herself|themselves|"
    r"already|still|just|now|even|ever|often|always|long|since|yet|in turn|too|"
    r"has|have|had|was|were|is|are|would|will|could|did|does|do|not|never|has not|had not|"
    r"\w+ly)\s+)*"
    # an unpunctuated role between name and verb: "Mike Watts head of exploration said"
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:head|chief|director|spokesman|spokeswoman|chairman|editor|"
    r"analyst|economist|manager|secretary|minister|leader)(?:\s+of\s+[a-z][\w -]{0,30}?)?\s+)?$",
    re.IGNORECASE,
)
# The endings of a plural agent noun: producers, investors, organisers, participants.
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")
_BARE_GROUPS = f"{word_alternation(BARE_GROUP_NOUNS)}|[a-z]{{3,}}(?:{'|'.join(_AGENT_ENDINGS)})"
# ... or a name's possessive: "Big Brother's spokeswoman", "Acme Foods' spokesman".
_POSSESSOR_NAME = r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:[’']s|(?<=s)[’'])"
_POSSESSOR = re.compile(_POSSESSOR_NAME + r"\s")
# Words that may open a noun phrase, never a sentence before one ("But Jaynes' lawyer").
_NOT_CONNECTIVES = {"the", "a", "an", "mr", "mrs", "ms"}
# A preposition (and a title) or a possessive right before a name: "a spokesman for (Mr)
# Prescott", "a member of Cherie Blair's Matrix Chambers".
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:for|of|at|from|to|with|by|in|on|and|or)\s+(?:(?:Mr|Mrs|Ms|Dr|the)\.?\s+)?|[’']s\s+|s[’']\s+)$")
_DETERMINER = rf"(?:the|a|an|one|another|two|three|several|some|many|other|his|her|their|its|our|{_POSSESSOR_NAME})"
# A capitalised word qualifying a bare plural ("UKIP", "Aid"), never a function word or an
# adverb capitalised to open the sentence ("But officials", "The papers", "Privately ministers").
_PROPER_MODIFIER = (r"(?-i:(?!(?:" + "|".join(sorted(w.capitalize() for w in FUNCTION_WORDS if w.isalpha()))
                    + r"|[A-Z][a-z]+ly)\s)[A-Z][\w-]*)")
_ROLE_ALT = word_alternation(ROLE_HEADS)
# An unnamed speaker: "a Home Office source", "the prime minister’s spokesperson for X".
_GROUP_NP = (rf"{_DETERMINER}\s+(?:[\w’'-]+\s+){{0,5}}?(?P<head>{_ROLE_ALT})"
             # "for the council", "with Halvor": whom the role is held for
             rf"(?:\s+(?:for|at|from|of|with|close to)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){{1,5}})?")
_GROUP_BEFORE = re.compile(
    # a determined phrase first ("Some officials"), else a bare plural with the capitalised
    # words qualifying it, if any ("UKIP officials", "Lib Dem officials", "Aid groups")
    rf"(?P<np>\b{_GROUP_NP}|(?<![\w’'-])(?:{_PROPER_MODIFIER}\s+){{0,3}}(?P<head0>{_BARE_GROUPS}))"
    # where they are: "officials in Norway said", "users in the US report"
    r"(?:\s+(?:in|at|from)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2})?"
    r"\s*(?:,[^,“”‘’\"]{1,200},\s*)?$",
    re.IGNORECASE,
)
# A match of _GROUP_BEFORE holds its head as a whole run of word characters (a space or the
# start before it, a space, comma or the end after it), so a text with no head among its
# words cannot match: told from its words first, as the regex tries its 170 role heads after
# every determiner and the bare plurals at every word. (Only plain ASCII text is told so: a
# case-blind match may join other letters to ASCII ones.)
_GROUP_HEADS = frozenset(ROLE_HEADS) | frozenset(BARE_GROUP_NOUNS)


def _group_before(text: str) -> re.Match[str] | None:
    """`_GROUP_BEFORE` in `text`."""
    if text.isascii() and not any(
        w in _GROUP_HEADS or (len(w) > 5 and w.endswith(_AGENT_ENDINGS) and w.isalpha())
        for w in WORD_RUN.findall(text.lower())
    ):
        return None
    return _GROUP_BEFORE.search(text)


_GROUP_AFTER = re.compile(rf"^(?P<np>(?P<head0>{_BARE_GROUPS})\b|{_GROUP_NP})\b", re.IGNORECASE)
# An organisation written as a common noun: "Italy’s interior ministry", "the company".
_ORG_NP = (rf"(?:[A-Z][\w-]*[’']s|[Tt]he)\s+(?:(?:[a-z][\w-]*(?:[’']s)?|[A-Z]{{2,4}}|[A-Z][a-z]+(?:an|ian|ish|ese|i))\s+){{0,3}}"
           rf"(?P<head>{word_alternation(ORG_NOUNS)})")
_ORG_BEFORE = re.compile(rf"(?P<np>\b{_ORG_NP})\s*$")
_ORG_AFTER = re.compile(rf"(?P<np>{_ORG_NP})\b")
_ROLE_PHRASE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|for|the|and|[a-z]+)\s+){1,6}")
# Between a place that speaks and its verb: adverbs and auxiliaries only ("has previously").
_PLACE_GAP = re.compile(r"\s+(?:(?:has|have|had|also|previously|again|now|later|today|yesterday|"
                        r"repeatedly|already|\w+ly)\s+)*")
# What may stand before a body's name: "the", "the state's".
_BODY_LEAD = re.compile(r"(?:[Tt]he\s+)?(?:[a-z]+[’']s\s+)?")
# After a name, what shows its noun phrase has ended: a stop or the end, or a word of no noun.
_NP_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$|(?:in|on|at|that|which|who|and|but|as|for|to|of|with|from)\b)")
_BARE_COMMA = re.compile(r"\s*,\s*")
# Who did something to the subject, in an apposition: "The report, seen by the Gazette, ..."
_AGENT_OF_PARTICIPLE = re.compile(r"""
    \b(?:seen|obtained|commissioned|published|leaked|released|compiled|conducted|carried\ out)
    \s+by\s+(?:the\s+)?$
    # or any participle opening a phrase set off by commas: "The lawsuit, filed in Federal
    # Court, claims", "Residents, interviewed by the Courier, said"
    | ,\s+(?:[a-z]+ed|seen|sent|brought|heard|made|written|given|taken)
      \s+(?:by|in|with|at|before|to|from|on)\s+(?:the\s+)?$""", re.VERBOSE)
# What ends an apposition before the verb, after the name closing it: a comma, or its
# acronym and a comma ("X, head of marketing at Transport for London (TfL), said").
_APPOSITION_END = re.compile(rf"\)?\s*(?:{_ACRONYM}\s*)?,\s*")
# Between a person's name and the body or place they are from: "Alan Wu of Stanford".
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
# A word ending the noun phrase before an apposition: "A spokesman for the council, Dean Boyd,".
_WORD_BEFORE = re.compile(rf"(?:\b(?:[a-z]+|[A-Z][a-z]+)|{_ACRONYM})\s*$")  # "... Task Force (IETF)"
_POSSESSIVE_BEFORE = re.compile(r"[’']s\s*$")
_BODY_NOUN_AFTER = re.compile(rf"\s+({'|'.join((*NAMED_BODY_NOUNS, 'government'))})\b(?=\s)")
_OWNED = re.compile(r"[’']s\b|s[’'](?:\s|$)")
# A role someone holds for the name before it: "'s official spokesman", "'s former adviser, ".
_OWNED_ROLE = re.compile(rf"[’']s?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_ALT})\b,?\s*")
# A pronoun opening a sentence, after at most one connective ("But he", "Later, she").
_OPENING_PRONOUN = re.compile(r"\s*(?:(?:But|And|Yet|So|Later|However|Now|Then|Earlier|Meanwhile),?\s+)?"
                              r"(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s")
_PRONOUN_BEFORE = re.compile(r"\b(?P<p>he|she|they|it|we)\s*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
# "... and said", "..., and has said": a verb coordinated with an earlier one.
_COORDINATED = re.compile(r"\s(?:and|but)\s+(?:(?:has|have|had|also|later|then)\s+)*$")
# A document that speaks: "the report", "its statement", "the company's latest review".
_DOCUMENT_BEFORE = re.compile(rf"""
    (?P<np>\b(?:the|its|their|this|that|a|an)\s+
      (?:(?P<owner>[\w-]+[’']s)\s+)?                       # the company's
      (?:(?P<issuer>(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){{0,3}})\s+)?   # a Daily Telegraph
      (?:(?:{'|'.join(DOCUMENT_MODIFIERS_BEFORE)})\s+){{0,2}}
      (?:{'|'.join(DOCUMENT_NOUNS_BEFORE)})
      (?:\s+(?:of|by|for)\s+[\w,’'-]+(?:\s+[\w’'-]+){{0,3}})?)   # poll of 1,313 people
    \s*$""", re.IGNORECASE | re.VERBOSE)
_LEGAL_DOCUMENT = re.compile(rf"\b(?:{'|'.join(LEGAL_DOCUMENT_NOUNS)})\b", re.IGNORECASE)
# The same after the verb: "said a World Bank report", "said the ministry's latest review".
_DOCUMENT_AFTER = re.compile(
    r"(?:a|an|the|its|their|this)\s+(?:[A-Z][\w’'&-]*(?:[’']s)?\s+){0,4}"
    rf"(?:(?:{'|'.join(DOCUMENT_MODIFIERS)})\s+)?"
    rf"(?:{'|'.join(DOCUMENT_NOUNS)})\b")
# Between two names of a coordinated subject: "and", "&", a title or role on the second.
_AND_BETWEEN = re.compile(rf"(?:\s*{_ACRONYM}|\))?\s+(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){{0,3}}")  # "X (MOH) and Y"
_TRAILING_APPOSITION = re.compile(rf",{_APPOS}{{1,220}},\s*$")
_TRAILING_ADVERBS = re.compile(
    r"(?:\b(?:also|then|later|previously|recently|has|have|had|did not|never|is|are|was|were|am|now|still|"
    r"\w+ly|this morning|again)\s+)+$")
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’]?\s+")
_SENTENCE_OR_LINE_END = re.compile(r"[.!?…][\"'”’]?\s+|\n\s*")  # a headline ends with no stop
# How far back a role used as an epithet ("the defender") may point to the person it names.
_EPITHET_REACH = 400
# How far back to look for the sentence before a quotation: well beyond any sentence.
_LOOKBACK = 2000
# What may come before a sentence's subject: capitalised words (titles, "But"), articles;
# and, for the subject of a whole sentence, at most one opening clause before them ("With
# both deals done, Mr X").
# Lower-case role and body nouns may stand in it too, with up to two modifiers ("Kill
# Bill director Quentin Tarantino", "horror film director X", "anti-abortion group the Y").
_LEAD_NOUNS = word_alternation(PERSON_ROLES | set(ORG_NOUNS) | {"group", "campaigner", "campaign"})
_LEAD = rf"(?:(?:[A-Z][\w.’'-]*|the|a|an)\s+|(?:[a-z][\w-]*\s+){{0,2}}(?:{_LEAD_NOUNS})\s+)*"
_SUBJECT_LEAD = re.compile(rf"\s*{_LEAD}")
_SUBJECT_POSITION = re.compile(rf"\s*(?:[^,.;:“”\"]{{0,80}},\s*)?{_LEAD}")
# ... and for a person: "Mr Blair's spokesman", "the minister's aides".
_POSSESSIVE_SPOKES = re.compile(
    r"[’']s\s+(?:(?:chief|official|senior|deputy|press|own)\s+)?(?P<head>spokesman|spokeswoman|"
    r"spokesperson|aides?|officials?|sources?|advisers?)\b")
# ", the finance minister " up to the verb, with no comma closing it: a subject.
_ROLE_AFTER_COMMA = re.compile(rf"(?:[’']s)?\s*,\s*(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?(?P<head>{_ROLE_ALT}))\s+$",
                               re.IGNORECASE)
# What links an organisation to its person after "said": a possessive, or a space before a
# lower-case role phrase ("BBC labour affairs correspondent Stephen Cape").
_OWNER_LINK = re.compile(r"(?:[’']s\s+|(?<=s)[’']\s+|\s+(?=[a-z]))")
_TITLE_AFTER = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+$")
# Words after which a name is an object, not the one acting: "with Martinez", "beat Bovina".
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|against|to|of|by|for|from|over|about|on|at|in|into|than|and|or|beat|beating|"
    r"defeated|faces?|facing|met|meet|meeting|told|asked|thanked|praised|criticised|"
    r"criticized|accused|blamed|replaced|succeeded|like|as)\s+(?:[\w’'.-]+\s+){0,2}$",
    re.IGNORECASE)


class SpeakerResolver:
    """Resolves speech-verb subjects to actor keys for one document."""

    def __init__(self, doc: DocActors) -> None:
        self.doc = doc
        self.recent: list[str] = []  # speakers in text order, for pronouns and "the source"
        # The narrative just before the quotation being attributed (since the previous
        # quotation closed): a person introduced there is who "she said" means, rather
        # than whoever spoke last ("Williams was far from content. '...,' she said").
        self.narrative: tuple[str, int, int] | None = None
        # The paragraph before, when the quotation opens its own: a person it turned to as
        # its subject is who "he said" means ("Coach X praised the rules." then '"...," he
        # said'), rather than whoever spoke last.
        self.paragraph_before: tuple[int, int] | None = None
        self.last_close = -1  # where the latest quotation closed (its end when unclosed)
        self.document_author: str | None = None  # who issued the document cited last

    def may_be(self, key: str) -> bool:
        """Whether "he" or "she" may mean the actor `key`: a person (whatever gender a first
        name suggests: "Jan" is a woman's name too), a body speaking through one, or a group
        naming one person ("a spokeswoman"); never many people ("Police") nor a place."""
        actor = self.doc.actors[key]
        return actor.type in ("person", "organisation") or (
            actor.type == "group" and one_person_gender(key) is not None)

    def heard(self, key: str | None) -> None:
        if key:
            self.recent.append(key)

    def last_speaker(self) -> str | None:
        return self.recent[-1] if self.recent else None

    # ----- subjects ----------------------------------------------------------------------
    def subject_before(self, text: str, lo: int, verb_start: int) -> str | None:
        """The speaker written before a verb at `verb_start` (no earlier than `lo`)."""
        found = self._with_affiliations(text, self.doc.mentions_between(lo, verb_start))
        mentions = [m for m in reversed(found) if self._may_speak(m.key)]
        if mentions and _OBJECT_BEFORE.search(text[max(lo, mentions[0].start - 60):mentions[0].start]):
            # "At the city's Corn Exchange, the minister said": the name ends an opening
            # phrase and the role after the comma is the subject.
            gm = _ROLE_AFTER_COMMA.match(text, mentions[0].end, verb_start)
            if gm:
                return self.resolve_np(text, gm.group("np"), gm.group("head"), gm.start("np"), gm.end("np"))
        if mentions and self._naming_apposition(text, lo, mentions[0], verb_start):
            return mentions[0].key  # "A spokesman for the council, Dean Boyd, said"
        # A name inside an apposition ("X, the analyst at the Refugee Council, said") is not
        # the subject: gaps without a bare leading comma are tried first.
        for m in mentions:
            gap = self._gap_after(text, m, verb_start)
            if _GAP.match(gap) and not _APPOSITION_END.fullmatch(gap):
                gm = _group_before(text[lo:m.end])
                if gm and gm.end() == m.end - lo and gm.group("head") and not self._names_holder(text, lo, m):
                    # "a spokesperson for Google said": the spokesperson speaks, unless the
                    # phrase describes a person before it ("Ann Lee, an analyst at Informa said").
                    named = self._apposition_of(text, lo, lo + gm.start("np"))
                    return named or self.resolve_np(text, gm.group("np"), gm.group("head"), lo + gm.start("np"), m.end)
                spokes = self._organisations_spokesperson(text, lo, m.key, m.start, verb_start)
                return spokes or self._first_conjunct(text, lo, m).key
        for m in mentions:
            gap = self._gap_after(text, m, verb_start)
            if _APPOSITION_END.fullmatch(gap) and _AGENT_OF_PARTICIPLE.search(text, max(lo, m.start - 40), m.start):
                continue  # "The report, seen by the Gazette, warns": the name ends an apposition
            if _GAP.match(gap):
                return m.key
        place = self._place_speaking(text, lo, verb_start)
        if place is not None:
            return place
        before = text[lo:verb_start]
        trimmed = _strip_gap(before)
        pm = _PRONOUN_BEFORE.search(trimmed)
        if pm:
            if _SUBJECT_POSITION.fullmatch(text[lo:lo + pm.start()]):
                # "X backed the plan. In a statement, he said ...": the subject carries on.
                return self.sentence_pronoun(pm.group("p"), text, lo, lo + pm.start())
            return self.resolve_pronoun(pm.group("p"), lo + pm.start())
        gm = _group_subject(before, trimmed)
        if gm:
            named = self._apposition_of(text, lo, lo + gm.start("np"))
            if named is not None:
                return named  # "Ruth Gale, the chief executive said": its closing comma left out
            head = gm.group("head") or gm.group("head0")
            return self.resolve_np(text, gm.group("np"), head, lo + gm.start("np"), lo + gm.end("np"))
        om = _ORG_BEFORE.search(trimmed)
        if om:
            return self.named_body(om.group("np"), lo + om.start("np"), lo + om.end("np"))
        dm = _DOCUMENT_BEFORE.search(trimmed)
        if dm:
            owner = "owner" if dm.group("owner") else "issuer" if dm.group("issuer") else None
            owner_at = lo + dm.start(owner) if owner else None
            return self._document_author(lo + dm.start("np"), owner_at, dm.group("np"), lo + dm.end("np"))
        if _COORDINATED.search(before):
            return self.sentence_subject(text, lo, verb_start)
        return None

    def _naming_apposition(self, text: str, lo: int, m: Mention, verb_start: int) -> bool:
        """"Its spokesman, Dean Boyd, said", "His mother, Grace, said": a person's name set
        off by commas right before the verb names the one the subject's words describe."""
        return (self.doc.actors[m.key].type == "person" and _BARE_COMMA.fullmatch(text, m.end, verb_start) is not None
                and text[max(lo, m.start - 2):m.start] == ", "
                and _WORD_BEFORE.search(text, lo, m.start - 2) is not None)

    def _gap_after(self, text: str, m: Mention, verb_start: int) -> str:
        """What stands between a mention and the verb, less a body's noun after a body's or
        a place's name: "the Alberta Wildfire agency said", "the Ontario government said"."""
        gap = text[m.end:verb_start]
        body = _BODY_NOUN_AFTER.match(gap)
        kind = self.doc.actors[m.key].type
        if body and (kind == "organisation" or kind == "place" and body.group(1) == "government") \
                and not _PREPOSITION_BEFORE.search(text, max(0, m.start - 12), m.start):
            return gap[body.end():]  # (not "quoted in the Herald newspaper saying")
        return gap

    def _with_affiliations(self, text: str, found: list[Mention]) -> list[Mention]:
        """The mentions with a person's affiliation joined to their name: in "Professor Alan
        Wu of Stanford University said" and "Jo Hill from the Red Cross said" the body or
        place says where the person is from, and the person is the verb's subject."""
        out: list[Mention] = []
        affiliated = False  # whether the last mention kept is a person with an affiliation
        for m in found:
            prev = out[-1] if out else None
            if prev is not None and self.doc.actors[prev.key].type == "person" \
                    and self.doc.actors[m.key].type in ("organisation", "place") \
                    and (_AFFILIATION.fullmatch(text, prev.end, m.start)
                         or affiliated and POSSESSIVE_AFTER.fullmatch(text, prev.end, m.start)):
                # "... of the University of Toronto's Institute for ...": the body's own part
                out[-1] = Mention(prev.start, m.end, prev.key)
                affiliated = True
                continue
            out.append(m)
            affiliated = False
        return out

    def _place_speaking(self, text: str, lo: int, verb_start: int) -> str | None:
        """"Norway said it would ...": a country or capital that is the verb's subject, right
        before it and after no preposition, speaks for its government."""
        found = self.doc.mentions_between(lo, verb_start)
        if not found or self.doc.actors[found[-1].key].type != "place":
            return None
        m = found[-1]
        if not _PLACE_GAP.fullmatch(self._gap_after(text, m, verb_start)):
            return None
        # "Britain and France said": the first of coordinated places, as of people
        m = self._first_conjunct(text, lo, m, lambda key: self.doc.actors[key].type == "place")
        if _OBJECT_BEFORE.search(text[max(lo, m.start - 40):m.start]) or _POSSESSIVE_BEFORE.search(text, max(lo, m.start - 4), m.start):
            return None  # "Officials in Norway said", "... of Norway said"; after a possessive
        return m.key

    def _first_conjunct(self, text: str, lo: int, m: Mention, fits: Callable[[str], bool] | None = None) -> Mention:
        """"Mayor Ann Lee and Councillor Tom Hill said": a report shared by a coordinated
        subject is given to the first named (the convention of attribution lists). `fits`
        says which actors may join the list (by default, any that may speak)."""
        fits = fits or self._may_speak
        first = m
        for earlier in reversed(self.doc.mentions_between(lo, m.start)):
            if earlier.key == first.key and text[earlier.end:first.start].strip() == "(":
                first = earlier  # "the Environment Agency (EA)": the name before its acronym
                continue
            if not _AND_BETWEEN.fullmatch(text[earlier.end:first.start]) or not fits(earlier.key):
                break
            first = earlier
        return first

    def names_a_speaker(self, text: str, lo: int, verb_start: int) -> bool:
        """Whether the verb's subject is a pronoun or a role ("he", "the mayor") even when it
        resolves to no one: the report is kept, with no speaker, rather than lost."""
        before = text[lo:verb_start]
        trimmed = _strip_gap(before)
        if _PRONOUN_BEFORE.search(trimmed):
            return True
        gm = _group_subject(before, trimmed)
        return bool(gm and gm.group("head") and _GAP.match(before[gm.end("np"):])
                    and _definite(gm.group("np")) and gm.group("head").lower() not in PLAIN_PERSON_NOUNS)

    def _document_author(self, start: int, owner_at: int | None, np: str, end: int) -> str | None:
        """"The report said", "the company's statement said", "a Daily Telegraph poll
        suggests": a document speaks for whoever issued it, the owner named in it, else the
        author of the document cited last ("said a World Bank report" ... "the report"), else
        the organisation named last; an unowned one speaks for itself ("a recent survey")."""
        if owner_at is not None:
            m = self.doc.mention_at(owner_at)
            if m is not None and self._may_speak(m.key):
                self.document_author = m.key
                return m.key
        if _definite(np) and not _LEGAL_DOCUMENT.search(np):
            latest = self.document_author or self.doc.latest_organisation(start)
            if latest is not None:
                return latest
        name = " ".join(np.split())
        self.doc.add(name, "group", start, end)
        return name

    def sentence_subject(self, text: str, lo: int, hi: int) -> str | None:
        """"X has met the groups and said ...", "He defended the plan, saying ...": the verb
        shares the sentence's subject: a pronoun or an unnamed group opening it ("Police
        investigating the case dismissed ... and said"), else the first actor named with
        nothing but capitalised words or titles before it."""
        pm = _OPENING_PRONOUN.match(text, lo, hi)
        if pm:
            return self.resolve_pronoun(pm.group("p"), pm.start("p"))
        at = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        gm = _GROUP_AFTER.match(text[at:hi])
        if gm and not self.doc.mention_at(at):
            # ... unless the group's words are a role phrase before a person's name ("Oilers
            # coach Kris Knoblauch praised ...")
            person = self._person_after_lead(text, lo, at + gm.end(), hi)
            return person or self._group_speaker(text, at, hi, gm)
        m = self._first_mention(lo, hi)
        if m is not None and _SUBJECT_LEAD.fullmatch(text[lo:m.start]) and self._may_speak(m.key):
            # "Tory leader Michael Howard sent ...": a body's name in the role phrase
            return self._person_after_lead(text, lo, m.end, hi) or m.key
        return None

    def _person_after_lead(self, text: str, lo: int, lead_end: int, hi: int) -> str | None:
        """The person named first after `lead_end`, when only a subject's lead (capitalised
        words, a role noun) stands before the name from the sentence's start at `lo`."""
        m = self._first_mention(lead_end, hi)
        if m is not None and self.doc.actors[m.key].type == "person" and _SUBJECT_LEAD.fullmatch(text[lo:m.start]):
            return m.key
        return None

    def _first_mention(self, lo: int, hi: int) -> Mention | None:
        found = self.doc.mentions_between(lo, hi)
        return found[0] if found else None

    def _organisations_spokesperson(self, text: str, lo: int, key: str, start: int,
                                    verb_start: int) -> str | None:
        """"A Labour Party spokesman said", "Mr Blair's spokesman said": not the party or
        the man but an unnamed person speaking for them, named as written."""
        pm = _POSSESSIVE_SPOKES.match(text, self._mention_end(start), verb_start)
        if pm:
            title = _TITLE_BEFORE.search(text, max(lo, start - 12), start)
            np_start = title.start() if title else start
            np_end = pm.end("head")
            return self.resolve_np(text, text[np_start:np_end], pm.group("head"), np_start, np_end)
        if self.doc.actors[key].type != "organisation":
            return None
        gm = _group_before(text[lo:verb_start].rstrip())
        if gm is None or not gm.group("head") or lo + gm.start("np") > start:
            return None
        if gm.group("head").lower() not in SPOKES_NOUNS:
            return None
        return self.resolve_np(text, gm.group("np"), gm.group("head"), lo + gm.start("np"), lo + gm.end("np"))

    def _mention_end(self, start: int) -> int:
        m = self.doc.mention_at(start)
        return m.end if m is not None else start

    def named_body(self, np: str, start: int, end: int) -> str:
        """An organisation written as a common noun phrase: "the company" is the organisation
        last named; "Italy’s interior ministry" is an organisation of its own."""
        name = _LEADING_THE.sub("", " ".join(np.split()))
        words = name.split()
        head = words[-1].lower()
        if np[:3].lower() == "the" and (len(words) == 1 or head in BACK_REFERENCE_HEADS):
            latest = self.doc.latest_organisation(start, business=head in BUSINESS_HEADS)
            if latest is not None:
                return latest
        self.doc.add(name, "organisation", start, end)
        return name

    def subject_after(self, text: str, pos: int, hi: int) -> str | None:
        """The speaker written right after a verb ("said Jon Featonby", "said the source")."""
        rest = text[pos:hi]
        skip = len(rest) - len(rest.lstrip())
        at = pos + skip
        gm = _GROUP_AFTER.match(text[at:hi])
        if gm and not self.doc.mention_at(at):
            return self._group_speaker(text, at, hi, gm)
        m = self.doc.mention_at(at)
        if m is None:
            # "according to the (state's) Department of Water Resources": the name after them
            lead = _BODY_LEAD.match(text, at, hi)
            m = self.doc.mention_at(lead.end()) if lead is not None and lead.end() > at else None
            if m is not None and (self.doc.actors[m.key].type != "organisation" or not _NP_ENDS.match(text, m.end, hi)):
                m = None  # "the BBC's political editor", "the British producer": a role speaks
        if m is not None and self._may_speak(m.key):
            owned = self._owned_person(text, m.end, hi)
            return owned or m.key
        for m in self.doc.mentions_between(at, min(hi, at + 90)):
            # "said Senate Majority Leader Chuck Schumer": a role phrase before the name.
            if _ROLE_PHRASE.fullmatch(text[at:m.start]) and self.doc.actors[m.key].type == "person":
                return m.key
        title = _TITLE_AFTER.match(text, at, hi)
        if title:
            m = self.doc.mention_at(title.end())
            if m is not None:
                return m.key
        word = _WORD.match(text, at, hi)
        if word and word.group(0).lower() in ("he", "she", "they"):
            return self.resolve_pronoun(word.group(0), at)
        om = _ORG_AFTER.match(text[at:hi])
        if om:
            return self.named_body(om.group("np"), at, at + om.end("np"))
        dm = _DOCUMENT_AFTER.match(text, at, hi)
        if dm:
            # "said a World Bank report": the organisation named in it, else the one named last.
            author = next((m.key for m in self.doc.mentions_between(at, dm.end())
                           if self.doc.actors[m.key].type == "organisation"), None)
            if author is not None:
                self.document_author = author
                return author
            if text[at:at + 4].lower() in ("the ", "its ", "this") and self.document_author is not None:
                return self.document_author  # "the report": the one cited before
            return self.doc.latest_organisation(at)
        return None

    def _apposition_of(self, text: str, lo: int, np_start: int) -> str | None:
        """The person a role phrase at `np_start` stands in apposition to, when the person
        opens the sentence and only a comma lies between them."""
        before = self.doc.mentions_between(lo, np_start)
        if not before:
            return None
        m = before[-1]
        if self.doc.actors[m.key].type == "person" and _BARE_COMMA.fullmatch(text, m.end, np_start) \
                and _SUBJECT_LEAD.fullmatch(text, lo, m.start):
            return m.key
        return None

    def _names_holder(self, text: str, lo: int, m: Mention) -> bool:
        """Whether the person `m` holds the role phrase before it ("head of research Peter
        Kim"), rather than being whom it serves ("a spokesman for Mr Prescott")."""
        return self.doc.actors[m.key].type == "person" and not _PREPOSITION_BEFORE.search(
            text, max(lo, m.start - 20), m.start)

    def _group_speaker(self, text: str, at: int, hi: int, gm: re.Match[str]) -> str | None:
        """The speaker of an unnamed-group or role phrase matched at `at` by `_GROUP_AFTER`:
        the person it names, if any ("Gartner's principal analyst Kobita Desai"), else the
        role's holder or the group."""
        head = "head" if gm.group("head") else "head0"
        if _plain_role(text[at:at + gm.start(head)]):
            holder = self._holder_named(text, at + gm.end(head), at + gm.end("np"), hi)
            if holder is not None:
                return holder
        return self.resolve_np(text, gm.group("np"), gm.group(head), at, at + gm.end("np"))

    def _holder_named(self, text: str, head_end: int, np_end: int, hi: int) -> str | None:
        """The person a role phrase names after its head: "head of research Peter Kim",
        "principal analyst Kobita Desai", "image editor, Peter Schoonen"; not the name
        after a preposition ("a spokesman for Mr Prescott", "quoted in China Daily")."""
        for m in self.doc.mentions_between(head_end, np_end):
            if self._names_holder(text, head_end, m):
                return m.key
        gap = _BARE_COMMA.match(text, np_end, hi)
        if gap is None and np_end != head_end:
            return None  # a name right after an "of" phrase is the phrase's
        ahead = text[np_end:np_end + 3]  # a space or two before a name right after the phrase
        at = gap.end() if gap else np_end + len(ahead) - len(ahead.lstrip())
        named = self.doc.mention_at(at)
        if (named is None or self.doc.actors[named.key].type != "person") and gap is not None:
            # "the chairman of the committee, Labour MP Barry Sheerman": a role phrase of
            # its own before the name
            person = next((m for m in self.doc.mentions_between(at, min(hi, at + 60))
                           if self.doc.actors[m.key].type == "person"), None)
            if person is not None and _ROLE_PHRASE.fullmatch(text, at, person.start):
                named = person
        return named.key if named is not None and self._names_holder(text, head_end, named) else None

    def _owned_person(self, text: str, end: int, hi: int) -> str | None:
        """"said Amazon's Robin Terrell", "said BBC labour correspondent Stephen Cape": the
        person after an organisation's possessive or role phrase speaks; the organisation
        is where they work."""
        own = _OWNER_LINK.match(text, end, min(hi, end + 90))
        if own is None:
            return None
        for m in self.doc.mentions_between(own.end(), min(hi, end + 90)):
            between = text[own.end():m.start]
            if self.doc.actors[m.key].type == "person" and (
                    not between or _ROLE_PHRASE.fullmatch(between) or _TITLE_AFTER.fullmatch(between)):
                return m.key
            break
        return None

    def resolve_pronoun(self, pronoun: str, pos: int) -> str | None:
        """He, she and they point back to an actor, and "it" to the organisation named last
        ("Turkcell ... It said ..."); "we" and "I" stay unresolved."""
        if pronoun.lower() == "it":
            return self.doc.latest_organisation(pos)
        if pronoun.lower() not in ("he", "she", "they"):
            return None
        if self.narrative is not None and pronoun.lower() in ("he", "she"):
            text, lo, hi = self.narrative
            gender = PRONOUN_GENDER[pronoun.lower()]
            key = self._narrative_subject(text, lo, hi, gender)
            if key is None and self.paragraph_before is not None:
                key = self.narrative_turn(text, *self.paragraph_before, gender=gender)
            if key is not None:
                return key
            pos = min(pos, hi)  # never someone named inside the quotation being attributed
        return self.doc.resolve_pronoun(pronoun, pos, self.recent)

    def sentence_pronoun(self, pronoun: str, text: str, sentence_start: int, pos: int) -> str | None:
        """"He" or "she" as the subject of the sentence at `sentence_start`, opening it ("In a
        statement, he said") or closing it ("Small firms may not know, he said."): the
        person the sentence before was about carries on; else whoever the pronoun at `pos`
        points back to."""
        low = pronoun.lower()
        if low in ("he", "she") and _opens_sentence(text, sentence_start):
            key = self._previous_subject(text, sentence_start, PRONOUN_GENDER[low])
            if key is not None:
                return key
        return self.resolve_pronoun(pronoun, pos)

    def narrative_turn(self, text: str, lo: int, hi: int, gender: str | None = None) -> str | None:
        """The person the narrative in `text[lo:hi]` turned to, as the subject of its last
        sentence that has one ("Ruddock, though, is keen to rest his players." then an
        unattributed quotation: Ruddock's), of `gender` or none known when one is given.
        Not before the latest quotation closed."""
        lo = max(lo, self.last_close + 1)
        if lo >= hi:
            return None
        starts = [lo] + [m.end() for m in _SENTENCE_END.finditer(text, lo, hi)]
        for start, end in _nearest_first(starts, hi):
            m = self._subject_mention(text, start, end)
            if m is not None:
                key = m.key
                if gender is not None:
                    # "Liverpool boss Rafael Benitez is keen ...", "Franz Ferdinand frontman
                    # Alex Kapranos has called ...": the person after the lead.
                    key = self._person_after_lead(text, start, m.end, end) or key
                actor = self.doc.actors[key]
                if actor.type == "person" and (gender is None or actor.gender in (gender, None)):
                    if gender is not None and POSSESSIVE_AFTER.match(text, m.end):
                        return None  # "Bridge's injury means ...": about him, not his words
                    return key
            if gender is not None and self._narrative_subject(text, start, end, gender) is not None:
                return None  # someone of that gender is named, not as the subject: unclear
        return None

    def _previous_subject(self, text: str, start: int, gender: str) -> str | None:
        """The person who is the subject of the sentence before the one at `start` (in the
        same paragraph), when of that gender or of none known."""
        # Look back a bounded distance: a paragraph with no line break (a whole document
        # on one line) would otherwise be scanned from its start for every quotation.
        lo = max(0, start - _LOOKBACK)
        newline = text.rfind("\n", lo, start)
        para = newline + 1 if newline >= 0 else lo
        hi = start
        if newline >= 0 and not text[para:start].strip():
            # The pronoun opens its paragraph: the sentence before is the last of the
            # paragraph before ("X, for the Liberal Democrats, accused Y of ...", then
            # "He said: ...").
            hi = lo + len(text[lo:newline].rstrip())  # bounded: a text of many lines stays linear
            newline = text.rfind("\n", lo, hi)
            para = newline + 1 if newline >= 0 else lo
        starts_known = newline >= 0 or lo == 0
        prev_start = para
        for end in _SENTENCE_END.finditer(text, para, max(para, hi - 2)):
            prev_start = end.end()
            starts_known = True
        if prev_start >= hi or not starts_known:
            return None
        m = self._subject_mention(text, prev_start, hi)
        if m is None or _LIST_NEXT.match(text, m.end):
            return None  # no named subject, or one of several ("X, Y and Z are ...")
        actor = self.doc.actors[m.key]
        return m.key if actor.type == "person" and actor.gender in (gender, None) else None

    def _subject_mention(self, text: str, start: int, hi: int) -> Mention | None:
        """The actor named as the subject of the sentence starting at `start`: its first
        mention, with nothing before it but a short opening and capitalised or role words."""
        m = self._first_mention(start, hi)
        if m is None or not _SUBJECT_POSITION.fullmatch(text[start:m.start]):
            return None
        owned = _OWNED_ROLE.match(text, m.end, hi)
        if owned is None:
            return m  # "Edu's deal expires and he ...": the owner is who the sentence is about
        # "Tony Blair's official spokesman said": the subject is the owner's spokesman,
        # named right after the role or not at all ("Mr Brown's former adviser Ed Balls").
        return self.doc.mention_at(owned.end())

    def _narrative_subject(self, text: str, lo: int, hi: int, gender: str) -> str | None:
        """The first person of that gender (or of unknown gender) named in `text[lo:hi]`
        who is not the object of a preposition ("her meeting with Martinez")."""
        for m in self.doc.mentions_between(lo, hi):
            actor = self.doc.actors[m.key]
            if actor.type != "person" or actor.gender not in (gender, None):
                continue
            if _OBJECT_BEFORE.search(text[max(lo, m.start - 20):m.start]):
                continue
            return m.key
        return None

    def resolve_np(self, text: str, np: str, head: str, start: int, end: int) -> str | None:
        """A role or unnamed-group NP: a named holder of the role, an earlier group with the
        same head noun ("the source"), or a new group actor ("a Home Office source")."""
        np = " ".join(np.split())
        first, _, rest = np.partition(" ")
        if first.lower() in FUNCTION_WORDS and first.lower() not in _NOT_CONNECTIVES and _POSSESSOR.match(rest):
            np = rest  # "But Jaynes' lawyer": the conjunction opens the sentence, not the phrase
            start = end - len(np)
        head = head.lower()
        definite = _definite(np)
        if definite:
            key = self.doc.resolve_role(np, start)
            if key is not None:
                return key
            key = self.doc.find_group(head)
            if key is not None:
                self.doc.add(key, "group", start, end)
                return key
            if head in ("source", "sources", "spokesman", "spokeswoman", "spokesperson",
                        "official", "officials", "insider", "aide") or "’s " in np or "'s " in np \
                    or _POSSESSOR.match(np):
                self.doc.add(np, "group", start, end)
                return np
            if head in ORG_NOUNS:
                return self.named_body(np, start, end)  # "the union said": a body, not a person
            if head in PERSON_ROLES and np[:4].lower() == "the " and not _OWNED.search(np):
                # "Campbell limped off ... The defender said": a role standing for the person
                # the text is about; not one owned by someone ("the families' lawyer").
                return self._epithet_holder(text, start, np, head)
            return None
        if head in ("statement", "report"):
            return None
        self.doc.add(np, "group", start, end)
        return np

    def _epithet_holder(self, text: str, pos: int, phrase: str, head: str) -> str | None:
        """The person a role phrase at `pos` refers back to ("Keane was full of praise.
        '...,' said the Tottenham striker"): the subject of the nearest sentence before
        the phrase's own that has a person for subject, within `_EPITHET_REACH`. Objects
        and possessives ("signing Farrell", "Dan Brown's theory") are never it."""
        lo = max(0, pos - _EPITHET_REACH)
        starts = [m.end() for m in _SENTENCE_OR_LINE_END.finditer(text, lo, pos)]
        if lo == 0 or text[lo - 1] == "\n":
            starts.insert(0, lo)  # else `lo` cuts a sentence: its start is unknown
        if not starts:
            return None
        own = starts.pop()  # the phrase's own sentence, whose subject it is
        for start, end in _nearest_first(starts, own):
            m = self._subject_mention(text, start, end)
            if m is not None and self.doc.actors[m.key].type == "person" \
                    and not POSSESSIVE_AFTER.match(text, m.end):  # "Mr Peston's book claimed"
                roles = self.doc.actors[m.key].roles
                # one known by another role is not this one: "the mayor" is neither "Prime
                # Minister Tony Blair" nor "Deputy Mayor Alan Price"
                return m.key if not roles or any(_holds(r, phrase, head) for r in roles) else None
            if any(self.doc.actors[n.key].type == "person" for n in self.doc.mentions_between(start, end)):
                return None  # a person named but not as the subject: "backed Howard's stance"
        return None

    def _may_speak(self, key: str) -> bool:
        return self.doc.actors[key].type != "place"


_LIST_NEXT = re.compile(r"(?:,\s+[A-Z]|\s+(?:and|or)\s)")


def _plain_role(before_head: str) -> bool:
    """Whether the words before a role's head only qualify it ("Gartner's principal"), with
    no verb or preposition that would make the phrase a clause ("The Lib Dems called for
    Commons leader")."""
    words = before_head.split()[1:]  # after the determiner
    return not any(w.lower() in FUNCTION_WORDS or w.endswith("ed") for w in words)


def _definite(np: str) -> bool:
    """"The mayor", "his aide", "France's finance minister": a noun phrase pointing at
    someone already known."""
    return np.lower().startswith(("the ", "his ", "her ", "their ", "its ", "our ")) or bool(_POSSESSOR.match(np))


def _nearest_first(starts: list[int], hi: int) -> Iterator[tuple[int, int]]:
    """The sentences opening at `starts` (in text order, the last one ending at `hi`), as
    (start, end) spans from the last back to the first."""
    for start in reversed(starts):
        yield start, hi
        hi = start


def _holds(role: str, phrase: str, head: str) -> bool:
    """Whether someone with `role` is who the role phrase with that head noun means: the
    head is the role's, with no modifier making another holder ("deputy", "shadow") that
    the phrase lacks."""
    words = phrase.lower().split()
    role_words = role.lower().split()
    if head not in role_words:
        return False
    before_head = role_words[:role_words.index(head)]
    return all(w in words for w in before_head if w in NON_HOLDER_MODIFIERS)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether `pos` starts a sentence (not the tail of one: "..., he said")."""
    before = text[max(0, pos - 4):pos].rstrip(" \"'”’")
    return not before or before[-1] in ".!?\n"


def _group_subject(before: str, trimmed: str) -> re.Match[str] | None:
    """"officials said", "union officials have said": a group or role ending `before`,
    else ending `trimmed` (`before` without its adverbs and apposition: same offsets)."""
    gm = _group_before(before)
    if gm and _GAP.match(before[gm.end("np"):]):
        return gm
    return _group_before(trimmed) if trimmed != before.rstrip() else gm


def _strip_gap(before: str) -> str:
    """`before` without a trailing apposition and adverbs, to find a pronoun subject."""
    out = _TRAILING_APPOSITION.sub(" ", before)
    return _TRAILING_ADVERBS.sub("", out.rstrip() + " ").rstrip()


def last_speech_verb(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last speech verb in `text[lo:hi]`, or None."""
    found = None
    for m in _WORD.finditer(text, lo, hi):
        if m.group(0).lower() in SPEECH_VERBS:
            found = m
    return found


def is_participle(word: str) -> bool:
    return word.lower() in REPORTING_PARTICIPLES
