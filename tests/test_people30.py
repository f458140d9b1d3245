"""PEOPLE30 lane: people nobody listed — the dots outlets print in a transliterated name (•, ‧) read as the
middle dot, a count of people after a name ends it (某甲與某乙兩人), verbs of telling and estimating after a
titled name (告訴, 預計), 沙 and 閻 as surnames, 約翰 and 遜 as characters of transliterations, and one founder
after 由 (由某某創立). Invented sentences and names only."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


@pytest.mark.parametrize("text, name", [
    # a bullet or a hyphenation point between the parts of a transliterated name
    ("據悉，卡洛琳•維特表示歡迎，新款晶片上市。", "卡洛琳•維特"),
    ("據悉，莫里斯‧蘭德斯也到場致詞。", "莫里斯‧蘭德斯"),
    # a given name that is a word (約翰) after a title, joined by a dot
    ("星河科技分析師約翰•史密遜指出需求強勁。", "約翰•史密遜"),
    # a count of the people named ends the second name
    ("甲公司董事長林鴻安與乙公司董事長林憲平兩人的演講很精彩。", "林憲平"),
    # telling a reporter after a titled name
    ("星河科技研發工程師李江告訴記者，設計已經完成。", "李江"),
    # surnames the table lacked
    ("星河科技總經理沙超明在回答記者提問時表示，訂單穩定。", "沙超明"),
    ("星河科技董事長閻志剛在股東會上表示，明年擴產。", "閻志剛"),
    # 看來 after the name ends it
    ("在星河半導體總裁林強看來，項目很重要。", "林強"),
    # who the person is, printed before the name: a champion, a financier, the one who runs a business
    ("這個程式擊敗了圍棋冠軍李世明，冠軍產品也賣得很好。", "李世明"),
    ("他與伺服器事業操盤手楊麒安一場球敘後決定創業。", "楊麒安"),
    ("該公司以知名創投家帕利哈皮蒂為合夥人。", "帕利哈皮蒂"),
    # one founder after 由
    ("理由是星河科技由張蔚翔創立，由於創立較早，市占率高。", "張蔚翔"),
    ("星河微電子由周立雯於2012年創辦，另一基金由林總在台北創立。", "周立雯"),
])
def test_people30_names_found(text, name):
    found = mentions(text, "Person")
    assert name in found
    # and no false person from the traps in the sentences: 理由, 由於, 冠軍產品, 林總 are no people
    assert not any("由" in m or "冠軍" in m or "兩人" in m or "看來" in m or m == "林總" for m in found), found
