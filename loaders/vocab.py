"""The vocabularies extraction relies on, each in one place as data.

Every rule elsewhere refers to these sets by name; adding a speech verb or a title word
here is the whole change needed to teach the extractor about it.
"""

from __future__ import annotations

# Verbs that introduce reported speech, in every inflection a release uses them.
# Base form -> the forms seen before or after a speaker ("said", "says", "saying").
_SPEECH_VERB_BASES = {
    "say": ("said", "says", "say", "saying"),
    "state": ("stated", "states", "state", "stating"),
    "add": ("added", "adds", "add", "adding"),
    "note": ("noted", "notes", "noting"),
    "explain": ("explained", "explains", "explaining"),
    "comment": ("commented", "comments"),
    "announce": ("announced", "announces"),
    "tell": ("told", "tells", "telling"),
    "remark": ("remarked", "remarks"),
    "continue": ("continued", "continues"),
    "emphasize": ("emphasized", "emphasizes", "emphasised", "emphasizing"),
    "urge": ("urged", "urges", "urging"),
    "warn": ("warned", "warns", "warning"),
    "declare": ("declared", "declares", "declaring"),
    "observe": ("observed", "observes"),
    "write": ("wrote", "writes", "written", "writing"),
    "read": ("read",),  # "“…,” she read." (a letter read aloud)
    "tweet": ("tweeted", "tweets", "posted"),
    "acknowledge": ("acknowledged", "acknowledges"),
    "affirm": ("affirmed",),
    "assert": ("asserted", "asserts"),
    "ask": ("asked", "asks"),
    "answer": ("answered",),
    "reply": ("replied",),
    "respond": ("responded",),
    "recall": ("recalled", "recalls"),
    "describe": ("described", "describes", "describing"),
    "call": ("called", "calls", "calling"),
    "praise": ("praised", "praises"),
    "address": ("addressed",),
    "credit": ("credited", "credits"),
    "highlight": ("highlighted", "highlights"),
    "stress": ("stressed", "stresses", "stressing"),
    "point out": ("pointed out",),
    "insist": ("insisted", "insisting"),
    "concluded": ("concluded", "concludes"),
    "testify": ("testified",),
    "admit": ("admitted",),
    "argue": ("argued", "argues", "arguing"),
    "predict": ("predicted",),
    "promise": ("promised",),
    "vow": ("vowed",),
    "pledge": ("pledged",),
    "report": ("reported",),
    "exclaim": ("exclaimed",),
    "joke": ("joked",),
    "reflect": ("reflected",),
    "share": ("shared",),
    "agree": ("agreed",),
    "cheer": ("cheered",),
    "chant": ("chanted",),
    "applaud": ("applauded",),
    "celebrate": ("celebrated",),
    "welcome": ("welcomed",),
    "thank": ("thanked",),
    "commend": ("commended",),
    "reiterate": ("reiterated",),
    "underscore": ("underscored",),
    "confirm": ("confirmed",),
    "claim": ("claimed",),
    "boast": ("boasted",),
    "lament": ("lamented",),
    "admonish": ("admonished",),
    "advise": ("advised",),
    "caution": ("cautioned",),
    "mention": ("mentioned",),
    "indicate": ("indicated",),
    "suggest": ("suggested",),
    "conclude": ("concluded",),
    "speak": ("spoke",),
    "proclaim": ("proclaimed", "proclaiming"),
    "pray": ("prayed",),
    "yell": ("yelled",),
    "shout": ("shouted", "shouting", "shout"),
    "scream": ("screamed",),
    "cry": ("cried",),
    "whisper": ("whispered",),
    "demand": ("demanded",),
    "maintain": ("maintained",),
    "recount": ("recounted",),
    "contend": ("contended",),
    "quip": ("quipped",),
    "text": ("texted",),
    "message": ("messaged",),
    "challenge": ("challenged",),
    "implore": ("implored",),
    "instruct": ("instructed",),
    "recognize": ("recognized",),
    "feel": ("felt that",),  # "He felt that Harris was “very to the people”": his words, reported
    "assure": ("assured",),
    "remind": ("reminded", "reminds"),
    "put it": ("put it",),  # "as Roe put it, “…”", "Roe put it well in a post: “…”"
    "quote": ("quoted", "quoting"),  # "closed by quoting the words of a martyr. “…”": the one quoting speaks them
}

# Spanish releases (CBP, ICE and the White House publish some) attribute with these verbs,
# past and present: "…”, dijo el secretario Roe.
_SPANISH_SPEECH_VERB_BASES = {
    "decir": ("dijo", "dice"),
    "afirmar": ("afirmó", "afirma"),
    "declarar": ("declaró", "declara"),
    "señalar": ("señaló", "señala"),
    "agregar": ("agregó", "agrega"),
    "añadir": ("añadió", "añade"),
    "expresar": ("expresó", "expresa"),
    "indicar": ("indicó", "indica"),
    "explicar": ("explicó", "explica"),
    "asegurar": ("aseguró", "asegura"),
    "comentar": ("comentó", "comenta"),
    "destacar": ("destacó", "destaca"),
    "manifestar": ("manifestó",),
    "enfatizar": ("enfatizó",),
    "subrayar": ("subrayó",),
}

SPEECH_VERBS: frozenset[str] = frozenset(
    form for bases in (_SPEECH_VERB_BASES, _SPANISH_SPEECH_VERB_BASES) for forms in bases.values() for form in forms)
"""Every inflected speech verb form, lower case (``said``, ``told``, ``pointed out``)."""

STRONG_SPEECH_VERBS: frozenset[str] = frozenset(
    {"said", "says", "stated", "states", "added", "adds", "told", "tells", "noted", "notes", "explained",
     "explains", "commented", "remarked", "continued", "emphasized", "urged", "warned", "declared",
     "wrote", "writes", "asked", "recalled", "stressed", "observed", "concluded", "tweeted", "posted",
     "testified", "replied", "responded", "insisted", "argued", "acknowledged", "announced",
     "reiterated", "underscored", "cautioned", "pointed out", "exclaimed", "joked", "reflected",
     "affirmed", "asserted", "praised", "highlighted", "shared", "predicted", "vowed", "pledged",
     "yelled", "shouted", "screamed", "cried", "whispered", "quipped", "recounted", "texted", "messaged",
     "dijo", "afirmó", "declaró", "señaló", "agregó", "añadió", "expresó", "explicó"}
)
"""Verbs that mark a quote as speech by themselves, with no other frame needed."""

NAMING_FRAMES: frozenset[str] = frozenset(
    {"so-called", "so called", "known as", "dubbed", "titled", "entitled", "named", "nicknamed",
     "called", "alias", "a/k/a", "aka", "operation", "project", "initiative", "program", "word",
     "words", "term", "terms", "phrase", "slogan", "hashtag", "label", "labeled", "branded",
     "as a", "as an", "marked", "stamped", "topic", "theme", "motto",
     "headline", "caption", "session", "panel", "presentation", "report", "book", "film", "song",
     "article", "name", "pseudonym", "is called", "was called", "are called", "were called", "is named",
     "was named", "is titled", "was titled", "is dubbed", "was dubbed"}
)
"""Words right before a quoted span that make it a name or a term, not speech
(``so-called "coyotes"``, ``Operation "Community Shield"``, ``on the topic "…"``)."""

PROPER_NAMING_FRAMES: frozenset[str] = frozenset({"operation", "project", "initiative", "program"})
"""NAMING_FRAMES that name only when written with a capital (``Operation "Shield"``); the
common noun may be the subject of reported speech (``said the operation "sends a message"``)."""

NAME_ONLY_FRAMES: frozenset[str] = frozenset(
    {"so-called", "so called", "known as", "a/k/a", "aka", "alias", "nicknamed", "dubbed", "titled", "entitled",
     "named", "operation", "name", "pseudonym", "is called", "was called", "are called", "were called", "is named",
     "was named", "is titled", "was titled", "is dubbed", "was dubbed"})
"""NAMING_FRAMES after which a quoted span is always a name or term, whatever cue stands near it
(``a/k/a "Big Moe," age 33, …, announced the U.S. Attorney``); ``called`` and the like may still
frame words said."""

NAMING_VERBS: frozenset[str] = frozenset({"called", "named", "dubbed", "titled", "entitled", "nicknamed"})
"""Naming frames that are also speech frames (``Roe called the law "dangerous for America"``):
they make a name only of a quote that looks like one (Title Case or a word or two)."""

COMMUNICATION_VERBS: frozenset[str] = frozenset(
    {"discussed", "discusses", "bragged", "brags", "complained", "complains", "chatted", "talked", "talks",
     "corresponded", "communicated", "conversed", "negotiated", "ordered", "orders", "threatened", "threatens"})
"""Verbs that have someone speaking without framing a quote (``chat logs in which Roe discussed the
attack``): a later pronoun may stand for that person, but no quote takes them as its cue."""

EVENT_VERBS: frozenset[str] = frozenset(
    {"opened", "closed", "hosted", "introduced", "moderated", "convened", "presided", "kicked off", "headlined"})
"""Verbs of running an event (``Chargé d'Affaires Jane Roe opened the event.``): a quote paragraph
with no cue right after such a sentence is its subject's words, as after a speech verb."""

REPORTING_VERBS: frozenset[str] = frozenset(
    {"said", "says", "stated", "states", "added", "adds", "noted", "notes", "told", "wrote", "writes",
     "explained", "explains", "argued", "argues", "claimed", "claims", "warned", "warns", "testified",
     "admitted", "admits", "acknowledged", "insisted", "maintained", "alleged", "alleges", "asserted",
     "emphasized", "stressed", "added that", "reported", "reports", "concluded", "concludes"}
)
"""Verbs that report a clause, ``that`` often left out: ``said the defendant “showed no remorse.”``."""

MEDIA_LABELS: frozenset[str] = frozenset({"video", "watch", "audio", "listen", "photo", "clip"})
"""Labels before a quote in a media round-up (``VIDEO: “…”``): a medium, never a speaker."""

HEARER_VERBS: frozenset[str] = frozenset({"told", "tells", "asked", "warned", "assured", "instructed", "reminded"})
"""Cues whose object is the one spoken to (``told a driver for the crew, “…”``)."""

INVERTED_CUES: frozenset[str] = frozenset(
    {"said", "says", "added", "asked", "explained", "continued", "wrote", "noted", "recalled"})
"""Cues that may come before their speaker (``said the victim’s mother``); others take an object
there (``told the group``)."""

CHARACTERIZING_VERBS: frozenset[str] = frozenset({"called", "calls", "calling", "described", "describes", "describing"})
"""Speech verbs that take an object before the quoted words (``Roe called the gang "a threat"``):
the quote is framed by the cue although words stand between them."""

SOURCE_PHRASES: tuple[str, ...] = ("according to",)
"""Phrases that name a source before it, the way a speech verb does."""

ISSUED_WORDS: tuple[str, ...] = ("statement", "news release", "press release", "release", "letter", "email",
                                 "e-mail", "post", "message", "memo", "memorandum", "announcement")
"""What a source issues (``according to a statement from the Jamaica Defence Force``): the
issuer, not the document, is the source."""

INDEFINITE_SPEAKERS: frozenset[str] = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "people", "voice", "crowd"})
"""Words for a speaker no one names (``heard someone shout “…”``): speech by nobody the release names."""

PLURAL_PEOPLE: frozenset[str] = frozenset(
    {"witnesses", "agents", "prosecutors", "investigators", "officials", "officers", "deputies", "troopers",
     "detectives", "inspectors", "analysts", "residents", "victims", "jurors", "neighbors", "employees",
     "members", "authorities", "experts", "advocates", "survivors", "parents", "families", "students",
     "workers", "organizers", "participants", "attendees", "critics", "supporters", "lawmakers",
     "callers", "scammers", "fraudsters", "robbers", "suspects", "defendants", "smugglers", "traffickers",
     "customers", "buyers", "users", "senders", "writers", "protesters", "demonstrators", "relatives"})
"""People in the plural, unnamed, as the capitalised subject of a sentence (``Witnesses said``):
no surname, no organization."""

UNNAMED_PERSON_NOUNS: frozenset[str] = frozenset(
    {"victim", "mother", "father", "parent", "wife", "husband", "son", "daughter", "sister", "brother",
     "grandmother", "grandfather", "relative", "widow", "survivor", "witness", "teller", "cashier", "neighbor",
     "neighbour", "resident", "customer", "passenger", "driver", "caller", "informant", "participant",
     "student", "worker", "employee", "man", "woman", "girl", "boy", "suspect", "defendant", "robber",
     "migrant", "patient", "owner", "pharmacist", "bystander", "friend"})
"""People a release describes and does not name (``One victim, a retired teacher, lost …``): a
pronoun after their sentence is theirs, not the last named speaker's."""

PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "n", "i": "n", "we": "n"}
"""Pronoun subjects that may stand for a speaker named earlier."""

RANK_ABBREVIATIONS: frozenset[str] = frozenset(
    {"sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "amb", "pres", "supt",
     "det", "cpl", "pvt", "spc", "insp", "cpt", "brig", "atty", "asst", "dep", "comm", "ofc", "tpr", "cmdt"}
)
"""Abbreviated offices and ranks (``Sen.``, ``Lt.``, ``Det.``): never part of a name, but a
title, so they stay in the speaker's title."""

HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "hon", "rev", "fr", "the honorable", "honorable",
     "saint", "blessed", "sheikh", "sheik", "shaikh", "sayyid", "his excellency", "her excellency", "excellency"}
) | RANK_ABBREVIATIONS
"""Forms of address, lower case and without the dot, that are never part of a name."""

GENDERED_ADDRESS: dict[str, frozenset[str]] = {
    "f": frozenset({"mrs", "ms", "miss", "madam", "madame", "señora", "sra"}),
    "m": frozenset({"mr", "sir", "señor", "sr"}),
}
"""Forms of address that tell a woman from a man sharing her surname (``Mrs. Roe``)."""

GENDERED_TITLE_WORDS: dict[str, frozenset[str]] = {
    "f": frozenset({"lady", "congresswoman", "chairwoman", "spokeswoman", "queen", "princess", "mrs",
                    "ms", "secretaria", "directora", "presidenta", "dama"}),
    "m": frozenset({"congressman", "chairman", "spokesman", "king", "prince", "mr"}),
}
"""Title words that carry a gender, matched against ``GENDERED_ADDRESS``."""

DEFENDANT_ROLES: frozenset[str] = frozenset(
    {"suspect", "robber", "defendant", "gunman", "bandit", "fugitive", "offender", "perpetrator", "shooter",
     "attacker", "assailant"})
"""Nouns a release uses for the one it charges (``the robber``, ``the suspect``): where it names
exactly one person with an age, they are that person."""

JURISDICTION_HEADS: frozenset[str] = frozenset({"district", "division", "circuit", "sector", "region"})
"""The head of an office's area, which no name ends with (``Jane Roe Eastern District``)."""

JURISDICTION_MODIFIERS: frozenset[str] = frozenset({"eastern", "western", "northern", "southern", "central", "middle"})
"""The words before a jurisdiction's head (``Eastern District``)."""

GENDERED_RELATIONS: dict[str, frozenset[str]] = {
    "f": frozenset({"mother", "wife", "daughter", "sister", "grandmother", "granddaughter", "aunt", "niece",
                    "girlfriend", "widow", "stepmother", "stepdaughter", "fiancée", "woman", "girl"}),
    "m": frozenset({"father", "husband", "son", "brother", "grandfather", "grandson", "uncle", "nephew",
                    "boyfriend", "widower", "stepfather", "stepson", "fiancé", "man", "boy"}),
}
"""Words for a relative or a person that carry a gender, read in apposition before a name
(``his wife, Iryna Vitkouskaya``; ``Greer’s mother, Loretta A. Greer``)."""

PRONOUN_GENDERS: dict[str, str] = {subject: gender for subject, gender in PRONOUNS.items() if gender != "n"} | {
    "his": "m", "him": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}
"""Third-person pronouns (the subjects of PRONOUNS and their other forms) and the gender they carry."""

RANK_MODIFIERS: frozenset[str] = frozenset({"assistant", "deputy", "associate", "vice", "under", "lieutenant"})
"""Words that make another office of the title they modify: the Deputy Secretary is not the Secretary."""

SPOUSAL_TITLES: tuple[str, ...] = ("first lady", "second lady", "first gentleman", "second gentleman")
"""Titles held as someone's spouse: ``President Roe`` is never the ``First Lady Jane Roe``."""

NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md"})
"""Generational and degree suffixes that end a name (``Jr.``, ``III``)."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "del", "della", "der", "di", "da", "dos", "das", "du", "la", "le", "van", "von", "bin",
     "ibn", "al", "el", "y", "st", "ter", "ten", "mac"}
)
"""Lower-case words that may stand inside a surname (``De La Rosa``, ``van der Berg``)."""

LOCAL_OFFICES: frozenset[str] = frozenset({
    "councilman", "councilwoman", "councilmember", "councilor", "councillor", "alderman",
    "alderwoman", "selectman", "selectwoman", "supervisor", "legislator", "assemblyman",
    "assemblywoman", "assemblymember", "freeholder", "constable",
})
"""Local elected offices (``Councilman Jane Roe``, ``Alderwoman Jane Roe``): title words and heads."""

TITLE_WORDS: frozenset[str] = frozenset(
    {
        # ranks and offices
        "acting", "deputy", "assistant", "associate", "principal", "chief", "senior", "executive",
        "special", "supervisory", "interim", "former", "first", "lead", "general", "attorney",
        "attorneys", "director", "directors", "secretary", "undersecretary", "under", "administrator",
        "commissioner", "agent", "agents", "officer", "officers", "official", "officials", "marshal",
        "marshals", "ambassador", "attaché", "attache", "chargé", "charge", "d'affaires", "consul",
        "envoy", "president", "vice", "governor", "lieutenant", "mayor", "senator", "sen.",
        "representative", "rep.", "congressman", "congresswoman", "speaker", "leader", "whip",
        "chairman", "chairwoman", "chair", "ranking", "member", "judge", "justice", "magistrate",
        "sheriff", "superintendent", "inspector", "investigator", "prosecutor", "counsel",
        "solicitor", "advocate", "spokesperson", "spokesman", "spokeswoman", "press", "adviser",
        "advisor", "advisors", "advisers", "coordinator", "manager", "head", "captain", "sergeant",
        "detective", "detectives", "patrol", "port", "field", "office", "sector", "division", "branch", "unit",
        "bureau", "commander", "commandant", "admiral", "colonel", "major", "corporal", "trooper",
        "analyst", "professor", "dean", "ceo", "cfo", "coo", "cto", "founder", "co-founder",
        "cofounder", "owner", "partner", "editor", "reporter", "correspondent", "columnist",
        "minister", "prime", "premier", "king", "queen", "prince", "princess", "pope", "bishop",
        "rev.", "reverend", "pastor", "rabbi", "imam", "doctor", "nurse", "surgeon", "first lady",
        "lady", "second", "gentleman", "staff", "press secretary", "national", "federal",
        "state", "district", "county", "city", "regional", "international", "homeland",
        "security", "investigations", "enforcement", "removal", "operations", "immigration",
        "customs", "border", "protection", "department", "u.s.", "us", "united", "states",
        "embassy", "consulate", "council", "board", "committee", "commission", "task", "force",
        "program", "team", "student", "students", "resident", "citizen", "activist",
        "economist", "expert", "scientist", "researcher", "historian", "author", "actor",
        "chancellor", "provost", "fellow", "trustee", "treasurer", "clerk", "controller",
        "comptroller", "auditor", "ombudsman", "liaison", "representative", "delegate",
        "emeritus", "honorary", "retired", "ret.", "nominee", "designate", "elect", "instructor",
        "clinical", "teacher", "lecturer", "co-chair", "cochair", "of",
        # military and Coast Guard ranks ("Petty Officer 3rd Class Jane Roe", "Airman First Class Jo Poe")
        "petty", "class", "seaman", "airman", "private", "specialist", "ensign", "warrant", "mate", "master",
        # occupations a release puts before a name ("Pharmacist Jane Roe")
        "pharmacist", "physician", "dentist", "chiropractor", "accountant", "lawyer", "paralegal",
        "engineer", "pilot", "firefighter", "paramedic", "technician", "broker", "banker", "contractor",
        "therapist", "psychiatrist", "psychologist", "veterinarian", "optometrist", "counselor",
        # Spanish titles ("el secretario Roe", "la directora interina Roe")
        "secretario", "secretaria", "directora", "presidenta", "fiscal", "jefe", "jefa",
        "comisionado", "comisionada", "portavoz", "vocero", "vocera", "alcalde", "alcaldesa",
        "gobernador", "gobernadora", "embajador", "embajadora", "interino", "interina",
        "subdirector", "subdirectora", "subsecretario", "subsecretaria", "primera", "dama",
        # police and military ranks of Spanish-speaking partner forces ("PNC Subcomisario Roe")
        "comisario", "comisaria", "subcomisario", "subcomisaria", "inspectora", "comandante",
        "capitán", "capitan", "teniente", "coronel", "sargento", "agente", "procurador",
        "procuradora", "ministro", "ministra",
        "for", "the", "and", "in", "at", "on", "to", "&",
    }
) | LOCAL_OFFICES
"""Words that make up job titles and offices; a name never consists of these alone."""

TITLE_HEADS: frozenset[str] = frozenset(
    {
        "director", "secretary", "attorney", "administrator", "commissioner", "agent", "officer",
        "official", "marshal", "ambassador", "attaché", "attache", "chargé", "consul", "envoy",
        "president", "governor", "mayor", "senator", "representative", "congressman",
        "congresswoman", "speaker", "leader", "chairman", "chairwoman", "chair", "judge",
        "justice", "sheriff", "superintendent", "inspector", "prosecutor", "counsel",
        "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "coordinator",
        "manager", "head", "captain", "commander", "admiral", "analyst", "professor", "dean",
        "ceo", "founder", "co-founder", "owner", "minister", "chancellor", "chief", "deputy",
        "lady", "member", "student", "investigator", "detective", "sergeant", "lieutenant",
        "trooper", "treasurer", "comptroller", "auditor", "partner", "editor", "reporter",
        "economist", "expert", "scientist", "researcher", "author", "pastor", "rabbi",
        "bishop", "reverend", "doctor", "nurse", "executive", "general", "colonel", "major",
        "general", "whip", "clerk", "liaison", "delegate", "fellow", "trustee", "controller",
        "instructor", "teacher", "lecturer", "pope",
        "secretario", "secretaria", "directora", "presidenta", "fiscal", "jefe", "jefa",
        "comisionado", "comisionada", "portavoz", "vocero", "vocera", "alcalde", "alcaldesa",
        "gobernador", "gobernadora", "embajador", "embajadora", "subdirector", "subdirectora",
        "subsecretario", "subsecretaria", "dama",
    }
) | LOCAL_OFFICES
"""Nouns that can head a title (``the Secretary``, ``the acting director``) standing for a person."""

ORGANIZATION_HEADS: frozenset[str] = frozenset(
    {
        "department", "agency", "office", "bureau", "service", "administration", "division",
        "commission", "committee", "council", "board", "court", "government", "ministry",
        "embassy", "consulate", "company", "corporation", "association", "institute",
        "foundation", "university", "college", "school", "union", "coalition", "society",
        "organization", "group", "center", "centre", "authority", "police", "patrol",
        "house", "campaign", "party", "network", "alliance", "federation", "chamber",
        "republicans", "democrats", "caucus", "team", "press", "times", "post", "journal",
        "news", "magazine", "tribune", "review", "institution", "fund", "trust", "bank",
        "coalition", "club", "league", "group", "partnership", "cheerleaders", "partners",
        "distributors", "manufacturers", "producers", "workers", "growers", "builders",
        "institute", "laboratory", "hospital", "church", "ministry", "agencies", "services",
        "forum", "brotherhood", "guild", "employees", "teamsters", "conference", "congress",
        "academy", "museum", "library", "clinic", "cooperative", "collaborative", "initiative", "collective",
        "force", "forces", "guard", "branch", "section", "unit", "squad", "directorate", "command", "system",
        "authorities", "associations", "organizations", "unions", "societies", "councils", "roundtable",
        "consortium", "secretariat", "commissions", "committees", "airport",
    }
)
"""Nouns that end an organization's name (``the department``, ``Wall Street Journal``)."""

LEADING_ORGANIZATION_HEADS: frozenset[str] = frozenset(
    {
        "procuraduría", "procuraduria", "fiscalía", "fiscalia", "secretaría", "ministerio",
        "ministère", "ministério", "fundación", "fundacion", "fundação", "asociación", "asociacion",
        "associação", "casa", "comisión", "comision", "consejo", "instituto", "centro", "policía",
        "policia", "polícia", "guardia", "gendarmería", "gendarmeria", "dirección", "direccion",
        "unidad", "servicio", "oficina", "agencia", "departamento", "cámara", "camara", "federación",
        "confederación", "coordinadora", "colectivo", "organización", "organizacion", "tribunal",
        "suprema", "corte", "juzgado", "sociedad", "alianza", "coalición", "movimiento", "frente",
    }
)
"""Nouns that open an organization's name in the Romance order, head first (``Procuraduría
General de la República``, ``Casa Esperanza de las Llanuras``): what follows is its name, no person's."""

CORPORATE_SUFFIXES: tuple[str, ...] = (
    "Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Ltd", "Corp.", "Co.", "PLC", "plc", "LLP", "L.P.", "LP",
    "AG", "GmbH", "S.A.", "S.A", "SA", "S.p.A.", "N.V.", "B.V.", "S.A. de C.V.", "Pty. Ltd.", "K.K.",
)
"""Legal-form suffixes that end a company's name (``Hartwig-Lorenz Armaturen AG``), which
``the company`` in the same release stands for."""

DIPLOMATIC_POSTS: frozenset[str] = frozenset({"embassy", "consulate", "mission"})
"""Heads a diplomatic post's name may follow with its city (``U.S. Embassy Kathmandu``)."""

LABELING_VERBS: tuple[str, ...] = (
    "listed", "listing", "labeled", "labelled", "labeling", "declared", "declaring", "manifested", "marked",
    "classified", "billed", "advertised", "advertising", "marketed", "marketing", "sold", "selling",
    "disguised", "passed off", "passing off", "mislabeled", "misdeclared", "known", "referred to")
"""Verbs that put a label on goods, papers or things (``listing the contents as "household goods"``,
``devices known on the street as "switches"``): the quoted words after their ``as`` are a label,
not speech."""

COMPANY_HEADS: frozenset[str] = frozenset({"company", "corporation"})
"""Generic nouns by which a release refers back to a company it named (``the company said``)."""

WORK_AND_EVENT_HEADS: frozenset[str] = frozenset(
    {"act", "bill", "law", "plan", "amendment", "treaty", "accord", "agreement", "summit",
     "day", "week", "month", "year", "address", "speech", "remarks", "letter", "statement",
     "message", "proclamation", "order", "report", "survey", "strategy", "guidebook", "rule",
     "reserve", "fund", "program", "initiative", "campaign", "festival", "awards", "prize",
     "advocate", "advocates", "game", "games", "tour", "dinner", "ceremony", "war"}
)
"""Nouns that end the name of a law, document or event (``Inflation Reduction Act``, ``Food
Systems Summit``, ``First Inaugural Address``): such a run is never a person's name."""

NAME_LIKE_HEADS: frozenset[str] = frozenset({"bill", "day", "law", "rule", "order", "fund", "tour", "game", "plan", "prize"})
"""Work and event heads that are also given or family names (``Bill Burns``, ``Jude Law``):
they end a law's name but do not stop a person's name running back over them."""

OFFICE_NOUN_ENDINGS: tuple[str, ...] = ("tion", "sion", "ety", "ity", "ment", "ism", "ness", "ics", "ure", "ncy", "ship")
"""Endings of the abstract nouns that name an office's portfolio (``Public Safety``, ``European
Integration``, ``Management``), which a given name next to them does not have."""

GIVEN_NAME_TITLE_WORDS: frozenset[str] = frozenset({"dean", "earl"})
"""Title words that are also given names, read as names between two name words (``Roy Dean Tolliver``)."""

ADVERB_ENDINGS: tuple[str, ...] = ("ently", "ously", "edly", "ingly", "ively", "ically", "fully")
"""Endings of adverbs a headline capitalises (``Fraudulently Seeking``), which no name word has."""

HEADLINE_FUNCTION_WORDS: frozenset[str] = frozenset(
    {"that", "with", "from", "into", "after", "before", "against", "over", "who", "which", "for", "and",
     "the", "of", "in", "on", "at", "to", "by", "as"})
"""Small words a Title Case headline capitalises (``Botnet That Infected``); a name run stops at them."""

HEADLINE_VERBS: frozenset[str] = frozenset(
    {"charged", "sentenced", "arrested", "indicted", "convicted", "extradited", "removed", "deported",
     "captured", "wanted", "pleads", "admits", "seized", "announced", "announces", "dismantled", "dismantles",
     "returned", "repatriated", "honored", "recognized", "awarded", "apprehended", "rescued", "named"})
"""Verbs a headline ends a capitalised run with (``Las Cruces Man Sentenced``), which no name ends with."""

PORTFOLIO_ENDS: frozenset[str] = frozenset(
    {"operations", "security", "enforcement", "removal", "investigations", "immigration", "customs",
     "protection", "affairs", "homeland", "federal", "national", "international", "regional", "programs",
     "intelligence", "management", "trafficking", "prevention", "preparedness", "resilience", "compliance",
     "training", "grants", "policy", "planning", "response", "recovery", "development", "research",
     "safety", "strategy", "plans", "communications", "outreach", "engagement", "partnerships",
     "analysis", "infrastructure", "cybersecurity", "counterterrorism", "logistics",
     "finance", "budget", "acquisition", "procurement", "personnel", "resources", "relations",
     "migration", "population", "refugees", "legislative", "intergovernmental", "interdiction",
     "detention", "litigation", "oversight", "inspections", "readiness", "mitigation"})
"""Words that end a portfolio or an office (``Air Operations``, ``Diplomatic Security``, ``Grants
and Training``) and are never part of a person's name."""

GEOGRAPHIC_HEADS: frozenset[str] = frozenset(
    {"valley", "river", "mountains", "county", "island", "islands", "canyon", "creek", "desert", "basin",
     "peninsula", "gulf", "coast", "harbor", "heights", "reservation", "corridor", "delta", "plains",
     "avenue", "boulevard", "highway", "parkway", "freeway", "expressway", "turnpike"})
"""Nouns that end a place's name (``Rio Grande Valley``, ``Cochise County``, ``East Iliff Avenue``)
and never a person's (``Bay``, ``Hill``, ``Parish``, ``Street``, ``Lane`` left out: they are family
names too)."""

_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_LAWMAKERS = frozenset({"senator", "representative", "congressman", "congresswoman", "rep", "sen", "delegate"})
ROLE_TITLES: dict[str, frozenset[str]] = {
    "prosecutor": frozenset({"attorney", "prosecutor"}),
    "spokesman": _SPOKESPEOPLE, "spokeswoman": _SPOKESPEOPLE, "spokesperson": _SPOKESPEOPLE,
    "lawmaker": _LAWMAKERS, "congressman": _LAWMAKERS, "congresswoman": _LAWMAKERS,
}
"""Nouns for a role that narration uses for a title with other words (``the prosecutor added``
after ``Assistant U.S. Attorney Jane Roe``): the title words any one of which holds it."""

SURNAME_LIKE_HEADS: frozenset[str] = frozenset({"house", "post", "bank", "church", "union", "trust", "fund", "press", "times", "party", "club"})
"""Organization heads that are also family names (``Tom House``): they may end a person's name."""

AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("U.S. Immigration and Customs Enforcement", ("U.S. Immigration and Customs Enforcement",
     "Immigration and Customs Enforcement", "ICE")),
    ("Homeland Security Investigations", ("Homeland Security Investigations", "HSI")),
    ("U.S. Customs and Border Protection", ("U.S. Customs and Border Protection", "Customs and Border Protection", "CBP")),
    ("U.S. Department of Homeland Security", ("Department of Homeland Security", "DHS")),
    ("Federal Bureau of Investigation", ("Federal Bureau of Investigation", "FBI")),
    ("Drug Enforcement Administration", ("Drug Enforcement Administration", "DEA")),
    ("U.S. Marshals Service", ("U.S. Marshals Service", "Marshals Service", "USMS")),
    ("INTERPOL Washington", ("INTERPOL Washington", "USNCB")),
    ("U.S. Department of Justice", ("Department of Justice", "Justice Department", "DOJ")),
    ("U.S. Department of State", ("Department of State", "State Department")),
    ("The White House", ("The White House", "White House")),
)
"""Canonical agency names and the forms that name them, most specific first."""

PLACE_WORDS: frozenset[str] = frozenset(
    {
        # U.S. states and territories, word by word ("New", "York"), lower case
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "hampshire",
        "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "oregon",
        "pennsylvania", "rhode", "island", "tennessee", "texas", "utah", "vermont", "virginia",
        "washington", "wisconsin", "wyoming", "columbia", "puerto", "rico", "guam", "samoa",
        "virgin", "islands", "mariana", "new", "north", "south", "east", "west", "central",
        "northern", "southern", "eastern", "western", "middle", "district",
        # countries and regions that agency releases name in titles ("Consul General of India")
        "india", "china", "japan", "korea", "canada", "guatemala", "honduras", "salvador",
        "nicaragua", "panama", "colombia", "venezuela", "ecuador", "peru", "brazil", "argentina",
        "chile", "cuba", "haiti", "dominican", "republic", "jamaica", "bahamas", "spain", "france",
        "germany", "italy", "britain", "kingdom", "england", "ireland", "russia", "ukraine",
        "poland", "israel", "egypt", "jordan", "lebanon", "iraq", "iran", "afghanistan", "pakistan",
        "turkey", "nigeria", "ghana", "kenya", "australia", "philippines", "vietnam", "thailand",
        "indonesia", "europe", "africa", "asia", "america", "americas",
        "paraguay", "uruguay", "bolivia", "costa", "rica", "belize", "trinidad", "tobago", "barbados",
        "guyana", "suriname", "nepal", "bangladesh", "sri", "lanka", "myanmar", "burma", "cambodia",
        "laos", "malaysia", "singapore", "taiwan", "mongolia", "kazakhstan", "uzbekistan", "armenia",
        "azerbaijan", "saudi", "arabia", "emirates", "qatar", "kuwait", "bahrain", "oman", "yemen",
        "syria", "libya", "tunisia", "algeria", "morocco", "sudan", "ethiopia", "somalia", "uganda",
        "tanzania", "rwanda", "congo", "angola", "zambia", "zimbabwe", "mozambique", "senegal", "mali",
        "niger", "cameroon", "liberia", "sierra", "leone", "portugal", "netherlands", "belgium",
        "switzerland", "austria", "sweden", "norway", "denmark", "finland", "greece", "romania",
        "bulgaria", "hungary", "serbia", "croatia", "albania", "kosovo", "moldova", "belarus",
        "lithuania", "latvia", "estonia", "czech", "slovakia", "slovenia", "cyprus", "malta", "iceland",
        "zealand", "fiji", "vanuatu", "tonga", "papua", "micronesia", "palau", "caribbean", "pacific",
        "european", "foreign", "interior", "public", "economic", "social", "welfare", "labour", "defence",
        "finance", "tourism", "culture", "fisheries", "planning", "industry", "mines", "youth", "family", "sports",
        "persons", "trafficking", "narcotics", "crime", "terrorism", "counterterrorism", "cybersecurity",
        "migration", "refugees", "population", "democracy",
        # portfolios that follow "Secretary of" / "Assistant Attorney General for"
        "interior", "energy", "agriculture", "commerce", "labor", "treasury", "defense",
        "education", "transportation", "health", "human", "services", "veterans", "affairs",
        "housing", "urban", "development", "justice", "civil", "rights", "environment",
        "environmental", "natural", "resources", "antitrust", "criminal", "tax", "national",
        "security", "homeland", "state", "management", "budget", "trade", "intelligence",
        "relations", "operations", "programs", "policy", "strategic", "advocacy",
        "communications", "public", "legislative", "intergovernmental", "workforce", "prevention",
        "protection", "exchanges", "plans", "strategy", "consular", "cultural", "educational",
        # cities that name field offices, sectors, ports and divisions ("Field Office Director for
        # Houston Jane Roe", "HSI Dallas Jane Roe"); a two-word city by its distinctive word
        "atlanta", "baltimore", "boston", "buffalo", "charlotte", "chicago", "cincinnati", "cleveland",
        "dallas", "denver", "detroit", "houston", "indianapolis", "jacksonville", "knoxville", "memphis",
        "miami", "milwaukee", "minneapolis", "nashville", "newark", "norfolk", "omaha", "philadelphia",
        "phoenix", "pittsburgh", "portland", "richmond", "sacramento", "seattle", "tampa", "tucson",
        "albuquerque", "anchorage", "honolulu", "laredo", "yuma", "nogales", "brownsville", "mcallen",
        "harlingen", "angeles", "diego", "francisco", "antonio", "paso", "orleans", "vegas", "louis",
        "oakland", "boise", "spokane", "louisville", "birmingham", "columbus", "kansas", "oklahoma",
        "raleigh", "charleston", "savannah", "orlando", "atlantic", "salt", "lake", "juneau", "san", "el",
    }
)
"""Words naming a place or a portfolio, which end a title rather than start a name
(``U.S. Attorney for the District of New Mexico Jane Roe``, ``Secretary of Energy Jane Roe``).
Only stripped from the front of a name run that keeps at least two name words."""

CALENDAR_WORDS: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
"""Months and weekdays: a capitalised word standing alone that is never a surname (``In June, …``)."""

SPEAKING_DOCUMENTS: frozenset[str] = frozenset(
    {"statement", "ruling", "opinion", "order", "complaint", "indictment", "affidavit", "filing",
     "report", "letter", "decision", "motion", "release"}
)
"""Documents through which an organization speaks (``the Supreme Court’s ruling stated``)."""

LEADING_CONNECTIVES: frozenset[str] = frozenset(
    {"as", "and", "but", "so", "then", "finally", "also", "later", "meanwhile", "similarly", "still",
     "yet", "when", "while", "now", "today", "again", "separately", "additionally", "moreover",
     "furthermore", "however", "instead", "indeed", "likewise", "afterward", "afterwards",
     "earlier", "previously", "here", "there", "in", "at", "for", "to", "on", "which", "that",
     "yesterday", "tonight", "recently", "subsequently"}
)
"""Words that open a clause before its subject (``As Director Jane Roe said``, ``Finally, she said``):
never part of a speaker phrase when they start it."""

SPEAKER_ADVERBS: frozenset[str] = frozenset(
    {"often", "also", "later", "again", "once", "then", "further", "still", "always", "never",
     "recently", "previously", "today", "yesterday", "too", "herself", "himself", "themselves",
     "itself", "first", "last", "famously", "once", "earlier", "ago", "now", "had", "has", "have",
     "would", "will", "could", "has", "had", "simply", "then-"}
)
"""Adverbs and auxiliaries standing between a speaker and the verb (``Jane Roe often said``,
``Roe has said``); words ending in ``-ly`` are treated the same way."""

TITLE_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "from", "at", "with", "in"})
"""Prepositions that attach an office to a name (``Jane Roe of the FBI's Miami Field Office``)."""

_FEMALE_GIVEN_NAMES = frozenset({
    "aaliyah", "abigail", "adriana", "agnieszka", "aisha", "alejandra", "alexis", "alice", "amanda",
    "amber", "amina", "amy", "ana", "andrea", "angela", "anjali", "ann", "anna", "annika", "ashley",
    "astrid", "barbara", "beatriz", "betty", "beverly", "brenda", "bridget", "brittany", "camille",
    "carmen", "carol", "carolyn", "catherine", "charlotte", "cheri", "cheryl", "christina", "christine",
    "claire", "claudia", "colleen", "cynthia", "danielle", "daria", "dawn", "deborah", "debra", "denise",
    "diana", "diane", "donna", "doris", "dorothy", "ebony", "eleanor", "elena", "elizabeth", "emily",
    "emma", "erica", "erika", "esther", "evelyn", "fatima", "frances", "gabriela", "giselle", "gloria",
    "grace", "greta", "guadalupe", "gwendolyn", "hannah", "heather", "helen", "helena", "imani", "ingrid",
    "irene", "irina", "iryna", "isabel", "isabella", "jacqueline", "jada", "janet", "janice", "jasmine",
    "jennifer", "jessica", "jill", "joan", "joyce", "judith", "judy", "julie", "juliette", "karen",
    "katarzyna", "katherine", "kathleen", "kathryn", "kayla", "keiko", "keisha", "kiara", "kimberly",
    "kristen", "kristin", "lakisha", "latoya", "laura", "lauren", "layla", "leila", "linda", "lisa",
    "loretta", "lori", "lorraine", "lourdes", "lucia", "madison", "margaret", "maria", "mariana", "marie",
    "marilyn", "marisol", "marjorie", "martha", "mary", "maureen", "megan", "mei", "melissa", "michelle",
    "miriam", "monica", "nancy", "naomi", "natalia", "natalie", "nicole", "oksana", "olga", "olivia",
    "pamela", "patricia", "priya", "rachel", "rebecca", "renee", "renée", "rosa", "rosalind", "ruth",
    "samantha", "sandra", "sara", "sarah", "shanice", "sharon", "shirley", "simone", "sofia", "sofía",
    "sophia", "stacey", "stacy", "stephanie", "susan", "svetlana", "sylvia", "tamara", "tamika", "tanya",
    "tatiana", "teresa", "theresa", "tiffany", "valerie", "vanessa", "veronica", "victoria", "virginia",
    "wendy", "yasmin", "yesenia", "yolanda", "yuki"
})
_MALE_GIVEN_NAMES = frozenset({
    "aaron", "adam", "ahmed", "alan", "albert", "alejandro", "alexander", "alfredo", "andrei", "andres",
    "andrew", "andrés", "anthony", "antoine", "arjun", "armando", "arthur", "arturo", "austin", "benjamin",
    "bobby", "brandon", "brent", "brian", "bruce", "bryan", "carl", "carlos", "cedric", "cesar", "chad",
    "charles", "christian", "christopher", "clarence", "clifford", "clint", "cody", "colby", "curtis",
    "césar", "daniel", "darius", "darnell", "david", "dennis", "derek", "deshawn", "dmitri", "donald",
    "douglas", "duane", "dwayne", "dylan", "eduardo", "edward", "elijah", "elliott", "enrique", "eric",
    "ernesto", "ethan", "eugene", "fernando", "floyd", "francisco", "frank", "franklin", "fred",
    "frederick", "gabriel", "gary", "george", "gerald", "glenn", "gordon", "grant", "gregory", "gustavo",
    "harold", "harvey", "hassan", "hector", "henry", "herbert", "hideo", "hiroshi", "howard", "hussein",
    "héctor", "ibrahim", "ivan", "jack", "jacob", "jamal", "james", "jason", "javier", "jeffrey", "jeremy",
    "jerome", "jerry", "john", "jonathan", "jorge", "jose", "joseph", "joshua", "juan", "julio", "justin",
    "keith", "kenji", "kenneth", "kevin", "khalid", "krzysztof", "kyle", "lamar", "larry", "lawrence",
    "leonard", "leroy", "lloyd", "logan", "louis", "luis", "manuel", "marcos", "marcus", "mario", "mark",
    "mason", "matthew", "maurice", "michael", "miguel", "mikhail", "mohammed", "muhammad", "nathan",
    "nicholas", "nikolai", "noah", "omar", "oscar", "pablo", "patrick", "paul", "pedro", "peter", "philip",
    "piotr", "rafael", "rajesh", "ralph", "ramiro", "randy", "raul", "ravi", "raymond", "raúl", "reginald",
    "ricardo", "richard", "robert", "roberto", "rogelio", "roger", "ronald", "roy", "russell", "ryan",
    "samuel", "sanjay", "scott", "sean", "sergei", "sergio", "shane", "stanislaw", "stephen", "steven",
    "takeshi", "tariq", "terrell", "thomas", "timothy", "todd", "tomasz", "travis", "trevor", "troy",
    "tyler", "tyrone", "vikram", "vincent", "vladimir", "walter", "wayne", "wesley", "william", "willie",
    "yusuf", "zachary", "óscar"
})
GIVEN_NAME_GENDERS: dict[str, str] = {**{n: "f" for n in _FEMALE_GIVEN_NAMES}, **{n: "m" for n in _MALE_GIVEN_NAMES}}
"""Common given names borne by one gender far more than the other (names used by both, such as
Jordan, Terry or Kelly, are left out): a weak hint of whom ``he`` or ``she`` stands for, which a
title, a relation, a form of address or a pronoun tied to the name outweighs."""
