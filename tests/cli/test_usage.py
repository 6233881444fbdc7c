"""Usage errors, exit statuses and --help/--version of every command."""

import json
import unittest

from cli_support import NEWS_BYTES, run, LedeTestCase


class UsageErrorTest(LedeTestCase):
    def test_unknown_flag(self):
        self.assertUsageError(run(["analyze", "--bogus"]), "--bogus")
        self.assertUsageError(run(["analyze", "-x"]), "-x")
        self.assertUsageError(run(["bench", "--bogus"]), "--bogus")
        self.assertUsageError(run(["eval", "tokenize", "--bogus"]), "--bogus")

    def test_unknown_values(self):
        self.assertUsageError(run(["analyze", "--format", "xml"]), "xml", "format")
        self.assertUsageError(run(["analyze", "--input", "pdf"]), "pdf", "input")
        self.assertUsageError(run(["analyze", "--offsets", "utf8"]), "utf8", "offset")
        self.assertUsageError(run(["analyze", "--pipeline", "fastest"]), "fastest", "pipeline")

    def test_missing_value(self):
        self.assertUsageError(run(["analyze", "--format"]), "--format")
        self.assertUsageError(run(["analyze", "--tokens=yes"]), "--tokens")

    def test_bad_dates(self):
        for date in ("2018-02-30", "2018-4-1", "2018-13-01", "tomorrow", ""):
            with self.subTest(date=date):
                self.assertUsageError(run(["analyze", "--date", date], NEWS_BYTES), "--date", date)

    def test_unknown_command(self):
        self.assertUsageError(run(["analyse"]), "analyse")

    def test_nonexistent_file(self):
        missing = self.tmp / "missing.txt"
        proc = run(["analyze", str(missing)])
        self.assertExitedCleanly(proc, 1)
        message = proc.stderr.decode()
        self.assertIn(str(missing), message)
        self.assertIn("No such file", message)

    def test_directory_as_file(self):
        proc = run(["analyze", str(self.tmp)])
        self.assertExitedCleanly(proc, 1)
        message = proc.stderr.decode()
        self.assertIn(str(self.tmp), message)
        self.assertIn("directory", message)

    def test_unreadable_file_among_readable_ones(self):
        first = self.write("first.txt", "On 3 May 2017 it rained.")
        last = self.write("last.txt", "Prices rose 5%.")
        missing = self.tmp / "missing.txt"
        for fmt in ("json", "jsonl"):
            with self.subTest(format=fmt):
                proc = run(["analyze", "--format", fmt, str(first), str(missing), str(self.tmp), str(last)])
                self.assertExitedCleanly(proc, 1)
                message = proc.stderr.decode()
                self.assertIn(str(missing), message)
                self.assertIn("directory", message)
                if fmt == "json":
                    results = json.loads(proc.stdout)
                else:
                    results = [json.loads(line) for line in proc.stdout.splitlines()]
                    self.assertEqual([r["id"] for r in results], [str(first), str(last)])
                self.assertEqual(len(results), 2)
                self.assertEqual(results[0]["mentions"][0]["text"], "3 May 2017")
                self.assertEqual(results[1]["mentions"][0]["text"], "5%")

    def test_eval_errors(self):
        self.assertUsageError(run(["eval", "tokenize"]), "--data")
        proc = run(["eval", "tokenize", "--data", str(self.tmp / "none.conllu")])
        self.assertNotEqual(proc.returncode, 0)
        self.assertGreaterEqual(proc.returncode, 0)
        self.assertIn("none.conllu", proc.stderr.decode())
        self.assertUsageError(run(["eval", "astrology", "--data", "x"]), "astrology")

    def test_bench_errors(self):
        self.assertUsageError(run(["bench", "--repeat", "0"]), "--repeat")


class HelpTest(LedeTestCase):
    def test_no_command_prints_usage_and_fails(self):
        proc = run([])
        self.assertUsageError(proc, "usage")

    def test_help(self):
        proc = run(["--help"])
        self.assertExitedCleanly(proc)
        out = proc.stdout.decode()
        for word in ("usage", "analyze", "eval", "bench", "--version"):
            self.assertIn(word, out)
        self.assertEqual(proc.stderr, b"")

    def test_analyze_help(self):
        proc = run(["analyze", "--help"])
        self.assertExitedCleanly(proc)
        out = proc.stdout.decode()
        for flag in ("--jsonl", "--input", "--format", "--offsets", "--tokens", "--date", "--pipeline",
                     "utf16", "codepoint", "byte", "conll2003", "conllu"):
            self.assertIn(flag, out)

    def test_eval_and_bench_help(self):
        for command, words in (("eval", ("tokenize", "--data")), ("bench", ("--repeat", "tokens/s"))):
            with self.subTest(command=command):
                proc = run([command, "--help"])
                self.assertExitedCleanly(proc)
                out = proc.stdout.decode()
                self.assertIn("usage: lede " + command, out)
                for word in words:
                    self.assertIn(word, out)

    def test_version(self):
        proc = run(["--version"])
        self.assertExitedCleanly(proc)
        self.assertRegex(proc.stdout.decode(), r"^lede \d+\.\d+\.\d+\S*\n$")


if __name__ == "__main__":
    unittest.main()
