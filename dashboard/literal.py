"""Untrusted text shown as it is written: one escape for Streamlit's Markdown, one for plotly's pseudo-HTML.

Text that came from an article, a file name, a record id or the URL (the search box, a shared link) may hold
`<a href=...>`, `![t](http://...)` or `[Đăng nhập lại](http://...)`. Drawn as Markdown or as plotly text it
would become a link, an image fetched from another host, bold type or a line break. Every place such text
meets Markdown (captions, st.info, st.warning) or a plotly figure (titles, notes, hover text, axis labels)
goes through one of these two functions. Plain-text places (st.text, table cells, slides, PDF) need neither.
No Streamlit here.
"""

from __future__ import annotations

import html
import re
import string

# Every ASCII punctuation character may be escaped with a backslash in CommonMark, and an escaped character
# starts nothing: no link, image, emphasis, code, heading, list, table, math ($), directive (:red[...]) or HTML.
_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
# Streamlit's Markdown also rewrites plain text after parsing, where a backslash no longer stands: GFM
# autolinks (`http://host`, `www.host`, `name@host.vn`) and shortcodes (`:smile:`, `:material/home:`).
# An invisible word joiner (U+2060) inside each such pattern keeps it from matching; nothing else changes.
_JOINER = "\u2060"
_REWRITTEN = re.compile(
    r"(?<=:)(?=//)"  # a scheme's ://
    r"|(?<=:)(?=[\w/+-]+:)"  # a shortcode's opening colon
    r"|(?<=\bwww)(?=\.)"  # www.
    r"|(?<=@)(?=[\w-]+\.)",  # an e-mail address's domain
    re.IGNORECASE,
)


def escape_markdown(text: object) -> str:
    """`text` as Markdown that Streamlit draws as exactly these characters, on one paragraph's lines."""
    value = "" if text is None else str(text)
    value = _REWRITTEN.sub(_JOINER, value)
    value = _PUNCTUATION.sub(r"\\\1", value)
    # A line break would end the paragraph or start a block; two spaces before it keep a visible break only.
    return re.sub(r"\s*\n\s*", "  \n", value.strip("\n"))


def escape_plotly(text: object) -> str:
    """`text` for any plotly string (title, note, hover text, tick label, legend name, data shown by a
    hovertemplate): its tags (<a>, <b>, <br>, <span>...) and entities shown as written."""
    value = "" if text is None else str(text)
    return html.escape(value, quote=False).replace("\n", " ")


def unescape_plotly(text: str) -> str:
    """The characters an escaped plotly string stands for (a slide heading taken from a figure's title)."""
    return html.unescape(text)
