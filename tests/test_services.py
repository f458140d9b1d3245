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
