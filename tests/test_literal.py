"""The two escapes for untrusted text: Markdown (captions, info boxes) and plotly's pseudo-HTML. The browser
test (tests/test_browser.py) checks what Streamlit and plotly draw from them; these check their shape."""

from __future__ import annotations

import re
import string

from dashboard.literal import escape_markdown, escape_plotly, unescape_plotly

JOINER = "\u2060"


def _unescaped_markdown(text: str) -> str:
    """What CommonMark shows for an escaped text: each backslash escape as its character, joiners unseen."""
    return re.sub(r"\\([" + re.escape(string.punctuation) + "])", r"\1", text).replace(JOINER, "")


def test_markdown_escape_starts_nothing_and_keeps_every_character():
    cases = [
        "![t](http://host.example/x.png) [Đăng nhập lại](http://host.example/phish)",
        '<a href="http://evil.example">x</a> **đậm** _nghiêng_ `mã` ~~gạch~~ $x^2$ :red[đỏ] # tiêu đề',
        "www.host.example me@host.example.vn :smile: :material/home:",
        "Tỉnh/thành: Hà Nội (chủ trì hoặc tham gia) · Thời gian: 01/01/2020 – 31/12/2020",
    ]
    for text in cases:
        escaped = escape_markdown(text)
        assert _unescaped_markdown(escaped) == text
        assert not re.search(r"(?<!\\)[\[\]()!<>*_`~$#:]", escaped)  # every marker escaped
        assert not re.search(r"https?:(\\)?//|www\\?\.|@[\w-]+\.|:\\?[\w/]+\\?:", escaped.replace("\\", ""))


def test_markdown_escape_keeps_lines_without_starting_blocks():
    escaped = escape_markdown("dòng một\n\n- mục\n> trích")
    assert "\n\n" not in escaped and escaped.count("  \n") == 2


def test_plotly_escape_leaves_no_tag_and_comes_back_whole():
    text = '<a href="http://evil.example">bấm</a><br><b>đậm</b> &amp; &#60;'
    escaped = escape_plotly(text)
    assert "<" not in escaped and ">" not in escaped and "&amp;amp;" in escaped
    assert unescape_plotly(escaped) == text
    assert escape_plotly(None) == "" and escape_plotly("Hà Nội") == "Hà Nội"
