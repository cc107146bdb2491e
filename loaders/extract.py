"""The extraction pipeline: spans -> cues -> speaker phrase -> name/title -> resolution.

``extract_quotes(text)`` is a pure function of the stored release text; it returns
:class:`ExtractedQuote` records whose offsets index that text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders import patterns as P
from loaders.attribution import Attribution, attribute
from loaders.coref import OTHER_GENDER, ReleasePeople, unnamed_subject
from loaders.names import POSSESSIVE, WORD, SpeakerParts, clean_title, name_mentions, split_speaker, words_of
from loaders.quotes import DOUBLE_MARK, QuoteSpan, find_spans, paragraphs
from loaders.records import ExtractedQuote
from loaders.vocab import (
    CHARACTERIZING_VERBS, HONORIFICS, MEDIA_LABELS, NAME_ONLY_FRAMES, NAMING_VERBS, ORGANIZATION_HEADS, PRONOUN_GENDERS,
    SPEECH_VERBS,
)

EXTRACTOR_VERSION = "0.9.3"
"""Bumped whenever extraction output may change, so stored releases can be re-extracted."""

_CLAUSE_ENDS = (",", ".", "!", "?")
"""Punctuation a span of words said ends with inside its marks; a quoted name or term has none."""

MIN_UNATTRIBUTED_WORDS = 4
"""An unattributed quote shorter than this is taken for a quoted term, not speech."""

_SENTENCE_FINAL = re.compile(r"[.!?…]['’\"”]?$")


def extract_quotes(text: str, *, title: str | None = None) -> list[ExtractedQuote]:
    """Every quotation in ``text`` with its speaker resolved within the release.

    ``title``, the release title, is read only for the names it mentions (a speaker named in
    full only in the title); no quote is taken from it and no offset points into it."""
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    if not spans:
        return []
    people = ReleasePeople.from_text(text, title=title)
    found: list[tuple[QuoteSpan, Attribution | None, SpeakerParts | None]] = []
    bounding = [not _names_something(text, span) for span in spans]  # quotations, not quoted names
    windows = _windows(text, spans, paras, bounding)
    for index, span in enumerate(spans):
        para = paras[span.paragraph]
        prev_end, next_start = windows[index]
        attribution = attribute(text, span, para, prev_end, next_start)
        parts = split_speaker(attribution.phrase) if attribution else None
        found.append((span, attribution, parts))

    results: list[ExtractedQuote] = []
    speakers: list[tuple[str, str | None]] = []  # resolved (name, title) in order of speaking
    for index, (span, attribution, parts) in enumerate(found):
        context = (text, paras, people, speakers, found, index, results[-1] if results else None, bounding)
        record = _resolve(span, span.text(text), attribution, parts, context)
        if record is None:
            continue
        results.append(_trimmed(text, span, record))
        if record.speaker:
            speakers.append((record.speaker, record.title))
    return _quoted_again(text, results)


def _quoted_again(text: str, results: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """Quotes with no speaker whose words the release quotes again with one (``Other students
    noted that “…”`` and, further on, ``“…,” Soto said``) take that speaker."""
    unattributed = [i for i, r in enumerate(results) if r.speaker is None and _repeated(text, r.quote)]
    if not unattributed or len(unattributed) == len(results):
        return results
    spoken = [(_plain_words(r.quote), r) for r in results if r.speaker]
    everything = "\n".join(words for words, _ in spoken)
    for index in unattributed:
        words = _plain_words(results[index].quote)
        if words.count(" ") < MIN_REPEATED_WORDS - 1 or words not in everything:
            continue
        same = {r.speaker: r for other, r in spoken if words in other}
        if len(same) == 1:
            source, = same.values()
            results[index] = replace(results[index], speaker=source.speaker, title=source.title,
                                     organization=source.organization, readable_title=source.readable_title)
    return results


def _repeated(text: str, quote: str) -> bool:
    """The quote's inner words (first and last left out, whose case and punctuation may differ)
    stand at least twice in the release: a cheap test before comparing words."""
    first, last = quote.find(" "), quote.rfind(" ")
    if quote.count(" ") < MIN_REPEATED_WORDS - 1:
        return False
    return text.count(quote[first + 1:last]) > 1


def _plain_words(quote: str) -> str:
    return " ".join(P.PLAIN_WORD.findall(quote.lower()))


MIN_REPEATED_WORDS = 5
"""Words two quotes must share for one to be the other repeated."""


def _windows(text: str, spans: list[QuoteSpan], paras: list[tuple[int, int]],
             bounding: list[bool]) -> list[tuple[int, int]]:
    """Per span, where its attribution may be looked for: between the quotations around it,
    ``(end of the previous one in its paragraph + 1, start of the next one - 1)``. A quoted
    name or term (``Operation “Clean Sweep,” saying, “…”``) is part of the sentence around it,
    not a quotation bounding it."""
    starts: list[int] = []
    last_end, last_paragraph = -1, -1
    for span, bounds in zip(spans, bounding):
        if span.paragraph != last_paragraph:
            last_end, last_paragraph = paras[span.paragraph][0], span.paragraph
        starts.append(last_end)
        if bounds:
            last_end = span.end + 1
    ends = [len(text)] * len(spans)
    for index in range(len(spans) - 2, -1, -1):  # the next span, if it bounds, else where that one's window ends
        after = spans[index + 1]
        bounds = bounding[index + 1] or after.paragraph != spans[index].paragraph
        ends[index] = after.start - 1 if bounds else ends[index + 1]
    return list(zip(starts, ends))


_LONGEST_NAME = 80
"""Characters a quoted name or term of four words may take at most; longer spans are speech."""


def _names_something(text: str, span: QuoteSpan) -> bool:
    """A short quoted name, nickname, title or term (``known as “Flaco,”``, ``the “TAKE IT DOWN”
    Act``, ``a “scam,”``, home “cook” labs), told by its shape alone, before any attribution is known."""
    pieces = span.pieces
    if len(pieces) > 1 or pieces[0][1] - pieces[0][0] > _LONGEST_NAME or not span.opened or not span.closed:
        return False
    quote = span.text(text)
    size = len(words_of(quote))
    if quote.endswith(",") and P.CUE_RIGHT_AFTER.match(text, span.end + 1):
        return False  # "“Today,” Holloway vowed, “we …”": the first piece of a split quote
    return size <= 4 and _is_name_like(text, span, quote) or _nickname_in_name(text, span, quote) \
        or size == 1 and quote.islower() and not quote.endswith(_CLAUSE_ENDS) \
        or size <= 2 and P.DETERMINER_BEFORE.search(text, max(0, span.start - 8), span.start - 1) is not None \
        or size <= _LONGEST_TITLE_WORDS and not quote.endswith(_CLAUSE_ENDS) and _title_case(quote) \
        and P.OWNER_BEFORE.search(text, max(0, span.start - 8), span.start - 1) is not None


_LONGEST_TITLE_WORDS = 10
"""Words a quoted title after an owner (``the DEA’s “2015 National Drug Threat Assessment Summary”``) may take."""


def _trimmed(text: str, span: QuoteSpan, record: ExtractedQuote) -> ExtractedQuote:
    """A one-paragraph quote with its span narrowed to the stripped quote, so that
    ``text[start:end] == quote`` (an unclosed mark before a space keeps the space out)."""
    if len(span.pieces) > 1:
        return record
    start, end = record.start, record.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return record if (start, end) == (record.start, record.end) else replace(record, start=start, end=end)


def _resolve(span: QuoteSpan, quote: str, attribution: Attribution | None, parts: SpeakerParts | None,
             context) -> ExtractedQuote | None:
    """The record for one span, or ``None`` when the span is a term or name, not a quotation.

    Order: its own attribution; a speaker line above it; a dash line under it; the quote it
    continues; else, when it reads as a statement, a quote with no speaker."""
    text, paras, people, speakers, found, index, last, bounding = context
    if last is not None and last.speaker and last.paragraph == span.paragraph and span.opened \
            and last.end < span.start and (P.FRAGMENT_LINK.fullmatch(text, last.end + 1, span.start - 1)
                                           or P.COORDINATED_CUE.fullmatch(text, last.end + 1, span.start - 1)):
        # called “dangerous,” a “failure,” and “bad for us”; called it a “scam,” and claimed it was “…”:
        # fragments under one cue, or under cues sharing one subject, share its speaker
        return replace(last, quote=quote, start=span.start, end=span.end, paragraph=span.paragraph)
    if _is_term(text, span, quote, attribution) or P.naming_frame(text, max(0, span.start - 1)) in NAME_ONLY_FRAMES \
            or P.labeled_as(text, max(0, span.start - 60), max(0, span.start - 1)) \
            or _nickname_in_name(text, span, quote) \
            or _modifies_next_word(text, span) and (_title_case(quote) or len(words_of(quote)) == 1 or _titled_question(text, span, quote)):
        return None  # the “Blue Comet” diner, the “What Can I Bring?” tool, “guaranteed” real estate notes
    if last is not None and last.speaker and span.opened \
            and P.TOPIC_LABEL.match(text, paras[span.paragraph][0], max(paras[span.paragraph][0], span.start - 1)):
        # "- On tariffs: “…”": interview bullets go on quoting the last speaker
        return ExtractedQuote(quote, span.start, span.end, span.paragraph, last.speaker, last.speaker_as_written,
                              last.title, last.organization, ":", last.readable_title)
    if parts is not None and (parts.name or "").lower() in MEDIA_LABELS:
        # "VIDEO: “…”" under "6 ABC (Philadelphia, PA): headline": the outlet speaks, not the label
        outlet = _outlet_heading(text, span, paras)
        attribution = replace(attribution, phrase=outlet or "")
        parts = SpeakerParts("organization", name=outlet) if outlet else None
    defendant = people.defendant() if attribution is not None and attribution.phrase \
        and P.DEFENDANT_REFERENCE.fullmatch(attribution.phrase) else None
    if defendant is not None:
        # "the suspect … handed over a note reading “…”": the one person the release names with an age
        return ExtractedQuote(quote, span.start, span.end, span.paragraph, defendant, attribution.phrase,
                              cue=attribution.cue)
    if attribution is not None and attribution.issued:
        # "Roe said in a statement that … “…,” the statement said.": the one the narration has issuing it
        own = paras[span.paragraph][0]  # the quote's own paragraph first, then the one before it too
        window = own if span.paragraph == 0 else paras[span.paragraph - 1][0]
        issuer = people.reported_speaker(text, own, span.start - 1, speakers) \
            or _speaking_organization(text, own, span.start - 1) \
            or people.reported_speaker(text, window, span.start - 1, speakers) \
            or _speaking_organization(text, window, span.start - 1)
        if issuer is not None:
            return _by_known_person(span, quote, issuer, attribution.phrase, people, attribution.cue)
    if attribution is not None and not attribution.phrase:
        # a passive frame ("she was told, …") or a described speaker: speech by no one the sentence
        # names, unless the span is itself a name or title (so-called "coyotes," told the group)
        if _is_name_like(text, span, quote) or not attribution.framed and _modifies_next_word(text, span) \
                and not quote.endswith(_CLAUSE_ENDS):
            return None  # (far from its cue, a span qualifying the next noun is a term: 'local “mom and pop” labs')
        return ExtractedQuote(quote, span.start, span.end, span.paragraph, cue=attribution.cue)
    if attribution is None or parts is None or parts.kind == "none":
        # a signature under the quote outranks a heading above it ("WHAT THEY ARE SAYING:")
        heading = _dash_line(text, span, paras) or _heading_line(text, span, paras)
        if heading is not None:
            attribution, parts = heading
    if attribution is not None and parts is not None and parts.kind != "none":
        if not attribution.framed and not _is_statement(text, span, quote):
            return None
        if attribution.cue in CHARACTERIZING_VERBS and _a_label(quote):
            return None  # called the law “garbage”, called it “Community Shield”: a label, not words said
        if _is_name_like(text, span, quote) and attribution.side == "before" and not quote.endswith((",", ".")):
            return None
        # the last quotation before it bounds the narration a pronoun reads back over; a quoted name does not
        previous = next((found[i][0] for i in range(index - 1, -1, -1) if bounding[i]), None)
        return _record(text, span, quote, attribution, parts, people, speakers,
                       _narration_start(text, span, previous, paras))
    dash = _dash_line(text, span, paras)  # a signature under the quote outranks the speaker before it
    if dash is not None:
        return _record(text, span, quote, dash[0], dash[1], people, speakers)
    inherited = _inherited(text, span, last, found, index, paras)
    if inherited is not None and not (_is_name_like(text, span, quote) and not quote.endswith(_CLAUSE_ENDS)):
        # (a name or title the narration goes on to quote, a court-supervised “Compliance Plan”, is no continuation)
        return ExtractedQuote(quote, span.start, span.end, span.paragraph, inherited.speaker,
                              inherited.speaker_as_written, inherited.title, inherited.organization,
                              inherited.cue, inherited.readable_title)
    if not _is_statement(text, span, quote):
        return None
    narrator = _narrated_speaker(text, span, paras, people, speakers)
    if narrator is not None:
        return _by_known_person(span, quote, narrator, narrator, people)
    return ExtractedQuote(quote, span.start, span.end, span.paragraph)


def _by_known_person(span: QuoteSpan, quote: str, name: str, as_written: str, people: ReleasePeople,
                     cue: str | None = None) -> ExtractedQuote:
    """The record of a quote whose speaker the release, not its cue's phrase, names: the title
    known for that name, readable."""
    title = people.titles.get(name)
    return ExtractedQuote(quote, span.start, span.end, span.paragraph, name, as_written, title, cue=cue,
                          readable_title=people.readable_title(title))


def _speaking_organization(text: str, start: int, end: int) -> str | None:
    """The last organization in ``text[start:end]`` named right before a speech verb (``The
    Department of Homeland Security said in a statement …``): who issued the statement quoted next."""
    found = None
    for organization in P.ORGANIZATION_MENTION.finditer(text, start, end):
        if text.startswith(" ", organization.end()) and P.SPEECH_VERB.match(text, organization.end() + 1, end):
            found = P.LEADING_THE.sub("", organization.group())
    return found


_CLOSING_MARKS = " ”\"’"
"""Closing marks (and space) a sentence after a quotation starts with, by the way ROUGH_SENTENCE cuts."""


def _narrated_speaker(text: str, span: QuoteSpan, paras, people: ReleasePeople,
                      speakers: list[tuple[str, str | None]] = ()) -> str | None:
    """The person the sentence before has speaking, for a quote with no cue that opens its
    paragraph or a sentence of it: ``Director Jane Roe praised the officers.`` then ``“They
    worked …”``. Only the last sentence of narration with no quotation of its own is read; a
    bare title there is its holder among ``speakers`` first, as a cue's title is."""
    p_start = paras[span.paragraph][0]
    if span.start - 1 > p_start:  # the quote opens a sentence inside its paragraph
        start, end = p_start, span.start - 1
        while end > start and text[end - 1].isspace():
            end -= 1
    elif span.paragraph:
        start, end = paras[span.paragraph - 1]
    else:
        return None
    last = P.last_match(P.ROUGH_SENTENCE, text, start, end)
    if last is None or not last.group().rstrip().endswith((".", ":")) \
            or DOUBLE_MARK.search(last.group().lstrip(_CLOSING_MARKS)):
        return None  # (a quotation earlier in the paragraph, a quoted tool's name, leaves the last sentence whole;
        # so does the closing mark of one ending just before it: '… “hospital grade.” He said:')
    if last.group().rstrip().endswith(":"):
        # "Achterberg outlined the department's priorities in remarks to port officials:" then the quote
        words = words_of(last.group())
        lead = _subject_length(words)
        acts = P.FINITE_CLAUSE.match(" ".join(words[lead:lead + 3])) is not None  # a verb, not a speaker label
        parts = split_speaker(" ".join(words[:lead])) if 0 < lead <= 6 and acts else None
        if parts is not None and parts.kind in ("person", "surname"):
            name = people.fullest(parts.name or "", parts.title)
            if len(words_of(name)) > 1:
                return name
    verb = P.SPEECH_VERB.search(last.group()) or P.STATEMENT_FRAME.search(last.group()) \
        or P.EVENT_VERB.search(last.group())  # "Chargé d'Affaires Jane Roe opened the event." then the quote
    closing = P.last_match(P.SPEECH_VERB, last.group()) if verb else None
    if closing and last.group()[closing.end():].strip() == ":":
        verb = closing  # "Worthy, whose office is prosecuting them under state law, said:": the verb before the colon
    subject = last.group()[:verb.start()].strip() if verb else ""
    if verb and subject and last.group()[verb.end():].strip() == ":":
        # "In a letter opening the guide, John Roe, the President’s adviser, said:" then the quote
        parts = split_speaker(subject.rstrip(","))
        if parts.kind == "person":
            return people.fullest(parts.name or "", parts.title)
        if parts.kind == "surname" and len(words_of(full := people.fullest(parts.name or "", parts.title))) > 1:
            return full  # "Worthy, whose office is prosecuting four of them, said:" then the quote
        if parts.kind == "title":  # "The sheriff said:" then the quote
            return people.with_title(parts.title or "", list(speakers))
    relative = P.RELATIVE_AFTER_NAME.search(subject) if verb else None
    if verb and subject.endswith(",") and relative is None and split_speaker(subject.rstrip(",")).kind != "person":
        # "Agents seized the load, said Director Jane Roe." (not "His daughter, Denise Roe, read a statement.")
        subject = last.group()[verb.end():].strip().rstrip(".:")
    if verb and "," in subject.rstrip(","):  # "His daughter, Denise Kasprzak-Mullins, read a statement."
        described = split_speaker(subject.rstrip(","))
        if described.kind == "person" and not P.SPEECH_VERB.search(subject):
            return people.fullest(described.name or "", described.title)
    # the sentence opens (or, inverted, closes) with its speaker: capitalised title and name words,
    # then at most a few lower-case words before the cue ("Jane Roe closed by quoting …")
    words = words_of(subject)
    lead = _subject_length(words)
    if subject and (lead > 12 or len(words) - lead > _MAX_WORDS_BEFORE_CUE) and "," in subject:
        # "At a press conference with the Minister, the Under Secretary announced …": past the opening
        # phrase; "At the hearing, Jane Roe, who was 11 when …, spoke": before the relative clause
        words = words_of((subject[:relative.start()] if relative else subject).rsplit(",", 1)[-1])
        lead = _subject_length(words)
    if not subject or lead > 12 or len(words) - lead > _MAX_WORDS_BEFORE_CUE \
            or any(not w.islower() for w in words[lead:]):
        return None
    subject = " ".join(words[:lead])
    parts = split_speaker(subject)
    if parts.kind == "pronoun" and parts.name in ("he", "she"):
        # "Roe said the removal went well. He described it this way:" then the quote
        return people.reported_speaker(text, start, last.start()) or _opening_person(text, start, last.start(), people)
    if parts.kind == "title":  # "The Director remarked that cases have risen." then the quote
        return people.with_title(parts.title or "", list(speakers))
    if parts.kind not in ("person", "surname"):
        return None
    name = people.fullest(parts.name or "", parts.title)
    return name if len(words_of(name)) > 1 else None


def _subject_length(words: list[str]) -> int:
    """How many of a sentence's opening words name its subject: the capitalised title and name
    words with the small words of titles, up to the first other lower-case word or an age
    (``Margaret Sweeney, 71, of Bethel Park, was`` names Margaret Sweeney)."""
    return next((i for i, w in enumerate(words) if w.islower() and w not in _SUBJECT_SMALL_WORDS or w.isdigit()),
                len(words))


_MAX_WORDS_BEFORE_CUE = 3
"""Lower-case words allowed between a narrated speaker and the cue (``closed by quoting``)."""

_SUBJECT_SMALL_WORDS = frozenset({"of", "the", "for", "and", "in", "at"})
"""Lower-case words a speaker's title may hold (``Special Agent in Charge of the FBI``)."""


def _record(text: str, span: QuoteSpan, quote: str, attribution: Attribution, parts: SpeakerParts,
            people: ReleasePeople, speakers: list[tuple[str, str | None]], window_start: int = 0) -> ExtractedQuote:
    """The record for one attributed span; ``window_start`` bounds the narration a pronoun may
    look back over (this paragraph, or the one before when the quote opens its own, never
    past the previous quote)."""
    name = title = organization = None
    if parts.kind in ("person", "surname"):
        name = people.fullest(parts.name or "", parts.title or _address(attribution.phrase))
        title = parts.title or _spoken_title(name, speakers) or people.titles.get(name)
        organization = parts.organization
        if parts.kind == "surname" and name == parts.name:
            for spoken, spoken_title in reversed(speakers):
                if spoken.split()[-1] == name:
                    name, title = spoken, title or spoken_title
                    break
            else:  # "Renata Holcomb, whose sister Dana Holcomb was killed, said …. “…,” Holcomb said."
                own = _paragraph_start(text, span.start)  # (a quote opening its paragraph: the one before too)
                opens = _opens_paragraph(text, own, span.start)
                opening = _paragraph_start(text, own - 2) if opens else own
                namesakes = people.by_surname.get(name.lower(), [])
                narrated = people.reported_speaker(text, opening, span.start - 1)
                if narrated is None and len(namesakes) > 1 and not opens:
                    # the quote's own paragraph opens with one of them: "Among those … is Carolyn Roe, whose son, …"
                    narrated = _opening_person(text, own, span.start - 1, people)
                if narrated in namesakes and not any(other != narrated and other in narrated for other in namesakes):
                    name = narrated  # (one of the namesakes, not a longer run around another's name)
    elif parts.kind == "pronoun":
        name = people.reported_speaker(text, window_start, span.start - 1, speakers)
        if name is None and parts.name in ("he", "she"):
            # "Under Secretary Jane Roe introduced the report. “…,” she said.": the subject just before
            own = max(window_start, _paragraph_start(text, span.start))
            name = _opening_person(text, own, span.start - 1, people)
            if name is None and own > window_start:  # the quote opens its paragraph: the one before, unless
                name = _opening_person(text, window_start, own, people, active=True)  # it tells what was done to them
        if name is None and parts.name in ("he", "she") and _unnamed_person_before(text, window_start, span.start - 1):
            # "The robber, dubbed …": the one person the release names with an age
            name = people.defendant() if _unnamed_person_before(text, window_start, span.start - 1, P.DEFENDANT_REFERENCE) else None
            if name is None:
                return ExtractedQuote(quote, span.start, span.end, span.paragraph, None, attribution.phrase,
                                      cue=attribution.cue)  # "One victim, a retired teacher, lost …. “…,” she said."
        if name is None and speakers and parts.name in ("he", "she") and _is_organization(speakers[-1][0]):
            # "he" is no organization: whoever a sentence before has speaking, past the last quote
            name = people.reported_speaker(text, 0, span.start - 1)
        opening = _paragraph_start(text, span.start)
        if name is None and not speakers and parts.name in ("he", "she") and opening < span.start - 1:
            # nobody has spoken yet and the paragraph narrates before the quote: the one person it
            # names just before ("The complaint describes messages in which Roe coached a relative. “…,” he wrote.")
            name = _sole_person(text, opening, span.start - 1, people)
        if name is None and speakers:
            name, title = speakers[-1]
        elif name is None and window_start > 0:
            # the release's first quote: the pronoun stands for whoever was last reported speaking
            # ("U.S. Attorney Jane Roe announced the sentence." … "“…,” she said.")
            name = people.reported_speaker(text, 0, window_start)
        if name is None and not speakers and parts.name in ("he", "she"):
            name = _sole_person(text, window_start, span.start - 1, people)  # the narration before it, one person
        if name is not None and parts.name in ("he", "she") and " " not in name:
            # "Brandt posted messages. In one post he wrote": of the namesakes, the one the pronoun fits
            fitting = [n for n in people.by_surname.get(name.lower(), [])
                       if people.gender(n) != OTHER_GENDER[PRONOUN_GENDERS[parts.name]]]
            name = fitting[0] if len(fitting) == 1 else name
        if name is not None and parts.name in ("he", "she") and people.gender(name) == OTHER_GENDER[PRONOUN_GENDERS[parts.name]]:
            # "he" is not the judge the release calls "she": the one the narration names, or an earlier speaker
            agreeing = _agreeing_person(text, span, window_start, parts.name, people, speakers)
            if agreeing is not None:
                name, title = agreeing, None
        if name is not None and not title:
            title = _spoken_title(name, speakers) or people.titles.get(name)
    elif parts.kind in ("title", "organization") and people.known_surname(attribution.phrase) \
            and not (parts.kind == "organization" and ("&" in (parts.name or "")
                                                      or P.ORGANIZATION_MENTION.fullmatch(parts.name or ""))):
        # "Acting Assistant Attorney General King": a title word that is also a surname here
        title = parts.title
        name = people.fullest(people.known_surname(attribution.phrase) or "")
    elif parts.kind == "title" or parts.kind == "organization" and (people.title_acronym(attribution.phrase)
                                                                    or people.holder_by_initials(attribution.phrase, speakers)):
        title = parts.title or attribution.phrase.strip()  # "the SAC said", where the release defines SAC
        opening = _paragraph_start(text, span.start)  # people this paragraph names before the quote
        nearby = [people.fullest(n) for _, n, _ in name_mentions(text[opening:span.start])] if opening < span.start else []
        name = people.with_title(title or "", speakers, nearby)
    elif parts.kind == "organization":
        name = people.organization(text, parts.name or "", span.start)
    title = clean_title(title)
    return ExtractedQuote(quote, span.start, span.end, span.paragraph, name, attribution.phrase, title,
                          organization, attribution.cue, people.readable_title(title))


def _agreeing_person(text: str, span: QuoteSpan, window_start: int, pronoun: str, people: ReleasePeople,
                     speakers: list[tuple[str, str | None]]) -> str | None:
    """Who ``he``/``she`` stands for when the first choice has the other gender: the one person
    the narration before names, else the latest speaker, whose gender the release does not contradict."""
    candidates = [_sole_person(text, window_start, span.start - 1, people)] + [n for n, _ in reversed(speakers)]
    return next((n for n in candidates if n and people.gender(n) != OTHER_GENDER[PRONOUN_GENDERS[pronoun]]), None)


def _sole_person(text: str, start: int, end: int, people: ReleasePeople) -> str | None:
    """The one person the last sentence in ``text[start:end]`` names (in full or by a known
    surname), in the fullest form the release gives; ``None`` when it names none or several.
    A sentence naming no one but going on about a person (``he displayed a handgun``) is read
    past, to the sentence that names the one it goes on about."""
    end = P.sentence_start(text, end, start)  # the sentence before the pronoun's own
    while end > start:
        begin = P.sentence_start(text, max(start, end - 1), start)
        chunk = text[begin:end]
        # (a possessive read as its name: messages recovered from Smith’s phone name Smith)
        bare = ((m, POSSESSIVE.sub("", m.group())) for m in P.CAPITALIZED_WORD.finditer(chunk))
        surnames = {m: people.fullest(word) for m, word in bare if word.lower() in people.by_surname}
        named = {n for n in {*surnames.values(), *(people.fullest(name) for _, name, _ in name_mentions(chunk))}
                 if len(words_of(n)) > 1}
        if len(named) > 1:  # "Holloway robbed branches in … and Overland Park": the one introduced before, by surname alone
            named &= {full for m, full in surnames.items() if _stands_alone(chunk, m)}
        if named or not P.THIRD_PERSON_PRONOUN.search(chunk):
            return named.pop() if len(named) == 1 else None
        end = begin
    return None


def _stands_alone(text: str, word: re.Match) -> bool:
    """A capitalised word with no other capitalised word beside it: a bare surname (``Holloway
    robbed``), not the last word of a longer name (``Overland Park``)."""
    followed = text.startswith(" ", word.end()) and text[word.end() + 1:word.end() + 2].isupper()
    return not followed and P.NAME_WORD_BEFORE.search(text, 0, word.start()) is None


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding ``text[at]`` starts (the one before, given its start minus 2)."""
    return text.rfind("\n", 0, max(0, at)) + 1


_OPENING_MARKS = " \"“‘'"


def _opens_paragraph(text: str, paragraph: int, at: int) -> bool:
    """Only space and opening marks stand between the paragraph's start and ``at``: the quote opens it."""
    return not text[paragraph:at].strip(_OPENING_MARKS)


def _unnamed_person_before(text: str, start: int, end: int, described: re.Pattern | None = None) -> bool:
    """The sentence just before ``end``, in its paragraph, opens with a person it does not name
    (with ``described``, one that pattern describes: ``The robber, dubbed …``)."""
    paragraph = _paragraph_start(text, end)
    if described is None and paragraph > start and _opens_paragraph(text, paragraph, end):
        # the quote opens its paragraph: the one before, when it opens with someone unnamed
        # ("One of the victims, now 19, read a statement to the court. She described …" then "“…,” she said")
        before = _paragraph_start(text, paragraph - 2)
        if before >= start and unnamed_subject(text, before, paragraph) \
                and not name_mentions(text[before:paragraph]):
            return True
    start = max(start, paragraph)
    own = P.sentence_start(text, end, start)  # the quote's own sentence ("He told investigators, “…”")
    if not text[own:end].strip():
        own = P.sentence_start(text, max(start, own - 1), start)
    before = P.sentence_start(text, max(start, own - 1), start) if own > start else own
    if described is not None:
        return any(described.match(text, at, end) for at in {own, before})
    return any(unnamed_subject(text, at, end) for at in {own, before})


def _opening_person(text: str, start: int, end: int, people: ReleasePeople, active: bool = False) -> str | None:
    """The person whose name (after any title) opens the last finished sentence in
    ``text[start:end]``, in the fullest form the release gives; with ``active``, only as the
    subject of an active verb (``John Doe, 45, was sentenced`` is done to, not speaking)."""
    last = None
    for sentence in P.ROUGH_SENTENCE.finditer(text, start, end):
        if sentence.group().rstrip().endswith((".", "!", "?")):
            last = sentence
    if last is None or DOUBLE_MARK.search(last.group()):
        return None
    sentence = last.group().lstrip()
    inverted = P.INVERTED_SUBJECT.match(sentence)  # "Among those returning was Karen Liu-Sorensen, …"
    opener = None if inverted else P.INTRODUCTORY_PHRASE.match(sentence)  # "According to court documents, …"
    if opener:
        sentence = P.YEAR_SPAN.sub("", sentence[opener.end():], count=1)
    # "Marte’s mother, Yesenia Marte Polanco, joined", "His wife, Lucia Reyes-Moreau, has been …"
    related = inverted or P.DESCRIPTION_BEFORE_NAME.match(sentence)
    if related:
        sentence = sentence[related.start("name"):]
    words = words_of(sentence)
    lead = _subject_length(words)
    parts = split_speaker(" ".join(words[:lead])) if 0 < lead <= 12 else None
    if parts is None or parts.kind not in ("person", "surname"):
        return None
    verb = next((i for i in range(lead, len(words)) if words[i].islower() and words[i] not in _SUBJECT_SMALL_WORDS), lead)
    if active and P.PASSIVE_NEXT.match(" ".join(words[verb:verb + 2])):  # (past ", 45, of Miami,")
        return None
    name = people.fullest(parts.name or "", parts.title)
    return name if len(words_of(name)) > 1 else None


def _is_organization(speaker: str) -> bool:
    """A resolved speaker that is an organization (``9/11 Commission``), not a person."""
    words = words_of(speaker)
    return bool(words) and words[-1].lower() in ORGANIZATION_HEADS


def _address(phrase: str) -> str | None:
    """The form of address opening a speaker phrase (``Mrs.`` in ``Mrs. Roe``), which
    split_speaker leaves out of the title."""
    words = words_of(phrase)
    return words[0] if len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS else None


def _narration_start(text: str, span: QuoteSpan, previous: QuoteSpan | None, paras) -> int:
    """Where the narration before ``span`` that a pronoun may refer back to begins."""
    start = paras[span.paragraph][0]
    if span.start - 1 <= start and span.paragraph:
        start = paras[span.paragraph - 1][0]
    return max(start, previous.end + 1) if previous is not None else start


def _spoken_title(name: str, speakers: list[tuple[str, str | None]]) -> str | None:
    """The title a speaker was given when first quoted (fuller than a title seen in passing)."""
    return next((title for spoken, title in speakers if spoken == name and title), None)


def _inherited(text: str, span: QuoteSpan, last: ExtractedQuote | None, found, index: int, paras) -> ExtractedQuote | None:
    """The quote whose speaker an unattributed span continues, if any."""
    # "A," said X. "B."  -> B belongs to X; so does a quote-only paragraph after X's quote.
    if last is not None and last.speaker is not None:
        if last.paragraph == span.paragraph or last.end < span.start and "\n" not in text[last.end:span.start]:
            return last  # (a quote over a stray line break ends in the paragraph this one starts in)
        p_start = paras[span.paragraph][0]
        if last.paragraph == span.paragraph - 1 and span.start - 1 <= p_start + 1:
            return last
    # "A." "B," said X.  -> A belongs to X when the next quote in the paragraph is attributed.
    if index + 1 < len(found):
        nxt, attribution, parts = found[index + 1]
        if nxt.paragraph == span.paragraph and attribution and parts and parts.kind != "none" \
                and not text[span.end + 1:nxt.start - 1].strip(" ,"):
            return None
    return None


def _dash_line(text: str, span: QuoteSpan, paras) -> tuple[Attribution, SpeakerParts] | None:
    """A following line ``— Name, Title`` that signs the quote."""
    following = span.paragraph + 1
    close_at = span.end + 1
    rest = text[close_at:paras[span.paragraph][1]]
    line = rest if rest.strip() else (text[paras[following][0]:paras[following][1]] if following < len(paras) else "")
    match = P.DASH_ATTRIBUTION.match(line)
    if not match:
        return None
    phrase = line[match.end():].strip()
    parts = split_speaker(phrase)
    if parts.kind in ("person", "organization", "surname") and len(phrase.split()) <= 20:
        return Attribution("—", phrase, "after"), parts
    return None


def _heading_line(text: str, span: QuoteSpan, paras) -> tuple[Attribution, SpeakerParts] | None:
    """A short line above a quote that opens its paragraph, naming who speaks: the
    "What they are saying" form (``Senator Jane Roe (R-ND):`` then the quote)."""
    p_start = paras[span.paragraph][0]
    if span.paragraph == 0 or span.start - 1 > p_start:
        return None
    line = text[paras[span.paragraph - 1][0]:paras[span.paragraph - 1][1]].strip()
    if not P.HEADING_LINE.match(line) or P.sentence_end(line, 0, len(line)) < len(line):
        return None
    phrase = line.rstrip(":").strip()
    parts = split_speaker(phrase)
    if parts.kind in ("person", "organization") or parts.kind == "surname" and parts.title and len(words_of(phrase)) <= 6:
        return Attribution(":", phrase, "before"), parts  # "Governor Roe of Connecticut:" too
    return None


def _outlet_heading(text: str, span: QuoteSpan, paras) -> str | None:
    """The news outlet heading a media round-up item (``News Center Maine: Biden releases …``)
    in one of the three paragraphs above the quote's."""
    for index in range(span.paragraph - 1, max(-1, span.paragraph - 4), -1):
        heading = P.OUTLET_HEADING.match(text, *paras[index])
        if heading is not None:
            return heading.group("outlet")
    return None


def _is_term(text: str, span: QuoteSpan, quote: str, attribution: Attribution | None) -> bool:
    """A quoted noun phrase after an indefinite article (``used a "sap"``): a term, unless a
    speech verb frames more than a single word (``noted an "educative effect"``); a cue further
    off frames no two-word noun (``Callers told victims to hand it to a "federal agent"``)."""
    if not span.opened or not P.DETERMINER_BEFORE.search(text, max(0, span.start - 8), span.start - 1):
        return False
    size = len(words_of(quote))
    return attribution is None or size == 1 or size == 2 and not attribution.framed


def _is_statement(text: str, span: QuoteSpan, quote: str) -> bool:
    """An unattributed span that still reads as reported speech rather than a term or a name."""
    if len(words_of(quote)) < MIN_UNATTRIBUTED_WORDS:
        return False
    return not _is_name_like(text, span, quote)


def _is_name_like(text: str, span: QuoteSpan, quote: str) -> bool:
    """Quoted names, titles of works and terms: a naming frame before, or Title Case words."""
    frame = P.naming_frame(text, max(0, span.start - 1))
    if frame is not None and (frame not in NAMING_VERBS or len(words_of(quote)) <= 2 or _title_case(quote)
                              or _title_case(quote.rstrip("."))):  # 'a group he named “Money Team 617.”'
        return True
    return _title_case(quote)


def _nickname_in_name(text: str, span: QuoteSpan, quote: str) -> bool:
    """A short capitalised span between a first name and a surname: ``Abelardo “Lalo” Cienfuegos``."""
    return quote[:1].isupper() and len(quote) <= _LONGEST_NICKNAME \
        and P.NAME_WORD_AFTER.match(text, span.end + 1) is not None \
        and P.NAME_WORD_BEFORE.search(text, max(0, span.start - 30), span.start - 1) is not None \
        and len(words_of(quote)) <= 3


_LONGEST_NICKNAME = 30
"""Characters a nickname inside a name takes at most (the cheap test before the word count)."""


def _modifies_next_word(text: str, span: QuoteSpan) -> bool:
    """A quoted name used before a noun (``the “Blue Comet” diner``): a lower-case word other
    than a cue follows the closing mark at once."""
    following = P.NEXT_WORD.match(text, span.end + 1)
    return following is not None and following.group(1) not in SPEECH_VERBS \
        and following.group(1) not in _NOT_MODIFIED


_NOT_MODIFIED = frozenset({"and", "or", "but", "as", "in", "on", "at", "to", "for", "of", "from", "with", "by",
                           "is", "was", "are", "were", "that", "which", "who", "when", "while", "because"})
"""Words after a quoted name that go on the sentence rather than take the name as a modifier."""


def _a_label(quote: str) -> bool:
    """One word, or capitalised words only: what a characterizing verb names, not reports."""
    words = words_of(quote)
    if len(words) > 2 and quote.rstrip().endswith(("!", "?")):
        return False  # "He’s got a gun!": an exclamation or a question is words said
    return len(words) < 2 or all(w[0].isupper() for w in words if len(w) > 3)


_TITLE_SMALL_WORDS = frozenset({"into", "onto", "from", "with", "over", "upon", "than", "that", "through"})
"""Prepositions Title Case leaves in lower case (``Bringing Agricultural Products into the United States``)."""


def _titled_question(text: str, span: QuoteSpan, quote: str) -> bool:
    """A question after an article, as a tool or a campaign is named before the noun it
    modifies (``the “What Can I Bring?” tool``, ``the “Can I bring my...?” feature``)."""
    return quote.endswith("?") and P.ARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start - 1) is not None


def _title_case(quote: str) -> bool:
    """Title Case words, as names of works, programs and places are written."""
    count = 0
    for match in WORD.finditer(quote):  # stops at the first word that rules Title Case out
        word = match.group()
        if len(word) > 3 and not word[0].isdigit() and word not in _TITLE_SMALL_WORDS:  # a year is neutral too
            if not word[0].isupper() or count == 8:
                return False
            count += 1
    if not count:
        return False
    # Title Case with a final stop still names a work when it has several capitalised words
    # ("Fighting Cybercrime in a Borderless World.")
    return not _SENTENCE_FINAL.search(quote) or count >= 3 and quote.endswith((".", ","))
