"""Fixes from the review of this round's anaphora stage and learned scorer, each on invented sentences:
a plural word standing for the topic
gives the relation to each name it stands for; the scorer does not make a foundry or a seller the
developer of what it sells; 各自 (each on its own) is no partnership."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import labelled_edges  # noqa: E402


def test_a_plural_word_for_the_topic_gives_each_name_the_relation(tmp_path):
    edges = labelled_edges(tmp_path, "英特爾與三星週一簽署協議。雙方將擴大合作，並開發Gaudi 3加速器。")
    assert ("英特爾", "develops", "Gaudi 3") in edges and ("三星電子", "develops", "Gaudi 3") in edges


def test_the_scorer_does_not_make_a_seller_the_developer(tmp_path):
    for text, seller, chip in (("蘋果向台積電採購A18晶片。", "台積電", "A18"),
                               ("英特爾向台積電下單生產Lunar Lake處理器。", "台積電", "Lunar Lake")):
        assert (seller, "develops", chip) not in labelled_edges(tmp_path, text)


def test_each_on_its_own_is_no_partnership(tmp_path):
    assert ("英偉達", "partnerOf", "超微半導體") not in labelled_edges(tmp_path, "輝達與超微週一各自發布財報。")
    assert ("英偉達", "partnerOf", "聯發科") in labelled_edges(tmp_path, "輝達與聯發科在台北合作開發GB10晶片。")


def test_it_skips_a_sentence_that_names_things_only_in_its_predicate(tmp_path):
    text = ("輝達H100晶片採用台積電4奈米製程。與上一代相比，可為混合專家模型提供高9倍的訓練速度。"
            "它配備第四代Tensor Core和Transformer引擎。")
    assert ("H100", "uses", "Transformer引擎") in labelled_edges(tmp_path, text)
