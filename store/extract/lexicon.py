"""Word lists of the English news register: titles, speech verbs, role nouns, function words.

These describe how news is written in general (who "said", what a "spokesperson" is, that
"Sir" is a title); nothing here names a particular article's people, places or numbers.
"""

from __future__ import annotations

# Honorifics stripped from names; the value is the gender they imply, if any.
TITLES: dict[str, str | None] = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "baron": "m", "king": "m", "prince": "m",
    "ms": "f", "mrs": "f", "miss": "f", "dame": "f", "lady": "f", "baroness": "f", "queen": "f",
    "princess": "f", "madam": "f",
    "dr": None, "prof": None, "professor": None, "rev": None, "reverend": None, "cllr": None,
    "councillor": None, "judge": None, "justice": None, "father": "m", "sister": "f",
    "president": None, "senator": None, "sen": None, "rep": None, "gov": None, "governor": None,
    "gen": None, "general": None, "col": None, "colonel": None, "capt": None, "captain": None,
    "sgt": None, "sergeant": None, "lt": None, "supt": None, "insp": None, "det": None,
    "const": None, "cst": None, "cpl": None, "coun": None,  # police ranks, a councillor
    "chancellor": None, "premier": None, "pope": "m", "archbishop": None, "bishop": None,
    "ambassador": None, "commissioner": None, "chief": None, "minister": None,
    "cardinal": "m", "rabbi": None, "imam": None, "canon": None, "pastor": None,
}
# Titles that are also ordinary words; they count as titles only before a name.
WEAK_TITLES = {"president", "chancellor", "general", "chief", "minister", "justice", "judge",
               "father", "sister", "king", "queen", "prince", "princess", "premier", "governor",
               "captain", "commissioner", "ambassador", "bishop", "archbishop", "senator", "lady",
               "canon", "pastor"}

# The one table of reporting verbs: each base with its inflections and how it reports.
#   direct:   a quotation may follow or precede it ("X said: '...'", "'...,' X warned")
#   indirect: a reported clause may follow it ("X said (that) ...", "X denied ...")
#   directive: an object and a to-infinitive report a demand ("X urged ministers to act",
#              "X called on the council to ...", with the particle in DIRECTIVE_PARTICLES)
#   that:     it reports only a clause opened by "that" ("the survey found that ...") and
#             does not make a name before it a speaker
#   addressee: whom it was said to stands before the clause ("told reporters (that) ...",
#              "assured suppliers that ..."); addressee?: may stand ("warned investors that")
#   object:   the noun right after it is whom it is aimed at ("accused ministers of ...",
#             "hailed the deal as ..."), never its speaker
# Every cue set below is derived from this table.
_D, _I, _DI = ("direct",), ("indirect",), ("direct", "indirect")
SPEECH_VERB_TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "say": (("says", "said", "saying"), _DI),
    "tell": (("tells", "told", "telling"), ("direct", "indirect", "addressee")),
    "add": (("adds", "added", "adding"), _DI),
    "claim": (("claims", "claimed", "claiming"), _DI),
    "deny": (("denies", "denied", "denying"), _DI),
    "confirm": (("confirms", "confirmed", "confirming"), _DI),
    "warn": (("warns", "warned", "warning"), ("direct", "indirect", "addressee?")),
    "insist": (("insists", "insisted", "insisting"), _DI),
    "reveal": (("reveals", "revealed", "revealing"), _DI),
    "hail": (("hails", "hailed", "hailing"), ("direct", "object")),
    "question": (("questions", "questioned", "questioning"), _DI),
    "argue": (("argues", "argued", "arguing"), _DI),
    "state": (("states", "stated", "stating"), _DI),
    "explain": (("explains", "explained", "explaining"), _DI),
    "admit": (("admits", "admitted", "admitting"), _DI),
    "announce": (("announces", "announced", "announcing"), _DI),
    "suggest": (("suggests", "suggested", "suggesting"), _DI),
    "describe": (("describes", "described", "describing"), ("direct", "object")),
    "write": (("writes", "wrote", "writing"), _DI),
    "ask": (("asks", "asked", "asking"), _D),
    "reply": (("replies", "replied", "replying"), _D),
    "respond": (("responds", "responded", "responding"), _D),
    "acknowledge": (("acknowledges", "acknowledged", "acknowledging"), _DI),
    "believe": (("believes", "believed"), _DI),
    "predict": (("predicts", "predicted", "predicting"), _DI),
    "estimate": (("estimates", "estimated"), _DI),
    "speculate": (("speculates", "speculated", "speculating"), _DI),
    "stress": (("stresses", "stressed", "stressing"), _DI),
    "note": (("notes", "noted", "noting"), _DI),
    "declare": (("declares", "declared", "declaring"), _DI),
    "maintain": (("maintains", "maintained"), _DI),
    "promise": (("promises", "promised", "promising"), ("direct", "indirect", "addressee?")),
    "pledge": (("pledges", "pledged", "pledging"), _DI),
    "urge": (("urges", "urged", "urging"), ("direct", "directive", "object")),
    "accuse": (("accuses", "accused", "accusing"), ("direct", "object")),
    "criticise": (("criticises", "criticised", "criticising", "criticizes", "criticized"), ("direct", "object")),
    "condemn": (("condemns", "condemned", "condemning"), ("direct", "object")),
    "call": (("calls", "called", "calling"), ("directive",)),
    "plead": (("pleads", "pleaded", "pleading"), ("directive",)),
    "appeal": (("appeals", "appealed", "appealing"), ("directive",)),
    "tweet": (("tweets", "tweeted", "tweeting"), _DI),
    "post": (("posted",), _DI),
    "report": (("reports", "reported"), _DI),
    "comment": (("comments", "commented", "commenting"), _D),
    "concede": (("concedes", "conceded", "conceding"), _DI),
    "recall": (("recalls", "recalled", "recalling"), _D),
    "assert": (("asserts", "asserted", "asserting"), _DI),
    "allege": (("alleges", "alleged", "alleging"), _DI),
    "emphasise": (("emphasises", "emphasised", "emphasising", "emphasizes", "emphasized"), _DI),
    "complain": (("complains", "complained", "complaining"), _DI),
    "agree": (("agrees", "agreed"), _I),
    "accept": (("accepts", "accepted"), _I),
    "forecast": (("forecasts", "forecast"), _DI),
    "indicate": (("indicates", "indicated"), _DI),
    "signal": (("signals", "signalled", "signaled"), _D),
    "vow": (("vows", "vowed", "vowing"), _DI),
    "boast": (("boasts", "boasted"), _D),
    "joke": (("jokes", "joked"), _D),
    "concur": (("concurred",), _D),
    "shout": (("shouts", "shouted"), _D),
    "continue": (("continued",), _D),
    "conclude": (("concludes", "concluded"), _DI),
    "quip": (("quipped",), _D),
    "brand": (("branded",), ()),
    "dismiss": (("dismissed",), ()),
    "refuse": (("refused",), ()),
    "fear": (("fears", "feared"), ()),
    "hope": (("hopes", "hoped"), ()),
    "think": (("thinks", "thought"), ()),
    "expect": (("expects", "expected"), ("directive",)),
    "caution": (("cautions", "cautioned"), _DI),
    "demand": (("demands", "demanded", "demanding"), _I),
    "find": (("finds", "found"), ("indirect", "that")),
    "assure": (("assures", "assured", "assuring"), ("indirect", "addressee")),
    "remind": (("reminds", "reminded", "reminding"), ("indirect", "addressee")),
    "inform": (("informs", "informed", "informing"), ("indirect", "addressee")),
}


# Reporting verbs that report only with the word after them ("pointed out that ...", "made
# it clear that ...", "is confident the plan will work"): kept out of the table because
# "point", "make" and "is" alone report nothing.
PHRASAL_REPORTS: dict[str, tuple[str, ...]] = {
    "out": ("point", "points", "pointed", "pointing"),
    "clear": ("make", "makes", "made", "making"),
    "confident": ("is", "are", "was", "were", "remains", "remained"),
    "adamant": ("is", "are", "was", "were", "remains", "remained"),
}

# Bases far more often nouns than verbs in news ("the NIESR report was optimistic"): their
# inflected forms are cues, the bare word is not.
_NOUN_BASES = {"report", "demand"}


def _cues(use: str | None) -> set[str]:
    return {word for base, (forms, uses) in SPEECH_VERB_TABLE.items() if use is None or use in uses
            for word in (base, *forms) if use is None or word not in _NOUN_BASES}


# Every reporting verb form, whatever it introduces (a name before one is speaking).
SPEECH_VERBS: set[str] = _cues(None) - _cues("that")
# Verbs after or before which a quotation stands (X said "...").
DIRECT_CUES = _cues("direct")
# Verbs that report speech when a clause follows ("said that ...", "denied ...").
INDIRECT_CUES = _cues("indirect")
# Finite verbs that may close a sentence's attribution after the report ("..., officials
# have said.", "..., analysts warn.", "..., said the report.").
TRAILING_CUES = {word for word in DIRECT_CUES | INDIRECT_CUES
                 if not word.endswith("ing") and word not in _cues("that")}
# Verbs that report a demand: object, then a to-infinitive ("urged ministers to act").
DIRECTIVE_CUES = _cues("directive")
# Verbs that state a view rather than report words ("believes", "expects", "found"): a
# clause holding one may itself be someone's words ("Buyers expect prices to rise, the
# agent said").
STANCE_CUES = {word for base in ("believe", "expect", "think", "hope", "fear", "find", "estimate", "predict")
               for word in (base, *SPEECH_VERB_TABLE[base][0])}
# Verbs that report only a clause opened by "that".
THAT_ONLY_CUES = _cues("that")
# Verbs whose addressee stands between them and the reported clause: always ("told the
# court ...") or sometimes ("warned investors that ...", "warned prices would fall").
ADDRESSEE_CUES = _cues("addressee")
OPTIONAL_ADDRESSEE_CUES = _cues("addressee?")
# Verbs whose noun after them is whom they address or aim at: after a comma they open no
# inverted attribution ("..., said Mr Hill" names a speaker; "..., accused ministers of
# ..." does not).
OBJECT_CUES = _cues("object") | ADDRESSEE_CUES
# The particle a directive verb needs before its object ("called on", "pleaded with").
DIRECTIVE_PARTICLES = {word: particle
                       for base, particle in {"call": "on", "plead": "with", "appeal": "to"}.items()
                       for word in (base, *SPEECH_VERB_TABLE[base][0])}


# A person by sex alone: "A woman said" is an unnamed speaker, but "the 22-cap Dragons man
# says" is an epithet for someone named, not a role to keep unresolved.
PLAIN_PERSON_NOUNS = ("man", "woman")

# Roles in a band or on a stage: "Franz Ferdinand frontman Alex Kapranos", "the drummer
# with Halvor said".
STAGE_ROLES = ("frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "rapper", "comedian")
# Nouns naming a role a speaker may be referred to by ("the minister said").
ROLE_HEADS = {
    "secretary", "minister", "pm", "premier", "president", "chancellor", "leader", "spokesman",
    "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "official", "officials",
    "mp", "mps", "mep", "meps", "msp", "msps", "backbencher", "backbenchers", "peer", "senator", "governor", "mayor", "chairman",
    "chairwoman", "chair", "chief", "executive", "director", "head", "boss", "analyst", "analysts",
    "economist", "economists", "expert", "experts", "campaigner", "campaigners", "lawyer",
    "lawyers", "officer", "officers", "commissioner", "ambassador", "envoy", "adviser", "advisor",
    "aide", "aides", "insider", "insiders", "candidate", "founder", "manager", "coach",
    "captain", "judge", "prosecutor", "prosecutors", "police", "spokesmen", "spokeswomen",
    "councillor", "diplomat", "diplomats", "researcher", "researchers",
    "professor", "scientist", "scientists", "doctor", "doctors", "witness", "witnesses",
    "resident", "residents", "member", "members", "representative", "representatives",
    "negotiator", "negotiators", "investor", "investors", "trader", "traders", "union",
    "unions", "regulator", "regulators", "authorities", "ministers", "leaders", "player",
    "striker", "defender", "midfielder", "goalkeeper", "star", "singer", "actor", "actress",
    "director-general", "secretary-general", "commander", "general", "king", "queen",
    "prince", "correspondent", "reporter", "editor", "archbishop", "bishop", "cardinal", "pope",
    "coroner", "ombudsman", "constable", "sheriff", *STAGE_ROLES, "attorney", "solicitor", "barrister",
    "agent", "owner", "chef", "pilot", "farmer", "athlete",
    # people named by what befell them or where they are ("One victim told ...", "A woman
    # said ...", "passengers said"): unnamed speakers, never roles of a named person
    "victim", "victims", "survivor", "survivors", *PLAIN_PERSON_NOUNS, "passenger", "passengers",
    "patient", "patients", "neighbour", "neighbours", "customer", "customers", "employee", "employees", "nurse", "nurses", "teacher", "teachers",
    "student", "students", "fan", "fans", "relative", "relatives", "eyewitness", "eyewitnesses",
}
# Plural nouns that name a group speaking with no article ("police said", "Officials say",
# "MPs urged"): a group, never a name, even when capitalised at a sentence's start.
BARE_GROUP_NOUNS = {
    "police", "critics", "academics", "pundits", "groups", "agencies", "organisations", "organizations",
    "charities",
} | {word for word in ROLE_HEADS if word.endswith("s") and not word.endswith("ss")}
# Titles of peers, whose "of" phrase names their seat ("Lord Irvine of Lairg").
PEER_TITLES = {"lord", "lady", "baron", "baroness", "earl", "countess", "duke", "duchess", "viscount", "marquess"}
# Titles that are offices: the holder is also "the cardinal", "the archbishop".
OFFICE_TITLES = {"archbishop", "bishop", "cardinal", "pope", "rabbi", "imam"}
# The gender a personal pronoun points to.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

# Words before a role that make its holder someone other than the role's holder: the
# shadow chancellor is not "the chancellor", nor the deputy mayor "the mayor".
NON_HOLDER_MODIFIERS = {"shadow", "deputy", "vice", "assistant", "junior", "former", "ex",
                        "under", "would-be", "prospective", "future", "aspiring"}
# Words that open a role phrase before its role noun ("Grand Chief", "National Chief",
# "Acting Commissioner"): after a body's name they start the role, not end the name.
ROLE_MODIFIERS = {"grand", "national", "regional", "acting", "interim", "vice", "assistant", "associate",
                  "senior"}
# Roles that are commonly abbreviated.
ROLE_SYNONYMS = {"pm": "prime minister", "prime minister": "prime minister",
                 "ceo": "chief executive", "chief executive officer": "chief executive"}

# Words that start sentences or headlines in capitals but never start a name.
FUNCTION_WORDS = set(["a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "by", "from", "with", "without", "within", "into", "onto", "upon", "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite", "down", "during", "except", "inside", "like", "near", "off", "out", "outside", "over", "past", "since", "through", "throughout", "till", "toward", "towards", "under", "underneath", "unlike", "until", "up", "via", "whether", "while", "although", "though", "because", "if", "unless", "when", "whenever", "where", "wherever", "whereas", "why", "how", "what", "which", "who", "whom", "whose", "that", "this", "these", "those", "there", "here", "then", "than", "thus", "hence", "also", "still", "even", "just", "only", "already", "again", "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "indeed", "perhaps", "it", "its", "it's", "he", "she", "they", "we", "i", "you", "me", "him", "her", "them", "us", "my", "your", "our", "their", "his", "hers", "theirs", "ours", "mine", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "yes", "all", "any", "both", "each", "every", "either", "neither", "few", "many", "more", "most", "much", "several", "some", "such", "other", "another", "own", "same", "one", "ones", "none", "nothing", "something", "anything", "everything", "someone", "anyone", "everyone", "nobody", "somebody", "anybody", "everybody", "today", "tonight", "yesterday", "tomorrow", "now", "later", "earlier", "soon", "recently", "once", "twice", "first", "second", "third", "last", "next", "new", "old", "mr", "ms", "mrs", "ahead", "asked", "according", "speaking", "commenting", "writing", "following", "given", "having", "despite", "amid", "says", "said", "saying", "tell", "told", "while", "whilst", "let", "lets", "please", "thanks", "thank", "well", "oh"])

# Prepositions title case writes with a capital: inside a name, a body's ("Mothers Against
# Drunk Driving", "Doctors Without Borders"), never a person's.
TITLE_CASE_PREPOSITIONS = {"against", "without", "within", "across", "beyond", "behind", "under", "after",
                           "before", "between", "through", "towards", "toward", "among", "into", "with"}

# Abbreviations with a stop inside names: "St. Catharines", "Ste. Anne", "Mt. Everest", "Ft. McMurray".
NAME_ABBREVIATIONS = {"st", "ste", "mt", "ft"}

DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

# The last word of an organisation's name ("Refugee Council", "Home Office").
ORG_HEADS = {
    "agency", "office", "ministry", "department", "council", "commission", "committee",
    "party", "union", "association", "institute", "institution", "university", "college",
    "school", "bank", "group", "corporation", "corp", "inc", "ltd", "plc", "llc", "company",
    "co", "international", "watch", "foundation", "trust", "fund", "centre", "center",
    "authority", "service", "services", "command", "court", "police", "force", "forces",
    "army", "navy", "news", "times", "post", "guardian", "telegraph", "journal", "herald",
    "tribune", "mail", "express", "mirror", "independent", "observer", "gazette", "press",
    "network", "broadcasting", "radio", "television", "tv", "federation", "league", "club",
    "board", "cabinet", "parliament", "assembly", "congress", "senate", "government",
    "administration", "organisation", "organization", "society", "alliance", "coalition",
    "movement", "front", "partnership", "airlines", "airways", "motors",
    "industries", "holdings", "bureau", "reserve", "exchange", "commons", "lords",
    "tribunal", "hospital", "charity", "campaign", "forum", "project", "programme",
    "channel", "records", "studios", "pictures", "entertainment", "media", "labs",
    "technologies", "systems", "energy", "oil", "petroleum", "telecom", "communications",
    "united", "city", "rovers", "athletic", "wanderers", "fc", "executive", "observatory",
    "initiative", "consortium", "confederation", "unit", "squad", "team", "taskforce",
    "nation",  # "Red Pine Cree Nation", "Navajo Nation" (not "Six Nations", a tournament)
}
# Acronyms that are places rather than organisations.
PLACE_ACRONYMS = {"UK": "United Kingdom", "US": "United States", "USA": "United States",
                  "UAE": "United Arab Emirates", "DRC": "Democratic Republic of the Congo"}
# Political parties and their short forms, as news writes them.
PARTIES = {
    "Labour": "Labour", "Labour Party": "Labour", "Conservatives": "Conservative Party",
    "Conservative Party": "Conservative Party", "Tories": "Conservative Party",
    "Tory": "Conservative Party", "Tory party": "Conservative Party",
    "Liberal Democrats": "Liberal Democrats", "Lib Dems": "Liberal Democrats",
    "Lib Dem": "Liberal Democrats", "SNP": "Scottish National Party",
    "Scottish National Party": "Scottish National Party", "Plaid Cymru": "Plaid Cymru",
    "Reform UK": "Reform UK", "Green Party": "Green Party", "Greens": "Green Party",
    "Democrats": "Democratic Party", "Democratic Party": "Democratic Party",
    "Republicans": "Republican Party", "Republican Party": "Republican Party",
    "GOP": "Republican Party", "UKIP": "UK Independence Party", "DUP": "Democratic Unionist Party",
    "Sinn Fein": "Sinn Féin", "Sinn Féin": "Sinn Féin",
}

# Capitalised words that are never an actor on their own: common-noun acronyms, the pronoun
# "I", and nouns that are capitalised as titles or headings but name nobody in particular.
NOT_ACTORS = {
    "I", "TV", "CD", "CDs", "DVD", "DVDs", "DIY", "CEO", "CEOs", "GDP", "VAT", "AWOL", "PC",
    "PCs", "PR", "AI", "HIV", "Aids", "AIDS", "SMS", "MP3", "OK", "Ok", "FAQ", "ID", "IQ", "IT",
    "HQ", "PS", "AM", "PM", "ETA", "RIP", "VIP", "VIPs", "ASAP", "DNA", "CCTV", "GMT", "BST",
    # honours after a name, and things rather than bodies
    "OBE", "MBE", "CBE", "KBE", "PVR", "PVRs", "VOD", "HD", "HDTV", "PDA", "PDAs", "GPS", "PIN",
    "SUV", "SUVs", "LCD", "IPO", "GP", "GPs", "QC", "PINs",
    "Office", "Budget", "Election", "Freedom", "Archbishop", "Consort", "Nation", "Nations", "Government",
    "Parliament", "Cabinet", "Minister", "Secretary", "President", "Chancellor", "Prime",
    "Sport", "News", "Business", "Technology", "Entertainment", "Politics", "Health",
}

# ----- names (store/extract/names.py) and speakers (store/extract/speakers.py) -----

# Role nouns that end a role phrase placed before a name ("Transport Secretary Louise Haigh").
PERSON_ROLES = {
    "secretary", "minister", "mp", "mep", "msp", "backbencher", "president", "chancellor", "leader",
    "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "senator", "chairman", "chairwoman",
    "director", "ambassador", "commissioner", "envoy", "premier", "pm", "executive", "chief",
    "manager", "coach", "boss", "founder", "analyst", "economist", "campaigner", "adviser",
    "advisor", "lawyer", "judge", "officer", "head", "editor", "correspondent", "presenter",
    "captain", "striker", "midfielder", "defender", "goalkeeper", "star", "actor", "actress",
    "singer", "designer", "author", "writer", "producer", "owner", "chair", "deputy", "peer",
    "councillor", "inspector", "superintendent", "commander", "general", "colonel", "professor",
    "researcher", "scientist", "doctor", "candidate", "rival", "partner", "member", "vice-president",
    "constable", "sergeant", "detective", "archbishop", "bishop", "treasurer", "attorney", "prosecutor",
    "ceo", "cfo", "mpp", "mla", "mna",  # "BMO CEO Darryl White", "NDP MPP Jill Andrew"
    # positions in team sports, written in lower case before a player ("Flames winger X")
    "forward", "winger", "goaltender", "goalie", "defenceman", "defenseman", "quarterback", "pitcher",
    # ... and in a band or on a stage
    *STAGE_ROLES,
}

# Roles held for a seat: the place after "for" is an actor of its own ("MP for Witney").
SEAT_ROLES = {"mp", "msp", "mep", "mpp", "mla", "mna"}

# Particles inside a person's name ("van der", "bin").
NAME_PARTICLES = {"de", "du", "da", "di", "del", "della", "la", "le", "van", "von", "der", "den", "bin", "al"}

# Lower-case words (and "&") a name may run through ("Bank of England", "Charles de Gaulle").
NAME_CONNECTORS = NAME_PARTICLES | {"of", "for", "&", "the"}

# Last words of a place's name ("Heathrow Airport", "Lake Geneva").
PLACE_HEADS = {"airport", "station", "harbour", "port", "bridge", "square", "island", "islands",
                "river", "valley", "mountains", "lake", "bay", "coast", "county", "province",
                "region", "peninsula", "strait", "canal", "desert", "forest", "beach", "street",
                "road", "avenue", "park", "borough", "village", "town", "city", "parade", "promenade",
                "esplanade", "boulevard", "lane", "crescent", "highway", "motorway", "district", "suburb",
                "mountain"}

# Of those, the heads no person's surname ends in: "Campbell Parade" is a place even after a
# first name ("Street", "Lane", "Park" are surnames too).
STREET_HEADS = {"road", "avenue", "parade", "promenade", "esplanade", "boulevard", "crescent", "highway",
                "motorway", "airport"}

# The sides of a place: "Queen Street East", "North Korea".
COMPASS_POINTS = {"north", "south", "east", "west"}

# Words that make part of a country a place ("Western Canada", "Rural Ireland"); any other
# word before a country's name makes a national body ("Statistics Canada", "Sport England").
REGION_OF_COUNTRY = COMPASS_POINTS | {"northern", "southern", "eastern", "western", "central", "greater", "upper", "lower", "rural", "urban", "mainland", "coastal",
                     "inner", "outer", "northeast", "northwest", "southeast", "southwest", "all", "new",
                     "old", "modern", "ancient", "british", "french", "english", "spanish"}

# Last words of a contest's or an award's name ("Davis Cup", "Booker Prize", "Australian
# Open"): listed as bodies, as news treats them, and never as people.
EVENT_HEADS = {"cup", "trophy", "prize", "award", "awards", "games", "open", "championship",
               "championships", "festival", "olympics", "prix", "series", "tournament", "marathon"}

# Common irregular past tenses: a clause's finite verb where no "-ed" shows one ("Wal-Mart
# knew of the word because ...").
IRREGULAR_PAST = {
    "knew", "went", "came", "took", "made", "gave", "found", "thought", "began", "became",
    "brought", "bought", "caught", "chose", "drove", "fell", "felt", "fought", "grew", "held",
    "kept", "left", "led", "lost", "met", "paid", "ran", "rose", "sat", "saw", "sent", "sold",
    "spent", "stood", "struck", "threw", "understood", "won", "wrote", "broke", "got", "meant",
    "told", "said", "heard", "built", "forgot", "hid", "sought", "taught", "wore", "spoke",
}

# Numbers written as words: a capitalised one starts a sentence, not a name.
COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
                 "million", "billion", "dozens", "hundreds", "thousands", "millions"}

# Heads that join "of" to the name after them ("Republic of Ireland", "Duke of York").
JOIN_HEADS = {"republic", "kingdom", "isle", "isles", "museum", "secretary", "duke", "duchess",
               "earl", "house", "chamber", "state", "states", "church", "friends", "people",
               "gulf", "sea", "cape", "bay", "lake", "mount", "order", "academy", "society",
               "chancellor", "minister", "director", "head", "leader"}


# The fields a body covers, joined by "and" inside its name ("Ministry of Culture and Sport").
FIELD_WORDS = {"industry", "skills", "science", "technology", "culture", "media", "sport", "health",
                "education", "environment", "rural", "affairs", "commerce", "energy", "transport",
                "regions", "development", "employment", "pensions", "innovation", "enterprise",
                "justice", "security", "welfare", "trade", "finance", "social", "services", "public",
                "entertainment", "leisure", "project", "research",
                # the fields of government departments ("Fisheries and Oceans Canada",
                # "Ministry of Children and Family Development")
                "agriculture", "food", "fisheries", "oceans", "forestry", "forests", "mines",
                "resources", "immigration", "citizenship", "refugees", "training",
                "tourism", "housing", "infrastructure", "heritage", "arts", "climate",
                "families", "children", "seniors", "youth", "women", "veterans", "communities"}

# Heads that, with "the", point back to the organisation just named ("the US company").
BACK_REFERENCE_HEADS = ("company", "firm", "group", "bank", "club", "carrier", "airline", "retailer", "maker",
               "board", "broadcaster", "network", "manufacturer", "operator", "bookmaker", "studio",
               "label", "publisher", "insurer", "lender", "supermarket", "chain", "giant")

# Of those, the heads that name a business: "the company" never points back to a court or
# a ministry named after it (a name headed by one of `PUBLIC_BODY_HEADS`).
BUSINESS_HEADS = set(BACK_REFERENCE_HEADS) - {"group", "club", "board", "network"}
PUBLIC_BODY_HEADS = {"court", "bureau", "ministry", "department", "council", "committee", "commission",
                     "parliament", "assembly", "senate", "government", "police", "service", "university",
                     "college", "school", "hospital", "party", "agency", "authority", "tribunal",
                     "office", "association", "federation", "institute", "foundation", "charity", "society",
                     "church", "army", "navy", "embassy", "inquiry", "regulator", "watchdog"}

# An organisation written as a common noun ("the ministry", "Italy's interior ministry").
ORG_NOUNS = ("ministry", "department", "government", "police", "army", "council", "agency",
              "office", "court", "commission", "committee", "union", "party", "regulator",
              "watchdog", "charity", "authority", "authorities", "newspaper", "magazine", *BACK_REFERENCE_HEADS)

# A body's own nouns after its name: "the Alberta Wildfire agency said", "the Herald newspaper"
# (not the nouns that point back to a body named before: "the US company", "the German firm").
NAMED_BODY_NOUNS = ("agency", "ministry", "department", "council", "commission", "committee", "charity",
                    "authority", "newspaper", "magazine")

# Nouns that introduce a company's name: "IT firm Dimension Data", "budget airline easyJet".
COMPANY_NOUNS = (
    "firm", "company", "group", "giant", "maker", "carmaker", "retailer", "supermarket", "chain",
    "airline", "carrier", "bank", "lender", "insurer", "broadcaster", "newspaper", "publisher",
    "label", "studio", "network", "operator", "provider", "charity", "union", "website",
    "platform", "start-up", "startup", "manufacturer", "producer", "brand", "rival",
    "conglomerate", "watchdog", "regulator", "agency", "body", "organisation", "organization",
    "party", "club", "team", "side", "outfit", "developer", "distributor", "supplier", "owner",
    "consortium", "fund", "investor", "exchange",
)

# Documents that speak for whoever issued them ("the report said", "said a World Bank
# study"), with the words that may qualify them. Before the verb the longer lists are read
# ("a Daily Telegraph poll of 1,313 people suggests", "a further recent survey said").
DOCUMENT_NOUNS = ("report", "statement", "study", "survey", "review", "ruling", "judgment", "judgement",
                  "assessment", "analysis", "filing", "release")
# A court filing speaks for itself: its author is the plaintiff or the prosecutor, seldom
# named with it, and never the body named last (most often the one it accuses).
LEGAL_DOCUMENT_NOUNS = ("lawsuit", "suit", "complaint", "indictment", "affidavit", "petition",
                        "statement of claim", "court documents", "court filings")
DOCUMENT_NOUNS_BEFORE = (*DOCUMENT_NOUNS, "poll", "document", "letter", "paper", "guidance", "memo",
                         "submission", *LEGAL_DOCUMENT_NOUNS)
DOCUMENT_MODIFIERS = ("new", "latest", "annual", "written", "official", "final", "draft")
DOCUMENT_MODIFIERS_BEFORE = (*DOCUMENT_MODIFIERS, "further", "recent", "separate", "joint", "independent",
                             "government", "online", "opinion", "second", "third", "proposed", "civil",
                             "class-action")

# Participles that continue a report ("..., adding that ...", "..., saying ...").
REPORTING_PARTICIPLES = {"adding", "saying", "insisting", "warning", "claiming", "arguing", "stressing",
                "explaining", "noting", "suggesting", "telling", "denying", "confirming",
                "revealing", "stating", "declaring", "accusing", "urging", "describing", "writing",
                "admitting", "acknowledging", "announcing", "asserting", "predicting"}
# A participle naming what something is: the fragment it quotes is the sentence subject's
# ("..., calling the crash "entirely preventable""), but it goes on with the report it
# follows rather than starting one ("opposed the plan, calling it "damaging"").
NAMING_PARTICIPLES = {"calling"}

# Who speaks for an organisation without being named.
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources",
           "official", "officials", "insider", "insiders", "representative", "aide", "aides"}

# Corporate words a company's full name ends in, dropped when it is named again
# ("Contrack International" ... "Contrack").
CORPORATE_SUFFIXES = {"international", "group", "holdings", "inc", "ltd", "plc", "corporation", "corp",
                      "company", "co", "industries", "limited", "llc", "ag", "sa", "nv", "gmbh"}

# Unnamed speakers who are one person, with the pronoun that can refer back to them
# ("A Labour spokesman said ... He added"): "?" when either may.
ONE_PERSON_HEADS = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
                    "spokesperson": "?", "source": "?", "official": "?", "aide": "?",
                    "insider": "?", "representative": "?", "analyst": "?", "adviser": "?",
                    "woman": "f", "man": "m", "victim": "?", "survivor": "?", "passenger": "?",
                    "patient": "?", "resident": "?", "neighbour": "?", "witness": "?",
                    "eyewitness": "?"}

# Letters written after a person's name, not part of it ("Lena Hart OBE", "Tom Reid MSP").
HONOURS = {"OBE", "MBE", "CBE", "KBE", "QC", "KC", "PhD", "FRS"}
POST_NOMINALS = HONOURS | {"MP", "MSP", "MEP", "AM", "MLA"}

# Bodies named with a number: broadcasters ("Channel 4", "BBC Radio 2", "Radio 5 Live") and
# a union's branches ("Amalgamated Transit Union Local 1505", "CUPE Local 79").
NUMBERED_BODY_HEADS = {"Channel", "Radio", "Local"}

# Kin named before a first name set off by commas ("Gill's daughter, Simran, said"), with
# the gender each says.
KIN_NOUNS = {"daughter": "f", "son": "m", "wife": "f", "husband": "m", "mother": "f", "father": "m",
             "sister": "f", "brother": "m", "niece": "f", "nephew": "m", "aunt": "f", "uncle": "m",
             "grandmother": "f", "grandfather": "m", "granddaughter": "f", "grandson": "m",
             "widow": "f", "widower": "m", "girlfriend": "f", "boyfriend": "m", "fiancee": "f",
             "fiancée": "f", "fiance": "m", "fiancé": "m", "partner": None, "cousin": None}
