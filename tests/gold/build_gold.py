#!/usr/bin/env python3
"""Builds the gold articles' lede/1 JSON from their annotated sources, and validates them.

Each tests/gold/src/NAME.txt holds a header (``key: value`` lines up to a line ``---``) and the
article with inline markup ``[[TYPE|text]]`` or ``[[TYPE#key|text]]`` (see tests/gold/README.md).
This script strips the markup, computes UTF-16 offsets, links the mentions that share a key into one
entity, checks everything it can, and writes tests/gold/NAME.json.

  build_gold.py            write every JSON file (and report per-type counts)
  build_gold.py --check    write nothing; fail if a JSON file is missing or differs from its source
  build_gold.py FILE...    only these sources

Python 3 standard library only. Exit status 1 on any error, with every error listed.
"""

import argparse
import json
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAME_TYPES = ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK", "LAW", "PRODUCT", "MISC", "TITLE"]
VALUE_TYPES = ["DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"]
# The entity types of docs/lede-1.schema.json, in its order (the order of the printed counts).
TYPES = ["PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK", "LAW", "PRODUCT", "DATE", "TIME",
         "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TITLE", "MISC"]
assert sorted(TYPES) == sorted(NAME_TYPES + VALUE_TYPES)

MARKUP = re.compile(r"\[\[([A-Z]+)(?:#([A-Za-z0-9_-]+))?(?:=([^\[\]|]+))?\|([^\[\]|]+)\]\]")
# Quotes wrap text that may hold mentions: {{Q#key|...}} a direct quote of the entity keyed `key`,
# {{Q!Text|...}} of the entity of the mention written `Text` nearest to the quote, {{Q@words|...}} of an
# unnamed source (speaker null, speaker_text `words`); {{I...|...}} the same for reported speech.
QUOTE_OPEN = re.compile(r"\{\{([QI])(?:#([A-Za-z0-9_-]+)|!([^|{}\[\]]+)|@([^|{}\[\]]+))\|")
QUOTE_CLOSE = "}}"
TOKEN = re.compile(MARKUP.pattern + "|" + QUOTE_OPEN.pattern + "|" + re.escape(QUOTE_CLOSE))
# A DATE value (TIMEX3 style, tests/gold/README.md): "2024-06-12", "2024-06", "2024", "199", "2024-W25",
# "2024-Q4", "2024-H1", "2023-WI"; a range "2017/2021"; "?" for a date with no calendar value.
DATE_VALUE = re.compile(r"^([0-9]{2,4}(-([0-9]{2}(-[0-9]{2})?|W[0-9]{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?)$")
HEADER_KEYS = {"id", "date", "topic"}
DATE = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
MIN_WORDS, MAX_WORDS = 120, 250


def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


class Article:
    def __init__(self, path):
        self.path = path
        self.errors = []
        self.warnings = []

    def error(self, message):
        self.errors.append(f"{self.path.name}: {message}")

    def warn(self, message):
        self.warnings.append(f"{self.path.name}: {message}")


def parse_source(path):
    """Returns (article, result dict or None)."""
    article = Article(path)
    raw = path.read_text(encoding="utf-8")
    if "\r" in raw:
        article.error("carriage return in source (use LF line ends)")
    lines = raw.split("\n")
    try:
        separator = lines.index("---")
    except ValueError:
        article.error("no '---' line ending the header")
        return article, None
    header = {}
    for number, line in enumerate(lines[:separator], 1):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or key not in HEADER_KEYS:
            article.error(f"header line {number}: expected one of {sorted(HEADER_KEYS)} as 'key: value'")
            continue
        header[key] = value.strip()
    body = "\n".join(lines[separator + 1:]).strip("\n")
    doc_id = header.get("id", path.stem)
    if doc_id != path.stem:
        article.error(f"id {doc_id!r} differs from the file name")
    date = header.get("date", "")
    if not DATE.match(date):
        article.error(f"header date {date!r} is not YYYY-MM-DD")

    # Strip the markup, keeping code-point offsets of each mention in the plain text.
    text_parts = []
    spans = []  # (start_cp, end_cp, type, key, text)
    plain_len = 0
    cursor = 0
    values = []  # (mention index, value text or None)
    open_quotes = []  # (plain start, kind, key, nearest-name text, unnamed text)
    quote_spans = []  # (start_cp, end_cp, kind, key, name, unnamed)
    for match in TOKEN.finditer(body):
        before = body[cursor:match.start()]
        text_parts.append(before)
        plain_len += len(before)
        cursor = match.end()
        if match.group(0) == QUOTE_CLOSE:
            if not open_quotes:
                article.error(f"'}}}}' without a quote opening it near {body[max(0, match.start() - 30):match.start()]!r}")
                continue
            start, kind, key, name, unnamed = open_quotes.pop()
            quote_spans.append((start, plain_len, kind, key, name, unnamed))
            continue
        if match.group(5):
            open_quotes.append((plain_len, match.group(5), match.group(6), match.group(7), match.group(8)))
            continue
        mtype, key, value, mtext = match.group(1), match.group(2), match.group(3), match.group(4)
        if value is not None:
            values.append((len(spans), value))
        elif mtype == "DATE":
            article.error(f"DATE {mtext!r}: no value ([[DATE=value|text]], '?' when it has none)")
        spans.append((plain_len, plain_len + len(mtext), mtype, key, mtext))
        text_parts.append(mtext)
        plain_len += len(mtext)
    for start, *_ in open_quotes:
        article.error(f"quote opened at {start} is never closed")
    text_parts.append(body[cursor:])
    text = "".join(text_parts)
    for leftover in ("[[", "]]"):
        if leftover in text:
            where = text.index(leftover)
            article.error(f"malformed markup near {text[max(0, where - 30):where + 30]!r}")

    # UTF-16 offset of every code-point position.
    to_utf16 = [0] * (len(text) + 1)
    for i, c in enumerate(text):
        to_utf16[i + 1] = to_utf16[i] + (2 if ord(c) > 0xFFFF else 1)

    mentions = []
    previous_end = 0
    for start, end, mtype, key, mtext in spans:
        label = f"{mtype} {mtext!r} at {start}"
        if mtype not in TYPES:
            article.error(f"{label}: unknown type")
        if mtype in VALUE_TYPES and key:
            article.error(f"{label}: value types take no entity key")
        if start < previous_end:
            article.error(f"{label}: overlaps the previous mention")
        previous_end = end
        if mtext != mtext.strip():
            article.error(f"{label}: leading or trailing space")
        if start > 0 and text[start - 1].isalnum():
            article.error(f"{label}: starts inside a word")
        if end < len(text) and text[end].isalnum():
            article.error(f"{label}: ends inside a word")
        if re.search(r"['\u2019]s?$", mtext) and mtype not in VALUE_TYPES:
            article.error(f"{label}: possessive inside the span")
        if re.match(r"(?i)the\s", mtext) and mtype in ("ORG", "GPE", "PERSON", "TITLE", "NORP") and not mtext.startswith("The "):
            article.error(f"{label}: lowercase 'the' inside a name span")
        if mtext.endswith((".", ",", ";", ":")) and mtype not in ("PERSON", "ORG", "TITLE", "MONEY", "TIME", "GPE"):
            article.warn(f"{label}: ends in punctuation")
        mention = OrderedDict()
        mention["id"] = len(mentions)
        mention["start"] = to_utf16[start]
        mention["end"] = to_utf16[end]
        mention["text"] = mtext
        mention["type"] = mtype
        mention["entity"] = None
        mentions.append((mention, key))

    # Entities: one per key, one per unkeyed name mention; numbered in order of first mention.
    entities = []
    by_key = {}
    for mention, key in mentions:
        if mention["type"] in VALUE_TYPES:
            continue
        if key is None or key not in by_key:
            entity = {"mentions": []}
            entities.append(entity)
            if key is not None:
                by_key[key] = entity
                entity["key"] = key
        else:
            entity = by_key[key]
        entity["mentions"].append(mention)
    entity_list = []
    for index, entity in enumerate(entities):
        named = [m for m in entity["mentions"] if m["type"] != "TITLE"]
        types = sorted({m["type"] for m in named})
        if len(types) > 1:
            article.error(f"entity #{entity.get('key')}: mentions of several types {types}")
        etype = types[0] if types else "TITLE"
        # The canonical name: the longest mention, preferring one not written in capitals (a dateline's
        # "ISLAMABAD" names the entity that "Islamabad" names better).
        name = max(named or entity["mentions"],
                   key=lambda m: (any(c.islower() for c in m["text"]), len(m["text"])))["text"]
        titles = []
        for m in entity["mentions"]:
            if m["type"] == "TITLE" and m["text"] not in titles:
                titles.append(m["text"])
        if entity.get("key") and len(entity["mentions"]) == 1:
            article.warn(f"entity #{entity['key']} has a single mention")
        for m in entity["mentions"]:
            m["entity"] = index
        record = OrderedDict()
        record["id"] = index
        record["type"] = etype
        record["name"] = name
        record["mentions"] = [m["id"] for m in entity["mentions"]]
        record["titles"] = titles
        if entity.get("key"):
            record["key"] = entity["key"]
        entity_list.append(record)

    # Slices must reproduce the mention text (checks the UTF-16 arithmetic end to end).
    units = text.encode("utf-16-le")
    for mention, _ in mentions:
        sliced = units[2 * mention["start"]:2 * mention["end"]].decode("utf-16-le")
        if sliced != mention["text"]:
            article.error(f"mention {mention['id']}: slice {sliced!r} != text {mention['text']!r}")

    # A name annotated once but left bare elsewhere in the same article is usually an oversight.
    annotated = {(start, end) for start, end, *_ in spans}
    for start, end, mtype, key, mtext in spans:
        if mtype in VALUE_TYPES or len(mtext) < 3:
            continue
        for hit in re.finditer(r"(?<!\w)" + re.escape(mtext) + r"(?!\w)", text):
            inside = any(s <= hit.start() and hit.end() <= e for s, e in annotated)
            if not inside:
                article.warn(f"{mtype} {mtext!r} also occurs unannotated at {hit.start()}")
                break

    # Dates: the normalized value of each DATE mention (a range as "start/end"; "?" = none, not listed).
    dates = []
    for index, value in values:
        mention = mentions[index][0]
        if mention["type"] != "DATE":
            article.error(f"{mention['type']} {mention['text']!r}: only DATE mentions take a value")
            continue
        if value == "?":
            continue
        first, _, last = value.partition("/")
        if not DATE_VALUE.match(first) or (last and not DATE_VALUE.match(last)):
            article.error(f"DATE {mention['text']!r}: value {value!r} is not an ISO 8601 / TIMEX3 value")
        record = OrderedDict()
        record["mention"] = mention["id"]
        record["value"] = first
        record["end"] = last or None
        dates.append(record)

    # Quotes: spans in UTF-16, the speaker as an entity id (or null with the unnamed source's words).
    key_entity = {e["key"]: e["id"] for e in entity_list if "key" in e}
    quotes = []
    for start, end, kind, key, name, unnamed in sorted(quote_spans):
        label = f"quote at {start} {text[start:start + 30]!r}"
        if text[start:end] != text[start:end].strip() or start == end:
            article.error(f"{label}: empty, or leading or trailing space")
        speaker = None
        if key is not None:
            speaker = key_entity.get(key)
            if speaker is None:
                article.error(f"{label}: no entity with key {key!r}")
        elif name is not None:
            candidates = [(min(abs(s - start), abs(s - end)), m["entity"]) for (m, _), (s, e, *_rest) in zip(mentions, spans)
                          if m["text"] == name and m["entity"] is not None]
            if not candidates:
                article.error(f"{label}: no name mention {name!r}")
            else:
                speaker = min(candidates)[1]
        record = OrderedDict()
        record["start"] = to_utf16[start]
        record["end"] = to_utf16[end]
        record["text"] = text[start:end]
        record["speaker"] = speaker
        record["speaker_text"] = unnamed
        record["indirect"] = kind == "I"
        quotes.append(record)

    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        article.warn(f"{words} words (aim: {MIN_WORDS}-{MAX_WORDS})")

    result = OrderedDict()
    result["schema"] = "lede/1"
    result["id"] = doc_id
    result["source"] = path.resolve().relative_to(HERE.parent.parent).as_posix()
    if header.get("topic"):
        result["topic"] = header["topic"]
    result["date"] = date
    result["offsets"] = "utf16"
    result["text"] = text
    result["mentions"] = [m for m, _ in mentions]
    result["entities"] = entity_list
    result["relations"] = read_relations(path, article, mentions, entity_list)
    result["quotes"] = quotes
    result["dates"] = dates
    return article, result


# Typed relations (tests/gold/README.md "Relations"): tests/gold/src/NAME.relations, one per line,
# tab-separated: type, subject, object ("-" for none), and for a role the title as written. An entity is
# "#key" (its markup key) or "=Text" (the entity of the name mention written Text; "=Text@2" the second
# such mention when the text names several entities).
RELATION_TYPES = ["role", "member_of", "located_in", "based_in", "lives_in", "met", "visited", "killed",
                  "attacked", "supports", "opposes", "accused", "communicated_with"]


def read_relations(path, article, mentions, entity_list):
    source = path.with_suffix(".relations")
    if not source.exists():
        return []
    by_key = {e["key"]: e["id"] for e in entity_list if "key" in e}

    def entity(ref, where):
        if ref.startswith("#"):
            if ref[1:] not in by_key:
                article.error(f"{where}: no entity with key {ref[1:]!r}")
            return by_key.get(ref[1:])
        if ref.startswith("="):
            text, _, nth = ref[1:].partition("@")
            hits = [m["entity"] for m, _ in mentions if m["text"] == text and m["entity"] is not None]
            if nth:
                if not nth.isdigit() or not 1 <= int(nth) <= len(hits):
                    article.error(f"{where}: no mention number {nth} written {text!r}")
                    return None
                return hits[int(nth) - 1]
            if len(set(hits)) != 1:
                article.error(f"{where}: {len(set(hits))} entities have a mention written {text!r} (use #key or @N)")
                return None
            return hits[0]
        article.error(f"{where}: an entity is #key or =Text, not {ref!r}")
        return None

    relations = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{source.name} line {number}"
        fields = line.split("\t")
        if len(fields) < 3 or fields[0] not in RELATION_TYPES:
            article.error(f"{where}: expected TYPE, SUBJECT, OBJECT[, TITLE] separated by tabs, TYPE one of {RELATION_TYPES}")
            continue
        kind, subject, obj = fields[0], entity(fields[1], where), None if fields[2] == "-" else entity(fields[2], where)
        if subject is None or (obj is None and kind != "role"):
            if fields[2] == "-" and kind != "role":
                article.error(f"{where}: only a role may have no object")
            continue
        record = OrderedDict()
        record["id"] = len(relations)
        record["type"] = kind
        record["subject"] = subject
        record["object"] = obj
        if kind == "role":
            title = fields[3] if len(fields) > 3 else ""
            held = [m["text"] for m, _ in mentions if m["type"] == "TITLE" and m["entity"] == subject]
            if title not in held:
                article.error(f"{where}: {title!r} is not a TITLE mention of the subject ({held})")
            record["title"] = title
        relations.append(record)
    return relations


def render(result):
    return json.dumps(result, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the JSON files, write nothing")
    parser.add_argument("--quiet", action="store_true", help="no warnings, no counts")
    parser.add_argument("--dir", type=Path, default=HERE,
                        help="a set of articles: DIR/src/*.txt built into DIR/*.json (default: tests/gold; "
                             "the held-out set is tests/gold/heldout)")
    parser.add_argument("sources", nargs="*", type=Path)
    options = parser.parse_args(argv)
    here = options.dir.resolve()
    src = here / "src"
    sources = options.sources or sorted(src.glob("*.txt"))
    if not sources:
        print(f"error: no sources in {src}", file=sys.stderr)
        return 1
    errors, warnings = [], []
    counts = Counter()
    total_words = 0
    ids = set()
    for path in sources:
        article, result = parse_source(path)
        errors += article.errors
        warnings += article.warnings
        if result is None:
            continue
        if result["id"] in ids:
            errors.append(f"{path.name}: duplicate id {result['id']}")
        ids.add(result["id"])
        counts.update(m["type"] for m in result["mentions"])
        total_words += len(result["text"].split())
        target = here / f"{result['id']}.json"
        rendered = render(result)
        if options.check:
            if not target.exists():
                errors.append(f"{target.name}: missing (run tests/gold/build_gold.py)")
            elif target.read_text(encoding="utf-8") != rendered:
                errors.append(f"{target.name}: differs from {path.name} (run tests/gold/build_gold.py)")
        elif not article.errors:
            target.write_text(rendered, encoding="utf-8")
    if not options.sources:
        built = {p.stem for p in here.glob("*.json")}
        for orphan in sorted(built - ids):
            errors.append(f"{orphan}.json: no source in src/")
    if not options.quiet:
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        print(f"{len(sources)} articles, {total_words} words, {sum(counts.values())} mentions")
        for t in TYPES:
            print(f"  {t:<9} {counts[t]:>5}")
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
