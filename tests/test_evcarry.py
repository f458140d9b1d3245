"""EVCARRY lane: who takes part in the article's event (or alliance) when a sentence does not name it again
(own invented sentences; real company, person and event names, invented news)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def _graph(tmp_path, text):
    return graph_of(tmp_path, "科技週報\n\n" + text + "\n")


def test_a_speaker_later_in_the_article_takes_part_in_the_show(tmp_path):
    g = _graph(tmp_path, "國際半導體展今天在南港展覽館開幕，展期三天。\n"
                         "經濟部長郭智輝致詞指出，半導體是台灣的護國神山。")
    assert holds(g, "郭智輝", "participatesIn", "國際半導體展")


def test_this_edition_written_as_a_common_noun(tmp_path):
    g = _graph(tmp_path, "中國國際半導體博覽會昨天在上海揭幕。\n"
                         "在本次博覽會上，中微公司董事長尹志堯表示，國產設備進展快速。\n"
                         "北方華創在會上發布三款刻蝕設備。")
    assert holds(g, "尹志堯", "participatesIn", "中國國際半導體博覽會")
    assert holds(g, "北方華創", "participatesIn", "中國國際半導體博覽會")
    # the company in a speaker's title is not stated to take part
    assert not holds(g, "中微公司", "participatesIn", "中國國際半導體博覽會")


def test_attending_the_event_written_as_a_common_noun(tmp_path):
    g = _graph(tmp_path, "輝達GTC大會本週在聖荷西舉行。\n鴻海董事長劉揚偉應邀出席大會並與黃仁勳同台。")
    assert holds(g, "劉揚偉", "participatesIn", "GTC")


def test_an_earlier_edition_a_denial_and_a_bare_comment_are_not_carried(tmp_path):
    g = _graph(tmp_path, "台北國際電腦展今天開幕。\n"
                         "聯發科執行長蔡力行發表主題演講，介紹新一代處理器。\n"
                         "英特爾去年在大會上發布了筆電晶片。\n"
                         "高通今年並未出席大會。\n"
                         "分析師郭明錤表示，AI PC需求仍弱。")
    assert holds(g, "蔡力行", "participatesIn", "台北國際電腦展")
    assert not holds(g, "英特爾", "participatesIn", "台北國際電腦展")
    assert not holds(g, "高通", "participatesIn", "台北國際電腦展")
    assert not holds(g, "郭明錤", "participatesIn", "台北國際電腦展")


def test_no_event_is_carried_when_two_compete(tmp_path):
    g = _graph(tmp_path, "CES與台北國際電腦展是今年最受矚目的兩場展會。\n"
                         "超微董事長蘇姿丰致詞指出，AI PC將成主流。")
    assert not holds(g, "蘇姿丰", "participatesIn", "CES")
    assert not holds(g, "蘇姿丰", "participatesIn", "台北國際電腦展")
    g = _graph(tmp_path, "CES今天在拉斯維加斯開幕，台北國際電腦展則在五月。CES吸引大批人潮。\n"
                         "超微董事長蘇姿丰致詞指出，AI PC將成主流。")
    assert holds(g, "蘇姿丰", "participatesIn", "CES")


def test_the_organizer_is_no_guest_of_its_own_event(tmp_path):
    g = _graph(tmp_path, "輝達GTC大會本週登場。\n輝達在會上發布新一代GPU。\n鴻海在會上展示AI伺服器。")
    assert not holds(g, "輝達", "participatesIn", "GTC")
    assert holds(g, "鴻海", "participatesIn", "GTC")


def test_officers_and_members_of_the_articles_alliance(tmp_path):
    g = _graph(tmp_path, "「矽光子產業聯盟」昨天成立，台積電、日月光投控為聯盟首屆共同主席。\n"
                         "聯發科也宣布加入該聯盟。")
    assert holds(g, "台積電", "participatesIn", "矽光子產業聯盟")
    assert holds(g, "日月光投控", "participatesIn", "矽光子產業聯盟")
    assert holds(g, "聯發科", "participatesIn", "矽光子產業聯盟")


def test_an_alliance_said_to_include_companies(tmp_path):
    g = _graph(tmp_path, "一、中科院主導的CRVA聯盟\n"
                         "由研究機構牽頭成立的RISC-V聯盟，包括了多家高校與阿里、百度、中芯國際等企業。")
    assert holds(g, "百度", "participatesIn", "CRVA聯盟")
    assert holds(g, "中芯國際", "participatesIn", "CRVA聯盟")


def test_a_pavilion_and_a_keynote_held_at_the_show(tmp_path):
    g = _graph(tmp_path, "國際半導體展今日盛大登場，工研院整合多家研究機構打造「先進封裝主題館」。")
    assert holds(g, "工研院", "participatesIn", "國際半導體展")
    g = _graph(tmp_path, "台北國際電腦展下週登場，高通今日搶先在南港舉行主題演講。")
    assert holds(g, "高通", "participatesIn", "台北國際電腦展")
