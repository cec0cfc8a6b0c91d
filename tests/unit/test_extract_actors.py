"""Actors: names clustered with aliases and roles; what is not an actor."""

from __future__ import annotations

from store.extract import extract


def actors(text: str) -> dict[str, tuple[str, list[str], list[str]]]:
    return {a.name: (a.type, a.aliases, a.roles) for a in extract(text).actors}


def test_titles_are_not_part_of_names_and_short_forms_join_the_full_name() -> None:
    text = ("Sir Alan Fletcher arrived in Leeds on Monday.\n"
            "Sir Alan said the plan was sound. Fletcher later left.\n"
            "Mr Fletcher declined to comment.\n")
    found = actors(text)
    assert found["Alan Fletcher"][0] == "person"
    assert {"Sir Alan", "Fletcher", "Mr Fletcher"} <= set(found["Alan Fletcher"][1])
    assert found["Leeds"][0] == "place"
    assert not any(name in found for name in ("Sir", "Monday", "Mr"))


def test_roles_from_premodifier_and_apposition() -> None:
    text = ("Education Secretary Priya Nair visited a school.\n"
            "Dan Kowalski, the headteacher of Riverside Academy, welcomed her.\n")
    found = actors(text)
    assert found["Priya Nair"][2] == ["Education Secretary"]
    assert found["Dan Kowalski"][2] == ["headteacher of Riverside Academy"]


def test_organisations_acronyms_and_parties() -> None:
    text = ("The Financial Conduct Authority (FCA) fined the bank.\n"
            "The FCA said the fine was a warning. Labour and the Tories both welcomed it.\n")
    found = actors(text)
    assert found["Financial Conduct Authority"][0] == "organisation"
    assert "FCA" in found["Financial Conduct Authority"][1]
    assert "FCA" not in found
    assert found["Labour"][0] == "organisation"
    assert found["Conservative Party"][0] == "organisation"


def test_places_from_the_gazetteer_and_demonyms_are_not_actors() -> None:
    text = "Talks between French and German officials in Brussels ended without a deal for Ukraine.\n"
    found = actors(text)
    assert found["Brussels"][0] == "place" and found["Ukraine"][0] == "place"
    assert "French" not in found and "German" not in found


def test_sentence_initial_words_days_months_and_furniture_are_not_actors() -> None:
    text = ("However the vote was delayed until Thursday.\n"
            "Advertisement\n"
            "Meanwhile in January the plan was dropped.\n")
    assert actors(text) == {}


def test_names_headed_before_of_and_surnames_that_are_days() -> None:
    found = actors("The Bank of England and the Ministry of Defence met near the Gulf of Mexico.\n"
                   '"We did well," said England sevens coach Mike Friday.\n')
    assert found["Bank of England"][0] == "organisation"
    assert found["Ministry of Defence"][0] == "organisation"
    assert found["Gulf of Mexico"][0] == "place"
    assert found["Mike Friday"][0] == "person"


def test_a_text_pasted_many_times_names_the_same_actors_as_once() -> None:
    once = ("Harbour master Tom Reyes warned that ships were already queuing at Dover.\n"
            "The Port of Dover said the backlog would clear by Friday, according to Reyes.\n")
    found = {a.name: (a.type, len(a.mentions)) for a in extract(once).actors}
    repeated = {a.name: (a.type, len(a.mentions)) for a in extract(once * 30).actors}
    assert found and repeated == found  # the copies are flagged as repeats and add nobody


def test_pronoun_acronyms_and_sentence_adverbs_are_not_actors() -> None:
    text = ("Separately, the TV channel said I would be told by the CEO.\n"
            "Simultaneously, sales of CD players fell, said Mark Lowe of Hexa Electronics.\n"
            "Italy, meanwhile, said it would act. Kelly, 34, agreed.\n")
    found = actors(text)
    assert not {"Separately", "Simultaneously", "TV", "I", "CEO", "CD"} & set(found)
    assert found["Italy"][0] == "place"
    assert "Mark Lowe" in found


def test_a_title_inside_a_run_of_capitals_starts_another_name_and_ranks_are_roles() -> None:
    text = ("Speaking at the Harbour Policy Institute Mr Dawes said the plan was sound.\n"
            "Assistant Chief Constable Rita Moss said the march passed peacefully.\n")
    found = actors(text)
    assert "Dawes" in found and not any("Mr Dawes" in name and name != "Dawes" for name in found)
    assert "Rita Moss" in found and "Constable Rita Moss" not in found


def test_one_actor_written_two_ways_is_listed_once() -> None:
    text = ("NSC to buy rival\n"
            "Northern Steel Corporation has agreed to buy Baltic Metals.\n"
            "Rafael Ortiz Moreno, its chairman, said the deal made sense. Rafael Ortiz met the board.\n")
    found = actors(text)
    assert "NSC" not in found and "NSC" in found["Northern Steel Corporation"][1]
    assert "Rafael Ortiz" not in found and "Rafael Ortiz" in found["Rafael Ortiz Moreno"][1]


def test_a_role_is_a_short_noun_phrase_never_a_clause() -> None:
    text = ("Shares in Halden fell. According to Halden, the regulator's rules were contrary to "
            "the 1994 trade treaty.\n"
            "Despite being known for brewing Tarn Lager, Tarn's is already one of Norway's largest "
            "cider makers.\n"
            "Paul Myers, the chief executive of Wippit, agreed.\n")
    for _type, _aliases, roles in actors(text).values():
        assert all(len(r.split()) <= 9 and not {"were", "is", "that"} & set(r.split()) for r in roles), roles
    assert any("chief executive of Wippit" in r for r in actors(text)["Paul Myers"][2])


def test_function_words_are_never_actors_but_the_us_is_a_place() -> None:
    text = ("STEEL FIRM AND UNION AGREE\nAll said it was fair. They agreed. It was signed in the US.\n"
            "Today the deal starts. More talks follow.\n")
    found = actors(text)
    assert not {"AND", "All", "They", "It", "Today", "More"} & set(found)
    assert found["United States"][0] == "place"


def test_and_inside_one_organisations_name_but_not_between_two_names() -> None:
    text = ("The Department of Trade and Industry said no.\n"
            "The Public and Commercial Services Union will strike.\n"
            "Britain and France agreed to talk.\n")
    found = actors(text)
    assert found["Department of Trade and Industry"][0] == "organisation"
    assert found["Public and Commercial Services Union"][0] == "organisation"
    assert "France" in found and not any(" and France" in name for name in found)


def test_a_middle_initial_with_a_full_stop_stays_inside_the_name() -> None:
    found = actors("President Harold T. Mercer spoke in Ohio. Later, Mercer said it was fine.\n")
    assert "Harold T. Mercer" in found and "Harold T" not in found


def test_a_capitalised_word_listed_beside_an_organisation_is_one() -> None:
    text = "Advertisers on the site include Northwind Bank, Zentel and Corvo Airlines.\n"
    found = actors(text)
    assert found["Zentel"][0] == "organisation"


def test_a_role_phrase_before_a_name_keeps_its_modifiers_and_drops_the_dateline() -> None:
    from store.extract import extract

    cases = {
        "On Monday Prime Minister Tony Blair said the plan was sound.\n": ("Tony Blair", "Prime Minister"),
        "Finance Minister Jane Morton set out the budget in the finance ministry.\n": ("Jane Morton", "Finance Minister"),
        "On Tuesday Foreign Secretary Jack Straw flew to Kabul.\n": ("Jack Straw", "Foreign Secretary"),
    }
    for text, (name, role) in cases.items():
        actors = {a.name: a for a in extract(text).actors}
        assert actors[name].roles == [role], text
        assert all(not alias.startswith("Minister") for alias in actors[name].aliases)


def test_a_lone_name_that_speaks_and_is_then_she_is_a_person() -> None:
    from store.extract import extract

    text = (
        "The novel will be published in March.\n\n"
        "Okonkwo revealed she had finished the manuscript in a borrowed cottage last winter.\n\n"
        "And she added that the ending had been clear to her for a decade.\n"
    )
    result = extract(text)
    author = {a.name: a for a in result.actors}["Okonkwo"]
    assert (author.type, author.gender) == ("person", "f")
    assert {q.speaker for q in result.quotes if "ending" in q.text} == {"Okonkwo"}
    # ... while a lone name that is then "it" stays an organisation.
    firm = extract("Prices rose in May.\n\nVantor said it would cut 200 jobs at its plant in the north.\n")
    assert {a.name: a.type for a in firm.actors}.get("Vantor") == "organisation"


def test_one_actor_written_short_and_long_is_one_actor() -> None:
    from store.extract import extract

    text = (
        "Manchester Rovers beat Leeds Athletic 2-0 on Saturday.\n\n"
        "Man Rov manager Tom Kerr said his side had earned the win.\n\n"
        "Harcourt International won the stadium contract. Harcourt said the work "
        "would start in May.\n\n"
        "Anna Maria Vela Cruz opened the new stand, and Vela Cruz said it was a proud day.\n"
    )
    actors = {a.name: a for a in extract(text).actors}
    assert "Man Rov" in actors["Manchester Rovers"].aliases and "Man Rov" not in actors
    assert "Harcourt" in actors["Harcourt International"].aliases and "Harcourt" not in actors
    assert "Vela Cruz" in actors["Anna Maria Vela Cruz"].aliases and "Vela Cruz" not in actors


def test_modifiers_honours_and_formats_are_not_actors_and_long_body_names_hold() -> None:
    from store.extract import extract

    text = (
        "The US-based firm Orrin Labs sells HDTV sets and a PVR to EU-US buyers.\n\n"
        "Its founder, Lena Hart OBE, spoke to the Association of Heads of Rural Schools "
        "in the Pas-de-Calais on Friday.\n"
    )
    names = {a.name for a in extract(text).actors}
    assert not names & {"US-based", "HDTV", "PVR", "EU-US", "OBE"}
    assert "Association of Heads of Rural Schools" in names
    assert "Pas-de-Calais" in names


def test_a_name_in_capitals_and_in_title_case_is_one_actor_and_extraction_ends() -> None:
    """Two actors that each abbreviate the other must not merge in a cycle (it hung)."""
    from store.extract import extract

    text = ("RIVER STUDIOS\n\n"
            "River Studios released its racing game on Friday. RIVER STUDIOS said sales were strong.\n")
    actors = [a for a in extract(text).actors if a.name.lower() == "river studios"]
    assert len(actors) == 1


def test_a_broadcasters_number_is_part_of_its_name() -> None:
    from store.extract import extract

    text = ("Ferry row\n\n"
            "Minister Jo Lee told BBC Radio 4 that the ferry would run. Channel 4 said its "
            "programme on the crossing would air in May.\n")
    names = {a.name: a.type for a in extract(text).actors}
    assert names.get("BBC Radio 4") == "organisation" and names.get("Channel 4") == "organisation"
    assert "English Channel" not in names and "BBC Radio" not in names


def test_a_roles_own_of_phrase_is_no_actor_of_its_own() -> None:
    from store.extract import extract

    text = ("Church and state\n\n"
            "The Shadow Secretary of State for the Family, Ann Pike, spoke first. "
            "The Roman Catholic Archbishop of Lisbon, the Most Reverend Paulo Reis, spoke next.\n")
    names = {a.name: a.type for a in extract(text).actors}
    assert names.get("Ann Pike") == "person"
    assert not {"State for the Family", "Roman Catholic Archbishop"} & set(names)


def test_the_union_is_a_body_not_its_secretary() -> None:
    text = ("Harbour news\n\nUnion secretary Helen Marsh called the strike on Monday.\n\n"
            "About 1,200 workers are on strike at the plant, the union said.\n")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("About 1,200 workers are on strike at the plant", "union")]
    # A role's leading word still names its holder when it is a role itself ("the chief").
    text = ("Harbour news\n\nChief executive Helen Marsh called the strike on Monday.\n\n"
            "The chief said the strike would last until the end of the month.\n")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("the strike would last until the end of the month", "Helen Marsh")]


def test_a_title_or_role_word_inside_a_bodys_name_is_part_of_it() -> None:
    text = ("The Justice Department sued Harbour Freight on Monday. Its shares fell at General Motors "
            "and at the Ryman Premier League's clubs. Members of the Transport and General Workers' "
            "Union voted to strike.\n")
    found = actors(text)
    for body in ("Justice Department", "General Motors", "Ryman Premier League",
                 "Transport and General Workers' Union"):
        assert found[body][0] == "organisation", body
    assert not {"Department", "Motors", "League", "Workers' Union"} & set(found)
    # A role with its own "of" phrase stays a role, not a body's name.
    found = actors("Earlier, Ruth Gale, Chief Executive of Keswick Hospitals NHS Trust, said no more.\n")
    assert found["Ruth Gale"][0] == "person"
    assert not any(name.startswith(("Chief", "Executive")) for name in found)


def test_a_sentence_opening_with_what_a_person_does_keeps_it_out_of_the_name() -> None:
    text = ("Grazier Bill Thompson, 62, said he had sold half his herd.\n"
            "Commuter Ravi Sharma said the trains had stopped.\n"
            "Former Harbour Lights singer Ann Berry was there.\n")
    found = actors(text)
    assert found["Bill Thompson"][0] == "person" and found["Ravi Sharma"][0] == "person"
    assert found["Bill Thompson"][2] == ["Grazier"]
    assert not {"Grazier Bill Thompson", "Commuter Ravi Sharma", "Harbour Lights"} & set(found)
    # A first name is no job: "Hunter Biden" stays one name.
    assert "Hunter Biden" in actors("Hunter Biden said he would appeal.\n")


def test_a_bodys_acronym_opening_a_speaking_name_is_no_persons_name() -> None:
    found = actors("NHS Keswick said it was opening new diagnostic centres.\n")
    assert found["NHS Keswick"][0] == "organisation"
    # A role acronym before a person's first name is their role; what qualifies it is no person.
    found = actors("Ruth Gale met the press. London Green MEP Tom Hindle said the vote was close.\n")
    assert found["Tom Hindle"][0] == "person" and "London Green MEP" in found["Tom Hindle"][2]
    assert found.get("London Green", ("none",))[0] != "person"


def test_a_plural_group_opening_a_sentence_is_a_group_not_an_organisation() -> None:
    found = actors("The vote was close.\nAnalysts said the harbour plan would cost more.\n")
    assert found["Analysts"][0] == "group"
    found = actors("The vote was close.\nPolice said the ferry had been stopped.\n")
    assert found["Police"][0] == "group"


def test_a_dateline_in_capitals_is_a_place() -> None:
    text = "Ferry strike\n\nNEW YORK (Reuters) - The new ferry operator said it would appeal.\n"
    found = actors(text)
    assert found["New York"][0] == "place" and "YORK" not in found
    assert "KEY MATCH STATS" not in actors("Ferries\n\nKEY MATCH STATS\n\nThe match was close.\n")


def test_a_wire_dateline_with_a_state_is_a_place() -> None:
    text = "Ferry strike\n\nHARBORVILLE, Ore. (AP) — The new ferry operator said it would appeal.\n"
    found = actors(text)
    assert found["Harborville"][0] == "place" and "HARBORVILLE" in found["Harborville"][1]


def test_a_first_name_described_by_an_age_is_a_person() -> None:
    found = actors('"We did not sleep," Mohammed, a 34-year-old father of three, told reporters.\n')
    assert found["Mohammed"][0] == "person"


def test_a_gendered_title_picks_the_namesake_of_that_gender() -> None:
    text = ("Ruth Gale, the mayor, opened the session. Her husband Tom Gale, a builder, objected.\n"
            "Mrs Gale said she disagreed. Mr Gale said he would appeal against the decision.\n")
    found = actors(text)
    assert "Mrs Gale" in found["Ruth Gale"][1] and "Mr Gale" in found["Tom Gale"][1]
    assert "Mr Gale" not in found["Ruth Gale"][1]


def test_a_name_after_an_inverted_speech_verb_is_a_person_whatever_its_first_name() -> None:
    # First names of every language: the inverted verb says the name speaks.
    text = ('"There is no rain," said Balasaheb Jadhav, a farmer from the district.\n\n'
            '"It is over," insists Oluwaseun Adeyemi.\n\n'
            '"We will appeal," said Coastline Group.\n\n'
            '"The fund is sound," said ABN Amro economist Jane Doe.')
    found = actors(text)
    assert found["Balasaheb Jadhav"][0] == "person"
    assert found["Oluwaseun Adeyemi"][0] == "person"
    assert found["Coastline Group"][0] == "organisation"
    assert "ABN Amro" not in found or found["ABN Amro"][0] != "person"
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers[:2] == ["Balasaheb Jadhav", "Oluwaseun Adeyemi"]


def test_treasurer_and_attorney_are_roles_before_a_name() -> None:
    found = actors("The Treasurer Peter Costello spoke. US Attorney Roslynn Mauskopf said it was fraud.")
    assert "Peter Costello" in found and "Roslynn Mauskopf" in found


def test_streets_parades_and_lanes_are_places() -> None:
    found = actors("Jenny Clarke has lived on Campbell Parade for 30 years. The match is at White Hart Lane.")
    assert found["Campbell Parade"][0] == "place"
    assert found["White Hart Lane"][0] == "place"
    assert found["Jenny Clarke"][0] == "person"


def test_a_role_with_its_own_of_or_for_phrase_before_a_name() -> None:
    # The portfolio or see ends the role; the holder's name starts after it, known first
    # name or not.
    found = actors("Harbour\n\nMinister for Health Ong Wei Ling said the clinic would open.\n")
    assert found["Ong Wei Ling"][0] == "person" and "Health Ong Wei Ling" not in found
    found = actors("Harbour\n\nOn Monday the Archbishop of Glenmoor Peter Hale blessed the ferry.\n")
    assert "Peter Hale" in found and "Glenmoor Peter Hale" not in found
    found = actors("Harbour\n\nThe Department for Work and Pensions said the rules would change.\n")
    assert found["Department for Work and Pensions"][0] == "organisation"



def test_a_national_body_named_after_its_country_and_a_first_nation_are_organisations() -> None:
    found = actors("Harbour news\n\nFerry Statistics Norway said on Monday that ferry fares had risen sharply "
                   "since the spring.\n\nTourism Iceland said the number of visitors would double next year.\n\n"
                   "Chief Ann Tallow of Blue Lake Cree Nation says the community has waited for years.\n")
    assert found["Tourism Iceland"][0] == "organisation"
    assert found["Blue Lake Cree Nation"][0] == "organisation"
    assert found["Ann Tallow"][0] == "person"
    # a part of a country is a place, not a body
    found = actors("Harbour news\n\nWestern Norway said no to the ferry plan on Monday, officials said.\n")
    assert found.get("Western Norway", ("place",))[0] != "organisation"


def test_a_street_named_after_a_title_is_a_place_and_a_bodys_name_runs_through_in_a_field() -> None:
    found = actors("Harbour news\n\nThe ferry stop on Queen Street East was closed, and Mr Lane said it "
                   "would reopen on Monday. Tom Reyes of the Coastal Institute for Studies in Education said "
                   "the closure was a mistake.\n")
    assert found["Queen Street East"][0] == "place"
    assert "Street East" not in found
    assert found["Coastal Institute for Studies in Education"][0] == "organisation"
    assert "Education" not in found


def test_a_contest_or_an_award_is_never_a_person_and_a_teammate_is_no_part_of_a_name() -> None:
    found = actors("Harbour news\n\nThe club won the Stanley Cup in May and the Davis Cup in June. "
                   "Teammate Leon Drake said the season had been the best of his life.\n")
    assert found.get("Stanley Cup", ("organisation",))[0] != "person"
    assert found.get("Davis Cup", ("organisation",))[0] != "person"
    assert "Leon Drake" in found and "Teammate Leon Drake" not in found


def test_a_city_written_without_its_accents_is_still_a_place() -> None:
    from store.extract.gazetteer import lookup_place

    # English news writes "Montreal" and "Bogota"; a small town's folded name that is an
    # English word ("Būsh" as "Bush") is not taken for the town.
    assert lookup_place("Montreal") == "Montreal"
    assert lookup_place("Bogota") == "Bogota"
    assert lookup_place("Alberta") == "Alberta"
    assert lookup_place("Bush") is None
    found = actors("Harbour news\n\nMontreal Mayor Ann Tallow said the ferry to Laval would run all winter.\n")
    assert found["Montreal"][0] == "place"


def test_canadian_ranks_and_acronym_roles_before_a_name() -> None:
    # "Const.", "Coun.", "Cpl." are titles; "CEO" and "MPP" end a role phrase after a body's
    # acronym ("TTC CEO X" was one organisation).
    found = actors("Harbour news\n\nConst. Amar Singh said the road was icy. Coun. Gord Perks voted "
                   "against it. Ferry Co CEO Rick Lavoie and NDP MPP Jill Andrew spoke too.\n")
    for name in ("Amar Singh", "Gord Perks", "Rick Lavoie", "Jill Andrew"):
        assert found[name][0] == "person", name
    assert "NDP MPP Jill Andrew" not in found and "Const" not in found
    # a player's position written before the name is a role ("Flames winger X")
    found = actors("Hockey news\n\nFlames winger Nazem Kadri scored twice on Saturday.\n")
    assert found["Nazem Kadri"][0] == "person"


def test_a_relative_pronoun_says_whether_a_name_is_a_persons() -> None:
    found = actors("Hockey news\n\nThe winner came from Tavi Okonkwo, who scored twice in the third period.\n")
    assert found["Tavi Okonkwo"][0] == "person"
    # "which" is no person's: a title that does not speak stays unlisted
    found = actors("Film news\n\nHe starred in Harbour Lights, which opened in March to strong reviews.\n")
    assert "Harbour Lights" not in found


def test_unknown_first_names_listed_beside_people_are_people() -> None:
    found = actors("Hockey news\n\nNazem Kadri, Blake Coleman and Rasmus Andersson scored for Calgary.\n")
    assert {name: found[name][0] for name in ("Nazem Kadri", "Blake Coleman", "Rasmus Andersson")} == {
        "Nazem Kadri": "person", "Blake Coleman": "person", "Rasmus Andersson": "person"}
    # no list: a name and where it is from; a role phrase inside an item; bands among people
    found = actors("Film news\n\n- Jamie Graham, Harbour Film: best film.\n\nGerhard Schmidt and Italian "
                   "Prime Minister Silvio Berlusconi met. Glass Sisters, Franz Ferdinand, Keane, Joss Stone and "
                   "McFly played.\n")
    assert "Harbour Film" not in found or found["Harbour Film"][0] != "person"
    assert "Italian Prime" not in found
    assert "Glass Sisters" not in found or found["Glass Sisters"][0] != "person"


def test_a_nationality_noun_before_a_name_is_no_part_of_it() -> None:
    found = actors("Athletics news\n\nThe race was won by Frenchman Ronald Pognet, and Injured Rio Ferdano "
                   "watched. Sprinters Kostas Kentaris and Katerina Thanos withdrew.\n")
    for name in ("Ronald Pognet", "Kostas Kentaris", "Katerina Thanos"):
        assert found[name][0] == "person", name
    assert not any(name.startswith(("Frenchman", "Sprinters")) for name in found)


def test_contractions_opening_a_quoted_sentence_are_not_actors() -> None:
    found = actors('Bank news\n\n"They\'ve basically told us they are on hold," Douglas Porter wrote. '
                   '"We\'re not sure. Don\'t expect cuts," he added.\n')
    assert not {"They've", "We're", "Don't"} & set(found)
    assert found["Douglas Porter"][0] == "person"


def test_a_places_agency_and_a_city_known_by_another_name() -> None:
    # "Nova Scotia Health", "Alberta Justice": a place and a field name an agency, which
    # speaks as a body ("according to ...") and is no person
    found = actors("Health news\n\nMore than 140,000 people are on the wait-list, according to Nova Scotia "
                   "Health. She spoke at a news conference in Quebec City on Monday.\n")
    assert found["Nova Scotia Health"][0] == "organisation"
    assert found["Quebec City"][0] == "place"
    # a body with no head word that speaks after a "which" clause is an organisation
    found = actors("Harbour news\n\nKeewatin Okimakanak, which represents northern communities, said the "
                   "shortage is not new.\n")
    assert found["Keewatin Okimakanak"][0] == "organisation"


def test_a_relative_named_by_a_first_name_in_commas_is_a_person() -> None:
    found = actors("Court news\n\nRavinder Gill's daughter, Simran, read a statement. His widow, Tavia, "
                   "wept.\n")
    assert found["Simran"][0] == "person"
    assert found["Tavia"][0] == "person"


def test_a_name_after_a_person_or_a_role_and_at_or_of_is_where_they_work() -> None:
    text = ("Rates will fall further, said Maya Kowal, chief economist at Halvard Capital Markets.\n\n"
            "Royce Mendes of Desjardins said he expects two more cuts.\n")
    found = actors(text)
    assert found["Halvard Capital Markets"][0] == "organisation"
    assert found["Desjardins"][0] == "organisation"
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == \
        [("Maya Kowal", "indirect"), ("Royce Mendes", "indirect")]


def test_the_company_is_never_the_firm_an_analyst_works_at() -> None:
    text = ("Nordvik Telecom cut its debt by half last year.\n\n"
            '"That gives them room to invest," said Ann Weir, an analyst at Halvard Brokers.\n\n'
            "The company said it would resume paying a dividend.\n")
    assert [q.speaker for q in extract(text).quotes if q.kind == "indirect"] == ["Nordvik Telecom"]


def test_a_role_modifier_after_a_bodys_name_opens_the_role() -> None:
    found = actors("Wabaskang Tribal Council Grand Chief Ada Morin said the talks had failed.\n")
    assert found["Wabaskang Tribal Council"][0] == "organisation"
    assert found["Ada Morin"][0] == "person"
    assert "Wabaskang Tribal Council Grand" not in found


def test_a_judges_title_after_a_courts_name_or_opening_a_sentence_titles_the_judge() -> None:
    found = actors("Superior Court Justice Maria Lindqvist ruled on Friday.\n\n"
                   "Justice Helen Okafor said the warrant was sound.\n")
    assert found["Superior Court"][0] == "organisation"
    assert found["Maria Lindqvist"][0] == "person"
    assert found["Helen Okafor"][0] == "person"


def test_a_union_local_keeps_its_number_and_a_cut_name_is_no_role() -> None:
    found = actors("United Brewery and Hospitality Workers Union Local 2207 president Tom Vick said "
                   "talks had stalled.\n\nMembers of Dockworkers Local 88 voted on Sunday.\n")
    assert found["Dockworkers Local 88"][0] == "organisation"
    assert found["Tom Vick"][0] == "person"
    assert found["Tom Vick"][2] == ["president"]


def test_a_body_named_by_its_fields_before_a_country_or_province() -> None:
    text = ("Officials at Forestry and Mines Canada declined to comment.\n\n"
            "Tourism Nova Scotia said bookings were up by a third.\n\n"
            "The Ministry of Housing and Universities said in an email it would review the plan.\n\n"
            "The boards of Halden Bank and Norvik Trust met on Monday.\n")
    found = actors(text)
    for body in ("Forestry and Mines Canada", "Tourism Nova Scotia", "Ministry of Housing and Universities",
                 "Halden Bank", "Norvik Trust"):
        assert found[body][0] == "organisation", body
    assert "Halden Bank and Norvik Trust" not in found


def test_a_speaking_name_with_a_title_case_preposition_is_a_body() -> None:
    found = actors("Parents Against Speeding Trucks said the sentence sends a message.\n\n"
                   "Nurses Without Frontiers said the clinic was hit twice overnight.\n")
    assert found["Parents Against Speeding Trucks"][0] == "organisation"
    assert found["Nurses Without Frontiers"][0] == "organisation"


def test_saints_places_and_a_dateline_in_capitals_are_named_as_the_text_names_them() -> None:
    text = ("ST. CATHARINES, Ont. — A fire closed a bottling plant in St. Catharines on Monday.\n\n"
            "KESWICK FALLS, Ont. — Crews in Keswick Falls cleared the road.\n\n"
            "Firefighter Jean St. Pierre said the fire started in a storeroom. Shares of the "
            "bottler fell, the FT. But Rowan Ellery said the plant would reopen.\n")
    found = actors(text)
    assert found["St. Catharines"][0] == "place" and "ST. CATHARINES" in found["St. Catharines"][1]
    assert found["Keswick Falls"][0] == "place" and "KESWICK FALLS" in found["Keswick Falls"][1]
    assert found["Jean St. Pierre"][0] == "person"
    assert found["Rowan Ellery"][0] == "person"
    assert not any(name.startswith(("ST.", "FT.")) for name in found)
