"""Compiled patterns for attribution, each named and documented; built from vocab.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.regex_trie import word_trie
from loaders.vocab import (
    COMMUNICATION_VERBS, CORPORATE_SUFFIXES, DEFENDANT_ROLES, EVENT_VERBS, GENDERED_RELATIONS, HONORIFICS, INVERTED_CUES, ISSUED_WORDS, PRONOUN_GENDERS, LABELING_VERBS, LEADING_CONNECTIVES, NAMING_FRAMES, ORGANIZATION_HEADS, PROPER_NAMING_FRAMES, REPORTING_VERBS,
    SOURCE_PHRASES, SPEAKER_ADVERBS, SPEECH_VERBS, TITLE_HEADS, UNNAMED_PERSON_NOUNS,
)

_VERB_ALTERNATION = word_trie(SPEECH_VERBS)

UPPER = "A-ZÀ-ÖØ-Þ"
"""Capital letters a name may start with: ASCII and the accented ones (``Óscar``, ``Ángel``)."""

_NAME_RUN = rf"[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w.’'\-]*){{0,3}}"
"""One to four capitalised words: a name as a clause's subject (``Quiñónez``, ``Walter J. Roe``)."""

SPEECH_VERB = re.compile(rf"\b(?:{_VERB_ALTERNATION})\b")
"""Any speech verb form as a whole word (``said``, ``pointed out``)."""

ABBREVIATIONS: frozenset[str] = frozenset(
    {"u.s", "u.n", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "no", "gen", "gov", "sen", "rep", "lt",
     "col", "sgt", "capt", "cmdr", "adm", "maj", "calif", "ga", "fla", "ariz", "mass", "tenn", "okla",
     "tex", "va", "wash", "d.c", "inc", "co", "corp", "ltd", "e.g", "i.e", "vs", "jan", "feb", "mar",
     "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ala", "ark", "colo", "conn", "del", "ill",
     "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j",
     "n.m", "n.y", "n.c", "n.d", "ore", "pa", "r.i", "s.c", "s.d", "vt", "wis", "wyo", "w.va", "p.m",
     "a.m", "hon", "rev", "ft", "mt", "supt", "dept", "est", "approx", "u.s.c", "seq", "pp", "prof",
     "fr", "amb", "pres", "det", "cpl", "pvt", "spc", "insp", "cpt", "brig", "atty", "asst", "dep",
     "ofc", "tpr", "cmdt", "comm", "ret"}
) | HONORIFICS
"""Words that end with a dot without ending the sentence (besides single initials): forms of
address, ranks, states."""

SENTENCE_END = re.compile(r"[.!?](?=[\s”\"’)]*(?:\s|$))")
"""A dot, question or exclamation mark followed by space: a candidate sentence end."""

_WORD_BEFORE_DOT = re.compile(r"([\w.’'-]*)$")

TAIL_VERB_FIRST = re.compile(rf"^[\s,]*(?P<verb>{_VERB_ALTERNATION})(?:\b[\s,]+|(?=[A-Z][a-z]))(?P<who>.+)$", re.S)
"""After a quote: ``, said Acting EAD for HSI, Derek N. Benner.``; also a verb glued to the
name by a lost space in a scraped page (``,” saidJane Roe``)."""

ISSUED_DOCUMENT = re.compile(rf"(?:[Tt]he|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:{word_trie(ISSUED_WORDS)})")
"""A document as the subject of a cue (``the statement said``, ``the letter read``): its words are
its issuer's, whom the narration named issuing it."""

UNNAMED_SOURCE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Oo]ther|[Ss]ome|[Mm]any|[Ss]everal)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,3}|[a-z][a-z\-]*s)\b")
"""A speaker the sentence describes without naming: ``said the victim’s mother``, ``a witness
said``, ``officials said``. It is speech, by no one the release names (lower-case words only: ``the Secretary``
is a title)."""

INVERTED_OPENER = re.compile(r"\s*(?:Among|Also|Joining)\b[^.,;:]{0,80}?\b(?:was|were|is|are)(?=\s+(?:a|an|one)\s)")
"""A sentence naming its subject after the verb, up to where an unnamed subject would stand."""
UNNAMED_PERSON_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[a-z0-9][\w’'\-]*|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,3}?"
    rf"(?:{word_trie(UNNAMED_PERSON_NOUNS | {n + 's' for n in UNNAMED_PERSON_NOUNS})})\b")
"""A sentence opening with a person it describes and does not name: ``One victim, …``,
``The mother of one of the students …``, ``a 34-year-old Aurora man`` (a place before the noun)."""

APPOSITIVE_NAME = re.compile(
    rf"(?:[’']s)?[^,.;:]{{0,30}}?,\s+(?:\d+-year-old\s+)?(?:[{UPPER}][\w.’'\-]*\s+){{1,3}}[{UPPER}][\w’'\-]+\b")
"""A name in apposition to a described person, just after it: ``One victim, Jane Roe,``, ``The
victim’s sister, Denise Harlan,``, ``One of the victims, 84-year-old Eleanor V. Pruitt``."""

PLURAL_SOURCE = re.compile(r"(?:(?:the|some|many|several|other)\s+)?(?:[a-z][\w\-]*\s+)?[a-z][a-z\-]*s")
"""People in the plural as a source: ``officials``, ``the prosecutors``, ``federal agents``."""

TAIL_WHO_FIRST = re.compile(
    rf"^[\s,—–-]*(?P<who>[^\"“”.;:!?]{{1,160}}?|[^\"“”;:!?]{{1,160}}?)\s+(?P<verb>{_VERB_ALTERNATION})\b(?P<rest>.*)$", re.S)
"""After a quote: ``Laura Dogu told the group.``, ``Rep. Kevin Kiley (R-Calif.), a critic, told …``"""

TAIL_NAME_APPOSITIVE_VERB = re.compile(
    rf"^[\s,]*(?P<who>[A-Z][^,\"“”.;:!?]{{2,60}}),\s+(?:who|a|an|the)\b[^\"“”]{{0,320}}?,\s+(?P<verb>{_VERB_ALTERNATION})\s*[.,]?\s*$")
"""After a quote, a name whose description runs past TAIL_WHO_FIRST's reach before the cue:
``“…,” Teodora de la Fuente, who heads the office and spent nine years …, said.``"""

REPORTED_THAT_CLAUSE = re.compile(r"\bthat\s+(?:[\w’'\-]+\s+){1,12}(?:would|will|could|can|should|must|was|were|is|are|had|has|have)(?:\s+[\w’'\-]+)?\s*$")
"""A ``that`` clause whose verb the quoted words go on (``that anyone who lost a load would``)."""

REPORTED_THAT = re.compile(r"^that\s+")
"""The ``that`` opening a reported clause (``said that the defendant told …``)."""

NARRATION_LEAD = re.compile(
    r"(?:to|for|in|on|at|from|with|by|of|into|against|over|under|after|before|during|which|that|who|and|or)\s")
"""A lower-case word opening what follows a closing mark that carries the sentence on (``“SafeVault,”
to federal agencies …, the department announced``): the cue further on does not frame the span."""

TAIL_ACCORDING = re.compile(r"^[\s,]*(?:" + "|".join(SOURCE_PHRASES) + r")\s+(?P<who>.+)$", re.S | re.I)
"""After a quote: ``, according to Special Agent in Charge Jane Roe.``"""

MAX_WHO = 200
"""The longest speaker phrase HEAD_WHO_VERB takes before its verb."""

_DETERMINERS = ("his", "her", "their", "its", "our", "the", "a", "an", "my")
_CUE_TO_END = rf"\s+(?P<verb>{_VERB_ALTERNATION})\b(?P<extra>[^\"“”:]{{0,60}}?)\s*[,:]?\s*$"
_HEAD_WHO_VERB = rf"(?P<who>[^\"“”]{{1,{MAX_WHO}}}?)@NOT_AFTER@" + _CUE_TO_END
HEAD_CUE_TO_END = re.compile(_CUE_TO_END, re.S)
"""How a HEAD_WHO_VERB match ends: a cue and the few words after it up to the quote. Where this
first matches bounds where HEAD_WHO_VERB can start (at most MAX_WHO characters before), and
where it never does, neither can HEAD_WHO_VERB: the lazy speaker phrase would find that out
only after trying every start and every length."""
HEAD_WHO_VERB = re.compile(_HEAD_WHO_VERB.replace("@NOT_AFTER@", ""), re.S)
"""Before a quote: ``INTERPOL Washington Director Shawn Bray stated, ``; ``Roe called the gang ``."""
PARTICIPLE_CLAUSE = re.compile(
    rf"(?P<who>[^\"“”]{{1,{MAX_WHO}}}),\s+(?P<verb>{word_trie(v for v in SPEECH_VERBS if v.endswith('ing'))})\b"
    r"(?P<extra>[^\"“”:]{0,60}?)\s*[,:]?\s*$", re.S)
"""Before a quote, a participle cue closing a clause whose own verb came first: ``Roe praised
the agents, calling their work ``; the same groups as HEAD_WHO_VERB."""

HEAD_WHO_NOT_NOUN_VERB = re.compile(
    _HEAD_WHO_VERB.replace("@NOT_AFTER@", "".join(rf"(?<!\b(?i:{word}))" for word in _DETERMINERS)), re.S)
"""HEAD_WHO_VERB where the cue word does not follow a determiner: in ``ended his remarks by
saying`` the cue is ``saying``, ``remarks`` is a noun. Slower; used when the first match's
speaker phrase ends in a determiner."""
ENDS_WITH_DETERMINER = re.compile(r"\b(?i:" + "|".join(_DETERMINERS) + r")$")
HEARER = re.compile(r"(?:a|an|the|his|her|their|one|two|several)(?:\s+[\w’'\-]+){1,6}")
"""The one spoken to, after ``told``: ``a driver for the organization``, ``the undercover agent``."""
OUTLET_HEADING = re.compile(r"(?P<outlet>[A-Z0-9][\w.&’'\-]*(?: [A-Z0-9][\w.&’'\-]*){0,4})(?: \([^)\n]{1,40}\))?:[ *_\[]+\S")
"""A media round-up item's heading line: the outlet, its place, a colon and the headline
(``6 ABC (Philadelphia, PA): Biden releasing …``)."""
PLAIN_WORD = re.compile(r"[\w’']+")
"""A word with its punctuation dropped, for comparing quotes."""
HEARER_THEN_THAT = re.compile(
    r"(?:reporters|him|her|them|us|me|(?:the\s+)?[a-z]+s|the\s+[a-z]+|(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}[a-z]+)"
    r"(?:\s+[a-z]+ing\s+as\s+(?:a|an|the)\s+[\w\-]+)?"  # "an undercover officer posing as a 13-year-old"
    rf"(?:\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+)?(?:{word_trie(ISSUED_WORDS)}))?"  # "taxpayers in a statement"
    r"\s+(?:that\b|(?:he|she|they|it|(?:the|his|her|their)\s+[a-z]+)\s+(?:would|will|could|was|were|had|is|are)\b)")
"""The one told, then ``that`` (or a clause with no ``that``): ``told reporters that officers had
accounted for “…”``, ``assured buyers that they were “…”``, ``told deputies the chemicals were
“…”``, ``told a 13-year-old victim he would send the images “…”``, ``told an agent posing as a buyer
that …``: the clause reports the cue's words."""
NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
"""The lower-case word right after a closing mark, on the same line."""
TO_INFINITIVE = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|reporters|members|those|all)\b)[a-z]")
"""``to`` opening an infinitive after a cue word (``continued to process travelers``): what
follows is an action, not the hearer of speech (``told to the court``, ``said to reporters``)."""

CLAUSE_SUBJECT = re.compile(
    rf"^(?P<who>[Tt]he\s+(?:{word_trie(TITLE_HEADS)})\b"
    rf"|(?:the\s+)?(?:[{UPPER}][\w.’'\-]*\s+(?:(?:of|for|in|and|the)\s+)*)*[{UPPER}][\w.’'\-]*),?\s+(?=[a-z])")
"""The subject opening a clause before a participle cue: ``FBI Director Roe`` in ``FBI Director
Roe called for action, saying: "…"`` (the words up to the first lower-case one), or a title
standing for a person (``The chief said …, calling them "…"``)."""

OVERHEARD_SAYING = re.compile(
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:recorded|heard|overheard|caught|captured|filmed|videotaped|seen)\b[^.;:]{0,60}?"
    r"\b(?P<verb>telling|saying|boasting|bragging|instructing|ordering|threatening|warning|asking|urging)\b")
"""A subject heard saying something: ``Roe was recorded in January telling an informant``; the
subject speaks (unlike ``Roe was told``)."""

THAT_CLAUSE_SUBJECT = re.compile(
    rf"\bthat\s+(?P<who>{_NAME_RUN})\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?!by\b)")
"""A named subject opening a reported clause and its past verb (``testified that Quiñónez
ordered``): a participle cue after the clause goes on that subject."""

TRAILING_AUXILIARY = re.compile(r"\s+(?:has|have|had|is|was|will|would)$")
"""An auxiliary closing a speaker phrase before its verb: ``… and has`` (described)."""

DOCUMENT_FRAME = re.compile(
    r"(?:The|An?)\s+(?:criminal\s+|federal\s+|superseding\s+)?(?:indictment|complaint|affidavit|information|plea\s+agreement"
    r"|court\s+documents?|government)\s+(?:alleges?|says|states|charges?|shows?|claims?)\s+that\s+")
"""A document reporting what someone did, opening a sentence before its real subject: ``The
indictment alleges that Walter Aguilar-Reyes … told members``."""

THAT_NAME_AT_END = re.compile(rf"\bthat\s+(?P<who>[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w.’'\-]*){{1,3}})$")
"""A named subject of a reported clause closing a speaker phrase: ``One worker testified that
Baltazar Ruiz-Ocampo`` (warned): the clause's subject speaks, not the witness."""

TO_HEARER = re.compile(r"to\s+(?:a|an|the|his|her|their|one|two|several)(?:\s+[\w’'\-]+){1,4}")
"""The one written or spoken to, after ``to``: ``wrote to one recruiter``."""

TO_HEARER_THEN_CLAUSE = re.compile(
    r"to\s+(?:(?:a|an|the|his|her|their|one|two|several)(?:\s+[\w’'\-]+){1,4}?|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
    r"\s+(?P<clause>that\b.*)")
"""The one written to, then the clause reported: ``wrote to Marsh that the`` “…”."""

ROLE_BEFORE_NAME = re.compile(r"(?:defendant|co-?defendant|fugitive|inmate)\s+(?=[A-Z])")
"""A lower-case role before the name opening a clause: ``defendant Lucien R. Marchand told``."""

_IRREGULAR_PASTS = ("said|told|wrote|spoke|made|took|gave|met|led|sent|left|became|found|held|brought|put|set"
                    "|got|won|went|came|saw|thought|kept|began|ran|built|paid|sold|stood|struck|spent|taught")
FINITE_CLAUSE = re.compile(rf"(?:also\s+|then\s+|later\s+)?(?:[a-z]+(?:ed|s)|{_IRREGULAR_PASTS})\s+(?!as\b|of\b|and\b)\S"
                           r"|(?:can|could|was|were|is|may)\s+(?:be\s+)?(?:heard|seen|overheard)\b")
"""A past or present verb after a clause subject and before its object: ``praised the
agents`` in ``Director Roe praised the agents on “X,” saying``, ``said the operation``; the
clause's subject speaks."""

IN_A_DOCUMENT = re.compile(
    rf"\s*in\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+)?(?:{word_trie(ISSUED_WORDS)})\b")
"""Where words were issued, after a cue: ``said in a statement released through …``; never the speaker."""

FIRST_PERSON_END = re.compile(r"[,\s]+(?:and\s+)?(?:I’m|I'm|I\s+am|I)$")
"""A speaker phrase ending in the one who is quoting (``…, and I'm`` quoting)."""

SUBJECT_WHEN_PRONOUN = re.compile(
    r"\b(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})\s+(?:was|is|were|has\s+been|had\s+been)\b"
    r"[^,;:]{0,60}?\s(?:when|as)\s+(?:he|she|they)$")
"""A subject, then a clause with a pronoun standing for it before the cue: ``the Secretary was
very clear on Friday when she`` (said): that subject speaks."""

WHAT_SUBJECT = re.compile(r"(?:^|\s)what\s+(?P<who>[^,;:]{2,80})$")
"""The subject of a ``what … said`` clause closing a speaker phrase (``point you to what the
Secretary himself said``): that subject said the words, not the sentence's own."""

DATE_OPENER = re.compile(
    r"(?:[Oo]n|[Ii]n|[Bb]y|[Bb]etween)\s+(?:or\s+about\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{4}|\d{4})\s*,\s+")
"""A date set off by commas before a clause's subject: ``On Nov. 14, 2015, ``, ``in May 2016, ``
(its own commas would end INTRODUCTORY_PHRASE too early)."""

INTRODUCTORY_PHRASE = re.compile(
    r"(?:In|On|At|During|After|Before|Following|Upon|With|Earlier|Later|Speaking|Addressing|Asked|Towards?|Throughout"
    r"|According|Since|Over|Under|Despite|Amid|Across|Within|Among|Ahead|Like|Unlike|Today|Yesterday|Meanwhile"
    r"|(?:[A-Z]\w*\s+){1,2}(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:before|after|ago|later|earlier))"
    r"\b[^,“”\"]{0,80},\s+"
    r"|According\s+to\s+(?:an?|the)\s+[^,“”\"]{0,120},\s+")
"""A phrase of time or place opening a sentence before its subject: ``In his remarks, ``; a
source can run longer (``According to a criminal complaint filed in U.S. District Court for
the Southern District of Texas, ``)."""

EVENT_VERB = re.compile(rf"\b(?:{word_trie(EVENT_VERBS)})\b")
"""A verb of running an event (vocab.EVENT_VERBS)."""

COMMUNICATION_VERB = re.compile(rf"\b(?:{word_trie(COMMUNICATION_VERBS)})\b")
"""A verb of speaking that frames no quote (vocab.COMMUNICATION_VERBS)."""

RELATION_WORD = re.compile(rf"\b(?:{word_trie(w for words in GENDERED_RELATIONS.values() for w in words)})s?\b")
"""A gendered word for a relative or a person (``son``, ``wife``, ``man``): a pronoun after it may be theirs."""

RELATIVE_AFTER_NAME = re.compile(r",\s+(?:who|whose)\s")
"""A relative clause set off after a name (``Jane Roe, who was 11 when …,``, ``Jane Roe, whose father …,``)."""

SHOWING_VERBS = ("showed", "shows", "show", "captured", "captures", "recorded", "heard", "caught", "depicted",
                 "depicts", "revealed", "reveals")
"""Verbs of a record showing someone speak (``Text messages … showed Cardoso telling …``)."""
_SHOWING = "|".join(SHOWING_VERBS)
_SHOWN_WHO = r"(?P<who>(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+)"
SHOWN_SPEAKING = re.compile(rf"\b(?:{_SHOWING})\s+{_SHOWN_WHO}$")
"""A record showing someone speak, closing the phrase before a participle cue: ``Text messages
introduced at trial showed Cardoso`` (telling …): that one speaks, not the record."""

SHOWN_THEN_PARTICIPLE = re.compile(
    rf"\b(?:{_SHOWING})\s+{_SHOWN_WHO}\s+(?P<verb>telling|saying|asking|warning|instructing|writing)\b"
    r"[^\"“”:]{0,60}?[,:]?\s*$")
"""The same with no comma before the participle, up to the quote: ``Recorded calls played at trial
captured MITCHELL telling a co-conspirator, “…”``."""

DESCRIPTION_BEFORE_NAME = re.compile(r"\s*(?:His|Her|Their|The|[A-Z][\w’'\-]*[’']s)\s+(?:[a-z]+\s+){0,2}[a-z]+,\s+(?P<name>[A-Z])")
"""A short description set off before the name opening a sentence, a relation to another among
them: ``His wife, Lucia Roe, …``, ``Marte’s mother, Yesenia Marte Polanco, …``."""

JOINED_BY = re.compile(r"\b(?:was|were)\s+(?:joined|accompanied)\b[^.;]{0,80}?\bby\s+")
"""A sentence bringing someone in beside the subject (``Roe was joined at a press conference by``):
the one named after ``by`` is the next to speak."""

SUBJECT_TO_VERB = re.compile(
    r"(?:,\s+(?:\d{1,3}|whose|who|a|an|the)\b[^,]{0,120},)?\s+(?!(?:was|were|is|are|has|had|will|would)\b)[a-z]+")
"""After a name opening a sentence, its age or relative clause set off by commas, then an active
verb: ``Mariana Castellano-Wu, whose son died in March, joined …`` (not ``…, 45, was sentenced``)."""
PASSIVE_NEXT = re.compile(r"(?:was|were|is|are|has been|had been)\b")
"""A passive verb after a subject: the sentence tells what was done to that person."""

YEAR_SPAN = re.compile(r"^(?:between|from|in|since)\s+(?:\w+\s+)?\d{4}(?:\s+(?:and|to)\s+(?:\w+\s+)?\d{4})?,?\s+")
"""A time span opening a clause: ``between 2009 and 2011``, ``in March 2020,``."""

DESCRIBED_APPOSITIVE = re.compile(
    r"(?:A|An|The)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:\s+(?:for|of|at|with)\s+[^,;:“”\"]{2,80})?,\s+(?P<name>[A-Z])")
"""A person described before their name: ``A spokesperson for the Haitian National Police,
Inspector Garry Desrosiers, told …``, ``The owner of the store, Jane Roe, said …``."""

INVERTED_SUBJECT = re.compile(r"(?:Among|Also|Joining)\b[^.,;:]{0,120}?\b(?:was|were|is|are)\s+(?P<name>[A-Z])")
"""A sentence that names its subject after the verb: ``Among those returning was Karen Liu-Sorensen``."""

LEADING_CONNECTIVE_WORD = re.compile(
    r"^(?:" + "|".join(sorted(LEADING_CONNECTIVES, key=len, reverse=True)) + r")\b,?\s+", re.I)
"""A sentence opener before a clause subject: ``But``, ``Later,``."""

RELATIVE_SUBJECT = re.compile(rf",\s+(?:which|who)(?:\s+(?:{word_trie(SPEAKER_ADVERBS)}|[a-z]+ly))?$")
"""A relative pronoun as the subject of a cue: ``by the Society of Arborists, which concluded``,
``Jane Roe, who allegedly told``; the noun phrase before the comma speaks."""

TRAILING_PRONOUN = re.compile(
    r"\b(?:what|which|whom|as)\s+(?P<who>he|she|they)(?:\s+(?:also|then|later|famously|once|again|[a-z]+ly))*$")
"""A pronoun opening a relative clause right before its cue: ``identified what he called``,
``in which she famously implored``; the pronoun's person speaks."""

THIRD_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)
"""A sentence going on about one person without naming them."""

PRONOUN_SUBJECT = re.compile(r"^(?P<who>he|she|they)\s+(?=[a-z])", re.I)
"""A pronoun opening a clause before a participle cue: ``he left the event saying: "…"``."""

TIME_PHRASE = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:today|yesterday|tonight|(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|night)"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b,?\s*")
"""A time phrase right after a speech verb (``said Tuesday``, ``said earlier this week in …``): the
cue still frames the quote after it."""

_AUXILIARY = r"(?:was|is|were|are|had|has|have|would|will|could|should)(?:\s+(?:be|been|have))?"
REPORTED_SUBJECT = re.compile(
    r"(?:that\s+)?(?:(?:(?:the|his|her|their|its|our|this|that)(?:\s+[\w’'\-]+){1,3}|he|she|they|it|we"
    rf"|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?:\s+{_AUXILIARY})?|{_AUXILIARY})(?:\s+(?:a|an|the))?")
"""The start of a clause a speech verb reports, ``that`` left out: ``said the defendant`` in
``Roe said the defendant “showed no remorse.”``, ``said it was “fine by me.”``, ``a point Roe
said had a “profound significance”`` (used with fullmatch)."""

REPORTING_CUE = re.compile(
    r"(?P<lead>\s+and\s+|\s+)(?P<verb>" + word_trie(REPORTING_VERBS) + r")\b"
    r"(?P<clause>[^\"“”″]{0,240})$")
"""A reporting verb whose object clause runs up to the quote: ``said Kia’s decision is
another sign the state is “…”``, ``stood on the stage and said that we would keep “…”``."""

VERB_OBJECT = re.compile(
    r"(?:it|them|him|her|this|that|these|those|(?:(?:some|many|most|all|one|each|several|two|three)\s+of\s+)?"
    r"(?:the|his|her|their|its|our|this|that)(?:\s+[\w’'\-]+){1,4})"
    r"(?:\s+as)?(?:\s+(?:a|an))?")
"""The object a characterizing verb takes before the quote: ``called it``, ``described the
program as``, ``described some of the callers as``, ``called the Inflation Reduction Act a``
(used with fullmatch)."""

FRAGMENT_LINK = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?")
"""What joins quoted fragments under one cue: ``called “x,” a “y,” and “z”`` (used with fullmatch)."""

NEW_CLAUSE = re.compile(r"[\s,]*(?:and|but|or)\s", re.I)
"""A conjunction after a quote's closing mark: what follows is a clause of its own, not the
quote's attribution (``“…,” and Bob Poe said it was “…”``)."""

COORDINATED_CUE = re.compile(
    rf"\s*,?\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:{_VERB_ALTERNATION})\b[^.!?\"“”]{{0,60}}")
"""A second cue joined to the first by ``and``, sharing its subject: ``called the law a “scam,”
and claimed it was “…”`` (used with fullmatch, between two quotes of one sentence)."""

HEAD_VERB_WHO = re.compile(rf"\b(?P<verb>{_VERB_ALTERNATION})\s+(?P<who>[^\"“”,:]{{2,120}})[,:]\s*$", re.S)
"""Before a quote, verb first: ``As explained Director Jane Roe: ``."""

HEAD_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?P<who>[^\"“”]{2,160}?)[,:]\s*(?P<rest>[^\"“”,.;:]{0,80}?)[,:]?\s*$", re.S | re.I)
"""Before a quote: ``According to Director Jane Roe, ``, also with the clause's subject between
(``According to Roe, the cartels “are ruthless”``)."""

ISSUED_BY = re.compile(
    rf"^(?:a|an|the)\s+(?:[a-z]+\s+)?(?:{word_trie(ISSUED_WORDS)})\s+(?:from|by|issued\s+by|released\s+by)\s+", re.I)
"""``a statement from``, ``a written statement by``: the document before its issuer in a source phrase."""

RELATIVE_CLAUSE_TAIL = re.compile(r",\s+(?:which|who)\s+[^,]*$")
"""A relative clause closing a source phrase: ``the FDA's Office of Criminal Investigations, which
assisted in the case``."""

HEAD_COLON_SPEAKER = re.compile(r"^(?P<who>[^\"“”:!?]{2,140}):\s*$")
"""A paragraph that opens with a speaker and a colon: ``Senator Jane Roe, U.S. PIRG: ``.
Callers check that no sentence ends inside the speaker phrase."""

_INVERTED_CUE_CAPITALIZED = word_trie(v.capitalize() for v in INVERTED_CUES)
"""An inverted cue opening a sentence: ``Said``, ``Added``."""

INVERTED_CUE_OPENING = re.compile(
    rf"^\s*(?P<verb>{_INVERTED_CUE_CAPITALIZED})\s+(?P<who>(?:the\s+)?[A-Z][^\"“”:!?]{{1,120}}?)[,:]\s*$")
"""A paragraph opening with a cue before its speaker, then the quote: ``Said Meeks: “…”``,
``Added the Secretary, “…”``."""

GENDER_CUE = re.compile(rf"\b(?P<cue>{word_trie(PRONOUN_GENDERS)})\b")
"""A pronoun that tells a person's gender (read after a mention of them)."""

OPENING_PRONOUN = re.compile(r"[.!?]?[”\"]?\s+(?P<cue>He|She|His|Her)\b")
"""A pronoun opening the next sentence, the one the last-named person most likely continues as."""

LAST_WORD = re.compile(r"([a-zñ]+)\W*$")
"""The last word of a stretch, past the marks and stops after it (``“mr. `` -> ``mr``)."""

TWO_CAPITALIZED_WORDS = re.compile(r"\b[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+")
"""Two capitalised words in a row: another name, between a mention and the pronoun after it."""

DEFENDANT_REFERENCE = re.compile(rf"\s*[Tt]he\s+(?:[a-z\-]+\s+)?(?:{word_trie(DEFENDANT_ROLES)})\b")
"""``the robber``, ``the armed suspect``: the one the release charges, described, not named."""

AGE_AFTER_NAME = re.compile(r",\s+\d{1,3},")
"""An age set off by commas after a name: ``Jane Roe, 45, of Miami``."""
TRAILING_AGE_AND_HOME = re.compile(r"(?:,\s+\d{1,3})?(?:,\s+(?:of|from)\s+[A-Z][^,]{0,40})?,?\s*$")
"""The age and home town after a name, at the end of a phrase: ``Jane Roe, 45, of Miami``."""

_CAPITALS_NAME = r"(?:Ma?c)?[A-Z][A-Z’'\-]+(?:\s+[A-Z]\.)?(?:\s+(?:Ma?c)?[A-Z][A-Z’'\-]+){1,3}"
CAPITALS_NAME = re.compile(_CAPITALS_NAME)
"""A name in capitals: ``BRENDA KAY WHITLOCK``, ``JOHN Q. O'NEILL``, ``ANTWAN McCLENDON``."""

_LINE_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"
"""Space between two words of a name, a hard line break at most (never a blank line)."""
_CAPITALS_WORD = rf"(?:Ma?c)?[A-Z][A-Z’'\-]*[A-Z](?:\.(?={_LINE_GAP}[A-Z]{{2}}))?"
CAPITALS_NAME_RUN = re.compile(
    rf"(?:[A-Z]\.{_LINE_GAP})?{_CAPITALS_WORD}(?:{_LINE_GAP}[A-Z]\.)?(?:{_LINE_GAP}{_CAPITALS_WORD}){{1,3}}(?![\w’'])")
"""A run of words in capitals that may be a name: ``TERRELL D. HAWKINS-MOORE``, ``J. DANIEL McCRORY``."""
_WORD_BEFORE_CAPITALS = re.compile(r"([A-Z][a-z]+)[^\S\n]+(?=(?:[A-Z]\.[^\S\n]+)?(?:Ma?c)?[A-Z][A-Z’'\-]*[A-Z])")
"""A word in the case titles take right before words in capitals (``Attorney TERRELL``): where
a titled name in capitals may stand. Opening with a plain character set it is scanned for fast,
where CAPITALS_NAME_RUN, opening with optional groups, would be tried in full at every character."""
_TITLE_HEADS_BEFORE_CAPITALS = frozenset(TITLE_HEADS | {"charge"})
_LONGEST_TITLE_HEAD = 1 + max(map(len, _TITLE_HEADS_BEFORE_CAPITALS))
_TWO_WORDS_IN_CAPITALS = re.compile(r"[A-Z][A-Z’'\-]+[^\S\n]+(?:[A-Z]\.[^\S\n]+)?(?:Ma?c)?[A-Z][A-Z]")
"""Two words in capitals in a row, the first of a name in capitals among them: a fast first test."""


def titled_capitals(text: str) -> Iterator[re.Match]:
    """Names in capitals right after a title in the case titles take, as some offices write the
    first mention: ``United States Attorney TERRELL D. HAWKINS-MOORE``, ``Special Agent in Charge
    ROSALIND A. PETERKIN-ST. JAMES``, ``Judge J. DANIEL McCRORY``."""
    first = _TWO_WORDS_IN_CAPITALS.search(text)  # (most releases have none: then nothing more is read)
    if first is None:
        return
    for head in _WORD_BEFORE_CAPITALS.finditer(text, max(0, first.start() - _LONGEST_TITLE_HEAD)):
        if head.group(1).lower() in _TITLE_HEADS_BEFORE_CAPITALS:
            run = CAPITALS_NAME_RUN.match(text, head.end())
            if run is not None:
                yield run


LETTERHEAD_HOLDER = re.compile(rf"(?P<title>(?:UNITED\s+STATES|U\.S\.)\s+(?:[A-Z]+\s+){{0,2}}(?:ATTORNEY|MARSHAL))\s+(?P<name>{_CAPITALS_NAME})")
"""A letterhead line naming the office holder in capitals: ``UNITED STATES ATTORNEY RENATA D. OKWUOSA``."""

INVERTED_CUE_WORD = re.compile(rf"(?:{_INVERTED_CUE_CAPITALIZED})\s+(?=[A-Z])")
"""The cue opening ``Said Meeks``: no first name, where it opens a paragraph."""

TOPIC_LABEL = re.compile(r"\s*(?:[-•*–—]\s*)?On\s+[^:\"“”.!?]{1,80}:\s*$")
"""A topic label opening an interview bullet: ``- On tariffs: "…"``. It names what is talked
about, not who talks: the speaker is the one the release has been quoting."""

HEADING_LINE = re.compile(r"^(?=[A-Z])[^\"“”‘’]{2,200}(?<![.!?,;])$")
"""A short line standing above a quote as its speaker, with no quote mark and no final stop:
``NEFI President and CEO Jane Roe:``, ``U.S. Senator Jane Roe (R-ND)``. Callers also check that
no sentence ends inside it."""

_ORG_HEAD = word_trie(h.capitalize() for h in ORGANIZATION_HEADS)
_ORG_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|St\.|[A-Z][\w’'&\-]*(?:\.[\w’'&\-]+)*|\d[\w/]*)"
# (a word of an organization's name ends in a stop only as an abbreviation does, "U.S.", "St.":
# "… contacted HSI. A Peruvian Ministry of Culture expert" is two sentences)
_IN_PARAGRAPH_SPACE = r"(?:[^\S\n]*\n(?![^\S\n]*\n)[^\S\n]*|[^\S\n]+)"
"""Space between two words of one paragraph: a hard line break, never a blank line."""
CITY_NAME = re.compile(rf"[{UPPER}][\w’'\-]+(?:[^\S\n]+[{UPPER}][\w’'\-]+){{0,2}}")
"""A place's name of one to three capitalised words (``Port-au-Prince``, ``New Delhi``)."""

ORGANIZATION_MENTION = re.compile(
    rf"(?<![\w’'])(?:{_ORG_WORD}{_IN_PARAGRAPH_SPACE}){{0,5}}(?:{_ORG_HEAD})\b"
    rf"(?:{_IN_PARAGRAPH_SPACE}(?:of|for|on)(?:{_IN_PARAGRAPH_SPACE}the)?(?:{_IN_PARAGRAPH_SPACE}(?:and{_IN_PARAGRAPH_SPACE})?{_ORG_WORD}){{1,5}})?")
"""A named organization: capitalised words ending in an organization head, with an ``of …``
tail (``Energy Department``, ``Department of Energy``, ``9/11 Commission``), inside one paragraph."""

COMPANY_NAME = re.compile(
    rf"(?<![\w’'])(?:{_ORG_WORD}[^\S\n]+){{1,5}}(?:{'|'.join(re.escape(s) for s in sorted(CORPORATE_SUFFIXES, key=len, reverse=True))})(?![\w])")
"""A company by its legal name: capitalised words and a legal-form suffix (``Aegeira Maritime Services S.A.``)."""

MESSAGE_THAT_READ = re.compile(
    rf"\b(?:{word_trie(ISSUED_WORDS)}|note|text|sign|card)\s+(?:[\w’'\-.,]+\s+){{0,20}}?(?:that|which)\s+(?:read|reads|said)\s*[,:]?\s*$"
    r"|\b(?:note|message|letter|sign|card)\s+reading\s*[,:]?\s*$")
"""A written message introducing its words: ``a note that read,``, ``a text message to a buyer that read``."""

MESSAGE_SENT_BY = re.compile(
    rf"\b(?:{word_trie(ISSUED_WORDS)}|note|text)\s+(?:that|which)\s+(?P<who>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}})"
    r"\s+(?:allegedly\s+|later\s+)?(?:sent|wrote|posted|texted)\b[^\"“”]{0,80}[,:]\s*$")
"""A message its named sender sent, introducing its words: ``a text message that Bellweather
allegedly sent to a younger member the day before the shooting:``."""

MESSAGE_HANDLER = re.compile(
    rf"(?:\b(?P<who>[Hh]e|[Ss]he)|\b(?P<unnamed>[Tt]he\s+[a-z]+)|(?<![\w.])(?P<name>{_NAME_RUN}))"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|gave|left|sent|wrote|slid|held|showed|threw|took)\s+(?!that\b)")
"""A subject and its past-tense verb (``he handed``, ``the robber slid``, ``Pruitt gave``): the
nearest before a message phrase is the one who wrote or passed the message."""

MESSAGE_FROM = re.compile(rf"\bfrom\s+(?P<who>[{UPPER}][\w.’'\-]*(?:\s+[{UPPER}][\w.’'\-]*){{0,3}})")
"""The sender named in a message phrase: ``a message on her son’s phone from Dustin R. Kearns``."""

CUE_RIGHT_AFTER = re.compile(
    rf"\s*(?:(?:{_VERB_ALTERNATION})\s+(?:the\s+)?[A-Z]|(?:[A-Z][\w.’'\-]*\s+){{1,4}}(?:{_VERB_ALTERNATION})\b"
    rf"|(?:he|she|they|we|I)\s+(?:{_VERB_ALTERNATION})\b)")
"""A speech cue with its subject right after a closing mark (``said Roe``, ``Holloway vowed``,
``he said``); a bare verb (``“Abu Layth,” posted on social media``) goes on the sentence."""

TITLE_OFFICE = re.compile(r"\s+(?:of|for|at|with)\s+(?:the\s+)?[A-Z]")
"""Where a title's office begins: ``special agent in charge`` | ``of DEA's Rocky Mountain Field Division``."""

ORGANIZATION_MENTION_END = re.compile(ORGANIZATION_MENTION.pattern + r"\s*$")
"""A named organization ending a stretch of text (before the acronym it is given in parentheses)."""

CAPITALIZED_RUN_END = re.compile(r"(?<![\w’'.])(?:[A-Z][\w.’'&\-]*[^\S\n]+){1,6}[A-Z][\w.’'&\-]*$")
"""Two to seven capitalised words ending a stretch of text: a name an appositive may describe."""

ORGANIZATION_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?P<head>[a-z]+)\b")
"""``, the union that represents agents``: the noun by which a release goes on to call the
organization just named."""

_DEFINED_ACRONYM = r"[A-Z][A-Z0-9&\-]{1,9}"
DEFINED_ACRONYM = re.compile(_DEFINED_ACRONYM)
"""An acronym as releases define one in parentheses (ACRONYM_IN_PARENTHESES's group)."""
ACRONYM_AND_HEAD = re.compile(rf"[A-Z][A-Z&]{{1,7}}\s+(?:{word_trie(h.capitalize() for h in ORGANIZATION_HEADS)})")
"""An organization's short form of an acronym and its head noun (``IPR Center``, ``EPIC Office``)."""

GENERIC_ORGANIZATION = re.compile(rf"^(?:the\s+)?(?:(?-i:[a-z]+)\s+)?(?P<head>{word_trie(ORGANIZATION_HEADS)})$", re.I)
"""An organization named only by its head noun, perhaps with one modifier (``the department``,
``the Commission``, ``the hospital system``)."""

TITLE_SUBJECT = re.compile(
    rf"\s*[Tt]he\s+(?P<title>(?:[A-Z]{{2,6}}\s+)?(?:[a-z]+\s+){{0,3}}(?:{word_trie(TITLE_HEADS)})(?:\s+in\s+charge)?"
    r"|[A-Z][\w.’'\-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.’'\-]*)*)\s+(?=[a-z])")
"""A sentence opening with a title and no name: ``The Deputy Attorney General noted``, ``The chief
urged``, ``The field office director added``, ``The DEA special agent in charge urged``."""

TITLE_SURNAME = re.compile(
    rf"\b(?:{word_trie(h.capitalize() for h in TITLE_HEADS)})\s+"
    rf"(?P<name>[{UPPER}][a-z][\w’'\-]+)\b")
"""A person named by title and surname only: ``President Kennedy``, ``Director Mueller``."""

ACRONYM_RIGHT_BEFORE = re.compile(r"\(([A-Z][A-Z&]{1,7})\)\s+$")
"""An acronym in parentheses just before a name: ``Special Agent in Charge (SAC) Jane Roe``."""

ACRONYM_IN_PARENTHESES = re.compile(rf"\(({_DEFINED_ACRONYM})\)")
"""An acronym defined in parentheses after its long form: ``Executive Associate Director (EAD)``,
digits and hyphens included (``Internet Crime Complaint Center (IC3)``, ``(EI-ISAC)``)."""

ACRONYM_WORD = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")
"""An all-capitals word in a title that may be an acronym the release defines (``EAD``)."""

_STATEMENT_NOUN = r"(?:joint\s+|brief\s+|written\s+)?(?:statement|remarks|comments?)\b"
STATEMENT_FRAME = re.compile(
    r"\b(?:released|issued|made|gave|delivered|provided|offered|shared)\s+"
    rf"(?:the\s+following(?:\s+{_STATEMENT_NOUN})?|(?:this|a|the)\s+{_STATEMENT_NOUN})")
"""A sentence handing over to a statement that follows it: ``Secretary Jane Roe released the
following statement:``, ``The agency provided the following in concurrence, “…”``."""

STATEMENT_BY_THAT = re.compile(
    rf"\b(?:{_STATEMENT_NOUN}|pledge|promise|assurances?|announcement|vow|commitment|testimony)\s+(?:by|from)\s+"
    r"(?P<who>(?:[A-Z][\w’'.\-]*\s+){0,8}[A-Z][\w’'\-]+)\s+that\s+[^.!?“”\"]{0,200}$")
"""A statement named by its speaker, whose clause the quote closes: ``We welcome the statement by
Foreign Minister Jane Roe that his government will “…”``."""

_SENTENCE_OPENERS = r"(?:The|He|She|It|They|We|This|That|These|Those|A|An|In|On|At|But|And|I|His|Her|Their|Its)\b"
ROUGH_SENTENCE = re.compile(
    r"(?:[^.!?…]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[A-Z][a-z]+\s+[A-Z]|\s+[a-z])"
    rf"|(?<=\bU\.S)\.(?=\s+(?!{_SENTENCE_OPENERS})[A-Z]))+(?:[.!?…]+|$)")
"""A run of text up to a stop: sentences for scanning narration. The stops of ``U.S.``, of an
initial before a capitalised name (``U.S. Postal Inspection Service``), of a capital before a
lower-case word (``U.S. assistance``) and of ``U.S.`` before a capitalised word that does not open
sentences (``the U.S. Embassy in Quito``) do not end one; other abbreviations may still split
one, which only shortens the stretch searched."""

CAPITALIZED_WORD = re.compile(rf"\b[{UPPER}][\w’'\-]+\b")
"""A capitalised word, checked against the surnames a release names."""

LEADING_THE = re.compile(r"^(?:The|An?)\s+")
"""A capitalised article opening an organization's name as found in running text (``A Peruvian
Ministry of Culture expert``)."""

DASH_ATTRIBUTION = re.compile(r"^\s*[—–]+\s*|^\s*-{1,2}\s+")
"""A line under a quote that names its speaker: ``— Secretary Alejandro N. Mayorkas``."""

WHO_STOP = re.compile(
    r",\s*(?:adding|who|which|while|as|when|noting|explaining|saying|citing|referring|because|but|and\s+(?:added|said|noted))\b"
    r"|\s+(?:in\s+a\s+(?:statement|release|press|news|written|letter|post|video|speech|tweet|interview)|at\s+(?:a|an|the)\b"
    r"|during\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]+\s+\d)|after\b|before\b|following\b|today\b|yesterday\b|last\s+week)"
)
"""Where a speaker phrase after a verb ends and the rest of the sentence begins."""

def naming_frame(text: str, end: int) -> str | None:
    """The words right before ``end`` that make a quoted span a name or a term, not speech
    (``so-called``, ``known as``, ``Operation``, ``the topic``): vocab.NAMING_FRAMES."""
    before = text[max(0, end - 25):end].rstrip(" :")
    words = before.lower().split()
    for frame in (" ".join(words[-2:]), words[-1] if words else ""):
        if frame in NAMING_FRAMES and not (frame in PROPER_NAMING_FRAMES and before.split()[-1][:1].islower()):
            return frame  # ("the operation “sends a message …”" reports speech: only "Operation" names)
    return None


LABELED_AS = re.compile(rf"\b(?:{word_trie(LABELING_VERBS)})\s+(?:[\w’'\-]+\s+){{0,4}}as\s*$"
                        r"|\b(?:phrases?|terms?|words?|names?|slogans?|labels?|code\s+words?)\s+(?:such\s+as|like)\s*$")
"""A label's frame right before an opening mark: ``listing the contents as``, ``declared as``,
``coded phrases such as``."""

_LABEL_FRAME_ENDS = ("as", "like")
"""The word every LABELED_AS match ends with, before any space."""


def last_match(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The last of ``pattern``'s matches in ``text[start:end]`` (the one nearest what follows)."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return found


def labeled_as(text: str, start: int, end: int) -> bool:
    """A label's frame (LABELED_AS) ends ``text[start:end]``. The last word is tested first: the
    search, which opens with a word boundary, tries a match at every character of the window."""
    return text[start:end].rstrip().endswith(_LABEL_FRAME_ENDS) and LABELED_AS.search(text, start, end) is not None


NAME_WORD_BEFORE = re.compile(rf"(?<![.!?]\s)\b[{UPPER}][a-zà-ÿ][\w’'\-]*[^\S\n]$")
"""A capitalised word (not a sentence's first) right before an opening mark: a first name before a nickname."""
NAME_WORD_AFTER = re.compile(rf"[^\S\n][{UPPER}][a-zà-ÿ][\w’'\-]*")
"""A capitalised word right after a closing mark: the surname after a nickname."""

OWNER_BEFORE = re.compile(r"(?:[’']s|\b(?:the|its|their|his|her|our))\s*$", re.I)
"""A possessive or ``the`` right before an opening mark: what is quoted is a thing someone owns
or a named work (``the DEA’s “National Drug Threat Assessment”``)."""

ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an|its|their|our)\s*$", re.I)
"""An article or possessive right before an opening mark (``the “What Can I Bring?” tool``)."""
DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s*$", re.I)
"""A determiner right before an opening mark: the quoted words are a noun phrase in the
sentence (``used a "sap,"``, ``pleaded guilty to a "willful violation …"``), a term, not speech."""

PASSIVE_AGENT = re.compile(r"(?:out\s+|up\s+)?by\s+(?P<who>[^,;:]{2,80}?)(?:\s*,)?(?:\s+as)?(?:\s+(?:a|an))?")
"""The agent after a passive speech verb: ``was praised by Governor Jane Roe as`` (used with
fullmatch on what follows the verb)."""

PASSIVE_BEFORE_VERB = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)(?:\s+\w+ly)?\s*$", re.I)
"""An auxiliary before a speech verb: ``she was told``: the subject heard the words, did not say them."""


def is_sentence_end(text: str, match: re.Match, floor: int) -> bool:
    """True when a SENTENCE_END match really ends a sentence (not ``U.S.``, ``Mr.``, ``J.``)."""
    if match.group() != ".":
        return True
    word = _WORD_BEFORE_DOT.search(text, max(floor, match.start() - 20), match.start()).group(1)
    bare = word.lower().lstrip("(").rsplit("-", 1)[-1]  # "(D-Ore.)": the state after the party
    return not (len(bare) == 1 and bare.isalpha() or bare in ABBREVIATIONS or "." in bare and len(bare) <= 6)


def sentence_end(text: str, start: int, limit: int) -> int:
    """Offset just past the first sentence end in ``text[start:limit]`` (``limit`` if none)."""
    for match in SENTENCE_END.finditer(text, start, limit):
        if is_sentence_end(text, match, start):
            return match.end()
    return limit


def sentences(text: str, start: int, end: int):
    """``(start, end)`` of each sentence in ``text[start:end]``, abbreviations (``Mo.``, ``U.S.``,
    ``J.``) not ending one."""
    while start < end:
        stop = sentence_end(text, start, end)
        yield start, stop
        start = stop


def sentence_start(text: str, end: int, limit: int) -> int:
    """Offset where the sentence holding ``end`` begins, searching back to ``limit``."""
    start = limit
    for match in SENTENCE_END.finditer(text, limit, end):
        if match.end() <= end and is_sentence_end(text, match, limit):
            start = match.end()
    return start
