"""Extraction tables: each attribution form with positives, and spans that are not quotes."""

import pytest

from loaders.extract import extract_quotes
from loaders.names import split_speaker
from loaders.normalize import clean_text


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in extract_quotes(text)]


@pytest.mark.parametrize("text, expected", [
    # "…," said TITLE NAME.
    ('"We will find them," said Acting EAD for HSI, Derek N. Benner.',
     [("We will find them,", "Derek N. Benner")]),
    ('"We will find them," said HSI Deputy Assistant Director Waldemar Rodriguez.',
     [("We will find them,", "Waldemar Rodriguez")]),
    # "…," NAME, TITLE, said.
    ('"This case matters," Jose R. Uribe, Acting CBP Port Director, said.',
     [("This case matters,", "Jose R. Uribe")]),
    # NAME said, "…"
    ('INTERPOL Washington Director Shawn Bray stated, “The capture shows our reach.”',
     [("The capture shows our reach.", "Shawn Bray")]),
    # "…" TITLE NAME told the group.
    ('"This conference represents progress," U.S. Embassy Chargé Laura Dogu told the group.',
     [("This conference represents progress,", "Laura Dogu")]),
    # mixed straight and curly marks
    ('"We are committed to this work,” said Ambassador Jean Manes.',
     [("We are committed to this work,", "Jean Manes")]),
    # "called" framing words, not a name
    ('The law, which Representative Jane Roe called “dangerous for America,” passed.',
     [("dangerous for America,", "Jane Roe")]),
    # a second quote after the attribution belongs to the same speaker
    ('"First part," said Director Jane Roe. "Second part of it."',
     [("First part,", "Jane Roe"), ("Second part of it.", "Jane Roe")]),
    # "put it" as a cue, before a colon and after "as"
    ('Our Ambassador, Leila Haddad, put it well in her own post yesterday: "Dialogue is not an end in itself."',
     [("Dialogue is not an end in itself.", "Leila Haddad")]),
    ('As Jane Roe put it, "We are not done."', [("We are not done.", "Jane Roe")]),
    # "reminded" the ones told, with the document it came in before "that"
    ('The Internal Revenue Service reminded taxpayers in a statement that "taxpayers are responsible for their '
     'returns." The agency urged care.', [("taxpayers are responsible for their returns.", "Internal Revenue Service")]),
])
def test_attribution_forms(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "What they are saying": a speaker line above a quote paragraph
    ('NEFI President and CEO Jane Roe:\n\n“We commend the President for this work today.”',
     [("We commend the President for this work today.", "Jane Roe")]),
    ('U.S. Senator Kevin Doe (R-ND)\n\n“She is the right person to lead the council.”',
     [("She is the right person to lead the council.", "Kevin Doe")]),
    ('Water and Sewer Distributors of America\n\n“Our organization supports her efforts in full.”',
     [("Our organization supports her efforts in full.", "Water and Sewer Distributors of America")]),
    # negative: a sentence above the quote is not a speaker line
    ('The agency made arrests in the case.\n\n“We will keep at this work for years.”',
     [("We will keep at this work for years.", None)]),
    # an organization speaking through an unnamed spokesperson
    ('A spokesman for the Ministry of Defense said, “We never supported any such activity.”',
     [("We never supported any such activity.", "Ministry of Defense")]),
    ('“We are investigating the incident,” an FBI spokeswoman said.',
     [("We are investigating the incident,", "FBI")]),
    # negative: a named spokesperson is the speaker
    ('“We are investigating the incident,” FBI spokeswoman Jane Roe said.',
     [("We are investigating the incident,", "Jane Roe")]),
    # a title word that is this release's surname for someone named earlier
    ('Acting Assistant Attorney General Loretta King announced the plea.\n\n'
     '"This sends a clear message," said Acting Assistant Attorney General King.',
     [("This sends a clear message,", "Loretta King")]),
    # a dash line signs the quote above it, even right after another speaker's paragraph
    ('"We will secure this border," said Chief Patrol Agent Gloria I. Chavez.\n\n'
     '"We are a nation of laws."\n\n— Secretary Alejandro N. Mayorkas',
     [("We will secure this border,", "Gloria I. Chavez"), ("We are a nation of laws.", "Alejandro N. Mayorkas")]),
    # a participle after the clause's own verb is the quote's cue, its subject the clause's
    ('Director Jane Roe praised the agents for the find, calling their work "textbook police work," and said more '
     'was coming.', [("textbook police work,", "Jane Roe")]),
    # "described some of the callers as": a partitive object before a characterizing verb's fragment
    ('SAC Randall J. Thibodeaux spoke. Thibodeaux described some of the callers as “remarkably convincing” and said '
     'more victims were called.', [("remarkably convincing", "Randall J. Thibodeaux")]),
    # "credited" frames the words it credits
    ('Director Gerald W. Pfeiffer spoke. He credited new technology and "the experience of officers who have been '
     'doing this for twenty years".', [("the experience of officers who have been doing this for twenty years",
                                        "Gerald W. Pfeiffer")]),
    # "Under Secretary" after a name is a title, not narration opening with "Under"; the bare title finds him
    ('"Preparedness happens in counties," said Harold J. Brandt, Under Secretary for Emergency Preparedness. Brandt '
     'toured the center. "Small towns have fewer resources," the under secretary said.',
     [("Preparedness happens in counties,", "Harold J. Brandt"), ("Small towns have fewer resources,", "Harold J. Brandt")]),
    # ... and outranks a section heading above it
    ('WHAT THEY ARE SAYING:\n\n"This partnership means more agents in the field."\n— Governor Raymond Salas-Whitt '
     'of New Mexico', [("This partnership means more agents in the field.", "Raymond Salas-Whitt")]),
    # a quote broken by a stray line break mid-sentence, then a second one on the same line, both his
    ('Superintendent Col. Harlan J. Meeks said training begins this month. “Our troopers\nencounter people every '
     'day and have had to wait,” Meeks said. “With this agreement, we can act.”',
     [("Our troopers encounter people every day and have had to wait,", "Harlan J. Meeks"),
      ("With this agreement, we can act.", "Harlan J. Meeks")]),
    # a name at a paragraph's end does not run into the next paragraph's first word
    ('Secretary Alejandro N. Mayorkas\n\nAccording to the report, the border is closed.\n\n'
     '"Fentanyl kills," the Secretary said.',
     [("Fentanyl kills,", "Alejandro N. Mayorkas")]),
    # a verb before the colon is the cue; it is not part of the title
    ('Acting U.S. Attorney Antoinette T. Bacon stated: "This defendant betrayed the public trust."',
     [("This defendant betrayed the public trust.", "Antoinette T. Bacon")]),
])
def test_speaker_lines_and_organizations(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place that ends a title is not the first word of the name found elsewhere
    ('The artifacts went to Consul General of India Ravi K. Rao.\n\n'
     '"We are grateful for this work," said Rao.', [("We are grateful for this work,", "Ravi K. Rao")]),
    # two people share a surname: the title picks the one named with it
    ('President Joe Roe and First Lady Jill Roe visited.\n\n"We are proud of them," said President Roe.',
     [("We are proud of them,", "Joe Roe")]),
    # negative: no title to tell them apart, so no guess
    ('Joe Roe and Jill Roe visited.\n\n"We are proud of them," said Roe.',
     [("We are proud of them,", "Roe")]),
    # the release called the first by the bare surname before the namesake came in: the surname stays hers
    ('Marta D. Greer led the ring. Greer was arrested in May. Her son, Leon A. Greer, testified.\n\n'
     '"I moved the money," Greer said.', [("I moved the money,", "Marta D. Greer")]),
    # a form of address picks, of two people sharing a surname, the one the release tells is that gender
    ('Marcus D. Greer led the ring. Greer was arrested in May. Greer\'s mother, Loretta A. Greer, testified.\n\n'
     '"I thought it was his old clothes," Ms. Greer told the jury.',
     [("I thought it was his old clothes,", "Loretta A. Greer")]),
    # "he" does not stand for the one speaker the release calls "she": the one the narration names instead
    ('"We worked hard," said Director Ann Poe. She thanked the agents.\n\nA judge ordered Edgar Tzul removed. At '
     'his hearing, he told the court that he "was a farmer, never a soldier, never a commander."',
     [("We worked hard,", "Ann Poe"), ("was a farmer, never a soldier, never a commander.", "Edgar Tzul")]),
    # a title before the surname in the narration a pronoun reads back to picks the one holding it
    ('Sheriff Ruben A. Delgado and Police Chief Loretta Delgado spoke.\n\n'
     '"We are tired," Chief Delgado said. "We have buried too many." She added that tips rose.',
     [("We are tired,", "Loretta Delgado"), ("We have buried too many.", "Loretta Delgado")]),
    # the phrase opening the sentence is not the speaker's name
    ('Walter J. Brzezinski was charged. During a meeting at a diner in Sheffield Village, Brzezinski allegedly told '
     'the witness, "You take care of me."', [("You take care of me.", "Walter J. Brzezinski")]),
    ('Judge Ray K. Okoye sentenced Marcus Greer. Addressing Greer directly, the judge said, "You had every chance."',
     [("You had every chance.", "Ray K. Okoye")]),
    # a paragraph opening with the cue before its speaker
    ('Patrol Agent in Charge Johnathan R. Meeks led the search.\n\nSaid Meeks: "The training saved a life."',
     [("The training saved a life.", "Johnathan R. Meeks")]),
    # an unnamed person described at length speaks for no one named, not for the last speaker
    ('"We found them," Agent Jo Roe said.\n\n"We were lost for two days," one of the rescued migrants, a 34-year-old '
     'man, told agents.', [("We found them,", "Jo Roe"), ("We were lost for two days,", None)]),
    # a title acronym the release defines, after the name and as the title-only subject
    ('PITTSBURGH—Special Agent in Charge (SAC) Gerald M. Havlicek of the FBI announced the arrests. Havlicek urged '
     'users to look closely. "If something looks loose, call your bank," the SAC said.',
     [("If something looks loose, call your bank,", "Gerald M. Havlicek")]),
    # a rank's abbreviation after a title is no surname
    ('Troop D Commander Capt. Sylvia A. Broussard-Reed said a helicopter found him. "The camera doesn\'t care," she said.',
     [("The camera doesn't care,", "Sylvia A. Broussard-Reed")]),
    # a local office before the name is a title
    ('Councilman Gregory Thane Aldana was convicted. In one recording, Aldana told Okada, "I take care of the zoning."',
     [("I take care of the zoning.", "Gregory Thane Aldana")]),
    # an organization the department stands for is named inside one paragraph, not across a blank line
    ('NOVEMBER 14, 2023\nShare\n \nThe Department of State is offering a reward.\n\n"The program has been one of our most effective '
     'tools," the Department said in a fact sheet.', [("The program has been one of our most effective tools,", "Department of State")]),
    # an agency's acronym as the source, where the release spells it out: the long form
    ('U.S. Immigration and Customs Enforcement (ICE) officers arrested him.\n\n"This case is the predictable result '
     'of a policy," ICE said in a statement.',
     [("This case is the predictable result of a policy,", "U.S. Immigration and Customs Enforcement")]),
    # negative: an acronym the release never spells out stays as written
    ('Officers arrested him.\n\n"This case is the predictable result of a policy," ICE said in a statement.',
     [("This case is the predictable result of a policy,", "ICE")]),
    # a defendant written in capitals, with an age, then by the surname in capitals
    ('ATLANTA - BRENDA KAY WHITLOCK, 56, of Lithonia, was sentenced today.\n\nBefore sentence was imposed, WHITLOCK '
     'told the court, "I am sorry. I have no excuse."', [("I am sorry. I have no excuse.", "Brenda Kay Whitlock")]),
    # a company by its legal name speaks as itself
    ('In a statement released this afternoon, Prairie Gold Packing Co. said it "has cooperated fully with federal '
     'authorities."', [("has cooperated fully with federal authorities.", "Prairie Gold Packing Co.")]),
    # a named subject, a short predicate with no speech verb, and a colon introduce the subject's words
    ('United States Attorney Nolan Eberhardt spoke first. "We need partners," Eberhardt said.\n\nSheriff Wade H. Tolliver '
     'put it bluntly: "We have been fighting meth for fifteen years." He added that deputies know the smell of a lab: '
     '"Once you have smelled one, you never forget it."',
     [("We need partners,", "Nolan Eberhardt"), ("We have been fighting meth for fifteen years.", "Wade H. Tolliver"),
      ("Once you have smelled one, you never forget it.", "Wade H. Tolliver")]),
    # a described person opening the sentence speaks, unnamed, though the sentence names others after it
    ('Wilmer Osorio was arrested.\n\nA woman who lives on the block where Osorio was arrested said residents were '
     'afraid. "You could hear them at night," she said.', [("You could hear them at night,", None)]),
    ('One survivor rescued from the George West trailer, a 24-year-old woman, described the conditions. '
     '"Nobody came," she said.', [("Nobody came,", None)]),
    # negative: a name in apposition to the described person is the speaker
    ('The victim\'s sister, Denise Harlan, said the family had waited. "I never stopped believing," she said.',
     [("I never stopped believing,", "Denise Harlan")]),
    # the subject's own last speech verb closes a long predicate just before the quote
    ('Curtis Lee Hembree was arrested. According to a federal indictment, Hembree used the screen name "CoachK" to '
     'contact six boys and, in one message quoted in the indictment, wrote: "Nobody has to know about this."',
     [("Nobody has to know about this.", "Curtis Lee Hembree")]),
    ('According to the indictment, defendant Lucien R. Marchand told an 81-year-old widow in Ottumwa, Iowa, in a call '
     'recorded by investigators, "You are our grand prize winner, ma\'am."',
     [("You are our grand prize winner, ma'am.", "Lucien R. Marchand")]),
    # negative: a lone capital acting as no verb's subject names no one
    ('One departing American, a schoolteacher from Ohio, told embassy staff, "I never thought I would leave like this."',
     [("I never thought I would leave like this.", None)]),
    # a subject heard saying the words speaks them
    ('Rigoberto Alvarado-Mena was charged. According to a criminal complaint filed in U.S. District Court for the '
     'Southern District of Texas, Alvarado-Mena was recorded in January telling an informant that anyone who talked '
     'would be dealt with, and that "the ones who talk don\'t get a second chance."',
     [("the ones who talk don't get a second chance.", "Rigoberto Alvarado-Mena")]),
    # an unnamed person described with an age ("The 29-year-old driver") is who "he" stands for
    ('"We stopped the truck," said Port Director Gerald T. Nakamura. Officers found 40 people inside.\n\n'
     'The 29-year-old driver, a Mexican citizen, was arrested. In a recorded interview, he told agents that he had been '
     'promised $6,000 to "drive the truck and not ask about the cold box."',
     [("We stopped the truck,", "Gerald T. Nakamura"), ("drive the truck and not ask about the cold box.", None)]),
    # a letterhead's lines run together: the district is no part of the name
    ('United States Attorney Lydia C. Harmon Eastern District of Kentucky\n\nMarcus Simms was sentenced.\n\n'
     '"Mr. Simms built his organization on fear," said U.S. Attorney Harmon.',
     [("Mr. Simms built his organization on fear,", "Lydia C. Harmon")]),
    # the subject's own last cue reporting a that-clause the quote closes, past a relative clause
    ('Vadim O. Surkov was charged. According to the indictment, Surkov, who used the moniker "Grayling," ran the '
     'program and boasted on a forum in 2022 that the group\'s infrastructure was "untouchable by the Americans."',
     [("untouchable by the Americans.", "Vadim O. Surkov")]),
    # a participle after a reported clause goes on that clause's subject
    ('Hector Quinonez Marroquin was removed. According to court records, a survivor testified that Quinonez ordered '
     'the soldiers to burn the village, telling them, "Leave nothing standing."',
     [("Leave nothing standing.", "Hector Quinonez Marroquin")]),
    # one subject, two verbs, the second with its auxiliary: the organization opening the sentence speaks
    ('The Inter-American Commission on Human Rights has documented these abuses and has described them as "a pattern '
     'of systematic repression."', [("a pattern of systematic repression.", "Inter-American Commission on Human Rights")]),
    # the one told, then a clause with no "that": the teller's words
    ('Kevin A. Mahler was sentenced. In one message, Mahler told a 13-year-old victim he would send the images to the '
     'boy\'s parents "unless you do exactly what I say."', [("unless you do exactly what I say.", "Kevin A. Mahler")]),
    # a document reporting what someone did opens the sentence before its subject
    ('The indictment alleges that Walter Aguilar-Reyes, also known as "Cuervo," 27, a leader of the clique, told '
     'members at a meeting in March 2006 that anyone who failed to pay dues would be "dealt with by the clique."',
     [("dealt with by the clique.", "Walter Aguilar-Reyes")]),
    # a letterhead names the office holder in capitals, its next line run on
    ('SUMMARY\n\nUNITED STATES ATTORNEY RENATA D. OKWUOSA NORTHERN DISTRICT OF GEORGIA\n\nATLANTA - Two were '
     'convicted.\n\n"Mortgage fraud is not a victimless crime," said United States Attorney Okwuosa.',
     [("Mortgage fraud is not a victimless crime,", "Renata D. Okwuosa")]),
    # the mark closing a quoted term before the sentence is no part of it
    ('Kevin A. Mahler posed as a girl, a crime known as "sextortion." In one message, Mahler told a victim he would '
     'send the images "unless you do exactly what I say."', [("unless you do exactly what I say.", "Kevin A. Mahler")]),
    # a participle naming the document ("an e-mail described in") is no cue; the writer's own verb is
    ('Karim Haddad pleaded guilty. In an e-mail described in court documents, Haddad wrote to one recruiter, '
     '"Don\'t worry about the income numbers."', [("Don't worry about the income numbers.", "Karim Haddad")]),
    # the subject of the reported clause speaks, not the witness reporting it
    ('One worker testified that Baltazar Ruiz-Ocampo warned the crew that anyone who tried to leave "would be found, '
     'and would be sorry."', [("would be found, and would be sorry.", "Baltazar Ruiz-Ocampo")]),
    # "…, who called": the person named right before the relative pronoun, whatever offset its title starts at
    ('Donald Ray Prewitt was sentenced by U.S. District Judge Consuelo Arriaga-Whitfield, who called his conduct '
     '"a betrayal of the most basic duty an adult owes a child."',
     [("a betrayal of the most basic duty an adult owes a child.", "Consuelo Arriaga-Whitfield")]),
    # "U.S." and "United States" are one title
    ('The sentence was announced by United States Attorney Garrett R. Lanier.\n\n"This sentence ensures that he will '
     'not target another child," the U.S. Attorney said.',
     [("This sentence ensures that he will not target another child,", "Garrett R. Lanier")]),
    # a quoted single term is no quotation: a pronoun reads back past it to the one the narration has speaking
    ('"No single department could make this case," Director Ken Roe said.\n\nSheriff Dale Oberholtzer added that '
     'deputies had seen a drop in home "cook" labs since 2005. "The labs went away, but the drug didn\'t," he said.',
     [("No single department could make this case,", "Ken Roe"), ("The labs went away, but the drug didn't,", "Dale Oberholtzer")]),
    # a document as the cue's subject: its issuer, whom the narration has issuing it, speaks
    ('The victim\'s father, Dennis Whitford, said in a statement released through the county that the family was '
     'grateful.\n\n"We have waited nine months for this phone call," the statement said.',
     [("We have waited nine months for this phone call,", "Dennis Whitford")]),
    # negative: no one named issuing it: no one's
    ('"We have waited nine months for this phone call," the statement said.',
     [("We have waited nine months for this phone call,", None)]),
    # an agency as written in full elsewhere in the release
    ('The U.S. Marshals Service led the task force.\n\n"Recovering a child is only the beginning," the Marshals '
     'Service said.', [("Recovering a child is only the beginning,", "U.S. Marshals Service")]),
    # "the statement read": the organization the narration has saying it in a statement
    ('WASHINGTON - The Department of Homeland Security said in a statement Friday that it disagrees with the ruling.\n\n'
     '"We will continue to enforce the law as written by Congress," the statement read.',
     [("We will continue to enforce the law as written by Congress,", "Department of Homeland Security")]),
    # a sentence with a named subject acting, ending in a colon, introduces the quote opening the next paragraph
    ('Secretary Desmond Achterberg spoke in Baltimore. Achterberg outlined the department\'s priorities in remarks to '
     'port officials:\n\n"First, we will harden the perimeter of our most vulnerable facilities."',
     [("First, we will harden the perimeter of our most vulnerable facilities.", "Desmond Achterberg")]),
    # a suffix keeps its period
    ('"We waited nine months," said Dennis Whitford Sr., the victim\'s father.',
     [("We waited nine months,", "Dennis Whitford Sr.")]),
    # a name may open with an accented capital
    ('In Guatemala City, the Deputy Secretary met with Interior Minister Óscar Leonel Méndez Ruano.\n\n'
     'Minister Méndez Ruano thanked the United States. "We are not doing it alone," he said.',
     [("We are not doing it alone,", "Óscar Leonel Méndez Ruano")]),
    ('"We followed every lead," said Agent Ángel R. Ávila. "The case is closed," Ávila said.',
     [("We followed every lead,", "Ángel R. Ávila"), ("The case is closed,", "Ángel R. Ávila")]),
    # an age and a home town after the name are not part of it
    ('Margaret Sweeney, 71, of Bethel Park, was one of the victims. "I had $212 left," she said.',
     [("I had $212 left,", "Margaret Sweeney")]),
    # a first name used alone, after a sentence opener
    ('He invited the Director, Bill Burns, to serve.\n\nAs Bill says: “Good work is our first line of defense.”',
     [("Good work is our first line of defense.", "Bill Burns")]),
    # an adverb between the speaker and the verb
    ('As Director Jane Roe often asks, “Where is it written that we cannot lead?”',
     [("Where is it written that we cannot lead?", "Jane Roe")]),
    # a bare organization head stands for the organization named before it
    ('The Department of Energy released fuel.\n\nThe move will help, the department said in a statement, '
     '“lower costs for families.”', [("lower costs for families.", "Department of Energy")]),
    # negative: nothing named, the phrase stays as written
    ('“We will enforce the law,” the department said.', [("We will enforce the law,", "department")]),
    # a pronoun follows the person the paragraph has speaking, even with no earlier quote
    ('In 1962, President Kennedy spoke to students. “We choose to go,” he said, “because it is hard.”',
     [("We choose to go,", "Kennedy"), ("because it is hard.", "Kennedy")]),
    # negative: a person named without a speech verb does not capture the pronoun
    ('"We did it," said Director Jane Roe.\n\nThe team thanked Agent John Doe. "We will go on," she said.',
     [("We did it,", "Jane Roe"), ("We will go on,", "Jane Roe")]),
    # a quote opening its paragraph: the narration just before it names who "she" is
    ('"I will vote," said Alex Doe.\n\nMaria Roe, 19, said she hoped for change.\n\n'
     'Roe, who studies art, added that she is eager to vote.\n\n“We can change that,” she said.',
     [("I will vote,", "Alex Doe"), ("We can change that,", "Maria Roe")]),
    # negative: names inside the previous quote are not narration
    ('"We thank Agent John Doe," said Director Jane Roe.\n\n"We will go on," she said.',
     [("We thank Agent John Doe,", "Jane Roe"), ("We will go on,", "Jane Roe")]),
    # "according to" a document, but a person's speech verb stands nearer the quote
    ('Jane Roe was charged.\n\nAccording to a criminal complaint, Roe told an agent, "I can move anything."',
     [("I can move anything.", "Jane Roe")]),
    # names in capitals after a title, or with an age, as some offices write the first mention
    ('MEMPHIS, Tenn. -- United States Attorney TERRELL D. HAWKINS-MOORE\nannounced today that the preparer was'
     ' sentenced by United States District Judge J. DANIEL McCRORY.\n\n"Return preparers who cheat will go to'
     ' prison," said Hawkins-Moore. "We agree," said Judge McCrory.',
     [("Return preparers who cheat will go to prison,", "Terrell D. Hawkins-Moore"), ("We agree,", "J. Daniel McCrory")]),
    ('ATLANTA -- Deputies arrested ANTWAN DESHAWN McCLENDON, 29, early Wednesday.\n\nMcClendon told deputies,'
     ' "I am not going to fight."', [("I am not going to fight.", "Antwan Deshawn McClendon")]),
    ('"We are proud of this case," said Special Agent in Charge JANE Q. ROE of the FBI.',
     [("We are proud of this case,", "Jane Q. Roe")]),
    # a surname that is also a place word ("Costa") stands for the person of that surname
    ('R. Alexander Costa, United States Attorney, said the case took 18 months. "This office will prosecute'
     ' them," Costa said.', [("This office will prosecute them,", "R. Alexander Costa")]),
    # (with no such person named, no full name is made up for it)
    ('Officials in San José said the case took 18 months. "This office will prosecute them," Costa said.',
     [("This office will prosecute them,", "Costa")]),
    # a role noun for a title with other words: "the prosecutor" is the Assistant U.S. Attorney
    ('Assistant U.S. Attorney Jane L. Roe told the court that the defendant had threatened the victims. “This'
     ' was not a business. It was a cage,” the prosecutor added.',
     [("This was not a business. It was a cage,", "Jane L. Roe")]),
    # (and no one else: a judge is no prosecutor)
    ('U.S. District Judge Ann Poe presided. “This was a cage,” the prosecutor added.', [("This was a cage,", None)]),
    # the one told, then a clause with no "that": the fragment closing it is the teller's
    ('Arrested was DARRELL WAYNE HOSKINS, 34, of Republic.\n\nDarrell Hoskins told deputies the chemicals were "for cleaning'
     ' engines," according to the probable cause statement.', [("for cleaning engines,", "Darrell Wayne Hoskins")]),
    ('Travis Lee Kessler, 41, was charged.\n\nKessler told agents his posts were "just venting."',
     [("just venting.", "Travis Lee Kessler")]),
    # two namesakes: a bare surname in the paragraph that narrates one of them speaking is that one
    ('Renata Holcomb, whose sister Dana Holcomb was killed in 2006, said she learned of the capture on'
     ' Tuesday. "I have waited five years for this call," Holcomb said.',
     [("I have waited five years for this call,", "Renata Holcomb")]),
    # (with no one narrated speaking, the surname stays bare: no guess between the two)
    ('Renata Holcomb and her sister Dana Holcomb were in court.\n\n"I have waited five years," Holcomb said.',
     [("I have waited five years,", "Holcomb")]),
    # an abbreviated office before a name tells apart two people sharing the surname
    ('Deputy Secretary Ellen S. Nakamura said the Department would help.\n\nRep. Daniel K. Nakamura (D-Calif.)'
     ' joined by video. “These families have waited too long,” said Rep. Nakamura.',
     [("These families have waited too long,", "Daniel K. Nakamura")]),
    ('Deputy Secretary Ellen S. Nakamura said the Department would help.\n\nRep. Daniel K. Nakamura (D-Calif.)'
     ' joined by video. “We will help,” the Deputy Secretary said.',
     [("We will help,", "Ellen S. Nakamura")]),
    # a name opening with an initial after the place a district is "of", then its title alone
    ('HOUSTON — The task force arrested 163 fugitives, U.S. Marshal for the Southern District of Texas J. Hollis'
     ' Roe announced today.\n\n"We\'ll keep going," the U.S. Marshal added.',
     [("We'll keep going,", "J. Hollis Roe")]),
    # a place is no person: "she" after an opening clause names the title's holder, not the valley
    ('"We are ahead of schedule," said Acting Deputy Commissioner Jane A. Roe.\n\n"Today it is fewer than 30,"'
     ' Chief Patrol Agent Curt L. Poe said.\n\nAsked about the Rio Grande Valley, the acting deputy commissioner'
     ' said work there would resume.\n\n"Where the terrain allows it, we build it," she said.',
     [("We are ahead of schedule,", "Jane A. Roe"), ("Today it is fewer than 30,", "Curt L. Poe"),
      ("Where the terrain allows it, we build it,", "Jane A. Roe")]),
    # a pronoun after narration that names its person only in the possessive
    ('John Q. Smith, 41, was sentenced.\n\nMessages recovered from Smith’s phone showed that he directed the'
     ' driver. In one message, he wrote, "Go now or we will all be caught here."',
     [("Go now or we will all be caught here.", "John Q. Smith")]),
    # (two people named there: no one)
    ('John Q. Smith, 41, and Ann Poe, 39, were sentenced.\n\nMessages recovered from Smith’s phone showed that'
     ' Poe directed the driver. In one message, he wrote, "Go now or we will all be caught here."',
     [("Go now or we will all be caught here.", None)]),
])
def test_resolution_within_the_release(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, title, readable", [
    ("Acting Executive Associate Director (EAD) for HSI Derek N. Benner spoke.\n\n"
     "“We act,” said Acting EAD for HSI, Derek N. Benner.", "Acting EAD for HSI",
     "Acting Executive Associate Director for HSI"),
    # an organization acronym stays as written, even when defined
    ("Homeland Security Investigations (HSI) made arrests.\n\n“We act,” said HSI Director Jane Roe.",
     "HSI Director", "HSI Director"),
    # a small word of the long form may give a letter: "Assistant Director in Charge (ADIC)"
    ("Jane Roe, the Assistant Director in Charge (ADIC) of the New York Field Office, spoke.\n\n"
     "“We act,” said ADIC Jane Roe.", "ADIC", "Assistant Director in Charge"),
    # negative: an acronym the release never defines is left alone
    ("“We act,” said Acting EAD Jane Roe.", "Acting EAD", "Acting EAD"),
])
def test_title_acronyms_defined_in_the_release_are_spelled_out(text, title, readable):
    (quote,) = extract_quotes(text)
    assert (quote.title, quote.readable_title) == (title, readable)


def test_later_surname_resolves_to_full_name():
    text = ("The meeting was hosted by Acting EAD Derek N. Benner.\n\n"
            '"We share intelligence across borders every day," said Benner.')
    assert pairs(text) == [("We share intelligence across borders every day,", "Derek N. Benner")]


def test_quote_only_paragraph_continues_previous_speaker():
    text = ('"The first statement is here," said Secretary Jane Roe.\n\n'
            '"And the second paragraph goes on with more words."')
    assert [s for _, s in pairs(text)] == ["Jane Roe", "Jane Roe"]


def test_pronoun_resolves_to_last_speaker():
    text = ('"We did the work together," said Director Jane Roe.\n\n'
            'Later she spoke again. "We will keep at it for years," she said.')
    assert pairs(text)[-1] == ("We will keep at it for years,", "Jane Roe")


@pytest.mark.parametrize("text", [
    'The gang member Jose "El Diablo" Cruz was arrested.',
    'Agents led Operation "Community Shield" across the region.',
    'Smugglers, so-called "coyotes," moved people across the border.',
    'The cliques, known as "clicas," operate locally.',
    'She wrote a book called "The Long Road Home" last year.',
    'The "Stand with Su" effort is growing.',
    # "called" before something named, not said
    'Agents call the group "Los Primos" in reports.',
    # a quoted noun phrase after an indefinite article
    'Roe admitted that he used a "sap," a weapon like a blackjack.',
    # (a cue far before it, with no one named, frames no two-word noun)
    'Callers told victims that their savings were at risk and to hand the cash to a "federal agent" who would keep it.',
    'The firm pleaded guilty to a "willful violation of a safety standard resulting in death,"',
    # talk and document titles, even with a final stop
    'Bray presented on the topic “Fighting Cybercrime in a Borderless World.”',
    'The theme for this year was “Resilient Security for Today’s World.”',
    # a name given with "named", its final stop inside the marks, even with a cue after it
    'He recruited them through a messaging group he named “Money Team 617.” In one message Roe wrote to the group.',
    'In 2021, a station aired a program that featured a performer named “Lil’ Miss Hot Mess.”',
])
def test_names_and_terms_are_not_quotes(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a paragraph break in mid-sentence inside a quote (scraped pages)
    ('"It is right," said Jane Roe. "The company will be required\n\nto institute a system so this never happens."',
     [("It is right,", "Jane Roe"),
      ("The company will be required to institute a system so this never happens.", "Jane Roe")]),
    # negative: a finished sentence without a closing mark, then narration
    ('"It is right," said Jane Roe. "The company will pay.\n\nthe court set a date.',
     [("It is right,", "Jane Roe"), ("The company will pay.", "Jane Roe")]),
    # a stray opening mark after a sentence end inside one quote
    ('“It is right,” said Jane Roe. “We can do more together. “With this pact we act now.”',
     [("It is right,", "Jane Roe"), ("We can do more together. “With this pact we act now.", "Jane Roe")]),
    # a lost opening mark, with the attribution right after the closing one
    ('The case closed. We will be there always,"said Director Jane Roe.',
     [("We will be there always,", "Jane Roe")]),
    # negative: a lone mark with no cue after it invents nothing
    ('The case closed. We will be there always," the report ended.', []),
    # no space around the marks
    ('Director Jane Roe said,"We will be there always."', [("We will be there always.", "Jane Roe")]),
    # a double prime standing in for the closing mark
    ('The move will help “lower costs for families,″ said Director Jane Roe.',
     [("lower costs for families,", "Jane Roe")]),
    # curly marks facing the wrong way, as some mirrors print them: their place decides
    ('Chief Jane Roe said, ”We will find them.” Then she left.', [("We will find them.", "Jane Roe")]),
    ('“We will find them,“ said Chief Jane Roe.', [("We will find them,", "Jane Roe")]),
    # a closing glyph glued after an ellipsis and before a word opens (clipped news excerpts)
    ('Mayor Matt Tuerk visited the White House…”Through things like the Rescue Plan, we got help,” Tuerk said…',
     [("Through things like the Rescue Plan, we got help,", "Matt Tuerk")]),
    # negative: an opening mark after an ellipsis, with a wrapped line's space after it, still opens
    ('She wanted leaders from outside the cities…“ We tried to get a good cross-section,” she said.',
     [("We tried to get a good cross-section,", None)]),
    # a passive speech frame: the words are kept, with no speaker
    ('For example, she was told that the unit was, "not for females," in violation of the law.',
     [("not for females,", None)]),
])
def test_span_shapes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("raw, expected", [
    # a quote over paragraphs, attributed after its last piece
    ('"The first part runs on\n\n"and the second paragraph ends it," said Director Jane Roe.',
     [("The first part runs on and the second paragraph ends it,", "Jane Roe")]),
    # punctuation outside the closing mark
    ('"We will act quickly to stop them", said Director Jane Roe.',
     [("We will act quickly to stop them", "Jane Roe")]),
    # single marks as the release's top-level quotes
    ("'We will act quickly to stop them,' said Director Jane Roe.",
     [("We will act quickly to stop them,", "Jane Roe")]),
    # British style: single marks at the top level, double marks nested inside them
    ("'We act now,' said Director Jane Roe. 'A colleague calls it \"a friend in every port\",' Roe said.",
     [("We act now,", "Jane Roe"), ('A colleague calls it "a friend in every port",', "Jane Roe")]),
    # negative: one double-quoted span outside single marks keeps the release on double marks
    ("The 'Safer Islands' file was used. 'Not this,' she said. \"We act now,\" said Director Jane Roe.",
     [("We act now,", "Jane Roe")]),
    # single marks nested inside a double-quoted span belong to it
    ('"He told me \'run now\' and I ran," said Jane Roe.', [("He told me 'run now' and I ran,", "Jane Roe")]),
    # "according to" after the quote
    ('"We will act quickly," according to Director Jane Roe.', [("We will act quickly,", "Jane Roe")]),
    # no identifiable source: the statement is kept with no speaker
    ('"We will act quickly to stop them."', [("We will act quickly to stop them.", None)]),
    # Markdown link markup around the speaker
    ('[Jane Roe](https://x.gov) said, “We will act quickly to stop them.”',
     [("We will act quickly to stop them.", "Jane Roe")]),
    # HTML entities for the marks
    ('Director Jane Roe said: &#8220;We will act quickly to stop them.&#8221;',
     [("We will act quickly to stop them.", "Jane Roe")]),
])
def test_text_shapes_after_clean_up(raw, expected):
    assert pairs(clean_text(raw)) == expected


def test_offsets_point_at_the_quote():
    text = 'Intro.\n\n"Exact words here," said Jane Roe.'
    (quote,) = extract_quotes(text)
    assert text[quote.start:quote.end] == quote.quote == "Exact words here,"
    assert quote.paragraph == 1
    assert quote.cue == "said"


@pytest.mark.parametrize("phrase, name, title", [
    ("Acting EAD for HSI, Derek N. Benner", "Derek N. Benner", "Acting EAD for HSI"),
    ("HSI Deputy Assistant Director Waldemar Rodriguez", "Waldemar Rodriguez", "HSI Deputy Assistant Director"),
    ("Jose R. Uribe, Acting CBP Port Director", "Jose R. Uribe", "Acting CBP Port Director"),
    ("Ambassador Jean Manes", "Jean Manes", "Ambassador"),
    ("Acting Assistant Attorney General Loretta King", "Loretta King", "Acting Assistant Attorney General"),
    ("HSI Attaché Alvin De La Rosa", "Alvin De La Rosa", "HSI Attaché"),
    # a title ending in its head noun is not a name; the name is in another segment
    ("Chief Diversity and Inclusion Officer for the State Department, Gina Abercrombie-Winstanley",
     "Gina Abercrombie-Winstanley", "Chief Diversity and Inclusion Officer for the State Department"),
    ("OMB Deputy Director Dan Bishop", "Dan Bishop", "OMB Deputy Director"),
    # a title opening the phrase, the name after it
    ("The White House Chief of Staff Susie Doe", "Susie Doe", "White House Chief of Staff"),
    # an organization first, then a title right before the name
    ("U.S. Department of Health and Human Services Secretary Xavier Doe", "Xavier Doe",
     "U.S. Department of Health and Human Services Secretary"),
    # an office attached after the name with a preposition
    ("Acting Assistant Attorney General Jane Roe for the Civil Rights Division", "Jane Roe",
     "Acting Assistant Attorney General for the Civil Rights Division"),
    ("Special Agent-in-Charge Kim Doe of FDA's Office of Criminal Investigations", "Kim Doe",
     "Special Agent-in-Charge of FDA's Office of Criminal Investigations"),
    # place and portfolio words end the title, they do not start the name
    ("Consul General of India Ravi K. Rao", "Ravi K. Rao", "Consul General of India"),
    ("U.S. Marshal for the Northern District of California Don O’Keefe", "Don O’Keefe",
     "U.S. Marshal for the Northern District of California"),
    ("Secretary of the Interior Deb Doe", "Deb Doe", "Secretary of the Interior"),
    # the place a jurisdiction is "of" stays in the title before a name opening with an initial
    ("U.S. Marshal for the Southern District of Texas J. Hollis Roe", "J. Hollis Roe",
     "U.S. Marshal for the Southern District of Texas"),
    ("U.S. Attorney for the District of New Mexico J. Hollis Roe", "J. Hollis Roe",
     "U.S. Attorney for the District of New Mexico"),
    ("Ambassador to Paraguay Marcus D. Roe", "Marcus D. Roe", "Ambassador to Paraguay"),
    # accented initials; a form of address of the Gulf is no part of the name (the title keeps it)
    ("Mayor Miguel Á. Santillán", "Miguel Á. Santillán", "Mayor"),
    ("Sheikh Hamad bin Salim Al-Harthy, Director General of Customs", "Hamad bin Salim Al-Harthy",
     "Sheikh, Director General of Customs"),
    ("Acting Assistant Secretary for Grants and Training Bea Solis-Hewitt", "Bea Solis-Hewitt",
     "Acting Assistant Secretary for Grants and Training"),
    ("Deputy Director for Policy and Planning Raj Doe", "Raj Doe", "Deputy Director for Policy and Planning"),
    # (a surname that is also a noun stays a surname when no portfolio stands before it)
    ("Director Ann Grant", "Ann Grant", "Director"),
    ("U.S. Attorney for District of Oregon, Karin J. Doe", "Karin J. Doe", "U.S. Attorney for District of Oregon"),
    # an organization head ends a run: the name follows it
    ("Administrator of the Environmental Protection Agency Lee Roe", "Lee Roe",
     "Administrator of the Environmental Protection Agency"),
    # abbreviated offices and ranks are titles, forms of address are not
    ("Sen. Jane Roe", "Jane Roe", "Sen."),
    ("Lt. Gov. John Smith", "John Smith", "Lt. Gov."),
    ("Det. Sgt. Mary Poe of the Dallas Police Department", "Mary Poe", "Det. Sgt. of the Dallas Police Department"),
    ("Mr. John Smith", "John Smith", None),
    # a hyphenated surname holding a title word is a surname; a hyphenated title is a title
    ("Kwame T. Bishop-Rowe, Senior Official Performing the Duties of the Commissioner", "Kwame T. Bishop-Rowe",
     "Senior Official Performing the Duties of the Commissioner"),
    ("FBI Assistant Director-in-Charge Jane Roe", "Jane Roe", "FBI Assistant Director-in-Charge"),
    ("Co-chair Jane Roe", "Jane Roe", "Co-chair"),
    # a role written like a title before a name; a family name that is also a noun stays
    ("Neighbor Earline Dobbs", "Earline Dobbs", "Neighbor"),
    ("Sister Donna Markham", "Donna Markham", "Sister"),
    ("Actor Minnie Driver", "Minnie Driver", "Actor"),
    ("Dr. Mary Poe, Chief Medical Officer", "Mary Poe", "Chief Medical Officer"),
    # a portfolio of two parts joined by "and" ends before the name, particles and initials kept
    ("DHS Under Secretary for Science and Technology Benjamin Oduya", "Benjamin Oduya",
     "DHS Under Secretary for Science and Technology"),
    ("Vice President of Nutrition and Health Mollie Van Lieu", "Mollie Van Lieu", "Vice President of Nutrition and Health"),
    ("Director of Policy and Planning Jane Q. Roe", "Jane Q. Roe", "Director of Policy and Planning"),
    # an airport ends the office a title is held for; "Chief of Detectives" is a title
    ("Federal Security Director for Reagan National Airport Yvette Mahoney-Sarr", "Yvette Mahoney-Sarr",
     "Federal Security Director for Reagan National Airport"),
    ("NYPD Chief of Detectives Joanne Marchetti", "Joanne Marchetti", "NYPD Chief of Detectives"),
    # a hyphenated surname holding "St."
    ("Special Agent in Charge Rosalind A. Peterkin-St. James of IRS Criminal Investigation", "Rosalind A. Peterkin-St. James",
     "Special Agent in Charge of IRS Criminal Investigation"),
    # military and Coast Guard ranks, an ordinal inside; a first name that is a rank word elsewhere stays
    ("Petty Officer 3rd Class Darnell Whitaker", "Darnell Whitaker", "Petty Officer 3rd Class"),
    ("Airman First Class Jo Poe", "Jo Poe", "Airman First Class"),
    ("Chief Warrant Officer Lee Roe", "Lee Roe", "Chief Warrant Officer"),
])
def test_split_speaker_separates_name_and_title(phrase, name, title):
    parts = split_speaker(phrase)
    assert (parts.kind, parts.name, parts.title) == ("person", name, title)


@pytest.mark.parametrize("phrase, name", [
    ("As more troops landed, President Franklin D. Roe took to the radio and", "Franklin D. Roe"),
    ("Acting U.S. Attorney Antoinette T. Doe stated", "Antoinette T. Doe"),
    ("In his First Inaugural Address Roe", "Roe"),
])
def test_split_speaker_finds_the_name_inside_a_clause(phrase, name):
    assert split_speaker(phrase).name == name


@pytest.mark.parametrize("phrase, kind", [
    ("he", "pronoun"),
    ("the Secretary", "title"),
    ("the department", "organization"),
    ("Acting Assistant Attorney General", "title"),
    # offices and places are not names, even in capitals
    ("U.S. Marshal", "title"),
    ("U.S. Attorney for the Northern District of Ohio", "title"),
    # hyphenated title heads, and documents speaking for an organization
    ("the Century Co-chair", "title"),
    ("a 2023 report by the Policy Institute", "organization"),
    # laws, documents and events are not people
    ("Inflation Reduction Act", "organization"),
    ("Food Systems Summit", "organization"),
    # an organization opening the phrase: the word after "of"/"for" is no surname
    ("American Federation of Teachers", "organization"),
    ("Bread for the World", "organization"),
    ("the American Business Immigration Roundtable", "organization"),
    # a place's name is no person's (its kind is the catch-all for named things)
    ("Rio Grande Valley", "organization"),
    # Romance organization names open with their head noun
    ("la Secretaría de Relaciones Exteriores", "organization"),
    ("Fundación Luz del Valle", "organization"),
    ("Casa", "surname"),
    # a scene, then a thing as the subject: no one; a person after the scene, or beside the thing, stays
    ("on April 28 at a bank branch on East Iliff Avenue in Aurora, the note", "none"),
    ("on April 28 at a bank branch in Aurora, Jane Roe", "person"),
    ("Jane Roe, the defendant", "person"),
    # lower-case words whose organization head is in a place phrase name no organization
    ("evidence presented in court", "none"),
    ("the court", "organization"),
])
def test_split_speaker_kinds_without_a_name(phrase, kind):
    assert split_speaker(phrase).kind == kind


@pytest.mark.parametrize("text, title, expected", [
    # the title gives the full name the body shortens to a surname
    ('"We will not stop," Roe said.', "Director Jane Roe Announces Arrests",
     [("We will not stop,", "Jane Roe")]),
    # a headline verb the body writes in lower case is not a first name
    ('"We will not stop," Roe said after the team announces results.',
     "Director Announces Jane Roe Award", [("We will not stop,", "Roe")]),
    # negative: a first name the text uses alone is another person (``Biden Harris``)
    ('Biden spoke. "We will not stop," Harris said.', "President Biden Harris Tour",
     [("We will not stop,", "Harris")]),
    # negatives: the body's own full name wins over the title's
    ('Director John Roe spoke. "We will not stop," Roe said.', "Jane Roe Honored",
     [("We will not stop,", "John Roe")]),
    # a title name whose surname the body never uses changes nothing
    ('"We will not stop," Roe said.', "Director Jane Smith Announces Arrests",
     [("We will not stop,", "Roe")]),
    # a headline run ending in a verb is no person ("Biden Reestablishes")
    ('"We will not stop," President Biden said.', "President Biden Reestablishes Office",
     [("We will not stop,", "Biden")]),
    # quotes are never taken from the title
    ('No quotes here.', 'Roe: "We will not stop tonight or tomorrow"', []),
    # a statement's byline taken for its title is the person the text names by surname
    ('"We stand with you," Spokesperson Ashby-Lowell said.', "Karen Ashby-Lowell",
     [("We stand with you,", "Karen Ashby-Lowell")]),
    # negatives: a byline whose surname the text does not use; a title of title words and a name
    ('"We stand with you," Spokesperson Poe said.', "Karen Ashby-Lowell", [("We stand with you,", "Poe")]),
    ('"We stand with you," Roe said.', "Homeland Security", [("We stand with you,", "Roe")]),
])
def test_title_names_resolve_surnames(text, title, expected):
    assert [(q.quote, q.speaker) for q in extract_quotes(text, title=title)] == expected


def test_title_is_optional():
    assert pairs('"We will not stop," Roe said.') == [("We will not stop,", "Roe")]


@pytest.mark.parametrize("text", [
    '"\n\n“ 0:0\'0:0',                          # an unclosed mark before a space
    'Roe said: “ We will act now. ”',          # spaces inside both marks
    'Roe said: "We will act now.  ',           # an unclosed quote ending in spaces
    '“We will act now,” said Director Jane Roe.',  # negative: nothing to trim
])
def test_single_paragraph_span_is_the_quote(text):
    for quote in extract_quotes(text):
        assert "\n" in text[quote.start:quote.end] or text[quote.start:quote.end] == quote.quote


@pytest.mark.parametrize("text, expected", [
    # NAME <clause>, saying/adding: "…"  -> the clause's subject speaks
    ('Bob Roe spoke. FBI Director Roe called for going after them, saying: “We must find every person behind it.”',
     [("We must find every person behind it.", "Bob Roe")]),
    ('Special Agent in Charge Jane Roe praised the task force, adding, “This arrest makes the city safer.”',
     [("This arrest makes the city safer.", "Jane Roe")]),
    ('“I am not on anyone’s side,” Roe said. But he left the event saying: “I think I will vote.”',
     [("I am not on anyone’s side,", "Roe"), ("I think I will vote.", "Roe")]),
    # a quoted name inside the clause does not cut it off; the clause subject still speaks
    ('Special Agent in Charge John Q. Public commended the work of the FBI and HSI on “Operation Clean Sweep,” '
     'saying, “These defendants preyed on the vulnerable.”',
     [("These defendants preyed on the vulnerable.", "John Q. Public")]),
    ('In his remarks, President Jane Roe thanked Director Bob Poe for his work on the “SAFE KIDS” Act, '
     'saying, “I want to thank Bob for his leadership.”',
     [("I want to thank Bob for his leadership.", "Jane Roe")]),
    # a title standing for the subject, and a cue word used as a noun after "his"
    ('President Jane Roe signed the bill.\n\nThe President ended his remarks by saying, “We showed it is still possible.”',
     [("We showed it is still possible.", "Jane Roe")]),
    # negatives: a subject that names no one, or a sentence opener, is no speaker
    ('The agents were thanked by the chief, saying: “We must find every person behind it.”',
     [("We must find every person behind it.", None)]),
    ('But Monday came, saying: “We must find every person behind it.”',
     [("We must find every person behind it.", None)]),
    # a record showing someone speak: the one shown, not the record
    ('Yanelis Cardoso Pérez, 44, was convicted.\n\nText messages introduced at trial showed Cardoso telling a '
     'co-conspirator, "Pay them $500 a head, cash only."', [("Pay them $500 a head, cash only.", "Yanelis Cardoso Pérez")]),
    # the same with no comma before the participle, a surname in capitals, past a noun like "calls"
    ('VICTOR HUANG MITCHELL, 38, was convicted.\n\nRecorded telephone calls played at trial captured MITCHELL '
     'telling a co-conspirator, “Don\'t put any of this in an email, ever.”',
     [("Don't put any of this in an email, ever.", "Victor Huang Mitchell")]),
    # a surname whose verb is an irregular past ("said", "told") is the clause's subject
    ('U.S. Marshal J. Hollis Tran-Delacroix spoke.\n\nTran-Delacroix said the operation focused on missing children, '
     'calling their recovery “the part of this job that keeps us going.”',
     [("the part of this job that keeps us going.", "J. Hollis Tran-Delacroix")]),
])
def test_participle_cue_takes_the_clause_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Spanish cue verbs and titles, comma after the closing mark
    ('El secretario Alejandro N. Roe habló hoy.\n\n“Las condiciones revelan un país en crisis”, dijo el secretario Roe.',
     [("Las condiciones revelan un país en crisis", "Alejandro N. Roe")]),
    ('“Estamos orgullosos de este trabajo”, afirmó la directora interina Ana Pérez.',
     [("Estamos orgullosos de este trabajo", "Ana Pérez")]),
    # accented capitals and lower-case letters make name words in English releases too
    ('"We will act," said Director José Muñoz.', [("We will act,", "José Muñoz")]),
    # negatives: a Spanish verb in narration frames nothing; "La" still opens a surname
    ('El agente dijo que no. La ofrenda fue creada en “Casa del Pueblo”.', []),
    ('"We will act," said Agent Maria La Rosa.', [("We will act,", "Maria La Rosa")]),
    # organizations named head first, in the Romance order: the whole name speaks, not its last word
    ('The Procuraduría General de la República (PGR), Mexico’s attorney general’s office, said in a statement'
     ' that the arrests "reflect the shared responsibility of our two nations."',
     [("reflect the shared responsibility of our two nations.", "Procuraduría General de la República")]),
    ('Casa Esperanza de las Llanuras, a nonprofit that houses the survivors, said the workers are "safe,'
     ' supported and beginning to rebuild their lives."',
     [("safe, supported and beginning to rebuild their lives.", "Casa Esperanza de las Llanuras")]),
    # negatives: a title's head after the organization makes a person's title and name
    ('"We will act," said Fiscalía General del Estado Director Ana Ruiz.', [("We will act,", "Ana Ruiz")]),
    ('"We will act," said Secretaria Ana Ruiz.', [("We will act,", "Ana Ruiz")]),
])
def test_spanish_cues_and_accented_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gendered form of address picks between people sharing a surname
    ('President Donald J. Trump and First Lady Melania Trump visited.\n\nMrs. Trump said, “Letters unite our families.”',
     [("Letters unite our families.", "Melania Trump")]),
    ('President Donald J. Trump and First Lady Melania Trump visited.\n\nMr. Trump said, “We love our troops.”',
     [("We love our troops.", "Donald J. Trump")]),
    # common given names tell them apart; names used by both do not, so no guess
    ('Jane Roe and John Roe visited.\n\nMrs. Roe said, “Letters unite our families.”',
     [("Letters unite our families.", "Jane Roe")]),
    ('Jordan Roe and Casey Roe visited.\n\nMrs. Roe said, “Letters unite our families.”',
     [("Letters unite our families.", "Roe")]),
    # a verb glued to the name by a lost space
    ('“Smoke knows no borders,” saidMandy Cohen, Director of the CDC.',
     [("Smoke knows no borders,", "Mandy Cohen")]),
    # negative: a capitalised word after the verb with a space is still read as before
    ('“Smoke knows no borders,” said Director Mandy Cohen.', [("Smoke knows no borders,", "Mandy Cohen")]),
])
def test_address_and_glued_cues(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # interview bullets under a topic label keep quoting the last speaker
    ('Jane Roe says she has “never been more excited about the work.”\n\n'
     '- On tariffs: “Initially, my concern was I did not like tariffs at all.”\n\n'
     '- On the budget: “I was worried about the deficit for a long time.”',
     [("never been more excited about the work.", "Jane Roe"),
      ("Initially, my concern was I did not like tariffs at all.", "Jane Roe"),
      ("I was worried about the deficit for a long time.", "Jane Roe")]),
    # negatives: a label with no one quoted before it names no one; a name label is a speaker
    ('- On tariffs: “Initially, my concern was I did not like tariffs at all.”',
     [("Initially, my concern was I did not like tariffs at all.", None)]),
    ('“We act now,” said Jane Roe.\n\nDirector John Doe: “We will keep going until it is done.”',
     [("We act now,", "Jane Roe"), ("We will keep going until it is done.", "John Doe")]),
])
def test_topic_labels_continue_the_last_speaker(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # fragments under one cue share its speaker
    ('Representative Jane Roe called it “dangerous for America,” a “massive failure,” and “bad for the district.”',
     [("dangerous for America,", "Jane Roe"), ("massive failure,", "Jane Roe"), ("bad for the district.", "Jane Roe")]),
    # a characterizing verb with its object still frames the quote
    ('Roe called the gang “a threat that knows no borders.”', [("a threat that knows no borders.", "Roe")]),
    # a time phrase between the verb and the quote
    ('U.S. Attorney Jane Roe said earlier this week, “Enough.”', [("Enough.", "Jane Roe")]),
    ('U.S. Attorney Jane Roe said Tuesday, “The defendant will answer for this.”',
     [("The defendant will answer for this.", "Jane Roe")]),
    # negatives: labels after a characterizing verb, and a fragment in another sentence
    ('Roe called the operation “Community Shield.”', []),
    ('Roe called the law “garbage,” and “wasteful” in a vote.', []),
    ('“We act now,” said Jane Roe. Critics call the plan a “costly mistake for the state.”',
     [("We act now,", "Jane Roe")]),
])
def test_fragment_chains_and_characterizing_cues(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the agency" stands for the agency the release named, in its fullest form there
    ('U.S. Immigration and Customs Enforcement (ICE) removed Doe.\n\n“The safety of our officers comes first,” the agency said.',
     [("The safety of our officers comes first,", "U.S. Immigration and Customs Enforcement")]),
    ('The FBI arrested Doe.\n\n“We act,” the bureau said in a statement today.', [("We act,", "FBI")]),
    # the shortest "of" form anywhere in the release, "U.S." optional; named only later counts too
    ('The U.S. Department of Energy acted. The Energy Department sold it.\n\n“It lowers costs,” the department said.'
     '\n\nAccording to the Department of Energy, it is done.',
     [("It lowers costs,", "Department of Energy")]),
    ('The move, which the department said will help “lower costs for families and consumers,” came today.\n\n'
     'The U.S. Department of Energy announced the sale.', [("lower costs for families and consumers,", "U.S. Department of Energy")]),
    # negatives: a head the named agency does not carry, and "the administration"
    ('The FBI arrested Doe.\n\n“We act now,” the department said in a statement.', [("We act now,", "department")]),
    ('The DEA seized the drugs.\n\n“We act now,” the administration said.', [("We act now,", "administration")]),
    # an organization's name ends at a sentence's stop and leaves out the article before it
    ('The auction house contacted HSI. A Peruvian Ministry of Culture expert confirmed it. In a letter, the ministry '
     'described it as “a document of exceptional value.”', [("a document of exceptional value.", "Peruvian Ministry of Culture")]),
    # a short form of an acronym and a head noun, where the release defines it
    ('The National Intellectual Property Rights Coordination Center (IPR Center) assisted.\n\nIn a statement, the '
     'IPR Center said the case showed “how quickly counterfeiters adapt.”',
     [("how quickly counterfeiters adapt.", "National Intellectual Property Rights Coordination Center")]),
    # acronyms with digits or hyphens, spelled out by the words whose initials they are
    ('Tips go to the Internet Crime Complaint Center (IC3).\n\nThe IC3 said donors “should verify every charity.”',
     [("should verify every charity.", "Internet Crime Complaint Center")]),
    ('States joined the Elections Infrastructure Information Sharing and Analysis Center (EI-ISAC).\n\nThe EI-ISAC '
     'said its membership is “the largest of any sharing center.”',
     [("the largest of any sharing center.", "Elections Infrastructure Information Sharing and Analysis Center")]),
    # a diplomatic post by the city it is "in"; a blank line ends an organization's name
    ('Media Note\nOffice of the Spokesperson\n\nThe U.S. Embassy in Port-au-Prince is aware of the reports.\n\n'
     '“We are monitoring the situation,” the Embassy said.', [("We are monitoring the situation,", "U.S. Embassy in Port-au-Prince")]),
])
def test_generic_agency_heads(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gendered form of address does not merge with the one full name of the other gender
    ('First Lady Dr. Jill Roe visited.\n\n“We act now,” Mr. Roe said.', [("We act now,", "Roe")]),
    # a spouse's title is not the office the reference carries
    ('First Lady Jill Roe visited.\n\nThey will have, as President Roe says, a “little more breathing room.”',
     [("little more breathing room.", "Roe")]),
    # negatives: different offices of one person still merge; a matching address merges
    ('First Lady Jill Roe visited.\n\n“We act now,” the First Lady said, as Dr. Roe told the crowd.',
     [("We act now,", "Jill Roe")]),
    ('Chairman Patrick Roe visited.\n\n“We act now,” Congressman Roe said.', [("We act now,", "Patrick Roe")]),
    ('First Lady Dr. Jill Roe visited.\n\n“We act now,” Mrs. Roe said.', [("We act now,", "Jill Roe")]),
])
def test_address_against_a_single_full_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organization speaking through a document, after other clauses
    ('In June, when the agency acted, the Supreme Court’s ruling stated that “clear authorization would be necessary.”',
     [("clear authorization would be necessary.", "Supreme Court")]),
    ('The FBI’s statement said, “We are done with this case today.”', [("We are done with this case today.", "FBI")]),
    # negatives: a month is no surname; a person named June still is a person
    ('In March, when the agency acted, officials said that “the harm would be severe for families.”',
     [("the harm would be severe for families.", None)]),
    ('Judge June Roe said, “We are done here today.”', [("We are done here today.", "June Roe")]),
])
def test_documents_and_months(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a heading line naming a titled surname signs the quote under it
    ('Governor Ned Roe thanked us.\n\nGovernor Roe of Connecticut:\n\n“It can’t be overstated what a lifeline this has been.”',
     [("It can’t be overstated what a lifeline this has been.", "Ned Roe")]),
    # negatives: a bare surname heading, and a long narrative line ending in a colon
    ('Roe:\n\n“It can’t be overstated what a lifeline this has been.”',
     [("It can’t be overstated what a lifeline this has been.", None)]),
    ('In paragraph 22 of the statement after their summit, President Roe and President Doe stated:\n\n'
     '“We intend to work cooperatively on reform of the trade rules.”',
     [("We intend to work cooperatively on reform of the trade rules.", None)]),
])
def test_heading_lines_with_titled_surnames(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote paragraph with no cue under a sentence that has its speaker speaking
    ('Director Jane Roe praised the officers at a press conference on Monday.\n\n'
     '“They worked tirelessly to bring these criminals to justice.”',
     [("They worked tirelessly to bring these criminals to justice.", "Jane Roe")]),
    # the same inside one paragraph: the quote opens the sentence after the narration
    ('Director Jane Roe praised the officers at a news conference. “They worked tirelessly to bring '
     'these criminals to justice.”', [("They worked tirelessly to bring these criminals to justice.", "Jane Roe")]),
    ('John Doe, 45, was sentenced to 10 years in prison. “This sentence sends a message to every trafficker.”',
     [("This sentence sends a message to every trafficker.", None)]),
    # the speaker closing the sentence above, the verb inverted
    ('Agents seized 10 kilograms of fentanyl, said DEA Special Agent in Charge Frank Tarentino.\n\n'
     '“This seizure saved lives and it shows what our partners can do.”',
     [("This seizure saved lives and it shows what our partners can do.", "Frank Tarentino")]),
    # a sentence handing over to the statement below it
    ('Secretary of Homeland Security Jeh C. Johnson released the following statement:\n\n'
     '“Today I am announcing new steps to secure our border.”',
     [("Today I am announcing new steps to secure our border.", "Jeh C. Johnson")]),
    # a long speaker phrase handing over with "said:"; a bare title opening the sentence
    ('In a letter at the beginning of the guide, John Podesta, the President’s Senior Advisor for Clean Energy, '
     'said:\n\n“When the President signed the law, he changed what is possible.”',
     [("When the President signed the law, he changed what is possible.", "John Podesta")]),
    ('“Every arrest counts,” said FBI Director Nolan R. Whitcombe.\n\nThe Director remarked that such cases have '
     'risen sharply. “The people running these schemes count on shame to keep kids quiet.”',
     [("Every arrest counts,", "Nolan R. Whitcombe"),
      ("The people running these schemes count on shame to keep kids quiet.", "Nolan R. Whitcombe")]),
    # a few lower-case words between the speaker and the cue
    ('Pope Saint John Paul II closed by quoting the words of a martyr.\n\n'
     '“More horrifying than a defeat of arms is the defeat of the human spirit.”',
     [("More horrifying than a defeat of arms is the defeat of the human spirit.", "John Paul II")]),
    # an opening phrase before the titled subject, "U.S." inside the sentence, the title's holder a speaker before
    ('“Moldova has shown the world what solidarity looks like,” Under Secretary Jane N. Roe said.\n\n'
     'At a joint press conference with the Deputy Prime Minister, the Under Secretary announced $50 million in'
     ' additional U.S. assistance. “This assistance will help Moldova meet urgent needs.”',
     [("Moldova has shown the world what solidarity looks like,", "Jane N. Roe"),
      ("This assistance will help Moldova meet urgent needs.", "Jane N. Roe")]),
    # an opening phrase and a relative clause around the subject
    ('At the sentencing hearing, Teresa Ixcoy Batz, who was 11 years old when soldiers came, spoke through an'
     ' interpreter.\n\n“I have waited thirty years to see one of these men in a courtroom.”',
     [("I have waited thirty years to see one of these men in a courtroom.", "Teresa Ixcoy Batz")]),
    # negatives: no speech verb above; a clause before the verb; a quote above; a long clause before the cue
    ('Director Jane Roe met the families of the victims and later said at the hearing that she agreed.\n\n'
     '“This sentence sends a message to every trafficker in the state.”',
     [("This sentence sends a message to every trafficker in the state.", None)]),
    ('“We will find them,” said Director Jane Roe.\n\nJohn Doe, 45, was sentenced to 10 years in prison.\n\n'
     '“This sentence sends a message to every trafficker in the state.”',
     [("We will find them,", "Jane Roe"), ("This sentence sends a message to every trafficker in the state.", None)]),
    ('In the statement issued after the summit, President Roe and President Doe stated:\n\n'
     '“We intend to work cooperatively on reform of the trade rules.”',
     [("We intend to work cooperatively on reform of the trade rules.", None)]),
    # a "whose" clause after the name, before the cue, in the paragraph above the quote
    ('Marilyn Haugen, whose father, a retired dairy farmer, invested his savings with Pruitt, told the judge that '
     'her father died believing the loss was his own fault.\n\n"He spent his last year ashamed."',
     [("He spent his last year ashamed.", "Marilyn Haugen")]),
    ('Edinburg Police Chief Lorenzo Garza-Ybarra, whose officers secured the perimeter, praised the agencies. '
     '"This is what happens when officers trust each other."',
     [("This is what happens when officers trust each other.", "Lorenzo Garza-Ybarra")]),
    # "she" after a sentence opening with a short description, then the name ("His wife, Lucia Roe, has been …")
    ('Daniel Reyes-Moreau was detained in March.\n\n“He should never have been detained,” said Ambassador Ann Poe.'
     '\n\nHis wife, Lucia Reyes-Moreau, has been a tireless advocate for her husband. She said it best when she told '
     'reporters in June, “Every day without him is a day without sunlight.”',
     [("He should never have been detained,", "Ann Poe"), ("Every day without him is a day without sunlight.",
                                                            "Lucia Reyes-Moreau")]),
    # a person set off after a description ("His daughter, Denise Roe, read a statement.") speaks next
    ('Walter Kasprzak died in 2023. His daughter, Denise Kasprzak-Mullins, read a statement at the hearing.\n\n'
     '"My father was a careful man his whole life."', [("My father was a careful man his whole life.",
                                                        "Denise Kasprzak-Mullins")]),
    # a sentence of running an event ("opened the event") is followed by its subject's words
    ("Chargé d'Affaires Helena M. Kowalski opened the event.\n\n“Human trafficking hides in plain sight.”",
     [("Human trafficking hides in plain sight.", "Helena M. Kowalski")]),
    # negative: an act that is no speech or event leaves the quote without a speaker
    ("Chargé d'Affaires Helena M. Kowalski signed the agreement.\n\n“Human trafficking hides in plain sight.”",
     [("Human trafficking hides in plain sight.", None)]),
    # a surname with a relative clause before "said:", which holds a verb's form ("state law")
    ('Wayne County Prosecutor Kym L. Worthy announced the charges.\n\nWorthy, whose office is prosecuting four '
     'of the defendants under state law, said:\n\n"This is a public safety crisis."',
     [("This is a public safety crisis.", "Kym L. Worthy")]),
    # "The sheriff said:" is the sheriff the release names
    ('Harris County Sheriff Ed Gonzalez said deputies had responded to 26 deaths. The sheriff said:\n\n'
     '“This is a crisis in our community.”', [("This is a crisis in our community.", "Ed Gonzalez")]),
    # "the statement said" is the one issuing it in the quote's own paragraph, before a speaker of the one above
    ('“We act,” said Theresa Nguyen, the DEA agent.\n\nThe Harris County Sheriff’s Office said in a statement that a '
     'deputy was treated. “Our deputies follow strict protocols,” the statement said.',
     [("We act,", "Theresa Nguyen"), ("Our deputies follow strict protocols,", "Harris County Sheriff’s Office")]),
    # "He said:" right after a quoted fragment's closing mark, then the quote paragraph
    ('Special Agent in Charge R. Sean Fitzgerald said the defendants marketed the masks as “hospital grade.” He '
     'said:\n\n“It is hard to imagine a more callous crime.”',
     [("It is hard to imagine a more callous crime.", "R. Sean Fitzgerald")]),  # ("marketed as" a term: no quote)
    # a quoted tool's name earlier in the paragraph is no quote and leaves the narrated speaker standing
    ('Director Reginald Amankwah spoke.\n\nTravelers can use the "What Can I Bring?" tool on TSA.gov. Amankwah said '
     'checking ahead saves time. "If you have to ask, ask us before you pack."',
     [("If you have to ask, ask us before you pack.", "Reginald Amankwah")]),
    # the same in lower case after a cue: a feature named by its question
    ('TSA also reminds travelers to use the "Can I bring my...?" feature on the MyTSA app.', []),
    # negative: a question quoted as a question stays a quote
    ('Director Reginald Amankwah asked, "Who Will Pay?" again.', [("Who Will Pay?", "Reginald Amankwah")]),
])
def test_quote_paragraph_under_a_narrated_speaker(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Title Case name with the comma American style puts inside the marks is still a name
    ('The order creates the “Establishment of Permitting Innovation Center,” and more.', []),
    ('The tree, known locally as “Andrew Jackson Commemorative – Southern Magnolia,” stood for years.', []),
    # negatives: a sentence with a comma is speech; an attributed Title Case line keeps its cue
    ('The sign read in part “we will never give up on this town,” and more.',
     [("we will never give up on this town,", None)]),
    ('“Thank You, America,” said Jane Roe.', [("Thank You, America,", "Jane Roe")]),
])
def test_title_case_names_ending_in_a_comma(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a full name met only in the possessive, under a title
    ('Roe served as then-Vice President Joe Biden’s communications director.\n\n“She was a critical voice,” said President Biden.',
     [("She was a critical voice,", "Joe Biden")]),
    ('U.S. Attorney Jane Roe’s office filed charges.\n\n“We act today,” Roe said.', [("We act today,", "Jane Roe")]),
    # negative: a possessive after a sentence opener names no one
    ('With John’s passing we lost a hero.\n\n“Freedom is an act,” John once said.', [("Freedom is an act,", "John")]),
])
def test_possessive_full_names(text, expected):
    assert pairs(text) == expected


def test_a_verb_before_the_colon_stays_out_of_the_title():
    quote, = extract_quotes('Acting U.S. Attorney Antoinette T. Bacon stated: "This defendant betrayed the public trust."')
    assert (quote.speaker, quote.title, quote.cue) == ("Antoinette T. Bacon", "Acting U.S. Attorney", "stated")


@pytest.mark.parametrize("text, expected", [
    # a reporting verb with "that" left out frames a short fragment
    ('The U.S. Attorney’s Office said the defendant “showed no remorse.”',
     [("showed no remorse.", "U.S. Attorney’s Office")]),
    ('Director Jane Roe said he “betrayed the badge.”', [("betrayed the badge.", "Jane Roe")]),
    # the sentence's subject reports a clause that runs up to the quote
    ('President Jane Roe in a statement said the plant is another sign the state is “ground zero for '
     'building a clean energy economy and the industries of the future.”',
     [("ground zero for building a clean energy economy and the industries of the future.", "Jane Roe")]),
    ('Secretary Jane Roe stood on the stage before the world and said that we would keep putting Ukraine '
     '“in the position to be able to continue to resist aggression.”',
     [("in the position to be able to continue to resist aggression.", "Jane Roe")]),
    # negatives: a term after an article stays a term; a lone capital opening the sentence is no speaker
    ('Agent Bob Cozzi admitted he wrote a report stating that he used an "open hand strike" on the victim.', []),
    ('Other students noted that the visit was “a pretty nice gesture to say the least.”',
     [("a pretty nice gesture to say the least.", None)]),
    # a statement frame instead of a verb; a frame noun before a comma is no naming frame
    ('The National Park Service provided the following in concurrence with the report, “Despite ongoing '
     'efforts, the tree has reached the end of its lifespan.”',
     [("Despite ongoing efforts, the tree has reached the end of its lifespan.", "National Park Service")]),
    # negative: an article opening the sentence is no speaker
    ('The complaint alleges a violation of the Act, which prohibits threats against "any person for voting '
     'or attempting to vote."', [("any person for voting or attempting to vote.", None)]),
    # a person described before the name set off by commas, then a long reported clause
    ('A spokesperson for the Haitian National Police, Inspector Garry Desrosiers, told local radio that the two men '
     'had been stopped at a checkpoint and were "being questioned in an investigation."',
     [("being questioned in an investigation.", "Garry Desrosiers")]),
    # negative: the description alone names no one
    ('A spokesperson for the Haitian National Police told local radio that the two men had been stopped at a '
     'checkpoint and were "being questioned in an investigation."', [("being questioned in an investigation.", None)]),
])
def test_reported_clauses(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speaker described, not named: speech by no one the release names, not the last speaker's
    ('"We got him," said Deputy Director Ann Lee.\n\n"We\'re grateful," said the victim\'s mother, who asked not to be named.',
     [("We got him,", "Ann Lee"), ("We're grateful,", None)]),
    ('"We got him," said Deputy Director Ann Lee.\n\n"It was terrifying," a witness said.',
     [("We got him,", "Ann Lee"), ("It was terrifying,", None)]),
    # a quote-only paragraph still continues the speaker before it
    ('"We got him," said Deputy Director Ann Lee.\n\n"He will face justice."',
     [("We got him,", "Ann Lee"), ("He will face justice.", "Ann Lee")]),
    ('"We got him," said Deputy Director Ann Lee.\n\n"We will keep working," officials said.',
     [("We got him,", "Ann Lee"), ("We will keep working,", None)]),
    # an unnamed person named after the verb ("Among those arrested was a … man"): his "he" is no one named
    ('"We will find them," said Special Agent in Charge Marisol Etxeberria.\n\nAmong those arrested was a '
     '34-year-old Aurora man who posed as a boy online. According to charging documents, he told one victim, '
     '"nobody has to know, this is between us."', [("We will find them,", "Marisol Etxeberria"),
                                                   ("nobody has to know, this is between us.", None)]),
    # a quote opening its paragraph under one about someone unnamed: her "she" is no one named
    ('“The task force exists for this,” said U.S. Attorney Stephen D. Anthony.\n\nOne of the victims, now 19, read a '
     'statement to the court. She said he had told her no one would believe her.\n\n“For two years I thought he '
     'was right,” she said.', [("The task force exists for this,", "Stephen D. Anthony"),
                               ("For two years I thought he was right,", None)]),
    # a described person named after the description is someone; described alone, no one
    ('According to court documents, the owner of the property, Delbert Wayne Hollis, 52, allegedly told a '
     'co-conspirator that the building was "the safest place in the county" because it was hidden.',
     [("the safest place in the county", "Delbert Wayne Hollis")]),
    ('According to court documents, the owner of the property, a retired teacher, allegedly told a co-conspirator '
     'that the building was "the safest place in the county" because it was hidden.',
     [("the safest place in the county", None)]),
])
def test_unnamed_speakers_are_no_one(text, expected):
    assert pairs(text) == expected


def test_typed_double_marks_are_quotation_marks():
    assert pairs(clean_text("''We will prevail,'' said Deputy Director Ann Lee.")) == [("We will prevail,", "Ann Lee")]


@pytest.mark.parametrize("text, expected", [
    # a second cue joined by "and" shares the subject; a quoted term between does not cut the sentence
    ('Representative Jane Roe called the law a “scam,” and claimed it was “punishment for rural America.”',
     [("punishment for rural America.", "Jane Roe")]),
    ('Director Jane Roe called the plan “reckless and dangerous for the country,” and warned it would “cost lives.”',
     [("reckless and dangerous for the country,", "Jane Roe"), ("cost lives.", "Jane Roe")]),
    # negative: "and" joining a new subject is no shared cue
    ('Director Jane Roe called the plan “reckless and dangerous for the country,” and Bob Poe said it was “fine by me.”',
     [("reckless and dangerous for the country,", "Jane Roe"), ("fine by me.", "Bob Poe")]),
    # a conjunction other than and/but/or after the mark keeps the attribution behind it
    ('“Families are looking for ways to keep their houses warm” while also putting food on the table, '
     'Secretary Xavier Doe said on a call.', [("Families are looking for ways to keep their houses warm", "Xavier Doe")]),
    # a reported clause with its verb and article before a short fragment
    ('It is a point Mayor Eddie Moran said had a “profound significance” for the city.',
     [("profound significance", "Eddie Moran")]),
])
def test_coordinated_cues_share_a_speaker(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause's pronoun before the cue: the sentence's subject speaks
    ('Toward the end of his remarks, President Ronald Reagan identified what he called “the most fundamental '
     'distinction of all between East and West.”',
     [("the most fundamental distinction of all between East and West.", "Ronald Reagan")]),
    ('Over the past year, Secretary Jane Roe has criticized the airlines for what she calls “junk fees that '
     'hurt every family.”', [("junk fees that hurt every family.", "Jane Roe")]),
    # "who" after a name's age and home town, with an adverb, and the one told described at length
    ('Among those arrested was Omar Ray Sayed, 31, of Joliet, who allegedly told an undercover officer posing as '
     'a 13-year-old that he would “drive out there tonight.”', [("drive out there tonight.", "Omar Ray Sayed")]),
    ('The idea came from Jane Roe, 45, of Miami, who later told reporters she was “glad it helped.”',
     [("glad it helped.", "Jane Roe")]),
    # a statement named by its speaker, whose "that" clause the quote closes; not a statement about someone
    ('We welcome the statement by Foreign Minister Mihai Dragomir that his government will “pursue reforms '
     'without delay.”', [("pursue reforms without delay.", "Mihai Dragomir")]),
    ('We read the statement about Foreign Minister Mihai Dragomir that his government will “pursue reforms '
     'without delay.”', [("pursue reforms without delay.", None)]),
    # negative: a pronoun opening a main clause is not a relative one; with no one named, no speaker
    ('Back then there were little yellow signs on the doors of stores, and he told us, “If you are scared, '
     'go inside and ask for help.”', [("If you are scared, go inside and ask for help.", None)]),
])
def test_relative_clause_pronouns(text, expected):
    assert pairs(text) == expected


def test_first_quote_pronoun_follows_the_announcing_official():
    text = ("U.S. Attorney Jane Roe announced the sentence on Monday.\n\n"
            "John Doe, 45, of Miami, was sentenced to 10 years in prison for fraud.\n\n"
            "“This sends a message to fraudsters,” she said.")
    assert pairs(text) == [("This sends a message to fraudsters,", "Jane Roe")]


def test_a_surname_with_its_particle_resolves_to_the_full_name():
    text = ('“Prices fell fast,” said Patrick De Haan, an analyst.\n\n'
            '“It was a pretty nice drop. … Barring any changes, De Haan said he expects more.')
    assert pairs(text) == [("Prices fell fast,", "Patrick De Haan"), ("It was a pretty nice drop.", "Patrick De Haan")]


@pytest.mark.parametrize("text, expected", [
    # a characterizing verb's object may end in an article: the fragment after it is quoted
    ('Representative Jane Roe still called the Inflation Reduction Act a “massive failure” a year later.',
     [("massive failure", "Jane Roe")]),
    # a described speaker before the cue: the words are kept, with no speaker
    ('As they drove by, one of the defendants yelled "Obama!" at the youth.', [("Obama!", None)]),
    # an organization or country challenging someone with a quoted demand
    ('China also challenged the United States to present “hard evidence, evidence that could stand up in court.”',
     [("hard evidence, evidence that could stand up in court.", "China")]),
    # negative: a label after a characterizing verb stays a label
    ('Representative Jane Roe called the program “Operation Safe Streets” in her letter.', []),
])
def test_fragments_after_objects_and_unnamed_speakers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agent of a passive speech verb speaks
    ('The plan was praised by Governor Jane Roe as “a model for the nation.”', [("a model for the nation.", "Jane Roe")]),
    ('The program was described by the Department of Justice as “an unprecedented success.”',
     [("an unprecedented success.", "Department of Justice")]),
    # negative: a passive frame with no agent keeps the words with no speaker
    ('For example, she was told that the unit was, "not for females," in violation of the law.',
     [("not for females,", None)]),
])
def test_passive_agents(text, expected):
    assert pairs(text) == expected


def test_a_listing_page_of_teasers_attributes_each_teaser_on_its_own(tmp_path):
    from loaders.text_format import parse_text
    page = ("News Releases\nICE arrests 25 in Houston operation\n"
            'HOUSTON — "These arrests make Houston safer," said Field Office Director Patrick Contreras. Read more\n'
            "March 3, 2019\nFormer agent sentenced for bribery\n"
            'SAN DIEGO — A former agent was sentenced. "He betrayed the badge," said U.S. Attorney Adam Braverman. Read more\n'
            "March 2, 2019\nMan charged with smuggling\n"
            '"The defendant hid 50 kilograms of cocaine in the tires," Braverman said. Read more\n')
    release = parse_text(page, "listing.txt")
    assert pairs(release.text) == [("These arrests make Houston safer,", "Patrick Contreras"),
                                   ("He betrayed the badge,", "Adam Braverman"),
                                   ("The defendant hid 50 kilograms of cocaine in the tires,", "Adam Braverman")]


@pytest.mark.parametrize("text, expected", [
    # one subject, two verbs: the subject before "and said" speaks, after an opening time phrase too
    ('Two days before the Summit, President Jane Roe stood on the stage before the world and said that we would '
     'keep putting Ukraine “in the position to resist aggression.”', [("in the position to resist aggression.", "Jane Roe")]),
    ('Secretary Jane Roe in her statement credited her own policies, and said: “I will continue to fight for lower costs.”',
     [("I will continue to fight for lower costs.", "Jane Roe")]),
    # the same after "but"
    ('U.S. District Judge Diane J. Humetewa sentenced him. Judge Humetewa acknowledged the letter during the hearing '
     'but said the threats had caused “real fear” for the recipients.', [("real fear", "Diane J. Humetewa")]),
    # past an "Asked …," opener, a bare title subject with two verbs joined by "but"
    ('The charges were announced by Gabriel M. Okonjo, United States Attorney for the Northern District of Illinois.'
     '\n\nAsked whether other officials were under investigation, the U.S. Attorney declined to comment but said, '
     '“This investigation is continuing.”', [("This investigation is continuing.", "Gabriel M. Okonjo")]),
    # past a source and a date, each set off by commas; a name inside the first verb's clause is not the subject
    ('According to court documents, on Nov. 14, 2015, Roe entered the store where Harjit Singh Sandhu, 62, was '
     'working, and shouted, “Go back where you came from,” before striking him.',
     [("Go back where you came from,", "Roe")]),
    ('In May 2016, Roe entered the store where Harjit Singh Sandhu was working, and shouted, “Go back.”',
     [("Go back.", "Roe")]),
])
def test_a_subject_with_two_verbs_speaks(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "according to" a document names no one: the sentence's own cue gives the speaker
    ('John Allen Smith pleaded guilty.\n\nSmith told investigators he "didn\'t know she was underage," '
     'according to court documents.', [("didn't know she was underage,", "John Allen Smith")]),
    # evidence presented "in court" is no court speaking: the sentence's own cue decides
    ('In a text message to one driver, Luis Garza wrote, "just keep the cold on and drive," according to '
     'evidence presented in court.', [("just keep the cold on and drive,", "Luis Garza")]),
    # "according to" a person still attributes
    ('"The network moved millions," according to FBI Special Agent in Charge Kevin Smith.',
     [("The network moved millions,", "Kevin Smith")]),
    # the clause's subject may stand between "according to X," and the quote
    ('DEA Administrator Anne Milgram spoke.\n\nAccording to Milgram, the cartels "are ruthless, violent criminal '
     'organizations."', [("are ruthless, violent criminal organizations.", "Anne Milgram")]),
    # negatives: a quoted name after such a clause is no quote; a document is no speaker
    ('According to Lin, the men "Brian" and "C.C." ran the scheme.', []),
    ('According to the warrants issued by Federal Courts in Argentina, Gimenez is implicated "in the unlawful '
     'imprisonment of a political activist."', [("in the unlawful imprisonment of a political activist.", None)]),
])
def test_according_to_a_document_defers_to_the_sentence(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a quoted name next to a cue whose object, not speaker, follows
    'According to the survivors, their guides, so-called "coyotes," told the group the walk was short.',
    # a report's title after a passive cue
    'The case was first described in the Army Audit Agency\'s report, "Audit of Contract Oversight in Southwest Asia," '
    'which found irregularities.',
])
def test_names_beside_unnamed_or_passive_cues_are_not_quotes(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    # after a name-only frame a quoted span is a name, even with a cue further on in the sentence
    'Judge Catherine W. Ames sentenced Marcus Holloway, a/k/a "Big Moe," age 33, of Baltimore, to life in prison, '
    'announced United States Attorney Benjamin Cole.',
    'Agents raided so-called "superlabs" in the state of Sinaloa, DEA Administrator Anne Milgram said.',
])
def test_name_only_frames_win_over_a_distant_cue(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a party and state in parentheses do not end the speaker line: "(D-Ore.):"
    ('Senator Jane Roe (D-Ore.): "This funding recognizes what border towns carry for the country."',
     [("This funding recognizes what border towns carry for the country.", "Jane Roe")]),
    ('Rep. Joe Poe (R-Calif.): “We fought for every dollar of this grant.”',
     [("We fought for every dollar of this grant.", "Joe Poe")]),
    # a nickname inside the name is part of the speaker line, not a quotation ending it
    ('Governor Ann Roe (R-Ariz.), in a statement: "Arizona is proud to answer the call."\n\nSenator Thaddeus'
     ' "Tad" Poe (R-S.C.), on Twitter: "Good move. The Guard is ready to give it."',
     [("Arizona is proud to answer the call.", "Ann Roe"), ("Good move. The Guard is ready to give it.", "Thaddeus Poe")]),
    # a nearer speech verb with its own subject governs the quote
    ('Prosecutors said the defendant shouted “You will pay for this!” at the officers.',
     [("You will pay for this!", None)]),
    ('Witnesses described hearing someone shout, “He’s got a gun!” moments before the shots.',
     [("He’s got a gun!", None)]),
    ('Detective Jane Roe said Bob Poe told her “I never meant for anyone to get hurt.”',
     [("I never meant for anyone to get hurt.", "Bob Poe")]),
    # negatives: a participle goes back to the first subject; a cue far from the quote stays far
    ('Special Agent in Charge Jane Roe praised the officers, adding, “This arrest makes the city safer.”',
     [("This arrest makes the city safer.", "Jane Roe")]),
    # a nearer cue inside the first one's "that" clause, its subject a surname in capitals
    ('CEDRIC LAMONT BYNUM, 39, of Memphis, was sentenced.\n\nOne client, a retiree, testified at trial that BYNUM '
     'told her the refund came from "a special government program for seniors."',
     [("a special government program for seniors.", "Cedric Lamont Bynum")]),
    # a nearer cue whose one written to, then "that", frames the quote: its subject wrote it
    ('Walter Esposito, 50, was charged. In one e-mail quoted in the statement of facts, Esposito wrote to Marsh that '
     'the "next envelope is ready."', [("next envelope is ready.", "Walter Esposito")]),
    # the document after the cue and the office it came through are not the speaker
    ('Lucille Ferrante said in a statement released through the Canadian County District Attorney’s Office: '
     '“She is finally going to have her day in court.”', [("She is finally going to have her day in court.",
                                                            "Lucille Ferrante")]),
])
def test_nearest_cue_and_speaker_lines(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a quoted name with the comma inside the closing mark, narration after it
    'The network has been linked to the "Brigade of the Desert," a group designated as a terrorist organization.',
    'The company misrepresented the security of its product, “SafeVault,” to federal agencies that bought it, '
    'the Justice Department announced today.',
])
def test_quoted_names_before_narration_are_not_quotes(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a two-word surname under a title is the person named in full earlier
    ("The accord was signed by the Minister of Public Security, Adriana Solís Mora.\n\n"
     "“We welcome this support,” Minister Solís Mora said.",
     [("We welcome this support,", "Adriana Solís Mora")]),
    # a full name with its first name stays that person, not a longer run ending the same way
    ("It was announced by Jane Roe and Mary Ann Roe.\n\n“We are ready,” Mary Ann Roe said.",
     [("We are ready,", "Mary Ann Roe")]),
])
def test_multi_word_references_resolve_to_the_full_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Saint" is a form of address; a title after long narration still stands for the one who holds it
    ("Pope Saint John Paul II visited the city.\n\nRecalling the 200 soldiers who held out for seven days against "
     "an army of 4,000 in the opening days of the war, the Pope challenged the crowd: “Each of you finds your own "
     "test in life.”", [("Each of you finds your own test in life.", "John Paul II")]),
])
def test_titles_after_narration_and_saints(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun closing a phrase after a clause is the speaker
    ("Director Jane Roe said last year that crime was falling.\n\n"
     "As we toured the site this morning, she reiterated, “The numbers keep going down.”",
     [("The numbers keep going down.", "Jane Roe")]),
    # "he" passes over an organization quoted last to the man a sentence before has speaking
    ("Director Jim Roe recently said the threat was growing.\n\n“We are behind,” the Commission noted.\n\n"
     "As we toured the site, he reiterated, “Nobody can rob a thousand banks in one day.”",
     [("We are behind,", "Commission"), ("Nobody can rob a thousand banks in one day.", "Jim Roe")]),
    # negative: "they" may be the organization
    ("“We are behind,” the Commission noted.\n\n“The gap is wide,” they added.",
     [("We are behind,", "Commission"), ("The gap is wide,", "Commission")]),
])
def test_pronoun_speakers_after_clauses_and_organizations(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a camel-case handle spells the name, past a leading rank
    ("Rep. Jane Roe spoke on Monday.\n\n@RepRoe says it was “the worst 45 days in memory.”",
     [("the worst 45 days in memory.", "Jane Roe")]),
    # a place word is a surname after a work's title, not inside a place's name
    ("George Washington took the oath.\n\nIn his First Inaugural Address Washington stated, "
     "“No people can be bound to acknowledge the hand which conducts the affairs of men.”",
     [("No people can be bound to acknowledge the hand which conducts the affairs of men.", "George Washington")]),
])
def test_handles_and_place_word_surnames(text, expected):
    assert pairs(text) == expected


def test_a_place_inside_a_title_is_no_surname():
    (quote, speaker), = pairs("George Washington took the oath.\n\n“The port is busy,” the Governor of Washington said.")
    assert speaker != "George Washington"


@pytest.mark.parametrize("text, expected", [
    # ", which concluded" / ", who said": the organization or person just before speaks
    ("The decision follows an assessment by the American Society of Consulting Arborists, which concluded "
     "the tree has “surpassed the time of serving as a landmark.”",
     [("surpassed the time of serving as a landmark.", "American Society of Consulting Arborists")]),
    ("The suit was brought by Jane Roe, who said the ruling was “a victory for every family in the state.”",
     [("a victory for every family in the state.", "Jane Roe")]),
    # negative: a relative clause whose verb does not report the quote
    ("The plan follows the Commission Report to Congress, which urged an “all of the above” approach.", []),
])
def test_relative_pronoun_speakers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a closing mark lost before a whole attribution sentence: the span ends at its comma
    ('"Roe abused the trust of his patients for money, said U.S. Attorney Lionel Fairbanks. '
     '"Doctors who sell referrals corrupt the system."',
     [("Roe abused the trust of his patients for money,", "Lionel Fairbanks"),
      ("Doctors who sell referrals corrupt the system.", "Lionel Fairbanks")]),
    ('Casey Ortolano leads the port.\n\n“If this insect became established here, other countries could close '
     'their markets, Ortolano said.\n\nThe beetle was destroyed.',
     [("If this insect became established here, other countries could close their markets,", "Casey Ortolano")]),
    # negatives: a comma inside a quote that does close; a quote whose paragraph reopens
    ('“We thank the agents, said the mayor, and the police,” Jane Roe said.',
     [("We thank the agents, said the mayor, and the police,", "Jane Roe")]),
    ('“We will keep going, Roe said.\n\n“And we will win,” said Jane Roe.',
     [("We will keep going, Roe said. And we will win,", "Jane Roe")]),
])
def test_lost_closing_marks_before_attribution_sentences(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "she" with no speaking sentence before: the person opening the sentence just before
    ("Under Secretary of State Miriam T. Halvorsen introduced the report at a briefing. “Trafficking in persons "
     "shames us all,” she said.", [("Trafficking in persons shames us all,", "Miriam T. Halvorsen")]),
    # a pronoun handing over to a quote paragraph: whoever the narration has speaking
    ("Director Kenneth A. Broussard praised the team.\n\nBroussard said the removal went smoothly. "
     "He described the process this way:\n\n“The authorities sent us the warrant and we confirmed his identity.”",
     [("The authorities sent us the warrant and we confirmed his identity.", "Kenneth A. Broussard")]),
    # negative: a sentence opening with no person leaves "he" to the last speaker
    ("“We act now,” said Director Jim Roe. Agents arrested the man on Monday. “He will face trial,” he said.",
     [("We act now,", "Jim Roe"), ("He will face trial,", "Jim Roe")]),
    # a long description after a verb-first cue, closed by the person's title and name
    ('"We traced the money," said the head of the Criminal Division, who oversaw the sweep through the '
     'division\'s Fraud Section, Assistant Attorney General Lionel F. Baptiste.',
     [("We traced the money,", "Lionel F. Baptiste")]),
    ('Acting U.S. Attorney Desmond R. Aucoin spoke. "He thought nobody would notice," said the prosecutor who '
     'brought the first charges as chief of the office\'s Fraud Unit before being named to lead the office, '
     'Acting U.S. Attorney Aucoin.', [("He thought nobody would notice,", "Desmond R. Aucoin")]),
    # negative: a person named before the clause keeps the quote
    ('"We traced the money," said Director Jane Roe, who oversaw the sweep, and the team.',
     [("We traced the money,", "Jane Roe")]),
    # "he" after a sentence whose subject is a title alone: whoever holds that title
    ('"We act now," said Attorney General Rosa Vance. "We will not wait," said Deputy Attorney General Theron K. '
     'Whitlock. The Deputy Attorney General noted that mules are recruited online. "A stranger is not your '
     'friend," he said.', [("We act now,", "Rosa Vance"), ("We will not wait,", "Theron K. Whitlock"),
                           ("A stranger is not your friend,", "Theron K. Whitlock")]),
    # "she" after a sentence about a person the release does not name is hers, not the last speaker's
    ('"Stop," said SAC Malcolm Drummond. One victim, a retired teacher from Morganton, lost $400,000. "I thought '
     'he cared about me," she told agents.', [("Stop,", "Malcolm Drummond"), ("I thought he cared about me,", None)]),
    ('"Stop," said Director Marisol D. Fenwick. One victim, a retired custodian in Stockton, Calif., lost his '
     'home. He told investigators, "They said they were with a government program."',
     [("Stop,", "Marisol D. Fenwick"), ("They said they were with a government program.", None)]),
    ('"Stop," said Director Marisol D. Fenwick. One victim, a 78-year-old widower from Ohio, wrote in a letter to '
     'the court: "I sent my life savings to a man I believed loved me."',
     [("Stop,", "Marisol D. Fenwick"), ("I sent my life savings to a man I believed loved me.", None)]),
    # an organization with a relative clause after it, as the subject
    ('The U.S. Postal Inspection Service, which investigated the case with the FBI, said in a statement that "the '
     'best defense is a conversation with a trusted family member."',
     [("the best defense is a conversation with a trusted family member.", "U.S. Postal Inspection Service")]),
    # negative: a sentence about the named speaker keeps the pronoun his
    ('"Stop," said SAC Malcolm Drummond. Drummond traced the payments through 300 wallets. "It is a scam," he said.',
     [("Stop,", "Malcolm Drummond"), ("It is a scam,", "Malcolm Drummond")]),
    # an unnamed person closing a long opening phrase is the subject, not a place named inside it
    ('SAC Roe noted that in the last robbery, at a branch in New Stanton, the suspect told a teller, "Don\'t make '
     'me come back here," before fleeing.', [("Don't make me come back here,", None)]),
    # a cue inside an opening phrase's relative clause gives way to the subject before the main cue
    ("Ansel Pedersoli-Mbeya was charged. In a message to an associate who had asked how he had filled out the "
     "forms, Pedersoli-Mbeya wrote, 'Just put 40 employees on each one.'",
     [("Just put 40 employees on each one.", "Ansel Pedersoli-Mbeya")]),
    # a thing as the subject of a nearer verb ("the sentence reflected") is no speaker: the title before it is
    ('U.S. District Judge Miriam K. Ostergaard imposed the sentence. The judge said the length of the sentence '
     'reflected “the vulnerability of the victims and the brazenness of the theft.”',
     [("the vulnerability of the victims and the brazenness of the theft.", "Miriam K. Ostergaard")]),
    # "can be heard telling" someone: the subject speaks, the one told does not
    ('Officer Wade M. Tolliver pleaded guilty. On the recording, Tolliver can be heard telling the other officer, '
     '"Camera is off, right? Good, let us go."', [("Camera is off, right? Good, let us go.", "Wade M. Tolliver")]),
    # a subject, its cue and "that" open a sentence whose long reported clause holds the fragment
    ('U.S. Attorney Marisol A. Trujillo spoke. Trujillo added that her office would continue to bring gun cases '
     'from southern New Mexico into federal court "whenever the facts allow it."',
     [("whenever the facts allow it.", "Marisol A. Trujillo")]),
    # negative: a term after "known … as" inside such a clause stays a term
    ('Director Walter Q. Eckhart spoke. Eckhart noted that agents recovered 14 pistols converted with devices known '
     'on the street as "switches."', []),
    # a subject and its cue opening a sentence that ends in a colon, a long narration and a quoted title between
    ('Warren J. Tillis leads the office. Tillis emphasized the link between pill abuse and heroin use, which the '
     'DEA’s “2015 National Drug Threat Assessment Summary” describes as epidemic: “Four out of five new heroin '
     'users started out on pills.”', [("Four out of five new heroin users started out on pills.", "Warren J. Tillis")]),
    # negative: a colon after narration with no cue opening it names no one
    ('Warren J. Tillis leads the office. Agents seized the pills and a note with these words on it: “Four out of '
     'five buyers will come back.”', [("Four out of five buyers will come back.", None)]),
    # a one-word first piece of a split quote bounds the second piece's attribution
    ('Chief of Operations Marcus E. Holloway spoke. "Today," Holloway vowed, "we took one of their supply lines '
     'apart."', [("Today,", "Marcus E. Holloway"), ("we took one of their supply lines apart.", "Marcus E. Holloway")]),
    # negative: a quoted alias the sentence goes on from does not bound it
    ('Kareem Adil Dawson, who used the online name "Abu Layth," posted on social media that he was "ready to make hijrah and fight."',
     [("ready to make hijrah and fight.", "Kareem Adil Dawson")]),
    # a bare title after a paragraph naming its holder is that holder, not the last speaker holding a like title
    ('"We act now," said DEA Chief of Operations Marcus E. Holloway.\nPolice Chief Renee S. Albright said her '
     'department saw results. "Overdose calls dropped," the chief said.',
     [("We act now,", "Marcus E. Holloway"), ("Overdose calls dropped,", "Renee S. Albright")]),
    ('Special Agent in Charge Daniel J. Marchetti leads the division. "These pills kill," said the special agent in '
     'charge of DEA\'s Rocky Mountain Field Division.', [("These pills kill,", "Daniel J. Marchetti")]),
    ('Travis Lee Gundersen pleaded guilty. In messages that were described in the plea agreement, Gundersen wrote '
     'that the packages "always get through if you wrap them right."',
     [("always get through if you wrap them right.", "Travis Lee Gundersen")]),
    # a name after the quote whose description runs long before the cue
    ('"People trusted their pharmacist," Teodora de la Fuente, who heads the ICE office in Fort Myers and spent '
     'nine years as a customs inspector at Port Manatee before moving to the agency\'s investigative side, said.',
     [("People trusted their pharmacist,", "Teodora de la Fuente")]),
    # a named subject and its cue open a sentence whose long "that" clause goes on into the quoted words
    ('Héctor Manuel Salcedo-Ruiz was indicted. According to the indictment, Salcedo-Ruiz warned drivers working for '
     'his organization that anyone who lost a load to law enforcement would "pay for it with his family."',
     [("pay for it with his family.", "Héctor Manuel Salcedo-Ruiz")]),
    # "describes" frames what it describes
    ('The U.S. Department of Agriculture (USDA) inspects grain. USDA describes the beetle as "one of the most '
     'destructive pests of grain products and seeds".',
     [("one of the most destructive pests of grain products and seeds", "U.S. Department of Agriculture")]),
    # the cue nearest the quote with its own subject, past an earlier one inside a clause
    ('Lyle R. Castellan ran the clinic. One former patient testified that when she asked for a higher dose, '
     'Castellan told her, "The thirties cost more. Bring another hundred next time."',
     [("The thirties cost more. Bring another hundred next time.", "Lyle R. Castellan")]),
    # a name in a scene-setting segment yields to the one beside the cue
    ('Ramin S. Khosravi was charged. In a 2015 e-mail to his contact in Dubai, Khosravi wrote, "Please never '
     'mention the final customer in writing."', [("Please never mention the final customer in writing.", "Ramin S. Khosravi")]),
    ('Jamal R. Whitlow was charged. On January 6, hours before a robbery in Monroeville, Whitlow allegedly texted '
     'a friend, "we good for tonight, same plan as before."', [("we good for tonight, same plan as before.", "Jamal R. Whitlow")]),
    # "addressed the court" speaks; "the hospital system" is the system the release names
    ('"He got ten years," said Judge Thaddeus M. Lyle. At the hearing, Odom\'s mother, Bernice Odom, addressed the '
     'court. "My son went in there because he could not make bail," she said.',
     [("He got ten years,", "Thaddeus M. Lyle"), ("My son went in there because he could not make bail,", "Bernice Odom")]),
    ('Portage Valley Health System notified patients. The hospital system said in a statement that it "cooperated '
     'fully with federal investigators."', [("cooperated fully with federal investigators.", "Portage Valley Health System")]),
    # "he" after a sentence opened by a lower-case title alone: the speaker who held it
    ('"It was a short walk," said Rodolfo Garza-Elizondo, chief patrol agent of the sector. "We depend on them," '
     'said Brooks County Sheriff Arturo J. Villafranca. The chief urged travelers not to trust smugglers, whom he '
     'described as people who "see a human life as a fee."',
     [("It was a short walk,", "Rodolfo Garza-Elizondo"), ("We depend on them,", "Arturo J. Villafranca"),
      ("see a human life as a fee.", "Rodolfo Garza-Elizondo")]),
    # the sentence before a pronoun opens with its subject past an opening phrase, a year span or a relation
    ('"We seized 1,900 airbags," said SAC Jane Roe. According to court documents, between 2009 and 2011 Dmitri A. '
     'Vasquez-Lindqvist imported the airbags. In an email to one buyer, he wrote that the parts were "exactly the '
     'same as dealer airbags."', [("We seized 1,900 airbags,", "Jane Roe"),
                                  ("exactly the same as dealer airbags.", "Dmitri A. Vasquez-Lindqvist")]),
    ('"Call us," said Special Agent in Charge Nathaniel O. Whitcomb.\n\nMarte’s mother, Yesenia Marte Polanco, '
     'joined investigators.\n\n"There is an empty chair at our table," she said.',
     [("Call us,", "Nathaniel O. Whitcomb"), ("There is an empty chair at our table,", "Yesenia Marte Polanco")]),
    # a subject named after its verb ("Among those returning was …") is the one "she" stands for
    ('"We got them home," said Consul General Daniel R. Fairbanks.\n\nAmong those returning on Wednesday was Karen '
     'Liu-Sorensen, a retired teacher from Duluth, Minnesota, who had been trekking near Cusco. She described the '
     'staff as "calm, kind and incredibly organized."',
     [("We got them home,", "Daniel R. Fairbanks"), ("calm, kind and incredibly organized.", "Karen Liu-Sorensen")]),
    # "U.S." does not end the sentence a pronoun reads back over
    ('"Stop the drugs," said Acting U.S. Attorney Marisol Fuente. Rural Alaska has been hit hard.\n\nInspector in '
     'Charge Curtis L. Amaya-Rhodes of the U.S. Postal Inspection Service\'s Seattle Division, which covers Alaska, '
     'remarked that inspectors screen parcels. "The mail is a lifeline," he said.',
     [("Stop the drugs,", "Marisol Fuente"), ("The mail is a lifeline,", "Curtis L. Amaya-Rhodes")]),
    # before anyone has spoken, "he" is the one person the sentence before names
    ('Nikolaos Papadimitriou-Walsh was charged.\n\nThe complaint describes text messages in which '
     'Papadimitriou-Walsh coached a relative. "Put 22 people, nobody checks," he wrote.',
     [("Put 22 people, nobody checks,", "Nikolaos Papadimitriou-Walsh")]),
    # negative: two people named there leave "he" unresolved
    ('Jon Roe and Ann Poe were charged.\n\nThe complaint describes messages between Roe and Poe. "Put 22 people, '
     'nobody checks," he wrote.', [("Put 22 people, nobody checks,", None)]),
    # a state's abbreviation does not end the sentence a pronoun reads back over
    ('"We found him," said Marshal Kenneth L. Sorensen.\n\nDale Fenn\'s mother, Gloria Fenn, 77, of Carthage, Mo., '
     'said she learned of the arrest from a deputy.\n\n"I have prayed for this day for nine years," she said.',
     [("We found him,", "Kenneth L. Sorensen"), ("I have prayed for this day for nine years,", "Gloria Fenn")]),
    # a headline's adverb is no first name
    ('Restaurant Owner Charged with Fraudulently Seeking Relief Loans\n\nThe complaint describes messages in which '
     'Nikolaos Papadimitriou-Walsh coached a relative. "Put 22 people, nobody checks," he wrote.',
     [("Put 22 people, nobody checks,", "Nikolaos Papadimitriou-Walsh")]),
    # a quoted name in the narration does not cut the stretch a pronoun reads back over
    ('"Stay safe," said Rachelle Dunmore-Sato.\n\nNicolás E. Arroyo-Whitman urged parents to visit the "One Pill '
     'Can Kill" website. He noted that online pills are a concern.\n\n"Any pill can kill," he said.',
     [("Stay safe,", "Rachelle Dunmore-Sato"), ("Any pill can kill,", "Nicolás E. Arroyo-Whitman")]),
    # a lower-case title of several words opening the sentence before "he": its holder
    ('"We removed him," said Field Office Director Tomás Echeverría.\n\nGuatemalan Consul General Mariela '
     'Castañeda Solís attended. "We are grateful," Castañeda Solís said.\n\nThe field office director added that '
     'ERO has removed 47 fugitives. "These are not paperwork cases," he said.',
     [("We removed him,", "Tomás Echeverría"), ("We are grateful,", "Mariela Castañeda Solís"),
      ("These are not paperwork cases,", "Tomás Echeverría")]),
    # a passive cue inside an opening phrase gives way to the sentence's own subject and cue
    ('Wilner Mervil pleaded guilty. In a recorded call that was described in the plea agreement, Mervil said that '
     '"nobody opens a drum of oil."', [("nobody opens a drum of oil.", "Wilner Mervil")]),
    # negative: a passive cue alone names no speaker
    ('Wilner Mervil pleaded guilty. The plan was described in court papers as "a scheme to defraud the buyers."',
     [("a scheme to defraud the buyers.", None)]),
    # a title standing for a person opens the clause a participle cue closes
    ('Chief Virgil Pettengill spoke. The chief said the sector plans to install two more rescue beacons, calling '
     'them "a last lifeline for people."', [("a last lifeline for people.", "Virgil Pettengill")]),
    # negative: a document opening the clause is no speaker
    ('Chief Virgil Pettengill spoke. The complaint said the defendant planned to install two more rescue beacons, '
     'calling them "a last lifeline for people."', [("a last lifeline for people.", None)]),
    # after the last speaker, a sentence opening with someone else acting; a "he" inside her clause is her son's
    ('"We are seeing these pills everywhere," Hiroshi Nakagawa said.\n\nMariana Castellano-Wu, whose son died '
     'after taking a pill he bought online, joined the agents. "He thought it was safe," she said.',
     [("We are seeing these pills everywhere,", "Hiroshi Nakagawa"), ("He thought it was safe,", "Mariana Castellano-Wu")]),
    # a surname opening the sentence before the quote, past "the U.S. Embassy", which ends no sentence
    ('Julianne Ortega-Banks arrived.\n\n“We act,” said Minister Sofía Paredes Mejía.\n\nOrtega-Banks also met '
     'the staff of the U.S. Embassy in Quito. She told them their work was “the backbone of what we do.”',
     [("We act,", "Sofía Paredes Mejía"), ("the backbone of what we do.", "Julianne Ortega-Banks")]),
    # a short scene with no comma before the pronoun ("In one post he wrote"), and "In another he wrote that"
    ('Cody Allen Brandt, 29, pleaded guilty. His mother, Linda Brandt, wrote to the court.\n\nAccording to the plea '
     'agreement, Brandt posted messages. In one post he wrote, “I know where your office is.” In another he wrote '
     'that he had “a bullet with your name on it.”',
     [("I know where your office is.", "Cody Allen Brandt"), ("a bullet with your name on it.", "Cody Allen Brandt")]),
    # a verb of speaking that frames no quote ("discussed") has its subject the one a later "he" follows
    ('“It is a crime against patients,” said Special Agent in Charge W. Mike Herrington.\n\nAaron Michael Feist, 26, '
     'is charged. Investigators obtained chat logs in which Feist discussed the attack. In one message he wrote, '
     '“hospitals pay fastest.”', [("It is a crime against patients,", "W. Mike Herrington"),
                                    ("hospitals pay fastest.", "Aaron Michael Feist")]),
    # the same past a noun that shares a speech verb's form ("jail calls in which Fitch ordered …")
    ('“You ruled it with fear,” U.S. District Judge Catherine Ebersole-Mack told Antoine Lamar Fitch.\n\nEvidence '
     'included recorded jail calls in which Fitch ordered retaliation against a witness. In one call, he told a '
     'fellow gang member, “Handle that. I don’t want to hear his name again.”',
     [("You ruled it with fear,", "Catherine Ebersole-Mack"),
      ("Handle that. I don’t want to hear his name again.", "Antoine Lamar Fitch")]),
    # one brought in beside the last speaker ("was joined … by") is the one the next pronoun follows
    ('"Gangs thrive on fear," said Special Agent in Charge Wesley J. Hargrove.\n\nHargrove was joined at a press '
     'conference by Assistant Chief Yolanda Saenz-Whitley.\n\n"Our officers know these neighborhoods," she said.',
     [("Gangs thrive on fear,", "Wesley J. Hargrove"), ("Our officers know these neighborhoods,", "Yolanda Saenz-Whitley")]),
    # a surname four people share, in a quote opening the paragraph after the one narrating her speaking
    ("Kaylee Begay and Shandiin Begay died in the crash.\n\nAt today's hearing, the girls' mother, Loretta Begay, "
     "spoke to the court.\n\n\"I set two places at my table every night,\" Mrs. Begay said.\n\nThe girls' father, "
     "Franklin Begay, forgave him.", [("I set two places at my table every night,", "Loretta Begay")]),
    # a pronoun after someone else's surname is no vote for the gender of the one named before it
    ('U.S. District Judge Margaret H. Colletti sentenced Chidi Okafor.\n\n"He died thinking he was a fool," said '
     'Denise Roe.\n\nJudge Colletti said that Okafor had moved money after his accounts were frozen. "He was '
     'the pipeline," she said.', [("He died thinking he was a fool,", "Denise Roe"),
                                   ("He was the pipeline,", "Margaret H. Colletti")]),
    # a two-part surname under a title outranks the titled first part another person shares
    ('U.S. Ambassador Carla M. Benavides and Minister of Security Julio César Benavides Paz signed the letter.\n\n'
     '"We have made progress," said Ambassador Carla Benavides.\n\nMinister Benavides Paz, who is not related to the '
     'ambassador, told reporters that the assistance would help. "Our officers are committed," he said.',
     [("We have made progress,", "Carla M. Benavides"), ("Our officers are committed,", "Julio César Benavides Paz")]),
    # a common given name tells "she" from the last speaker when nothing else in the release does
    ('"Every one was a target," said Rosalind T. Marquardt, field office director.\n\n"That is one less person '
     'to worry about," said Capt. Dennis Oyelaran.\n\n"Fugitive cases do not close on their own," she said.',
     [("Every one was a target,", "Rosalind T. Marquardt"), ("That is one less person to worry about,", "Dennis Oyelaran"),
      ("Fugitive cases do not close on their own,", "Rosalind T. Marquardt")]),
    # negative: given names used by both (Jordan, Casey) tell nothing; the last speaker stands
    ('"Every one was a target," said Jordan T. Marquardt, field office director.\n\n"That is one less person '
     'to worry about," said Capt. Casey Oyelaran.\n\n"Fugitive cases do not close on their own," she said.',
     [("Every one was a target,", "Jordan T. Marquardt"), ("That is one less person to worry about,", "Casey Oyelaran"),
      ("Fugitive cases do not close on their own,", "Casey Oyelaran")]),
    # "Ms. Greer" among namesakes: one woman, though the release writes her name in two forms
    ('Marcus D. Greer, 34, led the ring.\n\nGreer\'s mother, Loretta A. Greer, 57, testified. "I thought it was his '
     'old clothes," Ms. Greer told the jury. Loretta Greer was not charged.',
     [("I thought it was his old clothes,", "Loretta A. Greer")]),
    # a shared surname in the paragraph that opens with one of the namesakes, named after "Among … is"
    ('Among those joining the warning is Carolyn Beauchamp-Tran, whose 16-year-old son, Elliott Beauchamp-Tran, died '
     'in 2022. “Elliott thought he was taking a Percocet,” Beauchamp-Tran said.',
     [("Elliott thought he was taking a Percocet,", "Carolyn Beauchamp-Tran")]),
    # negative: narration naming no one acting leaves the pronoun to the last speaker
    ('"We are seeing these pills everywhere," Hiroshi Nakagawa said.\n\nAgents seized 40 pounds in March. '
     '"It was a record," he said.',
     [("We are seeing these pills everywhere,", "Hiroshi Nakagawa"), ("It was a record,", "Hiroshi Nakagawa")]),
])
def test_pronouns_follow_the_sentence_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name before the noun it modifies, a year in a report's title, a law with its year
    ('During a recorded meeting at the "Blue Comet" diner on Route 23, Szabo allegedly told the developer he was ready.',
     []),
    ('Tillis cited the DEA’s “2015 National Drug Threat Assessment Summary” in his remarks.', []),
    ('The case was prosecuted under the "Trafficking Victims Protection Act of 2000." Sentencing is set for May.', []),
    # a speech's title after a possessive noun, not a cue; "continued to" an action; "under the name"
    ('The text of the Attorney General’s remarks, “A Second Chance for Safer Streets,” is available online.', []),
    ('The agency continued to process travelers enrolled in the "Migrant Protection Protocols," although hearings '
     'stopped.', []),
    ("Jim Roe said Kolstad had been living under the name 'Dean Tillman,' using a forged license. 'We found him,' "
     "Roe said.", [("We found him,", "Jim Roe")]),
    # a note or message "that read" is the words of whoever the sentence says passed it
    ('Dale Everett Pruitt was charged. Pruitt handed a teller a note that read, "This is a robbery. Put all the '
     'money on the counter."', [("This is a robbery. Put all the money on the counter.", "Dale Everett Pruitt")]),
    # the nearest subject passing it, not the sentence's ("Witnesses testified"); "he" goes back to the one named
    ('Ray Lamont Biggs was convicted. Witnesses testified that Biggs displayed a handgun and handed tellers a note '
     'reading, "Put all the cash in the bag."', [("Put all the cash in the bag.", "Ray Lamont Biggs")]),
    ('Curtis Wayne Holloway was sentenced. Holloway robbed banks in Raytown and Overland Park, Kan. In three robberies '
     'he displayed a handgun. In each robbery he handed the teller a note that read, "Large bills only."',
     [("Large bills only.", "Curtis Wayne Holloway")]),
    # "the suspect", "the robber": the one person the release names with an age
    ('Agents arrested Leland Curtis Marsh, 44, of Olathe. According to the complaint, in each robbery the suspect '
     'approached a teller and handed over a note reading "This is a robbery. No dye packs."',
     [("This is a robbery. No dye packs.", "Leland Curtis Marsh")]),
    ('Darnell Lee Fortson, 29, was arrested.\n\nThe robber, dubbed the "Ball Cap Bandit" by investigators, approached '
     'tellers. In four of the robberies he handed tellers a note that read, "Large bills only."',
     [("Large bills only.", "Darnell Lee Fortson")]),
    # the one who passed it unnamed: no one's, though someone is named before
    ('Agent Jo Ann Reyes said the robber slid a note that read, "Give me the money."', [("Give me the money.", None)]),
    # a message "from" a named sender that read: the sender's, whoever found it
    ('Renee Talbot spoke. Talbot described finding a message on her son’s phone from Dustin R. Kearns, the man later '
     'convicted of selling him the pill, that read, “these are legit percs, same as last time.”',
     [("these are legit percs, same as last time.", "Dustin R. Kearns")]),
    # a message "that" its named sender "sent"; a letter she "read" aloud
    ('Marcus Antoine Bellweather was indicted. The indictment quotes a text message that Bellweather allegedly sent to '
     'a younger member the day before the shooting: "u know what the book says. handle it tonite."',
     [("u know what the book says. handle it tonite.", "Marcus Antoine Bellweather")]),
    ('At sentencing, the girl\'s mother, Lorraine Espinoza-Rutherford, read a letter to her daughter. "You were going '
     'to learn to drive this summer," she read.',
     [("You were going to learn to drive this summer,", "Lorraine Espinoza-Rutherford")]),
    # a second cue joined by "and" after a quote goes on with that quote's speaker
    ('Garrett R. Lanier-Coe said the conduct "showed a cruelty that is hard to put into words," and noted that '
     'victims were found in five states. "This sentence ensures he will not target another child."',
     [("showed a cruelty that is hard to put into words,", "Garrett R. Lanier-Coe"),
      ("This sentence ensures he will not target another child.", "Garrett R. Lanier-Coe")]),
    # words written on a note are words said: "a note reading" frames a statement, not a name
    ('The robber handed the teller a note reading "This is a robbery. No dye packs. No alarms." and fled.',
     [("This is a robbery. No dye packs. No alarms.", None)]),
    ('Protesters carried a sign reading "Stop" at the rally.', []),
    # a nickname between a first name and a surname; a page's navigation between detached guillemets
    ('Pima County Sheriff Abelardo “Lalo” Cienfuegos said his dispatchers stayed on the line.', []),
    ('Tags: Transit Security\n\n« Previous article    Next article »', []),
    # people in the plural are no surname; far from the cue, a span qualifying the next noun is a term
    ('"Nobody comes up short," Pruitt told his dealers. Witnesses described the crew to agents in detail. "They '
     'ran the whole block for years and everyone knew it," Witnesses said.',
     [("Nobody comes up short,", "Pruitt"), ("They ran the whole block for years and everyone knew it,", None)]),
    ('Special Agent Jane Roe warned the public.\n\nCallers often said, "This is Officer Steve Miller with the '
     'IRS criminal division."', [("This is Officer Steve Miller with the IRS criminal division.", None)]),
    ('Investigators said the organization had shifted from local "mom and pop" labs to imported methamphetamine.', []),
    # words given as an example of phrases or terms are terms
    ('Investigators noted that pimps describe minors with coded phrases such as "new in town" to evade detection.', []),
    # a webpage's title in Title Case with lower-case prepositions is a name
    ('Travelers can learn more by visiting CBP’s “Bringing Agricultural Products into the United States” webpage.', []),
    # a label put on goods or papers ("listing the contents as") is no speech
    ('He shipped the drums to Port-au-Prince, listing the contents as "household goods and food." Agents seized '
     'them.', []),
    # negative: "described as" characterizes with the speaker's words
    ('Jim Roe described the shipment as "a danger to every family on the island."',
     [("a danger to every family on the island.", "Jim Roe")]),
    # one quoted word before the noun it qualifies is a scare quote, even under "told … that"
    ('Jim Roe told investors that their money was placed in "guaranteed" real estate notes paying 12 percent.', []),
    # negative: a quoted word the sentence goes on from is a fragment the cue frames
    ('Jim Roe said the scheme was "shameful" and vowed to recover the money.', [("shameful", "Jim Roe")]),
])
def test_titles_names_and_laws_in_narration_are_not_quotes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted nickname inside a name: the surname later is that person
    ('Terrell "Boo" Haskins, 31, led the crew.\n\nAccording to court documents, Haskins told an informant, '
     '"We move two hundred grams a day off that corner."',
     [("We move two hundred grams a day off that corner.", "Terrell Haskins")]),
    # "the agency": the longest form the release gives the agency, even after the quote
    ('The Marshals Service announced the capture. "The arrest is the result of relentless work," the agency said.\n\n'
     'The U.S. Marshals Service is the nation\'s oldest federal law enforcement agency.',
     [("The arrest is the result of relentless work,", "U.S. Marshals Service")]),
])
def test_nicknames_and_agency_forms(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one told stands between the cue and the quote
    ('Ismael R. Trevino was convicted.\n\nJurors heard recorded calls in which Trevino told a driver for the '
     'organization, "Just stay in the left lane."', [("Just stay in the left lane.", "Ismael R. Trevino")]),
    ('Rigoberto Anzaldua-Trevino ran the ring.\n\nIn one call, Rigoberto Anzaldua-Trevino allegedly instructed a '
     'worker to "keep them inside and keep the lights off until the money comes."',
     [("keep them inside and keep the lights off until the money comes.", "Rigoberto Anzaldua-Trevino")]),
    # a time before the title
    ('Secretary of State Lawrence E. Prescott spoke on Thursday.\n\nLater Friday, the Secretary said the United '
     'States would "stay for the long haul" in Nepal.', [("stay for the long haul", "Lawrence E. Prescott")]),
    # negative: a recipient too long to be one
    ('Roe told a driver for the organization that ran the loads through the port every single week of the year, '
     '"Go."', []),
])
def test_hearers_and_times_before_speakers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare title with the release's acronym for it
    ("“Every arrest matters,” said Acting Executive Associate Director (EAD) for HSI Renata L. Okonjo.\n\n"
     "“These children were hidden,” said Special Agent in Charge Greg Lind.\n\n“We will not stop,” the acting EAD added.",
     [("Every arrest matters,", "Renata L. Okonjo"), ("These children were hidden,", "Greg Lind"),
      ("We will not stop,", "Renata L. Okonjo")]),
    # a narrated sentence whose subject is a title acronym the release defines: "she" follows its holder
    ("“We act,” said Special Agent in Charge Omar B. Sayed.\n\nThe squad is supervised by Assistant Special Agent "
     "in Charge (ASAC) Lydia Baranowski. The ASAC said the case began with a tip. “We need more people like that,” "
     "she said.", [("We act,", "Omar B. Sayed"), ("We need more people like that,", "Lydia Baranowski")]),
    # an acronym the release never defines, standing for the initials of a speaker's title
    ("Thomas D. Homan, Executive Associate Director of ICE Enforcement and Removal Operations (ERO), said the "
     "officers “worked around the clock.” The EAD added, “These were targeted arrests.”",
     [("worked around the clock.", "Thomas D. Homan"), ("These were targeted arrests.", "Thomas D. Homan")]),
    # negative: an agency's acronym that matches no title stays the agency
    ("Jane Roe, Executive Associate Director, said the officers “worked around the clock.” The FBI added, "
     "“These were targeted arrests.”", [("worked around the clock.", "Jane Roe"), ("These were targeted arrests.", "FBI")]),
    # "the Secretary was very clear when she said": the subject the pronoun stands for, not "Well"
    ("Secretary Eleanor R. Whitcombe will travel.\n\nMR. KESSLER: Well, I think the Secretary was very clear on "
     "Friday when she said, “There is only one way out of this crisis.”",
     [("There is only one way out of this crisis.", "Eleanor R. Whitcombe")]),
    # a questioner "quoting" gives the words to the one the sentence has saying them
    ("QUESTION: Thanks. Foreign Minister Elnur Mammadli said this morning that the proposal was, and I'm quoting "
     "here, “dead on arrival.” Do you agree?", [("dead on arrival.", "Elnur Mammadli")]),
    # in a briefing's answer, "what the Secretary said" gives the words to the Secretary, not to "No"
    ("Secretary Robert J. Castellano spoke this morning.\n\nMS. FARROW: No, and I'd point you to what the Secretary "
     "himself said yesterday: “We are not going to negotiate this in public.”",
     [("We are not going to negotiate this in public.", "Robert J. Castellano")]),
    # two people sharing a surname: "SAC Walsh" is the one whose title's initials spell SAC, and a narrated
    # "The DEA special agent in charge urged …" is the one a later "he" follows
    ("Special Agent in Charge Kevin M. Walsh of the DEA and Police Superintendent Maureen A. Walsh announced the "
     "arrests.\n\n“It kills,” SAC Walsh said.\n\n“We cannot arrest our way out,” the superintendent said.\n\n"
     "The DEA special agent in charge urged residents to act. “Bring your pills to us,” he said.",
     [("It kills,", "Kevin M. Walsh"), ("We cannot arrest our way out,", "Maureen A. Walsh"),
      ("Bring your pills to us,", "Kevin M. Walsh")]),
    # a time word opening the sentence is no part of the bare title after it
    ("He met with Foreign Minister Ana Ruiz.\n\nYesterday the Foreign Minister said the talks must “go on.”",
     [("go on.", "Ana Ruiz")]),
    # a rank before the acronym's definition stays in the holder's title: "the acting SAC" is that holder
    ("Acting Special Agent in Charge (SAC) Ana Ruiz announced the arrests.\n\n“We act,” said the acting SAC.",
     [("We act,", "Ana Ruiz")]),
    # the acronym defined in an appositive of the announcing sentence, before the office's name
    ("Charges were announced by Ana Ruiz, U.S. Attorney, and Omar B. Sayed, Special Agent in Charge (SAC) of the "
     "FBI's Tampa Division.\n\n“We act,” Ruiz said.\n\n“We will not stop,” the SAC said.",
     [("We act,", "Ana Ruiz"), ("We will not stop,", "Omar B. Sayed")]),
    # a rank makes another office: "the Attorney General" is not the Assistant Attorney General named
    ("“We will find them,” said Assistant Attorney General Priscilla N. Haddad.\n\n"
     "“Those who evade our sanctions prolong a war,” the Attorney General said.",
     [("We will find them,", "Priscilla N. Haddad"), ("Those who evade our sanctions prolong a war,", None)]),
])
def test_bare_titles_with_acronyms_and_ranks(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a height's double prime is no quotation mark
    ("Benitez-Luna is 5'11\", 190 pounds, with a tattoo on his forearm. \"This fugitive thought he could hide,\" "
     "said Director Raymond C. Talbot. \"Three families have waited two years.\"",
     [("This fugitive thought he could hide,", "Raymond C. Talbot"), ("Three families have waited two years.",
                                                                       "Raymond C. Talbot")]),
    # "According to trial testimony," opens the sentence before its subject
    ("According to trial testimony, Hector Almaraz locked the women in a trailer and warned them, "
     "\"You belong to us until the debt is paid.\"", [("You belong to us until the debt is paid.", "Hector Almaraz")]),
])
def test_heights_and_according_openers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case "the operation" is the subject of reported speech, not Operation "…"
    ("Deputy Director Carmen Ibarra-Lutz said the operation “sends a message to every predator that the FBI will "
     "find them.”", [("sends a message to every predator that the FBI will find them.", "Carmen Ibarra-Lutz")]),
    ('Agents led Operation "Community Shield" in the city.', []),
    ('One of the main groups opposing her is called “Stand Against Su.”', []),
    # organizations: a firm with an ampersand, an office "for the District of …"
    ('In a statement, Kessler & Brandt Logistics said it "has cooperated fully with the investigation."',
     [("has cooperated fully with the investigation.", "Kessler & Brandt Logistics")]),
    ("In announcing the plan, the U.S. Attorney’s Office for the District of Arizona said, “Every illegal gun "
     "taken off the street is a life saved.”",
     [("Every illegal gun taken off the street is a life saved.", "U.S. Attorney’s Office for the District of Arizona")]),
])
def test_operations_and_organization_speakers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an opening mark lost after the attribution sentence: the words from there to the closing mark
    ("“We want to help all families,” said HHS Secretary Xavier Becerra. The program is there to help. We will "
     "make it work for them.”",
     [("We want to help all families,", "Xavier Becerra"),
      ("The program is there to help. We will make it work for them.", "Xavier Becerra")]),
    # negative: a closing mark with no cue sentence before it invents nothing
    ("“We want to help all families,” the release began. It ended there.”", [("We want to help all families,", None)]),
])
def test_lost_opening_marks_after_attribution_sentences(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a media round-up: the outlet heading the item speaks, not the medium's label
    ("6 ABC (Philadelphia, PA): Biden releasing 1M barrels of gasoline\n\n[5/22/24]\n\n"
     "VIDEO: “Drivers may notice a drop in gas prices this summer.”",
     [("Drivers may notice a drop in gas prices this summer.", "6 ABC")]),
    # negative: no heading above, no speaker
    ("The story ran widely.\n\nVIDEO: “Drivers may notice a drop in gas prices this summer.”",
     [("Drivers may notice a drop in gas prices this summer.", None)]),
])
def test_media_labels_are_not_speakers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a document speaks for the body that wrote it
    ("As the Church Committee Report recognized back in 1976, “the Constitution provides for a system of checks "
     "and balances.”", [("the Constitution provides for a system of checks and balances.", "Church Committee")]),
    ("The center would be specifically called out by the recent 9/11 Commission Report, as “a promising example "
     "of cross-sector collaboration.”", [("a promising example of cross-sector collaboration.", "9/11 Commission")]),
])
def test_documents_speak_for_their_authors(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words an unnamed group said, quoted again further on with a name
    ("Other students noted that “it is a once-in-a-lifetime experience for all of us here,” and that the visit "
     "was “a pretty nice gesture to say the least.”\n\n“It is a once-in-a-lifetime experience for all of us here,” "
     "said Gabriella Soto.\n\n“It’s a pretty nice gesture to say the least,” said Colin Pinkerton.",
     [("it is a once-in-a-lifetime experience for all of us here,", "Gabriella Soto"),
      ("a pretty nice gesture to say the least.", "Colin Pinkerton"),
      ("It is a once-in-a-lifetime experience for all of us here,", "Gabriella Soto"),
      ("It’s a pretty nice gesture to say the least,", "Colin Pinkerton")]),
    # a thought reported as his words
    ("“I’m not on anybody’s side,” Alexander Hitchens said.\n\nHe felt that Harris was “very to the people, just "
     "gets straight to the point.”", [("I’m not on anybody’s side,", "Alexander Hitchens"),
                                      ("very to the people, just gets straight to the point.", "Alexander Hitchens")]),
    # negative: no repeat, no speaker
    ("Other students noted that “it is a once-in-a-lifetime experience for all of us here.”",
     [("it is a once-in-a-lifetime experience for all of us here.", None)]),
])
def test_words_quoted_again_with_a_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname acting in the clause a participle cue closes
    ("Lionel T. Carver was sentenced.\n\nBefore he was sentenced, Carver apologized to the victims in the courtroom, "
     "saying, “I am ashamed of what I did.”", [("I am ashamed of what I did.", "Lionel T. Carver")]),
    # a participle cue after a speaker phrase and a clause of its own
    ("Whitcomb's attorney, Glenn Ostrow, had asked for probation, arguing in a sentencing memorandum that his "
     "client was \"a farmer, not a smuggler.\"", [("a farmer, not a smuggler.", "Glenn Ostrow")]),
    # negative: a plural noun opening the clause is no surname
    ("Agents seized the drugs on Monday, saying, “This is a big win for the city.”",
     [("This is a big win for the city.", None)]),
])
def test_surname_subjects_of_participle_cues(text, expected):
    assert pairs(text) == expected


def test_a_place_after_from_is_no_speaker():
    text = ("Agents arrested the man in Boca Raton.\n\nOne victim, a 79-year-old retired teacher from Boca Raton, "
            "told agents she \"trusted him like a son\" and withdrew her savings.")
    assert pairs(text) == [("trusted him like a son", None)]


@pytest.mark.parametrize("text, expected", [
    # the one told, then "that": a fragment in the clause is the cue's words
    ("Department Spokesperson Naomi J. Castellanos told reporters that officers had accounted for “the vast "
     "majority” of citizens.", [("the vast majority", "Naomi J. Castellanos")]),
    ('Jaylen M. Crowder advertised the pills online and assured buyers that they were "legit pharm," using emojis.',
     [("legit pharm,", "Jaylen M. Crowder")]),
    # negative: no "that", a term in a clause of narration
    ("Castellanos told reporters about the “vast majority” problem.", []),
])
def test_fragments_after_the_one_told(text, expected):
    assert pairs(text) == expected


def test_acronyms_in_capitals_after_a_title_name_no_one():
    from loaders.coref import ReleasePeople
    people = ReleasePeople.from_text("The Assistant Director ICE ERO announced the arrests. Judge MARY K. POE presided.")
    assert "ero" not in people.by_surname and people.by_surname.get("poe") == ["Mary K. Poe"]
