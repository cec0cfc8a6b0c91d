"""Where sources agree or disagree: the same quotation in several articles, and figures
about the same quantity that differ.

Both are found when an article is stored, against what is stored already, so a list can
say "reported by 3 sources" or flag a figure with one indexed lookup per row, and the
order articles arrive in does not matter.

- Quotations: each quote of five words or more gets two keys, the smallest hash of its
  word triples under each of two hash functions (min-hash): near-copies share most
  triples, so they likely share a key. Candidates from other articles are confirmed by
  rapidfuzz on the folded text, and the quote joins their group (`quotes.group_id`, one
  number per quote however many outlets carry a quotation).
- Figures: two figures are about the same quantity when they have the same unit and their
  sentences share at least two content words ("reservoirs", "capacity"; a counted thing
  such as "workers" is one of them). They conflict when their articles were published
  within `_DAYS` days of each other and the values differ by more than rounding (more, if
  either is approximate: "about 300,000"); a change ("from 140m to 95m") conflicts with a
  stated percentage change ("fell by 40%") that its own ends contradict. Conflicting pairs
  are kept in `figure_conflicts` (they are rare) and cascade away with either side.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz

from store.dates import undated_last
from store.extract.model import Extraction
from store.search.fold import fold, words


def corroborate(conn: sqlite3.Connection, source_id: int) -> None:
    """Group one stored article's quotes with the same quotation in other articles, and pair
    its figures with those that disagree (inside the caller's transaction)."""
    group_quotes(conn, source_id)
    index_figures(conn, source_id)


# ----- quotations ------------------------------------------------------------------------

_MIN_WORDS = 5
_SALTS = (b"", b"second")  # two hash functions: two chances for near-copies to meet
_CANDIDATES = 200  # quotes read per key at most: beyond that a key is a stock phrase
_SAME_QUOTE = 85  # rapidfuzz ratio (0-100) of folded texts from which two quotes are one


def quote_keys(text: str) -> tuple[int, int] | None:
    """The sketch of a quotation: under each of two hash functions, the smallest hash of
    its word triples. Two wordings share a key with the chance that their triples agree."""
    tokens = words(fold(text))
    if len(tokens) < _MIN_WORDS:
        return None
    triples = [" ".join(tokens[i:i + 3]).encode() for i in range(len(tokens) - 2)]
    first, second = (min(zlib.crc32(salt + t) for t in triples) for salt in _SALTS)
    return first, second


def same_quotation(a: str, b: str) -> bool:
    return fuzz.ratio(_plain(a), _plain(b)) >= _SAME_QUOTE


def _plain(text: str) -> str:
    return " ".join(words(fold(text)))


@dataclass(frozen=True, slots=True)
class Derived:
    """What corroboration needs of an article besides its extraction, worked out where the
    article is prepared (in a pool worker) so the one writer only looks things up."""

    quote_keys: list[tuple[int, int] | None]  # per quote of the extraction, in order
    figure_notes: list[tuple[str, bool]]  # per figure: its sentence's words, and whether a change


def derive(text: str, extraction: Extraction) -> Derived:
    return Derived([quote_keys(q.text) for q in extraction.quotes],
                   [figure_note(text, f.start, f.end, f.unit) for f in extraction.figures])


def group_quotes(conn: sqlite3.Connection, source_id: int) -> None:
    """Put each keyed quote of an article in the group of the same quotation in other
    articles (a quote found alone before starts the group, its id naming it); a quote that
    matches two groups joins them."""
    mine = conn.execute("SELECT id, text, key1, key2 FROM quotes WHERE source_id = ? AND key1 IS NOT NULL",
                        (source_id,)).fetchall()
    if not mine:
        return
    firsts = sorted({int(r[2]) for r in mine})
    seconds = sorted({int(r[3]) for r in mine})
    found = conn.execute(
        f"SELECT id, text, group_id, key1, key2 FROM quotes WHERE (key1 IN ({','.join('?' * len(firsts))})"
        f" OR key2 IN ({','.join('?' * len(seconds))})) AND source_id != ? ORDER BY id LIMIT ?",
        (*firsts, *seconds, source_id, _CANDIDATES * len(mine))).fetchall()
    for quote_id, text, key1, key2 in mine:
        groups: list[int] = []
        tried: set[int] = set()
        for other_id, other_text, group, other1, other2 in found:
            if other1 != key1 and other2 != key2:
                continue
            name = group if group is not None else other_id
            if name in tried:
                continue  # one member of a group speaks for it
            tried.add(name)
            if same_quotation(text, other_text):
                if group is None:
                    conn.execute("UPDATE quotes SET group_id = ? WHERE id = ?", (other_id, other_id))
                groups.append(name)
        if not groups:
            continue
        target = min(groups)
        if len(groups) > 1:
            conn.execute(f"UPDATE quotes SET group_id = ? WHERE group_id IN ({','.join('?' * (len(groups) - 1))})",
                         (target, *[g for g in groups if g != target]))
        conn.execute("UPDATE quotes SET group_id = ? WHERE id = ?", (target, quote_id))


def wording_changes(this: str, other: str) -> list[tuple[str, str]]:
    """How `other` words a quotation differently from `this`, as (change, words) runs:
    change is "same", "dropped" (in this, not in other) or "added" (in other only).
    Words are compared folded, without punctuation, so only real rewording shows."""
    import difflib

    mine, theirs = this.split(), other.split()
    matcher = difflib.SequenceMatcher(a=[_plain(w) for w in mine], b=[_plain(w) for w in theirs], autojunk=False)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("same", " ".join(theirs[j1:j2])))
            continue
        if i2 > i1:
            runs.append(("dropped", " ".join(mine[i1:i2])))
        if j2 > j1:
            runs.append(("added", " ".join(theirs[j1:j2])))
    return runs


# ----- figures ---------------------------------------------------------------------------

_DAYS = 3  # articles this close in time report the same moment of a story
_SHARED_WORDS = 2
_EXACT = 0.005  # values this close (relative) are the same number, rounded
_APPROXIMATE = 0.10  # ... when either is written as approximate
_APPROXIMATORS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "approximately",
                            "an estimated", "estimated", "close to", "more than", "over", "just over",
                            "just under", "under", "less than", "fewer than", "at least", "up to"})
_STOP = frozenset("""
about above after again against also although among another because been before being
below between both could does doing down during each even every from further have
having here into itself just last least made make many more most much next only other
over said same says should since some such than that their them then there these they
this those through under until very was were what when where which while will with
would year years your week month today
""".split())  # noqa: SIM905 - a word list reads best as words
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# Right before a percentage, these make it a change ("fell by 40%", "rose 12%"); "to" makes
# it a level ("fell to 38%") and is not among them.
_CHANGE_CUE = re.compile(r"\b(by|up|down|cut|cuts|fell|fallen|falls|rose|risen|rises|dropped|drop|drops|"
                         r"increased?|decreased?|grew|grown|shrank|shrunk|lower|higher|climbed|slid|"
                         r"plunged|soared|jumped)\s+$", re.IGNORECASE)


def figure_context(text: str, start: int, end: int) -> str:
    """The content words of the sentence holding a figure (without the figure itself),
    folded and with a plural 's' off: what it is a figure of."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    right = found.start() if found else len(text)
    sentence = text[left:start] + " " + text[end:right]
    kept = []
    for word in words(fold(sentence)):
        if len(word) < 4 or word.isdigit() or word in _STOP:
            continue
        kept.append(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return " ".join(dict.fromkeys(kept))


def figure_note(text: str, start: int, end: int, unit: str | None) -> tuple[str, bool]:
    """What corroboration keeps of a figure at `start:end` of `text`: its sentence's
    content words, and whether it is a percentage stating a change."""
    return figure_context(text, start, end), unit == "percent" and states_a_change(text, start)


def states_a_change(text: str, start: int) -> bool:
    """Whether the percentage at `start` is a change ("fell by 40%"), not a level."""
    return bool(_CHANGE_CUE.search(text[max(0, start - 40):start]))


@dataclass(frozen=True, slots=True)
class StoredFigure:
    id: int
    source_id: int
    published: str | None
    value: float | None
    value_to: float | None
    unit: str | None
    qualifier: str | None
    context: str
    change: bool  # a percentage that states a change


_MEASURES = frozenset({"percent", "percentage points", "metres", "kilometres", "miles", "feet", "inches",
                       "litres", "gallons", "tonnes", "tons", "kilograms", "kg", "grams", "pounds weight",
                       "millimetres", "centimetres", "degrees", "hours", "minutes", "seconds", "days",
                       "weeks", "months", "years", "acres", "hectares", "barrels", "watts", "megawatts"})


def counts_a_thing(unit: str | None) -> bool:
    """Whether a unit names what is counted ("workers", "homes") rather than a measure
    (a percentage, a currency code, a rate, a length)."""
    if not unit:
        return False
    return unit not in _MEASURES and not unit.isupper() and " per " not in unit


def same_quantity(a: StoredFigure, b: StoredFigure) -> bool:
    """Two figures of one quantity: their sentences share two content words, the counted
    thing ("workers") being one when both count it."""
    shared = len(set(a.context.split()).intersection(b.context.split()))
    if a.unit == b.unit and counts_a_thing(a.unit):
        shared += 1
    return shared >= _SHARED_WORDS


def conflict(a: StoredFigure, b: StoredFigure) -> str | None:
    """Why two figures of overlapping articles disagree, or None if they do not."""
    if a.source_id == b.source_id or not same_quantity(a, b):
        return None
    for one, other in ((a, b), (b, a)):
        if one.value_to is not None and one.value and other.unit == "percent" and other.change \
                and other.value is not None and other.value_to is None:
            implied = abs(one.value_to - one.value) / abs(one.value) * 100
            if abs(implied - abs(other.value)) > 2.0:
                return "change"
            return None
    if a.unit != b.unit or a.value is None or b.value is None or a.value_to is not None or b.value_to is not None:
        return None
    if a.unit == "percent" and a.change != b.change:
        return None  # a level and a change are different quantities
    tolerance = _APPROXIMATE if {a.qualifier, b.qualifier} & _APPROXIMATORS else _EXACT
    if abs(a.value - b.value) <= tolerance * max(abs(a.value), abs(b.value)):
        return None
    return "value"


def index_figures(conn: sqlite3.Connection, source_id: int) -> None:
    """Pair the figures of one stored article with those they conflict with in articles
    published within `_DAYS` days of it."""
    row = conn.execute("SELECT published FROM sources WHERE id = ?", (source_id,)).fetchone()
    if row is None or not row[0]:
        return
    day = date.fromisoformat(_first_day(row[0]))
    low, high = (day - timedelta(days=_DAYS)).isoformat(), (day + timedelta(days=_DAYS + 1)).isoformat()
    mine = _figures(conn, "f.source_id = ?", [source_id])
    units = sorted({f.unit for f in mine if f.unit})
    if not units:
        return
    # Same unit; and a change meets the percentages that state one, and they meet changes.
    changes = any(f.value_to is not None for f in mine)
    percent_changes = any(f.change for f in mine)
    also = (" OR (f.unit = 'percent' AND f.change = 1)" if changes else "") + \
        (" OR f.value_to IS NOT NULL" if percent_changes else "")
    near = _figures(conn, f"s.published >= ? AND s.published < ? AND f.source_id != ?"
                          f" AND (f.unit IN ({','.join('?' * len(units))}){also})", [low, high, source_id, *units])
    pairs = []
    for a in mine:
        for b in near:
            kind = conflict(a, b)
            if kind:
                pairs += [(a.id, b.id, kind), (b.id, a.id, kind)]
    conn.executemany("INSERT OR IGNORE INTO figure_conflicts (figure_id, other_id, kind) VALUES (?, ?, ?)", pairs)


def _first_day(stored: str) -> str:
    return stored[:10] if len(stored) >= 10 else f"{stored[:7]}-01"


def _figures(conn: sqlite3.Connection, where: str, args: list[object]) -> list[StoredFigure]:
    return [StoredFigure(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7] or "", bool(r[8]))
            for r in conn.execute(
                "SELECT f.id, f.source_id, s.published, f.value, f.value_to, f.unit, f.qualifier, f.context,"
                f" f.change FROM figures f JOIN sources s ON s.id = f.source_id WHERE {where}", args)]


def figure_series(conn: sqlite3.Connection, figure_id: int) -> list[int]:
    """Ids of the figures of the same quantity as this one, in every article, by date
    (undated last): the points of its chart."""
    found = _figures(conn, "f.id = ?", [figure_id])
    if not found:
        return []
    this = found[0]
    if not this.unit:
        return [this.id]
    ends = "f.value_to IS NOT NULL" if this.value_to is not None else "f.value_to IS NULL"
    same = [f for f in _figures(conn, f"f.unit = ? AND {ends} AND f.change = ?", [this.unit, int(this.change)])
            if f.id == this.id or same_quantity(this, f)]
    same.sort(key=lambda f: (undated_last(f.published), f.id))
    return [f.id for f in same]
