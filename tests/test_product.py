"""PRODUCT lane (round 18): products nobody listed, found by their form and the words printed around them
(ontology/patterns/product.toml, kg/discover_products.py). Invented sentences and names: none of the
products below is in the lexicon."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


@pytest.mark.parametrize("text, name", [
    # a quoted name right after a word for a kind of product
    ("騰訊表示，其大模型「星帆」已接入旗下多款應用。", "星帆"),
    ("百度早年建立的搜索推广系统“云梭”至今仍是营收主力。", "云梭"),
    ("該公司去年推出人形機器人「曉行」，今年將量產。", "曉行"),
    # a quoted name ending in a word for a system, with a model number
    ("百度計劃明年推出「雲嶺128超節點」，搭載自研晶片。", "雲嶺128超節點"),
    # a Latin line, a number and a word for a rack- or cluster-scale system
    ("华为同时发布了Vantor 880 SuperPoD，支持数千张加速卡互联。", "Vantor 880 SuperPoD"),
    ("會上發布Quarix960 SuperCluster集群。", "Quarix960 SuperCluster"),
    ("中科曙光展出了Heliox萬卡超集群，首次以真機亮相。", "Heliox萬卡超集群"),
    ("該公司推出Zentra 512超節點，採用國產加速卡。", "Zentra 512"),
    # a quoted name and a head word for a cluster after the quotes
    ("摩爾線程發布「岳嵩」卡智算集群，將面向大模型訓練。", "岳嵩"),
    # what a chip goes into: the name right after 搭載<chip>的
    ("配備M5晶片的Lumor Book Air售價不變。", "Lumor Book Air"),
    ("搭載聯發科天璣9500的Vexa X9 Pro將於下月開賣。", "Vexa X9 Pro"),
])
def test_products_found_by_their_form(text, name):
    assert name in mentions(text, "Product")


@pytest.mark.parametrize("text, not_name", [
    # a kind, a count or a known chip is no product name
    ("公司推出「5G手機」和「AI PC」兩條產品線。", "5G手機"),
    ("華為昇騰384超節點已在多地部署。", "昇騰384"),
    ("輝達的H200超節點需求強勁。", "H200"),
    # a quoted common word after a kind word is no name
    ("業界認為大模型「競賽」才剛開始。", "競賽"),
    # quotes of an epithet for the name printed right after them
    ("該機器人依賴的是機器人「智慧中樞」Jetson AGX Thor。", "智慧中樞"),
    # a device named by its kind only, or a chip after the verb, is no product name
    ("搭載自研晶片的新款手機將於明年上市。", "新款手機"),
    ("搭載英特爾x86處理器的系統出貨成長。", "x86"),
])
def test_no_product_from_these_forms(text, not_name):
    assert not_name not in mentions(text, "Product")


def test_a_bare_code_after_a_carried_chip_keeps_one_type():
    """搭載…晶片的 + a bare model code: the carrier check refuses the code as a product name (it may be the chip's
    own), so the chip finders' reading stands for every mention — never a Product at the first mention and a
    Chip at the next, which would split one name into two nodes."""
    text = "星辰公司推出搭載AI晶片的XQZ900，XQZ900採用5奈米製程。"
    assert "XQZ900" not in mentions(text, "Product")
    assert "XQZ900" in mentions(text, "Chip")
