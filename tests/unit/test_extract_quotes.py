"""Quotes and speakers on constructed news sentences: each convention on its own."""

from __future__ import annotations

from store.extract import extract


def quotes_of(text: str):
    return [(q.text, q.speaker, q.kind) for q in extract(text).quotes]


def one(text: str):
    found = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert len(found) == 1, found
    return found[0]


def test_speaker_then_colon_then_quote_double_curly() -> None:
    q = one("The council met on Tuesday.\nJane Whitfield said: “We will not close the library.”\n")
    assert (q.text, q.speaker, q.kind, q.cue) == ("We will not close the library.", "Jane Whitfield", "direct", "said")


def test_quote_then_pronoun_said_single_curly() -> None:
    text = "Ms Whitfield, the council leader, spoke after the vote.\n‘It was a hard decision,’ she said.\n"
    q = one(text)
    assert q.text == "It was a hard decision," and q.speaker == "Whitfield"


def test_quote_then_said_name_with_apposition_straight_quotes() -> None:
    text = 'Ticket sales fell last year.\n"We expected worse," said Tom Baker, the chief executive of the theatre.\n'
    q = one(text)
    assert q.speaker == "Tom Baker" and q.cue == "said"
    assert "Tom Baker" in [a.name for a in extract(text).actors]


def test_name_said_straight_single_quotes() -> None:
    q = one("Peter Mills said 'nobody warned us about the flood' before the hearing.\n")
    assert q.text == "nobody warned us about the flood" and q.speaker == "Peter Mills" and q.kind == "partial"


def test_told_outlet_colon_quote() -> None:
    q = one("Defence Secretary Anna Roberts told Radio Five: ‘The troops will come home by spring.’\n")
    assert q.speaker == "Anna Roberts" and q.cue == "told"


def test_adding_colon_inherits_the_subject() -> None:
    text = ("Mark Evans said the deal was close, adding: “We are nearly there.”\n")
    found = [q for q in extract(text).quotes if q.kind == "direct"]
    assert found[0].speaker == "Mark Evans"


def test_apostrophes_are_not_closing_quotes() -> None:
    text = "Sarah Lee said the Tories’ plan was ‘a disgrace’ and that the party’s leaders knew it.\n"
    partial = [q for q in extract(text).quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["a disgrace"]
    assert partial[0].speaker == "Sarah Lee"


def test_plural_possessive_inside_a_quote_does_not_end_it() -> None:
    text = "‘The farmers’ anger is real and it is growing,’ said Paul Green.\n"
    q = one(text)
    assert q.text == "The farmers’ anger is real and it is growing," and q.speaker == "Paul Green"


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    text = (
        "Helen Park said: ‘We have done everything we can.\n"
        "‘Nobody could have predicted what happened next.\n"
        "‘Now we have to rebuild.’\n"
        "The inquiry continues.\n"
    )
    found = [q for q in extract(text).quotes if q.kind == "direct"]
    assert len(found) == 3
    assert {q.speaker for q in found} == {"Helen Park"}


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "Anne Cole said: “They called it ‘a model of care’, which it was not.”\n"
    q = one(text)
    assert q.text == "They called it ‘a model of care’, which it was not."


def test_quote_without_attribution_inherits_previous_speaker() -> None:
    text = ("“Prices will rise,” said Rob Hill, an economist at Northgate Bank.\n"
            "“There is no way around it.”\n")
    found = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [q.speaker for q in found] == ["Rob Hill", "Rob Hill"]


def test_pronoun_resolves_by_gender() -> None:
    text = ("Mr Grant met Ms Okafor in London on Friday.\n"
            "“It was a productive meeting,” she said.\n"
            "“We agreed on nothing,” he said.\n")
    assert [q.speaker for q in extract(text).quotes if q.kind == "direct"] == ["Okafor", "Grant"]


def test_role_noun_resolves_to_its_holder() -> None:
    text = ("Health Secretary Wes Morton visited the hospital.\n"
            "The Health Secretary told reporters: “Waiting lists are falling.”\n")
    q = one(text)
    assert q.speaker == "Wes Morton"


def test_unnamed_source_becomes_a_group_and_the_source_refers_back() -> None:
    text = ("A Treasury source said the budget would be tight.\n"
            "“There is no money left,” the source said.\n")
    found = extract(text)
    groups = [a.name for a in found.actors if a.type == "group"]
    assert groups == ["A Treasury source"]
    assert [q.speaker for q in found.quotes] == ["A Treasury source", "A Treasury source"]


def test_unresolvable_speaker_is_none_not_a_guess() -> None:
    q = one("“This cannot go on,” it was said at the meeting.\n")
    assert q.speaker is None


def test_scare_quote_without_speech_verb_has_no_speaker() -> None:
    q = one("The boat was “smashed” on to the rocks near the harbour.\n")
    assert q.kind == "partial" and q.speaker is None


def test_indirect_speech_with_that() -> None:
    found = quotes_of("Finance minister Olga Brandt said that the deficit would fall next year.\n")
    assert ("the deficit would fall next year", "Olga Brandt", "indirect") in found


def test_indirect_speech_told_object_that() -> None:
    found = quotes_of("Kevin Shaw told the BBC that the factory would reopen in March.\n")
    assert ("the factory would reopen in March", "Kevin Shaw", "indirect") in found


def test_indirect_speech_denied_without_that() -> None:
    found = quotes_of("Later Ms Ortiz denied the company had broken any rules.\n")
    assert ("the company had broken any rules", "Ortiz", "indirect") in found


def test_reported_clause_then_said_name() -> None:
    found = quotes_of("The cuts would hit rural bus routes hardest, the council leader Amy Frost said.\n")
    assert any(kind == "indirect" and speaker == "Amy Frost" for _t, speaker, kind in found)


def test_passive_said_is_not_reported_speech() -> None:
    assert quotes_of("The building was said to be unsafe by inspectors last year.\n") == []


def test_quote_offsets_index_the_text() -> None:
    text = "Intro line.\nJo Kent said: “First part.” Then: ‘second part’ was added by Jo Kent.\n"
    for q in extract(text).quotes:
        assert text[q.start:q.end] == q.text


def test_said_then_role_phrase_then_name() -> None:
    q = one('"This is a historic day," said Senate Majority Leader Chuck Schumer.\n')
    assert q.speaker == "Chuck Schumer"


def test_spokesperson_for_an_organisation_is_the_speaker() -> None:
    q = one('"We are reviewing the decision," a spokesperson for Northwind said.\n')
    assert q.speaker == "a spokesperson for Northwind"


def test_the_company_refers_to_the_organisation_last_named() -> None:
    found = quotes_of("Acme Holdings reported a loss. The company said in a statement that it would cut 500 jobs.\n")
    assert ("it would cut 500 jobs", "Acme Holdings", "indirect") in found


def test_title_with_full_stop_and_age_apposition() -> None:
    assert one('“We need more time,” said Mr. Johnson, who led the talks.\n').speaker == "Johnson"
    assert one('"It is over," Smith, 45, told reporters.\n').speaker == "Smith"


def test_the_name_with_article_is_an_organisation_not_a_person() -> None:
    found = extract('"No comment," the Grey House said.\n')
    assert [(a.name, a.type) for a in found.actors] == [("Grey House", "organisation")]


def test_bare_plural_speakers_and_leading_according_to() -> None:
    assert one('"Stay indoors," police said.\n').speaker == "police"
    found = quotes_of("According to investigators, the fire started in the kitchen.\n")
    assert ("the fire started in the kitchen", "investigators", "indirect") in found


def test_absolute_participle_phrase_is_not_reported_speech() -> None:
    found = quotes_of("Exports fell in May, with sources suggesting that demand had peaked early.\n")
    assert found == []


def test_writing_verbs_report_speech() -> None:
    found = quotes_of("Dana Reyes wrote on her blog that the vote had been rigged.\n")
    assert ("the vote had been rigged", "Dana Reyes", "indirect") in found


def test_surname_ending_like_a_demonym_still_speaks() -> None:
    text = ('Coach Brian Morgan praised his side.\n'
            'Morgan said: "We were brilliant today and I am proud of them."\n')
    assert one(text).speaker == "Brian Morgan"


def test_name_with_a_lowercase_particle_speaks_after_said() -> None:
    text = '"We will appeal the ruling," said Marie van der Berg, the club\'s lawyer.\n'
    assert one(text).speaker == "Marie van der Berg"


def test_unpunctuated_role_between_name_and_verb() -> None:
    text = '"The well is dry," Dr Sam Okoye head of drilling said.\n'
    assert one(text).speaker == "Sam Okoye"


def test_paragraph_breaks_lost_each_opening_mark_starts_a_new_quotation() -> None:
    # The multi-paragraph convention with the breaks lost: each opening mark after a
    # finished sentence starts a quotation, though the one before it was never closed.
    text = ('Critic Ana Ruiz watched the vote.\n'
            '"The bill was rushed," said Ana Ruiz. "Nobody read it before the vote. '
            '"Worse, the costs were never published. We deserve better."\n'
            'Her colleague wrote: “It failed. “Next time it will pass.”\n')
    found = [(q.text, q.speaker) for q in extract(text).quotes if q.kind == "direct"]
    assert ("Nobody read it before the vote.", "Ana Ruiz") in found
    assert ("Worse, the costs were never published. We deserve better.", "Ana Ruiz") in found
    assert any(t == "It failed." for t, _s in found) and any(t == "Next time it will pass." for t, _s in found)


def test_a_quotation_nested_in_double_marks_mid_sentence_stays_one_quote() -> None:
    text = 'Mayor Jo Park spoke.\n"They called it "a disaster" and left," said Jo Park.\n'
    found = [q.text for q in extract(text).quotes if q.kind == "direct"]
    assert found == ['They called it "a disaster" and left,']


def test_she_said_means_the_person_the_narrative_just_turned_to() -> None:
    text = ('Before her talks with Maria Lopez, minister Carla Diaz said she expected progress. '
            '"We start well," she said. Anna Berg was less hopeful. "It will be slow," she said. '
            'But Ruth Kerr is upbeat ahead of her meeting with Berg. "I expect a deal," she said. '
            '"We are close."\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "direct"}
    assert found["We start well,"] == "Carla Diaz"
    assert found["It will be slow,"] == "Anna Berg"
    assert found["I expect a deal,"] == "Ruth Kerr"  # not Berg: she follows "meeting with"
    assert found["We are close."] == "Ruth Kerr"


def test_he_said_right_after_the_last_speaker_stays_with_him() -> None:
    text = ('Coach Sam Ortiz spoke after the game. "We were poor," he said. "We must improve," he added.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "direct"}
    assert found == {"We were poor,": "Sam Ortiz", "We must improve,": "Sam Ortiz"}


def test_an_organisations_unnamed_spokesperson_speaks_not_the_organisation() -> None:
    text = ('The ferry company cut three routes.\n'
            'A Seaway Shipping Company spokeswoman said: "The routes were losing money."\n'
            'Seaway Shipping Company said: "We will review the timetable."\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "direct"}
    assert found["The routes were losing money."] == "A Seaway Shipping Company spokeswoman"
    assert found["We will review the timetable."] == "Seaway Shipping Company"


def test_reported_speech_of_an_organisation_by_it_and_by_a_described_noun_phrase() -> None:
    text = ('Shares in Nordvik Energy fell on Monday.\n'
            'It said the pipeline would reopen within a month.\n'
            'The Norwegian company said it had hired extra engineers for the repairs.\n'
            'Chief executive Lena Holm told investors the pipeline was safe to operate.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found.get("the pipeline would reopen within a month") == "Nordvik Energy"
    assert found.get("it had hired extra engineers for the repairs") == "Nordvik Energy"
    assert found.get("the pipeline was safe to operate") == "Lena Holm"


def test_a_coordinated_verb_shares_the_sentences_subject() -> None:
    text = ('Chief Inspector Mark Dunne has met several residents groups and said the patrols '
            'would continue all winter.\n')
    found = [(q.text, q.speaker) for q in extract(text).quotes if q.kind == "indirect"]
    assert found == [("the patrols would continue all winter", "Mark Dunne")]


def test_a_bare_plural_of_people_speaks_as_a_group() -> None:
    text = 'Organisers say the festival will return next summer with two more stages.\n'
    found = [(q.text, q.speaker) for q in extract(text).quotes if q.kind == "indirect"]
    assert found == [("the festival will return next summer with two more stages", "Organisers")]


def test_but_that_continues_the_reported_clause() -> None:
    text = ('Minister Jane Orr said the scheme had cut waiting times, but that more staff were needed.\n')
    found = [q.text for q in extract(text).quotes if q.kind == "indirect"]
    assert found == ["the scheme had cut waiting times, but that more staff were needed"]


def test_belief_reports_club_statements_and_clauses_holding_a_short_quote() -> None:
    text = ('Dunmore Rovers Football Club rejected the offer on Friday.\n'
            'In a statement, the club said it would not sell to the consortium.\n'
            'Fans leader Joe Kerr believed the owners had "no plan at all" for the club.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found.get("it would not sell to the consortium") == "Dunmore Rovers Football Club"
    assert found.get('the owners had "no plan at all" for the club') == "Joe Kerr"


def test_an_unattributed_quotation_after_the_narrative_turns_belongs_to_the_new_subject() -> None:
    text = ('"The young players deserve a game," captain Owen Pryce told reporters. '
            'Coach Dai Rees, though, is keen to protect his squad from injury. '
            '"Nothing more can be learned from another match."\n'
            'With the final a week away, Mr Rees is confident the side can win.\n\n'
            '"We have the best defence in the league."\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "direct"}
    assert found["The young players deserve a game,"] == "Owen Pryce"
    assert found["Nothing more can be learned from another match."] == "Dai Rees"
    assert found["We have the best defence in the league."] == "Dai Rees"


def test_a_document_speaks_for_the_organisation_that_issued_it() -> None:
    text = ('The Coastal Trust published its yearly findings on Monday.\n'
            'The report said erosion had doubled along the northern shore since 2010.\n'
            'The trust’s statement said new barriers would be built before the winter storms.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found.get("erosion had doubled along the northern shore since 2010") == "Coastal Trust"
    assert found.get("new barriers would be built before the winter storms") == "Coastal Trust"


def test_a_reported_clause_may_quote_a_word_early_on() -> None:
    text = 'Mayor Lena Voss said she was "delighted" with the new tram line and its first week.\n'
    found = [(q.text, q.speaker, q.kind) for q in extract(text).quotes]
    assert ('she was "delighted" with the new tram line and its first week', "Lena Voss", "indirect") in found


def test_with_a_named_subject_saying_is_a_report_and_a_possessive_office_speaks() -> None:
    text = ('The party launched its manifesto on Monday, with leader Ruth Vale saying it was the '
            'most costed plan of any party.\n'
            "The Harbour Users' Association met on Tuesday.\n"
            "The harbour master's office says the new berths will open in the spring.\n")
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found.get("it was the most costed plan of any party") == "Ruth Vale"
    assert found.get("the new berths will open in the spring") is not None


def test_say_takes_a_clause_and_a_pronoun_opens_one() -> None:
    text = ('The Ramblers Association says walkers who stray from the path face heavy fines.\n'
            'The Harbour Board Company announced it expects up to 400 boats this summer.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found.get("walkers who stray from the path face heavy fines") == "Ramblers Association"
    assert found.get("it expects up to 400 boats this summer") == "Harbour Board Company"


def test_said_with_an_object_is_not_reported_speech() -> None:
    text = 'Minister Jo Hale said goodbye to the staff before leaving.\n'
    assert [q for q in extract(text).quotes if q.kind == "indirect"] == []


def test_adverbs_such_as_already_and_still_may_stand_between_subject_and_verb() -> None:
    text = ('Author Mara Quinn has finished her fourth novel.\n'
            'Quinn has already revealed that the last chapter was written first.\n'
            'Quinn still insists the ending will surprise readers everywhere.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found.get("the last chapter was written first") == "Mara Quinn"
    assert found.get("the ending will surprise readers everywhere") == "Mara Quinn"


def test_a_persons_spokesman_speaks_for_them_but_is_not_them() -> None:
    text = ('Mayor Dan Ortiz met the unions on Monday.\n'
            'Mr Ortiz\'s spokesman said: "The talks were constructive."\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "direct"}
    assert found["The talks were constructive."] == "Mr Ortiz's spokesman"


def test_he_said_never_means_a_man_named_inside_the_quotation() -> None:
    text = ('Analyst Paul Marsh, who advises investors, wants firms to stop giving "oxygen" '
            'to pirate sites. "Advertisers there include John Lewis and Tom Ford," he said.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "direct"}
    assert found["Advertisers there include John Lewis and Tom Ford,"] == "Paul Marsh"


def test_the_spokesman_is_the_one_introduced_last_as_a_spokesman_for_someone() -> None:
    text = ('A Green Party spokeswoman said the plan was flawed.\n'
            'A spokesman for the Harbour Authority said the berths would reopen in May.\n'
            'The spokesman said the repairs had cost more than expected.\n')
    found = {q.text: q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found["the repairs had cost more than expected"] == "A spokesman for the Harbour Authority"


BUDGET = (
    "Budget day in the capital\n\n"
    "Finance Minister Jane Morton set out the budget on Monday.\n\n"
    "The opposition's shadow finance minister, Paul Greer, called it reckless.\n\n"
    "Speaking to a crowd at the city's Corn Exchange, the finance minister said the plan would "
    "cut borrowing by half within four years.\n"
)


def test_a_role_after_an_opening_phrase_is_the_subject_not_an_apposition() -> None:
    """"At the Corn Exchange, the minister said ...": the minister speaks, not the hall."""
    speakers = {q.speaker for q in extract(BUDGET).quotes if "borrowing" in q.text}
    assert speakers == {"Jane Morton"}
    hall = [a for a in extract(BUDGET).actors if a.name == "Corn Exchange"]
    assert all("finance minister" not in a.roles for a in hall)


def test_a_shadow_or_deputy_does_not_hold_the_role_it_shadows() -> None:
    text = (
        "Deputy Mayor Alan Price opened the bridge on Friday.\n\n"
        "Residents had waited ten years for it, and traffic on the old road has doubled since.\n\n"
        "The mayor said the bridge had come in under budget and would open to lorries in May.\n"
    )
    assert [q.speaker for q in extract(text).quotes if "under budget" in q.text] == [None]


def test_extraction_is_the_same_in_every_process() -> None:
    """Nothing may hang on set order: string hashing differs from process to process."""
    import os
    import subprocess
    import sys

    from tests.conftest import SAMPLE_DATA

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_DATA.glob("*.txt"))] + [BUDGET]
    program = (
        "import json, sys\n"
        "from store.extract import extract\n"
        "from store.extract.export import document_json\n"
        "print(json.dumps([document_json('d', extract(t)) for t in json.load(sys.stdin)], sort_keys=True))\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", program], input=__import__("json").dumps(texts),
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_a_pronoun_no_one_fits_keeps_the_report_without_a_speaker() -> None:
    text = ("The bakery on Mill Street closed on Friday after forty years.\n\n"
            "He said the rent had trebled since the new landlord took over the building.\n")
    found = [(q.speaker, q.kind) for q in extract(text).quotes if "rent had trebled" in q.text]
    assert found == [(None, "indirect")]


def test_a_demand_with_an_object_and_an_infinitive_is_reported_speech() -> None:
    text = (
        "Maria Lopez spoke at the town hall on Monday.\n\n"
        "Lopez called on the council to reopen the library before the summer.\n\n"
        "Residents' leader Tom Okafor urged ministers not to cut the bus service to the estate.\n\n"
        "Okafor called on Monday and again on Friday.\n"
    )
    found = [(q.speaker, q.cue, q.text) for q in extract(text).quotes if q.kind == "indirect"]
    assert found == [
        ("Maria Lopez", "called", "the council to reopen the library before the summer"),
        ("Tom Okafor", "urged", "ministers not to cut the bus service to the estate"),
    ]


def test_said_an_organisations_person_gives_the_person() -> None:
    text = ("Pre-orders broke records.\n\n"
            '"Customers have never ordered a book this early," said Brightbooks\' Ana Silva.\n\n'
            '"We expect more," said Brightbooks.\n')
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers[0] == "Ana Silva"


def test_a_speaker_named_at_a_sentences_end_is_who_he_means_next() -> None:
    text = (
        "Paul Ames, who runs a rival service, wants advertisers to leave.\n\n"
        "But the question is harder for advertisers, said Mark Hollis, an analyst at a research firm. "
        '"This has been a problem for years," he told reporters.\n\n'
        '"Advertisers pay less here and still reach the audience they want," he said.\n'
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == ["Mark Hollis", "Mark Hollis", "Mark Hollis"]


def test_he_opening_a_sentence_is_the_subject_of_the_sentence_before() -> None:
    text = ("Harbour plan approved\n\n"
            "Mayor Ola Lind backed Peter Ross's harbour plan on Monday. "
            "In a statement, he said the cuts to the ferry budget were overdue and would pass.\n")
    assert [q.speaker for q in extract(text).quotes if "ferry" in q.text] == ["Ola Lind"]
    # ... but not when "he" only closes a report about someone else.
    tail = ("Council leader Ola Lind spoke first.\n\n"
            "And Peter Ross would lead the harbour board from May, he said.\n")
    assert [q.speaker for q in extract(tail).quotes if "harbour board" in q.text] == ["Ola Lind"]


def test_he_after_an_unnamed_spokesman_is_the_spokesman() -> None:
    text = ("Parties defend phone canvassing\n\n"
            'A Green Party spokesman said: "We only call people who asked to hear from us."\n\n'
            "He said the party always removed numbers from its lists when asked.\n")
    found = [q.speaker for q in extract(text).quotes if "removed numbers" in q.text]
    assert found == ["A Green Party spokesman"]


def test_a_sentence_subject_after_a_role_phrase_speaks_for_its_second_verb() -> None:
    text = ("Studio news\n\n"
            "Horror film director Ana Ruiz had talked of wanting to make a western, and said "
            "she had already spoken to two studios about it.\n\n"
            "The chairman of the bar, Tom Hale QC has warned that courts will close in the "
            "north if fees rise again.\n")
    found = {q.speaker for q in extract(text).quotes if q.kind == "indirect"}
    assert found == {"Ana Ruiz", "Tom Hale"}


def test_told_a_named_paper_or_agency_that() -> None:
    text = ("Port strike talks\n\n"
            "Dock union leader Rosa Pinto spoke on Monday.\n\n"
            "Ms Pinto told the Harbour Daily newspaper that the strike would go ahead next week.\n\n"
            "Her deputy, Luis Mota, told Reuters news agency that members had voted to walk out.\n")
    found = {(q.speaker, q.text) for q in extract(text).quotes if q.kind == "indirect"}
    assert found == {("Rosa Pinto", "the strike would go ahead next week"),
                     ("Luis Mota", "members had voted to walk out")}


def test_an_attribution_set_off_inside_the_sentence() -> None:
    text = ("Games boom\n\n"
            "Designer Rosa Vint spoke at the fair on Monday.\n\n"
            "Now, she said, the games industry rivals the film industry for sales.\n\n"
            "The main worry of the year, she said, was the cost of new consoles.\n")
    found = [(q.speaker, q.text) for q in extract(text).quotes if q.kind == "indirect"]
    assert found == [("Rosa Vint", "the games industry rivals the film industry for sales")]


def test_attribution_closing_a_sentence_with_auxiliaries_and_other_verbs() -> None:
    """ "CLAUSE, X has said." and its kin: auxiliaries, any reporting verb, and where, when
    or to whom it was said after the verb."""
    cases = {
        "Talks on the harbour merger have stalled, union officials have said.": "officials",
        "The ferry deal will be signed next week, Transport Minister Ruth Okafor has announced.": "Ruth Okafor",
        "The bridge will reopen in the spring, Mayor Dan Price told local radio on Friday.": "Dan Price",
        "Fares on the night buses will rise by a fifth, Gail Lund said in a statement.": "Gail Lund",
        "Demand for the new flats has been far weaker than hoped, economists warn.": "economists",
    }
    for sentence, speaker in cases.items():
        found = [q for q in quotes_of(f"Harbour news\n\n{sentence}\n") if q[2] == "indirect"]
        clause = sentence.split(",")[0]
        assert found == [(clause, speaker, "indirect")], (sentence, found)


def test_a_word_that_only_looks_like_a_verb_closing_a_sentence_is_no_attribution() -> None:
    text = "Harbour news\n\nThe ferry left on time on Tuesday, and the crossing was calm on the report.\n"
    assert [q for q in quotes_of(text) if q[2] == "indirect"] == []


def test_a_document_after_the_verb_speaks_for_its_organisation() -> None:
    text = ("Harbour news\n\nThe World Bank lent the port $2bn in 2003.\n\n"
            "Trade through the port slowed sharply last year, said a World Bank report.\n")
    assert [q[:2] for q in quotes_of(text)] == [("Trade through the port slowed sharply last year", "World Bank")]


def test_a_report_ends_where_a_participle_starts_another() -> None:
    text = ("Harbour news\n\nMayor Dan Price does not believe the ferry should be sold, "
            "arguing it is a lifeline for the islands.\n")
    assert [q[:2] for q in quotes_of(text)] == [("the ferry should be sold", "Dan Price"),
                                                ("it is a lifeline for the islands", "Dan Price")]


def test_a_report_may_carry_a_quoted_fragment_and_a_question_is_no_report() -> None:
    text = ('Harbour news\n\nLena Ross said she had plenty of time "to finish the work properly '
            'and I am happy with it".\n\nOne councillor questioned why the board was "rushing '
            'the sale of the ferries".\n')
    found = quotes_of(text)
    assert ('she had plenty of time "to finish the work properly and I am happy with it"', "Lena Ross",
            "indirect") in found
    assert not any(kind == "indirect" and "board" in q for q, _who, kind in found)


def test_a_report_closed_by_its_attribution_may_hold_a_quoted_fragment() -> None:
    text = 'Harbour news\n\nThe timing of the new fares was "too unlikely to be chance", Mr Price said.\n'
    found = quotes_of(text)
    assert ('The timing of the new fares was "too unlikely to be chance"', "Price", "indirect") in found
    assert ("too unlikely to be chance", "Price", "partial") in found
    direct = 'Harbour news\n\n"We expected far worse from the winter storms," said Dan Price.\n'
    assert [kind for _q, _who, kind in quotes_of(direct)] == ["direct"]


def test_two_reports_joined_by_and_are_two_and_a_shared_subject_gives_the_first_name() -> None:
    text = "Harbour news\n\nRetailers say the new rules do not add up and claim they would cut jobs in the town.\n"
    assert [q[:2] for q in quotes_of(text)] == [("the new rules do not add up", "Retailers"),
                                                ("they would cut jobs in the town", "Retailers")]
    text = ("Harbour news\n\nMayor Ann Lee and Councillor Tom Hill said the new ferry timetable had "
            "made the islands far easier to reach.\n")
    assert [q[1] for q in quotes_of(text)] == ["Ann Lee"]


def reports(text: str) -> list[tuple[str, str | None]]:
    """The reported speech of `text` after a neutral opening paragraph, as (clause, speaker)."""
    found = extract("Harbour news\n\nThe council met on Monday.\n\n" + text + "\n").quotes
    return [(q.text, q.speaker) for q in found if q.kind == "indirect"]


def test_a_progressive_reporting_verb_reports() -> None:
    assert reports("Officials are warning that the river could flood again tonight.") == [
        ("the river could flood again tonight", "Officials")]
    assert reports("Councillors are demanding that the mayor resign over the affair.") == [
        ("the mayor resign over the affair", "Councillors")]
    assert reports("Four councillors are calling on the ministry to block the sale.") == [
        ("the ministry to block the sale", "Four councillors")]


def test_a_participle_after_a_comma_reports_for_the_subject_of_its_sentence() -> None:
    text = "Ralph Dunne spoke to reporters. He defended the budget, saying it was a plan for growth."
    assert reports(text) == [("it was a plan for growth", "Ralph Dunne")]


def test_a_group_opening_the_sentence_is_the_subject_of_a_coordinated_report() -> None:
    text = "Police investigating the fire dismissed the rumours and said the blaze was an accident."
    assert reports(text) == [("the blaze was an accident", "Police")]


def test_our_correspondent_is_the_correspondent_named_before() -> None:
    text = ("Talks will resume on Monday, BBC correspondent Tom Ash reported. This would allow "
            "months of talks to follow, said our correspondent.")
    assert reports(text)[-1] == ("This would allow months of talks to follow", "Tom Ash")


def test_a_country_that_is_the_subject_speaks_for_its_government() -> None:
    assert reports("Norway said it would prefer to rely on its own funds.") == [
        ("it would prefer to rely on its own funds", "Norway")]
    # After a preposition the place is where, not who: the group before it speaks.
    assert reports("Officials in Norway said the fund would grow again next year.") == [
        ("the fund would grow again next year", "Officials")]


def test_an_expectation_with_an_object_and_infinitive_is_reported() -> None:
    assert reports("Ralph Dunne expects the new bridge to open next spring.") == [
        ("the new bridge to open next spring", "Ralph Dunne")]
    assert reports("Ticket prices are expected to rise sharply next year.") == []


def test_a_plural_role_before_names_is_not_part_of_the_first_name() -> None:
    text = "Producers Barbara Stone and Michael Wilson expect the film to be released next year."
    assert reports(text) == [("the film to be released next year", "Barbara Stone")]
    assert "Barbara Stone" in [a.name for a in extract(text).actors]


def test_phrasal_reports_point_out_make_clear_and_confident() -> None:
    assert reports("Academics point out that there has been no definitive research.") == [
        ("there has been no definitive research", "Academics")]
    assert reports("Ralph Dunne made it clear to reporters that the deal was off.") == [
        ("the deal was off", "Ralph Dunne")]
    assert reports("Mr Dunne is confident the firm can win customers from its rivals.") == [
        ("the firm can win customers from its rivals", "Dunne")]
    assert reports("Mr Dunne is confident of victory in the final.") == []
    assert reports("Ralph Dunne pointed to the flaws in the plan.") == []


def test_the_report_is_the_document_cited_before() -> None:
    text = ("Rents rose faster than wages, said a World Bank report. Transport costs also rose. "
            "According to the report, there is a close link between rents and jobs.")
    assert reports(text) == [("Rents rose faster than wages", "World Bank"),
                             ("there is a close link between rents and jobs", "World Bank")]


def test_a_survey_finds_and_speaks_for_itself_when_no_one_owns_it() -> None:
    assert reports("A recent survey said that only 4% of drivers were thinking of buying electric cars.") == [
        ("only 4% of drivers were thinking of buying electric cars", "A recent survey")]
    assert reports("The survey also found that most voters would prefer an early election.") == [
        ("most voters would prefer an early election", "The survey")]
    # "found" reports only a "that" clause, and does not make its subject a speaker.
    assert reports("Ralph Dunne found the keys under the mat in the morning.") == []


def test_an_addressee_stands_between_the_verb_and_the_report() -> None:
    assert reports("Ralph Dunne warned investors that prices would fall next year.") == [
        ("prices would fall next year", "Ralph Dunne")]
    assert reports("Ralph Dunne has assured suppliers that the firm respects existing contracts.") == [
        ("the firm respects existing contracts", "Ralph Dunne")]
    assert reports("Ralph Dunne warned prices would fall next year.") == [
        ("prices would fall next year", "Ralph Dunne")]


def test_a_report_may_open_with_a_quoted_fragment() -> None:
    assert reports('Ralph Dunne said "our town" was being "ruined" by heavy traffic.') == [
        ('"our town" was being "ruined" by heavy traffic', "Ralph Dunne")]


def test_a_relative_clause_reports_for_its_antecedent_and_ends_at_the_main_verb() -> None:
    text = "Ralph Dunne, who last year denied he planned to resign over the scandal, said the issue was difficult."
    assert reports(text) == [("he planned to resign over the scandal", "Ralph Dunne"),
                             ("the issue was difficult", "Ralph Dunne")]
    # "wrote the authorised biography": an object, not a reported clause.
    assert reports("Sales of the book rose sharply, said Ros Coward, who wrote the authorised biography.") == [
        ("Sales of the book rose sharply", "Ros Coward")]


def test_a_view_held_inside_a_clause_is_the_words_of_the_attribution_closing_it() -> None:
    text = "Homeowners now expect house prices to rise by 1% over the next six months, Mr Bannister said."
    assert reports(text) == [("Homeowners now expect house prices to rise by 1% over the next six months",
                              "Bannister")]
    # A view inside the attribution itself stays its own report.
    text = ("Ferry sales have traditionally done well in the islands, said Mr Fogg, who also "
            "expected rival firms to cut their fares.")
    assert reports(text) == [("Ferry sales have traditionally done well in the islands", "Fogg"),
                             ("rival firms to cut their fares", "Fogg")]


def test_a_report_ends_before_a_second_report_joined_by_but_or_a_dash() -> None:
    text = "Mike Evans claimed he came up with the idea and spent years on it - but said he was later excluded."
    assert reports(text) == [("he came up with the idea and spent years on it", "Mike Evans"),
                             ("he was later excluded", "Mike Evans")]
    text = "Brian Gibbons admitted there were problems at the port but insisted the essentials were in place."
    assert [q for q, _who in reports(text)] == ["there were problems at the port", "the essentials were in place"]


def test_a_report_in_an_opening_subordinate_clause_ends_at_its_comma() -> None:
    text = "But even before the club said the player would not be sold, Bellamy insisted he had no intention of leaving."
    assert [q for q, _who in reports(text)] == ["the player would not be sold", "he had no intention of leaving"]


def test_a_noun_that_is_also_a_reporting_verb_does_not_report() -> None:
    text = "Strong demand from China and high prices have fuelled production, said mining analyst Ian Cole."
    assert reports(text) == [("Strong demand from China and high prices have fuelled production", "Ian Cole")]
    # "and find funds" is no second report: "find" reports only "that".
    text = "City announced debts of £62m, but Tom Wardle confirmed they would try and find funds for new players."
    assert reports(text) == [("they would try and find funds for new players", "Tom Wardle")]


def test_when_it_was_said_stands_between_the_verb_and_the_report() -> None:
    assert reports("Ralph Dunne said Tuesday the plan would go ahead.") == [("the plan would go ahead", "Ralph Dunne")]
    assert reports("Ralph Dunne said on 3 March that the plan would go ahead.") == [
        ("the plan would go ahead", "Ralph Dunne")]
    assert reports("Ralph Dunne said May was the best month for the harbour.") == [
        ("May was the best month for the harbour", "Ralph Dunne")]
    # Where and when it was said is no report.
    text = '"We have more than five million people out of work," a minister said earlier on public television.'
    assert reports(text) == []
    assert reports("Sales at the port rose 5% last year, Ralph Dunne said Tuesday in a statement.") == [
        ("Sales at the port rose 5% last year", "Ralph Dunne")]


def test_a_demand_goes_on_through_a_bare_verb_after_and() -> None:
    text = "The bank also called on the council to revive its housing programme and maintain financial discipline."
    assert reports(text) == [("the council to revive its housing programme and maintain financial discipline", "bank")]


def test_a_name_in_apposition_before_the_verb_is_the_speaker() -> None:
    text = "A spokesman for the Harbour Authority, Dean Boyd, said the port would reopen within a week."
    assert reports(text) == [("the port would reopen within a week", "Dean Boyd")]
    # The tail "said X did not ..." is a report of its own, not an attribution of the subject.
    text = "A spokesman for the Harbour Authority, Dean Boyd, said Ralph Dunne did not appear to be motivated by money."
    assert reports(text) == [("Ralph Dunne did not appear to be motivated by money", "Dean Boyd")]


def test_reporting_verbs_are_found_in_sentences_of_any_alphabet() -> None:
    # Sentences of plain ASCII are screened for cue words first; others are read word by word.
    assert reports("José Martín said the ferry would run again in the spring.") == [
        ("the ferry would run again in the spring", "José Martín")]
    assert reports("Ralph Dunne is confident the ferry will run again in the spring.") == [
        ("the ferry will run again in the spring", "Ralph Dunne")]
    assert reports("Ralph Dunne was at the harbour when the ferry ran aground in the spring.") == []


def test_he_closing_a_report_is_the_person_the_sentence_before_was_about() -> None:
    text = ("A spokesman for the port said the ferry was safe. But Mr Dunne was not convinced by the "
            "assurances. Smaller ferries may not be inspected as often as they should be, he said.")
    assert reports(text)[-1] == ("Smaller ferries may not be inspected as often as they should be", "Dunne")
    # With no person as the subject before, "he" is still whoever spoke last.
    text = ("Ralph Dunne said the ferry was safe. The harbour was closed for the night. "
            "Smaller ferries may not be inspected as often as they should be, he said.")
    assert reports(text)[-1] == ("Smaller ferries may not be inspected as often as they should be", "Ralph Dunne")


def test_a_names_possessive_opens_an_unnamed_speaker() -> None:
    text = 'The show was accused of bias. Harbour Watch\'s spokeswoman said: "Only two producers see the votes."'
    assert [(q[2], q[1]) for q in quotes_of(text)] == [("direct", "Harbour Watch's spokeswoman")]
    # A connective opening the sentence is not part of the speaker.
    assert reports("But Jones' lawyers said their client had done nothing wrong at the port.") == [
        ("their client had done nothing wrong at the port", "Jones' lawyers")]


def test_a_person_named_after_a_role_phrase_is_the_speaker() -> None:
    text = '"Ferries are the lifeline of the islands," said Acme\'s principal analyst Ruth Gale.'
    assert [q[1] for q in quotes_of(text)] == ["Ruth Gale"]
    text = '"Ferries are the lifeline of the islands," said the paper\'s image editor, Ruth Gale.'
    assert [q[1] for q in quotes_of(text)] == ["Ruth Gale"]
    text = "Ruth Gale is the mayor. A spokesman for Ms Gale said the ferry would run again in the spring."
    assert reports(text) == [("the ferry would run again in the spring", "A spokesman for Ms Gale")]
    # A name after a verb inside the phrase is no holder of it.
    text = "The Greens called for harbour master Ruth Gale to resign and said the port was unsafe for ferries."
    assert all(speaker != "Ruth Gale" for _clause, speaker in reports(text))


def test_a_sentence_opening_inside_a_quotation_is_no_report_of_its_own() -> None:
    text = ('"The port should not wait. It should seize the moment," Ruth Gale, the harbour\'s chief '
            'executive said.')
    assert [(q[2], q[1]) for q in quotes_of(text)] == [("direct", "Ruth Gale")]
    # An apposition whose closing comma is left out still describes the name before it.
    text = "Ruth Gale, a spokeswoman for the port said the ferry would run again in the spring."
    assert reports(text) == [("the ferry would run again in the spring", "Ruth Gale")]
    # A role after an opening phrase's name is the subject.
    text = "At a meeting with Ruth Gale, the harbour master said the ferry would run again in the spring."
    assert [speaker for _clause, speaker in reports(text)] != ["Ruth Gale"]


def test_a_religious_title_is_an_office_its_holder_is_referred_to_by() -> None:
    text = "Cardinal Tomas Berg gave a sermon on Sunday. The cardinal said the year should be one of campaigning."
    assert reports(text) == [("the year should be one of campaigning", "Tomas Berg")]
    # An office nobody in the text holds keeps the report, with no speaker.
    text = "The book sold well. But the bishop said there was a lack of evidence for its claims."
    assert reports(text) == [("there was a lack of evidence for its claims", None)]


def test_a_verb_aimed_at_the_noun_after_it_opens_no_closing_attribution() -> None:
    # "..., accused X of ..." has an object after the verb, not the speaker of what went before.
    text = "The harbour board's new chair, Ruth Gale, accused ministers of neglecting the islands."
    assert all(speaker != "ministers" and clause != "The harbour board's new chair, Ruth Gale"
               for clause, speaker in reports(text))
    # ..., said X still closes a report with its speaker.
    text = "The ferry will run again in the spring, said Ruth Gale, the harbour board's chair."
    assert reports(text) == [("The ferry will run again in the spring", "Ruth Gale")]


def test_a_person_from_a_body_or_place_is_the_speaker_not_the_body() -> None:
    text = "Professor Ruth Gale of Keswick University said the lake was warming faster than expected."
    assert reports(text) == [("the lake was warming faster than expected", "Ruth Gale")]
    text = "Tom Hindle from the Ferry Users Group said the timetable was a mess."
    assert reports(text) == [("the timetable was a mess", "Tom Hindle")]
    # A body named on its own still speaks.
    text = "The Bank of Keswick said its rates would stay on hold until the spring."
    assert reports(text) == [("its rates would stay on hold until the spring", "Bank of Keswick")]


def test_a_first_name_after_the_is_no_persons_name() -> None:
    text = "Volunteers from the Red Cross said the camp was full. The Red Cross has run it since May."
    kinds = {a.name: a.type for a in extract(text).actors}
    assert kinds.get("Red Cross") == "organisation"


def test_he_opening_a_paragraph_is_the_subject_of_the_paragraph_before() -> None:
    text = ("Ruth Gale spoke first and defended the budget.\n\n"
            "Tom Hindle, for the opposition, accused Ms Gale of ducking hard choices.\n\n"
            'He said: "The islands deserve better than this budget."\n')
    assert [(q[1], q[2]) for q in quotes_of(text)] == [("Tom Hindle", "direct")]


def test_the_subject_of_a_sentence_is_an_owners_spokesman_not_the_owner() -> None:
    text = ("Tom Hindle's spokesman said: \"The minister has no plans to visit the islands.\"\n\n"
            "He added the visit would be reviewed in the spring.\n")
    assert reports(text)[-1] == ("the visit would be reviewed in the spring", "Tom Hindle's spokesman")
    # The owner's adviser named after the role is the subject.
    text = ("Ruth Gale spoke first. Mr Hindle's former adviser Tom Baker said the budget was fair. "
            "He added the islands had been neglected for years.")
    assert reports(text)[-1] == ("the islands had been neglected for years", "Tom Baker")


def test_where_or_when_it_was_said_is_no_report() -> None:
    text = '"The ferry will run again," Ruth Gale said at a news conference in the harbour.'
    assert [(q[1], q[2]) for q in quotes_of(text)] == [("Ruth Gale", "direct")]
    # A clause after the place is the report; so is one opening with "at least".
    text = "Ruth Gale said outside court that she was innocent of all the charges."
    assert reports(text) == [("she was innocent of all the charges", "Ruth Gale")]
    text = "Ruth Gale said at least 40 ferries had been cancelled since the spring."
    assert reports(text) == [("at least 40 ferries had been cancelled since the spring", "Ruth Gale")]


def test_a_bodys_acronym_between_its_name_and_the_verb() -> None:
    text = "The Harbour Users Association (HUA) said more than 1,900 ferries had been cancelled."
    assert reports(text) == [("more than 1,900 ferries had been cancelled", "Harbour Users Association")]
    # The acronym closing an apposition leaves the person before it the speaker.
    text = "Ruth Gale, head of marketing at the Harbour Users Association (HUA), said the posters had worked."
    assert reports(text) == [("the posters had worked", "Ruth Gale")]
    text = ('"We have hardly started," the new chair of the Harbour Users Association (HUA), Ruth Gale, '
            "says.")
    assert [q[1] for q in quotes_of(text)] == ["Ruth Gale"]


def test_a_plural_group_opening_a_sentence_speaks_as_a_group() -> None:
    assert reports("MPs urged the council to reopen the ferry terminal before the summer.") == [
        ("the council to reopen the ferry terminal before the summer", "MPs")]
    text = "The report, seen by the Keswick Gazette, warns that thousands of homes remain at risk."
    assert reports(text) == [("thousands of homes remain at risk", "The report")]


def test_a_noun_before_said_is_no_reporting_verb() -> None:
    text = "Past Harbour Board forecasts said there would be a shortfall of £3m in the year."
    assert all(not clause.startswith("said") for clause, _speaker in reports(text))


def test_saying_after_a_verb_with_no_speech_of_its_own_is_the_sentences_subject() -> None:
    text = ('Ruth Gale said: "The ferry is safe." Harbour Freight Ltd declined to comment, saying it could '
            "not talk about its customers.")
    assert reports(text)[-1] == ("it could not talk about its customers", "Harbour Freight Ltd")


def test_an_indefinite_role_missing_its_closing_comma_describes_the_name_before_it() -> None:
    text = "Adam Hill, an analyst at research firm Harbour Media believes the time is ripe for ferries."
    assert reports(text) == [("the time is ripe for ferries", "Adam Hill")]


def test_a_name_and_apposition_before_said_is_no_reported_clause() -> None:
    # "said she was relieved" reports; the words before "said" are its subject, not a clause
    # attributed to "she".
    text = "Jenny Clarke, a resident for 30 years, said she was relieved."
    assert reports(text) == [("she was relieved", "Jenny Clarke")]
    text = "Tom Ash, who has farmed here since 1990, said the new plan was bad."
    assert reports(text) == [("the new plan was bad", "Tom Ash")]
    text = "Tom Ash, a farmer, said Mr Hill had been warned."
    assert reports(text) == [("Mr Hill had been warned", "Tom Ash")]
    # The inverted pronoun still closes a clause when nothing but where or when follows it.
    text = "Tom Ash spoke at the meeting. The new plan was bad for every farmer in the valley, said he."
    assert reports(text) == [("The new plan was bad for every farmer in the valley", "Tom Ash")]


def test_a_short_clause_with_a_pronoun_subject_is_reported() -> None:
    assert reports("Jenny Clarke said she was relieved.") == [("she was relieved", "Jenny Clarke")]
    assert reports("Jenny Clarke said that it was over.") == [("it was over", "Jenny Clarke")]


def test_a_bare_plural_group_keeps_the_capitalised_words_that_qualify_it() -> None:
    assert reports("UKIP officials said the leader had not been straightforward.") == [
        ("the leader had not been straightforward", "UKIP officials")]
    assert reports("Aid groups say they cannot reach the wounded.") == [
        ("they cannot reach the wounded", "Aid groups")]
    # A capitalised function word or adverb opens the sentence; it qualifies nothing.
    assert reports("But officials said they could not reach the wounded.") == [
        ("they could not reach the wounded", "officials")]
    assert reports("Privately officials say they could not reach the wounded.") == [
        ("they could not reach the wounded", "officials")]


def test_a_short_clause_closed_by_an_attribution_is_reported() -> None:
    assert reports("Talks have stalled, mediators said on Sunday.") == [("Talks have stalled", "mediators")]
    assert reports("In 2004, officials said.") == []


def test_coordinated_countries_speak_as_the_first_of_them() -> None:
    text = "Norway and Sweden said in a joint statement that both sides had broken the truce."
    assert reports(text) == [("both sides had broken the truce", "Norway")]


def test_an_object_with_a_relative_clause_is_no_reported_clause() -> None:
    # The verb of a clause reported without "that" stands outside any relative clause in it.
    assert reports("The club accepted the offer, which was criticised by fans as too low.") == []
    assert reports("Harbour Freight agreed a fee for the ferry, who has yet to pass its tests.") == []
    text = "Analysts believe the firm, which has asked regulators to approve the deal, will win."
    assert reports(text) == [("the firm, which has asked regulators to approve the deal, will win", "Analysts")]


def test_a_dateline_is_no_part_of_the_reported_clause() -> None:
    for dateline in ("OSLO:", "Bergen (Reuters) -", "OSLO, Jan 5 (NTB):"):
        text = f"{dateline} Ferries are stuck in the harbour as the ice thickens, officials said on Tuesday."
        assert reports(text) == [("Ferries are stuck in the harbour as the ice thickens", "officials")]


def test_a_wire_dateline_with_a_state_or_a_date_names_no_speaker() -> None:
    # "CITY, State (Agency) —": the place opens the paragraph but is no subject of its
    # sentence; the report after a participle belongs to the sentence's real subject.
    for dateline in ("HARBORVILLE, Ore. (AP) —", "HARBORVILLE, Oregon (AP) —", "HARBORVILLE, March 3 (Wire) -"):
        text = f"{dateline} Dana Keller on Friday closed the ferry terminal, saying the pier was unsafe."
        assert reports(text) == [("the pier was unsafe", "Dana Keller")]


def test_where_it_was_said_stands_between_the_verb_and_a_clause_without_that() -> None:
    # "said in a statement", "said at a news conference", "said in an interview with X",
    # alone or with a time: the setting of the words, not the start of the clause.
    for setting in ("in a statement", "in a statement on Monday", "on Monday in a statement",
                    "at a news conference", "in an interview with the Harbour Gazette",
                    "in a letter to shareholders", "in a joint statement", "on Twitter"):
        text = f"Harbour Freight said {setting} it would cut 300 jobs at the port."
        assert reports(text) == [("it would cut 300 jobs at the port", "Harbour Freight")], setting
    text = "Dana Keller said in a statement on Monday that the ferry would sail."
    assert reports(text) == [("the ferry would sail", "Dana Keller")]


def test_told_with_a_long_or_numbered_addressee_then_that() -> None:
    text = "Ruth Gale told BBC Radio 4's Today programme that the ferry would sail again."
    assert reports(text) == [("the ferry would sail again", "Ruth Gale")]
    text = "Ruth Gale told the 300-strong audience at the Harbour Hall that the ferry would sail again."
    assert reports(text) == [("the ferry would sail again", "Ruth Gale")]
    text = "Ruth Gale told the Harbour News website in an interview that the ferry would sail again."
    assert reports(text) == [("the ferry would sail again", "Ruth Gale")]


def test_according_to_a_body_named_after_the() -> None:
    text = "According to the state's Department of Water Resources, reservoirs are at 40% of capacity."
    assert reports(text) == [("reservoirs are at 40% of capacity", "Department of Water Resources")]
    # A role qualified by a body speaks as the role, not as the body.
    text = '"We could not find a theatre in time," added the British producer.'
    assert [q[1] for q in quotes_of("Harbour news\n\nThe BBC met on Monday.\n\n" + text)] != ["BBC"]


def test_whom_a_quotation_was_told_to_is_not_its_speaker() -> None:
    text = ('Harbour news\n\nThe Harbour Gazette reported the vote.\n\n'
            'The harbour master told the Harbour Gazette: "We will reopen the quay."')
    assert [q[1] for q in quotes_of(text) if q[2] == "direct"] != ["Harbour Gazette"]


def test_a_role_phrase_refers_back_to_the_subject_of_the_sentence_before() -> None:
    # Sports and political writing name someone, then call them by their role.
    text = ("Harbour news\n\nRosa Quint limped off after an hour with a knee injury.\n\n"
            '"I felt it go in the first minute," said the defender.\n')
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("I felt it go in the first minute,", "Rosa Quint")]
    text = "Harbour news\n\nTom Reyes opened the new ferry terminal on Monday. The minister said the port would double in size.\n"
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("the port would double in size", "Tom Reyes")]


def test_a_role_phrase_is_not_someone_known_by_another_role_or_its_owner() -> None:
    # "the family's lawyer" is not the family's son; "the mayor" is not the prime minister.
    text = "Tom Reyes was arrested in May. The family's lawyer said the arrest had been unlawful."
    assert reports(text) == [("the arrest had been unlawful", "The family's lawyer")]
    text = "Prime Minister Ann Holt opened the terminal. The mayor said the port would double in size."
    assert reports(text) == [("the port would double in size", None)]


def test_a_role_phrase_then_a_comma_then_a_role_and_the_name_of_its_holder() -> None:
    text = ("Harbour news\n\nTom Reyes opened the terminal on Monday.\n\n"
            '"It is a good day," said the chairman of the harbour board, Labour councillor Ruth Gale.\n')
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("It is a good day,", "Ruth Gale")]


def test_a_closing_attribution_by_bodies_with_acronyms_and_a_setting() -> None:
    # A longer named subject may close a sentence when only where and when follow its verb.
    text = ("Ferry fares rose by 12% last year, the Harbour Transport Authority (HTA) and the "
            "Coastal Shipping Board (CSB) said in a joint statement on Tuesday.")
    assert reports(text) == [("Ferry fares rose by 12% last year", "Harbour Transport Authority")]
    text = "Ferry fares rose by 12% last year, the Harbour Transport Authority and the Coastal Shipping Board said."
    assert reports(text) == [("Ferry fares rose by 12% last year", "Harbour Transport Authority")]
    # ... but a long tail with a verb of its own is a clause, not an attribution.
    text = "Ann Holt, a critic of the plan, was keen to distance herself from the board's comments."
    assert reports(text) == []



def test_an_attribution_between_the_report_and_a_phrase_that_adds_to_it() -> None:
    # Wire and business copy: "CLAUSE, X said on Friday, a verbless phrase."
    text = "Ferry fares rose 4.1 per cent in May, the harbour board said on Friday, down from 5 per cent in April."
    assert reports(text) == [("Ferry fares rose 4.1 per cent in May", "harbour board")]
    text = "Ferry traffic fell to 900 crossings a week, according to the Harbour Trust, the lowest in a decade."
    assert reports(text) == [("Ferry traffic fell to 900 crossings a week", "Harbour Trust")]
    # "as X said" is a parenthesis inside the report, not its attribution
    text = "The plan could fail if, as the harbour board has suggested, the ferry fares stay high."
    assert all(clause != "The plan could fail if" for clause, _ in reports(text))


def test_a_reporting_verb_with_an_object_and_a_subordinate_clause_reports_nothing() -> None:
    text = "Port Elnor has declared a state of emergency after its sea wall collapsed in the storm."
    assert reports(text) == []
    text = ("The ferry company sued the harbour board last year, claiming more than $2m in damages after "
            "the ferry was sold to settle its debts.")
    assert reports(text) == []
    # an irregular past before the subordinate clause is the reported clause's verb
    text = "Ruth Gale insisted the harbour master knew of the leak because the crew had told him."
    assert reports(text) == [("the harbour master knew of the leak because the crew had told him", "Ruth Gale")]
    # a pronoun object opens no clause
    text = "Ferry operators accepted them and very few passengers complained about the change."
    assert reports(text) == []


def test_a_person_of_a_body_that_is_part_of_another_speaks() -> None:
    text = ("Prof. Ann Tallow of the Harbour University's Institute for Studies in Education said the "
            "ferry timetable had failed the island's pupils.")
    assert reports(text) == [("the ferry timetable had failed the island's pupils", "Ann Tallow")]


def test_a_body_named_before_its_own_noun_speaks() -> None:
    # "the X agency said", "the Y government said": the name before the noun speaks.
    assert reports("The Coastal Ferries agency said on Sunday that the crossing had been closed.") == [
        ("the crossing had been closed", "Coastal Ferries")]
    assert reports("The Ontario government said the fire had grown to more than 25,000 hectares.") == [
        ("the fire had grown to more than 25,000 hectares", "Ontario")]
    # ... but a name after a preposition does not ("quoted in the X newspaper saying")
    text = ('Tom Reyes was quoted in the Harbour Gazette newspaper saying: "The quay must reopen."')
    found = extract("Harbour news\n\n" + text + "\n").quotes
    assert [(q.text, q.speaker) for q in found] == [("The quay must reopen.", "Tom Reyes")]


def test_about_before_a_number_opens_a_reported_clause() -> None:
    assert reports("The harbour board says about 40 per cent of ferries were late last year.") == [
        ("about 40 per cent of ferries were late last year", "harbour board")]
    assert reports("The minister spoke about the plan for the harbour on Monday evening.") == []


def test_she_said_never_means_a_group_of_many() -> None:
    # An unnamed woman speaks after "Police say": "she" is not the police.
    text = ('Harbour news\n\nPolice say at least 27 people were targeted.\n\n'
            '"I thought I was talking to my bank," she said.\n')
    assert [(q.text, q.speaker) for q in extract(text).quotes if q.kind == "direct"] == [
        ("I thought I was talking to my bank,", None)]


def test_an_unnamed_person_is_a_speaker_and_she_carries_on() -> None:
    text = ('Harbour news\n\nPolice say at least 27 people were targeted.\n\n'
            'One victim, an 84-year-old woman who asked not to be named, told the Gazette she lost '
            'her life savings.\n\n"I thought I was talking to my bank," she said.\n')
    found = [(q.text, q.speaker) for q in extract(text).quotes]
    assert ("she lost her life savings", "One victim") in found
    assert ("I thought I was talking to my bank,", "One victim") in found
    # a definite "man" is an epithet for someone named, not a speaker to keep as it stands
    assert reports("The 22-cap harbour man says that the ferry will be badly missed.") == []


def test_a_number_with_a_thousands_comma_does_not_end_an_apposition() -> None:
    assert reports("Mary Jones, who represents 68,000 nurses, said the shortage is not new.") == [
        ("the shortage is not new", "Mary Jones")]
    assert reports("Mary Jones of the Harbour Nurses Association, which represents 68,000 nurses, said the "
                   "shortage is not new.") == [("the shortage is not new", "Mary Jones")]


def test_a_person_from_a_body_that_is_no_actor_speaks() -> None:
    text = ("Grand Chief Garrison Settee of Keewatin Okimakanak, which represents northern First Nations, "
            "said the shortage is not new.")
    assert reports(text) == [("the shortage is not new", "Garrison Settee")]


def test_saying_after_a_clause_with_no_speech_verb_is_the_sentence_subjects() -> None:
    # ", saying" and ", writing that" report for the subject of the sentence, also when a
    # body's name stands in the role phrase before the person ("Oilers coach X")
    assert reports("Oilers coach Kris Knoblauch praised his goaltender, saying Skinner kept them in the "
                   "game.") == [("Skinner kept them in the game", "Kris Knoblauch")]
    text = ('Fire news\n\nPremier David Eby thanked firefighters in a post on social media, writing that '
            '"their courage saved homes and lives."\n\nMayor Jane Smith praised the crews, saying "they '
            'worked through the night."\n')
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("their courage saved homes and lives.", "David Eby"), ("they worked through the night.", "Jane Smith")]


def test_the_subject_of_a_passive_speech_verb_is_not_the_speaker() -> None:
    text = ('Court news\n\nTom Brack, who made £26,000 a month from the trade, was called "one of the '
            'biggest pirates in the country" by the judge. Ann Lee was told: "You only got the job because '
            'of your father."\n\nThe document reportedly said: "We are looking for a new start."\n')
    found = {q.text: q.speaker for q in extract(text).quotes}
    assert found["one of the biggest pirates in the country"] is None
    assert found["You only got the job because of your father."] is None
    assert found["We are looking for a new start."] is not None


def test_he_said_after_a_paragraph_about_someone_new_is_that_person() -> None:
    text = ('"We were lucky tonight," Jim Farrow said.\n\n'
            "League commissioner Tom Bell praised the new overtime rules.\n\n"
            '"They work, and the fans love them," he said.\n')
    assert [(q.text, q.speaker) for q in extract(text).quotes if q.kind == "direct"][-1] == \
        ("They work, and the fans love them,", "Tom Bell")


def test_he_said_after_a_paragraph_naming_someone_as_an_object_is_the_last_speaker() -> None:
    text = ('"We were lucky tonight," Jim Farrow said.\n\n'
            "The club traded Tom Bell to a rival last week.\n\n"
            '"He will be missed in this room," he said.\n')
    assert [(q.text, q.speaker) for q in extract(text).quotes if q.kind == "direct"][-1] == \
        ("He will be missed in this room,", "Jim Farrow")


def test_claiming_after_a_passive_is_the_agents_not_the_subjects() -> None:
    text = ("Singer Tom Alder is being sued by the Harbour Theatre Company for $2 million, claiming he "
            "broke his contract by cancelling the tour.\n")
    assert [(q.speaker, q.cue) for q in extract(text).quotes if q.kind == "indirect"] == \
        [("Harbour Theatre Company", "claiming")]


def test_a_fragment_quoted_inside_reported_speech_is_its_speakers() -> None:
    text = ("Maya Kowal, chief economist at Halvard Capital Markets, wrote in a note to clients "
            'that the bank "went big because it could."\n')
    assert [(q.kind, q.speaker) for q in extract(text).quotes] == \
        [("indirect", "Maya Kowal"), ("partial", "Maya Kowal")]


def test_according_to_a_national_body_opening_a_sentence_reports_its_clause() -> None:
    text = ("According to Statistics Canada, the unemployment rate rose to 6.5 per cent in "
            "September.\n")
    found = extract(text)
    assert [(q.speaker, q.cue, q.kind) for q in found.quotes] == [("Statistics Canada", "according to", "indirect")]
    assert {a.name: a.type for a in found.actors}["Statistics Canada"] == "organisation"


def test_a_capitalised_word_inside_a_sentence_is_no_reporting_verb() -> None:
    text = ("Karina Gould told CTV's Question Period that the Liberals were confident they could "
            "pass their agenda.\n")
    assert [(q.speaker, q.text) for q in extract(text).quotes] == \
        [("Karina Gould", "the Liberals were confident they could pass their agenda")]


def test_told_an_indefinite_object_then_a_clause_with_no_that() -> None:
    found = quotes_of("Mayor Ines Varga told a news conference the new bridge would open by June.\n\n"
                      "Her deputy told a meeting of the board it was too early to say.\n")
    assert found[0] == ("the new bridge would open by June", "Ines Varga", "indirect")
    assert not any(text.startswith("the board") for text, _speaker, _kind in found)


def test_the_company_points_back_past_a_court_or_a_ministry_to_a_business() -> None:
    text = ("A lawsuit against Ridgeway Foods Ltd was filed on Monday in Westland Superior Court, and "
            "the Westland Ministry of Agriculture is reviewing it.\n\n"
            "In a statement, the company said it would defend itself against the claim.\n")
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [("Ridgeway Foods Ltd", "indirect")]


def test_a_court_filing_speaks_for_itself_and_a_name_in_its_participle_phrase_does_not() -> None:
    text = ("Ana Ruiz sued Halden Bank Ltd last year.\n\n"
            "The suit alleges that the bank hid its fees from customers for years.\n\n"
            "A second lawsuit, filed in Westland Superior Court, claims the bank broke its own rules.\n\n"
            "Residents, interviewed by the Courier, said the water tasted of metal.\n")
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [
        ("The suit", "indirect"), ("A second lawsuit", "indirect"), ("Residents", "indirect")]



def test_calling_something_a_quoted_name_is_the_sentence_subjects_words() -> None:
    text = ("Judge Ilse Marten handed down the sentence on Thursday, calling the crash \"entirely avoidable.\"\n\n"
            "The mayor defended the budget, calling the cuts \"painful but necessary.\"\n")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("entirely avoidable.", "Ilse Marten"), ("painful but necessary.", None)]


def test_a_band_members_role_with_the_bands_name_is_no_speech_of_the_band() -> None:
    text = ("The drummer with Halvor said he would stay with the band for its next tour.\n\n"
            "The guitarist of Halvor said he was leaving the business for good.\n")
    assert [q.speaker for q in extract(text).quotes] == [None, None]
