#!/usr/bin/env python3
"""Checks the layering of core/src: stages meet only through the Document.

A file of a stage folder includes only its own folder, the folders below the stages, the public headers
(lede/) and the parse layer's accessors (parse/syntax.hpp). Folders below the stages never include a
stage. Training code (learn/, scoring/) and the analyzer, which runs the stages in order, may include
anything. Prints each violation and exits 1, or prints a one-line summary and exits 0.
"""
import pathlib
import re
import sys

STAGES = {"pos", "parse", "ner", "rules", "resolve", "relations", "events", "export"}
BELOW_STAGES = {"text", "lexicon", "document", "perceptron", "model", "corpus"}
TRAINING = {"learn", "scoring"}
SHARED_ACROSS_STAGES = {"parse/syntax.hpp"}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def violations(source_root: pathlib.Path):
    for path in sorted(source_root.rglob("*")):
        if path.suffix not in (".cpp", ".hpp") or len(path.relative_to(source_root).parts) < 2:
            continue
        folder = path.relative_to(source_root).parts[0]
        if folder in TRAINING:
            continue
        if folder not in STAGES | BELOW_STAGES:
            yield f"{path}: folder '{folder}' is neither a stage, below the stages, nor training code"
            continue
        for included in INCLUDE.findall(path.read_text(encoding="utf-8")):
            target = included.split("/")[0]
            if "/" not in included or target == folder or target == "lede":
                continue
            if target in BELOW_STAGES and folder in STAGES | BELOW_STAGES:
                continue
            if folder in STAGES and included in SHARED_ACROSS_STAGES:
                continue
            yield f"{path}: includes {included} ({folder}/ may not use {target}/)"


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
    source_root = root / "core" / "src"
    found = list(violations(source_root))
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} include(s) cross a stage boundary", file=sys.stderr)
        return 1
    print("stage boundaries: no file of a stage folder includes another stage's files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
