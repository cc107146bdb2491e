"""Titles read back from a name mentioned in passing (loaders/titles.py)."""

import pytest

from loaders.extract import extract_quotes
from loaders.names import name_mentions
from loaders.titles import title_before


def mention_titles(text: str) -> dict[str, str | None]:
    return {name: title_before(text, offset, held) for offset, name, held in name_mentions(text)}


@pytest.mark.parametrize("text, name, title", [
    ("The case was led by Special Agent in Charge Carlos Perez of the DEA.", "Carlos Perez", "Special Agent in Charge"),
    ("The sentence was announced by U.S. Attorney Laura E. Duffy today.", "Laura E. Duffy", "U.S. Attorney"),
    ("Secretary of Homeland Security Jeh C. Johnson released a statement.", "Jeh C. Johnson",
     "Secretary of Homeland Security"),
    # the sentence before ends the title; a verb or a lower-case word is not part of it
    ("He was sentenced in Miami. Special Agent in Charge Mark Poe said so.", "Mark Poe", "Special Agent in Charge"),
    ("The plea was accepted by the judge after Jane Roe spoke.", "Jane Roe", None),
    # a title holding an elided article ("Chargé d'Affaires"); a surname opening with one stays a name
    ("It was opened by Chargé d'Affaires Helena M. Kowalski today.", "Helena M. Kowalski", "Chargé d'Affaires"),
    ("It was opened by Valéry Giscard d'Estaing today.", "Valéry Giscard d'Estaing", None),
    # initials written together belong to the name; "U.S." keeps to the title
    # a portfolio joined by "and" before the name, in running text; a name after a plain "and" stays whole
    ("The grants were announced by Under Secretary for Science and Technology Benjamin Oduya today.",
     "Benjamin Oduya", "Under Secretary for Science and Technology"),
    ("The grants were announced by Director Jane Roe and Mary Ann Smith today.", "Mary Ann Smith", None),
    ("He was sentenced by United States District Judge T.S. Ellis III today.", "T.S. Ellis III",
     "United States District Judge"),
    ("The plea was announced by U.S. Attorney J.R. Hollis Roe today.", "J.R. Hollis Roe", "U.S. Attorney"),
])
def test_titles_read_back_over_small_words(text, name, title):
    assert mention_titles(text)[name] == title


def test_a_surname_quote_gets_the_whole_title():
    text = ("The case was led by Special Agent in Charge Carlos Perez of the DEA.\n\n"
            "“Nobody is above the law,” Perez added.")
    quote, = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Carlos Perez", "Special Agent in Charge")


@pytest.mark.parametrize("title, cleaned", [
    ("Acting Assistant Attorney General for the Civil Rights Division",
     "Acting Assistant Attorney General for the Civil Rights Division"),
    ("President, In a statement", "President"),
    ("Energy Secretary, In a statement on the announcement", "Energy Secretary"),
    ("teared up listening to Vice President Harris speak", None),
    ("OMB Deputy Director, known for his fiscal responsibility", "OMB Deputy Director"),
    ("former Federal Reserve board member took a shot at economists who", None),
    ("afterwards", None),
    ("spokeswoman", "spokeswoman"),
    ("acting U.S. Attorney for the Eastern District of Pennsylvania",
     "acting U.S. Attorney for the Eastern District of Pennsylvania"),
])
def test_narration_beside_a_name_is_not_a_title(title, cleaned):
    from loaders.names import clean_title
    assert clean_title(title) == cleaned


@pytest.mark.parametrize("text, name", [
    # a portfolio joined by "and" ends the title, it does not open the name
    ("Secretary of Housing and Urban Development Scott Turner spoke.", "Scott Turner"),
    ("Director of the Centers for Disease Control and Prevention Mandy Cohen spoke.", "Mandy Cohen"),
    ("It was signed by Assistant Secretary for International Narcotics and Law Enforcement Affairs "
     "Gregory M. Afolabi today.", "Gregory M. Afolabi"),
    # a field office's city and a bureau's portfolio end the title
    ("It was said by the Field Office Director for Houston Kenneth A. Broussard.", "Kenneth A. Broussard"),
    ("It was led by Special Agent in Charge of HSI Dallas Gregory P. Lindgren.", "Gregory P. Lindgren"),
    ("It was said by the Assistant Secretary of State for Consular Affairs Evelyn M. Strasser.", "Evelyn M. Strasser"),
    ("It was led by Director Jane Roe and Special Agent Jackson Lee Smith.", "Jackson Lee Smith"),
    ("It was introduced by the Under Secretary for Global Affairs Miriam T. Halvorsen.", "Miriam T. Halvorsen"),
    # a country, or a portfolio of any words, before a first name, initial and surname
    ("It was signed by U.S. Ambassador to Paraguay Marcus D. Ostrowski today.", "Marcus D. Ostrowski"),
    ("It was said by the Director of the Office to Monitor and Combat Trafficking in Persons Miriam K. Lowell.",
     "Miriam K. Lowell"),
    # an office of any words after a title head and "of"/"for" ends before the last two name words
    ("It was signed by Canadian Minister of Public Safety Gordon Tremblay today.", "Gordon Tremblay"),
    ("It was opened by Deputy Minister for European Integration Elena Cojocaru.", "Elena Cojocaru"),
    ("It was signed by Deputy Minister of Foreign Affairs and European Integration Elena Cojocaru.", "Elena Cojocaru"),
    ("It was welcomed by Lao Deputy Minister of Labour and Social Welfare Khamphone Sisouvanh.", "Khamphone Sisouvanh"),
    ("It was said by the Ambassador-at-Large to Combat Trafficking in Persons Evelyn Carrow-Dunmore.",
     "Evelyn Carrow-Dunmore"),
    # negatives: a three-word name after a known portfolio, or with no title head before "of", stays whole
    ("It was signed by Paraguayan Minister of the Interior Federico Ayala Benítez today.", "Federico Ayala Benítez"),
    ("Agents announced the arrest of Juan Carlos Ramirez on Monday.", "Juan Carlos Ramirez"),
    # a title's head keeps the place-like first name that follows it; so does a plain "and"
    ("Attorney General Virginia Ann Smith spoke.", "Virginia Ann Smith"),
    ("Jane Roe and Mary Ann Smith spoke.", "Mary Ann Smith"),
])
def test_portfolio_words_end_a_title_before_the_name(text, name):
    """(See also test_a_headline_verb_ends_no_name.)"""
    assert name in mention_titles(text)


@pytest.mark.parametrize("text, name, title", [
    ("Peru's Ambassador to the United States, Hernan Valdivieso Ugarte, thanked the agents.",
     "Hernan Valdivieso Ugarte", "Peru's Ambassador to the United States"),
    ("The case was handled by Jose R. Uribe, Acting CBP Port Director, and others.", "Jose R. Uribe",
     "Acting CBP Port Director"),
    # an acronym defined inside the title, and the office it is held in named after "of"
    ("It was announced by Jane Roe, Special Agent in Charge (SAC) of the FBI's Cleveland Division.", "Jane Roe",
     "Special Agent in Charge of the FBI's Cleveland Division"),
    ("Jane Roe, Director of Field Operations for the Baltimore Field Office, and others spoke.", "Jane Roe",
     "Director of Field Operations for the Baltimore Field Office"),
    # a long title whose office runs past the words a title may hold
    ("Omar B. Sayed, the Assistant Director in Charge (ADIC) of the New York Field Office of the Federal Bureau "
     "of Investigation, spoke.", "Omar B. Sayed",
     "the Assistant Director in Charge of the New York Field Office of the Federal Bureau of Investigation"),
    # a title before the name, its office's name in capitals after "of"; an office alone is no title
    ("Guatemala's Minister of Government, Ricardo Benítez Orellana, welcomed it.", "Ricardo Benítez Orellana",
     "Guatemala's Minister of Government"),
    ("A statement from the Department of Justice, Jane Roe said, was issued.", "Jane Roe", None),
    # in a list of officials, the title between two names is the first one's
    ("Jane Roe, the Acting U.S. Attorney, Omar Sayed, and others spoke.", "Omar Sayed", None),
    # negatives: a clause after the comma; narration before it; a title with no "of" before more words
    ("We met Jane Roe, who runs the program.", "Jane Roe", None),
    ("We met Jane Roe, Director Baltimore Field Office today.", "Jane Roe", None),
    ("After the hearing ended, Jane Roe left.", "Jane Roe", None),
])
def test_titles_set_off_by_commas(text, name, title):
    from loaders.titles import appositive_title
    start = text.index(name)
    assert appositive_title(text, start, start + len(name)) == title


def test_the_ambassador_set_off_by_commas_speaks():
    text = ("Peru's Ambassador to the United States, Hernan Valdivieso Ugarte, thanked the agents. "
            "\"Each of these pieces is part of our identity,\" the ambassador said.")
    quote, = extract_quotes(text)
    assert quote.speaker == "Hernan Valdivieso Ugarte"


@pytest.mark.parametrize("text", [
    "Las Cruces Man Sentenced for Armed Robberies of Three Banks",
    "Kentucky Fugitive Wanted for Attempted Murder Captured in West Virginia",
    "Sacramento Man Charged With Operating Botnet That Infected 90,000 Computers",
])
def test_a_headline_verb_ends_no_name(text):
    assert not any(name.split()[-1] in ("Sentenced", "Wanted", "Captured", "Charged", "Infected")
                   for name in mention_titles(text))
