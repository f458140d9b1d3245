"""The internet services and apps a chip story names as what the chips serve (YouTube, Gmail, Google
Maps, 微信, 抖音) are products of their platform companies, one node per service in both scripts and in
English. Sentences invented for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


def test_services_served_by_a_chip_are_products():
    got = mentions("谷歌表示，新一代TPU將支援YouTube、Gmail、Google地圖與Play商店等服務。", "Product")
    assert set(got.values()) >= {"YouTube", "Gmail", "Google地圖", "Google Play商店"}


def test_one_service_in_both_scripts_and_english_is_one_name():
    assert set(mentions("騰訊旗下微信與WeChat用戶共享帳號。", "Product").values()) == {"微信"}
    assert set(mentions("谷歌地图与Google Maps是同一服务。", "Product").values()) == {"Google地圖"}


def test_a_service_name_that_is_an_ordinary_word_needs_its_full_name():
    assert mentions("他把元寶存入銀行。", "Product") == {}
    assert set(mentions("騰訊元寶接入新模型。", "Product").values()) == {"騰訊元寶"}


def test_a_page_naming_a_service_and_its_operator_says_it_operates_it(tmp_path):
    from relation_scoring import graph_of, holds

    g = graph_of(tmp_path, "標題\n\n谷歌推出新一代TPU，將用於YouTube與Gmail等服務，並訓練Gemini模型。")
    assert holds(g, "谷歌", "operates", "YouTube") and holds(g, "谷歌", "operates", "Gmail")
    assert not holds(g, "谷歌", "develops", "YouTube")
    assert holds(g, "谷歌", "develops", "Gemini")  # a model is developed, not operated
    # a channel of another company on the service is no claim about who runs it
    g = graph_of(tmp_path, "標題\n\n輝達發表新晶片。（翻攝自NVIDIA YouTube）")
    assert not holds(g, "輝達", "develops", "YouTube") and not holds(g, "輝達", "operates", "YouTube")
