"""`lede analyze --jsonl` as a batch engine (issue 22): a stream (a result comes out before the input
ends), --threads N in input order or --unordered, --max-bytes, and the exit status."""

import json
import os
import pty
import subprocess
import unittest

from cli_support import LEDE, run, LedeTestCase

ARTICLES = [
    "Angela Merkel met Emmanuel Macron in Paris on Monday.",
    "Shares of Petrobras rose 4% to $18.40 on Wednesday, April 25.",
    "“We have no other choice,” the finance minister told reporters in Brasília.",
    "The International Monetary Fund (IMF) said growth would slow in 2019.",
]


def corpus(count):
    return [json.dumps({"id": f"doc-{i}", "text": f"{ARTICLES[i % 4]} Story {i} by Anna Kowalska."})
            for i in range(count)]


class JsonlBatchTest(LedeTestCase):
    def analyze(self, lines, *args):
        return run(["analyze", "--jsonl", *args], ("\n".join(lines) + "\n").encode())

    def test_threads_give_the_single_thread_output_line_for_line(self):
        lines = corpus(60)
        single = self.analyze(lines)
        self.assertExitedCleanly(single)
        self.assertEqual(len(single.stdout.splitlines()), 60)
        for threads in ("2", "4"):
            with self.subTest(threads=threads):
                threaded = self.analyze(lines, "--threads", threads)
                self.assertExitedCleanly(threaded)
                self.assertEqual(threaded.stdout, single.stdout)

    def test_unordered_gives_the_same_lines_in_any_order(self):
        lines = corpus(40)
        single = self.analyze(lines)
        unordered = self.analyze(lines, "--threads", "3", "--unordered")
        self.assertExitedCleanly(unordered)
        self.assertEqual(sorted(unordered.stdout.splitlines()), sorted(single.stdout.splitlines()))

    def test_bad_lines_give_error_lines_and_status_1_and_the_run_goes_on(self):
        lines = corpus(6)
        lines[2] = '{"id": "doc-2", "text": '  # cut short
        lines[4] = json.dumps({"id": "doc-4", "text": ""})  # empty text: a result, not an error
        for threads in ("1", "2"):
            with self.subTest(threads=threads):
                proc = self.analyze(lines, "--threads", threads)
                self.assertExitedCleanly(proc, 1)
                out = [json.loads(line) for line in proc.stdout.splitlines()]
                self.assertEqual([r["id"] for r in out], [f"doc-{i}" for i in range(6)])
                self.assertEqual(out[2]["error"], "invalid JSON")
                self.assertNotIn("error", out[4])
                self.assertEqual(sum("error" in r for r in out), 1)

    def test_an_oversized_document_is_an_error_line_with_its_id(self):
        lines = corpus(3)
        lines[1] = json.dumps({"id": "big", "text": "Talks resumed. " * 200})
        proc = self.analyze(lines, "--max-bytes", "1000")
        self.assertExitedCleanly(proc, 1)
        out = [json.loads(line) for line in proc.stdout.splitlines()]
        self.assertEqual(out[1]["id"], "big")
        self.assertIn("at most 1000", out[1]["error"])
        self.assertNotIn("error", out[0])
        self.assertNotIn("error", out[2])

    def test_a_stream_a_result_comes_out_before_the_input_ends(self):
        for threads in ("1", "2"):
            with self.subTest(threads=threads):
                proc = subprocess.Popen([str(LEDE), "analyze", "--jsonl", "--threads", threads],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                try:
                    lines = corpus(12)
                    proc.stdin.write((lines[0] + "\n").encode())
                    proc.stdin.flush()
                    # The input stays open: the result of the one line sent must come out anyway.
                    first = json.loads(proc.stdout.readline())
                    self.assertEqual(first["id"], "doc-0")
                    proc.stdin.write(("\n".join(lines[1:]) + "\n").encode())
                    proc.stdin.close()
                    rest = [json.loads(line) for line in proc.stdout.read().splitlines()]
                    self.assertEqual([r["id"] for r in rest], [f"doc-{i}" for i in range(1, 12)])
                    self.assertEqual(proc.wait(timeout=60), 0)
                finally:
                    proc.kill()
                    proc.stdout.close()
                    proc.stderr.close()

    def test_progress_shows_on_a_terminal_only(self):
        lines = ("\n".join(corpus(5)) + "\n").encode()
        quiet = self.analyze(corpus(5))
        self.assertEqual(quiet.stderr, b"")  # not a terminal: nothing
        main, terminal = pty.openpty()
        try:
            proc = subprocess.run([str(LEDE), "analyze", "--jsonl", "--threads", "2"], input=lines,
                                  stdout=subprocess.PIPE, stderr=terminal, timeout=60, check=False)
            os.close(terminal)
            shown = b""
            while True:
                try:
                    chunk = os.read(main, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                shown += chunk
        finally:
            os.close(main)
        self.assertEqual(proc.returncode, 0)
        self.assertRegex(shown.decode(), r"5 documents, \d+ words/s")
        self.assertEqual(proc.stdout, quiet.stdout)

    def test_usage_errors(self):
        for args, word in ((["--threads", "0"], "--threads"), (["--threads", "x"], "--threads"),
                           (["--unordered"], "--unordered"), (["--max-bytes", "-5"], "--max-bytes")):
            with self.subTest(args=args):
                self.assertUsageError(run(["analyze", "--jsonl", *args], b""), word)
        self.assertUsageError(run(["analyze", "--threads", "2"], b"x"), "--jsonl")


if __name__ == "__main__":
    unittest.main()
