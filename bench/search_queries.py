"""The search benchmark's queries over the BBC corpus, written after reading each article:
(query, class, file name, needle). An answer is right when its article holds the needle
(so a copy of the same story in another file counts). Classes:

- typo: misspelt words; phrase: "exact phrases"; name: names with a word or two;
- words: words of one passage; spread: keywords from different paragraphs of one article;
- inflection: other forms of the article's words (`dipped` asked as `dip`);
- swap: short words (4-5 letters) with two letters swapped;
- prefix: typed as you type, the last word unfinished (searched with `typing=True`);
- alone: a name and nothing else; paraphrase: how an analyst would put it, not all of
  its words in the article.
"""

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
    # Keywords from different paragraphs of one article.
    ("Nestle ice cream wet summer dividend chocolate North America", "spread", "business_050.txt", "Bad weather hits Nestle sales"),
    ("Nigeria cocoa Ibadan nurseries 1960s oil", "spread", "business_120.txt", "Nigeria to boost cocoa production"),
    ("Marsh SEC shareholder transactions Spitzer California Trident", "spread", "business_333.txt", "Troubled Marsh under SEC scrutiny"),
    ("Chrysler Smart brand losses Detroit Mercedes dealerships", "spread", "business_410.txt", "DaimlerChrysler's 2004 sales rise"),
    ("cardinal poverty Christmas Radio 4 war money", "spread", "politics_060.txt", "Cardinal criticises Iraq war cost"),
    ("Middlesbrough mayor Sunderland station assembly referendum", "spread", "politics_200.txt", "Mallon wades into NE vote battle"),
    ("Gateshead conference chancellor homes child poverty Asian tiger", "spread", "politics_350.txt", "Brown 'proud of economy record'"),
    ("Tottenham Forest quarter-final Newcastle Keane", "spread", "sport_150.txt", "Jol joy at 'professional' Cup win"),
    ("Bath prop Ireland squad broken arm Wales eligible", "spread", "sport_300.txt", "Bell set for England debut"),
    ("Shadowcrew Camberley Secret Service Newark", "spread", "tech_120.txt", "Dozens held over ID fraud site"),
    ("grid computing rent hour electricity webcast", "spread", "tech_380.txt", "Sun offers processing by the hour"),
    ("Eurotunnel no-frills shuttle banks shareholder revolt", "spread", "business_500.txt", "Low-cost airlines hit Eurotunnel"),
    # Other forms of the article's words.
    ("Nestle revenue dip weather", "inflection", "business_050.txt", "Bad weather hits Nestle sales"),
    ("Sideways critic award", "inflection", "entertainment_030.txt", "US critics laud comedy Sideways"),
    ("Usher nominated Billboard award", "inflection", "entertainment_150.txt", "Usher leads Billboard nominations"),
    ("Aguilera marrying music executive", "inflection", "entertainment_260.txt", "Singer Christina Aguilera to wed"),
    ("viruses spreading through poisoned link", "inflection", "tech_210.txt", "Toxic web links help virus spread"),
    ("Sayeed resigns ill health", "inflection", "politics_410.txt", "Sayeed to stand down as Tory MP"),
    ("Idowu jumping gold medals", "inflection", "sport_020.txt", "Edwards tips Idowu for Euro gold"),
    ("Agassi edged Dent", "inflection", "sport_480.txt", "Edgy Agassi struggles past Dent"),
    ("Boogeyman knocks Hide and Seek", "inflection", "entertainment_380.txt", "Boogeyman takes box office lead"),
    ("Hotel Rwanda Oscars nominations", "inflection", "entertainment_380.txt", "Oscar nominee Hotel Rwanda"),
    # Short words with two letters swapped.
    ("Yukso", "swap", "business_003.txt", "Yukos"),
    ("Umrbo", "swap", "business_040.txt", "Umbro"),
    ("Qwset", "swap", "business_162.txt", "Qwest"),
    ("Mrash SEC inquiry", "swap", "business_333.txt", "Troubled Marsh under SEC scrutiny"),
    ("Idwou triple jump", "swap", "sport_020.txt", "Idowu"),
    ("cocao Nigeria", "swap", "business_120.txt", "Nigeria to boost cocoa production"),
    ("gird computing", "swap", "tech_380.txt", "grid computing"),
    ("Bfora virus", "swap", "tech_210.txt", "Bofra"),
    ("Uhser nominations", "swap", "entertainment_150.txt", "Usher leads Billboard nominations"),
    ("Smrat cars Mercedes", "swap", "business_410.txt", "Smart brand"),
    ("Kaene Tottenham", "swap", "sport_150.txt", "Robbie Keane"),
    # As typed: the last word unfinished.
    ("Nestle divi", "prefix", "business_050.txt", "Bad weather hits Nestle sales"),
    ("Nigeria cocoa prod", "prefix", "business_120.txt", "Nigeria to boost cocoa production"),
    ("Mac mini warm wel", "prefix", "tech_300.txt", "Apple Mac mini gets warm welcome"),
    ("Sun grid comp", "prefix", "tech_380.txt", "Sun offers processing by the hour"),
    ("Christina Agui", "prefix", "entertainment_260.txt", "Aguilera"),
    ("Eurotunnel low-cost air", "prefix", "business_500.txt", "Low-cost airlines hit Eurotunnel"),
    ("gordon br", "prefix", "politics_350.txt", "Gordon Brown"),
    ("Marsh McLen", "prefix", "business_333.txt", "McLennan"),
    ("Boogeyman box off", "prefix", "entertainment_380.txt", "Boogeyman takes box office lead"),
    # A name and nothing else.
    ("Jonathan Sayeed", "alone", "politics_410.txt", "Sayeed"),
    ("Ray Mallon", "alone", "politics_200.txt", "Mallon"),
    ("Eliot Spitzer", "alone", "business_333.txt", "Spitzer"),
    ("Duncan Bell", "alone", "sport_300.txt", "Duncan Bell"),
    ("Jean-Louis Raymond", "alone", "business_500.txt", "Jean-Louis Raymond"),
    ("Cormac Murphy-O'Connor", "alone", "politics_060.txt", "Murphy-O'Connor"),
    ("Paul Giamatti", "alone", "entertainment_030.txt", "Giamatti"),
    # How an analyst would put it.
    ("Nestle profits hit by poor summer weather", "paraphrase", "business_050.txt", "Bad weather hits Nestle sales"),
    ("Catholic church leader attacks cost of Iraq war", "paraphrase", "politics_060.txt", "Cardinal criticises Iraq war cost"),
    ("insurance broker investigated by regulator", "paraphrase", "business_333.txt", "Troubled Marsh under SEC scrutiny"),
    ("computer power rented by the hour", "paraphrase", "tech_380.txt", "Sun offers processing by the hour"),
    ("fraud website arrests in several countries", "paraphrase", "tech_120.txt", "Dozens held over ID fraud site"),
    ("Channel Tunnel revenue falls because of cheap flights", "paraphrase", "business_500.txt", "Low-cost airlines hit Eurotunnel"),
    ("Tory MP quits over paid Commons tours", "paraphrase", "politics_410.txt", "Sayeed to stand down as Tory MP"),
    ("horror film tops UK box office", "paraphrase", "entertainment_380.txt", "Boogeyman takes box office lead"),
]
