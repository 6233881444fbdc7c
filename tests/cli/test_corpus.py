"""`lede corpus summarize` (issue 22): entities merged across JSONL results by type + canonical name,
as CSV or GEXF; error lines skipped and counted, other bad lines named; bounded by entities, not documents."""

import csv
import io
import json
import xml.etree.ElementTree as ET
import unittest

from cli_support import run, LedeTestCase

DOCUMENTS = [
    {"id": 1, "text": "Angela Merkel met Emmanuel Macron in Paris on Monday."},
    {"id": 2, "text": "Angela Merkel later flew to Berlin, where she met Olaf Scholz."},
    {"id": 3, "text": "Olaf Scholz and Angela Merkel spoke in Berlin. Merkel said the talks went well."},
]


class CorpusSummarizeTest(LedeTestCase):
    def results(self, documents=DOCUMENTS):
        proc = run(["analyze", "--jsonl"], ("\n".join(json.dumps(d) for d in documents) + "\n").encode())
        self.assertExitedCleanly(proc)
        return proc.stdout

    def test_csv_merges_entities_across_documents(self):
        results = self.results()
        proc = run(["corpus", "summarize", str(self.write("results.jsonl", results))])
        self.assertExitedCleanly(proc)
        rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
        by_key = {(r["type"], r["name"]): r for r in rows}
        # Expected from the results themselves: for each (type, name), the documents and mentions.
        expected = {}
        for line in results.splitlines():
            seen = set()
            for entity in json.loads(line)["entities"]:
                key = (entity["type"], entity["name"])
                articles, mentions = expected.get(key, (0, 0))
                expected[key] = (articles + (key not in seen), mentions + len(entity["mentions"]))
                seen.add(key)
        self.assertEqual({k: (int(r["articles"]), int(r["mentions"])) for k, r in by_key.items()}, expected)
        self.assertEqual(by_key[("PERSON", "Angela Merkel")]["articles"], "3")
        self.assertEqual(rows[0]["name"], "Angela Merkel")  # the most widespread first
        self.assertIn("3 documents", proc.stderr.decode())

    def test_gexf_pairs_entities_named_together(self):
        proc = run(["corpus", "summarize", "--format", "gexf"], self.results())
        self.assertExitedCleanly(proc)
        root = ET.fromstring(proc.stdout)
        ns = {"g": "http://gexf.net/1.3"}
        labels = {n.get("id"): n.get("label") for n in root.iterfind(".//g:node", ns)}
        edges = {frozenset((labels[e.get("source")], labels[e.get("target")])): float(e.get("weight"))
                 for e in root.iterfind(".//g:edge", ns)}
        self.assertEqual(edges[frozenset(("Angela Merkel", "Olaf Scholz"))], 2.0)

    def test_error_lines_are_skipped_and_bad_lines_named(self):
        results = self.results()
        lines = results.decode().splitlines()
        mixed = "\n".join([lines[0], '{"id": 9, "error": "invalid JSON"}', "{not json", lines[1],
                           '{"id": 4, "schema": "lede/1"}']) + "\n"
        proc = run(["corpus", "summarize"], mixed.encode())
        self.assertExitedCleanly(proc, 1)
        stderr = proc.stderr.decode()
        self.assertIn("-:3: not JSON", stderr)
        self.assertIn("-:5:", stderr)
        self.assertIn("2 documents", stderr)
        self.assertIn("1 error lines", stderr)

    def test_usage(self):
        self.assertUsageError(run(["corpus", "summarize", "--format", "xml"], b""), "--format")
        self.assertUsageError(run(["corpus", "tally"], b""), "tally")


if __name__ == "__main__":
    unittest.main()
