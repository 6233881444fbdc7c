"""`lede eval tokenize` and `lede eval doc` on small gold files written by the tests."""

import json
import unittest

from cli_support import PERFECT_CONLLU, run, LedeTestCase


class EvalTest(LedeTestCase):
    PERFECT = PERFECT_CONLLU

    # Gold that the tokenizer cannot match: "ab" as two words.
    IMPERFECT = (
        "# sent_id = x-1\n"
        "# text = ab cd.\n"
        "1\ta\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n"
        "2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n"
        "3\tcd\tcd\tX\tX\t_\t1\tdep\t_\tSpaceAfter=No\n"
        "4\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
        "\n"
    )

    def evaluate(self, content):
        path = self.write("gold.conllu", content)
        proc = run(["eval", "tokenize", "--data", str(path)])
        self.assertExitedCleanly(proc)
        summary = json.loads(proc.stdout.decode().strip().split("\n")[-1])
        for key in ("tokens", "sentences"):
            f1 = summary[key]["f1"]
            self.assertIsInstance(f1, (int, float))
            self.assertGreaterEqual(f1, 0)
            self.assertLessEqual(f1, 100)
        return summary

    def test_perfect_snippet_scores_100(self):
        summary = self.evaluate(self.PERFECT)
        self.assertEqual(summary["tokens"]["f1"], 100)
        self.assertEqual(summary["sentences"]["f1"], 100)
        self.assertEqual(summary["tokens"]["gold"], 14)
        self.assertEqual(summary["sentences"]["gold"], 2)

    def test_imperfect_snippet_scores_less(self):
        summary = self.evaluate(self.IMPERFECT)
        self.assertLess(summary["tokens"]["f1"], 100)
        self.assertGreater(summary["tokens"]["f1"], 0)
        self.assertEqual(summary["sentences"]["f1"], 100)

    def test_directory_of_files(self):
        self.write("one.conllu", self.PERFECT)
        self.write("two.conllu", self.IMPERFECT)
        self.write("ignored.txt", "not a treebank")
        proc = run(["eval", "tokenize", "--data", str(self.tmp)])
        self.assertExitedCleanly(proc)
        summary = json.loads(proc.stdout.decode().strip().split("\n")[-1])
        self.assertEqual(summary["tokens"]["gold"], 14 + 4)


class EvalDocTest(LedeTestCase):
    """`lede eval doc`: mentions of lede/1 gold articles scored per type (exact UTF-16 span and type)."""

    # Written for this test: rules and the title lexicon find every mention, with or without a model.
    # "€" is one UTF-16 unit and three UTF-8 bytes, so byte offsets would miss the spans after it.
    TEXT = "Prices rose €5 on Monday. Foreign Minister Sara Lind said 7% more."

    def gold(self, mentions):
        spans = []
        for text, kind in mentions:
            start = self.TEXT.index(text)
            spans.append({"id": len(spans), "start": start, "end": start + len(text), "text": text,
                          "type": kind, "entity": None})
        return {"schema": "lede/1", "id": "t", "date": "2024-06-13", "offsets": "utf16", "text": self.TEXT,
                "mentions": spans, "entities": []}

    def evaluate(self, *documents):
        for i, document in enumerate(documents):
            self.write(f"{i:02d}.json", json.dumps(document, ensure_ascii=False))
        proc = run(["eval", "doc", "--data", str(self.tmp), "--no-model"])
        self.assertExitedCleanly(proc)
        return json.loads(proc.stdout.decode().strip().split("\n")[-1])

    def test_per_type_figures(self):
        summary = self.evaluate(self.gold([("€5", "MONEY"), ("Monday", "DATE"), ("Foreign Minister", "TITLE"),
                                           ("Sara Lind", "PERSON"), ("7%", "PERCENT")]))
        self.assertEqual(summary["task"], "doc")
        self.assertEqual(summary["documents"], 1)
        for kind in ("MONEY", "DATE", "PERCENT", "TITLE", "PERSON"):
            figures = summary["types"][kind]
            self.assertEqual((figures["gold"], figures["f1"]), (1, 100), kind)
        self.assertEqual(summary["micro"]["gold"], 5)
        self.assertEqual(summary["names"]["gold"], 2)            # TITLE and PERSON
        self.assertEqual(summary["conll2003"]["PER"]["gold"], 1)  # TITLE maps to no CoNLL type
        self.assertEqual(summary["conll2003"]["micro"]["gold"], 1)

    def test_wrong_type_and_span_count_against(self):
        summary = self.evaluate(self.gold([("Prices", "ORG"), ("Minister", "TITLE")]))
        self.assertEqual(summary["types"]["ORG"]["f1"], 0)
        self.assertEqual(summary["types"]["TITLE"]["recall"], 0)
        self.assertLess(summary["micro"]["precision"], 100)

    def test_date_values_and_quotes_scored(self):
        document = self.gold([("Monday", "DATE"), ("Sara Lind", "PERSON")])
        document["entities"] = [{"id": 0, "type": "PERSON", "name": "Sara Lind", "mentions": [1], "titles": []}]
        document["mentions"][1]["entity"] = 0
        document["dates"] = [{"mention": 0, "value": "2024-06-10", "end": None}]
        start = self.TEXT.index("7% more")
        document["quotes"] = [{"start": start, "end": start + 7, "speaker": 0, "speaker_text": None, "indirect": True}]
        summary = self.evaluate(document)
        self.assertEqual(summary["date_values"]["gold"], 1)
        self.assertEqual(summary["date_values"]["accuracy"], 100)  # Thursday 13 June: the nearest Monday
        self.assertEqual(summary["quotes"]["gold"], 1)
        document["dates"][0]["value"] = "2024-06-17"
        self.assertEqual(self.evaluate(document)["date_values"]["accuracy"], 0)

    def test_relations_scored(self):
        # The role of "Foreign Minister Sara Lind" needs no parser: the title is attached to the name.
        document = self.gold([("Foreign Minister", "TITLE"), ("Sara Lind", "PERSON")])
        document["entities"] = [{"id": 0, "type": "PERSON", "name": "Sara Lind", "mentions": [0, 1],
                                 "titles": ["Foreign Minister"]}]
        for mention in document["mentions"]:
            mention["entity"] = 0
        document["relations"] = [{"id": 0, "type": "role", "subject": 0, "object": None, "title": "Foreign Minister"}]
        summary = self.evaluate(document)
        self.assertEqual(summary["relations"]["documents"], 1)
        role = summary["relations"]["types"]["role"]
        self.assertEqual((role["gold"], role["predicted"], role["f1"]), (1, 1, 100))
        self.assertEqual(summary["relations"]["micro"]["gold"], 1)
        document["relations"][0]["title"] = "Finance Minister"
        self.assertEqual(self.evaluate(document)["relations"]["types"]["role"]["f1"], 0)
        # --errors names both sides of the miss, by the gold entity's name.
        self.write("00.json", json.dumps(document, ensure_ascii=False))
        proc = run(["eval", "doc", "--data", str(self.tmp), "--no-model", "--errors", "5"])
        self.assertExitedCleanly(proc)
        lines = [line.strip() for line in proc.stdout.decode().splitlines() if line.strip().startswith("relation ")]
        self.assertIn("relation spurious role(Sara Lind, foreign minister, -)", [l.rsplit(" ", 1)[0] for l in lines])
        self.assertIn("relation missed   role(Sara Lind, finance minister, -)", [l.rsplit(" ", 1)[0] for l in lines])

    def test_entity_clusters_scored(self):
        # Without a model the title lexicon joins "Foreign Minister" to "Sara Lind": one predicted entity.
        document = self.gold([("Foreign Minister", "TITLE"), ("Sara Lind", "PERSON"), ("Monday", "DATE")])
        for mention in document["mentions"][:2]:
            mention["entity"] = 0
        clusters = self.evaluate(document)["clusters"]
        self.assertEqual((clusters["mentions"], clusters["detected"]), (2, 2))  # the DATE has no entity
        b3, muc = clusters["b3"], clusters["muc"]
        self.assertEqual((b3["precision"], b3["recall"], muc["recall"]), (100, 100, 100))
        # A gold that keeps them apart: the predicted entity merges two, B-cubed precision drops.
        document["mentions"][1]["entity"] = 1
        clusters = self.evaluate(document)["clusters"]
        self.assertEqual((clusters["b3"]["precision"], clusters["b3"]["recall"]), (50, 100))

    def test_document_date_found_without_the_given_date(self):
        counts = ("documents", "found", "right")

        def dates_of(summary, kind=None):
            section = summary["document_dates"] if kind is None else summary["document_dates"][kind]
            return tuple(section[key] for key in counts)

        document = self.gold([("Monday", "DATE")])
        summary = self.evaluate(document)
        self.assertEqual(dates_of(summary), (1, 0, 0))
        self.assertEqual(dates_of(summary, "not_stated"), (1, 0, 0))
        dated = "Updated June 13, 2024\n\n"
        document["text"] = dated + self.TEXT
        for mention in document["mentions"]:
            mention["start"] += len(dated)
            mention["end"] += len(dated)
        self.assertEqual(summary["date_values"]["accuracy"], self.evaluate(document)["date_values"]["accuracy"])
        self.assertEqual(self.evaluate(document)["document_dates"]["right"], 1)
        # The gold's own DATE value for the stamp says the text states its date in full.
        document["mentions"].append({"id": 1, "start": 8, "end": 21, "text": "June 13, 2024", "type": "DATE",
                                     "entity": None})
        document["dates"] = [{"mention": 1, "value": "2024-06-13", "end": None}]
        summary = self.evaluate(document)
        self.assertEqual(dates_of(summary, "stated_in_full"), (1, 1, 1))
        self.assertEqual(dates_of(summary, "not_stated"), (0, 0, 0))
        document["date"] = "2024-06-14"
        self.assertEqual(summary["document_dates"]["found_percent"], 100)
        self.assertEqual(dates_of(self.evaluate(document)), (1, 1, 0))

    def test_document_date_stated_without_its_year_found_as_a_reader_would(self):
        # Read some days after it came out, "Dec 3" is the latest Dec 3 on or before that day.
        line = "NAIROBI, Dec 3 (Reuters) - "
        document = self.gold([("Monday", "DATE")])
        document["text"] = line + self.TEXT
        document["date"] = "2024-12-03"
        for mention in document["mentions"]:
            mention["start"] += len(line)
            mention["end"] += len(line)
        document["mentions"].append({"id": 1, "start": 9, "end": 14, "text": "Dec 3", "type": "DATE", "entity": None})
        document["dates"] = [{"mention": 1, "value": "2024-12-03", "end": None}]
        summary = self.evaluate(document)
        self.assertEqual((summary["document_dates"]["stated_without_year"]["documents"],
                          summary["document_dates"]["stated_without_year"]["right"]), (1, 1))

    def test_requires_data(self):
        self.assertUsageError(run(["eval", "doc"]), "--data")

    def test_listed_in_help(self):
        proc = run(["eval", "--help"])
        self.assertExitedCleanly(proc)
        self.assertIn("doc", proc.stdout.decode())


if __name__ == "__main__":
    unittest.main()
