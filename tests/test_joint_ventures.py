"""Each partner of a joint venture holds it, also when the partners are a list and the venture is
described before its name. Every sentence and name here is invented for the test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import labelled_edges  # noqa: E402


def test_every_partner_of_a_listed_joint_venture_holds_it(tmp_path):
    edges = labelled_edges(tmp_path, "台積電與博世、英飛凌合資設立的歐洲半導體製造公司位於德勒斯登。")
    for partner in ("台積電", "博世", "英飛凌"):
        assert (partner, "investsIn", "歐洲半導體製造公司") in edges


def test_a_partner_is_not_said_to_hold_the_other_partner(tmp_path):
    edges = labelled_edges(tmp_path, "台積電與英飛凌合資設立歐洲半導體製造公司，英飛凌仍持續擴產。")
    assert ("台積電", "investsIn", "歐洲半導體製造公司") in edges
    assert ("台積電", "investsIn", "英飛凌") not in edges


def test_a_venture_named_in_a_parenthesis_but_not_a_partner_in_a_stake_note(tmp_path):
    edges = labelled_edges(tmp_path, "台積電和索尼合資的熊本廠（曜石半導體）已開幕。")
    assert ("台積電", "investsIn", "曜石半導體") in edges and ("索尼", "investsIn", "曜石半導體") in edges
    edges = labelled_edges(tmp_path, "英特爾和美光合資（美光持股51%）成立新廠。")
    assert ("英特爾", "investsIn", "美光科技") not in edges
    edges = labelled_edges(tmp_path, "台積電與三星共同的蘋果訂單增加。")
    assert not any(p == "investsIn" for s, p, o in edges)
