"""`lede analyze --format csv|brat|displacy|gexf` and `lede export`: each format checked by its own rules
(CSV through Python's csv reader, brat offsets against the text, GEXF through an XML parser, displaCy's
manual format), and a saved result exports to the same bytes as a fresh analysis."""

import csv
import io
import json
import unittest
import xml.etree.ElementTree as ElementTree

from cli_support import NEWS, Slicer, run, LedeTestCase

# Written for these tests: an emoji before the names (UTF-16 and code point offsets differ), a name with a
# comma, quotes and a line break, for the formats' edge cases.
STORY = (
    "\U0001F4F0 OSLO, March 3, 2024 (Reuters) - Foreign Minister Anna Berg met Chinese President Xi Jinping "
    "in Beijing on Tuesday, the ministry said.\n\n"
    "\"We agreed on trade, fishing and \"green\" shipping,\" Berg told reporters. Acme, Inc. and the\n"
    "World Bank sent observers.\n"
)
FORMATS = ["csv", "csv-mentions", "csv-relations", "csv-quotes", "brat", "displacy", "gexf"]


class ExportTest(LedeTestCase):
    def analyzed(self, text=STORY):
        path = self.write("story.txt", text)
        proc = run(["analyze", str(path)])
        self.assertExitedCleanly(proc)
        return path, json.loads(proc.stdout)

    def exported(self, args, code=0):
        proc = run(args)
        self.assertExitedCleanly(proc, code)
        return proc.stdout.decode("utf-8")

    def test_a_saved_result_exports_as_the_fresh_analysis_does(self):
        path, result = self.analyzed()
        saved = self.write("result.json", json.dumps(result))
        for fmt in FORMATS:
            with self.subTest(format=fmt):
                fresh = self.exported(["analyze", "--format", fmt, str(path)])
                again = self.exported(["export", "--format", fmt, "--text", str(path), str(saved)])
                self.assertEqual(fresh, again)
                self.assertTrue(fresh)

    def test_csv_tables_round_trip_through_a_csv_reader(self):
        path, result = self.analyzed()
        entities = list(csv.reader(io.StringIO(self.exported(["analyze", "--format", "csv", str(path)]), newline="")))
        self.assertEqual(entities[0], ["id", "type", "name", "mentions", "salience", "titles"])
        self.assertEqual(len(entities) - 1, len(result["entities"]))
        for row, entity in zip(entities[1:], result["entities"]):
            self.assertEqual(row[:4], [str(entity["id"]), entity["type"], entity["name"], str(len(entity["mentions"]))])
            self.assertEqual(row[5], "; ".join(entity["titles"]))
        mentions = list(csv.DictReader(io.StringIO(self.exported(["analyze", "--format", "csv-mentions", str(path)]),
                                                   newline="")))
        self.assertEqual([m["text"] for m in mentions], [m["text"] for m in result["mentions"]])
        # A name with a comma is quoted, and reads back whole.
        self.assertIn("Acme, Inc.", [m["text"] for m in mentions])
        relations = list(csv.DictReader(io.StringIO(self.exported(["analyze", "--format", "csv-relations", str(path)]),
                                                    newline="")))
        self.assertEqual(len(relations), len(result["relations"]))
        for row, relation in zip(relations, result["relations"]):
            self.assertEqual(row["subject_name"], result["entities"][relation["subject"]]["name"])
            self.assertEqual(row["predicate"], relation["predicate"])
        quotes = list(csv.DictReader(io.StringIO(self.exported(["analyze", "--format", "csv-quotes", str(path)]),
                                                 newline="")))
        self.assertEqual(len(quotes), len(result["quotes"]))
        # The quote's words are its span of the text (the result's offsets are UTF-16 units).
        slicer = Slicer(STORY.encode("utf-8"), "utf16")
        self.assertTrue(quotes)
        for row in quotes:
            self.assertEqual(row["text"], slicer(int(row["start"]), int(row["end"])))

    def test_brat_offsets_give_the_mention_text_in_code_points(self):
        path, result = self.analyzed()
        ann = self.exported(["analyze", "--format", "brat", str(path)])
        lines = ann.splitlines()
        spans = [line for line in lines if line.startswith("T")]
        self.assertEqual(len(spans), len(result["mentions"]))
        for line in spans:
            label, type_and_offsets, words = line.split("\t")
            fragments = [tuple(map(int, f.split())) for f in type_and_offsets.split(" ", 1)[1].split(";")]
            self.assertEqual(" ".join(STORY[start:end] for start, end in fragments), words, line)
            for start, end in fragments:
                self.assertNotIn("\n", STORY[start:end])
        mention_labels = {line.split("\t")[0] for line in spans}
        relations = [line for line in lines if line.startswith("R")]
        typed = [r for r in result["relations"] if r["type"] != "open" and r["subject_mention"] is not None
                 and r["object_mention"] is not None]
        self.assertEqual(len(relations), len(typed))
        for line in relations:
            _, args = line.split("\t")
            kind, arg1, arg2 = args.split(" ")
            self.assertIn(arg1.split(":")[1], mention_labels)
            self.assertIn(arg2.split(":")[1], mention_labels)
        notes = [line for line in lines if line.startswith("#")]
        self.assertTrue(all("AnnotatorNotes T" in note for note in notes))

    def test_displacy_is_the_manual_render_format_in_code_points(self):
        path, result = self.analyzed()
        doc = json.loads(self.exported(["analyze", "--format", "displacy", str(path)]))
        self.assertEqual(sorted(doc), ["ents", "text", "title"])
        self.assertEqual(doc["text"], STORY)
        names = [m for m in result["mentions"] if not m.get("pronoun")]
        self.assertEqual([doc["text"][e["start"]:e["end"]] for e in doc["ents"]], [m["text"] for m in names])
        self.assertEqual([e["label"] for e in doc["ents"]], [m["type"] for m in names])
        self.assertEqual(doc["ents"], sorted(doc["ents"], key=lambda e: e["start"]))

    def test_gexf_is_well_formed_and_holds_the_entities_and_relations(self):
        path, result = self.analyzed()
        root = ElementTree.fromstring(self.exported(["analyze", "--format", "gexf", str(path)]).encode("utf-8"))
        ns = {"g": "http://gexf.net/1.3"}
        self.assertEqual(root.get("version"), "1.3")
        nodes = root.findall("g:graph/g:nodes/g:node", ns)
        self.assertEqual([n.get("label") for n in nodes], [e["name"] for e in result["entities"]])
        node_ids = {n.get("id") for n in nodes}
        edges = root.findall("g:graph/g:edges/g:edge", ns)
        self.assertEqual(len({e.get("id") for e in edges}), len(edges))
        for edge in edges:
            self.assertIn(edge.get("source"), node_ids)
            self.assertIn(edge.get("target"), node_ids)
        relation_edges = [e for e in edges if e.get("id").startswith("r")]
        drawable = [r for r in result["relations"] if r["object"] is not None and r["object"] != r["subject"]]
        self.assertEqual(len(relation_edges), len(drawable))
        cooccurrence = [e for e in edges if e.get("type") == "undirected"]
        self.assertTrue(cooccurrence)
        self.assertTrue(all(int(e.get("weight")) >= 1 for e in cooccurrence))

    def test_bad_input_gets_a_clear_error_and_no_output(self):
        path, result = self.analyzed()
        cases = {
            "not JSON": (b"{oops", "is not JSON"),
            "a foreign JSON": (json.dumps({"entities": []}).encode(), "not a lede/1 result"),
            "a broken reference": (json.dumps({**result, "mentions": [{**result["mentions"][0], "entity": 999}]
                                               + result["mentions"][1:]}).encode(), "entity 999 does not exist"),
            "a wrong type": (json.dumps({**result, "relations": "none"}).encode(), "is not an array"),
        }
        for name, (content, message) in cases.items():
            with self.subTest(case=name):
                saved = self.write("bad.json", content)
                proc = run(["export", "--format", "csv", str(saved)])
                self.assertExitedCleanly(proc, 1)
                self.assertEqual(proc.stdout, b"")
                self.assertIn(message, proc.stderr.decode())
        saved = self.write("result.json", json.dumps(result))
        proc = run(["export", "--format", "brat", str(saved)])  # UTF-16 offsets and no text
        self.assertExitedCleanly(proc, 1)
        self.assertIn("give the analyzed text", proc.stderr.decode())
        self.assertUsageError(run(["export", "--format", "xlsx", str(saved)]), "--format")
        self.assertUsageError(run(["analyze", "--format", "brat", "--jsonl", str(path)]), "one text document")
        self.assertUsageError(run(["analyze", "--format", "gexf", str(path), str(path)]), "one document at a time")

    def test_export_reads_standard_input_and_code_point_results_need_no_text(self):
        path = self.write("news.txt", NEWS)
        proc = run(["analyze", "--offsets", "codepoint", str(path)])
        self.assertExitedCleanly(proc)
        ann = run(["export", "--format", "brat"], stdin=proc.stdout)
        self.assertExitedCleanly(ann)
        self.assertEqual(ann.stdout, run(["analyze", "--format", "brat", str(path)]).stdout)


if __name__ == "__main__":
    unittest.main()
