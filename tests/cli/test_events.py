"""Quotes, speakers, normalized dates and the timeline in `lede analyze` output."""

import json
import unittest

from cli_support import NEWS_BYTES, REPO, run, Slicer, LedeTestCase


class EventsTest(LedeTestCase):
    """Quotes with their speakers, normalized dates, relation and quote dates, the timeline."""

    def test_quote_and_speaker(self):
        result = self.analyze(["--date", "2018-04-25"], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES)
        slice_text = Slicer(NEWS_BYTES, "utf16")
        direct = [q for q in result["quotes"] if not q["indirect"]]
        self.assertEqual([slice_text(q["start"], q["end"]) for q in direct], ["We will keep talking"])
        speaker = result["entities"][direct[0]["speaker"]]
        self.assertEqual(speaker["name"], "Tariq Hameed")
        self.assertEqual(direct[0]["speaker_text"], "Hameed")

    def analyzed_story(self, text):
        """The result of `text` (a str), checked against the schema and the text."""
        data = text.encode()
        result = self.analyze([], data)
        self.assertValidResult(result, data)
        return result

    @staticmethod
    def source(words, quote):
        """The words that name a quote's source in the text (its speaker mention, or the unnamed phrase)."""
        return words(quote["speaker_start"], quote["speaker_end"])

    def quotes_by_words(self, text):
        """The result of `text`, a slicer of its UTF-16 offsets, and its quotes keyed by their words."""
        result = self.analyzed_story(text)
        words = Slicer(text.encode(), "utf16")
        return result, words, {words(q["start"], q["end"]): q for q in result["quotes"]}

    @staticmethod
    def entity_name(result, index):
        return result["entities"][index]["name"]

    def speaker_name(self, result, pick):
        """The entity name of the speaker of the first quote that `pick` selects."""
        return self.entity_name(result, next(q for q in result["quotes"] if pick(q))["speaker"])

    def test_a_pronoun_continuing_the_latest_subject_speaks_for_it(self):
        stories = [
            # Sharif, named four times just before, is not the "He" that continues Raza's sentence.
            ("Nawaz Sharif opened the session, and Sharif praised the army. Sharif thanked the judges, and "
             "Sharif left early. Asif Raza thanked the delegates and said the deal was done. He said that "
             "talks would resume.", "Asif Raza"),
            # The parse makes the title the subject and the name its modifier; "He" continues that subject,
            # not the person quoted two sentences before.
            ('Finance minister Bola Adeyemi spoke first. "We cannot keep spending money we do not have," '
             'Adeyemi told reporters. "The reforms are painful but necessary." Labour leader Chinedu Okoro '
             "rejected the plan. He said the cuts would hurt the poorest families first.", "Chinedu Okoro"),
        ]
        for story, speaker in stories:
            with self.subTest(speaker=speaker):
                result = self.analyzed_story(story)
                self.assertEqual(self.speaker_name(result, lambda q: q["speaker_text"] == "He"), speaker)

    def test_the_pronoun_after_a_quote_continues_the_latest_subject(self):
        # A dev gold article (tests/gold, not held out): Mehmood, named five times, and Qureshi competed
        # with Thorburn for the "he" of the attribution, which continues Thorburn's sentence.
        text = json.loads((REPO / "tests" / "gold" / "03-sport-cricket.json").read_text(encoding="utf-8"))["text"]
        result = self.analyzed_story(text)
        words = Slicer(text.encode(), "utf16")
        self.assertEqual(self.speaker_name(result, lambda q: "30 runs short" in words(q["start"], q["end"])),
                         "Ian Thorburn")

    def test_speakers_in_apposition_conjoined_verbs_and_participles(self):
        text = ("Bambang Sutrisno denied wrongdoing. \u201cI never sold a single permit,\u201d he said. His lawyer, "
                "Maria Siregar, said the case was politically motivated.\n\n"
                "Leader of the Opposition Umar Farooq Khattak called it \u201ca budget written in Washington, not in "
                "Islamabad\u201d and said his party would vote against it.\n\n"
                "\u201cWe expect the Afghan Taliban to act,\u201d the spokesperson said, adding that patience was "
                "running out.")
        result, words, said = self.quotes_by_words(text)
        # The name in apposition speaks, not the possessive before it ("His" is Sutrisno).
        self.assertEqual(self.entity_name(result, said["the case was politically motivated"]["speaker"]),
                         "Maria Siregar")
        # "called it \u201c...\u201d and said": the quote is no subject; the verbs share Khattak.
        self.assertEqual(self.entity_name(result, said["his party would vote against it"]["speaker"]),
                         "Umar Farooq Khattak")
        # "said, adding that ...": the participle's claim is the same speaker's, parse or no parse.
        self.assertEqual(self.source(words, said["patience was running out"]), "the spokesperson")

    def test_joined_names_a_participles_agents_and_the_company(self):
        text = ("Two of Nigeria\u2019s mid-sized lenders, Harbourline Bank and Sahel Trust Bank, said on Monday they "
                "would merge.\n\n"
                "Indian chip designer Vyom Semiconductors unveiled its first processor on Thursday. The company, "
                "founded in 2019 by two former Intel engineers, Priya Raghunathan and Karthik Subramanian, said the "
                "chip would ship next year.\n\n"
                "The union, led by Amina Yusuf, said the strike would go on.")
        result, words, said = self.quotes_by_words(text)
        # Joined names speak together; the first named stands for them (the gold articles' convention).
        self.assertEqual(self.entity_name(result, said["they would merge"]["speaker"]), "Harbourline Bank")
        # Names in a participle's phrase are its agents, not the speaker; "The company" is the one just named.
        self.assertEqual(self.entity_name(result, said["the chip would ship next year"]["speaker"]),
                         "Vyom Semiconductors")
        # A public body's noun stands only for a body of that name, never for the company just named.
        result2, _, said2 = self.quotes_by_words(
            "Transport Minister Ingrid Solberg signed a deal with Nordhavn Shipping on Tuesday. Each ferry will "
            "carry 600 passengers, the ministry said.\n\n"
            "Indonesia\u2019s Corruption Eradication Commission (KPK) named a suspect. The commission said he "
            "would be summoned.")
        self.assertIsNone(said2["Each ferry will carry 600 passengers"]["speaker"])
        self.assertEqual(self.entity_name(result2, said2["he would be summoned"]["speaker"]),
                         "Corruption Eradication Commission")
        strike = said["the strike would go on"]
        self.assertIsNone(strike["speaker"])
        self.assertEqual(self.source(words, strike), "The union")

    def test_whose_source_a_possessive_or_a_long_description_says_and_the_judge(self):
        text = ("Maria Siregar was absent on Monday. Her spokesman said she was ill.\n\n"
                "A source at the commission, who spoke on condition of anonymity because he was not authorised to "
                "speak to the press, said investigators had traced the money.\n\n"
                "An official, who asked not to be named, said the audit was over.\n\n"
                "Justice Inyang Ekwo adjourned the case until March 3. The judge said she would rule then.\n\n"
                "The charity Care4Calais, one of the claimants, said it would appeal.")
        result, words, said = self.quotes_by_words(text)
        # A possessive is whose source it is, not the source: an unnamed spokesman, not Siregar.
        self.assertIsNone(said["she was ill"]["speaker"])
        self.assertEqual(self.source(words, said["she was ill"]),
                         "Her spokesman")
        # A long relative clause belongs to the source before it; "asked not to be named" reports nothing.
        traced = said["investigators had traced the money"]
        self.assertEqual(self.source(words, traced), "A source at the commission")
        self.assertEqual(set(said), {"she was ill", "investigators had traced the money", "the audit was over",
                                     "she would rule then", "it would appeal"})
        # An unnamed source is named as a reader would, without the comma that closed its apposition.
        appeal = said["it would appeal"]
        self.assertEqual(self.source(words, appeal),
                         "The charity Care4Calais, one of the claimants")
        # "The judge" is the Justice just named.
        self.assertEqual(self.entity_name(result, said["she would rule then"]["speaker"]), "Inyang Ekwo")

    def test_a_title_after_the_name_a_persons_office_and_unnamed_titles(self):
        text = ("WARSAW \u2014 Poland\u2019s prime minister, Donald Tusk, on Friday accused Russia of sabotage.\n\n"
                "Martin Rapetti, director of the consultancy Equilibra, said the target was \u201cambitious.\u201d\n\n"
                "A spokeswoman for the European Commission said Brussels stood \u201cin full solidarity\u201d with "
                "Poland.\n\n"
                "Tusk\u2019s office said the cabinet would meet on Saturday. Asked about NATO, the prime minister said "
                "it was \u201cnot excluded.\u201d")
        result, words, said = self.quotes_by_words(text)
        # A title after a person's name describes the person; the organization in it does not speak.
        self.assertEqual(self.entity_name(result, said["ambitious."]["speaker"]), "Martin Rapetti")
        # An indefinite title nobody holds is an unnamed source, given by its whole phrase.
        solidarity = said["in full solidarity"]
        self.assertIsNone(solidarity["speaker"])
        self.assertEqual(self.source(words, solidarity),
                         "A spokeswoman for the European Commission")
        # A person's office is not the person; "the prime minister" is the one who holds the title.
        self.assertIsNone(said["the cabinet would meet on Saturday"]["speaker"])
        self.assertEqual(self.entity_name(result, said["not excluded."]["speaker"]), "Donald Tusk")

    def test_words_quoted_in_a_clause_and_sources_after_the_claim(self):
        text = ("Army commander Abdel Fattah al-Burhan vowed to \u201ccrush the rebellion\u201d, according to state "
                "television.\n\n"
                "Fighting spread to the outskirts of El Fasher on Monday, residents and aid workers said.")
        result, words, said = self.quotes_by_words(text)
        # The quoted words are the vow's; "according to" sources the report around them.
        self.assertEqual(self.entity_name(result, said["crush the rebellion"]["speaker"]), "Abdel Fattah al-Burhan")
        # Joined unnamed sources after the claim's comma speak together.
        fighting = said["Fighting spread to the outskirts of El Fasher on Monday"]
        self.assertEqual(self.source(words, fighting), "residents and aid workers")

    def test_a_defined_title_acronym_stands_for_its_holder(self):
        result = self.analyzed_story('Chief of Army Staff (COAS) General Asim Munir met the delegation. Later, the '
                                     'COAS was presented a guard of honour. "We are ready," the COAS said.')
        names = {m["text"]: self.entity_name(result, m["entity"]) for m in result["mentions"]}
        self.assertEqual(names["Chief of Army Staff"], "Asim Munir")
        self.assertEqual(names["COAS"], "Asim Munir")
        self.assertEqual(self.speaker_name(result, lambda q: not q["indirect"]), "Asim Munir")

    def test_a_title_heading_an_organization_links_its_later_forms_to_the_holder(self):
        result = self.analyzed_story('The commander of the Russian Ground Forces, Colonel General Oleg Salyukov, '
                                     'laid a wreath. "We are ready," the Russian Ground Forces Commander said.')
        by_text = {(m["type"], m["text"]): self.entity_name(result, m["entity"]) for m in result["mentions"]}
        self.assertEqual(by_text[("TITLE", "commander")], "Oleg Salyukov")
        self.assertEqual(by_text[("TITLE", "Commander")], "Oleg Salyukov")
        self.assertEqual(by_text[("ORG", "Russian Ground Forces")], "Russian Ground Forces")
        self.assertEqual(self.speaker_name(result, lambda q: not q["indirect"]), "Oleg Salyukov")
        roles = [(self.entity_name(result, r["subject"]), self.entity_name(result, r["object"]))
                 for r in result["relations"] if r["type"] == "role" and r["object"] is not None]
        self.assertIn(("Oleg Salyukov", "Russian Ground Forces"), roles)

    def test_a_name_in_a_title_holders_place_is_a_person_and_speaks(self):
        # The tagger reads this unfamiliar name as an organization; its title says it is a person.
        result = self.analyzed_story(
            "LAGOS, Nigeria (Reuters) - Nigeria's finance minister, Bola Adeyemi, said on Monday the government "
            'would cut fuel subsidies by half next year. "We cannot keep spending money we do not have," '
            "Adeyemi told reporters in Abuja.")
        holder = next(e for e in result["entities"] if e["name"] == "Bola Adeyemi")
        self.assertEqual(holder["type"], "PERSON")
        self.assertEqual(holder["titles"], ["finance minister"])
        self.assertEqual(self.speaker_name(result, lambda q: not q["indirect"]), "Bola Adeyemi")
        self.assertEqual(self.speaker_name(result, lambda q: q["indirect"]), "Bola Adeyemi")

    def test_a_participle_after_a_comma_speaks_for_its_clauses_subject(self):
        result = self.analyzed_story(
            "Economy minister Luis Caputo defended the budget on Tuesday, telling lawmakers that \"there is no "
            'alternative to balance."')
        self.assertEqual(self.speaker_name(result, lambda q: not q["indirect"]), "Luis Caputo")

    def test_a_description_between_the_speaker_and_the_verb_names_no_speaker(self):
        for text in ["Union boss Hector Daer, who leads the CGT, said his members would march on Thursday.",
                     "Health Secretary Susan Nakhumicha, speaking at a clinic in Kisumu, said the outbreak was "
                     "under control.",
                     "Foreign Minister Anita Sharma, on her first visit to Moscow, said the talks had gone well.",
                     "Economist Andrea Repetto, an adviser at the Adolfo Ibanez University, said the reform was "
                     "a step in the right direction."]:
            with self.subTest(text=text):
                result = self.analyzed_story(text)
                self.assertEqual(self.speaker_name(result, lambda q: q["indirect"]), text.split(",")[0].split()[-2]
                                 + " " + text.split(",")[0].split()[-1])

    def test_a_nationality_standing_for_the_person_just_named_speaks_for_them(self):
        result = self.analyzed_story(
            "Striker Vinicius Santos, who scored the winner in the 88th minute, dedicated the goal to his mother. "
            '"This one is for her," the Brazilian said. "It was never a penalty," said the Basque coach Julen '
            'Etxeberria. "The Spaniards played well," the Germans said.')
        quotes = {q["speaker_text"]: q for q in result["quotes"]}
        self.assertEqual(self.entity_name(result, quotes["the Brazilian"]["speaker"]), "Vinicius Santos")
        self.assertIsNone(quotes["the Brazilian"]["speaker_mention"])
        self.assertEqual(self.entity_name(result, quotes["Julen Etxeberria"]["speaker"]), "Julen Etxeberria")
        self.assertEqual(self.entity_name(result, quotes["Germans"]["speaker"]), "Germans")  # a plural stays

    def test_a_definite_title_without_a_name_speaks_for_its_latest_holder(self):
        result = self.analyzed_story(
            "ISLAMABAD: Federal Minister for Planning Ahsan Iqbal on Thursday chaired a meeting on the corridor. "
            'Speaking on the occasion, the minister said it was a "game changer" for the region. He said that '
            "the government would not allow any delay. Later, Prime Minister Shehbaz Sharif met Chinese investors. "
            "The premier said Pakistan offered the best returns. PTI chairman Gohar Ali Khan criticised the "
            'government. "The people are suffering," the PTI leader said. The spokesman said talks would resume on Monday.')
        quotes = {q["speaker_text"]: q for q in result["quotes"]}
        # "the minister" is a TITLE mention (a title alone after its holder was named), joined to the one
        # minister named before it; the Prime Minister comes later.
        self.assertEqual(self.entity_name(result, quotes["minister"]["speaker"]), "Ahsan Iqbal")
        self.assertEqual(self.entity_name(result, quotes["He"]["speaker"]), "Ahsan Iqbal")
        self.assertEqual(self.entity_name(result, quotes["The premier"]["speaker"]), "Shehbaz Sharif")
        self.assertEqual(self.entity_name(result, quotes["the PTI leader"]["speaker"]), "Gohar Ali Khan")
        self.assertIsNone(quotes["The spokesman"]["speaker"])  # nobody named holds that title

    def test_a_name_modifying_the_source_is_not_the_source(self):
        result = self.analyzed_story("Western observers from the European Union said they had seen no evidence "
                                     "of fraud. Ministry officials said the count would end on Tuesday.")
        self.assertEqual([(q["speaker"], q["speaker_text"]) for q in result["quotes"]],
                         [(None, "Western observers from the European Union"), (None, "Ministry officials")])

    def test_words_quoted_in_an_accusation_are_the_accusers(self):
        result = self.analyzed_story(
            'Opposition leader John Mahama on Saturday accused the electoral commission of "deliberately" '
            'delaying the results. Police chief Kofi Asante blamed the crowd for "a day of shame".')
        self.assertEqual([self.entity_name(result, q["speaker"]) for q in result["quotes"]],
                         ["John Mahama", "Kofi Asante"])

    def test_the_words_of_an_unattached_title_are_no_name(self):
        text = b"The Chief of Army Staff met the delegation in Rawalpindi."
        result = self.analyze([], text)
        self.assertEqual([(m["type"], m["text"]) for m in result["mentions"]], [("GPE", "Rawalpindi")])

    def test_date_values_against_the_document_date(self):
        result = self.analyze(["--date", "2018-04-25"], NEWS_BYTES)
        self.assertEqual(result["date_source"], "option")
        values = {result["mentions"][d["mention"]]["text"]: (d["value"], d["anchor"]) for d in result["dates"]}
        self.assertEqual(values["Tuesday"], ("2018-04-24", "document"))
        self.assertEqual(values["24 April 2018"], ("2018-04-24", "absolute"))
        self.assertEqual(values["last year"], ("2017", "document"))

    def test_without_a_document_date(self):
        result = self.analyze([], NEWS_BYTES)
        self.assertIsNone(result["date"])
        self.assertIsNone(result["date_source"])
        values = {result["mentions"][d["mention"]]["text"]: (d["value"], d["anchor"]) for d in result["dates"]}
        self.assertEqual(values["last year"], ("XXXX", "unknown"))
        self.assertEqual(values["24 April 2018"], ("2018-04-24", "absolute"))

    def test_dateline_gives_the_document_date(self):
        text = "WASHINGTON, April 24, 2018 (Reuters) - The talks ended yesterday.\n".encode()
        result = self.analyze([], text)
        self.assertValidResult(result, text)
        self.assertEqual((result["date"], result["date_source"]), ("2018-04-24", "dateline"))
        values = {result["mentions"][d["mention"]]["text"]: d["value"] for d in result["dates"]}
        self.assertEqual(values["yesterday"], "2018-04-23")

    def test_web_and_print_credit_lines_give_the_document_date(self):
        story = "The minister said on Tuesday that the deficit would fall."
        for text, date, source in [
                ("Mon 4 Mar 2024 13.15 GMT\n\n" + story, "2024-03-04", "dateline"),
                ("Jane Doe · 4 March 2024 · 3 min read\n\n" + story, "2024-03-04", "dateline"),
                (story + "\n\nThis article appeared in print on 5 March 2024.", "2024-03-05", "published"),
                (story + "\n\nA version of this article appears in print on March 5, 2024, Section A, Page 1 of "
                 "the New York edition with the headline: Deficit to Fall.", "2024-03-05", "published")]:
            with self.subTest(text=text):
                result = self.analyze([], text.encode())
                self.assertEqual((result["date"], result["date_source"]), (date, source))
                tuesday = next(d for d in result["dates"] if result["mentions"][d["mention"]]["text"] == "Tuesday")
                self.assertTrue(tuesday["value"].startswith("2024-0"), tuesday)

    def test_update_stamps_and_bylines_with_on_give_the_document_date(self):
        # The tagger read "Updated Dec" as an ORG, which hid the date; "on" stopped the byline.
        story = "The minister said on Tuesday that the deficit would fall."
        for text, date, source in [
                ("Updated Dec. 3, 2024 at 10:15 a.m.\n\n" + story, "2024-12-03", "published"),
                ("Updated December 3, 2024 at 10:15 a.m.\n\n" + story, "2024-12-03", "published"),
                ("By Amina Yusuf on December 3, 2024\n\n" + story, "2024-12-03", "dateline")]:
            with self.subTest(text=text):
                result = self.analyze([], text.encode())
                self.assertEqual((result["date"], result["date_source"]), (date, source))
                self.assertNotIn("ORG", {m["type"] for m in result["mentions"]})

    def test_the_readers_day_gives_a_year_to_a_dateline_without_one(self):
        # Wire copy often states its day without the year; a reader's day (--today) supplies it.
        story = "The minister said on Tuesday that the deficit would fall."
        for text, today, date, source in [
                ("NAIROBI, Dec 3 (Reuters) - " + story, "2024-12-20", "2024-12-03", "dateline"),
                ("LIMA, 3 December (AFP) - " + story, "2025-01-15", "2024-12-03", "dateline"),
                (story + "\n\nPublished in Dawn, December 3rd", "2024-12-02", "2023-12-03", "published")]:
            with self.subTest(text=text):
                self.assertIsNone(self.analyze([], text.encode())["date"])
                result = self.analyze(["--today", today], text.encode())
                self.assertEqual((result["date"], result["date_source"]), (date, source))
                tuesday = next(d for d in result["dates"] if result["mentions"][d["mention"]]["text"] == "Tuesday")
                self.assertEqual(tuesday["anchor"], "document")
        self.assertUsageError(run(["analyze", "--today", "2024-02-30"], b"x"), "--today")

    def test_jsonl_date(self):
        line = json.dumps({"id": 1, "text": "Prices rose last month.", "date": "2021-03-15"})
        proc = run(["analyze", "--jsonl"], line.encode())
        self.assertExitedCleanly(proc)
        result = json.loads(proc.stdout)
        self.assertEqual([d["value"] for d in result["dates"]], ["2021-02"])

    def test_timeline_orders_dated_quotes(self):
        text = ("“We will win,” Nadia Rana said on Friday. “We lost,” Omar Khan said on April 3, 2018. "
                "Rana said on Monday that the vote was fair.").encode()
        result = self.analyze(["--date", "2018-04-25"], text)
        self.assertValidResult(result, text)
        dates = [entry["date"] for entry in result["timeline"]]
        self.assertEqual(dates, ["2018-04-03", "2018-04-20", "2018-04-23"])
        self.assertTrue(all(entry["kind"] == "quote" for entry in result["timeline"]))

    def test_entities_pipeline_has_dates_but_no_quotes(self):
        result = self.analyze(["--pipeline", "entities", "--date", "2018-04-25"], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES)
        self.assertEqual(result["quotes"], [])
        self.assertEqual(result["timeline"], [])
        self.assertTrue(result["dates"])


if __name__ == "__main__":
    unittest.main()
