"""Shared helpers of the `lede` CLI tests (tests/cli/test_*.py): the binary, the JSON Schema, temp files.

Run the tests with Debian's interpreter (it has python3-jsonschema):

    LEDE_BIN=build/native/lede /usr/bin/python3 -m unittest discover -s tests/cli -p 'test_*.py' -v

LEDE_BIN is the CLI to test (default: build/native/lede under the repository root). Every output of
`lede analyze` is validated against docs/lede-1.schema.json and checked for internal consistency (ids
are indices, spans slice the input to the text they claim, sentences are ordered), by
LedeTestCase.assertValidResult.
"""

import copy
import json
import os
import subprocess
import tempfile
import unittest
from pathlib import Path

import jsonschema

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO / "docs" / "lede-1.schema.json"


def _lede_binary():
    configured = os.environ.get("LEDE_BIN")
    if not configured:
        return REPO / "build" / "native" / "lede"
    path = Path(configured)
    if path.is_absolute() or path.exists():
        return path.resolve()
    return REPO / path


LEDE = _lede_binary()

with open(SCHEMA_PATH, encoding="utf-8") as _schema_file:
    SCHEMA = json.load(_schema_file)
jsonschema.Draft202012Validator.check_schema(SCHEMA)


def _validator_for(definition):
    """A validator of one definition of the schema file (the whole file with its oneOf replaced)."""
    schema = copy.deepcopy(SCHEMA)
    del schema["oneOf"]
    schema["$ref"] = "#/$defs/" + definition
    return jsonschema.Draft202012Validator(schema)


ANY_LINE = jsonschema.Draft202012Validator(SCHEMA)  # a result or an error line
RESULT = _validator_for("result")
ERROR_LINE = _validator_for("error_line")

# Written for these tests (not taken from any corpus).
NEWS = (
    "ISLAMABAD: Army chief Gen. Tariq Hameed met the U.S. envoy on Tuesday, officials said.\n\n"
    "The two-day visit, which began on 24 April 2018, cost $5 million and drew 3,000 people. "
    "\"We will keep talking,\" Mr. Hameed told reporters at 10:30 am. Prices rose 5% last year.\n"
)
NEWS_BYTES = NEWS.encode("utf-8")

# A small treebank written for these tests, tokenized the way the tokenizer tokenizes it: `lede eval tokenize`
# scores it 100 (test_eval.py), and `lede eval parse` reads it (test_parse.py).
PERFECT_CONLLU = (
    "# newdoc id = t1\n"
    "# sent_id = t1-1\n"
    "# text = The U.S. envoy didn't come.\n"
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tU.S.\tU.S.\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tenvoy\tenvoy\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tdid\tdo\tAUX\tVBD\t_\t6\taux\t_\t_\n"
    "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_\n"
    "6\tcome\tcome\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n"
    "\n"
    "# sent_id = t1-2\n"
    "# text = Prices rose 5% on Monday.\n"
    "1\tPrices\tprice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\trose\trise\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t5\t5\tNUM\tCD\t_\t4\tnummod\t_\tSpaceAfter=No\n"
    "4\t%\t%\tSYM\tNN\t_\t2\tobj\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
)


def run(args, stdin=b"", timeout=120):
    """Runs the CLI and returns the CompletedProcess (bytes in, bytes out)."""
    return subprocess.run([str(LEDE), *args], input=stdin, capture_output=True, timeout=timeout, check=False)


def decode(data):
    """What the core sees: invalid UTF-8 replaced by one U+FFFD per maximal bad subpart (Python agrees)."""
    return data.decode("utf-8", errors="replace")


class Slicer:
    """Slices the input the way a consumer of a result does, given the original input bytes and the unit."""

    def __init__(self, data, unit):
        self.data = data
        self.unit = unit
        self.text = decode(data)
        self.utf16 = self.text.encode("utf-16-le", errors="surrogatepass") if unit == "utf16" else b""

    def __call__(self, start, end):
        if self.unit == "byte":
            return decode(self.data[start:end])
        if self.unit == "codepoint":
            return self.text[start:end]
        return self.utf16[2 * start:2 * end].decode("utf-16-le")

    def length(self):
        if self.unit == "byte":
            return len(self.data)
        if self.unit == "codepoint":
            return len(self.text)
        return len(self.utf16) // 2


class LedeTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not LEDE.is_file():
            raise AssertionError(f"lede binary not found at {LEDE}: build it or set LEDE_BIN")

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="lede-cli-test-")
        self.tmp = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, content):
        path = self.tmp / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    def assertExitedCleanly(self, proc, code=0):
        """Exit status `code`, and no crash (a signal gives a negative status)."""
        self.assertGreaterEqual(proc.returncode, 0, f"killed by signal; stderr: {proc.stderr[-2000:]!r}")
        self.assertNotIn(proc.returncode, (134, 136, 139), "crashed")
        self.assertEqual(proc.returncode, code, f"stderr: {proc.stderr[-2000:]!r}")

    def assertUsageError(self, proc, *keywords):
        """A usage problem: non-zero exit, nothing on stdout, a message naming it on stderr."""
        self.assertGreaterEqual(proc.returncode, 0, "killed by signal")
        self.assertNotIn(proc.returncode, (0, 134, 136, 139))
        message = proc.stderr.decode("utf-8", errors="replace")
        self.assertTrue(message.strip(), "no message on stderr")
        for keyword in keywords:
            self.assertIn(keyword, message)
        self.assertEqual(proc.stdout, b"")

    def assertValidResult(self, result, data, unit="utf16", tokens=False):
        """Schema-valid, and every span slices `data` (the input bytes) to the text it claims."""
        errors = sorted(RESULT.iter_errors(result), key=lambda e: list(e.absolute_path))
        self.assertFalse(errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]))
        self.assertEqual(result["offsets"], unit)
        slice_text = Slicer(data, unit)
        length = slice_text.length()

        previous_end = 0
        for sentence in result["sentences"]:
            self.assertLessEqual(previous_end, sentence["start"])
            self.assertLess(sentence["start"], sentence["end"])
            self.assertLessEqual(sentence["end"], length)
            self.assertEqual(slice_text(sentence["start"], sentence["end"]),
                             slice_text(sentence["start"], sentence["end"]).strip(),
                             "a sentence starts or ends with whitespace")
            previous_end = sentence["end"]

        if tokens:
            self.assertIn("tokens", result)
            previous_end = 0
            for token in result["tokens"]:
                self.assertLessEqual(previous_end, token["start"])
                self.assertLess(token["start"], token["end"])
                self.assertEqual(slice_text(token["start"], token["end"]), token["text"])
                self.assertFalse(any(c.isspace() for c in token["text"]), token)
                previous_end = token["end"]
        else:
            self.assertNotIn("tokens", result)

        mentions = result["mentions"]
        entities = result["entities"]
        previous_end = 0
        for index, mention in enumerate(mentions):
            self.assertEqual(mention["id"], index)
            self.assertLessEqual(previous_end, mention["start"], "mentions overlap or are out of order")
            self.assertEqual(slice_text(mention["start"], mention["end"]), mention["text"])
            sentence = result["sentences"][mention["sentence"]]
            self.assertLessEqual(sentence["start"], mention["start"])
            self.assertLessEqual(mention["end"], sentence["end"])
            if mention["entity"] is not None:
                self.assertLess(mention["entity"], len(entities))
                self.assertIn(index, entities[mention["entity"]]["mentions"])
                entity_type = entities[mention["entity"]]["type"]
                if mention["type"] == "TITLE":
                    # A title belongs to the person who holds it, or to a TITLE entity of its own.
                    self.assertIn(entity_type, ("TITLE", "PERSON"), mention)
                else:
                    self.assertEqual(entity_type, mention["type"])
            if mention.get("pronoun"):
                self.assertIsNotNone(mention["entity"], "a pronoun is listed only when linked")
                self.assertLessEqual(len(mention["text"].split()), 1)
            previous_end = mention["end"]
        first_mentions = []
        for index, entity in enumerate(entities):
            self.assertEqual(entity["id"], index)
            self.assertTrue(entity["mentions"], entity)
            self.assertFalse(all(mentions[m].get("pronoun") for m in entity["mentions"]),
                             "a pronoun never makes an entity of its own")
            if entity["type"] != "PERSON":
                self.assertEqual(entity["titles"], [], "only people hold titles")
            self.assertEqual(entity["mentions"], sorted(entity["mentions"]))
            for m in entity["mentions"]:
                self.assertLess(m, len(mentions))
                self.assertEqual(mentions[m]["entity"], index)
            first_mentions.append(entity["mentions"][0])
        self.assertEqual(first_mentions, sorted(first_mentions), "entities not numbered by first mention")
        self.assertValidRelations(result, slice_text)
        self.assertValidEvents(result, slice_text)

    def assertValidEvents(self, result, slice_text):
        """Quotes, dates and the timeline point at what exists and slice what they claim."""
        mentions = result["mentions"]
        for quote in result["quotes"]:
            self.assertLess(quote["start"], quote["end"])
            self.assertLess(quote["sentence"], len(result["sentences"]))
            if quote["speaker"] is not None:
                self.assertLess(quote["speaker"], len(result["entities"]))
            if quote["speaker_mention"] is not None:
                self.assertEqual(mentions[quote["speaker_mention"]]["entity"], quote["speaker"], quote)
            if quote["speaker_text"] is not None:
                self.assertEqual(slice_text(quote["speaker_start"], quote["speaker_end"]), quote["speaker_text"])
        for date in result["dates"]:
            self.assertEqual(mentions[date["mention"]]["type"], "DATE", date)
        self.assertEqual([d["mention"] for d in result["dates"]], sorted({d["mention"] for d in result["dates"]}))
        timeline = result.get("timeline", [])
        self.assertEqual([e["date"] for e in timeline], sorted(e["date"] for e in timeline))
        for entry in timeline:
            item = result["relations" if entry["kind"] == "relation" else "quotes"][entry["index"]]
            self.assertEqual(item["date"], entry["date"])

    def assertValidRelations(self, result, slice_text):
        """Relations point at existing entities and mentions of them, inside their evidence sentence."""
        mentions, entities = result["mentions"], result["entities"]
        for index, relation in enumerate(result["relations"]):
            self.assertEqual(relation["id"], index)
            self.assertLess(relation["subject"], len(entities))
            self.assertEqual(mentions[relation["subject_mention"]]["entity"], relation["subject"], relation)
            self.assertNotEqual(relation["subject"], relation["object"], relation)
            if relation["object"] is not None:
                self.assertLess(relation["object"], len(entities))
            if relation["type"] == "role":
                self.assertEqual(mentions[relation["object_mention"]]["type"], "TITLE", relation)
                self.assertEqual(relation["title"], mentions[relation["object_mention"]]["text"])
            elif relation["object_mention"] is not None:
                self.assertEqual(mentions[relation["object_mention"]]["entity"], relation["object"], relation)
            sentence = result["sentences"][relation["sentence"]]
            self.assertLessEqual(sentence["start"], relation["start"])
            self.assertLess(relation["start"], relation["end"])
            self.assertLessEqual(relation["end"], sentence["end"])
            for key in ("subject_mention", "object_mention"):
                if relation[key] is None:
                    continue
                mention = mentions[relation[key]]
                self.assertLessEqual(relation["start"], mention["start"], (relation, mention))
                self.assertLessEqual(mention["end"], relation["end"], (relation, mention))
            self.assertTrue(slice_text(relation["start"], relation["end"]).strip())

    def analyze(self, args, stdin=b""):
        proc = run(["analyze", *args], stdin)
        self.assertExitedCleanly(proc)
        return json.loads(proc.stdout)
