"""The batch recipes of docs/recipes.md, run as written (each fenced block that starts with
"# recipe: NAME") on a small corpus, with `lede` on the PATH: a sharded run's output must equal a
single-process run's, line for line after sorting by id."""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from cli_support import LEDE, REPO

RECIPES = REPO / "docs" / "recipes.md"
SENTENCES = [
    "Angela Merkel met Emmanuel Macron in Paris on Monday.",
    "Shares of Petrobras rose 4% to $18.40 on Wednesday, April 25.",
    "“We have no other choice,” the finance minister told reporters in Brasília.",
    "The International Monetary Fund (IMF) said growth would slow in 2019.",
    "Olaf Scholz flew to Washington to meet Janet Yellen.",
]


def recipes():
    """{name: (language, code)} for each block of docs/recipes.md that starts with '# recipe: NAME'."""
    found = {}
    for language, code in re.findall(r"```(\w+)\n(.*?)```", RECIPES.read_text(encoding="utf-8"), re.S):
        match = re.match(r"# recipe: (\w+)\n", code)
        if match:
            found[match.group(1)] = (language, code)
    return found


def by_id(text):
    return sorted(text.splitlines(), key=lambda line: json.loads(line)["id"])


class RecipesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.recipes = recipes()
        cls.bin = tempfile.mkdtemp(prefix="lede-bin-")
        os.symlink(LEDE, os.path.join(cls.bin, "lede"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.bin, ignore_errors=True)

    def setUp(self):
        self.dir = Path(tempfile.mkdtemp(prefix="lede-recipe-"))
        self.addCleanup(shutil.rmtree, self.dir, ignore_errors=True)
        # 300 documents (~70 KB, so run_recipe makes the blocks small enough for several shards), one
        # malformed line and one empty text, which every recipe must pass through.
        lines = [json.dumps({"id": i, "text": " ".join(SENTENCES[(i + k) % 5] for k in range(i % 4 + 1))})
                 for i in range(300)]
        lines[17] = '{"id": 17, "text": "cut short'
        lines[42] = json.dumps({"id": 42, "text": ""})
        (self.dir / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        single = subprocess.run([str(LEDE), "analyze", "--jsonl", "corpus.jsonl"], cwd=self.dir,
                                capture_output=True, check=False)
        self.assertEqual(single.returncode, 1, single.stderr)  # line 17 is an error line
        self.single = single.stdout.decode("utf-8")

    def run_recipe(self, name, small_blocks=True):
        self.assertIn(name, self.recipes, f"docs/recipes.md has no '# recipe: {name}' block")
        language, code = self.recipes[name]
        if small_blocks:  # the same command on a small corpus: blocks small enough to make several shards
            code = code.replace("--block 1M", "--block 8k").replace('blocksize="1MB"', 'blocksize="8kB"')
        env = dict(os.environ, PATH=f"{self.bin}:{os.environ['PATH']}")
        command = ["bash", "-c", code] if language == "bash" else ["/usr/bin/python3", "-c", code]
        return subprocess.run(command, cwd=self.dir, env=env, capture_output=True, check=False, timeout=600)

    def assertSameLines(self, sharded):
        self.assertEqual(by_id(sharded), by_id(self.single))
        errors = [json.loads(line) for line in sharded.splitlines() if "error" in json.loads(line)]
        self.assertEqual([e["id"] for e in errors], [17])

    def test_threads(self):
        run = self.run_recipe("threads")
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertEqual((self.dir / "results.jsonl").read_text(encoding="utf-8"), self.single)  # in order

    def test_gnu_parallel(self):
        run = self.run_recipe("parallel")
        self.assertEqual(run.returncode, 1, run.stderr)  # one block held the bad line
        out = (self.dir / "results.jsonl").read_text(encoding="utf-8")
        self.assertSameLines(out)
        self.assertEqual(out, self.single)  # --keep-order

    def test_dask_bag(self):
        run = self.run_recipe("dask")
        self.assertEqual(run.returncode, 0, run.stderr.decode()[-3000:])
        parts = sorted(self.dir.glob("results-*.jsonl"))
        self.assertGreater(len(parts), 1, "the corpus was split into several partitions")
        # to_textfiles puts a line break between lines, not after the last one of a file.
        self.assertSameLines("\n".join(p.read_text(encoding="utf-8").rstrip("\n") for p in parts))

    def test_summary_of_the_sharded_results(self):
        self.run_recipe("parallel")
        run = self.run_recipe("summary")
        self.assertEqual(run.returncode, 0, run.stderr)
        rows = list(csv.DictReader(io.StringIO((self.dir / "entities.csv").read_text(encoding="utf-8"))))
        merkel = next(r for r in rows if r["name"] == "Angela Merkel")
        expected = sum(1 for line in self.single.splitlines()
                       if any(e["name"] == "Angela Merkel" for e in json.loads(line).get("entities", [])))
        self.assertEqual(int(merkel["articles"]), expected)


if __name__ == "__main__":
    unittest.main()
