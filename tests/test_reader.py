"""Pages arrive in many encodings; bad ones get a clear one-line error naming the file."""

import codecs

import pytest

from kg.errors import InputError
from kg.reader import read_source

PAGE = "英偉達H100芯片採用台積電4納米工藝。\n中芯國際、壁仞科技與香港的港交所。\n（作者為利嘉閣地產總裁）\n"


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: s.encode("big5hkscs"),
        lambda s: s.encode("gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "big5-hkscs", "gb18030"],
)
def test_encodings_decode_to_the_same_text(tmp_path, encode):
    f = tmp_path / "page.txt"
    f.write_bytes(encode(PAGE))
    assert read_source(f).text == PAGE


def test_simplified_page_in_gb18030(tmp_path):
    text = "英伟达与台积电的合作。华为昇腾910B芯片。\n"
    f = tmp_path / "s.txt"
    f.write_bytes(text.encode("gb18030"))
    assert read_source(f).text == text


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (b"Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e \xc3\x28\x80\x81\n", "not valid UTF-8"),
    ],
    ids=["empty", "blank", "random-bytes", "png", "bad-utf8"],
)
def test_bad_input_names_file_and_problem(tmp_path, data, problem):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_source(f)
    msg = str(exc.value)
    assert str(f) in msg and problem in msg and "\n" not in msg
