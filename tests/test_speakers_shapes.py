"""Speaker phrases that name organizations, not people (loaders.names.split_speaker)."""

import pytest

from loaders.extract import extract_quotes
from loaders.names import split_speaker


@pytest.mark.parametrize("phrase, kind, name", [
    # a title word that is no title's head ("State") does not make the end of an organization a person
    ("The National Association of State Election Directors", "organization",
     "National Association of State Election Directors"),
    ("American Federation of Teachers President Randi Weingarten", "person", "Randi Weingarten"),
    # capitalised words inside an organization's "for … of" name are no person
    ("The Center for Missing Youth of Ohio, which helped identify children", "organization",
     "Center for Missing Youth of Ohio"),
    # a plural head ends an organization; a scene-setting segment before it is no part of it
    ("In a statement, the American Association of Port Authorities", "organization",
     "American Association of Port Authorities"),
    ("In a statement, the Consulate General of Guatemala in Houston", "organization",
     "Consulate General of Guatemala in Houston"),
    # title words alone, with a head and no organization's head, are a title; an occupation is a title word
    ("the Special Agent in Charge", "title", None),
    ("the Department of Justice", "organization", "Department of Justice"),
    ("Pharmacist Gaurav S. Mehta-Villanueva", "person", "Gaurav S. Mehta-Villanueva"),
    # an organization's name with a relative clause after it: the name alone
    ("The National Center for Missing & Exploited Children, which provided analytical support", "organization",
     "National Center for Missing & Exploited Children"),
    # a branch, a unit or a portfolio ends an office, never a name; the person after the comma speaks
    ("Director of Air Operations for the Caribbean Air and Marine Branch, Noemí Santiago-Burgos", "person",
     "Noemí Santiago-Burgos"),
    ("Ambassador-at-Large to Monitor and Combat Trafficking in Persons Miriam K. Lowell", "person", "Miriam K. Lowell"),
    ("Section Chief Jane Roe of the Fraud Section", "person", "Jane Roe"),
    ("Friends Committee on National Legislation", "organization", "Friends Committee on National Legislation"),
    ("The Science of Learning and Development Alliance", "organization", "Science of Learning and Development Alliance"),
    ("Transport Workers Union (TWU)", "organization", "Transport Workers Union"),
    ("*We", "pronoun", "we"),
    # negatives: a lone surname, a surname-like word under a title, a person
    ("Roe", "surname", "Roe"),
    ("Mayor House", "surname", "House"),
    ("Jane Roe", "person", "Jane Roe"),
])
def test_organization_shapes(phrase, kind, name):
    parts = split_speaker(phrase)
    assert (parts.kind, parts.name) == (kind, name)


def test_an_article_opening_the_next_sentence_is_no_speaker():
    text = ("Director Lael Brainard said the economy is “defying predictions.” The remarks followed new data "
            "showing that “core inflation is also declining.”")
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers[0] == "Lael Brainard" and "The" not in speakers


@pytest.mark.parametrize("text, expected", [
    # particles in a run inside a name, lower case or abbreviated
    ('Teodora de la Fuente heads the office. "Every carton counts," de la Fuente said.',
     [("Every carton counts,", "Teodora de la Fuente")]),
    ('Agent Marisela St. Amant led the team. "They kept selling," St. Amant said.',
     [("They kept selling,", "Marisela St. Amant")]),
    # the first of two surnames names the person; a partner force's rank is a title
    ('PNC Subcomisario Hernán Basurto Quiñónez thanked the agents. "They never stopped asking," Basurto said.',
     [("They never stopped asking,", "Hernán Basurto Quiñónez")]),
    # a nickname of several words inside a name; two surnames reached through a first-name index
    ('The network was led by Efraín "El Güero" Salcedo-Ruiz, 39. In a call, Salcedo-Ruiz told a distributor, '
     '"Move them fast. If anybody gets sick, that is not our problem."',
     [("Move them fast. If anybody gets sick, that is not our problem.", "Efraín Salcedo-Ruiz")]),
    ('Minister of the Interior Federico Ayala Benítez signed it. Minister Ayala Benítez said it would help. "We are '
     'grateful," he said.', [("We are grateful,", "Federico Ayala Benítez")]),
    # a title word that is also a given name, between two name words; negative: the same word as a title
    ('Roy Dean Tolliver, 36, was sought. Tolliver told deputies, "I knew you would find me sooner or later."',
     [("I knew you would find me sooner or later.", "Roy Dean Tolliver")]),
    ('"We welcome the students," said Assistant Dean Jane Roe.', [("We welcome the students,", "Jane Roe")]),
    # a surname opening with a lower-case article
    ('State offers a reward for Khalid Mahmoud al-Rashidi. In a video, al-Rashidi praised the attack and said, '
     '"The hotels will never be safe for them."', [("The hotels will never be safe for them.", "Khalid Mahmoud al-Rashidi")]),
    # negative: a middle word that is no one's reference stays unresolved to anyone else
    ('Director Jane Ann Roe spoke. "We act now," Smith said.', [("We act now,", "Smith")]),
])
def test_name_shapes_across_languages(text, expected):
    assert [(q.quote, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "the company" stands for the legal name the release gives; "the union" for the one it calls so
    ('Hartwig-Lorenz Armaturen AG pleaded guilty. In a statement, the company said: "We deeply regret the conduct."',
     [("We deeply regret the conduct.", "Hartwig-Lorenz Armaturen AG")]),
    ('The National Border Patrol Council, the union that represents agents, praised the rescue. "We need more '
     'agents out here," the union said.', [("We need more agents out here,", "National Border Patrol Council")]),
    # capitalised words before a head noun, with no title among them, name an organization
    ('Foothills Mountain Federal Credit Union said it was "proud to have helped our members."',
     [("proud to have helped our members.", "Foothills Mountain Federal Credit Union")]),
    # "according to a statement from": the issuer is the source, also with the clause's subject between
    ('According to a statement from the Jamaica Defence Force, the boats "will increase our patrol hours."',
     [("will increase our patrol hours.", "Jamaica Defence Force")]),
    ('According to a statement from the Food and Drug Administration Office of Criminal Investigations, which '
     'assisted in the case, the tablets "pose a serious risk to patients."',
     [("pose a serious risk to patients.", "Food and Drug Administration Office of Criminal Investigations")]),
    ('“We were glad to help,” according to a statement from Mireille Abboud, the firm’s general counsel.',
     [("We were glad to help,", "Mireille Abboud")]),
    # "a coalition" names the organization before it; an acronym the release defines stands for its name
    ('Freedom Network Mid-Atlantic, a coalition of service providers, welcomed it. "Training works," the coalition '
     'said.', [("Training works,", "Freedom Network Mid-Atlantic")]),
    ('Officials of the Guatemalan National Civil Police (PNC) took custody. "The cooperation was essential," the PNC '
     'said.', [("The cooperation was essential,", "Guatemalan National Civil Police")]),
    # negative: an acronym the release never spells out stays as written
    ('In a statement, the FBI said it "remains committed to protecting federal funds."',
     [("remains committed to protecting federal funds.", "FBI")]),
    # a diplomatic post named with its city after the head
    ('U.S. Embassy Kathmandu and USAID are coordinating the response. "The Embassy remains open," the Embassy said.',
     [("The Embassy remains open,", "U.S. Embassy Kathmandu")]),
    ('The U.S. Embassy Monday urged caution. "Stay indoors," the Embassy said.', [("Stay indoors,", "U.S. Embassy")]),
    # negatives: a surname that is a head noun, under a title; a program's name later in the paragraph
    ('"We act now," said Commissioner Tom House.', [("We act now,", "Tom House")]),
    ('The company said it "accepts full responsibility." It must adopt a court-supervised "Environmental '
     'Compliance Plan" that includes audits.', [("accepts full responsibility.", "company")]),
])
def test_organizations_named_by_the_release(text, expected):
    assert [(q.quote, q.speaker) for q in extract_quotes(text)] == expected
