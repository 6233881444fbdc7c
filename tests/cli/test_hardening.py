"""Hostile and careless inputs to the CLI (issue 21): malformed CoNLL lines are refused with their line
numbers instead of becoming empty tokens, the CoNLL-U reader survives a multiword range cut short, and a
failed write fails the run."""

import json
import os
import subprocess
import unittest

from cli_support import LEDE, run, LedeTestCase

WORD = "1\tParis\t_\t_\t_\t_\t_\t_\t_\t_\n"


class ConllReaderTest(LedeTestCase):
    def analyze_conllu(self, content):
        return run(["analyze", "--input", "conllu", str(self.write("input.conllu", content))])

    def test_multiword_range_cut_short_does_not_crash(self):
        # A range line whose words never come (a blank line, a new document, or the end of the file).
        for content in ("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\n" + WORD,
                        "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n# newdoc\n" + WORD,
                        "1-2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n"):
            with self.subTest(content=content):
                proc = self.analyze_conllu(content)
                self.assertExitedCleanly(proc)
                results = json.loads(proc.stdout)
                self.assertTrue(all(r["schema"] == "lede/1" for r in results))

    def test_a_range_keeps_its_words_within_its_sentence(self):
        proc = run(["analyze", "--input", "conllu", "--format", "conllu", "--tokens",
                    str(self.write("range.conllu", "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\n" + WORD))])
        self.assertExitedCleanly(proc)
        forms = [line.split("\t")[1] for line in proc.stdout.decode().splitlines()
                 if line and not line.startswith("#")]
        self.assertIn("Paris", forms)  # the next sentence's word is not swallowed by the range

    def test_malformed_conllu_lines_are_refused_with_their_numbers(self):
        cases = {
            "spaces instead of tabs": ("1 Paris _ _ _ _ _ _ _ _\n", 1, "spaces instead of tabs"),
            "only an id": (WORD + "2\n", 2, "10 tab-separated columns"),
            "an empty form": (WORD + "2\t\t_\t_\t_\t_\t_\t_\t_\t_\n", 2, "FORM column is empty"),
            "a bad id": ("x\tParis\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "ID column"),
        }
        for name, (content, line, reason) in cases.items():
            with self.subTest(name):
                proc = self.analyze_conllu(content)
                self.assertExitedCleanly(proc, 1)
                stderr = proc.stderr.decode()
                self.assertIn(f"input.conllu:{line}:", stderr)
                self.assertIn(reason, stderr)
                self.assertEqual(json.loads(proc.stdout), [])  # nothing half-read is written

    def test_a_good_file_beside_a_bad_one_is_still_analyzed(self):
        good = self.write("good.conllu", WORD)
        bad = self.write("bad.conllu", "1 Paris\n")
        proc = run(["analyze", "--input", "conllu", str(bad), str(good)])
        self.assertExitedCleanly(proc, 1)
        results = json.loads(proc.stdout)
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["mentions"][0]["text"], "Paris")

    def test_conll2003_line_without_a_word_is_refused(self):
        path = self.write("input.txt", "EU NNP B-NP B-ORG\n\tVB B-VP O\n")
        proc = run(["analyze", "--input", "conll2003", str(path)])
        self.assertExitedCleanly(proc, 1)
        self.assertIn("input.txt:2:", proc.stderr.decode())

    def test_evaluation_skips_malformed_lines_and_says_so(self):
        path = self.write("gold.conllu", WORD + "2\n\n")
        proc = run(["eval", "tokenize", "--data", str(path)])
        self.assertExitedCleanly(proc)
        self.assertIn("gold.conllu:2:", proc.stderr.decode())
        self.assertIn("skipped", proc.stderr.decode())


class JsonlLineTest(LedeTestCase):
    def analyze_lines(self, *lines):
        proc = run(["analyze", "--jsonl"], stdin="\n".join(lines).encode() + b"\n")
        return [json.loads(line) for line in proc.stdout.decode().splitlines()]

    def test_a_malformed_line_keeps_its_id_when_it_can_be_read(self):
        results = self.analyze_lines('{"id": "a-7", "text": "unterminated',
                                     '{"text": "a \\"id\\": 3", "id": 12 ,',
                                     '{"nested": {"id": 5}, "text": ',
                                     'not json at all')
        self.assertEqual([(r["id"], r["error"]) for r in results],
                         [("a-7", "invalid JSON"), (12, "invalid JSON"), (None, "invalid JSON"),
                          (None, "invalid JSON")])

    def test_lone_surrogate_escapes_read_as_replacement_characters(self):
        lone, paired = self.analyze_lines('{"id": 1, "text": "Talks in Paris \\ud800 resumed."}',
                                          '{"id": 2, "text": "Talks in Paris \\ufffd resumed."}')
        del lone["id"], paired["id"]
        self.assertEqual(lone, paired)
        # A surrogate pair and an escaped backslash before "u" are left as they are.
        emoji, = self.analyze_lines('{"id": 3, "text": "Rome \\ud83d\\ude00 and \\\\ud800"}')
        self.assertNotIn("error", emoji)
        self.assertEqual(emoji["mentions"][0]["text"], "Rome")


@unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full")
class FailedWriteTest(LedeTestCase):
    def run_into_full_disk(self, args):
        with open("/dev/full", "wb") as full:
            return subprocess.run([str(LEDE)] + args, stdout=full, stderr=subprocess.PIPE, timeout=120)

    def test_a_failed_write_fails_the_run(self):
        text = self.write("article.txt", "Angela Merkel met Emmanuel Macron in Paris on Monday.\n")
        for args in (["analyze", str(text)], ["analyze", "--format", "csv", str(text)], ["model", "info"],
                     ["--version"]):
            with self.subTest(args=args):
                proc = self.run_into_full_disk(args)
                self.assertEqual(proc.returncode, 1, proc.stderr)
                self.assertIn(b"writing the output failed", proc.stderr)


if __name__ == "__main__":
    unittest.main()
