"""`lede analyze --input/--format conll2003|conllu`: CoNLL round trips and CoNLL-U output."""

import json
import re
import unittest

from cli_support import RESULT, run, LedeTestCase


class ConllTest(LedeTestCase):
    IOB2 = re.compile(r"^(O|[BI]-(PER|ORG|LOC|MISC))$")

    # Written for these tests: token POS chunk NER.
    CONLL2003 = (
        "-DOCSTART- -X- -X- O\n"
        "\n"
        "The DT B-NP O\n"
        "meeting NN I-NP O\n"
        "is VBZ B-VP O\n"
        "on IN B-PP O\n"
        "25 CD B-NP O\n"
        "April NNP I-NP O\n"
        "2018 CD I-NP O\n"
        ". . O O\n"
        "\n"
        "Ana NNP B-NP B-PER\n"
        "Ruiz NNP I-NP I-PER\n"
        "flew VBD B-VP O\n"
        "to TO B-PP O\n"
        "Quito NNP B-NP B-LOC\n"
        "with IN B-PP O\n"
        "3 CD B-NP O\n"
        "aides NNS I-NP O\n"
        ". . O O\n"
        "\n"
    )

    CONLLU = (
        "# sent_id = a-1\n"
        "# text = We didn't leave on Monday.\n"
        "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
        "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
        "4\tleave\tleave\tVERB\tVB\t_\t0\troot\t_\t_\n"
        "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
        "6\tMonday\tMonday\tPROPN\tNNP\t_\t4\tobl\t_\tSpaceAfter=No\n"
        "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
        "\n"
        "# sent_id = a-2\n"
        "# text = It rained on 5 May 2019.\n"
        "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
        "2\trained\train\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n"
        "4\t5\t5\tNUM\tCD\t_\t2\tobl\t_\t_\n"
        "5\tMay\tMay\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
        "6\t2019\t2019\tNUM\tCD\t_\t4\tnmod\t_\tSpaceAfter=No\n"
        "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
        "\n"
    )

    def test_conll2003_round_trip(self):
        path = self.write("small.conll", self.CONLL2003)
        proc = run(["analyze", "--input", "conll2003", "--format", "conll2003", str(path)])
        self.assertExitedCleanly(proc)
        out = proc.stdout.decode("utf-8").split("\n")
        given = self.CONLL2003.split("\n")
        self.assertEqual(out[0], "-DOCSTART- -X- -X- O")
        self.assertEqual(out[1], "")
        self.assertEqual(len(out), len(given), out)
        labels = []
        for given_line, line in zip(given, out):
            if given_line == "" or given_line.startswith("-DOCSTART-"):
                self.assertEqual(line, given_line)
                labels.append(None)
                continue
            columns = line.split(" ")
            self.assertEqual(columns[:-1], given_line.split(" "), "input columns not kept")
            self.assertRegex(columns[-1], self.IOB2)
            labels.append(columns[-1])
        # IOB2: an I- label continues a mention of the same type.
        for previous, label in zip(labels, labels[1:]):
            if label and label.startswith("I-"):
                self.assertIn(previous, ("B-" + label[2:], label))
        # The first sentence holds only a DATE, which CoNLL-2003 maps to O.
        self.assertEqual(labels[2:10], ["O"] * 8)

    def test_conll2003_input_as_json(self):
        path = self.write("small.conll", self.CONLL2003)
        proc = run(["analyze", "--input", "conll2003", "--tokens", str(path)])
        self.assertExitedCleanly(proc)
        results = json.loads(proc.stdout)
        self.assertIsInstance(results, list)
        self.assertEqual(len(results), 1)
        result = results[0]
        self.assertEqual(len(result["sentences"]), 2)
        tokens = [t["text"] for t in result["tokens"]]
        self.assertEqual(tokens[:8], ["The", "meeting", "is", "on", "25", "April", "2018", "."])
        self.assertEqual(len(tokens), 8 + 9)
        self.assertIn("25 April 2018", [m["text"] for m in result["mentions"]])
        self.assertFalse(list(RESULT.iter_errors(result)))

    def test_conllu_round_trip(self):
        path = self.write("small.conllu", self.CONLLU)
        proc = run(["analyze", "--input", "conllu", "--format", "conllu", str(path)])
        self.assertExitedCleanly(proc)
        sentences = [block for block in proc.stdout.decode("utf-8").split("\n\n") if block.strip()]
        self.assertEqual(len(sentences), 2)
        words = []
        texts = []
        misc = {}
        for block in sentences:
            forms = []
            for line in block.split("\n"):
                if line.startswith("#"):
                    if line.startswith("# text = "):
                        texts.append(line[len("# text = "):])
                    continue
                columns = line.split("\t")
                self.assertEqual(len(columns), 10, line)
                if "-" in columns[0]:
                    continue  # a multiword token line, if the writer keeps it
                self.assertEqual(int(columns[0]), len(forms) + 1)
                forms.append(columns[1])
                misc[columns[1]] = columns[9].split("|")
            words.append(forms)
        self.assertEqual(words, [["We", "did", "n't", "leave", "on", "Monday", "."],
                                 ["It", "rained", "on", "5", "May", "2019", "."]])
        self.assertEqual(texts, ["We didn't leave on Monday.", "It rained on 5 May 2019."])
        self.assertIn("NE=B-DATE", misc["Monday"])
        self.assertIn("SpaceAfter=No", misc["Monday"])
        self.assertIn("NE=B-DATE", misc["5"])
        self.assertIn("NE=I-DATE", misc["May"])
        self.assertIn("NE=I-DATE", misc["2019"])
        self.assertEqual(misc["rained"], ["_"])

    def test_raw_text_as_conllu(self):
        text = "It's 5pm (local time), officials said.\nHe left for 2 weeks. Bye!\n"
        data = text.encode("utf-8")
        conllu = run(["analyze", "--format", "conllu"], data)
        self.assertExitedCleanly(conllu)
        result = self.analyze(["--tokens", "--offsets", "codepoint"], data)
        tokens = result["tokens"]
        blocks = [b for b in conllu.stdout.decode("utf-8").split("\n\n") if b.strip()]
        self.assertEqual(len(blocks), len(result["sentences"]))
        self.assertGreaterEqual(len(blocks), 3)
        position = 0
        no_space_seen = 0
        for block, sentence in zip(blocks, result["sentences"]):
            lines = block.split("\n")
            self.assertIn("# text = " + text[sentence["start"]:sentence["end"]], lines)
            rows = [line.split("\t") for line in lines if not line.startswith("#")]
            for i, row in enumerate(rows):
                self.assertEqual(len(row), 10)
                token = tokens[position]
                self.assertEqual(row[1], token["text"])
                last_in_sentence = i == len(rows) - 1
                attached = not last_in_sentence and tokens[position + 1]["start"] == token["end"]
                self.assertEqual("SpaceAfter=No" in row[9].split("|"), attached, row)
                no_space_seen += attached
                position += 1
        self.assertEqual(position, len(tokens))
        self.assertGreaterEqual(no_space_seen, 5)  # It|'s, 5|pm, (|local, time|), )|,, ...


if __name__ == "__main__":
    unittest.main()
