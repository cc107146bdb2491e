"""Find the cue verb and the speaker phrase that attribute one quoted span.

Looks after the closing mark first (``"…," said X.`` / ``"…," X said.``) when the quote
ends with a comma, before the opening mark otherwise (``X said, "…"``), then the other
side. Returns the phrase as written; names.py splits it and coref.py resolves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import patterns as P
from loaders.names import FUNCTION_WORDS, LEADING_ARTICLE, name_mentions, split_speaker, words_of
from loaders.vocab import (
    CHARACTERIZING_VERBS, HEARER_VERBS, INDEFINITE_SPEAKERS, INVERTED_CUES, PLURAL_PEOPLE, REPORTING_VERBS,
)
from loaders.quotes import QuoteSpan

MAX_TAIL = 240
MAX_HEAD = 300
_MASKED_MARKS = str.maketrans({'"': "″", "“": "″", "”": "″"})
"""Double marks of a quoted name inside a speaker's sentence (``on “Operation X,” saying``),
turned into a sign the speaker patterns read as punctuation, not as a quotation's edge."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue verb (or ``according to``/``:``/``—``) and the speaker phrase it governs."""

    cue: str
    phrase: str
    side: str  # "after" | "before"
    framed: bool = True  # the cue stands right next to the quote
    issued: bool = False  # the words of a document ("the statement said"): its issuer, named before, speaks


def attribute(text: str, span: QuoteSpan, paragraph: tuple[int, int], prev_end: int, next_start: int) -> Attribution | None:
    """The attribution of ``span``, looking no further than its neighbouring quotes."""
    p_start, p_end = paragraph
    if len(span.pieces) > 1:  # a quote over paragraphs: its tail is in the last one
        p_end = text.find("\n", span.end)
        p_end = len(text) if p_end < 0 else p_end
    close_at = span.end + 1 if span.closed else span.end
    tail_limit = min(next_start, p_end, close_at + MAX_TAIL)
    tail = text[close_at:P.sentence_end(text, close_at, tail_limit)] if close_at < tail_limit else ""
    head_start = max(prev_end, P.sentence_start(text, span.start - 1, max(p_start, prev_end)), span.start - MAX_HEAD)
    head = text[head_start:max(head_start, span.start - 1)] if span.opened else ""
    if '"' in head or "“" in head or "”" in head:
        head = head.translate(_MASKED_MARKS)  # only a quoted name or term can be left inside it
    quote = text[span.pieces[-1][0]:span.end].rstrip()
    after_first = quote.endswith(",") or tail.lstrip().startswith(",") or not head.strip()
    order = (_after, _before) if after_first else (_before, _after)
    for finder in order:
        found = finder(tail if finder is _after else head, head_is_paragraph_start=head_start == p_start)
        if found:
            return found
    return None


def _after(tail: str, **_) -> Attribution | None:
    if not tail.strip():
        return None
    match = P.TAIL_ACCORDING.match(tail)
    if match and split_speaker(who := _issuer(_cut_who(match.group("who")))).kind != "none":
        return Attribution("according to", who, "after")
    if match:
        return None  # "…,” according to court documents": no one named there; the sentence's own cue decides
    match = P.TAIL_VERB_FIRST.match(tail)
    if match:
        who = _cut_who(match.group("who"))
        if split_speaker(who).kind != "none":
            return Attribution(_verb(match), who, "after")
        if P.UNNAMED_SOURCE.match(who) and _verb(match) in INVERTED_CUES:
            return Attribution(_verb(match), "", "after")  # ", said the victim’s mother." ("told the group" is an object)
    # TAIL_WHO_FIRST needs a speech verb: without one, its lazy speaker phrase would try every
    # length twice before failing
    has_verb = P.SPEECH_VERB.search(tail) is not None
    match = P.TAIL_WHO_FIRST.match(tail) if has_verb else None
    if match is None and has_verb:
        long = P.TAIL_NAME_APPOSITIVE_VERB.match(tail)  # "“…,” Jane Roe, who heads the office and …, said."
        if long and split_speaker(long.group("who")).kind == "person":
            return Attribution(_verb(long), long.group("who").strip(), "after")
    if match and not P.NEW_CLAUSE.match(match.group("who")):  # "“…,” and Bob Poe said": a clause of its own
        who = _participle_subject(match) or match.group("who").strip(" ,")
        if who.lower() in _NOT_SUBJECTS:
            return None  # "“…” The remarks followed": an article and a noun open the next sentence
        if who.lower() in PLURAL_PEOPLE:
            return Attribution(_verb(match), "", "after")  # "“…,” Witnesses said."
        if len(who.split()) <= 20 and split_speaker(who).kind != "none":
            # "“SafeVault,” to federal agencies that bought it, the department announced": narration
            # stands between the span and its cue, so the span must read as a statement
            return Attribution(_verb(match), who, "after", framed=not P.NARRATION_LEAD.match(who))
        if P.ISSUED_DOCUMENT.fullmatch(who):
            return Attribution(_verb(match), "", "after", issued=True)  # "“…,” the statement said."
        if P.UNNAMED_SOURCE.fullmatch(who.split(",", 1)[0].strip()) and not match.group("verb").endswith("ing"):
            return Attribution(_verb(match), "", "after")  # ", a witness said.", ", one of the migrants, a …, told agents"
    return None


def _before(head: str, *, head_is_paragraph_start: bool) -> Attribution | None:
    if not head.strip():
        return None
    match = P.HEAD_ACCORDING.search(head) if "according" in head.lower() else None
    who = _issuer(P.RELATIVE_CLAUSE_TAIL.sub("", match.group("who"))) if match else ""
    if match and not P.SPEECH_VERB.search(who) and not P.SPEECH_VERB.search(match.group("rest")) \
            and split_speaker(who).kind != "none" \
            and (not match.group("rest").strip() or _only_names_and_titles(who)):
        # ("According to the complaint, Roe told an agent, …" is Roe's: the verb is nearer; and
        # "According to court documents, …" names no one: the sentence's own cue decides.) With the
        # clause's subject between (``According to Roe, the cartels “…”``) the quote must read as a
        # statement, not a term.
        return Attribution("according to", who.strip(), "before", framed=not match.group("rest").strip())
    if head_is_paragraph_start:
        match = P.HEAD_COLON_SPEAKER.match(head)
        inverted = P.INVERTED_CUE_OPENING.match(head)  # "Said Meeks: “…”": the cue before its speaker
        if inverted and split_speaker(inverted.group("who")).kind in ("person", "surname", "title"):
            return Attribution(inverted.group("verb").lower(), inverted.group("who").strip(), "before")
        if match and P.sentence_end(head, 0, match.end("who")) == match.end("who") \
                and not P.SPEECH_VERB.search(match.group("who")) \
                and split_speaker(match.group("who")).kind in ("person", "organization", "surname"):
            return Attribution(":", match.group("who").strip(), "before")
    written = _written_by_subject(head)  # a message "that read" or one its sender "sent": the sender's words
    if written is not None:
        return written
    verb = P.SPEECH_VERB.search(head)
    if verb is None:  # the verb forms need a speech verb; a statement frame or a colon may stand instead
        return _reported_clause(head) or _colon_after_subject_cue(head) or _statement_by(head)
    shown = P.SHOWN_THEN_PARTICIPLE.search(head, max(0, len(head) - 200)) \
        if any(verb in head for verb in P.SHOWING_VERBS) else None  # (a quick test first)
    who = _named(shown.group("who")) if shown is not None else None
    if who is not None:
        return Attribution(shown.group("verb"), who, "before")  # "… captured MITCHELL telling a co-conspirator, “…”"
    floor = _who_floor(head, verb.start())
    match = P.HEAD_WHO_VERB.search(head, floor) if floor is not None else None
    if match and P.ENDS_WITH_DETERMINER.search(match.group("who")):
        match = P.HEAD_WHO_NOT_NOUN_VERB.search(head, floor)  # "ended his remarks by saying"
    if match and match.group("who").endswith(("’s", "'s")):
        match = None  # "the text of the Attorney General’s remarks, “…”": a noun, no cue
    if match and ", " in match.group("extra"):
        # "Roe praised the agents, calling their work “…”": the participle nearer the quote is its cue
        participle = P.PARTICIPLE_CLAUSE.search(head, floor)
        if participle and participle.start("verb") > match.start("extra") and _participle_subject(participle):
            match = participle  # (only where the clause's subject is found: else the first cue's phrase stands)
    if match and P.PASSIVE_BEFORE_VERB.search(match.group("who")):
        nearer = _nearer_cue(match.group("extra"))
        if nearer is not None and nearer.phrase:
            return nearer  # "In a call that was described in the plea, Roe said that “…”": Roe's own cue
        agent = P.PASSIVE_AGENT.fullmatch(match.group("extra").strip())
        if agent and split_speaker(agent.group("who")).kind != "none":
            # "the plan was praised by Governor Jane Roe as “…”": the agent speaks
            return Attribution(_verb(match), agent.group("who"), "before")
        return Attribution(_verb(match), "", "before")  # "she was told, …": a speech frame, no speaker
    if match:
        nearer = _nearer_cue(match.group("extra"))
        if nearer is not None:
            return nearer
        who = _participle_subject(match) or _past_opener(match.group("who").strip(" ,"))
        reported = P.THAT_NAME_AT_END.search(who)  # "One worker testified that Baltazar Ruiz-Ocampo warned"
        if reported and split_speaker(reported.group("who")).kind == "person":
            who = reported.group("who")
        if who.lower() in _NOT_SUBJECTS:
            return _reported_clause(head)  # "The remarks followed …": an article and a noun, no speaker
        if who.lower() in ("and", "but"):
            return None  # "“…,” and noted that …": the cue goes on from the quote before; its speaker stands
        who = P.TRAILING_AUXILIARY.sub("", who)  # "… and has described them as": the verb's own auxiliary
        if _verb(match) in ("quoting", "quote") and P.FIRST_PERSON_END.search(who):
            # "X said … that the proposal was, and I'm quoting here, “…”": X's words, the questioner's voice
            who = _sentence_subject(P.FIRST_PERSON_END.sub("", who)) or who
        when = P.SUBJECT_WHEN_PRONOUN.search(who)
        if when and split_speaker(when.group("who")).kind in ("person", "surname", "title"):
            who = when.group("who")  # "Well, I think the Secretary was very clear on Friday when she said"
        what = P.WHAT_SUBJECT.search(who)
        if what and split_speaker(what.group("who")).kind in ("person", "surname", "title"):
            who = what.group("who")  # "MS. ROE: No, and I'd point you to what the Secretary himself said"
            # (a pronoun there, "for what he calls", is the sentence's subject: TRAILING_PRONOUN below)
        if who.endswith((" and", " but")):  # "Roe stood on the stage before the world and said …": one subject, two verbs
            who = _sentence_subject(who.rsplit(" ", 1)[0], organizations=True, titles=True) or who
        extra = match.group("extra").strip()
        time = P.TIME_PHRASE.match(extra)
        extra = extra[time.end():] if time else extra  # "said earlier this week in announcing …"
        framed = not extra or extra.startswith(("in ", "that")) or extra.rstrip(" ,:") in _OBJECT_PRONOUNS \
            or extra.startswith("to ") and not P.TO_INFINITIVE.match(extra) \
            or _verb(match) in CHARACTERIZING_VERBS and P.VERB_OBJECT.fullmatch(extra) is not None \
            or _verb(match) in REPORTING_VERBS and P.REPORTED_SUBJECT.fullmatch(extra) is not None \
            or _verb(match) in HEARER_VERBS and P.HEARER_THEN_THAT.match(extra) is not None
        relative = P.RELATIVE_SUBJECT.search(head, 0, match.end("who")) if framed else None
        if relative:  # "by the Society of Arborists, which concluded the tree has “…”"
            who = _antecedent(head[:relative.start()]) or who
        pronoun = P.TRAILING_PRONOUN.search(who)
        if pronoun:  # "Roe identified what he called “…”", "in which she famously implored them to “…”"
            return Attribution(_verb(match), _sentence_subject(who) or pronoun.group("who"), "before", framed)
        last_segment = who.rsplit(",", 1)[-1].strip()
        if (P.UNNAMED_PERSON_SUBJECT.match(who) or "," in who and P.UNNAMED_PERSON_SUBJECT.fullmatch(last_segment)) \
                and split_speaker(last_segment).kind == "none" and split_speaker(who).kind != "person":
            # (not "the owner of the property, Delbert Wayne Hollis, 52, allegedly told": he is named)
            # "One victim, a widower from Ohio, wrote in a letter"; "…, at a branch in New Stanton, the suspect told"
            return Attribution(_verb(match), "", "before", framed)  # "…, at a branch in New Stanton, the suspect told"
        if who.lower() in PLURAL_PEOPLE:
            return Attribution(_verb(match), "", "before", framed)  # "Witnesses testified that …": people unnamed
        if split_speaker(who).kind != "none":
            return Attribution(_verb(match), who, "before", framed)
        if P.UNNAMED_SOURCE.fullmatch(last_segment) and framed \
                and _verb(match).endswith(_PAST_TENSE):  # "the opening remarks": a noun, not a cue
            return Attribution(_verb(match), "", "before")  # "One of the defendants yelled “…”"
    match = P.HEAD_VERB_WHO.search(head, verb.start())
    if match and P.IN_A_DOCUMENT.match(match.group("who")):
        match = None  # "Roe said in a statement released through the Office:": the document, not its speaker
    if match and split_speaker(match.group("who")).kind != "none" \
            and not (_verb(match) in HEARER_VERBS or _verb(match).endswith("ing")):  # "telling the other officer": the one told
        return Attribution(_verb(match), match.group("who").strip(), "before")
    return _reported_clause(head) or _colon_after_subject_cue(head)


_MESSAGE_VERBS = (" read", " reading", " sent", " wrote", " posted", " texted")
"""The verbs MESSAGE_THAT_READ and MESSAGE_SENT_BY end with."""


def _written_by_subject(head: str) -> Attribution | None:
    """A note or message ``that read`` in the words of whoever the sentence says passed it
    (``Pruitt handed a teller a note that read, “…”``, ``he slid a note reading``)."""
    if not any(verb in head for verb in _MESSAGE_VERBS):
        return None  # (a cheap test first: this runs on every head)
    sent = P.MESSAGE_SENT_BY.search(head)  # "a text message that Bellweather allegedly sent to a member:"
    if sent and split_speaker(sent.group("who")).kind in ("person", "surname"):
        return Attribution("sent", sent.group("who"), "before")
    message = P.MESSAGE_THAT_READ.search(head)
    if not message:
        return None
    sender = P.MESSAGE_FROM.search(message.group())  # "a note from Pennington to her office manager that read"
    if sender and split_speaker(sender.group("who")).kind in ("person", "surname"):
        return Attribution("read", sender.group("who"), "before")
    # the nearest: "Witnesses testified that he displayed a gun and handed tellers a note reading"
    handler = P.last_match(P.MESSAGE_HANDLER, head, 0, message.start())
    if handler is None:
        return None
    if handler.group("unnamed"):  # "Roe said the robber slid a note that read": no one named,
        described = P.DEFENDANT_REFERENCE.fullmatch(handler.group("unnamed"))  # unless the release charges one person
        return Attribution("read", handler.group("unnamed") if described else "", "before")
    who = handler.group("who") or handler.group("name")
    if split_speaker(who).kind not in ("person", "surname", "pronoun"):
        return None
    return Attribution("read", who, "before")


def _colon_after_subject_cue(head: str) -> Attribution | None:
    """A sentence that opens with a named subject and its speech verb and ends in a colon, or
    reports a ``that`` clause, introduces its subject's words however long the narration between
    (``Roe emphasized the link between …, which the report describes as epidemic: “…”``; ``Roe
    warned drivers working for his organization that anyone who lost a load would “…”``)."""
    head = head.strip(_HEAD_EDGES)  # (a mark closing the quote before, masked, is no part of the sentence)
    at, subject = _opening_subject(head)
    if subject is None or subject.re is P.PRONOUN_SUBJECT:
        return None
    verb = P.SPEECH_VERB.match(head, at + subject.end())
    who = subject.group("who")
    if split_speaker(who).kind not in ("person", "surname", "title"):
        return None
    predicate = head[at + subject.end():]
    overheard = P.OVERHEARD_SAYING.match(predicate)  # "Roe was recorded in January telling an informant that"
    if overheard and (head.endswith((":", ",", " that")) or P.REPORTED_THAT_CLAUSE.search(head)):
        return Attribution(overheard.group("verb").lower(), who, "before")
    if verb is None:  # "Sheriff Tolliver put it bluntly: “…”": a short predicate and a colon introduce the words
        if head.endswith(":") and len(words_of(predicate)) <= MAX_COLON_PREDICATE_WORDS \
                and not P.SENTENCE_END.search(predicate) and not any(w[:1].isupper() for w in words_of(predicate)):
            return Attribution(":", who, "before")
        return _coordinated_cue(head, at + subject.end(), who)
    rest = head[verb.end():].lstrip()
    reported = P.REPORTED_THAT.match(rest) is not None  # "Roe added that her office …"
    # (or "Roe told a 13-year-old victim he would send the images …": the one told, then the clause)
    reported = reported or verb.group().lower() in HEARER_VERBS and P.HEARER_THEN_THAT.match(rest) is not None
    if not (head.endswith(":") or reported or P.REPORTED_THAT_CLAUSE.search(head)):
        return _coordinated_cue(head, at + subject.end(), who)
    return Attribution(verb.group().lower(), who, "before")


_HEAD_EDGES = " \t\n″"
"""What may stand at either end of a head besides its sentence: space, and the masked mark that
closed a quoted term before it."""

MAX_WORDS_AFTER_LAST_CUE = 14
"""Words a subject's last speech verb may have after it before the quote's comma or colon (the
one told and where: ``told an 81-year-old widow in Ottumwa, Iowa, in a recorded call,``)."""


def _coordinated_cue(head: str, predicate_start: int, who: str) -> Attribution | None:
    """The subject's own last speech verb, however long the predicate before it, when the head
    stops on a comma or colon soon after it: ``Hembree used the screen name … and, in one message
    quoted in the indictment, wrote: “…”``; ``defendant Roe told an 81-year-old widow in Ottumwa,
    Iowa, in a call recorded by investigators, “…”``. The verb must go on the subject's clause
    (after the subject, a comma or ``and``), not follow a noun of its own (``said the defendant told them:``)."""
    if not head.endswith((":", ",")) and not P.REPORTED_THAT_CLAUSE.search(head):
        return None  # (or "… and boasted on a forum that the group’s infrastructure was “…”")
    parts = split_speaker(who)
    if parts.kind == "surname" and not parts.title and not P.FINITE_CLAUSE.match(head, predicate_start) \
            and not head.startswith("who ", predicate_start):  # ("Surkov, who used …, administered")
        return None  # "One departing American", "Outside the plant": a lone capital acting as no verb's subject
    verb = P.last_match(P.SPEECH_VERB, head, predicate_start)
    if verb is None or verb.group().endswith("ing"):
        return None
    before = head[predicate_start:verb.start()].rstrip()
    after = head[verb.end():].split(" that ", 1)[0]  # (the words of a reported clause are the quote's own)
    if before and not before.endswith((",", " and")) or P.SENTENCE_END.search(head, predicate_start) \
            or len(words_of(after)) > MAX_WORDS_AFTER_LAST_CUE:
        return None
    return Attribution(verb.group().lower(), who, "before", framed=False)


def _named(phrase: str) -> str | None:
    """``phrase`` when it names a person, by full name or surname; a lone surname in capitals, as
    legacy releases print it (``BYNUM told her``, ``captured MITCHELL telling``), title-cased."""
    if phrase.isupper() and len(phrase) > 3 and " " not in phrase:
        phrase = phrase.title()
    return phrase if split_speaker(phrase).kind in ("person", "surname") else None


def _nearer_cue(extra: str) -> Attribution | None:
    """A second speech verb with its own subject between the first cue and the quote, which
    governs it: ``Prosecutors said the defendant shouted “…”`` is the defendant's, by no one
    named; ``Roe said Smith told her “…”`` is Smith's."""
    verb = P.last_match(P.SPEECH_VERB, extra)  # the cue nearest the quote ("when she asked …, Roe told her")
    if verb is None or verb.group().endswith("ing"):
        return None  # "praised the task force, adding, “…”": a participle goes back to the first subject
    who = P.REPORTED_THAT.sub("", extra[:verb.start()].strip(" ,"))
    if " that " in who:  # "testified at trial that BYNUM told her": the reported clause's subject, if it names one
        who = _named(who.rsplit(" that ", 1)[1]) or who
    if who.endswith(" and") or who == "and":
        return None  # "Roe praised the attack and said": one subject, two verbs
    subject = who.rsplit(",", 1)[-1].strip()
    if subject != who and split_speaker(subject).kind in ("person", "surname", "pronoun"):
        who = subject  # "a message to an associate who had asked how he filled out the forms, Roe wrote"
    rest = extra[verb.end():].strip(" ,:")
    hearer = verb.group().lower() in HEARER_VERBS and P.HEARER.fullmatch(rest) is not None \
        or P.TO_HEARER.fullmatch(rest) is not None  # "Haddad wrote to one recruiter, “…”"
    reported = rest.startswith("that ") and P.REPORTED_SUBJECT.fullmatch(rest) is not None  # "wrote that the packages"
    if not reported and rest.startswith("to "):  # "Esposito wrote to Marsh that the “…”"
        told = P.TO_HEARER_THEN_CLAUSE.fullmatch(rest)
        reported = told is not None and P.REPORTED_SUBJECT.fullmatch(told.group("clause")) is not None
    if not who or P.PASSIVE_BEFORE_VERB.search(who) or len(words_of(rest)) > 2 and not (hearer or reported):
        return None  # "wrote a report stating that he used an “…”": the quote is far from that cue
    # ("calls in which Roe told a driver for the crew, “…”": the one told is no distance)
    framed = not rest or rest == "that" or rest in _OBJECT_PRONOUNS or hearer or reported
    if P.UNNAMED_SOURCE.fullmatch(who) and (P.UNNAMED_PERSON_SUBJECT.fullmatch(who) or P.PLURAL_SOURCE.fullmatch(who)) \
            or who.split()[-1].lower() in INDEFINITE_SPEAKERS:
        # "the defendant shouted", "officials said"; not "the length of the sentence reflected"
        return Attribution(verb.group().lower(), "", "before", framed)
    parts = split_speaker(who)
    if parts.kind in ("person", "surname", "pronoun") and len(words_of(who)) <= 6:
        return Attribution(verb.group().lower(), who, "before", framed)
    return None


_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "them", "us", "you"})
"""The one told, as a pronoun: ``telling them, “…”`` frames the quote as closely as ``said``."""

_PAST_TENSE = ("ed", "said", "told", "wrote", "spoke")
"""Endings of a past-tense cue, which a plural noun (``remarks``, ``notes``) never has."""

_NOT_SUBJECTS = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "their"})
"""Words that open a sentence capitalised without naming anyone (``The complaint alleges``)."""

MAX_COLON_PREDICATE_WORDS = 6
"""Words between a named subject and the colon before its quote when no speech verb stands there
(``Roe put it bluntly:``, ``Roe had a message for the defendants:``)."""

MAX_SUBJECT_TO_VERB_WORDS = 4
"""Words an adverbial may put between a subject and its verb (``Roe in a statement said``)."""


def _statement_by(head: str) -> Attribution | None:
    """The person whose statement the quote's clause reports: ``the statement by Foreign Minister
    Jane Roe that his government will “…”``."""
    match = P.STATEMENT_BY_THAT.search(head)
    if match is None or split_speaker(match.group("who")).kind not in ("person", "title"):
        return None
    return Attribution("statement", match.group("who"), "before")


def _reported_clause(head: str) -> Attribution | None:
    """The subject of the sentence when the quote closes the clause its reporting verb
    reports: ``President Jane Roe in a statement said the plant is another sign the state is “…”``.
    The verb follows the subject closely or after ``and`` (``stood on the stage and said that``)."""
    sentence = head[P.sentence_start(head, len(head), 0):].lstrip()
    at, subject = _opening_subject(sentence)
    if subject is None:
        return None
    cue = P.REPORTING_CUE.search(sentence, at + subject.end("who"))
    frame = None if cue else P.STATEMENT_FRAME.search(sentence, at + subject.end("who"))
    if cue is None and frame is None:
        return None
    between = sentence[at + subject.end("who"):(cue or frame).start()]
    if not (cue and "and" in cue.group("lead")) and len(words_of(between)) > MAX_SUBJECT_TO_VERB_WORDS:
        return None
    if frame is not None:  # "The agency provided the following in concurrence with the report, “…”"
        return Attribution("statement", subject.group("who"), "before") \
            if split_speaker(subject.group("who")).kind != "none" else None
    who = subject.group("who")
    if len(words_of(who)) < 2 and who.lower() in _NOT_SUBJECTS:
        return None  # "The complaint alleges …": an article opening the sentence names no one
    parts = split_speaker(who)
    if parts.kind == "none" or parts.kind == "surname" and not parts.title or P.SENTENCE_END.search(between):
        return None  # "Other students noted that …": a lone capital is no speaker
    # far from its verb, a quote must read as a statement, not a term ("used an “open hand strike”")
    return Attribution(_verb(cue), who, "before", framed=False)


def _participle_subject(match) -> str | None:
    """The subject of the clause a participle cue closes (``Director Roe called for action,
    saying: "…"`` -> ``Director Roe``), when the phrase before the cue names no one itself."""
    if not match.group("verb").endswith("ing"):
        return None
    phrase = match.group("who").strip(" ,")
    shown = P.SHOWN_SPEAKING.search(phrase)  # "Text messages introduced at trial showed Cardoso telling …"
    if shown is not None and (who := _named(shown.group("who"))) is not None:
        return who
    # "a survivor testified that Quiñónez ordered the soldiers to burn it, telling them": his words
    reported = P.last_match(P.THAT_CLAUSE_SUBJECT, phrase)
    if reported is not None and split_speaker(reported.group("who")).kind in ("person", "surname"):
        return reported.group("who")
    at, subject = _opening_subject(phrase)  # "In his remarks, the President thanked …", "But he left …"
    if subject is not None and subject.re is P.PRONOUN_SUBJECT:
        return subject.group("who")
    who = phrase[at:]
    parts = split_speaker(subject.group("who")) if subject else None
    # a full name, or a surname under a title ("FBI Director Roe"); a lone capital ("Monday") is not
    # or a title standing for one ("The Secretary ended by saying")
    lone = parts is not None and parts.kind == "surname" and not parts.title
    if lone and not (P.FINITE_CLAUSE.match(who, subject.end()) and not subject.group("who").endswith("s")):
        return None  # "Carver apologized to the victims, saying": a surname acting; "Agents seized": a plural
    if parts is None or not (parts.kind in ("person", "title", "surname")):
        return None
    if split_speaker(phrase).kind in ("person", "surname", "pronoun") and not P.FINITE_CLAUSE.match(who, subject.end()):
        return None  # "Jane Roe, the U.S. Attorney, saying": the phrase is the speaker itself
    return subject.group("who")


def _past_opener(who: str) -> str:
    """A speaker phrase without the phrase opening its sentence (``During a meeting in Sheffield
    Village, Roe allegedly`` -> ``Roe allegedly``; ``Addressing Greer directly, the judge``)."""
    opener = P.INTRODUCTORY_PHRASE.match(who)
    return who[opener.end():] if opener and opener.end() < len(who) else who


def _antecedent(phrase: str) -> str | None:
    """The person or organization named at the very end of ``phrase`` (what ``, which`` or
    ``, who`` after it refers to)."""
    phrase = phrase[:P.TRAILING_AGE_AND_HOME.search(phrase).start()] or phrase  # "Jane Roe, 45, of Miami, who"
    end = len(phrase)
    organization = P.last_match(P.ORGANIZATION_MENTION, phrase)
    if organization is not None and organization.end() == end:
        return P.LEADING_THE.sub("", organization.group())
    mentions = name_mentions(phrase)
    if mentions and phrase.rstrip(" ,").endswith(mentions[-1][1]):  # (a mention's offset is its title's)
        return mentions[-1][1]
    return None


def _only_names_and_titles(phrase: str) -> bool:
    """Capitalised words and the small words of titles only (``Director Jane Roe of the FBI``),
    no narration (``warrants of arrest issued by …``)."""
    return not any(w.islower() and w not in FUNCTION_WORDS for w in words_of(phrase))


def _opening_subject(clause: str) -> tuple[int, re.Match | None]:
    """Where ``clause``'s subject starts, past an opening phrase (``In his remarks,``, ``But``),
    and the pronoun (``he``) or capitalised run (``FBI Director Roe``) standing there; the match
    is of ``clause[start:]``."""
    opener = P.DATE_OPENER.match(clause) or P.INTRODUCTORY_PHRASE.match(clause) or P.LEADING_CONNECTIVE_WORD.match(clause)
    at = opener.end() if opener else 0
    while opener and (opener := P.DATE_OPENER.match(clause, at)):  # "According to court documents, on Nov. 14, 2015, "
        at = opener.end()
    frame = P.DOCUMENT_FRAME.match(clause, at)  # "The indictment alleges that Walter Aguilar-Reyes, …, told"
    at = frame.end() if frame else at
    role = P.ROLE_BEFORE_NAME.match(clause, at)  # "defendant Lucien R. Marchand told …"
    at = role.end() if role else at
    described = P.DESCRIBED_APPOSITIVE.match(clause, at)  # "A spokesperson for the police, Inspector Jo Roe, told"
    at = described.start("name") if described else at
    return at, P.PRONOUN_SUBJECT.match(clause[at:]) or P.CLAUSE_SUBJECT.match(clause[at:])


def _sentence_subject(clause: str, organizations: bool = False, titles: bool = False) -> str | None:
    """The named subject opening ``clause`` (after ``In his remarks,`` or ``But``), if any:
    ``President Roe`` in ``In his remarks, President Roe identified what he``; with
    ``organizations``, an organization too (``The Commission has documented … and``); with
    ``titles``, a title standing for its holder (``the U.S. Attorney declined to comment but``)."""
    clause = clause.lstrip()
    at, subject = _opening_subject(clause)
    kinds = ("person", "surname", "title") if titles else ("person", "surname")
    if subject is not None and subject.re is not P.PRONOUN_SUBJECT \
            and split_speaker(subject.group("who")).kind in kinds:
        return subject.group("who")
    if organizations:  # "The Inter-American Commission on Human Rights has documented …"
        organization = P.ORGANIZATION_MENTION.match(clause, at + 4 * (clause[at:at + 4].lower() == "the "))
        if organization and split_speaker(organization.group()).kind == "organization":
            return organization.group()
    return None


def _who_floor(head: str, first_verb: int) -> int | None:
    """Where a HEAD_WHO_VERB match may start at the earliest, or ``None`` when none can. Its
    speaker phrase is at most MAX_WHO characters before the whitespace in front of the first
    speech verb, and before where HEAD_CUE_TO_END first matches, as every HEAD_WHO_VERB match
    ends so (searching from there finds the same match, without trying every start before it)."""
    space = first_verb
    while space and head[space - 1].isspace():
        space -= 1
    floor = max(0, space - P.MAX_WHO)
    cue = P.HEAD_CUE_TO_END.search(head, floor)
    return None if cue is None else max(floor, cue.start() - P.MAX_WHO)


def _verb(match) -> str:
    return " ".join(match.group("verb").lower().split())


def _issuer(who: str) -> str:
    """The source of ``a statement from the Jamaica Defence Force``: its issuer."""
    return P.ISSUED_BY.sub("", who)


def _cut_who(who: str) -> str:
    """The speaker phrase after a verb-first cue: up to where the rest of the sentence begins, or the
    named person closing a long description (``said the head of the Division, who oversaw …,
    Assistant Attorney General Jane Roe.``)."""
    stop = P.WHO_STOP.search(who)
    if stop:
        closing = who.rstrip().rstrip(".").rsplit(",", 1)
        described = LEADING_ARTICLE.match(who.lstrip()) is not None  # "the prosecutor who brought …"
        if len(closing) == 2 and (described or split_speaker(who[:stop.start()]).kind not in ("person", "pronoun")):
            parts = split_speaker(closing[1])
            if parts.kind == "person" or parts.kind == "surname" and parts.title:
                return closing[1].strip()
        who = who[:stop.start()]
    return who.strip().rstrip(".,;:").strip()
