"""A page's metadata lines: a CMS body class ("has-sidebar") hides none, a reader's comment is none, a class
word is matched whole ("moreover-box" is no "more"), and only lines before the article's body count (review,
round 12)."""

from pactline.reading.html_head import meta_lines

_BODY = ("<p>The foreign ministers of Laos and Mongolia discussed mining and rail links in Vientiane on Tuesday, "
         "officials said.</p>")


def test_a_body_class_hides_no_meta_line() -> None:
    page = (f"<html><body class=\"single has-sidebar\"><h1>Laos and Mongolia talk rail</h1><div class=\"byline\">"
            f"Tuesday, 4 June 2024 | Vientiane</div>{_BODY}</body></html>")
    assert meta_lines(page, "") == ["Tuesday, 4 June 2024 | Vientiane"]


def test_a_readers_comment_is_no_meta_line() -> None:
    page = (f"<html><body><h1>Laos and Mongolia talk rail</h1>{_BODY}<div class=\"comments\"><div class=\"comment-meta\">"
            "12 June 2024 at 10:15 | Bolor</div><p>Good news.</p></div></body></html>")
    assert meta_lines(page, "") == []


def test_a_class_word_is_matched_whole() -> None:
    page = (f"<html><body><div class=\"moreover-box\"><h1>Laos and Mongolia talk rail</h1><span class=\"post-date\">"
            f"4 June 2024</span></div>{_BODY}</body></html>")
    assert meta_lines(page, "") == ["4 June 2024"]


def test_a_date_after_the_body_is_no_meta_line() -> None:
    page = (f"<html><body><h1>Laos and Mongolia talk rail</h1>{_BODY}<p class=\"meta\">Updated 9 June 2024</p>"
            "</body></html>")
    assert meta_lines(page, "") == []
