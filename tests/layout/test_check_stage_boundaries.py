"""The stage-boundary check fails on the includes it exists to catch, and passes a clean tree."""
import pathlib
import subprocess
import sys
import tempfile
import unittest

CHECKER = pathlib.Path(__file__).with_name("check_stage_boundaries.py")


def run_checker(files):
    """Writes `files` ({path under core/src: text}) into a temporary tree and runs the checker on it."""
    with tempfile.TemporaryDirectory() as root:
        for path, text in files.items():
            target = pathlib.Path(root, "core", "src", path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return subprocess.run([sys.executable, str(CHECKER), root], capture_output=True, text=True)


class StageBoundaryTest(unittest.TestCase):
    def test_a_clean_tree_passes(self):
        result = run_checker({
            "resolve/salience.cpp": '#include "resolve/salience.hpp"\n#include "text/ascii_case.hpp"\n'
                                    '#include "lede/document.hpp"\n#include "document/pos_tags.hpp"\n',
            "relations/clause_relations.hpp": '#include "parse/syntax.hpp"\n',
            "learn/ner_trainer.cpp": '#include "ner/ner_features.hpp"\n',
            "analyzer.cpp": '#include "events/events_stage.hpp"\n',
        })
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_a_stage_including_another_stage_fails(self):
        result = run_checker({"resolve/title_attachment.cpp": '#include "ner/title_lexicon.hpp"\n'})
        self.assertEqual(result.returncode, 1)
        self.assertIn("resolve/ may not use ner/", result.stdout)

    def test_a_folder_below_the_stages_including_a_stage_fails(self):
        result = run_checker({"text/tokenizer.cpp": '#include "pos/pos_tagger.hpp"\n'})
        self.assertEqual(result.returncode, 1)
        self.assertIn("text/ may not use pos/", result.stdout)

    def test_only_syntax_hpp_of_the_parser_is_shared(self):
        result = run_checker({"events/speaker_phrase.cpp": '#include "parse/greedy_parser.hpp"\n'})
        self.assertEqual(result.returncode, 1)

    def test_an_unknown_folder_fails(self):
        result = run_checker({"misc/helpers.hpp": "#pragma once\n"})
        self.assertEqual(result.returncode, 1)
        self.assertIn("neither a stage", result.stdout)


if __name__ == "__main__":
    unittest.main()
