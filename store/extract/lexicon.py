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
    "chancellor": None, "premier": None, "pope": "m", "archbishop": None, "bishop": None,
    "ambassador": None, "commissioner": None, "chief": None, "minister": None,
}
# Titles that are also ordinary words; they count as titles only before a name.
WEAK_TITLES = {"president", "chancellor", "general", "chief", "minister", "justice", "judge",
               "father", "sister", "king", "queen", "prince", "princess", "premier", "governor",
               "captain", "commissioner", "ambassador", "bishop", "archbishop", "senator", "lady"}

# Verbs that introduce speech or a claim, by every inflection used in reporting.
_SPEECH_BASES = {
    "say": ["says", "said", "saying"],
    "tell": ["tells", "told", "telling"],
    "add": ["adds", "added", "adding"],
    "claim": ["claims", "claimed", "claiming"],
    "deny": ["denies", "denied", "denying"],
    "confirm": ["confirms", "confirmed", "confirming"],
    "warn": ["warns", "warned", "warning"],
    "insist": ["insists", "insisted", "insisting"],
    "reveal": ["reveals", "revealed", "revealing"],
    "hail": ["hails", "hailed", "hailing"],
    "question": ["questions", "questioned", "questioning"],
    "argue": ["argues", "argued", "arguing"],
    "state": ["states", "stated", "stating"],
    "explain": ["explains", "explained", "explaining"],
    "admit": ["admits", "admitted", "admitting"],
    "announce": ["announces", "announced", "announcing"],
    "suggest": ["suggests", "suggested", "suggesting"],
    "describe": ["describes", "described", "describing"],
    "write": ["writes", "wrote", "writing"],
    "ask": ["asks", "asked", "asking"],
    "reply": ["replies", "replied", "replying"],
    "respond": ["responds", "responded", "responding"],
    "acknowledge": ["acknowledges", "acknowledged", "acknowledging"],
    "believe": ["believes", "believed"],
    "predict": ["predicts", "predicted", "predicting"],
    "estimate": ["estimates", "estimated"],
    "stress": ["stresses", "stressed", "stressing"],
    "note": ["notes", "noted", "noting"],
    "declare": ["declares", "declared", "declaring"],
    "maintain": ["maintains", "maintained"],
    "promise": ["promises", "promised", "promising"],
    "pledge": ["pledges", "pledged", "pledging"],
    "urge": ["urges", "urged", "urging"],
    "accuse": ["accuses", "accused", "accusing"],
    "criticise": ["criticises", "criticised", "criticising", "criticizes", "criticized"],
    "condemn": ["condemns", "condemned", "condemning"],
    "call": ["calls", "called"],
    "tweet": ["tweets", "tweeted", "tweeting"],
    "post": ["posted"],
    "report": ["reports", "reported"],
    "comment": ["comments", "commented", "commenting"],
    "concede": ["concedes", "conceded", "conceding"],
    "recall": ["recalls", "recalled", "recalling"],
    "assert": ["asserts", "asserted", "asserting"],
    "allege": ["alleges", "alleged", "alleging"],
    "emphasise": ["emphasises", "emphasised", "emphasising", "emphasizes", "emphasized"],
    "complain": ["complains", "complained", "complaining"],
    "agree": ["agrees", "agreed"],
    "accept": ["accepts", "accepted"],
    "forecast": ["forecasts", "forecast"],
    "indicate": ["indicates", "indicated"],
    "signal": ["signals", "signalled", "signaled"],
    "vow": ["vows", "vowed", "vowing"],
    "boast": ["boasts", "boasted"],
    "joke": ["jokes", "joked"],
    "concur": ["concurred"],
    "shout": ["shouts", "shouted"],
    "continue": ["continued"],
    "conclude": ["concludes", "concluded"],
    "quip": ["quipped"],
    "brand": ["branded"],
    "dismiss": ["dismissed"],
    "refuse": ["refused"],
    "fear": ["fears", "feared"],
    "hope": ["hopes", "hoped"],
    "think": ["thinks", "thought"],
    "expect": ["expects", "expected"],
    "caution": ["cautions", "cautioned"],
}
SPEECH_VERBS: set[str] = set()
for _base, _forms in _SPEECH_BASES.items():
    SPEECH_VERBS.add(_base)
    SPEECH_VERBS.update(_forms)

# Verbs after which a quotation or reported clause follows directly (X said "...").
DIRECT_CUES = SPEECH_VERBS - {"hope", "hopes", "hoped", "fear", "fears", "feared", "expect",
                              "expects", "expected", "think", "thinks", "thought", "refused",
                              "refuse", "call", "calls", "called", "brand", "branded", "dismissed",
                              "dismiss", "accepted", "accept", "accepts", "agreed", "agree", "agrees"}
# Verbs that report speech only when a clause follows ("said that ...", "denied that ...").
INDIRECT_CUES = {
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "adding", "claim",
    "claims", "claimed", "deny", "denies", "denied", "confirm", "confirms", "confirmed", "warn",
    "warns", "warned", "warning", "insist", "insists", "insisted", "reveal", "reveals", "revealed",
    "argue", "argues", "argued", "state", "states", "stated", "explain", "explains", "explained",
    "admit", "admits", "admitted", "announce", "announces", "announced", "suggest", "suggests",
    "suggested", "acknowledge", "acknowledged", "predict", "predicted", "stress", "stressed",
    "note", "noted", "declare", "declared", "maintain", "maintained", "promise", "promised",
    "pledge", "pledged", "concede", "conceded", "allege", "believe", "believes", "believed",
    "alleged", "assert", "asserted", "emphasised", "emphasized", "complain", "complained",
    "agree", "agreed", "accept", "accepted", "forecast", "indicate", "indicated", "vow", "vowed",
    "insisting", "saying", "telling", "claiming", "denying", "confirming", "questioned", "questions", "reported", "reports", "conclude", "concluded",
    "concludes", "caution", "cautioned", "noting", "stressing", "explaining", "arguing",
    "suggesting", "wrote", "writes", "tweeted", "posted",
}


# Nouns naming a role a speaker may be referred to by ("the minister said").
ROLE_HEADS = {
    "secretary", "minister", "pm", "premier", "president", "chancellor", "leader", "spokesman",
    "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "official", "officials",
    "mp", "mps", "backbencher", "backbenchers", "peer", "senator", "governor", "mayor", "chairman",
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
    "prince",
}
# Words before a role that make its holder someone other than the role's holder: the
# shadow chancellor is not "the chancellor", nor the deputy mayor "the mayor".
NON_HOLDER_MODIFIERS = {"shadow", "deputy", "vice", "assistant", "junior", "former", "ex",
                        "under", "would-be", "prospective", "future", "aspiring"}
# Roles that are commonly abbreviated.
ROLE_SYNONYMS = {"pm": "prime minister", "prime minister": "prime minister",
                 "ceo": "chief executive", "chief executive officer": "chief executive"}

# Words that start sentences or headlines in capitals but never start a name.
FUNCTION_WORDS = set(["a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "by", "from", "with", "without", "within", "into", "onto", "upon", "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite", "down", "during", "except", "inside", "like", "near", "off", "out", "outside", "over", "past", "since", "through", "throughout", "till", "toward", "towards", "under", "underneath", "unlike", "until", "up", "via", "whether", "while", "although", "though", "because", "if", "unless", "when", "whenever", "where", "wherever", "whereas", "why", "how", "what", "which", "who", "whom", "whose", "that", "this", "these", "those", "there", "here", "then", "than", "thus", "hence", "also", "still", "even", "just", "only", "already", "again", "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "indeed", "perhaps", "it", "its", "it's", "he", "she", "they", "we", "i", "you", "me", "him", "her", "them", "us", "my", "your", "our", "their", "his", "hers", "theirs", "ours", "mine", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "yes", "all", "any", "both", "each", "every", "either", "neither", "few", "many", "more", "most", "much", "several", "some", "such", "other", "another", "own", "same", "one", "ones", "none", "nothing", "something", "anything", "everything", "someone", "anyone", "everyone", "nobody", "somebody", "anybody", "everybody", "today", "tonight", "yesterday", "tomorrow", "now", "later", "earlier", "soon", "recently", "once", "twice", "first", "second", "third", "last", "next", "new", "old", "mr", "ms", "mrs", "ahead", "asked", "according", "speaking", "commenting", "writing", "following", "given", "having", "despite", "amid", "says", "said", "saying", "tell", "told", "while", "whilst", "let", "lets", "please", "thanks", "thank", "well", "oh"])

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
    "Office", "Budget", "Election", "Freedom", "Archbishop", "Consort", "Nations", "Government",
    "Parliament", "Cabinet", "Minister", "Secretary", "President", "Chancellor", "Prime",
    "Sport", "News", "Business", "Technology", "Entertainment", "Politics", "Health",
}
