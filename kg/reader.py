"""Stage 1: read a file into text, whatever its encoding, or say clearly why not."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

# Encodings a Chinese newspaper page arrives in, tried in this order after the BOM checks.
_LEGACY = ("big5hkscs", "gb18030")


@dataclass(frozen=True)
class Source:
    """One input file, decoded. Offsets everywhere in kg count characters of `text`."""

    path: str  # the path as given on the command line
    name: str  # file name, used for identifiers
    text: str
    encoding: str


def find_inputs(paths) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into the `.txt` files to read, in a stable order."""
    files: list[Path] = []
    errors: list[InputError] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not found:
                errors.append(InputError(p, "folder holds no .txt files"))
            files.extend(found)
        elif p.is_file():
            files.append(p)
        elif p.exists():
            errors.append(InputError(p, "not a regular file"))
        else:
            errors.append(InputError(p, "no such file or folder"))
    seen: set[Path] = set()
    by_stem: dict[str, Path] = {}
    unique = []
    for f in files:
        key = f.resolve()
        if key in seen:
            continue
        seen.add(key)
        first = by_stem.setdefault(page_stem(f.name), f)
        if first is not f:
            # A page's file name is its identity in the graph (e:page/<name>, its articles, mentions).
            errors.append(InputError(f, f"same file name as {first}; pages are named by their file name, rename one"))
            continue
        unique.append(f)
    return unique, errors


def page_stem(file_name: str) -> str:
    """The name that identifies a page in the graph: its file name without `.txt`."""
    return file_name[:-4] if file_name.endswith(".txt") else file_name


def _plausibility(text: str) -> float:
    """Share of characters a Chinese news page is made of; garbage decodes score low."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (
            ch.isascii()
            or 0x4E00 <= o <= 0x9FFF  # CJK unified ideographs
            or 0x3000 <= o <= 0x303F  # CJK punctuation
            or 0xFF00 <= o <= 0xFFEF  # full-width forms
            or o in (0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7, 0x25B2)
        ):
            good += 1
    return good / len(text)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise InputError naming the file and the problem."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"has a {enc} byte-order mark but is not valid {enc} (byte {exc.start})") from None
            return _check(text, enc, path)
    if b"\x00" in data:
        # UTF-16 without a BOM is mostly NUL bytes on alternate positions for ASCII text.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _plausibility(text) > 0.9:
                return _check(text, enc, path)
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return _check(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = None
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None or best[0] < 0.9:
        raise InputError(
            path,
            f"not valid UTF-8 (byte {utf8_error.start}) and not Big5-HKSCS or GB18030 text either",
        )
    return _check(best[1], best[2], path)


def _check(text: str, enc: str, path: str) -> tuple[str, str]:
    if not text.strip():
        raise InputError(path, "empty file")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 1000):
        raise InputError(path, f"binary file ({controls} control characters), not text")
    if enc.startswith("utf-16") and not any(c.isspace() or unicodedata.category(c).startswith("P") for c in text):
        # Bytes that are not UTF-16 pair up into random ideographs: real text has breaks or punctuation.
        raise InputError(path, f"decodes as {enc} but has no line break or punctuation: not text")
    if _plausibility(text) < 0.8:
        raise InputError(path, f"decodes as {enc} but does not look like Chinese or English text")
    return text, enc


def read_source(path) -> Source:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    text, enc = decode(data, str(path))
    return Source(path=str(path), name=path.name, text=text, encoding=enc)
