"""Ingest: turn paths, folders and URLs into RawDocuments, or a one-line reason why not."""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pactline.core.errors import InputError
from pactline.core.options import Options
from pactline.core.records import RawDocument


def _not_text(path: Path) -> bool:
    """Whether a named file of an unknown suffix is no text: a known non-text suffix (data/file_types.json) or a
    NUL byte in its first 8 KB; "joint_statement_v1.2" or "readout.2024-05-09" is read as text."""
    from pactline.core import vocab

    if path.suffix.lower() in vocab.load("file_types.json")["not_text"]:
        return True
    try:
        with path.open("rb") as handle:
            return b"\0" in handle.read(8192)
    except OSError:
        return False


SUFFIXES = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".pdf": "pdf"}


@dataclass
class InputItem:
    """One thing named on the command line, expanded: a file or a URL."""

    source: str
    path: Path | None = None
    url: str | None = None


def expand_inputs(args: list[str]) -> tuple[list[InputItem], list[InputError]]:
    """Expand files, folders (recursively) and URLs, in a stable order. Files of a type Pactline does not
    read, named or found in a folder, come back as errors (listed as skipped); a named file without a type
    suffix is read as text; hidden files in a folder are passed over."""
    items: list[InputItem] = []
    errors: list[InputError] = []
    for arg in args:
        if re.match(r"^https?://", arg):
            items.append(InputItem(source=arg, url=arg))
            continue
        path = Path(arg)
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            except OSError as exc:
                errors.append(InputError(arg, f"cannot list folder ({exc.strerror or exc})"))
                continue
            for p in found:
                if p.suffix.lower() in SUFFIXES:
                    items.append(InputItem(source=str(p), path=p))
                else:
                    errors.append(unsupported(str(p), p.suffix))
        elif path.is_file() and path.suffix.lower() not in SUFFIXES and _not_text(path):
            errors.append(unsupported(arg, path.suffix))  # named, a .docx or a binary file is no text
        elif path.exists():
            items.append(InputItem(source=arg, path=path))
        else:
            errors.append(InputError(arg, "no such file or folder"))
    return items, errors


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def unsupported(source: str, suffix: str) -> InputError:
    kind = f"{suffix.lower()} files" if suffix else "files without a type suffix"
    return InputError(source, f"unsupported file type ({kind}; Pactline reads {' '.join(SUFFIXES)})")


def read_item(item: InputItem, options: Options) -> list[RawDocument | InputError]:
    """Read one input into one or more RawDocuments (a .jsonl file holds several; its bad lines come back as
    InputErrors naming ``file:line``). Raises InputError when nothing in it can be read."""
    if item.url:
        data, content_type = _fetch(item.url, options)
        fmt = "html" if ("html" in content_type or data.lstrip()[:15].lower().startswith((b"<!doctype", b"<html"))) else "txt"
        return [_from_bytes(item.source, data, fmt, options, url=item.url)]
    assert item.path is not None
    fmt = SUFFIXES.get(item.path.suffix.lower(), "txt")
    data = _read_file(item.path, item.source, options)
    if fmt == "jsonl":
        return list(_from_jsonl(item.source, data, options))
    if fmt == "pdf":
        from pactline.reading.pdf import pdf_text

        text = pdf_text(item.source, data)
        return [RawDocument(source=item.source, text=text, fmt="pdf", raw_hash=hashlib.sha1(data).hexdigest())]
    return [_from_bytes(item.source, data, fmt, options)]


def _read_file(path: Path, source: str, options: Options) -> bytes:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(
                source, f"too large ({size / 1e6:.1f} MB, limit {options.max_bytes / 1e6:g} MB; raise it with --max-mb)"
            )
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder, expected a file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None


def _fetch(url: str, options: Options) -> tuple[bytes, str]:
    request = urllib.request.Request(url, headers={"User-Agent": "pactline/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=options.fetch_timeout) as resp:
            data = resp.read(options.max_bytes + 1)
            content_type = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(url, f"cannot fetch ({reason})") from None
    if len(data) > options.max_bytes:
        raise InputError(url, f"too large (over {options.max_bytes / 1e6:g} MB; raise it with --max-mb)")
    return data, content_type.lower()


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(sample) // 50)


def decode_bytes(source: str, data: bytes) -> tuple[str, list[str]]:
    """Decode text; UTF-8 first, then the single-byte code page that reads most plausibly."""
    if _looks_binary(data):
        raise InputError(source, "binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Not UTF-8: Cyrillic code page when high bytes mostly fall in its letter range, else Western.
    high = [b for b in data if b >= 0x80]
    cyrillic_letters = sum(1 for b in high if b >= 0xC0)
    encoding = "cp1251" if high and cyrillic_letters / len(high) > 0.8 and len(high) > len(data) * 0.2 else "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding = "latin-1"
        text = data.decode(encoding)
    return text, [f"not valid UTF-8 (first bad byte at {first_bad}); decoded as {encoding}"]


def _from_bytes(source: str, data: bytes, fmt: str, options: Options, url: str | None = None) -> RawDocument:
    if not data.strip():
        raise InputError(source, "empty file")
    text, warnings = decode_bytes(source, data)
    raw_hash = hashlib.sha1(data).hexdigest()
    if fmt == "html":
        return _from_html(source, text, raw_hash, warnings, url)
    if fmt == "md":
        text = strip_markdown(text)
    if not text.strip():
        raise InputError(source, "empty file")
    return RawDocument(source=source, text=text, fmt=fmt, raw_hash=raw_hash, url=url, warnings=warnings)


_MD_RULES = [
    (re.compile(r"^```.*?^```", re.M | re.S), ""),  # code fences carry no prose
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> their text
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.M), ""),  # heading marks
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),  # bullets
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"^\s*([-*_]\s*){3,}$", re.M), ""),  # rules
]


def strip_markdown(text: str) -> str:
    """Markdown to plain prose, so headings, datelines and emphasis read like any other text."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


_UNCLOSED_TITLE = re.compile(r"(<title\b[^>]*>[^<]*)(?=<(?!/title))", re.I)


def _from_html(source: str, html: str, raw_hash: str, warnings: list[str], url: str | None) -> RawDocument:
    import trafilatura  # heavy import, only when HTML arrives

    # An unclosed <title> would swallow the page's markup as its text ("Broken<body><div><p>…"): close it.
    html = _UNCLOSED_TITLE.sub(r"\1</title>", html, count=1)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        doc = None
        warnings = warnings + [f"HTML extractor failed ({type(exc).__name__}); used plain text fallback"]
    text = ""
    title = outlet = published = None
    if doc is not None and (doc.text or "").strip():
        from pactline.reading.html_head import meta_lines, page_headline, with_meta_lines

        text = "\n\n".join(line.strip() for line in doc.text.split("\n") if line.strip())
        title, outlet, published = doc.title, doc.sitename, doc.date
        headline = page_headline(html, text)  # a page without <h1>: its <h2>, not the tab's <title>
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        title = headline or title
        text = with_meta_lines(text, meta_lines(html, text), title)
    else:
        text = _html_fallback_text(html)
        if text:
            warnings = warnings + ["HTML extractor found no article; used plain text of the page"]
    if not text.strip():
        raise InputError(source, "HTML with no extractable text")
    return RawDocument(
        source=source, text=text, fmt="html", raw_hash=raw_hash, title=title, outlet=outlet,
        published=published, url=url, warnings=warnings,
    )


def _html_fallback_text(html: str) -> str:
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        blocks = [t.strip() for t in tree.xpath("//text()") if t.strip()]
        return "\n\n".join(blocks)
    except Exception:
        stripped = re.sub(r"<[^>]*>", " ", html)
        return re.sub(r"[ \t]+", " ", stripped).strip()


def _from_jsonl(source: str, data: bytes, options: Options) -> Iterator[RawDocument | InputError]:
    """One RawDocument per good line; each bad line gives an InputError named ``file:line`` with its cause."""
    text, _warnings = decode_bytes(source, data)
    if not text.strip():
        raise InputError(source, "empty file")
    found = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        obj, problem = _jsonl_record(line)
        if obj is None:
            yield InputError(f"{source}:{number}", problem)
            continue
        found += 1
        raw_hash = hashlib.sha1(line.encode("utf-8")).hexdigest()
        yield RawDocument(
            source=obj.get("url") or f"{source}#{number}", text=obj["text"], fmt="jsonl", raw_hash=raw_hash,
            title=obj.get("title"), outlet=obj.get("outlet"), published=obj.get("published"), url=obj.get("url"),
        )
    if not found:
        raise InputError(source, "no line holds a JSON object with a \"text\" string")


def _jsonl_record(line: str) -> tuple[dict | None, str]:
    """(the line's object, "") or (None, why the line cannot be a document)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(obj, dict):
        return None, f"a JSON {type(obj).__name__}, expected an object with a \"text\" string"
    if "text" not in obj:
        return None, "no \"text\" field"
    body = obj["text"]
    if not isinstance(body, str):
        kind = "null" if body is None else type(body).__name__
        return None, f"\"text\" is {kind}, not a string"
    if not body.strip():
        return None, "\"text\" is empty"
    return obj, ""


def file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def sources_in_file(path: str) -> list[str]:
    """The sources the documents of a JSONL file are stored under (each line's ``url``, else ``FILE#LINE``),
    so a user can name the file they ran; [] for any other file or one that cannot be read."""
    if not path.lower().endswith(".jsonl") or not Path(path).is_file():
        return []
    try:
        found = _from_jsonl(path, Path(path).read_bytes(), Options())
        return [doc.source for doc in found if isinstance(doc, RawDocument)]
    except (OSError, InputError):
        return []
