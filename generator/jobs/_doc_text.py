"""A vendor's HTML page as the plain text kept in ``vendor-docs/``, and that text cut into sections by heading.

The kept docs are plain text whose headings are lines of their own, without markup (``Show Product License``,
``1.1 List Providers``). inscriptis renders HTML that way (headings and paragraphs as lines, tables as aligned
columns), so a pulled page compares line by line with the file a person saved by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

from inscriptis import Inscriptis
from lxml.etree import ParserError
from lxml.html import document_fromstring

_HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}


def html_to_text(html: str, *, plain: bool = False) -> str:
    """The page's text in the form of ``vendor-docs/*.txt``: trailing spaces cut, runs of blank lines as one.

    ``plain``: the server sent text/plain, which is kept as it is (HTML rendering would join its lines).
    """
    lines = [line.rstrip() for line in (html if plain else _inscriptis_text(html)).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n"


def _inscriptis_text(html: str) -> str:
    # lxml refuses a str that declares its encoding (XHTML pages start with one); the text is decoded already
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if not html.strip():
        return ""
    try:
        tree = document_fromstring(html)
    except (ParserError, ValueError):  # nothing but comments or processing instructions
        return ""
    # inscriptis unescapes the text lxml already unescaped: "&amp;notify_to=" would come out as "¬ify_to=".
    # Escaping every "&" once more gives back exactly the page's characters (URLs in API docs are full of "&").
    for element in tree.iter():
        if isinstance(element.text, str) and "&" in element.text:
            element.text = element.text.replace("&", "&amp;")
        if isinstance(element.tail, str) and "&" in element.tail:
            element.tail = element.tail.replace("&", "&amp;")
    return str(Inscriptis(tree).get_text())


def html_headings(html: str) -> dict[str, int]:
    """Every ``<h1>``..``<h6>`` of the page by its :func:`heading_key`, with its (highest) level."""
    collector = _HeadingCollector()
    collector.feed(html)
    collector.close()
    return collector.levels


def heading_key(text: str) -> str:
    """How a heading is recognised on a line: case, punctuation and a leading number (``1.2``) do not count."""
    words = re.sub(r"[^a-z0-9{}/]+", " ", text.lower()).strip()
    return re.sub(r"^(\d+ )+", "", words)


def body_key(lines: Iterable[str]) -> list[str]:
    """A section's lines as compared: whitespace runs as one space, blank lines dropped (layout is not content)."""
    return [" ".join(line.split()) for line in lines if line.strip()]


@dataclass(frozen=True)
class Section:
    heading: str  # the heading line as written ("" for the text before the first heading)
    key: str  # heading_key(heading)
    line: int  # 1-based line of the heading in its text
    body: tuple[str, ...]  # the lines after the heading, up to the next one


def split_sections(text: str, heading_keys: Iterable[str]) -> list[Section]:
    """Cut ``text`` before every line whose :func:`heading_key` is one of ``heading_keys``."""
    wanted = {key for key in heading_keys if key}
    sections: list[Section] = []
    body: list[str] = []
    heading, key, start = "", "", 0
    for number, line in enumerate(text.splitlines(), start=1):
        line_key = heading_key(line)
        if line_key in wanted:
            if heading or any(part.strip() for part in body):
                sections.append(Section(heading, key, start, tuple(body)))
            heading, key, start, body = line.strip(), line_key, number, []
        else:
            body.append(line)
    if heading or any(part.strip() for part in body):
        sections.append(Section(heading, key, start, tuple(body)))
    return sections


class _HeadingCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.levels: dict[str, int] = {}
        self._level: int | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HEADING_TAGS:
            self._level, self._text = _HEADING_TAGS[tag], []

    def handle_endtag(self, tag: str) -> None:
        if tag in _HEADING_TAGS and self._level is not None:
            key = heading_key(" ".join(self._text))
            if key:
                self.levels[key] = min(self._level, self.levels.get(key, self._level))
            self._level = None

    def handle_data(self, data: str) -> None:
        if self._level is not None:
            self._text.append(data)
