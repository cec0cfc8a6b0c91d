"""The search benchmark's queries over the BBC corpus, each with its intended passage:
(query, kind, file name, a substring of the intended paragraph)."""

QUERIES: list[tuple[str, str, str, str]] = [
    ("Greenspn speach dollar", "typo", "business_002.txt", "Dollar gains on Greenspan speech"),
    ("Kilroy Silk chnage the face of British politcs", "typo", "politics_111.txt", "change the face of British politics"),
    ("amount of spm circulating onlin", "typo", "tech_026.txt", "The amount of spam circulating online"),
    ("Countryside Aliance hunting bann", "typo", "politics_032.txt", "The Countryside Alliance says it expects"),
    ("Umbro sponsorhsip deals Chelsea Celtic", "typo", "business_040.txt", "recently lost sponsorship deals with Chelsea"),
    ("Michael Howrd e-mail retention", "typo", "politics_002.txt", "new rules on e-mail retention"),
    ("arcade games Playstaton X-Box Game Cube", "typo", "business_254.txt", "such as Sony's Playstation"),
    ("Arsenal ful share listing", "typo", "business_271.txt", "Arsenal 'may seek full share listing'"),
    ("Time Warnr profit advert sales", "typo", "business_001.txt", "Ad sales boost Time Warner profit"),
    ('"identity cards had provoked controversy"', "phrase", "politics_041.txt", "identity cards had provoked controversy"),
    ('"hang up after just 65 seconds"', "phrase", "business_020.txt", "hang up after just 65 seconds"),
    ('"highest level against the euro"', "phrase", "business_002.txt", "highest level against the euro"),
    ('"asylum criticisms" Howard', "phrase", "politics_013.txt", "Howard rebuts asylum criticisms"),
    ("Wenger summer war chest", "name", "sport_143.txt", "Wenger handed summer war chest"),
    ("Palaniappan Chidambaram", "name", "business_008.txt", "Palaniappan Chidambaram, India's finance minister"),
    ("Yukos unit buyer", "name", "business_003.txt", "Yukos unit buyer faces loan claim"),
    ("plasma display panels thin TVs", "words", "business_211.txt", "Plasma display panels are used for large"),
    ("oldest gadget abacus", "words", "tech_009.txt", "The oldest \"gadget\" in the top 100 is the abacus"),
    ("Schindler's List Lyric theatre", "words", "entertainment_012.txt", "The Lyric is too important"),
    ("maternity pay nine months paid leave", "words", "politics_001.txt", "paid leave would be increased to nine months"),
    ("Time Warner owns 8% of Google", "words", "business_001.txt", "it now owns 8% of search-engine Google"),
]
