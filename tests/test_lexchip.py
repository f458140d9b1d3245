"""LEXCHIP lane: the industry's chip lines and technologies as lexicon data (invented sentences).

A chip the lexicon knows is found with its maker; a new model printed after a known family is one chip of
the family's maker; a brand printed before a code is named as the brand and the code; the technologies the
trade press names are technologies; family words that are ordinary words stay ordinary words."""

from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import LEX, entity_iris  # noqa: E402
from relation_scoring import graph_of, holds  # noqa: E402

E = "https://w3id.org/kg/chip/id/"


def _mentions(text: str, type_: str) -> dict[str, str | None]:
    return {t: (iri or "").rsplit("/", 1)[-1] for t, iri in entity_iris(text, type_, title="標題").items()}


def test_a_kirin_model_ending_in_x_is_one_chip_of_its_family(tmp_path):
    # four digits and an X after a known family is a model, not "9000 times"
    chips = _mentions("海思麒麟9000X晶片的效能比上一代提升兩成。", "Chip")
    assert "麒麟9000X" in chips and "麒麟" not in chips
    g = graph_of(tmp_path, "華為推出搭載麒麟9000X的新款平板。\n")
    assert holds(g, "華為", "develops", "麒麟9000X")


def test_a_loongson_model_is_named_with_its_brand_in_both_scripts(tmp_path):
    hant = _mentions("龍芯中科表示，龍芯3B6000M處理器已向整機廠供貨。", "Chip")
    hans = _mentions("龙芯中科表示，龙芯3B6000M处理器已向整机厂供货。", "Chip")
    assert hant == {"龍芯3B6000M": "loongson-3b6000m"}
    assert hans == {"龙芯3B6000M": "loongson-3b6000m"}
    g = graph_of(tmp_path, "龍芯中科發布龍芯2K3000與龍芯9A1000。\n")
    assert holds(g, "龍芯中科", "develops", "龍芯2K3000") and holds(g, "龍芯中科", "develops", "龍芯9A1000")


def test_a_new_model_of_a_known_family_is_tied_to_its_maker(tmp_path):
    # neither model is in the lexicon; the families 曦雲 (MetaX) and 雲燧 (Enflame) are
    g = graph_of(tmp_path, "新款曦雲C800晶片的頻寬比前代高一倍，雲燧T90加速卡則將於明年量產。\n")
    assert holds(g, "沐曦", "develops", "曦雲C800")
    assert holds(g, "燧原", "develops", "雲燧T90")


def test_a_new_xuantie_core_is_a_chip_not_a_licensed_core():
    chips = _mentions("平頭哥推出玄鐵C960處理器，瞄準伺服器市場。", "Chip")
    assert "玄鐵C960" in chips
    assert "玄鐵C960" not in _mentions("平頭哥推出玄鐵C960處理器，瞄準伺服器市場。", "Technology")


def test_vendors_lines_are_chips_of_their_makers():
    chips = _mentions("高通的AI200加速卡、Mobileye的EyeQ6H、理想汽車的馬赫100與意法半導體的STM32都在展會亮相。", "Chip")
    assert chips["AI200"] == "qualcomm-ai200"
    assert chips["EyeQ6H"] == "eyeq6"
    assert chips["馬赫100"] == "li-auto-mach-100"
    assert chips["STM32"] == "stm32"
    assert LEX.entries[E + "eyeq6"].developed_by == [E + "mobileye"]
    chips = _mentions("博通Tomahawk Ultra交換晶片與Jericho4路由晶片同日出貨，Marvell則推Teralynx。", "Chip")
    assert chips["Tomahawk Ultra"] == "tomahawk-ultra" and chips["Jericho4"] == "jericho4"
    assert chips["Teralynx"] == "marvell-teralynx"


def test_technologies_the_industry_names_in_both_scripts():
    hant = _mentions("該廠以3.5D封裝與MR-MUF堆疊HBM，並導入MRAM、LPO及靈衢總線，功率端則用IGBT與SiC MOSFET。",
                     "Technology")
    for name, iri in (("3.5D封裝", "packaging-3-5d"), ("MR-MUF", "mr-muf"), ("MRAM", "mram"), ("LPO", "lpo"),
                      ("靈衢總線", "lingqu"), ("IGBT", "igbt"), ("SiC MOSFET", "sic-mosfet")):
        assert hant.get(name) == iri, name
    hans = _mentions("厂商采用原子层沉积与纳米压印，材料方面则有硅基氮化镓和砷化镓。", "Technology")
    assert hans == {"原子层沉积": "ald", "纳米压印": "nanoimprint", "硅基氮化镓": "gan-on-si", "砷化镓": "gaas"}


def test_family_words_that_are_ordinary_words_need_a_number():
    # Spartan / Cyclone name the FPGA lines only before a number; 多重曝光 is a photographer's word
    assert "Cyclone 10" in _mentions("英特爾旗下Altera推出Cyclone 10 FPGA。", "Chip")
    assert _mentions("颶風Cyclone襲擊沿岸，Spartan戰士雕像被吹倒。", "Chip") == {}
    assert _mentions("這張照片以多重曝光拍攝，畫面如夢似幻。", "Technology") == {}


def test_review_fixes_technologies_kept_apart_and_bare_codes_that_are_other_things():
    # InFO-SoW (Dojo, since 2020) is not SoW-X; Xe3P is not Xe3; CXL 2.0 and 3.x are separate generations
    assert _mentions("特斯拉Dojo採用台積電InFO_SoW封裝。", "Technology")["InFO_SoW"] == "info-sow"
    assert _mentions("台積電SoW-X預計量產。", "Technology")["SoW-X"] == "sow-x"
    assert _mentions("英特爾Xe3P架構有別於Xe3。", "Technology") == {"Xe3P": "xe3p", "Xe3": "xe3"}
    assert _mentions("記憶體支援CXL 2.0與CXL 3.1。", "Technology") == {"CXL 2.0": "cxl-2", "CXL 3.1": "cxl-3"}
    # TGV the train, OAM the network function, XL200 the motorbike, 曦思 in 晨曦思念 are no chip technology
    assert not _mentions("考察團在法國搭乘TGV前往巴黎。", "Technology")
    assert not _mentions("網路設備支援OAM功能。", "Technology")
    assert not _mentions("他騎XL200摩托車上班。", "Chip")
    assert not _mentions("清晨曦思念故鄉。", "Chip")
    assert _mentions("載板採用TGV玻璃通孔。", "Technology")["TGV玻璃通孔"] == "tgv"
    assert _mentions("加速卡採用OAM模組。", "Technology")["OAM模組"] == "oam"
    assert _mentions("沐曦推出曦思N100推理卡。", "Chip")["曦思N100"] == "xisi-n100"
