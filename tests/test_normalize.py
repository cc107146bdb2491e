"""The text clean-up chain, one table per step."""

import pytest

from loaders.normalize import (
    clean_text,
    normalize_unicode,
    split_paragraphs,
    strip_html_tags,
    strip_markdown,
    unescape_entities,
)


@pytest.mark.parametrize("raw, expected", [
    ("a\u00a0b", "a b"),
    ("zero\u200bwidth", "zerowidth"),
    ("e\u0301", "é"),
    ("plain", "plain"),
    ("tab\there\vand\fthere", "tab here and there"),  # ASCII text: its tabs and feeds still become spaces
    ("ascii ''typed'' marks", 'ascii "typed" marks'),
    ("\u00a0\t\ufeff", "  "),
    # two typed hyphens are a dash, glued or spaced; longer runs and HTML comments stay
    ("OMAHA, NE--Thomas J. Ryder", "OMAHA, NE—Thomas J. Ryder"),
    ("we will -- and must -- act", "we will — and must — act"),
    ("a rule\n---\n<!-- note -->", "a rule\n---\n<!-- note -->"),
    # UTF-8 read as Windows-1252 on the way is put back, a closing mark that lost its last byte too
    ("â€œWe act today,â€\ufffd said the FBIâ€™s director.", "“We act today,” said the FBI’s director."),
    ("LOS ANGELES â€” A jury", "LOS ANGELES — A jury"),
    ("São Paulo and Zürich stay as they are", "São Paulo and Zürich stay as they are"),
])
def test_normalize_unicode(raw, expected):
    assert normalize_unicode(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("AT&amp;T", "AT&T"),
    ("&#8220;Hi&#8221;", "“Hi”"),
    ("R&D and Q&A", "R&D and Q&A"),  # not entities: left alone
])
def test_unescape_entities(raw, expected):
    assert unescape_entities(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("[Unions pour on support](https://example.gov/a)", "Unions pour on support"),
    ("**President Joe Biden said**, “Hi.”", "President Joe Biden said, “Hi.”"),
    ("*“Julie Su has been a champion,” he said.*", "“Julie Su has been a champion,” he said."),
    (r"\[…\] and \*", "[…] and *"),
    ("a * b", "a * b"),  # a lone star is not emphasis
    ("snake_case", "snake_case"),  # nor a lone underscore
    ("_em_ and *one* star", "em and one star"),
    ("two__under_scores", "two__under_scores"),
    ("stray ** stars", "stray  stars"),
])
def test_strip_markdown(raw, expected):
    assert strip_markdown(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ('<img src="https://x.gov/a.png"\nsizes="(max-width: 1200px) 100vw" />After', " After"),
    ('<figure class="wp-block-embed">“Words,” she said.</figure>', " “Words,” she said. "),
    ("<!-- a comment -->Text", " Text"),
    ("Prices fell 3 < 4 and 5 > 2.", "Prices fell 3 < 4 and 5 > 2."),  # not tags: left alone
    ("No tags at all.", "No tags at all."),
])
def test_strip_html_tags(raw, expected):
    assert strip_html_tags(raw) == expected


def test_hard_wrapped_blocks_join_into_paragraphs():
    raw = "First line of a\nwrapped paragraph.\n\nSecond one\nhere."
    assert split_paragraphs(raw) == ["First line of a wrapped paragraph.", "Second one here."]


def test_text_without_blank_lines_has_a_paragraph_per_line():
    assert split_paragraphs("One.\nTwo.\nThree.") == ["One.", "Two.", "Three."]


WRAPPED_NO_BLANKS = """Media Note
June 8, 2012
The U.S. Department of State is offering a reward of up to $5
million for information leading to the arrest and/or conviction of
a Guatemalan national who is wanted in the United States on charges
of conspiracy to manufacture and distribute cocaine.
"Drug traffickers like this man are responsible for terrible
violence in Guatemala and across Central America," said Secretary of
State Hillary Rodham Clinton. "We are committed to working with the
Government of Guatemala to bring him to justice."
Anyone with information should contact the nearest U.S. embassy."""


def test_hard_wrapped_text_that_lost_its_blank_lines_is_rewrapped():
    """Lines filled close to one width are wraps: a short line ending a sentence ends a paragraph."""
    assert split_paragraphs(WRAPPED_NO_BLANKS) == [
        "Media Note", "June 8, 2012",
        "The U.S. Department of State is offering a reward of up to $5 million for information leading to the arrest "
        "and/or conviction of a Guatemalan national who is wanted in the United States on charges of conspiracy to "
        "manufacture and distribute cocaine.",
        '"Drug traffickers like this man are responsible for terrible violence in Guatemala and across Central '
        'America," said Secretary of State Hillary Rodham Clinton. "We are committed to working with the Government '
        'of Guatemala to bring him to justice."',
        "Anyone with information should contact the nearest U.S. embassy."]


def test_a_hard_wrapped_block_that_lost_a_blank_line_splits_at_a_short_finished_line():
    text = WRAPPED_NO_BLANKS.replace("June 8, 2012\n", "June 8, 2012\n\n")  # some blank lines kept, not all
    assert split_paragraphs(text)[2:] == split_paragraphs(WRAPPED_NO_BLANKS)[2:]


def test_lines_of_many_lengths_without_blank_lines_stay_paragraphs():
    lines = [f"Paragraph {i} says {'more ' * (i * 3)}here." for i in range(1, 10)]
    assert split_paragraphs("\n".join(lines)) == lines


@pytest.mark.parametrize("raw, expected", [
    ("Intro:\n- “A,” said Roe.\n- Cra-Z-Art said\nit grew.", ["Intro:", "- “A,” said Roe.", "- Cra-Z-Art said it grew."]),
    ("* one\n* two", ["* one", "* two"]),
    # negative: a hyphen inside a wrapped line is not a list item
    ("A well-\nknown - and wrapped\nline.", ["A well- known - and wrapped line."]),
])
def test_list_items_start_paragraphs(raw, expected):
    assert split_paragraphs(raw + "\n\nEnd.")[:-1] == expected


def test_long_lines_in_a_block_are_paragraphs_not_wraps():
    long_a, long_b = "A" * 130 + ".", "“B,” said Roe. " + "b" * 120
    assert split_paragraphs(f"Title\n\n{long_a}\n{long_b}") == ["Title", long_a, long_b]


def test_markdown_hard_break_ends_a_paragraph():
    assert split_paragraphs("Agency, Jane Roe  \nOffice, John Doe  \n\nNext") == ["Agency, Jane Roe", "Office, John Doe", "Next"]
    assert split_paragraphs("Agency, Jane Roe\\\nOffice\n\nNext") == ["Agency, Jane Roe", "Office", "Next"]
    assert split_paragraphs("No  break\nhere\n\nNext") == ["No break here", "Next"]  # two spaces mid-line


def test_clean_text_joins_paragraphs_with_a_blank_line():
    assert clean_text("A\r\n\r\nB  \u00a0c") == "A\n\nB c"


LONG = "The city worked with transit police and the regional fusion center for more than a year to prepare."


@pytest.mark.parametrize("block, expected", [
    # a stray line break inside a quote: the line that closes it joins the line that opened it
    (f'{LONG} "Port Alder moves 180,000 people a day.\nKeeping them safe is our job," Mayor Roe said. {LONG}',
     [f'{LONG} "Port Alder moves 180,000 people a day. Keeping them safe is our job," Mayor Roe said. {LONG}']),
    # a sentence broken mid-way: the line in lower case goes on the one before
    (f'{LONG} Roe posed as a teenager on social media and\ngaming platforms, then demanded more. {LONG}',
     [f'{LONG} Roe posed as a teenager on social media and gaming platforms, then demanded more. {LONG}']),
    # a name cut by the break: the line with the rest of it goes on the one before
    (f'{LONG} "It goes home," said Special Agent in Charge Priya\nRaghunathan. "Those who traffic will be found." {LONG}',
     [f'{LONG} "It goes home," said Special Agent in Charge Priya Raghunathan. "Those who traffic will be found." {LONG}']),
    # a line ending at a comma goes on: the title after a name ("…," said Jane Roe, / Assistant Director …)
    (f'{LONG} "It goes home," said Simone N. Harrington-Oakes,\nAssistant Director in Charge. "Call us." {LONG}',
     [f'{LONG} "It goes home," said Simone N. Harrington-Oakes, Assistant Director in Charge. "Call us." {LONG}']),
    # negatives: a closed quote, or a next line that opens its own quote, leaves the lines apart
    (f'{LONG} "Port Alder moves people," Roe said.\nKeeping them safe is the job of {LONG}',
     [f'{LONG} "Port Alder moves people," Roe said.', f'Keeping them safe is the job of {LONG}']),
    (f'{LONG} "Port Alder moves 180,000 people a day.\n"Keeping them safe is our job," Roe said. {LONG}',
     [f'{LONG} "Port Alder moves 180,000 people a day.', f'"Keeping them safe is our job," Roe said. {LONG}']),
])
def test_a_stray_line_break_inside_a_quote_is_no_paragraph_break(block, expected):
    assert split_paragraphs(f"Title\n\n{block}\n\nEnd.") == ["Title", *expected, "End."]
