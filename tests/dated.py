"""A small dated story of my own for tests: five articles from three outlets over three
weeks, in the JSON Lines form a scraper would save. Each article quotes people so that
timelines, periods and corroboration have something to count."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    {"title": "Port strike begins over pay", "outlet": "Harbour Gazette", "date": "2024-09-02T08:00:00Z",
     "url": "https://gazette.example/strike-begins",
     "text": "Dock workers at Port Avalon walked out on Monday in a dispute over pay.\n\n"
             "\"We have been patient for two years and the company has not moved,\" said Maria Chen, "
             "the union's regional secretary.\n\n"
             "About 1,200 workers are on strike, the union said."},
    {"title": "Avalon strike: ships wait offshore", "outlet": "Coastal Courier", "date": "Wed, 04 Sep 2024 10:00:00 +0100",
     "url": "https://courier.example/ships-wait",
     "text": "Twelve container ships were waiting offshore on Wednesday as the strike at Port Avalon went on.\n\n"
             "\"We have been patient for two years, and the company has not moved,\" Maria Chen told reporters.\n\n"
             "Some 1,500 workers have joined the strike, according to the port authority."},
    {"title": "Port operator makes new offer", "outlet": "Harbour Gazette", "date": "2024-09-10",
     "url": "https://gazette.example/new-offer",
     "text": "The operator of Port Avalon offered a pay rise of 4% on Tuesday.\n\n"
             "\"This is a fair offer and we urge the union to put it to members,\" said David Osei, "
             "the operator's chief executive.\n\n"
             "Maria Chen said the union would consider it."},
    {"title": "Union rejects Avalon pay offer", "outlet": "The Daily Ledger", "date": "12 September 2024",
     "url": "https://ledger.example/offer-rejected",
     "text": "The union at Port Avalon rejected a 4% pay offer on Thursday.\n\n"
             "\"This is a fair offer, and we urge the union to put it to its members,\" David Osei said "
             "before the vote.\n\n"
             "\"Four per cent does not cover what our members have lost,\" said Maria Chen."},
    {"title": "Avalon strike ends with deal", "outlet": "Coastal Courier", "date": "2024-09-23T16:30:00-04:00",
     "url": "https://courier.example/strike-ends",
     "text": "The strike at Port Avalon ended on Monday after the union accepted a rise of 6%.\n\n"
             "\"Our members held firm and it paid off,\" said Maria Chen.\n\n"
             "David Osei said the deal was good for the port."},
]


def write_story(folder: Path) -> Path:
    """The story as one JSON Lines file in `folder`; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "avalon.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path
