"""Reading a search query: its words, what each stands for in the store, and how much each
tells.

A query is words and "exact phrases". Each word becomes a `Term`: the stored words it may
stand for (itself, its inflections, its likely misspellings, and for the word being typed
what it may become), and a weight, BM25's idf, so a rare word counts for more than a
common one. Function words (`over`, `since`, `about`) are optional: they help rank, but a
result never needs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from store.search.fold import fold, words
from store.search.vocabulary import EXACT, Vocabulary

MAX_QUERY_WORDS = 12
MAX_QUERY_CHARS = 400
MIN_PREFIX = 3  # letters of a word being typed before it is searched for
_PHRASE = re.compile(r'"([^"]+)"')

# English function words (and the reporting verbs every article uses): they never decide
# whether something matches. (Not `store.extract.lexicon.FUNCTION_WORDS`, the words that
# never start a name, which holds `first`, `new`, `mr` that a search must not drop.)
OPTIONAL_WORDS = frozenset([
    "a", "about", "above", "across", "after", "against", "ago", "all", "almost", "along", "already", "also",
    "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are",
    "around", "as", "at", "away", "back", "be", "became", "because", "become", "been", "before", "behind",
    "being", "below", "beneath", "beside", "besides", "between", "beyond", "both", "but", "by", "can",
    "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else",
    "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
    "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "including",
    "inside", "instead", "into", "is", "it", "its", "itself", "just", "least", "less", "many", "may", "me",
    "might", "more", "most", "much", "must", "my", "myself", "near", "neither", "never", "no", "nobody",
    "none", "nor", "not", "nothing", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or",
    "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps",
    "rather", "said", "same", "say", "says", "shall", "she", "should", "since", "so", "some", "somebody",
    "someone", "something", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
    "there", "these", "they", "this", "those", "though", "through", "throughout", "thus", "till", "to",
    "too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very", "via", "was", "we",
    "were", "what", "whatever", "when", "whenever", "where", "whereas", "wherever", "whether", "which",
    "while", "who", "whoever", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet",
    "you", "your", "yours", "yourself"
])


def any_of(words: Iterable[str]) -> str:
    """An FTS5 expression matching any of `words` (folded word characters only, so safe)."""
    return "(" + " OR ".join(f'"{w}"' for w in words) + ")"


@dataclass(slots=True)
class Term:
    """One query word and the stored words that stand for it, with their weights."""

    word: str
    variants: dict[str, float] = field(default_factory=dict)  # stored word -> weight (exact 1)
    prefix: bool = False  # the word being typed: any stored word starting with it matches
    optional: bool = False  # a function word: ranks, never required
    df: int = 0  # paragraphs holding it (the most frequent of its variants)
    weight: float = 0.0  # idf: how much finding it tells

    def expression(self, weight_at_least: float = 0.0) -> str:
        """An FTS5 expression matching any of its variants (of at least that weight)."""
        return any_of(v for v, w in self.variants.items() if w >= weight_at_least)


@dataclass(slots=True)
class Phrase:
    """An "exact phrase": its words in order, required wherever it is asked for."""

    words: list[str]
    weight: float  # the idf of its words together

    def expression(self) -> str:
        return '"' + " ".join(self.words) + '"'


@dataclass(slots=True)
class ParsedQuery:
    terms: list[Term]
    phrases: list[Phrase]
    unknown: list[str]  # query words no stored word is close to
    folded: str  # the query as typed, folded (for closeness)

    @property
    def retrieval_terms(self) -> list[Term]:
        """The words that find candidates: the content words, or the function words when
        the query has nothing else."""
        content = [t for t in self.terms if not t.optional]
        return content or list(self.terms)

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases


def parse(text: str, vocabulary: Vocabulary, typing: bool = False) -> ParsedQuery:
    """`text` as terms and phrases; `typing`: the last word is still being typed."""
    text = (text or "")[:MAX_QUERY_CHARS]
    phrases = [Phrase(p, sum(vocabulary.idf(vocabulary.df.get(w, 0)) for w in p))
               for p in (words(p) for p in _PHRASE.findall(text)) if p]
    rest = _PHRASE.sub(" ", text)
    typed = words(rest)
    query_words = list(dict.fromkeys(typed))[:MAX_QUERY_WORDS]
    typing_last = typing and bool(typed) and not text.endswith((" ", '"')) and query_words[-1] == typed[-1]
    terms: list[Term] = []
    unknown: list[str] = []
    if typing_last and len(query_words) > 1 and len(query_words[-1]) < MIN_PREFIX:
        query_words.pop()  # one or two letters of a new word say nothing yet: wait for more
        typing_last = False
    for i, word in enumerate(query_words):
        term = Term(word, optional=word in OPTIONAL_WORDS)
        if typing_last and i == len(query_words) - 1:
            # The word being typed: what it may become, and what it may be misspelt for.
            term.prefix = True
            term.variants = {t: EXACT for t in vocabulary.complete(word)}
            for variant, weight in vocabulary.expand(word):
                term.variants.setdefault(variant, weight)
        else:
            term.variants = dict(vocabulary.expand(word))
        if not term.variants:
            unknown.append(word)  # the store holds nothing like it: it cannot help
            continue
        term.df = max(vocabulary.df.get(v, 0) for v in term.variants)
        if term.prefix:
            term.df = min(vocabulary.paragraphs, sum(vocabulary.df.get(v, 0) for v in term.variants))
        term.weight = vocabulary.idf(term.df)
        terms.append(term)
    folded = fold(" ".join([rest, *(" ".join(p.words) for p in phrases)]))
    return ParsedQuery(terms, phrases, unknown, " ".join(folded.split()))
