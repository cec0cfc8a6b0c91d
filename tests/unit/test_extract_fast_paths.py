"""The extractor's fast paths give exactly what the plain regex they stand in for gives.

Each shortcut (a word trie for a long alternation, a screen told from a text's words before a
costly regex, a search started where a match can begin) is checked against the plain form on
generated news-like text, so a speed-up can never change what is found.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract import figures, names, quotes, sentences, speakers
from store.extract.alternation import word_alternation

_PIECES = st.sampled_from([
    " ", "  ", "\n", ",", ".", "!", "?", "…", "-", "’", "'", "“", "”", "(", ")", "$", "£", "US$",
    "5", "12", "1,250", "3.5", ".5", "2004", " said ", " told ", " says ", " is ", " was ",
    " pointed out ", " the ", " a ", " an ", "The ", "Mr ", "Mr. ", "Dr. ", "officials", "spokesman",
    "a spokesman for the ", "union officials", "Some ", "investors", "chief executive", "analysts",
    "one", "Two", "twenty-five", "seventy", "a dozen", "a million", "fourteen", "often", "money",
    "Nine", "ten", "percent", "of", "and", "de", "van", "Smith", "St.", "BBC", "Inc.", "é", "ſ",
    "K", "İ", "ı", "\u00a0", "_", "said", "Said", "warned", "told", "according",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(alphabet="abcdefghijklmnopqrstuvwxyzAST .,’'-", max_size=6)),
                 max_size=40).map("".join)
# Text ending as a subject before its verb may: "..., union officials", "a spokesman for X, ..., ".
_SUBJECT_TEXT = st.tuples(_TEXT, st.sampled_from([
    "", " officials", "Aid groups ", "union officials in Norway", " a spokesman for the BBC",
    " the chief executive, who was 5, ", " experts ", " Some analysts", " the director-general",
    " their lawyers", "“officials", " police", " UKIP MEPs",
])).map("".join)
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@_SETTINGS
@given(st.lists(st.text(alphabet="abcde-", min_size=1, max_size=5), min_size=1, max_size=12), _TEXT)
def test_a_word_trie_matches_what_the_longest_first_alternation_matches(words: list[str], text: str) -> None:
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    for template in (r"(?:{})", r"\b(?:{})\b", r"(?:{})(?:e|-)?x?", r"(?i:{})s?"):
        fast = re.compile(template.format(word_alternation(words)))
        slow = re.compile(template.format(plain))
        assert _spans(fast.finditer(text)) == _spans(slow.finditer(text))


def test_an_empty_word_is_refused() -> None:
    try:
        word_alternation(["a", ""])
    except ValueError:
        return
    raise AssertionError("an empty word was accepted")


@_SETTINGS
@given(_TEXT)
def test_numbers_are_read_as_the_full_number_pattern_reads_them(text: str) -> None:
    assert _spans(figures._numbers(text)) == _spans(figures._NUMBER.finditer(text))


@_SETTINGS
@given(_SUBJECT_TEXT)
def test_a_group_subject_is_found_as_the_plain_search_finds_it(text: str) -> None:
    fast, slow = speakers._group_before(text), speakers._GROUP_BEFORE.search(text)
    assert (fast and (fast.span(), fast.groupdict())) == (slow and (slow.span(), slow.groupdict()))


@_SETTINGS
@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_a_sentences_last_word_is_found_as_the_plain_search_finds_it(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    fast, slow = sentences._last_word(text, lo, hi), sentences._LAST_WORD.search(text, lo, hi)
    assert (fast and (fast.span(), fast.group(1))) == (slow and (slow.span(), slow.group(1)))


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])")


@_SETTINGS
@given(st.lists(_TEXT, max_size=4), st.sampled_from(["said", "the", "of", "a", "often", "smith", "é", "Said", "an"]))
def test_the_lowercase_vocabulary_holds_the_words_written_in_lower_case(paragraphs: list[str], word: str) -> None:
    listed = {w for body in paragraphs for w in _LOWER_WORD.findall(body)}
    assert (word in names.LowercaseVocabulary(set(paragraphs))) == (word in listed)


def _verbs(text: str, words: object) -> list[tuple[int, int]]:
    found = []
    for m in words:  # type: ignore[attr-defined]
        word = m.group(0).lower()
        verb = m if word in quotes._REPORT_CUES else None
        if word in quotes._PHRASAL_FIRST:
            verb = quotes._PHRASAL.match(text, m.start()) or verb
        if verb is not None:
            found.append(verb.span())
    return found


@_SETTINGS
@given(_TEXT)
def test_a_sentences_cue_words_give_the_verbs_that_all_its_words_give(text: str) -> None:
    every_word = quotes._LATIN_WORD.finditer(text)
    assert _verbs(text, quotes._cue_words(text, 0, len(text))) == _verbs(text, every_word)
