"""`lede bench`: the per-stage speed summary."""

import json
import unittest

from cli_support import NEWS, NEWS_BYTES, run, LedeTestCase


class BenchTest(LedeTestCase):
    def test_bench_summary(self):
        path = self.write("article.txt", NEWS * 20)
        proc = run(["bench", str(path), "--repeat", "3"])
        self.assertExitedCleanly(proc)
        summary = json.loads(proc.stdout.decode().strip().split("\n")[-1])
        for stage in ("tokenize", "split", "rules", "resolve", "export"):
            self.assertIn(stage, summary["stages"])
            self.assertGreaterEqual(summary["stages"][stage]["ms"], 0)
        for figures in summary["stages"].values():
            # The fastest of the runs is at least as fast as their median.
            self.assertGreaterEqual(figures["best_tokens_per_s"], figures["tokens_per_s"])
        self.assertGreater(summary["total"]["tokens_per_s"], 0)
        self.assertGreater(summary["total"]["words_per_s"], 0)
        self.assertEqual(summary["words"], len((NEWS * 20).split()))

    def test_bench_reads_stdin(self):
        proc = run(["bench", "--repeat", "1", "--pipeline", "entities"], NEWS_BYTES)
        self.assertExitedCleanly(proc)
        summary = json.loads(proc.stdout.decode().strip().split("\n")[-1])
        self.assertGreater(summary["tokens"], 0)


if __name__ == "__main__":
    unittest.main()
