"""`lede model info|pack` and --model/--no-model: model files read and checked independently of the C++ code."""

import unittest

from cli_support import NEWS_BYTES, run, LedeTestCase


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
