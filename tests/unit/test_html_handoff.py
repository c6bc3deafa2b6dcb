"""The HTML tree a message's parse builds is handed to the content check (parsed once)."""

from __future__ import annotations

import mail.containers as mc
from intake.content.check import ContentPolicy, check_content
from intake.content.text import html_to_text
from mail.mime import parse_email

HTML = (
    "<html><head><style>p{}</style></head><body><p>Žádost o <s>test</s></p>"
    "<table><tr><td>IP</td><td>192.0.2.1</td></tr></table>"
    "<blockquote>citace</blockquote><input type=checkbox checked> ano</body></html>"
)


def test_handed_tree_renders_as_a_fresh_parse() -> None:
    mc.forget_parsed()
    fresh = html_to_text(HTML)
    mc.html_to_text(HTML)  # the message's parse: its tree kept for the content check
    assert HTML in mc._PARSED
    assert html_to_text(HTML) == fresh
    assert HTML not in mc._PARSED  # taken once: the content check changes the tree


def test_no_tree_outlives_its_message() -> None:
    raw = (
        "From: a@example.cz\r\nTo: b@example.cz\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + HTML + "\r\n"
    ).encode()
    parsed = parse_email(raw)
    assert mc._PARSED  # the body's tree, for the content check
    check_content(parsed, policy=ContentPolicy(), scanner=None)
    assert not mc._PARSED
    mc.html_to_text(HTML)
    parse_email(b"From: a@example.cz\r\nSubject: y\r\n\r\ntext\r\n")
    assert not mc._PARSED
