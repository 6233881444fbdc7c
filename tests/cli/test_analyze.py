"""`lede analyze`: results valid against docs/lede-1.schema.json, offsets in each unit, --jsonl, robustness."""

import copy
import json
import sys
import random
import time
import unittest

from cli_support import ANY_LINE, RESULT, ERROR_LINE, NEWS, NEWS_BYTES, run, decode, LedeTestCase


class SchemaTest(LedeTestCase):
    def test_resolved_entities(self):
        # The design's example person: aliases, a title attached, a pronoun linked, salience shares.
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

    def test_no_name_starts_or_ends_at_a_quote_mark(self):
        # The tagger, trained on straight quotes, ran the closing curly mark into the name after it.
        text = "“Garuda is our answer,” Raghunathan, the firm’s chief executive, said in Bengaluru.".encode()
        result = self.analyze([], text)
        self.assertValidResult(result, text)
        marks = "“”‘’\"'«»"
        for mention in result["mentions"]:
            self.assertFalse(mention["text"][0] in marks or mention["text"][-1] in marks, mention)
        self.assertIn(("PERSON", "Raghunathan"), [(m["type"], m["text"]) for m in result["mentions"]])

    def test_a_patronymic_joins_one_persons_name(self):
        # The tagger cut these names at "bin": the halves became two entities (and a relation between them).
        text = ("Rear Admiral Fahd bin Nasser al-Otaibi met Crown Prince Mohammed bin Salman and Anwar bin Ibrahim. "
                "Energy Minister Prince Abdulaziz bin Salman Al Saud said the cut would stay.").encode()
        result = self.analyze([], text)
        self.assertValidResult(result, text)
        names = [(m["type"], m["text"]) for m in result["mentions"] if m["type"] in ("PERSON", "ORG", "MISC")]
        self.assertEqual(names, [("PERSON", "Fahd bin Nasser al-Otaibi"), ("PERSON", "Mohammed bin Salman"),
                                 ("PERSON", "Anwar bin Ibrahim"), ("PERSON", "Abdulaziz bin Salman Al Saud")])

    def test_a_hyphenated_name_stays_whole(self):
        # The tokenizer splits at the hyphen; the tagger (trained on CoNLL-2003 tokens) cut the name there.
        text = "Opposition candidate Mahama Nkrumah-Boateng on Saturday accused the commission.".encode()
        result = self.analyze([], text)
        self.assertIn("Mahama Nkrumah-Boateng", [m["text"] for m in result["mentions"]])
        self.assertFalse(any(m["text"] in ("Boateng", "Mahama Nkrumah") for m in result["mentions"]))

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
        self.assertExitedCleanly(proc, 1)  # some lines are error lines
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


if __name__ == "__main__":
    unittest.main()
