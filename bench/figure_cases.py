"""Labelled sentences for comparing figure extractors: (sentence, expected values).

An extractor gets a case right when the set of values it finds (both ends of ranges and
changes included) equals the expected set; for the non-figure cases that set is empty.
"""

CASES: list[tuple[str, set[float]]] = [
    ("The scheme cost £600m last year.", {600e6}),
    ("It raised $2.5bn from investors.", {2.5e9}),
    ("A grant of 40 million euros was agreed.", {40e6}),
    ("Turnout was 62 per cent.", {62}),
    ("Unemployment hit 4.3%.", {4.3}),
    ("Almost two-thirds of voters agreed.", {66.67}),
    ("More than 300 people were evacuated.", {300}),
    ("Nine firefighters were hurt.", {9}),
    ("Arrivals fell from 118,000 to 44,500 in a year.", {118000, 44500}),
    ("They launched between 20 and 30 boats a week.", {20, 30}),
    ("Prices rose 3-5% in the quarter.", {3, 5}),
    ("The firm lost hundreds of millions of dollars.", {1e8}),
    ("Profits fell to £3m from £5m.", {3e6, 5e6}),
    ("The law was passed in 2019.", set()),
    ("The meeting is on 3 September.", set()),
    ("Doors open at 10:30.", set()),
    ("A 44-year-old man was arrested.", set()),
    ("Cases of Covid-19 rose among the staff.", set()),
    ("He bought a PlayStation 2 for the children.", set()),
    ("She finished third for the second time.", set()),
]
