"""The dependency parse through the CLI: tokens[].head/dep, CoNLL-U HEAD/DEPREL, `lede eval parse`."""

import json
import unittest

from cli_support import RESULT, PERFECT_CONLLU, run, LedeTestCase


class ParseTest(LedeTestCase):
    """The parse stage through the CLI: tokens[].head/dep, CoNLL-U HEAD/DEPREL, lede eval parse."""

    TEXT = ("Russia, China and Iran have endorsed Pakistan's stance. Gen Bajwa held talks with Colonel "
            "General Oleg Salyukov on Tuesday.\n\nThe agreement was signed by both sides.")

    def parsed(self, args=()):
        result = self.analyze(["--tokens", *args], self.TEXT.encode("utf-8"))
        if not any("head" in token for token in result["tokens"]):
            self.skipTest("the default model has no parser")
        return result

    def analyze(self, args, data):
        proc = run(["analyze", *args], data)
        self.assertExitedCleanly(proc)
        result = json.loads(proc.stdout)
        self.assertFalse(list(RESULT.iter_errors(result)))
        return result

    def test_tokens_carry_one_tree_per_sentence(self):
        result = self.parsed()
        tokens = result["tokens"]
        for sentence in result["sentences"]:
            inside = [i for i, t in enumerate(tokens) if sentence["start"] <= t["start"] and t["end"] <= sentence["end"]]
            roots = [i for i in inside if tokens[i]["head"] == -1]
            self.assertEqual(len(roots), 1, sentence)
            self.assertEqual(tokens[roots[0]]["dep"], "root")
            for i in inside:
                head = tokens[i]["head"]
                self.assertTrue(head == -1 or head in inside, (i, head))
                seen, at = set(), i
                while at != -1:  # no cycles: following heads ends at the root
                    self.assertNotIn(at, seen)
                    seen.add(at)
                    at = tokens[at]["head"]
        by_text = {t["text"]: t for t in tokens}
        endorsed = tokens.index(by_text["endorsed"])
        self.assertEqual(by_text["Russia"]["head"], endorsed)
        self.assertEqual(by_text["Russia"]["dep"], "nsubj")
        self.assertEqual(by_text["agreement"]["dep"], "nsubj:pass")

    def test_entities_pipeline_has_no_parse(self):
        self.parsed()
        result = self.analyze(["--tokens", "--pipeline", "entities"], self.TEXT.encode("utf-8"))
        self.assertFalse(any("head" in token or "dep" in token for token in result["tokens"]))

    def test_conllu_output_has_heads_and_relations(self):
        result = self.parsed()
        proc = run(["analyze", "--format", "conllu"], self.TEXT.encode("utf-8"))
        self.assertExitedCleanly(proc)
        blocks = [b for b in proc.stdout.decode("utf-8").split("\n\n") if b.strip()]
        self.assertEqual(len(blocks), len(result["sentences"]))
        position = 0
        for block in blocks:
            rows = [line.split("\t") for line in block.split("\n") if not line.startswith("#")]
            first = position
            for row in rows:
                token = result["tokens"][position]
                expected_head = 0 if token["head"] == -1 else token["head"] - first + 1
                self.assertEqual(int(row[6]), expected_head, row)
                self.assertEqual(row[7], token["dep"])
                self.assertTrue(0 <= int(row[6]) <= len(rows))
                position += 1
        self.assertEqual(position, len(result["tokens"]))

    def test_eval_parse_reports_attachment_scores(self):
        self.parsed()
        path = self.write("gold.conllu", PERFECT_CONLLU)
        for extra in ([], ["--gold-tags"]):
            with self.subTest(extra=extra):
                proc = run(["eval", "parse", "--data", str(path), *extra])
                self.assertExitedCleanly(proc)
                out = proc.stdout.decode()
                self.assertIn("UAS", out)
                summary = json.loads(out.strip().split("\n")[-1])
                self.assertEqual(summary["task"], "parse")
                self.assertEqual(summary["tags"], "gold" if extra else "predicted")
                self.assertEqual(summary["words"], 14)
                for key in ("uas", "las"):
                    self.assertTrue(0 <= summary[key] <= 100)
                self.assertGreaterEqual(summary["uas"], summary["las"])
                for label in ("nsubj", "nsubj:pass", "obj", "obl", "nmod", "appos", "conj", "compound", "flat"):
                    self.assertIn(label, summary["labels"])

    def test_eval_parse_needs_data(self):
        proc = run(["eval", "parse"])
        self.assertUsageError(proc, "--data")


if __name__ == "__main__":
    unittest.main()
