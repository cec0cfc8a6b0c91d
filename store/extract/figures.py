"""Figures: numbers in digits and words with scale, currency, unit, qualifier and range.

A number is found first (with any currency sign and scale glued to it), then read in its
context: what comes before (a qualifier, "between", "from") and after (a unit, the
counted noun, a rate, the other end of a range). Years, dates, times, ordinals, ages and
names containing digits are not figures.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from store.extract.alternation import word_alternation
from store.extract.lexicon import FUNCTION_WORDS, MONTHS
from store.extract.model import Figure

_WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "a thousand": 1000, "a million": 1e6, "a billion": 1e9,
}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Every number written in words: "twenty-five", "zero", "a dozen".
_NUMBER_WORDS = (
    *(f"{tens}-{units}" for tens in _TENS_WORDS for units in _UNITS_WORDS), *_TENS_WORDS, "zero",
    *_UNITS_WORDS, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "a dozen", "a hundred", "a thousand", "a million", "a billion",
)
_FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one-half": 50.0, "a third": 33.33, "one-third": 33.33,
    "one third": 33.33, "two-thirds": 66.67, "two thirds": 66.67, "a quarter": 25.0,
    "one-quarter": 25.0, "one quarter": 25.0, "three-quarters": 75.0, "three quarters": 75.0,
    "a fifth": 20.0, "one-fifth": 20.0, "two-fifths": 40.0, "three-fifths": 60.0,
    "four-fifths": 80.0, "a tenth": 10.0, "one-tenth": 10.0,
}
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
           "b": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12, "hundred": 100}
_CURRENCY_SIGNS = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "¥": "JPY", "A$": "AUD",
                   "C$": "CAD", "HK$": "HKD"}
_CURRENCY_WORDS = {
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "pence": "GBP", "p": "GBP",
    "euros": "EUR", "euro": "EUR", "dollars": "USD", "dollar": "USD", "yen": "JPY",
    "yuan": "CNY", "rupees": "INR", "francs": "CHF",
}
_TIME_NOUNS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
               "weeks", "month", "months", "year", "years", "decade", "decades", "century",
               "centuries", "am", "pm", "o'clock", "times", "time"}

def _number_pattern(words: bool) -> re.Pattern[str]:
    """A number with its currency sign and scale; in digits only, or in words too."""
    return re.compile(
        r"""
        # Where a number can start: a currency sign, a digit or point, or a number word's first
        # letter after a word boundary. The lookahead lets the engine skip every other position
        # cheaply; only the words are case-blind (a case-blind "[UACH]" tried every a, c, h, u).
        (?= [£$€¥UACH.\d] | \s[£$€¥\d.] """ + (r"| \b(?i:[ontfsezad]) " if words else "") + r""")
        (?P<cur> US\$ | A\$ | C\$ | HK\$ | [£$€¥] )? \s?
        (?P<num>
            \d{1,3} (?:,\d{3})+ (?:\.\d+)?   # 1,250,000.5
          | \d+ (?:\.\d+)?                  # 1250, 3.5
          | \.\d+                          # .5
        """ + (r"| \b(?i:" + word_alternation(_NUMBER_WORDS) + r")\b  # twenty-five, a dozen" if words else "")
        + r"""
        )
        (?P<scale> (?i:bn|mn|tn|m|k|b)\b | \s(?i:billion|million|trillion|thousand|hundred)\b )?
        """,
        re.VERBOSE,
    )


_NUMBER = _number_pattern(words=True)
# A paragraph of plain ASCII with no number word among its words is read with the digits
# alone: the engine runs that about three times faster, as the words' branch is otherwise
# tried at every word that starts with one of their first letters. Its words are split at
# every character that is no word character, as the pattern's word boundaries are.
_DIGITS_ONLY = _number_pattern(words=False)
_DIGIT = re.compile(r"\d")
_NUMBER_WORD_TOKENS = frozenset(w for words in _NUMBER_WORDS for w in re.split("[ -]", words)) - {"a"}
_NOT_WORD_CHARS = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")})


def _numbers(seg: str) -> Iterator[re.Match[str]]:
    """The number matches of `seg`, in order."""
    if seg.isascii() and _NUMBER_WORD_TOKENS.isdisjoint(seg.lower().translate(_NOT_WORD_CHARS).split()):
        # Without a digit there is no number at all (most paragraphs): one scan in C.
        return _DIGITS_ONLY.finditer(seg) if _DIGIT.search(seg) else iter(())
    return _NUMBER.finditer(seg)


# A name a number belongs to, right before it: "PlayStation 2", "Article 50".
_NAME_BEFORE_NUMBER = re.compile(r"[a-z][A-Z0-9][A-Za-z0-9]*\s$|(?<![.!?]\s)\b[A-Z][A-Za-z]+\s$")
_FRACTION = re.compile(
    r"\b(?:two|three|four|one)[- ](?:thirds?|quarters?|fifths?|tenths?)\b|"
    r"\b(?:a|one) (?:third|quarter|fifth|tenth|half)(?= of\b)|\bhalf(?= of\b)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:(?P<few>tens|hundreds) of )?(?P<big>dozens|hundreds|thousands|millions|billions)"
    r"(?: of (?P<big2>thousands|millions|billions))? of\b",
    re.IGNORECASE,
)
_VAGUE_WORDS = ("dozens of", "hundreds of", "thousands of", "millions of", "billions of")
_FRACTION_WORDS = ("third", "quarter", "fifth", "tenth", "half")
_VAGUE_VALUES = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_QUALIFIER = re.compile(  # a whole word before the number: "cover 310,000" has no "over"
    r"(?<![\w'])(?P<q>more than|fewer than|less than|greater than|just over|just under|well over|"
    r"almost|nearly|about|around|roughly|approximately|some|up to|at least|at most|over|under|"
    r"an estimated|estimated|as many as|as much as|as few as|close to|in excess of|"
    r"upwards of|a further|another|only|just)\s+$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"^\s?(?:%|per ?cent\b|percent\b|pc\b)", re.IGNORECASE)
_POINTS = re.compile(r"^\s?(?:percentage points?|points?|pts)\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"^\s(pounds?|sterling|pence|euros?|dollars?|yen|yuan|rupees|francs)\b|^p\b",
                             re.IGNORECASE)
_RATE = re.compile(r"^\s(?:a|per|each|every) (day|week|month|year|hour|minute|second|head|person)\b",
                   re.IGNORECASE)
_DIGIT_DASH = re.compile(r"\d[-–]")  # before a number: the second side of "5-4"
_DASH_DIGIT = re.compile(r"[-–]\d")  # after it: the first side
_GAP_AND = re.compile(r"\s*and\s*")  # between the ends of a range
_GAP_TO = re.compile(r"\s*to\s*")
_GAP_DASH = re.compile(r"\s*[-–]\s*")
_TIME_AFTER = re.compile(r"[:.]\d|\s?(?i:am|pm|a\.m|p\.m)\b")  # 10:30, 10.30, 10 am
_MORE_OF = re.compile(r"^\s(?:more |extra |additional |new |other |of the |of )?")
_LETTERS = re.compile(r"[a-z]+")
_FOUR_DIGITS = re.compile(r"\d{4}")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]*\s$")  # "Article 50", "Windows 10"
_SCALED_END = re.compile(r"(bn|m|k|million|billion|thousand)$", re.IGNORECASE)
_ADVERBS = {"always", "sometimes", "perhaps", "besides", "nowadays", "overseas", "indoors",
            "outdoors", "ago", "apiece", "each", "alone", "altogether", "instead", "anyway"}
_NOUN = re.compile(r"^\s([a-z][a-z'’-]*[a-z]|[a-z])\b")
_AGE_OR_COMPOUND = re.compile(r"^-(?:year|month|week|day|hour|minute)s?-old|^-(?!\d)[a-z]", re.IGNORECASE)


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: float
    unit: str | None
    is_word: bool
    scale: float = 1.0


def find_figures(text: str, start: int, end: int, paragraph: int) -> list[Figure]:
    """Figures in `text[start:end]` (one paragraph), in order of position."""
    seg = text[start:end]
    figures: list[Figure] = []
    taken = _Taken()
    low = seg.lower()
    # The rare patterns are looked for only where their words occur (a substring test is
    # far cheaper than the regex engine trying them at every position).
    vague = _VAGUE.finditer(seg) if any(w in low for w in _VAGUE_WORDS) else ()
    fractions = _FRACTION.finditer(seg) if any(w in low for w in _FRACTION_WORDS) else ()

    for m in vague:
        value = _VAGUE_VALUES[m.group("big").lower()]
        if m.group("big2"):
            value *= _VAGUE_VALUES[m.group("big2").lower()]
        tail_end, unit = _unit_after(seg, m.end())
        if unit is None:
            continue
        if m.group("few"):
            value *= 10 if m.group("few").lower() == "tens" else 100
        s, e = m.start(), tail_end
        figures.append(_figure(seg, start, s, e, value, None, unit, "vague", paragraph, vague=True))
        taken.append((s, e))

    for m in fractions:
        if taken.overlaps(m.start(), m.end()):
            continue
        share = _FRACTIONS.get(m.group(0).lower().replace(" ", "-"), _FRACTIONS.get(m.group(0).lower()))
        if share is None:
            continue
        q_start, qualifier = _qualifier_before(seg, m.start())
        figures.append(_figure(seg, start, q_start, m.end(), share, None, "percent", qualifier, paragraph))
        taken.append((q_start, m.end()))

    atoms = [a for a in (_atom(seg, m) for m in _NUMBER.finditer(seg)) if a is not None]
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if taken.overlaps(atom.start, atom.end):
            i += 1
            continue
        value_to, direction = None, None
        tail_end, unit = (atom.end, atom.unit) if atom.unit else _unit_after(seg, atom.end)
        lead = seg[max(0, atom.start - 9):atom.start].lower()
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if nxt is not None and _joins_range(seg, atom, tail_end, unit, nxt, lead):
            value_to = nxt.value
            if atom.scale == 1.0 and nxt.scale != 1.0 and tail_end == atom.end:
                atom = _Atom(atom.start, atom.end, atom.value * nxt.scale, atom.unit, atom.is_word, nxt.scale)
            if lead.endswith("from "):
                direction = "up" if nxt.value > atom.value else "down"
            tail_end, unit2 = (nxt.end, nxt.unit) if nxt.unit else _unit_after(seg, nxt.end)
            unit = unit or unit2
            i += 1
        elif _hyphen_pair(seg, atom):
            i += 1
            continue  # one side of a score or code such as 5-4 or 24-7
        i += 1
        if not _is_figure(seg, atom, unit, value_to):
            continue
        q_start, qualifier = _qualifier_before(seg, atom.start)
        if lead.endswith("between ") and value_to is not None:
            q_start = atom.start - len("between ")
        elif direction and lead.endswith("from "):
            q_start = atom.start - len("from ")
        # A range or a change is one figure: "from 118,000 to 44,500" is stored once, with
        # both ends and its direction, never again as a separate 44,500.
        figures.append(_figure(seg, start, q_start, tail_end, atom.value, value_to, unit, qualifier,
                               paragraph, direction=direction))
        taken.append((q_start, tail_end))
    figures.sort(key=lambda f: f.start)
    return figures


def _hyphen_pair(seg: str, atom: _Atom) -> bool:
    before = seg[max(0, atom.start - 2):atom.start]
    after = seg[atom.end:atom.end + 2]
    return bool(_DIGIT_DASH.fullmatch(before) or _DASH_DIGIT.fullmatch(after))


def _joins_range(seg: str, atom: _Atom, tail_end: int, unit: str | None, nxt: _Atom, lead: str) -> bool:
    """`from A to B`, `between A and B`, `A to B` and `A-B` (B above A) make one figure."""
    nxt_unit = nxt.unit or _unit_after(seg, nxt.end)[1]
    if unit and nxt_unit and unit != nxt_unit:
        return False
    if unit and not nxt_unit and tail_end != atom.end:
        return False
    for gap in {seg[atom.end:nxt.start], seg[tail_end:nxt.start]}:
        if _GAP_AND.fullmatch(gap):
            return lead.endswith("between ")
        if _GAP_TO.fullmatch(gap):
            return lead.endswith("from ") or nxt.value > atom.value
        if _GAP_DASH.fullmatch(gap):
            return nxt.value > atom.value or lead.endswith("from ")
    return False


def _atom(seg: str, m: re.Match[str]) -> _Atom | None:
    """A number match read as a value (currency sign and scale applied), or None if not one."""
    num = m.group("num")
    s, e = m.start(), m.end()
    if m.group("cur") is None and seg[s] in " \t":
        s += 1
    before = seg[s - 1] if s > 0 else " "
    after = seg[e:e + 12]
    if before.isalpha() or (before == "-" and s > 1 and seg[s - 2].isalpha()) or before in "#/:.":
        return None  # Covid-19, G7, 10:30, 1.2.3, #5
    if after[:1].isalpha() and not m.group("scale"):
        return None  # 3rd, 1990s, 3G, 10am: a letter glued to the number
    if _TIME_AFTER.match(after):
        return None  # times
    if _AGE_OR_COMPOUND.match(after):
        return None  # 44-year-old, three-day
    is_word = not num[0].isdigit() and num[0] != "."
    if is_word:
        value = _WORD_VALUES.get(num.lower())
        if value is None:
            parts = num.lower().split("-")
            value = sum(_WORD_VALUES[p] for p in parts)
    else:
        value = float(num.replace(",", ""))
    scale_word = (m.group("scale") or "").strip().lower()
    scale = _SCALES[scale_word] if scale_word else 1.0
    unit = _CURRENCY_SIGNS.get(m.group("cur")) if m.group("cur") else None
    return _Atom(s, e, float(value) * scale, unit, is_word, scale)


def _unit_after(seg: str, pos: int) -> tuple[int, str | None]:
    """Where the figure ends and its unit: percent, currency, counted noun (and rate)."""
    rest = seg[pos:pos + 60]
    if m := _PERCENT.match(rest):
        return pos + m.end(), "percent"
    if m := _POINTS.match(rest):
        return pos + m.end(), "percentage points"
    if m := _CURRENCY_AFTER.match(rest):
        word = (m.group(1) or "p").lower()
        return pos + m.end(), _CURRENCY_WORDS[word]
    if m := _MORE_OF.match(rest):
        offset = m.end() if m.group(0).strip() in ("more", "extra", "additional", "new", "other") else 0
    else:
        offset = 0
    words: list[str] = []
    end = pos + offset
    for _ in range(2):
        m = _NOUN.match(seg[end:end + 40])
        if not m:
            break
        word = m.group(1).lower()
        if word in FUNCTION_WORDS or word in MONTHS or (words and not word.endswith("s")):
            break
        if (word.endswith(("ed", "ing", "ly", "wards")) or word in _ADVERBS) and not words:
            break  # "601 afterwards", "20 always": an adverb is not what is counted
        words.append(m.group(1))
        end += m.end()
        if word.endswith("s") or word in ("people", "children", "men", "women", "police", "staff"):
            break
    if not words:
        return pos, None
    unit = " ".join(words)
    if m := _RATE.match(seg[end:end + 20]):
        unit = f"{unit} per {m.group(1).lower()}"
        end += m.end()
    return end, unit


def _is_figure(seg: str, atom: _Atom, unit: str | None, value_to: float | None) -> bool:
    before = seg[max(0, atom.start - 12):atom.start].lower()
    after = seg[atom.end:atom.end + 12].lower()
    word_before = _LETTERS.findall(before)[-1:] or [""]
    word_after = _LETTERS.findall(after)[:1] or [""]
    if word_before[0] in MONTHS or word_after[0] in MONTHS:
        return False  # 3 September, September 3
    if unit and unit.split()[0].lower() in _TIME_NOUNS:
        return False  # durations: two weeks, seven months
    value = atom.value
    if not atom.is_word and atom.unit is None and unit is None and value_to is None:
        # A bare number: a year, a page, a name with a number. Keep only large counts.
        raw = seg[atom.start:atom.end]
        if _FOUR_DIGITS.fullmatch(raw) and 1800 <= value <= 2100:
            return False
        if _NAME_BEFORE.search(seg[max(0, atom.start - 15):atom.start]) and "," not in raw:
            return False  # Article 50, PlayStation 2, Windows 10
        return "," in raw or bool(_SCALED_END.search(raw))
    if _FOUR_DIGITS.fullmatch(seg[atom.start:atom.end]) and 1800 <= value <= 2100 and atom.unit is None \
            and (unit is None or _singular(unit)):
        return False  # a year, alone or qualifying a noun: "the 2001 election", "2003 results"
    raw = seg[atom.start:atom.end]
    if (unit not in ("percent", "percentage points") and atom.unit is None and raw.isdigit()
            and int(raw) < 1000 and _NAME_BEFORE_NUMBER.search(seg[max(0, atom.start - 20):atom.start])):
        return False  # PlayStation 2, Article 50, Channel 4: names that contain numbers
    if atom.is_word:
        word = seg[atom.start:atom.end].lower()
        if word == "one" and value_to is None and atom.unit is None and not (unit or "").startswith("percent"):
            return False  # "one backbencher", "one of the": a determiner, not a count
        if unit is None:
            return False
    return True


def _singular(unit: str) -> bool:
    """A noun after a year-like number that reads as what the year qualifies ("2001
    election", "2005 season") rather than what is counted ("2001 people", "1,900 jobs")."""
    if unit in ("percent", "percentage points") or unit.isupper() or " per " in unit:
        return False
    word = unit.split()[-1].lower()
    return not word.endswith("s") or word in _YEAR_NOUNS or unit.split()[0].lower() in _YEAR_NOUNS


_YEAR_NOUNS = {"results", "elections", "accounts", "figures", "games", "olympics", "finals",
               "championships", "awards", "oscars", "talks", "reforms", "plans", "sales"}


def _qualifier_before(seg: str, pos: int) -> tuple[int, str | None]:
    m = _QUALIFIER.search(seg[max(0, pos - 24):pos])
    if not m:
        return pos, None
    return pos - (len(seg[max(0, pos - 24):pos]) - m.start()), m.group("q").lower()


class _Taken:
    """Spans already read as figures, in order: overlap checks stay logarithmic in a
    paragraph of thousands of numbers."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
        bisect.insort(self.spans, span)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.spans, (e, -1))  # the spans starting before `e`
        # A figure is a few words long: only the nearest spans before can reach `s`.
        return any(te > s for _ts, te in self.spans[max(0, i - 8):i])


def _figure(seg: str, base: int, s: int, e: int, value: float, value_to: float | None,
            unit: str | None, qualifier: str | None, paragraph: int, *, direction: str | None = None,
            vague: bool = False) -> Figure:
    while e > s and seg[e - 1] in " ,.;:":
        e -= 1
    return Figure(text=seg[s:e], start=base + s, end=base + e, value=_round(value),
                  value_to=_round(value_to) if value_to is not None else None, unit=unit,
                  qualifier=qualifier, paragraph=paragraph, direction=direction, vague=vague)


def _round(value: float) -> float:
    return float(round(value, 4))
