"""Pages arrive in many encodings; bad ones get a clear one-line error naming the file."""

import codecs

import pytest

from kg.errors import InputError
from kg.reader import read_source

from conftest import SEEDS

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


ALL_SEEDS = sorted(SEEDS.glob("*.txt"))
# Pages 001, 002 and 004 print a few Simplified characters (术, 创, 对) that Big5 cannot hold.
BIG5_SEEDS = [p for p in ALL_SEEDS if p.name[:3] in ("000", "003")]


def _same_page(tmp_path, seed, data):
    f = tmp_path / seed.name
    f.write_bytes(data)
    src = read_source(f)
    assert src.text == seed.read_text(encoding="utf-8")
    return src


@pytest.mark.parametrize("seed", ALL_SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("enc", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030"])
def test_full_seed_page_in_each_encoding(tmp_path, seed, enc):
    _same_page(tmp_path, seed, seed.read_text(encoding="utf-8").encode(enc))


@pytest.mark.parametrize("seed", BIG5_SEEDS, ids=lambda p: p.name[:3])
def test_full_seed_page_in_big5(tmp_path, seed):
    src = _same_page(tmp_path, seed, seed.read_text(encoding="utf-8").encode("big5hkscs"))
    assert src.encoding == "big5hkscs"


def test_big5_hkscs_only_characters(tmp_path):
    # 嘅 咗 啲 嚟 and 𡃁 (outside the BMP) are in HKSCS, not in plain Big5.
    text = "呢間公司嘅GPU已經推出咗，啲客𡃁都嚟買。英偉達與台積電合作。\n（作者為利嘉閣地產總裁）\n"
    with pytest.raises(UnicodeEncodeError):
        text.encode("big5")
    f = tmp_path / "hk.txt"
    f.write_bytes(text.encode("big5hkscs"))
    src = read_source(f)
    assert src.text == text and src.encoding == "big5hkscs"


def test_crlf_seed_page_keeps_articles_and_offsets(tmp_path):
    from kg.articles import split_articles
    from kg.normalize import normalize

    seed = SEEDS / "003_01e9f8b696474cfd.txt"
    text = seed.read_text(encoding="utf-8")
    f = tmp_path / "crlf.txt"
    f.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    src = read_source(f)
    crlf, lf = normalize(src.text), normalize(text)
    assert crlf.text == lf.text
    assert [a.title for a in split_articles(crlf)[1]] == [a.title for a in split_articles(lf)[1]]
    i = crlf.text.find("燧原科技")
    s, e = crlf.orig_span(i, i + 4)
    assert src.text[s:e] == "燧原科\r\n技"


@pytest.mark.parametrize(
    "data, problem",
    [
        ("英偉達與台積電合作。".encode("utf-8").decode("latin-1").encode("utf-8")[:-1] + b"\xff", "not valid UTF-8"),
        (bytes(range(0x80, 0x100)) * 20, "not"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa bad", "utf-8-sig"),
        ("English only? fine. ".encode("utf-32"), ""),
    ],
    ids=["mojibake", "high-bytes", "bad-bom", "utf-32"],
)
def test_garbage_gets_one_line_error(tmp_path, data, problem):
    f = tmp_path / "garbage.txt"
    f.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_source(f)
    msg = str(exc.value)
    assert str(f) in msg and problem in msg and "\n" not in msg


def test_bytes_that_pair_into_random_ideographs_are_rejected(tmp_path):
    f = tmp_path / "pairs.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + b"garbage!")  # decodes to 4 ideographs, no break, no punctuation
    with pytest.raises(InputError) as exc:
        read_source(f)
    assert str(f) in str(exc.value) and "not text" in str(exc.value)
