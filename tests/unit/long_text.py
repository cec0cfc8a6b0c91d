"""Long synthetic news text for tests of texts far longer than an article: stories whose
paragraphs differ enough not to be taken for repeats of one another (repeats are flagged
and skipped, which would leave little to extract)."""

from __future__ import annotations

import random

FIRST = ["Maria", "Tom", "Priya", "Jonas", "Aileen", "Omar", "Greta", "Kofi", "Lena", "Ravi"]
LAST = ["Lopez", "Okafor", "Raman", "Berg", "Walsh", "Haddad", "Nilsen", "Mensah", "Fischer", "Iyer"]
TOWNS = ["Dunmore", "Carrick", "Elmbridge", "Ashford", "Kilbride"]
_SYLLABLES = ["ba", "ro", "ki", "mun", "del", "sa", "tor", "pel", "vi", "gan", "lo", "mer", "tu", "fen"]


def _words(rng: random.Random, count: int) -> str:
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(count))


def story(i: int) -> list[str]:
    """One short local-news story as paragraphs; the same person returns every 70 stories."""
    rng = random.Random(i)
    who = f"{FIRST[i % 10]} {LAST[i % 7]}"
    other = f"{FIRST[(i + 3) % 10]} {LAST[(i + 4) % 10]}"
    town = TOWNS[i % len(TOWNS)]
    return [
        f"Councillors in {town} approved a £{i + 2}m plan for the {_words(rng, 6)} on Monday.",
        f'"This is the right decision for the {_words(rng, 5)}," said council leader {who}.',
        f"{other}, who chairs the residents' group, said the plan would raise {_words(rng, 4)} "
        f"by {i % 90 + 5}%.",
    ]


def long_text(stories: int, sep: str = "\n") -> str:
    """`stories` stories, one paragraph per line (or all on one line with `sep=" "`)."""
    return sep.join(p for i in range(stories) for p in story(i))
