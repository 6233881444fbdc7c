"""Tests of the `lede` command line against DESIGN.md "The command line", "Offsets" and "Result schema".

Run with Debian's interpreter (it has python3-jsonschema):

    LEDE_BIN=build/native/lede /usr/bin/python3 -m unittest discover -s tests/cli -v

LEDE_BIN is the CLI to test (default: build/native/lede under the repository root). Every output of
`lede analyze` is validated against docs/lede-1.schema.json and checked for internal consistency (ids
are indices, spans slice the input to the text they claim, sentences are ordered).
"""

import copy
import json
import sys
import os
import random
import re
import subprocess
import tempfile
import time
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


class SchemaTest(LedeTestCase):
    def test_resolved_entities(self):
        # DESIGN.md's example person: aliases, a title attached, a pronoun linked, salience shares.
        text = ("General Qamar Javed Bajwa, the Chief of Army Staff (COAS), visited Moscow on Tuesday. "
                "Gen Bajwa met officials there. The COAS said he was pleased.\n").encode()
        result = self.analyze([], text)
        self.assertValidResult(result, text)
        people = [e for e in result["entities"] if e["name"] == "Qamar Javed Bajwa"]
        self.assertEqual(len(people), 1, result["entities"])
        bajwa = people[0]
        self.assertEqual(bajwa["type"], "PERSON")
        texts = [result["mentions"][m]["text"] for m in bajwa["mentions"]]
        self.assertEqual(texts.count("Bajwa") + texts.count("Qamar Javed Bajwa"), 2, texts)
        self.assertIn("COAS", texts)
        self.assertIn("Chief of Army Staff", bajwa["titles"])
        pronouns = [result["mentions"][m] for m in bajwa["mentions"] if result["mentions"][m].get("pronoun")]
        self.assertEqual([p["text"] for p in pronouns], ["he"])
        self.assertEqual(pronouns[0]["type"], "PERSON")
        self.assertAlmostEqual(sum(e["salience"] for e in result["entities"]), 1.0, delta=0.05)
        self.assertEqual(max(result["entities"], key=lambda e: e["salience"])["id"], bajwa["id"])

    def test_plain_result_is_valid(self):
        result = self.analyze([], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES)
        self.assertEqual(result["schema"], "lede/1")
        self.assertIsNone(result["date"])
        self.assertGreaterEqual(len(result["sentences"]), 4)
        types = {m["type"] for m in result["mentions"]}
        self.assertTrue({"DATE", "MONEY", "CARDINAL", "PERCENT", "TIME"} <= types, types)
        for key in ("relations", "quotes", "dates"):
            self.assertIsInstance(result[key], list)

    def test_tokens_option(self):
        result = self.analyze(["--tokens"], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES, tokens=True)
        texts = [t["text"] for t in result["tokens"]]
        self.assertIn("U.S.", texts)
        self.assertIn("Gen.", texts)

    def test_offset_units(self):
        for unit in ("utf16", "codepoint", "byte"):
            with self.subTest(unit=unit):
                result = self.analyze(["--offsets", unit, "--tokens"], NEWS_BYTES)
                self.assertValidResult(result, NEWS_BYTES, unit=unit, tokens=True)
        result = self.analyze(["--offsets=byte"], NEWS_BYTES)
        self.assertEqual(result["offsets"], "byte")

    def test_document_date(self):
        result = self.analyze(["--date", "2018-04-25"], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES)
        self.assertEqual(result["date"], "2018-04-25")
        result = self.analyze(["--date=2016-02-29"], b"Leap day.")
        self.assertEqual(result["date"], "2016-02-29")

    def test_entities_pipeline(self):
        result = self.analyze(["--pipeline", "entities"], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES)
        self.assertTrue(result["mentions"])

    def test_schema_rejects_broken_results(self):
        # The schema must have teeth: each of these edits of a real result is invalid.
        good = self.analyze(["--tokens"], NEWS_BYTES)
        self.assertTrue(RESULT.is_valid(good))
        edits = [
            lambda r: r.pop("mentions"),
            lambda r: r.__setitem__("schema", "lede/2"),
            lambda r: r.__setitem__("offsets", "utf8"),
            lambda r: r.__setitem__("date", "2018-4-25"),
            lambda r: r["mentions"][0].__setitem__("type", "PER"),
            lambda r: r["mentions"][0].__setitem__("score", 1.5),
            lambda r: r["mentions"][0].__setitem__("start", -1),
            lambda r: r["entities"][0].__setitem__("mentions", ["0"]),
            lambda r: r["tokens"][0].__setitem__("head", -2),
            lambda r: r["relations"].append({"id": 0, "type": "likes"}),
            lambda r: r["dates"].append({"mention": 0, "value": "2018-04", "end": None, "anchor": "nearby"}),
        ]
        for number, edit in enumerate(edits):
            with self.subTest(edit=number):
                broken = copy.deepcopy(good)
                edit(broken)
                self.assertFalse(ANY_LINE.is_valid(broken))

    def test_schema_accepts_the_design_example(self):
        relation = {"id": 0, "type": "visited", "subject": 0, "object": 3, "subject_mention": 0,
                    "object_mention": 5, "predicate": "visit", "negated": False, "date": "2018-04",
                    "sentence": 1, "start": 95, "end": 160, "score": 0.8}
        role = dict(relation, type="role", object=None, title="Chief of Army Staff", date=None)
        result = {
            "schema": "lede/1", "model": {"name": "m", "version": "1"}, "offsets": "utf16",
            "sentences": [{"start": 0, "end": 152}],
            "tokens": [{"start": 0, "end": 9, "pos": "PROPN", "tag": "NNP", "lemma": "Bajwa", "head": -1,
                        "dep": "root"}],
            "mentions": [{"id": 0, "start": 120, "end": 137, "text": "Qamar Javed Bajwa", "type": "PERSON",
                          "entity": 0, "sentence": 1, "score": 0.97}],
            "entities": [{"id": 0, "type": "PERSON", "name": "Qamar Javed Bajwa", "mentions": [0, 4, 9],
                          "titles": ["Chief of Army Staff", "General"], "salience": 0.21}],
            "relations": [relation, role],
            "quotes": [{"start": 1020, "end": 1130, "speaker": None, "speaker_text": "a senior official",
                        "sentence": 7}],
            "dates": [{"mention": 12, "value": "2018-04-24", "end": None, "anchor": "document"}],
            "future_key": {"anything": True},
        }
        errors = list(RESULT.iter_errors(result))
        self.assertFalse(errors, [e.message for e in errors])
        self.assertTrue(ANY_LINE.is_valid(result))
        self.assertTrue(ERROR_LINE.is_valid({"id": 3, "error": "invalid JSON"}))
        self.assertTrue(ANY_LINE.is_valid({"id": None, "error": "invalid JSON"}))
        self.assertFalse(ANY_LINE.is_valid({"id": 3}))

    def test_several_files_give_an_array(self):
        first = self.write("first.txt", NEWS)
        second = self.write("second.txt", "Prices rose 5% in May.")
        empty = self.write("empty.txt", "")
        proc = run(["analyze", str(first), str(second), str(empty)])
        self.assertExitedCleanly(proc)
        results = json.loads(proc.stdout)
        self.assertIsInstance(results, list)
        self.assertEqual(len(results), 3)
        for path, result in zip((first, second, empty), results):
            self.assertValidResult(result, path.read_bytes())
        self.assertEqual(results[1]["mentions"][0]["text"], "5%")
        self.assertEqual(results[2]["sentences"], [])

    def test_one_file_gives_an_object(self):
        path = self.write("one.txt", NEWS)
        proc = run(["analyze", str(path)])
        self.assertExitedCleanly(proc)
        self.assertIsInstance(json.loads(proc.stdout), dict)

    def test_jsonl_output_names_each_file(self):
        first = self.write("a.txt", NEWS)
        second = self.write("b.txt", "On 3 May 2017 it rained.")
        proc = run(["analyze", "--format", "jsonl", "--tokens", str(first), str(second)])
        self.assertExitedCleanly(proc)
        lines = proc.stdout.split(b"\n")
        self.assertEqual(lines[-1], b"")
        lines = lines[:-1]
        self.assertEqual(len(lines), 2)
        for path, line in zip((first, second), lines):
            result = json.loads(line)
            self.assertEqual(result["id"], str(path))
            self.assertValidResult(result, path.read_bytes(), tokens=True)
            self.assertTrue(ANY_LINE.is_valid(result))


class OffsetTest(LedeTestCase):
    # Non-BMP characters (emoji, a flag, a musical symbol) before the mentions shift UTF-16 offsets away
    # from code points, and accented letters and CJK shift bytes away from both.
    TEXT = ("😀🇵🇰 Zoë and Ngũgĩ met in 北京 on 25 April 2018 at 10:30 am. 𝄞 Café owners counted 5 guests. "
            "東京 reported 3,000 visitors 🎉 and a 5% rise.\n")

    def check_units(self, data):
        results = {}
        for unit in ("utf16", "codepoint", "byte"):
            result = self.analyze(["--offsets", unit, "--tokens"], data)
            self.assertValidResult(result, data, unit=unit, tokens=True)
            results[unit] = result
        # The three results describe the same spans.
        for key in ("tokens", "mentions", "sentences"):
            counts = {unit: len(results[unit][key]) for unit in results}
            self.assertEqual(len(set(counts.values())), 1, counts)
        return results

    def test_utf16_codepoint_and_byte_offsets_slice_the_text(self):
        data = self.TEXT.encode("utf-8")
        results = self.check_units(data)
        text = self.TEXT
        utf16 = text.encode("utf-16-le")
        mention_texts = [m["text"] for m in results["utf16"]["mentions"]]
        self.assertIn("25 April 2018", mention_texts)
        self.assertIn("3,000", mention_texts)
        self.assertIn("5%", mention_texts)
        for mention in results["utf16"]["mentions"]:
            self.assertEqual(utf16[2 * mention["start"]:2 * mention["end"]].decode("utf-16-le"), mention["text"])
        for mention in results["codepoint"]["mentions"]:
            self.assertEqual(text[mention["start"]:mention["end"]], mention["text"])
        for mention in results["byte"]["mentions"]:
            self.assertEqual(data[mention["start"]:mention["end"]].decode("utf-8"), mention["text"])
        # The units really differ here, so the test would catch one standing in for another.
        date = mention_texts.index("25 April 2018")
        starts = {unit: results[unit]["mentions"][date]["start"] for unit in results}
        self.assertEqual(starts["codepoint"], text.index("25 April"))
        self.assertEqual(starts["utf16"], len(text[:text.index("25 April")].encode("utf-16-le")) // 2)
        self.assertEqual(starts["byte"], len(text[:text.index("25 April")].encode("utf-8")))
        self.assertEqual(len(set(starts.values())), 3, starts)
        # Non-BMP tokens span two UTF-16 code units and one code point.
        emoji = [t for t in results["utf16"]["tokens"] if t["text"] == "🎉"]
        self.assertEqual(len(emoji), 1)
        self.assertEqual(emoji[0]["end"] - emoji[0]["start"], 2)
        emoji = [t for t in results["codepoint"]["tokens"] if t["text"] == "🎉"]
        self.assertEqual(emoji[0]["end"] - emoji[0]["start"], 1)

    def test_sentences_cover_the_text(self):
        data = self.TEXT.encode("utf-8")
        results = self.check_units(data)
        sentences = results["codepoint"]["sentences"]
        self.assertEqual(sentences[-1]["end"], len(self.TEXT.rstrip()))

    def test_invalid_utf8_is_replaced_per_bad_sequence(self):
        data = b"abc \xff\xfe def \xe2\x82 ghi \xed\xa0\x80 jkl \xf0\x9f\x98 mno \xc0\xaf 5%"
        results = self.check_units(data)
        texts = [t["text"] for t in results["byte"]["tokens"]]
        # \xff and \xfe are two bad sequences; \xe2\x82 and \xf0\x9f\x98 are one each (truncated);
        # a surrogate ED A0 80 and the overlong C0 AF are three and two.
        self.assertEqual("".join(texts), decode(data).replace(" ", ""))
        self.assertEqual("".join(texts).count("\ufffd"), 2 + 1 + 3 + 1 + 2)
        for token in results["byte"]["tokens"]:
            self.assertEqual(decode(data[token["start"]:token["end"]]), token["text"])
        byte_tokens = results["byte"]["tokens"]
        ghi = next(t for t in byte_tokens if t["text"] == "ghi")
        self.assertEqual(data[ghi["start"]:ghi["end"]], b"ghi")
        truncated = byte_tokens[texts.index("ghi") - 1]
        self.assertEqual(data[truncated["start"]:truncated["end"]], b"\xe2\x82")
        percent = results["byte"]["mentions"][-1]
        self.assertEqual(data[percent["start"]:percent["end"]], b"5%")
        # In UTF-16 and code points each U+FFFD counts one.
        utf16_tokens = results["utf16"]["tokens"]
        self.assertEqual(utf16_tokens[texts.index("ghi")]["start"], decode(data).index("ghi"))

    def test_line_breaks_and_tabs(self):
        data = "Line one.\r\nLine\ttwo on 5 May 2019.\u2028Third\u00a0line.\n".encode("utf-8")
        self.check_units(data)


class JsonlTest(LedeTestCase):
    def test_one_line_out_per_line_in(self):
        lines = [
            json.dumps({"id": 1, "text": "On 24 April 2018 the talks ended."}),
            json.dumps({"id": "doc-2", "text": "Prices rose 5%.", "date": "2018-04-25"}),
            "{not json",
            json.dumps({"id": 4}),
            json.dumps({"id": 5, "text": 42}),
            json.dumps({"id": 6, "text": "Fine.", "date": "2018-02-30"}),
            json.dumps({"id": 7, "text": "Fine.", "date": "2018-4-1"}),
            "",
            json.dumps([1, 2]),
            json.dumps({"id": "ünï 😀", "text": "A line\nwith a break,\u2028a separator and a 😀 in 2019.\u0000"}),
            json.dumps({"text": "No id at all, 3 people."}),
            json.dumps({"id": 12, "text": "Last line without a newline: 7 days.", "date": None}),
        ]
        data = ("\n".join(lines[:-1]) + "\r\n" + lines[-1]).encode("utf-8")
        proc = run(["analyze", "--jsonl", "--tokens"], data)
        self.assertExitedCleanly(proc)
        out = proc.stdout.split(b"\n")  # not splitlines(): U+2028 inside a JSON string is no line break
        self.assertEqual(out[-1], b"")
        out = [json.loads(line) for line in out[:-1]]
        self.assertEqual(len(out), len(lines))
        for line in out:
            self.assertTrue(ANY_LINE.is_valid(line), line)

        good = {0, 1, 9, 10, 11}
        for index, result in enumerate(out):
            with self.subTest(line=index):
                if index in good:
                    self.assertNotIn("error", result)
                    source = json.loads(lines[index])
                    self.assertValidResult(result, source["text"].encode("utf-8"), tokens=True)
                else:
                    self.assertTrue(ERROR_LINE.is_valid(result), result)
                    self.assertTrue(result["error"])

        self.assertEqual([r["id"] for r in out],
                         [1, "doc-2", None, 4, 5, 6, 7, None, None, "ünï 😀", None, 12])
        self.assertIsNone(out[0]["date"])
        self.assertEqual(out[1]["date"], "2018-04-25")
        self.assertEqual(out[0]["mentions"][0]["text"], "24 April 2018")
        self.assertEqual(out[1]["mentions"][0]["text"], "5%")
        self.assertIn("date", out[5]["error"])
        self.assertIn("date", out[6]["error"])
        self.assertIn("text", out[3]["error"])
        self.assertIn("text", out[4]["error"])
        self.assertIn("JSON", out[2]["error"])
        self.assertEqual(out[10]["mentions"][0]["text"], "3")
        self.assertEqual(out[11]["mentions"][0]["text"], "7 days")

    def test_command_line_date_is_the_default(self):
        data = (json.dumps({"id": 1, "text": "Hi."}) + "\n"
                + json.dumps({"id": 2, "text": "Hi.", "date": "2019-01-31"}) + "\n").encode()
        proc = run(["analyze", "--jsonl", "--date", "2018-04-25"], data)
        self.assertExitedCleanly(proc)
        out = [json.loads(line) for line in proc.stdout.splitlines()]
        self.assertEqual([r["date"] for r in out], ["2018-04-25", "2019-01-31"])

    def test_jsonl_from_files(self):
        first = self.write("a.jsonl", json.dumps({"id": "a1", "text": "One 1."}) + "\n")
        second = self.write("b.jsonl", json.dumps({"id": "b1", "text": "Two 2."}) + "\n"
                            + json.dumps({"id": "b2", "text": "Three 3."}) + "\n")
        proc = run(["analyze", "--jsonl", str(first), str(second)])
        self.assertExitedCleanly(proc)
        self.assertEqual([json.loads(l)["id"] for l in proc.stdout.splitlines()], ["a1", "b1", "b2"])

    def test_jsonl_cannot_write_conll(self):
        proc = run(["analyze", "--jsonl", "--format", "conll2003"], b"")
        self.assertUsageError(proc, "--jsonl")


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


class RobustnessTest(LedeTestCase):
    def test_empty_and_blank_input(self):
        for data in (b"", b" ", b"\n\n\n", b" \t\r\n \u00a0".replace(b"\\u00a0", "\u00a0".encode())):
            with self.subTest(data=data):
                result = self.analyze(["--tokens"], data)
                self.assertValidResult(result, data, tokens=True)
                self.assertEqual(result["sentences"], [])
                self.assertEqual(result["tokens"], [])
                self.assertEqual(result["mentions"], [])

    def test_random_bytes(self):
        rng = random.Random(20180425)
        data = bytes(rng.getrandbits(8) for _ in range(200_000))
        for unit in ("utf16", "byte"):
            with self.subTest(unit=unit):
                result = self.analyze(["--tokens", "--offsets", unit], data)
                self.assertValidResult(result, data, unit=unit, tokens=True)
                self.assertTrue(result["tokens"])

    def test_random_text_mix(self):
        rng = random.Random(7)
        pieces = ["April", " ", "\n\n", ".", "U.S.", "😀", "é", "北", "\ufffd", "$", "5", ",", "000", "%", "-",
                  "'s", "\"", "(", ")", "…", "\u200b", "\t", "Mr.", "2018", "\u0000", "\u2028"]
        text = "".join(rng.choice(pieces) for _ in range(20_000))
        data = text.encode("utf-8")
        for unit in ("utf16", "codepoint", "byte"):
            with self.subTest(unit=unit):
                result = self.analyze(["--tokens", "--offsets", unit], data)
                self.assertValidResult(result, data, unit=unit, tokens=True)

    def test_ten_megabytes(self):
        paragraph = ("Gen. Tariq Hameed met the U.S. envoy in Lima on 24 April 2018, and 3,000 people watched. "
                     "The visit cost $5 million, up 5% from last year.\n\n")
        text = paragraph * (10_000_000 // len(paragraph) + 1)
        path = self.write("big.txt", text)
        started = time.monotonic()
        proc = run(["analyze", str(path)], timeout=300)
        elapsed = time.monotonic() - started
        self.assertExitedCleanly(proc)
        result = json.loads(proc.stdout)
        reduced = {key: value[:1000] if isinstance(value, list) else value for key, value in result.items()}
        errors = list(RESULT.iter_errors(reduced))
        self.assertFalse(errors, [e.message for e in errors[:3]])
        # Nothing lost: every paragraph's sentences and mentions are there, up to the end of the text.
        copies = text.count(paragraph)
        one = self.analyze([], paragraph.encode())
        self.assertEqual(len(result["sentences"]), len(one["sentences"]) * copies)
        self.assertEqual([m["text"] for m in result["mentions"][:len(one["mentions"])]], [m["text"] for m in one["mentions"]])
        self.assertEqual(len(result["mentions"]), len(one["mentions"]) * copies, [m["text"] for m in result["mentions"][:12]])
        self.assertEqual(result["sentences"][-1]["end"], len(text.rstrip()))
        last = result["mentions"][-1]
        self.assertEqual(text[last["start"]:last["end"]], last["text"])
        # Speed is measured by scripts/bench.sh, not asserted; the run's timeout only catches a hang.
        print(f"\n10 MB analyzed in {elapsed:.1f} s", file=sys.stderr)


class EvalTest(LedeTestCase):
    PERFECT = (
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

    # Gold that the tokenizer cannot match: "ab" as two words.
    IMPERFECT = (
        "# sent_id = x-1\n"
        "# text = ab cd.\n"
        "1\ta\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n"
        "2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n"
        "3\tcd\tcd\tX\tX\t_\t1\tdep\t_\tSpaceAfter=No\n"
        "4\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
        "\n"
    )

    def evaluate(self, content):
        path = self.write("gold.conllu", content)
        proc = run(["eval", "tokenize", "--data", str(path)])
        self.assertExitedCleanly(proc)
        summary = json.loads(proc.stdout.decode().strip().split("\n")[-1])
        for key in ("tokens", "sentences"):
            f1 = summary[key]["f1"]
            self.assertIsInstance(f1, (int, float))
            self.assertGreaterEqual(f1, 0)
            self.assertLessEqual(f1, 100)
        return summary

    def test_perfect_snippet_scores_100(self):
        summary = self.evaluate(self.PERFECT)
        self.assertEqual(summary["tokens"]["f1"], 100)
        self.assertEqual(summary["sentences"]["f1"], 100)
        self.assertEqual(summary["tokens"]["gold"], 14)
        self.assertEqual(summary["sentences"]["gold"], 2)

    def test_imperfect_snippet_scores_less(self):
        summary = self.evaluate(self.IMPERFECT)
        self.assertLess(summary["tokens"]["f1"], 100)
        self.assertGreater(summary["tokens"]["f1"], 0)
        self.assertEqual(summary["sentences"]["f1"], 100)

    def test_directory_of_files(self):
        self.write("one.conllu", self.PERFECT)
        self.write("two.conllu", self.IMPERFECT)
        self.write("ignored.txt", "not a treebank")
        proc = run(["eval", "tokenize", "--data", str(self.tmp)])
        self.assertExitedCleanly(proc)
        summary = json.loads(proc.stdout.decode().strip().split("\n")[-1])
        self.assertEqual(summary["tokens"]["gold"], 14 + 4)


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
        path = self.write("gold.conllu", EvalTest.PERFECT)
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


class RelationsTest(LedeTestCase):
    """The relations stage through the CLI: the relations array of lede/1, lede eval relations."""

    # Written for this test.
    TEXT = ("ISLAMABAD: Foreign Minister Khawaja Asif met Chinese President Xi Jinping in Beijing on Tuesday. "
            "Russian President Vladimir Putin visited India last week, and he thanked Prime Minister Narendra Modi.\n\n"
            "Pakistan was accused by Donald Trump of deception.")

    def result(self, args=()):
        data = self.TEXT.encode("utf-8")
        result = self.analyze(list(args), data)
        self.assertValidResult(result, data, unit=args[1] if args and args[0] == "--offsets" else "utf16")
        if not result["relations"]:
            self.skipTest("the default model finds no relations here (no parser?)")
        return result

    def described(self, result):
        names = [e["name"] for e in result["entities"]]
        out = set()
        for r in result["relations"]:
            obj = names[r["object"]] if r["object"] is not None else None
            out.add((r["type"], names[r["subject"]], r["predicate"], obj, r["negated"]))
        return out

    def test_relations_of_each_kind(self):
        found = self.described(self.result())
        self.assertIn(("role", "Khawaja Asif", "Foreign Minister", None, False), found)
        self.assertIn(("role", "Xi Jinping", "President", "Chinese", False), found)
        if not any(kind == "met" for kind, *_ in found):
            self.skipTest("the default model has no parser")
        self.assertIn(("met", "Khawaja Asif", "meet", "Xi Jinping", False), found)
        self.assertIn(("visited", "Vladimir Putin", "visit", "India", False), found)
        self.assertIn(("open", "Donald Trump", "accuse", "Pakistan", False), found)

    def test_offsets_follow_the_unit(self):
        for unit in ("utf16", "codepoint", "byte"):
            with self.subTest(unit=unit):
                self.result(["--offsets", unit])

    def test_entities_pipeline_has_no_relations(self):
        result = self.analyze(["--pipeline", "entities"], self.TEXT.encode("utf-8"))
        self.assertEqual(result["relations"], [])

    def test_eval_relations(self):
        conll04 = ("#doc 1\n0\tJohn\tB-Peop\t['N']\t[0]\n1\tSmith\tI-Peop\t['Work_For']\t[4]\n"
                   "2\tworks\tO\t['N']\t[2]\n3\tfor\tO\t['N']\t[3]\n4\tIBM\tB-Org\t['N']\t[4]\n5\t.\tO\t['N']\t[5]\n")
        path = self.write("conll04.txt", conll04)
        proc = run(["eval", "relations", "--data", str(path)])
        self.assertExitedCleanly(proc)
        out = proc.stdout.decode()
        self.assertIn("end to end", out)
        self.assertIn("with gold entities", out)
        summary = json.loads(out.strip().split("\n")[-1])
        self.assertEqual(summary["task"], "relations")
        self.assertEqual(summary["sentences"], 1)
        self.assertEqual(summary["entity_types"]["Peop"]["gold"], 1)
        self.assertEqual(summary["entity_types"]["Org"]["gold"], 1)
        for mode in ("end_to_end", "gold_entities"):
            self.assertEqual(summary[mode]["micro"]["gold"], 1)
            for label in ("Work_For", "Live_In", "Located_In", "OrgBased_In", "Kill"):
                self.assertIn(label, summary[mode]["types"])
                self.assertTrue(0 <= summary[mode]["types"][label]["f1"] <= 100)

    def test_eval_relations_needs_data(self):
        self.assertUsageError(run(["eval", "relations"]), "--data")
        proc = run(["eval", "relations", "--data", str(self.tmp / "missing.txt")])
        self.assertGreaterEqual(proc.returncode, 1)
        self.assertTrue(proc.stderr.strip())


class EvalDocTest(LedeTestCase):
    """`lede eval doc`: mentions of lede/1 gold articles scored per type (exact UTF-16 span and type)."""

    # Written for this test: rules and the title lexicon find every mention, with or without a model.
    # "€" is one UTF-16 unit and three UTF-8 bytes, so byte offsets would miss the spans after it.
    TEXT = "Prices rose €5 on Monday. Foreign Minister Sara Lind said 7% more."

    def gold(self, mentions):
        spans = []
        for text, kind in mentions:
            start = self.TEXT.index(text)
            spans.append({"id": len(spans), "start": start, "end": start + len(text), "text": text,
                          "type": kind, "entity": None})
        return {"schema": "lede/1", "id": "t", "date": "2024-06-13", "offsets": "utf16", "text": self.TEXT,
                "mentions": spans, "entities": []}

    def evaluate(self, *documents):
        for i, document in enumerate(documents):
            self.write(f"{i:02d}.json", json.dumps(document, ensure_ascii=False))
        proc = run(["eval", "doc", "--data", str(self.tmp), "--no-model"])
        self.assertExitedCleanly(proc)
        return json.loads(proc.stdout.decode().strip().split("\n")[-1])

    def test_per_type_figures(self):
        summary = self.evaluate(self.gold([("€5", "MONEY"), ("Monday", "DATE"), ("Foreign Minister", "TITLE"),
                                           ("Sara Lind", "PERSON"), ("7%", "PERCENT")]))
        self.assertEqual(summary["task"], "doc")
        self.assertEqual(summary["documents"], 1)
        for kind in ("MONEY", "DATE", "PERCENT", "TITLE", "PERSON"):
            figures = summary["types"][kind]
            self.assertEqual((figures["gold"], figures["f1"]), (1, 100), kind)
        self.assertEqual(summary["micro"]["gold"], 5)
        self.assertEqual(summary["names"]["gold"], 2)            # TITLE and PERSON
        self.assertEqual(summary["conll2003"]["PER"]["gold"], 1)  # TITLE maps to no CoNLL type
        self.assertEqual(summary["conll2003"]["micro"]["gold"], 1)

    def test_wrong_type_and_span_count_against(self):
        summary = self.evaluate(self.gold([("Prices", "ORG"), ("Minister", "TITLE")]))
        self.assertEqual(summary["types"]["ORG"]["f1"], 0)
        self.assertEqual(summary["types"]["TITLE"]["recall"], 0)
        self.assertLess(summary["micro"]["precision"], 100)

    def test_date_values_and_quotes_scored(self):
        document = self.gold([("Monday", "DATE"), ("Sara Lind", "PERSON")])
        document["entities"] = [{"id": 0, "type": "PERSON", "name": "Sara Lind", "mentions": [1], "titles": []}]
        document["mentions"][1]["entity"] = 0
        document["dates"] = [{"mention": 0, "value": "2024-06-10", "end": None}]
        start = self.TEXT.index("7% more")
        document["quotes"] = [{"start": start, "end": start + 7, "speaker": 0, "speaker_text": None, "indirect": True}]
        summary = self.evaluate(document)
        self.assertEqual(summary["date_values"]["gold"], 1)
        self.assertEqual(summary["date_values"]["accuracy"], 100)  # Thursday 13 June: the nearest Monday
        self.assertEqual(summary["quotes"]["gold"], 1)
        document["dates"][0]["value"] = "2024-06-17"
        self.assertEqual(self.evaluate(document)["date_values"]["accuracy"], 0)

    def test_relations_scored(self):
        # The role of "Foreign Minister Sara Lind" needs no parser: the title is attached to the name.
        document = self.gold([("Foreign Minister", "TITLE"), ("Sara Lind", "PERSON")])
        document["entities"] = [{"id": 0, "type": "PERSON", "name": "Sara Lind", "mentions": [0, 1],
                                 "titles": ["Foreign Minister"]}]
        for mention in document["mentions"]:
            mention["entity"] = 0
        document["relations"] = [{"id": 0, "type": "role", "subject": 0, "object": None, "title": "Foreign Minister"}]
        summary = self.evaluate(document)
        self.assertEqual(summary["relations"]["documents"], 1)
        role = summary["relations"]["types"]["role"]
        self.assertEqual((role["gold"], role["predicted"], role["f1"]), (1, 1, 100))
        self.assertEqual(summary["relations"]["micro"]["gold"], 1)
        document["relations"][0]["title"] = "Finance Minister"
        self.assertEqual(self.evaluate(document)["relations"]["types"]["role"]["f1"], 0)

    def test_requires_data(self):
        self.assertUsageError(run(["eval", "doc"]), "--data")

    def test_listed_in_help(self):
        proc = run(["eval", "--help"])
        self.assertExitedCleanly(proc)
        self.assertIn("doc", proc.stdout.decode())


class EventsTest(LedeTestCase):
    """Quotes with their speakers, normalized dates, relation and quote dates, the timeline (issue 9)."""

    def test_quote_and_speaker(self):
        result = self.analyze(["--date", "2018-04-25"], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES)
        slice_text = Slicer(NEWS_BYTES, "utf16")
        direct = [q for q in result["quotes"] if not q["indirect"]]
        self.assertEqual([slice_text(q["start"], q["end"]) for q in direct], ["We will keep talking"])
        speaker = result["entities"][direct[0]["speaker"]]
        self.assertEqual(speaker["name"], "Tariq Hameed")
        self.assertEqual(direct[0]["speaker_text"], "Hameed")

    def test_date_values_against_the_document_date(self):
        result = self.analyze(["--date", "2018-04-25"], NEWS_BYTES)
        self.assertEqual(result["date_source"], "option")
        values = {result["mentions"][d["mention"]]["text"]: (d["value"], d["anchor"]) for d in result["dates"]}
        self.assertEqual(values["Tuesday"], ("2018-04-24", "document"))
        self.assertEqual(values["24 April 2018"], ("2018-04-24", "absolute"))
        self.assertEqual(values["last year"], ("2017", "document"))

    def test_without_a_document_date(self):
        result = self.analyze([], NEWS_BYTES)
        self.assertIsNone(result["date"])
        self.assertIsNone(result["date_source"])
        values = {result["mentions"][d["mention"]]["text"]: (d["value"], d["anchor"]) for d in result["dates"]}
        self.assertEqual(values["last year"], ("XXXX", "unknown"))
        self.assertEqual(values["24 April 2018"], ("2018-04-24", "absolute"))

    def test_dateline_gives_the_document_date(self):
        text = "WASHINGTON, April 24, 2018 (Reuters) - The talks ended yesterday.\n".encode()
        result = self.analyze([], text)
        self.assertValidResult(result, text)
        self.assertEqual((result["date"], result["date_source"]), ("2018-04-24", "dateline"))
        values = {result["mentions"][d["mention"]]["text"]: d["value"] for d in result["dates"]}
        self.assertEqual(values["yesterday"], "2018-04-23")

    def test_jsonl_date(self):
        line = json.dumps({"id": 1, "text": "Prices rose last month.", "date": "2021-03-15"})
        proc = run(["analyze", "--jsonl"], line.encode())
        self.assertExitedCleanly(proc)
        result = json.loads(proc.stdout)
        self.assertEqual([d["value"] for d in result["dates"]], ["2021-02"])

    def test_timeline_orders_dated_quotes(self):
        text = ("“We will win,” Nadia Rana said on Friday. “We lost,” Omar Khan said on April 3, 2018. "
                "Rana said on Monday that the vote was fair.").encode()
        result = self.analyze(["--date", "2018-04-25"], text)
        self.assertValidResult(result, text)
        dates = [entry["date"] for entry in result["timeline"]]
        self.assertEqual(dates, ["2018-04-03", "2018-04-20", "2018-04-23"])
        self.assertTrue(all(entry["kind"] == "quote" for entry in result["timeline"]))

    def test_entities_pipeline_has_dates_but_no_quotes(self):
        result = self.analyze(["--pipeline", "entities", "--date", "2018-04-25"], NEWS_BYTES)
        self.assertValidResult(result, NEWS_BYTES)
        self.assertEqual(result["quotes"], [])
        self.assertEqual(result["timeline"], [])
        self.assertTrue(result["dates"])


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



MASK64 = (1 << 64) - 1


def _mix(state, word):
    state = ((state ^ word) * 0x9E3779B97F4A7C15) & MASK64
    return state ^ (state >> 32)


def model_checksum(data):
    """The model file's checksum as docs/model-format.md specifies it, written again from the spec."""
    data = bytearray(data)
    data[24:32] = bytes(8)
    size = len(data)
    data += bytes(-size % 32)
    lanes = [0x6C6564652D6C616E, 0x65732D6D6F64656C, 0x2D66696C652D3031, 0x243F6A8885A308D3]
    for block in range(0, len(data), 32):
        for lane in range(4):
            word = int.from_bytes(data[block + 8 * lane:block + 8 * lane + 8], "little")
            lanes[lane] = _mix(lanes[lane], word)
    result = _mix(0, size)
    for lane in lanes:
        result = _mix(result, lane)
    return _mix(result, 0)


def read_model(data):
    """A model file read independently of the C++ code, per docs/model-format.md."""
    def u32(at):
        return int.from_bytes(data[at:at + 4], "little")

    def u64(at):
        return int.from_bytes(data[at:at + 8], "little")

    def string(at):
        return data[at:data.index(b"\0", at)].decode("utf-8")

    assert data[:8] == b"LEDEMODL"
    header_size, count = u32(12), u32(32)
    sections = []
    for i in range(count):
        entry = header_size + 64 * i
        sections.append({"name": data[entry:entry + 32].rstrip(b"\0").decode(), "template": u32(entry + 32),
                         "seed": u64(entry + 40), "offset": u64(entry + 48), "size": u64(entry + 56)})
    return {"format": u32(8), "size": u64(16), "checksum": u64(24), "name": string(u64(40)),
            "version": string(u64(48)), "sections": sections}


class ModelTest(LedeTestCase):
    def pack(self, out, *args):
        proc = run(["model", "pack", "--out", str(out), *map(str, args)])
        self.assertExitedCleanly(proc)
        self.assertIn(b"wrote", proc.stderr)
        return out

    def small_models(self):
        first = self.pack(self.tmp / "first.model", "--name", "first", "--version", "1.0",
                          "--section", f"pos={self.write('pos1.bin', b'pos weights v1')}",
                          "--section", f"ner={self.write('ner.bin', bytes(range(256)) * 3)}")
        second = self.pack(self.tmp / "second.model", "--name", "second", "--version", "2.0",
                           "--section", f"pos={self.write('pos2.bin', b'pos weights, version two')}",
                           "--section", f"future.thing={self.write('x.bin', b'unknown to this build')}")
        return first, second

    def test_pack_merges_later_sections_over_earlier_ones(self):
        first, second = self.small_models()
        provenance = self.write("PROVENANCE.txt", "Data: none. License: CC0.\nCommand: the test.\n")
        merged = self.pack(self.tmp / "merged.model", "--name", "lede-test", "--version", "3.1.4",
                           "--provenance", provenance, first, second)
        data = merged.read_bytes()
        model = read_model(data)
        self.assertEqual((model["format"], model["name"], model["version"]), (1, "lede-test", "3.1.4"))
        self.assertEqual(model["size"], len(data))
        self.assertEqual(model["checksum"], model_checksum(data))
        self.assertEqual([s["name"] for s in model["sections"]], ["pos", "ner", "future.thing", "provenance"])
        contents = {s["name"]: data[s["offset"]:s["offset"] + s["size"]] for s in model["sections"]}
        self.assertEqual(contents["pos"], b"pos weights, version two")
        self.assertEqual(contents["ner"], bytes(range(256)) * 3)
        self.assertEqual(contents["provenance"], provenance.read_bytes())
        for section in model["sections"]:
            self.assertEqual(section["offset"] % 64, 0)

        proc = run(["model", "info", str(merged)])
        self.assertExitedCleanly(proc)
        out = proc.stdout.decode()
        for expected in ("name:           lede-test", "version:        3.1.4", "format version: 1",
                         f"size:           {len(data)} bytes", "sections:       4", "future.thing",
                         "provenance:\nData: none. License: CC0.\nCommand: the test.\n"):
            self.assertIn(expected, out)
        self.assertRegex(out, r"\n  pos +24 +0 0x0000000000000000\n")
        self.assertRegex(out, r"\n  ner +768 +0 ")

    def test_pack_can_overwrite_one_of_its_inputs(self):
        first, second = self.small_models()
        self.pack(first, first, second)
        self.assertEqual(len(read_model(first.read_bytes())["sections"]), 3)
        self.assertExitedCleanly(run(["model", "info", str(first)]))

    def test_analyze_and_bench_with_a_model(self):
        # A section no stage reads: the model loads and the rules run.
        first = self.pack(self.tmp / "first.model", "--name", "first", "--version", "1.0",
                          "--section", f"future.thing={self.write('x.bin', b'a section no stage reads')}")
        result = self.analyze(["--model", str(first)], NEWS_BYTES)
        self.assertEqual(result["model"], {"name": "first", "version": "1.0"})
        self.assertValidResult(result, NEWS_BYTES)
        rules = self.analyze(["--no-model"], NEWS_BYTES)
        self.assertEqual(rules["model"]["name"], "lede-rules")
        proc = run(["bench", "--repeat", "1", "--model", str(first)], NEWS_BYTES)
        self.assertExitedCleanly(proc)
        self.assertIn(b"model: first 1.0", proc.stdout)
        # A section a stage reads, made of made-up bytes, is refused by that stage with a clear reason.
        garbage, _ = self.small_models()
        proc = run(["analyze", "--model", str(garbage)], NEWS_BYTES)
        self.assertEqual(proc.returncode, 1)
        self.assertIn(b"cannot load model", proc.stderr)

    def test_bad_model_files_fail_clearly(self):
        first, _ = self.small_models()
        data = first.read_bytes()
        flipped = bytearray(data)
        flipped[-100] ^= 0x04
        newer = bytearray(data)
        newer[8] = 9
        cases = {
            "truncated.model": (data[:150], "truncated"),
            "flipped.model": (bytes(flipped), "checksum mismatch"),
            "newer.model": (bytes(newer), "format version 9 is newer than this build reads (1)"),
            "text.model": (b"hello world\n", "not a Lede model (bad magic)"),
            "empty.model": (b"", "empty file"),
        }
        for name, (content, reason) in cases.items():
            path = self.write(name, content)
            for command in (["analyze", "--model", str(path)], ["bench", "--model", str(path)],
                            ["model", "info", str(path)], ["model", "pack", "--out", str(self.tmp / "o.model"), str(path)]):
                with self.subTest(file=name, command=command[:2]):
                    proc = run(command, NEWS_BYTES)
                    self.assertExitedCleanly(proc, 1)
                    message = proc.stderr.decode()
                    self.assertIn(str(path), message)
                    self.assertIn(reason, message)
                    self.assertEqual(len(message.strip().splitlines()), 1, message)
                    self.assertEqual(proc.stdout, b"")
        self.assertFalse((self.tmp / "o.model").exists())
        proc = run(["analyze", "--model", str(self.tmp / "missing.model")], NEWS_BYTES)
        self.assertExitedCleanly(proc, 1)
        self.assertIn("missing.model", proc.stderr.decode())

    def test_model_usage_errors(self):
        first, _ = self.small_models()
        self.assertUsageError(run(["model"]), "info or pack")
        self.assertUsageError(run(["model", "frobnicate"]), "unknown subcommand 'frobnicate'")
        self.assertUsageError(run(["model", "pack", str(first)]), "--out")
        self.assertUsageError(run(["model", "pack", "--out", str(self.tmp / "x.model")]), "nothing to pack")
        self.assertUsageError(run(["model", "pack", "--out", str(self.tmp / "x.model"), "--section", "nofile"]),
                              "NAME=FILE")
        self.assertUsageError(run(["model", "pack", "--out", str(self.tmp / "x.model"),
                                   "--section", "a" * 32 + "=" + str(first)]), "NAME=FILE")
        self.assertUsageError(run(["model", "info", str(first), "--out", "x"]), "belong to pack")
        self.assertUsageError(run(["analyze", "--model", str(first), "--no-model"]), "exclude")

    def test_help_documents_model_commands(self):
        self.assertIn("model info", run(["--help"]).stdout.decode())
        proc = run(["model", "--help"])
        self.assertExitedCleanly(proc)
        for word in ("info", "pack", "--out", "--name", "--version", "--provenance", "--section"):
            self.assertIn(word, proc.stdout.decode())
        for command in ("analyze", "bench"):
            out = run([command, "--help"]).stdout.decode()
            self.assertIn("--model PATH", out)
            self.assertIn("--no-model", out)


if __name__ == "__main__":
    unittest.main()
