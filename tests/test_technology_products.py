"""Technologies and products that relations end at: lexicon entries in both scripts, a product line
printed with its model number, and a Latin name before a word for a technology. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import found, mentions


@pytest.mark.parametrize("text,typ,name", [
    ("新製程導入RibbonFET電晶體與PowerVia。", "Technology", "PowerVia"),
    ("新制程导入背面供电，性能提升。", "Technology", "背面供电"),
    ("新製程採用背部供電，性能提升。", "Technology", "背部供電"),
    ("該款處理器內建Hexagon NPU與Oryon CPU。", "Technology", "Hexagon NPU"),
    ("该芯片支持H.265视频解码与以太网。", "Technology", "以太网"),
    ("該晶片支援H.265視訊解碼與乙太網路。", "Technology", "H.265"),
    ("該公司推出新款AI PC。", "Technology", "AI PC"),
    ("该方案用于自动驾驶。", "Technology", "自动驾驶"),
    ("該模型可在Windows上執行。", "Product", "Windows"),
    ("这款应用接入了Claude与通义千问。", "Product", "通义千问"),
    ("這款應用接入了Claude與通義千問。", "Product", "Claude"),
    ("新机型运行鸿蒙系统。", "Product", "鸿蒙系统"),
])
def test_new_lexicon_items_are_recognized_in_both_scripts(lex, text, typ, name):
    assert (typ, name) in found(text, lex)


def test_both_scripts_name_one_technology(lex):
    a = [m.entity for m in mentions("甲廠導入背面供電技術。", lex) if m.type == "Technology"]
    b = [m.entity for m in mentions("甲厂导入背面供电技术。", lex) if m.type == "Technology"]
    assert a and a == b


@pytest.mark.parametrize("text,name", [
    ("某品牌下月推出iPhone 18，售價未定。", "iPhone 18"),
    ("某品牌下月推出iPhone 18系列，售價未定。", "iPhone 18"),
    ("某厂发布Galaxy S30 Ultra旗舰。", "Galaxy S30 Ultra"),
    ("某實驗室發表GPT-5.7模型。", "GPT-5.7"),
    ("新电脑预装Windows 13。", "Windows 13"),
])
def test_a_known_product_line_with_a_model_number_is_a_product_of_its_own(lex, text, name):
    f = found(text, lex)
    assert ("Product", name) in f
    line = name.split(" ")[0].split("-")[0]
    assert ("Product", line) not in f  # the model, not the line, is named


@pytest.mark.parametrize("text", ["今年iPhone 20萬台售出。", "Windows 10年來首次改版。", "Gemini 3倍速。"])
def test_a_quantity_after_a_product_line_is_not_a_model(lex, text):
    f = found(text, lex)
    assert not any(t == "Product" and n[-1].isdigit() for t, n in f)


def test_a_latin_name_before_a_word_for_a_technology_is_one(lex):
    assert ("Technology", "ZetaFin") in found("某晶圓廠宣布ZetaFin技術量產。", lex)
    assert ("Technology", "QuuxBus") in found("新處理器採用QuuxBus介面。", lex)


@pytest.mark.parametrize("text", ["該公司投入AI技術研發。", "台廠N3X技術領先。", "其Rapidus技術團隊。"])
def test_kinds_process_names_and_plain_words_before_technology_are_not_technologies(lex, text):
    assert not any(t == "Technology" for t, _ in found(text, lex))
